#include "engine/api/DirectoriesApi.h"
#include "engine/api/PendingGroupRoles.h"

#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"

namespace gatehouse::engine {

namespace {

const QStringList kTypes{QStringLiteral("DIRECTORY_TYPE_UNSPECIFIED"),
                         QStringLiteral("SCIM"),
                         QStringLiteral("LDAP"),
                         QStringLiteral("POLL")};
const QStringList kProviders{QStringLiteral("DIRECTORY_PROVIDER_UNSPECIFIED"),
                             QStringLiteral("OKTA"),
                             QStringLiteral("GOOGLE"),
                             QStringLiteral("MICROSOFT_AD"),
                             QStringLiteral("AUTH0"),
                             QStringLiteral("ONELOGIN"),
                             QStringLiteral("JUMPCLOUD"),
                             QStringLiteral("PING_IDENTITY")};
const QStringList kStatuses{QStringLiteral("DIRECTORY_STATUS_UNSPECIFIED"),
                            QStringLiteral("DRAFT"),
                            QStringLiteral("IN_PROGRESS"),
                            QStringLiteral("COMPLETED")};
constexpr int kMaxActiveSecrets = 2;

QString defaultName(const QString& provider)
{
    static const QHash<QString, QString> names{{QStringLiteral("OKTA"), QStringLiteral("Okta")},
                                               {QStringLiteral("GOOGLE"), QStringLiteral("Google Workspace")},
                                               {QStringLiteral("MICROSOFT_AD"), QStringLiteral("Microsoft Entra ID")},
                                               {QStringLiteral("AUTH0"), QStringLiteral("Auth0")},
                                               {QStringLiteral("ONELOGIN"), QStringLiteral("OneLogin")},
                                               {QStringLiteral("JUMPCLOUD"), QStringLiteral("JumpCloud")},
                                               {QStringLiteral("PING_IDENTITY"), QStringLiteral("PingIdentity")}};
    return names.value(provider, QStringLiteral("SCIM directory"));
}

core::Error notFound()
{
    return core::Error{QStringLiteral("not_found"), {}, {}};
}

// [{key, map_to, display_name}] or [{external_id, display_name, email}], each string 1..limit characters.
std::optional<QJsonArray> readObjects(JsonInput& in,
                                      const QString& field,
                                      const QStringList& keys,
                                      const QStringList& required,
                                      int limit,
                                      QList<FieldViolation>* violations)
{
    const auto array = in.array(field);
    if (!array) {
        return std::nullopt;
    }
    QJsonArray out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        JsonInput item(array->at(i).toObject(), QStringLiteral("%1[%2]").arg(field).arg(i), violations);
        if (!array->at(i).isObject()) {
            in.violation(QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("must be an object"));
            continue;
        }
        QJsonObject clean;
        for (const QString& key : keys) {
            if (const auto value = item.string(key, {1, limit}, required.contains(key))) {
                clean.insert(key, *value);
            }
        }
        item.rejectUnknown();
        out.append(clean);
    }
    return out;
}

} // namespace

DirectoriesApi::DirectoriesApi(EngineContext& context)
    : m_context(context)
{}

void DirectoriesApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (DirectoriesApi::*method)(HttpRequest&)) { return ApiSupport::handler(this, method); };
    const Router::RouteOptions read{true, QStringLiteral("directories:read")};
    const Router::RouteOptions write{true, QStringLiteral("directories:write")};
    const QString base = QStringLiteral("/api/v1/organizations/{organization_id}/directories");
    router.add("POST", base, bind(&DirectoriesApi::create), write);
    router.add("GET", base, bind(&DirectoriesApi::list), read);
    router.add("PATCH", base + QStringLiteral("/{id}:enable"), bind(&DirectoriesApi::enable), write);
    router.add("PATCH", base + QStringLiteral("/{id}:disable"), bind(&DirectoriesApi::disable), write);
    router.add("GET", base + QStringLiteral("/{id}"), bind(&DirectoriesApi::get), read);
    router.add("PATCH", base + QStringLiteral("/{id}"), bind(&DirectoriesApi::update), write);
    router.add("DELETE", base + QStringLiteral("/{id}"), bind(&DirectoriesApi::remove), write);
    router.add("POST",
               base + QStringLiteral("/{directory_id}/secrets:regenerate"),
               bind(&DirectoriesApi::regenerateSecret),
               write);
    router.add("POST", base + QStringLiteral("/{directory_id}/secrets"), bind(&DirectoriesApi::createSecret), write);
    // Our extension (DeleteClientSecret's shape): revoke one SCIM secret at once, without a replacement.
    router.add("DELETE",
               base + QStringLiteral("/{directory_id}/secrets/{secret_id}"),
               bind(&DirectoriesApi::revokeSecret),
               write);
}

std::optional<HttpResponse> DirectoriesApi::checkIds(const HttpRequest& request, const QString& idParam) const
{
    if (auto bad = OrganizationsApi::checkOrganizationId(request.pathParam(QStringLiteral("organization_id")))) {
        return bad;
    }
    const QString id = request.pathParam(idParam);
    if (!idParam.isEmpty() && (id.size() > 32 || !core::IdGenerator::isValid(id, u"dir"))) {
        return ApiError::invalidArgument(QStringLiteral("invalid directory id"),
                                         {{idParam, QStringLiteral("must be a directory id (dir_…)")}});
    }
    return std::nullopt;
}

core::Result<Directory> DirectoriesApi::load(const QSqlDatabase& db, const QString& orgId, const QString& id)
{
    auto found = DirectoryStore::find(db, orgId, id);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    return *found.value();
}

HttpResponse DirectoriesApi::create(HttpRequest& request)
{
    if (auto bad = checkIds(request, QString())) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    Directory directory;
    const auto type = in.enumName(QStringLiteral("directory_type"), kTypes, true);
    if (type && *type == kTypes.first()) {
        in.violation(QStringLiteral("directory_type"), QStringLiteral("must be SCIM, LDAP or POLL"));
    }
    directory.type = type.value_or(directory.type);
    directory.provider = in.enumName(QStringLiteral("directory_provider"), kProviders).value_or(directory.provider);
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid directory"), violations);
    }
    directory.id = m_context.ids.next(u"dir");
    directory.organizationId = request.pathParam(QStringLiteral("organization_id"));
    directory.name = defaultName(directory.provider);
    directory.createdAt = directory.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, QStringLiteral("id"), directory.organizationId);
        if (!org.ok() || !org.value()) {
            return org.ok() ? core::Result<void>(notFound()) : core::Result<void>(org.error());
        }
        if (auto inserted = DirectoryStore::insert(db, directory); !inserted.ok()) {
            return inserted;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.directory_created"),
                                       ApiSupport::actor(request),
                                       directory.organizationId,
                                       QStringLiteral("Directory"),
                                       directory.id,
                                       {{QStringLiteral("directory_provider"), directory.provider}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{QStringLiteral("directory"), directory.toJson(m_context.baseUrl, directory.createdAt)}},
                              201);
}

HttpResponse DirectoriesApi::get(HttpRequest& request)
{
    if (auto bad = checkIds(request, QStringLiteral("id"))) {
        return std::move(*bad);
    }
    QJsonObject json;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory =
            load(db, request.pathParam(QStringLiteral("organization_id")), request.pathParam(QStringLiteral("id")));
        if (!directory.ok()) {
            return directory.error();
        }
        json = directory.value().toJson(m_context.baseUrl, m_context.clock.now().toMSecsSinceEpoch());
        // Our extension: imported group → role mappings still waiting for SCIM to bring their groups.
        auto pending = PendingGroupRoles::list(db, directory.value().id);
        if (!pending.ok()) {
            return pending.error();
        }
        json.insert(QStringLiteral("pending_group_role_mappings"), PendingGroupRoles::toJson(pending.value()));
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("directory"));
    }
    return HttpResponse::json({{QStringLiteral("directory"), json}});
}

HttpResponse DirectoriesApi::list(HttpRequest& request)
{
    if (auto bad = checkIds(request, QString())) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    QJsonArray items;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto org = OrganizationStore::find(db, QStringLiteral("id"), orgId);
        if (!org.ok() || !org.value()) {
            return org.ok() ? core::Result<void>(notFound()) : core::Result<void>(org.error());
        }
        auto all = DirectoryStore::list(db, orgId);
        if (!all.ok()) {
            return all.error();
        }
        for (const Directory& d : std::as_const(all.value())) {
            items.append(d.toJson(m_context.baseUrl, m_context.clock.now().toMSecsSinceEpoch()));
        }
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json({{QStringLiteral("directories"), items}});
}

void DirectoriesApi::readUpdate(JsonInput& in, Directory& directory)
{
    QList<FieldViolation> nested;
    directory.name = in.string(QStringLiteral("name"), {1, 256}).value_or(directory.name);
    directory.type = in.enumName(QStringLiteral("directory_type"), kTypes).value_or(directory.type);
    directory.provider = in.enumName(QStringLiteral("directory_provider"), kProviders).value_or(directory.provider);
    directory.status = in.enumName(QStringLiteral("status"), kStatuses).value_or(directory.status);
    directory.enabled = in.boolean(QStringLiteral("enabled")).value_or(directory.enabled);
    if (const auto mappings =
            readObjects(in,
                        QStringLiteral("mappings"),
                        {QStringLiteral("key"), QStringLiteral("map_to"), QStringLiteral("display_name")},
                        {QStringLiteral("key"), QStringLiteral("map_to")},
                        256, // map_to may be a URN-qualified path: urn:…:extension:<vendor>:2.0:User:attribute
                        &nested)) {
        directory.mappings = *mappings;
    }
    if (const auto groups =
            readObjects(in,
                        QStringLiteral("groups"),
                        {QStringLiteral("external_id"), QStringLiteral("display_name"), QStringLiteral("email")},
                        {QStringLiteral("external_id")},
                        256,
                        &nested)) {
        directory.externalGroups = *groups;
    }
    for (const FieldViolation& v : std::as_const(nested)) {
        in.violation(v.field, v.description);
    }
}

HttpResponse DirectoriesApi::update(HttpRequest& request)
{
    if (auto bad = checkIds(request, QStringLiteral("id"))) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QJsonObject json;
    QList<FieldViolation> violations;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory =
            load(db, request.pathParam(QStringLiteral("organization_id")), request.pathParam(QStringLiteral("id")));
        if (!directory.ok()) {
            return directory.error();
        }
        JsonInput in(body, QString(), &violations);
        readUpdate(in, directory.value());
        in.rejectUnknown();
        if (!violations.isEmpty()) {
            return core::Error{QStringLiteral("invalid_body"), {}, {}};
        }
        directory.value().updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = DirectoryStore::update(db, directory.value()); !updated.ok()) {
            return updated;
        }
        json = directory.value().toJson(m_context.baseUrl, directory.value().updatedAt);
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.directory_updated"),
                                       ApiSupport::actor(request),
                                       directory.value().organizationId,
                                       QStringLiteral("Directory"),
                                       directory.value().id,
                                       {{QStringLiteral("fields"), QJsonArray::fromStringList(body.keys())}}});
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid directory update"), violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("directory"));
    }
    return HttpResponse::json({{QStringLiteral("directory"), json}});
}

HttpResponse DirectoriesApi::remove(HttpRequest& request)
{
    if (auto bad = checkIds(request, QStringLiteral("id"))) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    const QString id = request.pathParam(QStringLiteral("id"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto removed = DirectoryStore::remove(db, orgId, id); !removed.ok()) {
            return removed;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.directory_deleted"),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Directory"),
                                       id,
                                       {}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("directory"));
    }
    return HttpResponse::json({});
}

HttpResponse DirectoriesApi::enable(HttpRequest& request)
{
    return toggle(request, true);
}

HttpResponse DirectoriesApi::disable(HttpRequest& request)
{
    return toggle(request, false);
}

HttpResponse DirectoriesApi::toggle(HttpRequest& request, bool enabled)
{
    if (auto bad = checkIds(request, QStringLiteral("id"))) {
        return std::move(*bad);
    }
    if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}") {
        return ApiError::invalidArgument(QStringLiteral("this call takes no body"));
    }
    bool already = false;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory =
            load(db, request.pathParam(QStringLiteral("organization_id")), request.pathParam(QStringLiteral("id")));
        if (!directory.ok()) {
            return directory.error();
        }
        already = directory.value().enabled == enabled;
        directory.value().enabled = enabled;
        directory.value().updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = DirectoryStore::update(db, directory.value()); !updated.ok() || already) {
            return updated;
        }
        return m_context.audit.record(db,
                                      {enabled ? QStringLiteral("organization.directory_enabled")
                                               : QStringLiteral("organization.directory_disabled"),
                                       ApiSupport::actor(request),
                                       directory.value().organizationId,
                                       QStringLiteral("Directory"),
                                       directory.value().id,
                                       {}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("directory"));
    }
    return ApiSupport::enabledResponse(enabled, already, QStringLiteral("directory"));
}

HttpResponse DirectoriesApi::createSecret(HttpRequest& request)
{
    return issueSecret(request, false);
}

HttpResponse DirectoriesApi::regenerateSecret(HttpRequest& request)
{
    return issueSecret(request, true);
}

core::Result<void>
DirectoriesApi::retirePrevious(const QSqlDatabase& db, const QList<DirectorySecret>& secrets, bool regenerate)
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QList<DirectorySecret> active;
    for (const DirectorySecret& s : secrets) {
        if (s.isActive(now)) {
            active.append(s);
        }
    }
    if (!regenerate) {
        return active.size() < kMaxActiveSecrets
                   ? core::Result<void>()
                   : core::Result<void>::failure(
                       QStringLiteral("failed_precondition"),
                       QStringLiteral("this directory already has %1 active secrets; use secrets:regenerate")
                           .arg(kMaxActiveSecrets));
    }
    for (qsizetype i = 0; i < active.size(); ++i) {
        const bool newest = i == active.size() - 1;
        const qint64 overlapEnd = now + static_cast<qint64>(m_context.scimSecretOverlapSecs) * 1000;
        const qint64 expireAt = active[i].expireAt ? std::min(active[i].expireAt, overlapEnd) : overlapEnd;
        auto done = newest ? DirectoryStore::setSecretState(db, active[i].id, QStringLiteral("ACTIVE"), expireAt)
                           : DirectoryStore::setSecretState(db, active[i].id, QStringLiteral("INACTIVE"), now);
        if (!done.ok()) {
            return done;
        }
    }
    return {};
}

HttpResponse DirectoriesApi::issueSecret(HttpRequest& request, bool regenerate)
{
    if (auto bad = checkIds(request, QStringLiteral("directory_id"))) {
        return std::move(*bad);
    }
    if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}") {
        return ApiError::invalidArgument(QStringLiteral("this call takes no body"));
    }
    const QString plain = Random::token(32);
    DirectorySecret secret{m_context.ids.next(u"sec"),
                           request.pathParam(QStringLiteral("directory_id")),
                           plain.right(4),
                           QStringLiteral("ACTIVE"),
                           0,
                           0,
                           m_context.clock.now().toMSecsSinceEpoch()};
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = load(db, request.pathParam(QStringLiteral("organization_id")), secret.directoryId);
        if (!directory.ok()) {
            return directory.error();
        }
        if (auto retired = retirePrevious(db, directory.value().secrets, regenerate); !retired.ok()) {
            return retired;
        }
        if (auto inserted = DirectoryStore::insertSecret(db, secret, m_context.hasher.hash(plain)); !inserted.ok()) {
            return inserted;
        }
        return m_context.audit.record(db,
                                      {regenerate ? QStringLiteral("organization.directory_secret_regenerated")
                                                  : QStringLiteral("organization.directory_secret_created"),
                                       ApiSupport::actor(request),
                                       directory.value().organizationId,
                                       QStringLiteral("Directory"),
                                       secret.directoryId,
                                       {{QStringLiteral("secret_id"), secret.id}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("directory"));
    }
    return HttpResponse::json(
        {{QStringLiteral("plain_secret"), plain}, {QStringLiteral("secret"), secret.toJson(secret.createdAt)}}, 201);
}

HttpResponse DirectoriesApi::revokeSecret(HttpRequest& request)
{
    if (auto bad = checkIds(request, QStringLiteral("directory_id"))) {
        return std::move(*bad);
    }
    const QString secretId = request.pathParam(QStringLiteral("secret_id"));
    if (secretId.size() > 32 || !core::IdGenerator::isValid(secretId, u"sec")) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid secret id"),
            {{QStringLiteral("secret_id"), QStringLiteral("must be a secret id (sec_…)")}});
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    DirectorySecret revoked;
    bool secretMissing = false;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto directory = load(db,
                              request.pathParam(QStringLiteral("organization_id")),
                              request.pathParam(QStringLiteral("directory_id")));
        if (!directory.ok()) {
            return directory.error();
        }
        bool found = false;
        for (const DirectorySecret& s : std::as_const(directory.value().secrets)) {
            if (s.id == secretId) {
                revoked = s;
                found = true;
            }
        }
        if (!found) {
            secretMissing = true;
            return core::Result<void>::failure(QStringLiteral("not_found"), QStringLiteral("secret not found"));
        }
        if (!revoked.isActive(now)) {
            return {}; // already revoked or expired: nothing changes, no event
        }
        revoked.status = QStringLiteral("INACTIVE");
        revoked.expireAt = now;
        if (auto done = DirectoryStore::setSecretState(db, secretId, revoked.status, now); !done.ok()) {
            return done;
        }
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.directory_secret_revoked"),
                                       ApiSupport::actor(request),
                                       directory.value().organizationId,
                                       QStringLiteral("Directory"),
                                       revoked.directoryId,
                                       {{QStringLiteral("secret_id"), secretId}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(),
                                   secretMissing ? QStringLiteral("directory secret") : QStringLiteral("directory"));
    }
    return HttpResponse::json({{QStringLiteral("secret"), revoked.toJson(now)}});
}

} // namespace gatehouse::engine
