#include "engine/api/PortalLinksApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/PortalLinkStore.h"
#include "engine/api/Timestamps.h"
#include "engine/auth/PortalAccess.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/sso/HtmlPage.h"
#include "engine/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

namespace {

const QString kSso = u"sso"_s;
const QString kDirSync = u"dir_sync"_s;

// {"code": <google.rpc.Code>, "error": <stable code>, "message": …}: the exchange's specific failures.
HttpResponse portalError(int status, ApiError::Code code, const QString& error, const QString& message)
{
    return HttpResponse::json({{u"code"_s, static_cast<int>(code)},
                               {u"error"_s, error},
                               {u"message"_s, message},
                               {u"details"_s, QJsonArray()}},
                              status);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("PortalLinkPage", text);
}

QString newToken()
{
    QByteArray bytes = Random::bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces) + u"_p"_s;
}

} // namespace

PortalLinksApi::PortalLinksApi(EngineContext& context, Settings settings)
    : m_context(context)
    , m_settings(settings)
    , m_limiter(settings.exchangeRateLimit, context.clock)
{}

void PortalLinksApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (PortalLinksApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, u"organizations:read"_s};
    const Router::RouteOptions write{true, u"organizations:write"_s};
    const QString base = u"/api/v1/organizations/{id}/portal_links"_s;
    router.add("PUT", base, bind(&PortalLinksApi::generate), write);
    router.add("GET", base, bind(&PortalLinksApi::list), read);
    router.add("DELETE", base, bind(&PortalLinksApi::revokeAll), write);
    router.add("DELETE", base + u"/{link_id}"_s, bind(&PortalLinksApi::revokeOne), write);
    router.add("POST", u"/api/v1/portal_sessions"_s, bind(&PortalLinksApi::exchange));
    router.add("GET", u"/magicLink/{token}"_s, bind(&PortalLinksApi::landing));
}

std::optional<QString> PortalLinksApi::tokenFrom(const QString& link)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}_p$"_s);
    QString token = link.trimmed();
    if (token.contains(u'/')) {
        const QUrl url(token, QUrl::StrictMode);
        const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        if (!url.isValid() || url.scheme().isEmpty() || url.hasQuery() || url.hasFragment() || parts.size() < 2
            || parts[parts.size() - 2] != u"magicLink"_s) {
            return std::nullopt;
        }
        token = parts.last();
    }
    return pattern.match(token).hasMatch() ? std::optional(token) : std::nullopt;
}

QString PortalLinksApi::location(const QString& token) const
{
    return m_context.baseUrl + u"/magicLink/"_s + token;
}

std::optional<QStringList> PortalLinksApi::readFeatures(const HttpRequest& request, QString& problem) const
{
    QStringList features;
    for (const auto& [key, value] : request.query) {
        if (key == u"features"_s) {
            const QString name = value == u"1"_s ? kDirSync : (value == u"2"_s ? kSso : value);
            if (name != kSso && name != kDirSync) {
                problem = u"features must be sso or dir_sync"_s;
                return std::nullopt;
            }
            if (!features.contains(name)) {
                features << name;
            }
        } else if (key == u"sso"_s || key == u"directory_sync"_s || key == u"directorySync"_s) { // deprecated
            if (value != u"true"_s && value != u"false"_s) {
                problem = u"%1 must be true or false"_s.arg(key);
                return std::nullopt;
            }
            const QString name = key == u"sso"_s ? kSso : kDirSync;
            if (value == u"true"_s && !features.contains(name)) {
                features << name;
            }
        } else if (key != u"shareable"_s) {
            problem = u"unknown query parameter %1"_s.arg(key.left(64));
            return std::nullopt;
        }
    }
    if (features.isEmpty()) {
        features = {kSso, kDirSync};
    }
    return features;
}

HttpResponse PortalLinksApi::generate(HttpRequest& request)
{
    const QString orgId = request.pathParam(u"id"_s);
    if (auto bad = OrganizationsApi::checkOrganizationId(orgId)) {
        return std::move(*bad);
    }
    if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}") {
        return ApiError::invalidArgument(u"this call takes no body; features go in the query"_s);
    }
    QString problem;
    const auto features = readFeatures(request, problem);
    if (!features) {
        return ApiError::invalidArgument(problem, {{u"features"_s, problem}});
    }
    const QString shareable = request.queryValue(u"shareable"_s).value_or(u"false"_s);
    if (shareable != u"true"_s && shareable != u"false"_s) {
        return ApiError::invalidArgument(u"shareable must be true or false"_s,
                                         {{u"shareable"_s, u"must be true or false"_s}});
    }
    const QString token = newToken();
    PortalLink link;
    link.id = m_context.ids.next(u"lnk");
    link.organizationId = orgId;
    link.kind = shareable == u"true"_s ? u"SHAREABLE"_s : u"SINGLE_USE"_s;
    link.features = *features;
    link.createdAt = m_context.clock.now().toMSecsSinceEpoch();
    link.expireAt =
        link.createdAt
        + 1000LL * (shareable == u"true"_s ? m_settings.shareableLifetimeSecs : m_settings.linkLifetimeSecs);
    link.createdBy = ApiSupport::actor(request);
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, u"id"_s, orgId);
        if (!org.ok() || !org.value()) {
            return org.ok() ? core::Result<void>(core::Error{u"not_found"_s, {}, {}}) : core::Result<void>(org.error());
        }
        if (auto inserted = PortalLinkStore::insertLink(db, link, m_context.hasher.hash(token)); !inserted.ok()) {
            return inserted;
        }
        auto recorded = m_context.audit.recordEvent(
            db,
            {u"organization.portal_link_created"_s,
             link.createdBy,
             orgId,
             u"PortalLink"_s,
             link.id,
             {{u"features"_s, QJsonArray::fromStringList(link.features)}, {u"kind"_s, link.kind}}},
            false);
        return recorded.ok() ? core::Result<void>() : core::Result<void>(recorded.error());
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), u"organization"_s);
    }
    QJsonObject json = link.toJson(link.createdAt);
    json.insert(u"location"_s, location(token));
    return HttpResponse::json({{u"link"_s, json}});
}

HttpResponse PortalLinksApi::list(HttpRequest& request)
{
    const QString orgId = request.pathParam(u"id"_s);
    if (auto bad = OrganizationsApi::checkOrganizationId(orgId)) {
        return std::move(*bad);
    }
    QJsonArray items;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, u"id"_s, orgId);
        if (!org.ok() || !org.value()) {
            return org.ok() ? core::Result<void>(core::Error{u"not_found"_s, {}, {}}) : core::Result<void>(org.error());
        }
        auto links = PortalLinkStore::listLinks(db, orgId);
        if (!links.ok()) {
            return links.error();
        }
        const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
        for (const PortalLink& l : std::as_const(links.value())) {
            items.append(l.toJson(now));
        }
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), u"organization"_s);
    }
    return HttpResponse::json({{u"links"_s, items}});
}

HttpResponse PortalLinksApi::revokeAll(HttpRequest& request)
{
    return revoke(request, QString());
}

HttpResponse PortalLinksApi::revokeOne(HttpRequest& request)
{
    const QString linkId = request.pathParam(u"link_id"_s);
    if (linkId.size() > 32 || !core::IdGenerator::isValid(linkId, u"lnk")) {
        return ApiError::invalidArgument(u"invalid link id"_s, {{u"link_id"_s, u"must be a link id (lnk_…)"_s}});
    }
    return revoke(request, linkId);
}

HttpResponse PortalLinksApi::revoke(HttpRequest& request, const QString& linkId)
{
    const QString orgId = request.pathParam(u"id"_s);
    if (auto bad = OrganizationsApi::checkOrganizationId(orgId)) {
        return std::move(*bad);
    }
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, u"id"_s, orgId);
        if (!org.ok() || !org.value()) {
            return org.ok() ? core::Result<void>(core::Error{u"not_found"_s, {}, {}}) : core::Result<void>(org.error());
        }
        auto revoked = PortalLinkStore::revoke(db, orgId, linkId, m_context.clock.now().toMSecsSinceEpoch());
        if (!revoked.ok()) {
            return revoked.error();
        }
        if (!linkId.isEmpty() && revoked.value() == 0) {
            return core::Error{u"not_found"_s, {}, {}};
        }
        auto recorded = m_context.audit.recordEvent(db,
                                                    {u"organization.portal_link_revoked"_s,
                                                     ApiSupport::actor(request),
                                                     orgId,
                                                     u"PortalLink"_s,
                                                     linkId,
                                                     {{u"links"_s, revoked.value()}}},
                                                    false);
        return recorded.ok() ? core::Result<void>() : core::Result<void>(recorded.error());
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), linkId.isEmpty() ? u"organization"_s : u"portal link"_s);
    }
    return HttpResponse::json({});
}

HttpResponse PortalLinksApi::exchange(HttpRequest& request)
{
    if (auto retry = m_limiter.hit(u"portal-addr:"_s + request.remoteAddress.toString())) {
        HttpResponse response =
            portalError(429, ApiError::Code::ResourceExhausted, u"rate_limited"_s, u"too many portal link exchanges"_s);
        response.setHeader("Retry-After", QByteArray::number(*retry));
        return response;
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    const QString link = in.string(u"link"_s, {1, 2048}, true).value_or(QString());
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(u"invalid request"_s, violations);
    }
    const auto token = tokenFrom(link);
    if (!token) {
        return portalError(400,
                           ApiError::Code::InvalidArgument,
                           u"malformed_link"_s,
                           u"link must be an admin-portal link ({base}/magicLink/<token>) or its token"_s);
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    const QString sessionToken = QString::fromLatin1(PortalAccess::kTokenPrefix.toByteArray()) + Random::token(32);
    PortalSession session;
    QString failure;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = PortalLinkStore::findLink(db, m_context.hasher.hash(*token));
        if (!found.ok()) {
            return found.error();
        }
        if (!found.value()) {
            failure = u"link_not_found"_s;
            return {};
        }
        const PortalLink& l = *found.value();
        const QString state = l.state(now);
        if (state != u"ACTIVE"_s) {
            failure = state == u"USED"_s ? u"link_already_used"_s
                                         : (state == u"REVOKED"_s ? u"link_revoked"_s : u"link_expired"_s);
            return {};
        }
        if (l.kind == u"SINGLE_USE"_s) {
            auto used = PortalLinkStore::markUsed(db, l.id, now);
            if (!used.ok()) {
                return used.error();
            }
            if (!used.value()) {
                failure = u"link_already_used"_s;
                return {};
            }
        }
        session = {m_context.ids.next(u"ses"),
                   l.id,
                   l.organizationId,
                   l.features,
                   now + 1000LL * m_settings.sessionLifetimeSecs,
                   0,
                   now,
                   l.status};
        if (l.kind == u"SHAREABLE"_s) {
            session.expireAt = std::min(session.expireAt, l.expireAt);
        }
        if (auto inserted = PortalLinkStore::insertSession(db, session, m_context.hasher.hash(sessionToken));
            !inserted.ok()) {
            return inserted;
        }
        auto recorded = m_context.audit.recordEvent(db,
                                                    {u"organization.portal_session_created"_s,
                                                     u"portal:"_s + l.id,
                                                     l.organizationId,
                                                     u"PortalSession"_s,
                                                     session.id,
                                                     {{u"link_id"_s, l.id}}},
                                                    false);
        return recorded.ok() ? core::Result<void>() : core::Result<void>(recorded.error());
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), u"portal link"_s);
    }
    if (failure == u"link_not_found"_s) {
        return portalError(404, ApiError::Code::NotFound, failure, u"no such admin-portal link"_s);
    }
    if (!failure.isEmpty()) {
        const QString message =
            failure == u"link_already_used"_s
                ? u"this single-use link has already been used"_s
                : (failure == u"link_revoked"_s ? u"this link has been revoked"_s : u"this link has expired"_s);
        return portalError(410, ApiError::Code::FailedPrecondition, failure, message);
    }
    HttpResponse response = HttpResponse::json({{u"session_token"_s, sessionToken},
                                                {u"expire_time"_s, Timestamps::rfc3339(session.expireAt)},
                                                {u"organization_id"_s, session.organizationId},
                                                {u"features"_s, QJsonArray::fromStringList(session.features)}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse PortalLinksApi::landing(HttpRequest& request)
{
    const auto token = tokenFrom(request.pathParam(u"token"_s));
    const auto page = [](int status, const QString& title, const QString& text) {
        HttpResponse response = HtmlPage::render(
            status, title, u"<h1>%1</h1><p>%2</p>"_s.arg(HtmlPage::escape(title), HtmlPage::escape(text)));
        response.setHeader("Cache-Control", "no-store");
        return response;
    };
    if (!token) {
        return page(404, tr("Admin portal link not found"), tr("This is not a valid admin-portal link."));
    }
    std::optional<PortalLink> link;
    QString organization;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = PortalLinkStore::findLink(db, m_context.hasher.hash(*token));
        if (!found.ok()) {
            return found.error();
        }
        link = found.value();
        if (link) {
            auto org = OrganizationStore::find(db, u"id"_s, link->organizationId);
            if (!org.ok()) {
                return org.error();
            }
            organization = org.value() ? org.value()->displayName : QString();
        }
        return {};
    });
    if (!read.ok()) {
        return page(503, tr("Admin portal unavailable"), tr("Please try again in a moment."));
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    if (!link) {
        return page(404, tr("Admin portal link not found"), tr("This admin-portal link does not exist."));
    }
    const QString state = link->state(now);
    if (state != u"ACTIVE"_s) {
        const QString why = state == u"USED"_s      ? tr("This single-use link has already been used.")
                            : state == u"REVOKED"_s ? tr("This link has been revoked.")
                                                    : tr("This link has expired.");
        return page(410, tr("Admin portal link no longer valid"), why + u' ' + tr("Ask for a new link."));
    }
    QString grants;
    if (link->features.contains(kSso)) {
        grants += u"<li>%1</li>"_s.arg(HtmlPage::escape(tr("Single sign-on: connections and domains")));
    }
    if (link->features.contains(kDirSync)) {
        grants += u"<li>%1</li>"_s.arg(
            HtmlPage::escape(tr("Directory sync: SCIM directories, users, groups and group-to-role mapping")));
    }
    const QString appUrl =
        u"gatehouse://portal?link="_s + QString::fromLatin1(QUrl::toPercentEncoding(location(*token)));
    const QString validity = link->kind == u"SHAREABLE"_s
                                 ? tr("This link can be used until %1.").arg(Timestamps::rfc3339(link->expireAt))
                                 : tr("This link can be used once, until %1; opening this page does not use it.")
                                       .arg(Timestamps::rfc3339(link->expireAt));
    const QString title = tr("Admin portal");
    const QString body = u"<h1>%1</h1><p>%2</p><ul>%3</ul><p>%4</p><p><a href=\"%5\">%6</a></p><p>%7</p>"_s.arg(
        HtmlPage::escape(title),
        HtmlPage::escape(tr("This link opens the admin portal of %1 with access to:").arg(organization)),
        grants,
        HtmlPage::escape(validity),
        HtmlPage::escape(appUrl),
        HtmlPage::escape(tr("Open in Gatehouse")),
        HtmlPage::escape(tr("The Gatehouse desktop app must be installed to open it.")));
    HttpResponse response = HtmlPage::render(200, title, body);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace gatehouse::engine
