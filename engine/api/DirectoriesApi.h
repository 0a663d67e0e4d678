#pragma once

#include "core/util/Result.h"
#include "engine/api/DirectoryStore.h"
#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QSqlDatabase>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;
class JsonInput;
class Router;

// DirectoryService: create, get, list, update, delete, :enable / :disable, and the SCIM bearer secrets
// (create, :regenerate). A plain secret is returned once and stored as a peppered HMAC. At most two
// secrets are active: regenerating keeps the newest previous one valid for the overlap window (7 days
// by default) and retires the others at once.
class DirectoriesApi
{
public:
    explicit DirectoriesApi(EngineContext& context);

    void registerRoutes(Router& router);
    // The writable fields of a directory (update body; also the configuration import).
    static void readUpdate(JsonInput& in, Directory& directory);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse list(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse enable(HttpRequest& request);
    HttpResponse disable(HttpRequest& request);
    HttpResponse createSecret(HttpRequest& request);
    HttpResponse regenerateSecret(HttpRequest& request);
    HttpResponse revokeSecret(HttpRequest& request);

    std::optional<HttpResponse> checkIds(const HttpRequest& request, const QString& idParam) const;
    HttpResponse toggle(HttpRequest& request, bool enabled);
    HttpResponse issueSecret(HttpRequest& request, bool regenerate);
    core::Result<void> retirePrevious(const QSqlDatabase& db, const QList<DirectorySecret>& secrets, bool regenerate);
    core::Result<Directory> load(const QSqlDatabase& db, const QString& orgId, const QString& id);

    EngineContext& m_context;
};

} // namespace gatehouse::engine
