#include "engine/api/DomainsApi.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/DomainStore.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/crypto/Random.h"
#include "engine/domains/DomainVerifier.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/RateLimiter.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace gatehouse::engine {

namespace {

constexpr int kDefaultPageSize = 10;
constexpr int kMaxPageSize = 100;
const QStringList kDomainTypes{QStringLiteral("DOMAIN_TYPE_UNSPECIFIED"),
                               QStringLiteral("ALLOWED_EMAIL_DOMAIN"),
                               QStringLiteral("ORGANIZATION_DOMAIN")};

std::optional<int> queryInt(const HttpRequest& request, const QString& name, int fallback)
{
    const auto text = request.queryValue(name);
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const int value = text->toInt(&ok);
    return ok && value >= 0 ? std::optional(value) : std::nullopt;
}

} // namespace

DomainsApi::DomainsApi(EngineContext& context, DomainVerifier& verifier, RateLimiter& verifyLimiter)
    : m_context(context)
    , m_verifier(verifier)
    , m_verifyLimiter(verifyLimiter)
{}

const QStringList& DomainsApi::consumerDomains()
{
    static const QStringList domains = [] {
        QStringList out;
        QFile file(QStringLiteral(":/gatehouse/resources/consumer-mail-domains.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                const QString entry = QString::fromUtf8(line).trimmed().toLower();
                if (!entry.isEmpty() && !entry.startsWith(u'#')) {
                    out.append(entry);
                }
            }
        }
        return out;
    }();
    return domains;
}

void DomainsApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (DomainsApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, QStringLiteral("organizations:read")};
    const Router::RouteOptions write{true, QStringLiteral("organizations:write")};
    const QString base = QStringLiteral("/api/v1/organizations/{organization_id}/domains");
    router.add("POST", base, bind(&DomainsApi::create), write);
    router.add("GET", base, bind(&DomainsApi::list), read);
    router.add("PATCH", base + QStringLiteral("/{id}:verify"), bind(&DomainsApi::verify), write);
    router.add("PATCH", base + QStringLiteral("/{id}:verify_manually"), bind(&DomainsApi::verifyManually), write);
    router.add(
        "PATCH", base + QStringLiteral("/{id}:restart_verification"), bind(&DomainsApi::restartVerification), write);
    router.add("GET", base + QStringLiteral("/{id}"), bind(&DomainsApi::get), read);
    router.add("PATCH", base + QStringLiteral("/{id}"), bind(&DomainsApi::update), write);
    router.add("DELETE", base + QStringLiteral("/{id}"), bind(&DomainsApi::remove), write);
}

std::optional<QString> DomainsApi::checkDomainName(const QString& name, QString* problem)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    const QString domain = name.trimmed().toLower();
    const QStringList labels = domain.split(u'.');
    bool valid = labels.size() >= 2 && domain.size() >= 4 && domain.size() <= 253;
    for (const QString& part : labels) {
        valid = valid && label.match(part).hasMatch();
    }
    if (!valid || labels.last().front().isDigit()) {
        *problem = QStringLiteral("must be a domain name such as example.com (use punycode for IDNs)");
        return std::nullopt;
    }
    if (consumerDomains().contains(domain)) {
        *problem = QStringLiteral("consumer mail domains cannot be claimed by an organization");
        return std::nullopt;
    }
    return domain;
}

std::optional<HttpResponse> DomainsApi::checkIds(const HttpRequest& request, bool withDomainId)
{
    if (auto bad = OrganizationsApi::checkOrganizationId(request.pathParam(QStringLiteral("organization_id")))) {
        return bad;
    }
    const QString id = request.pathParam(QStringLiteral("id"));
    if (withDomainId && (id.size() > 32 || !core::IdGenerator::isValid(id, u"dom"))) {
        return ApiError::invalidArgument(QStringLiteral("invalid domain id"),
                                         {{QStringLiteral("id"), QStringLiteral("must be a domain id (dom_…)")}});
    }
    return std::nullopt;
}

std::optional<HttpResponse> DomainsApi::requireOrganization(const QString& orgId)
{
    bool exists = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, QStringLiteral("id"), orgId);
        if (!org.ok()) {
            return org.error();
        }
        exists = org.value().has_value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("organization"));
    }
    return exists ? std::nullopt : std::optional(ApiError::notFound(QStringLiteral("organization not found")));
}

core::Result<std::optional<Domain>> DomainsApi::load(const QString& orgId, const QString& id)
{
    std::optional<Domain> found;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto domain = DomainStore::find(db, orgId, id);
        if (!domain.ok()) {
            return domain.error();
        }
        found = domain.value();
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return found;
}

HttpResponse DomainsApi::fetch(const QString& orgId, const QString& id, bool withDetails)
{
    auto found = load(orgId, id);
    if (!found.ok()) {
        return ApiError::fromStore(found.error(), QStringLiteral("domain"));
    }
    if (!found.value()) {
        return ApiError::notFound(QStringLiteral("domain not found"));
    }
    return HttpResponse::json(
        {{QStringLiteral("domain"), found.value()->toJson(m_context.environmentId, withDetails)}});
}

HttpResponse DomainsApi::create(HttpRequest& request)
{
    if (auto bad = checkIds(request, false)) {
        return std::move(*bad);
    }
    auto body = JsonInput::parseObject(request.body);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    QList<FieldViolation> violations;
    JsonInput in(body.value(), QString(), &violations);
    Domain domain;
    if (const auto name = in.string(QStringLiteral("domain"), {4, 255}, true)) {
        QString problem;
        const auto checked = checkDomainName(*name, &problem);
        checked ? void(domain.domain = *checked) : in.violation(QStringLiteral("domain"), problem);
    }
    if (const auto type = in.enumName(QStringLiteral("domain_type"), kDomainTypes)) {
        domain.domainType = *type == kDomainTypes.first() ? QStringLiteral("ORGANIZATION_DOMAIN") : *type;
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid domain"), violations);
    }
    domain.organizationId = request.pathParam(QStringLiteral("organization_id"));
    if (auto missing = requireOrganization(domain.organizationId)) {
        return std::move(*missing);
    }
    domain.id = m_context.ids.next(u"dom");
    domain.txtRecordKey = QStringLiteral("_gatehouse-challenge.") + domain.domain;
    domain.txtRecordSecret = QStringLiteral("gatehouse-verification=") + Random::token(24);
    domain.createdAt = domain.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    domain.verificationDeadline = domain.createdAt + m_verifier.settings().windowSecs * 1000;
    domain.nextCheckAt = domain.createdAt + static_cast<qint64>(m_verifier.settings().recheckSecs) * 1000;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto claimed = DomainStore::verifiedBy(db, domain.domain, domain.organizationId);
        if (!claimed.ok()) {
            return claimed.error();
        }
        if (claimed.value()) {
            return core::Error{QStringLiteral("already_exists"),
                               QStringLiteral("another organization has already verified this domain"),
                               {}};
        }
        if (auto inserted = DomainStore::insert(db, domain); !inserted.ok()) {
            return inserted;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.domain_created"),
                                       ApiSupport::actor(request),
                                       domain.organizationId,
                                       QStringLiteral("Domain"),
                                       domain.id,
                                       {{QStringLiteral("domain"), domain.domain}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("domain"));
    }
    return HttpResponse::json({{QStringLiteral("domain"), domain.toJson(m_context.environmentId, true)}}, 201);
}

HttpResponse DomainsApi::get(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    return fetch(request.pathParam(QStringLiteral("organization_id")), request.pathParam(QStringLiteral("id")));
}

HttpResponse DomainsApi::update(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    auto body = JsonInput::parseObject(request.body, true);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    QList<FieldViolation> violations;
    JsonInput in(body.value(), QString(), &violations);
    in.rejectUnknown(); // UpdateDomain has no fields in the reference
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid domain update"), violations);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    const QString id = request.pathParam(QStringLiteral("id"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        return DomainStore::touch(db, orgId, id, m_context.clock.now().toMSecsSinceEpoch());
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("domain"));
    }
    return fetch(orgId, id);
}

HttpResponse DomainsApi::remove(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    const QString id = request.pathParam(QStringLiteral("id"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto removed = DomainStore::remove(db, orgId, id); !removed.ok()) {
            return removed;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.domain_deleted"),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Domain"),
                                       id,
                                       {}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("domain"));
    }
    return HttpResponse::json({});
}

HttpResponse DomainsApi::list(HttpRequest& request)
{
    if (auto bad = checkIds(request, false)) {
        return std::move(*bad);
    }
    const auto size = queryInt(request, QStringLiteral("page_size"), kDefaultPageSize);
    const auto number = queryInt(request, QStringLiteral("page_number"), 0);
    const QString type = request.queryValue(QStringLiteral("domain_type")).value_or(QString());
    const QString include = request.queryValue(QStringLiteral("include")).value_or(QString());
    if (!size || !number || *number > 1'000'000 || (!type.isEmpty() && !kDomainTypes.contains(type))) {
        return ApiError::invalidArgument(QStringLiteral("invalid page_size, page_number or domain_type"));
    }
    if (!include.isEmpty() && include != QStringLiteral("verification_details")) {
        return ApiError::invalidArgument(QStringLiteral("invalid include"),
                                         {{QStringLiteral("include"), QStringLiteral("must be verification_details")}});
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    if (auto missing = requireOrganization(orgId)) {
        return std::move(*missing);
    }
    const int pageSize = *size == 0 ? kDefaultPageSize : std::min(*size, kMaxPageSize);
    QList<Domain> domains;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto result = DomainStore::list(db, orgId, type == kDomainTypes.first() ? QString() : type, pageSize, *number);
        if (!result.ok()) {
            return result.error();
        }
        domains = result.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("domains"));
    }
    QJsonArray items;
    for (const Domain& d : std::as_const(domains)) {
        items.append(d.toJson(m_context.environmentId, !include.isEmpty()));
    }
    return HttpResponse::json({{QStringLiteral("page_size"), static_cast<int>(domains.size())},
                               {QStringLiteral("page_number"), *number},
                               {QStringLiteral("domains"), items}});
}

HttpResponse DomainsApi::verify(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    const QString id = request.pathParam(QStringLiteral("id"));
    for (const QString& key : QStringList{ApiSupport::actor(request), u"addr:" + request.remoteAddress.toString()}) {
        if (const auto retryAfter = m_verifyLimiter.hit(u"dns-verify:" + key)) {
            HttpResponse response = ApiError::make(
                429, ApiError::Code::ResourceExhausted, QStringLiteral("too many domain verification requests"));
            response.setHeader("Retry-After", QByteArray::number(*retryAfter));
            return response;
        }
    }
    auto found = load(orgId, id);
    if (!found.ok()) {
        return ApiError::fromStore(found.error(), QStringLiteral("domain"));
    }
    if (!found.value()) {
        return ApiError::notFound(QStringLiteral("domain not found"));
    }
    const Domain domain = *found.value();
    const QString environmentId = m_context.environmentId;
    if (domain.verificationStatus == QStringLiteral("VERIFIED")) {
        return HttpResponse::json(
            {{QStringLiteral("verified"), true}, {QStringLiteral("domain"), domain.toJson(environmentId, true)}});
    }
    const QString actor = ApiSupport::actor(request);
    return HttpResponse::async([this, domain, actor, environmentId](std::function<void(HttpResponse)> reply) {
        m_verifier.checkNow(domain, actor, [reply, environmentId](const core::Result<Domain>& checked) {
            if (!checked.ok()) {
                reply(ApiError::fromStore(checked.error(), QStringLiteral("domain")));
                return;
            }
            const Domain& d = checked.value();
            // {verified} as the reference says; the domain with what DNS returned is our additive extension.
            reply(HttpResponse::json({{QStringLiteral("verified"), d.verificationStatus == QStringLiteral("VERIFIED")},
                                      {QStringLiteral("domain"), d.toJson(environmentId, true)}}));
        });
    });
}

HttpResponse DomainsApi::verifyManually(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    if (!request.body.trimmed().isEmpty()) {
        auto body = JsonInput::parseObject(request.body, true);
        if (!body.ok() || !body.value().isEmpty()) {
            return ApiError::invalidArgument(QStringLiteral(":verify_manually takes no body"));
        }
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    const QString id = request.pathParam(QStringLiteral("id"));
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto current = DomainStore::find(db, orgId, id);
        if (!current.ok()) {
            return current.error();
        }
        if (!current.value()) {
            return core::Error{QStringLiteral("not_found"), QStringLiteral("domain not found"), {}};
        }
        Domain d = *current.value();
        if (d.verificationStatus == QStringLiteral("VERIFIED")) {
            return {};
        }
        auto claimed = DomainStore::verifiedBy(db, d.domain, d.organizationId);
        if (!claimed.ok()) {
            return claimed.error();
        }
        if (claimed.value()) {
            return core::Error{QStringLiteral("already_exists"),
                               QStringLiteral("another organization has already verified this domain"),
                               {}};
        }
        d.verificationStatus = QStringLiteral("VERIFIED");
        d.verificationMethod = QStringLiteral("ADMIN");
        d.verifiedAt = d.updatedAt = now;
        d.nextCheckAt = 0;
        d.lastCheck = {{QStringLiteral("reason"), QStringLiteral("verified_manually")},
                       {QStringLiteral("message"),
                        QStringLiteral("verified manually by %1 without a DNS check").arg(ApiSupport::actor(request))}};
        if (auto saved = DomainStore::saveVerification(db, d); !saved.ok()) {
            return saved;
        }
        return m_context.audit.record(
            db,
            {QStringLiteral("organization.domain_verified"),
             ApiSupport::actor(request),
             orgId,
             QStringLiteral("Domain"),
             id,
             {{QStringLiteral("domain"), d.domain}, {QStringLiteral("verification_method"), QStringLiteral("ADMIN")}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("domain"));
    }
    return fetch(orgId, id);
}

HttpResponse DomainsApi::restartVerification(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    const QString id = request.pathParam(QStringLiteral("id"));
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    bool alreadyVerified = false;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto current = DomainStore::find(db, orgId, id);
        if (!current.ok()) {
            return current.error();
        }
        if (!current.value()) {
            return core::Error{QStringLiteral("not_found"), QStringLiteral("domain not found"), {}};
        }
        Domain d = *current.value();
        if (d.verificationStatus == QStringLiteral("VERIFIED")) {
            alreadyVerified = true;
            return {};
        }
        d.verificationStatus = QStringLiteral("PENDING");
        d.verificationMethod = QStringLiteral("DNS");
        d.txtRecordSecret = QStringLiteral("gatehouse-verification=") + Random::token(24);
        d.updatedAt = now;
        d.verificationDeadline = now + m_verifier.settings().windowSecs * 1000;
        d.nextCheckAt = now + static_cast<qint64>(m_verifier.settings().recheckSecs) * 1000;
        d.lastCheckAt = 0;
        d.verifiedAt = 0;
        d.lastCheck = {};
        if (auto saved = DomainStore::saveVerification(db, d); !saved.ok()) {
            return saved;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.domain_verification_restarted"),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Domain"),
                                       id,
                                       {{QStringLiteral("domain"), d.domain}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("domain"));
    }
    if (alreadyVerified) {
        return ApiError::make(400,
                              ApiError::Code::FailedPrecondition,
                              QStringLiteral("the domain is already verified; delete and add it again to re-verify"));
    }
    return fetch(orgId, id);
}

} // namespace gatehouse::engine
