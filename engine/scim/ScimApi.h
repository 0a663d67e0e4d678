#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"
#include "engine/http/RateLimiter.h"
#include "engine/scim/ScimService.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QStringList>

#include <chrono>
#include <optional>
#include <variant>

namespace gatehouse::engine {
struct EngineContext;
class Router;
} // namespace gatehouse::engine

namespace gatehouse::engine::scim {

// The SCIM 2.0 server of every directory at {base}/directory/{directory_id}/scim/v2: /Users, /Groups,
// /Bulk, /ServiceProviderConfig, /Schemas, /ResourceTypes. A request needs a bearer secret of that very
// directory (DirectoriesApi issues them; a regenerated secret's predecessor works until it expires), is
// rate limited per directory, and gets SCIM JSON (application/scim+json) back, errors included.
class ScimApi
{
public:
    static constexpr int kMaxJsonDepth = 32;
    static constexpr int kMaxBulkOperations = 100;

    ScimApi(EngineContext& context, RateLimiter::Policy perDirectory);

    void registerRoutes(Router& router);

    // The limiter of this API's requests (Engine shares it through the database with --rate-limit-store).
    RateLimiter& rateLimiter()
    {
        return m_limiter;
    }

    // How long a verified bearer secret is remembered (see KnownSecret).
    static constexpr std::chrono::milliseconds kSecretCacheTtl{1000};
    static constexpr int kMaxKnownSecrets = 1024;

private:
    using Handler = HttpResponse (ScimApi::*)(HttpRequest&, const ScimCaller&);

    // A bearer secret's last use, recorded (at most once a minute) with the request's store work.
    struct SecretUse
    {
        bool due = false;
        QString secretId;
        qint64 now = 0;
    };

    // Authenticates and rate-limits on the event loop, then runs the handler on the HTTP worker pool
    // (HttpResponse::deferred): handlers must touch no QObject and no unsynchronised state of this object.
    std::function<HttpResponse(HttpRequest&)> guarded(Handler handler);
    std::variant<ScimCaller, HttpResponse> authenticate(const HttpRequest& request, SecretUse& use);
    void noteUse(const QString& secretId, qint64 now);

    // A bearer secret's row as last read (with its directory's), remembered for kSecretCacheTtl so that a
    // provisioning run does not read it on every request. An entry is dropped when this engine changes any
    // directory or secret (DirectoryStore::credentialsEpoch, after the commit); what another engine on the same
    // database changes applies here within the TTL. Unknown secrets are never remembered.
    struct KnownSecret
    {
        QString secretId;
        QString directoryId;
        QString status;
        std::optional<qint64> expireAt;
        qint64 lastUsed = 0;
        bool enabled = false;
        ScimCaller caller; // schemas resolved
        quint64 epoch = 0;
        std::chrono::steady_clock::time_point readAt;
    };

    std::optional<KnownSecret> knownSecret(const QString& hash, quint64 epoch);
    void rememberSecret(const QString& hash, KnownSecret secret);
    void secretUsed(const QString& hash, qint64 now);

    HttpResponse listUsers(HttpRequest& request, const ScimCaller& caller);
    HttpResponse listGroups(HttpRequest& request, const ScimCaller& caller);
    HttpResponse createUser(HttpRequest& request, const ScimCaller& caller);
    HttpResponse createGroup(HttpRequest& request, const ScimCaller& caller);
    HttpResponse getUser(HttpRequest& request, const ScimCaller& caller);
    HttpResponse getGroup(HttpRequest& request, const ScimCaller& caller);
    HttpResponse replaceUser(HttpRequest& request, const ScimCaller& caller);
    HttpResponse replaceGroup(HttpRequest& request, const ScimCaller& caller);
    HttpResponse patchUser(HttpRequest& request, const ScimCaller& caller);
    HttpResponse patchGroup(HttpRequest& request, const ScimCaller& caller);
    HttpResponse deleteUser(HttpRequest& request, const ScimCaller& caller);
    HttpResponse deleteGroup(HttpRequest& request, const ScimCaller& caller);
    HttpResponse serviceProviderConfig(HttpRequest& request, const ScimCaller& caller);
    HttpResponse schemas(HttpRequest& request, const ScimCaller& caller);
    HttpResponse schema(HttpRequest& request, const ScimCaller& caller);
    HttpResponse resourceTypes(HttpRequest& request, const ScimCaller& caller);
    HttpResponse resourceType(HttpRequest& request, const ScimCaller& caller);
    HttpResponse bulk(HttpRequest& request, const ScimCaller& caller);

    HttpResponse list(ResourceKind kind, const HttpRequest& request, const ScimCaller& caller);
    // POST /Users/.search, /Groups/.search (RFC 7644 §3.4.3): a SearchRequest body, same semantics as GET.
    // root: POST /.search across Users and Groups (kind unused).
    HttpResponse search(ResourceKind kind, const HttpRequest& request, const ScimCaller& caller, bool root = false);
    HttpResponse searchUsers(HttpRequest& request, const ScimCaller& caller);
    HttpResponse searchGroups(HttpRequest& request, const ScimCaller& caller);
    HttpResponse searchRoot(HttpRequest& request, const ScimCaller& caller);
    HttpResponse listProjected(ResourceKind kind,
                               ListParams params,
                               const QString& sortOrder,
                               const QStringList& attributes,
                               const QStringList& excluded,
                               const ScimCaller& caller);
    HttpResponse
    write(ResourceKind kind, const QByteArray& method, const HttpRequest& request, const ScimCaller& caller);
    HttpResponse get(ResourceKind kind, const HttpRequest& request, const ScimCaller& caller);
    HttpResponse respond(ResourceKind kind,
                         const core::Result<ScimOutcome>& outcome,
                         const HttpRequest& request,
                         const ScimCaller& caller) const;
    QJsonObject bulkOperation(const QJsonObject& op, QHash<QString, QString>& bulkIds, const ScimCaller& caller);
    QJsonObject resourceTypeJson(const QString& name, const ScimCaller& caller) const;

    static std::optional<HttpResponse> parseBody(const HttpRequest& request, QJsonObject& out);
    static std::optional<QString> query(const HttpRequest& request, const QString& name);

    EngineContext& m_context;
    ScimService m_service;
    RateLimiter m_limiter;
    QMutex m_secretsMutex;
    QHash<QString, KnownSecret> m_secrets; // by secret hash
};

} // namespace gatehouse::engine::scim
