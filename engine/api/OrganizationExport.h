#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

struct EngineContext;

// The configuration export of one organization (GET /api/v1/organizations/{id}:export): one versioned JSON
// document ("format": "gatehouse.organization-export/1") with the organization, its domains (no TXT values),
// connections (SAML / OIDC configuration, no client secret), directories' settings (no SCIM tokens), the
// group-to-role mappings and the environment roles / permissions they reference, the organization's own roles
// (organization_roles, with the environment roles they extend in `roles`), the session policy and user-management
// settings. What was left out is listed in `excluded` [{path, reason}] so that an import can tell the admin what to
// re-enter. Errors: "not_found".
class OrganizationExport
{
public:
    static constexpr QStringView kFormat = u"gatehouse.organization-export/1";
    static constexpr QStringView kFormatPrefix = u"gatehouse.organization-export/";

    static core::Result<QJsonObject> build(const QSqlDatabase& db, const EngineContext& context, const QString& orgId);
};

} // namespace gatehouse::engine
