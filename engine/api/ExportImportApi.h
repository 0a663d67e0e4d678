#pragma once

#include "engine/api/OrganizationImport.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

namespace gatehouse::engine {

struct EngineContext;
class Router;

// Configuration export and import of one organization (our extension of the management API):
// GET /api/v1/organizations/{id}:export (scope organizations:read) answers an OrganizationExport document;
// POST /api/v1/organizations:import (scope organizations:write) creates a new organization from one in a single
// transaction and answers {organization, needs_attention[], created}. Portal sessions reach neither (PortalAccess
// allows only the plain organization path). Register before OrganizationsApi: its {id} would match "…:export".
class ExportImportApi
{
public:
    ExportImportApi(EngineContext& context, OrganizationImport::Windows windows);

    void registerRoutes(Router& router);

private:
    HttpResponse exportOrganization(HttpRequest& request);
    HttpResponse importOrganization(HttpRequest& request);

    EngineContext& m_context;
    OrganizationImport::Windows m_windows;
};

} // namespace gatehouse::engine
