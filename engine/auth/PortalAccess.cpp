#include "engine/auth/PortalAccess.h"

#include "engine/EngineContext.h"
#include "engine/api/PortalLinkStore.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/ApiError.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

namespace {

QStringList decodedSegments(const QByteArray& rawPath)
{
    QStringList out;
    for (const QByteArray& part : rawPath.split('/')) {
        if (!part.isEmpty()) {
            out << QUrl::fromPercentEncoding(part);
        }
    }
    return out;
}

} // namespace

PortalAccess::PortalAccess(const EngineContext& context)
    : m_context(context)
{}

bool PortalAccess::isPortalToken(QByteArrayView token)
{
    return token.startsWith(kTokenPrefix);
}

std::optional<QString> PortalAccess::denies(const QByteArray& method,
                                            const QStringList& path,
                                            const QString& organizationId,
                                            const QStringList& features,
                                            const QString& organizationQuery,
                                            const std::function<QString(const QString&)>& connectionOrganization)
{
    const bool sso = features.contains(u"sso"_s);
    const bool dirSync = features.contains(u"dir_sync"_s);
    const QString outside = u"a portal session cannot use this endpoint"_s;
    if (path.size() < 3 || path[0] != u"api"_s || path[1] != u"v1"_s) {
        return outside;
    }
    const QStringList rest = path.mid(2);
    if (rest[0] == u"roles"_s && rest.size() <= 2) {
        if (!dirSync) {
            return u"this portal session does not include directory sync"_s;
        }
        return method == "GET" ? std::nullopt : std::optional(u"a portal session can only read roles"_s);
    }
    if (rest == QStringList{u"connections"_s} && method == "GET") { // ListConnections?organization_id=…
        if (!sso) {
            return u"this portal session does not include SSO"_s;
        }
        return organizationQuery == organizationId
                   ? std::nullopt
                   : std::optional(u"this portal session is limited to organization %1; pass organization_id"_s.arg(
                       organizationId));
    }
    if (rest[0] == u"connections"_s && rest.size() == 4 && rest[2] == u"test-requests"_s && method == "GET") {
        if (!sso) {
            return u"this portal session does not include SSO"_s;
        }
        return connectionOrganization(rest[1]) == organizationId
                   ? std::nullopt
                   : std::optional(u"this portal session is limited to organization %1"_s.arg(organizationId));
    }
    // GetConnectionContext / UpdateConnectionContext, environment form: a connection of the session's organization.
    if (rest[0] == u"connections"_s && rest.size() == 3 && rest[2] == u"contexts"_s
        && (method == "GET" || method == "PUT")) {
        if (!sso) {
            return u"this portal session does not include SSO"_s;
        }
        return connectionOrganization(rest[1]) == organizationId
                   ? std::nullopt
                   : std::optional(u"this portal session is limited to organization %1"_s.arg(organizationId));
    }
    if (rest[0] != u"organizations"_s || rest.size() < 2) {
        return outside;
    }
    if (rest[1] != organizationId) {
        return u"this portal session is limited to organization %1"_s.arg(organizationId);
    }
    if (rest.size() == 2) {
        return method == "GET" ? std::nullopt
                               : std::optional(u"a portal session cannot change the organization itself"_s);
    }
    const QString area = rest[2];
    if (area == u"connections"_s) {
        return sso ? std::nullopt : std::optional(u"this portal session does not include SSO"_s);
    }
    if (area == u"domains"_s) {
        if (rest.last().endsWith(u":verify_manually"_s)) {
            return u"manual domain verification is for environment admins only"_s;
        }
        return sso ? std::nullopt : std::optional(u"this portal session does not include SSO"_s);
    }
    if (area == u"directories"_s) {
        return dirSync ? std::nullopt : std::optional(u"this portal session does not include directory sync"_s);
    }
    if (area == u"roles"_s || area.startsWith(u"roles:"_s)) { // organization roles: read only, like /api/v1/roles
        if (!dirSync) {
            return u"this portal session does not include directory sync"_s;
        }
        return method == "GET" ? std::nullopt : std::optional(u"a portal session can only read roles"_s);
    }
    return outside;
}

std::optional<HttpResponse>
PortalAccess::authorize(HttpRequest& request, const Router::RouteOptions& options, const QByteArray& token) const
{
    std::optional<PortalSession> session;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = PortalLinkStore::findSession(db, m_context.hasher.hash(QString::fromLatin1(token)));
        if (!found.ok()) {
            return found.error();
        }
        session = found.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), u"portal session"_s);
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    if (!session) {
        return ApiError::unauthenticated(u"invalid bearer token"_s);
    }
    if (session->revokedAt || session->linkStatus == u"REVOKED"_s) {
        qCInfo(lcAuth) << "rejected portal session" << session->id << "(revoked) rid" << request.requestId;
        return ApiError::unauthenticated(u"portal session revoked"_s);
    }
    if (now >= session->expireAt) {
        return ApiError::unauthenticated(u"portal session expired"_s);
    }
    const auto connectionOrganization = [this](const QString& connectionId) {
        QString org;
        auto found = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto q = Sql::exec(db, u"SELECT organization_id FROM connections WHERE id = ?"_s, {connectionId});
            if (!q.ok()) {
                return q.error();
            }
            org = q.value().next() ? q.value().value(0).toString() : QString();
            return {};
        });
        return found.ok() ? org : QString();
    };
    if (const auto problem = denies(request.method,
                                    decodedSegments(request.rawPath),
                                    session->organizationId,
                                    session->features,
                                    request.queryValue(u"organization_id"_s).value_or(QString()),
                                    connectionOrganization)) {
        return ApiError::permissionDenied(*problem);
    }
    Caller caller{u"portal:"_s + session->id, {}};
    if (!options.scope.isEmpty()) {
        caller.scopes << options.scope;
    }
    request.caller = std::move(caller);
    return std::nullopt;
}

} // namespace gatehouse::engine
