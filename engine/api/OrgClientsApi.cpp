#include "engine/api/OrgClientsApi.h"

#include "core/util/IdGenerator.h"
#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/Timestamps.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

namespace {

constexpr int kMaxScopes = 100;
constexpr int kMaxAudience = 20;
constexpr int kMaxClaims = 20;

QString toText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray fromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

// RFC 6749 §3.3 scope-token: %x21 / %x23-5B / %x5D-7E.
bool isScopeToken(const QString& scope)
{
    if (scope.isEmpty() || scope.size() > 128) {
        return false;
    }
    for (const QChar c : scope) {
        const ushort u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == 0x22 || u == 0x5c) {
            return false;
        }
    }
    return true;
}

core::Error notFound(const QString& what)
{
    return core::Error{u"not_found"_s, what + u" not found"_s, {}};
}

QJsonObject secretJson(const QSqlQuery& q)
{
    // columns: id, secret_suffix, created_by, created_at, updated_at, last_used_at
    QJsonObject secret{{u"id"_s, q.value(0).toString()},
                       {u"secret_suffix"_s, q.value(1).toString()},
                       {u"created_by"_s, q.value(2).toString()},
                       {u"create_time"_s, Timestamps::rfc3339(q.value(3).toLongLong())},
                       {u"update_time"_s, Timestamps::rfc3339(q.value(4).toLongLong())},
                       {u"status"_s, u"ACTIVE"_s}};
    if (!q.value(5).isNull()) {
        secret.insert(u"last_used_time"_s, Timestamps::rfc3339(q.value(5).toLongLong()));
    }
    return secret;
}

// The M2MClient of one org_clients row (columns as in kClientColumns) with its secrets.
const QString kClientColumns =
    u"id, organization_id, name, description, scopes, audience, custom_claims, expiry, created_at, updated_at"_s;

// One row's values, read out before another query runs on the connection (PostgreSQL's driver cannot keep a
// result open while the next query executes).
QVariantList rowValues(const QSqlQuery& q, int count)
{
    QVariantList values;
    for (int i = 0; i < count; ++i) {
        values << q.value(i);
    }
    return values;
}

core::Result<QJsonObject> clientJson(const QSqlDatabase& db, const QVariantList& row)
{
    const QString id = row.value(0).toString();
    auto secrets = Sql::exec(db,
                             u"SELECT id, secret_suffix, created_by, created_at, updated_at, last_used_at "
                             "FROM org_client_secrets WHERE client_id = ? ORDER BY created_at, id"_s,
                             {id});
    if (!secrets.ok()) {
        return secrets.error();
    }
    QJsonArray items;
    while (secrets.value().next()) {
        items.append(secretJson(secrets.value()));
    }
    return QJsonObject{{u"client_id"_s, id},
                       {u"secrets"_s, items},
                       {u"name"_s, row.value(2).toString()},
                       {u"description"_s, row.value(3).toString()},
                       {u"organization_id"_s, row.value(1).toString()},
                       {u"create_time"_s, Timestamps::rfc3339(row.value(8).toLongLong())},
                       {u"update_time"_s, Timestamps::rfc3339(row.value(9).toLongLong())},
                       {u"scopes"_s, fromText(row.value(4).toString())},
                       {u"audience"_s, fromText(row.value(5).toString())},
                       {u"custom_claims"_s, fromText(row.value(6).toString())},
                       {u"expiry"_s, QString::number(row.value(7).toLongLong())}}; // int64: a string in protojson
}

core::Result<void> requireOrganization(const QSqlDatabase& db, const QString& organizationId)
{
    auto org = OrganizationStore::find(db, u"id"_s, organizationId);
    if (!org.ok()) {
        return org.error();
    }
    if (!org.value()) {
        return notFound(u"organization"_s);
    }
    return {};
}

// The client, only when it belongs to the organization (another organization's client is "not found").
core::Result<void> requireClient(const QSqlDatabase& db, const QString& organizationId, const QString& clientId)
{
    if (auto org = requireOrganization(db, organizationId); !org.ok()) {
        return org;
    }
    auto q =
        Sql::exec(db, u"SELECT id FROM org_clients WHERE id = ? AND organization_id = ?"_s, {clientId, organizationId});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return notFound(u"client"_s);
    }
    return {};
}

struct NewSecret
{
    QString id;
    QString plain;
    QString suffix;
};

core::Result<void> insertSecret(const QSqlDatabase& db,
                                const EngineContext& context,
                                const QString& clientId,
                                const NewSecret& secret,
                                const QString& createdBy,
                                qint64 now)
{
    return Sql::execOne(db,
                        u"INSERT INTO org_client_secrets (id, client_id, secret_hash, secret_suffix, created_by, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {secret.id, clientId, context.hasher.hash(secret.plain), secret.suffix, createdBy, now, now});
}

} // namespace

OrgClientsApi::OrgClientsApi(EngineContext& context)
    : m_context(context)
{}

bool OrgClientsApi::isReservedClaim(const QString& key)
{
    static const QSet<QString> reserved{u"iss"_s,
                                        u"sub"_s,
                                        u"aud"_s,
                                        u"exp"_s,
                                        u"nbf"_s,
                                        u"iat"_s,
                                        u"jti"_s,
                                        u"client_id"_s,
                                        u"oid"_s,
                                        u"scopes"_s,
                                        u"scope"_s,
                                        u"azp"_s,
                                        u"sid"_s,
                                        u"uid"_s};
    return reserved.contains(key);
}

void OrgClientsApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (OrgClientsApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, u"organizations:read"_s};
    const Router::RouteOptions write{true, u"organizations:write"_s};
    const QString base = u"/api/v1/organizations/{organization_id}/clients"_s;
    router.add("POST", base, bind(&OrgClientsApi::create), write);
    router.add("GET", base, bind(&OrgClientsApi::list), read);
    router.add("GET", base + u"/{client_id}"_s, bind(&OrgClientsApi::get), read);
    router.add("PATCH", base + u"/{client_id}"_s, bind(&OrgClientsApi::update), write);
    router.add("DELETE", base + u"/{client_id}"_s, bind(&OrgClientsApi::remove), write);
    router.add("POST", base + u"/{client_id}/secrets"_s, bind(&OrgClientsApi::createSecret), write);
    router.add("DELETE", base + u"/{client_id}/secrets/{secret_id}"_s, bind(&OrgClientsApi::removeSecret), write);
}

std::optional<HttpResponse> OrgClientsApi::checkIds(const HttpRequest& request, bool withClient) const
{
    const QString org = request.pathParam(u"organization_id"_s);
    if (org.size() > 32 || !core::IdGenerator::isValid(org, u"org")) {
        return ApiError::invalidArgument(u"invalid organization id"_s,
                                         {{u"organization_id"_s, u"must be an organization id (org_…)"_s}});
    }
    const QString client = request.pathParam(u"client_id"_s);
    if (withClient && (client.size() > 32 || !core::IdGenerator::isValid(client, u"m2morg"))) {
        return ApiError::invalidArgument(u"invalid client id"_s,
                                         {{u"client_id"_s, u"must be an organization API client id (m2morg_…)"_s}});
    }
    return std::nullopt;
}

std::optional<HttpResponse> OrgClientsApi::readClient(const QJsonObject& body, bool partial, QJsonObject& fields) const
{
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    if (const auto name = in.string(u"name"_s, {1, 128}, !partial)) {
        fields.insert(u"name"_s, *name);
    }
    if (const auto description = in.string(u"description"_s, {0, 512})) {
        fields.insert(u"description"_s, *description);
    }
    if (const auto scopes = in.array(u"scopes"_s)) {
        QJsonArray clean;
        for (const QJsonValue& v : *scopes) {
            if (!v.isString() || !isScopeToken(v.toString())) {
                in.violation(u"scopes"_s,
                             u"each scope must be a string of 1 to 128 printable ASCII characters without spaces, "
                             "quotes or backslashes"_s);
                break;
            }
            if (!clean.contains(v)) {
                clean.append(v);
            }
        }
        if (clean.size() > kMaxScopes) {
            in.violation(u"scopes"_s, u"at most %1 scopes"_s.arg(kMaxScopes));
        }
        fields.insert(u"scopes"_s, clean);
    }
    if (const auto audience = in.array(u"audience"_s)) {
        QJsonArray clean;
        for (const QJsonValue& v : *audience) {
            if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 256) {
                in.violation(u"audience"_s, u"each audience must be a non-empty string of at most 256 characters"_s);
                break;
            }
            if (!clean.contains(v)) {
                clean.append(v);
            }
        }
        if (clean.size() > kMaxAudience) {
            in.violation(u"audience"_s, u"at most %1 audience values"_s.arg(kMaxAudience));
        }
        fields.insert(u"audience"_s, clean);
    }
    if (const auto claims = in.array(u"custom_claims"_s)) {
        QJsonArray clean;
        QSet<QString> keys;
        if (claims->size() > kMaxClaims) {
            in.violation(u"custom_claims"_s, u"at most %1 custom claims"_s.arg(kMaxClaims));
        }
        for (const QJsonValue& v : *claims) {
            const QJsonObject claim = v.toObject();
            const QString key = claim.value(u"key"_s).toString();
            const QJsonValue value = claim.value(u"value"_s);
            if (!v.isObject() || claim.size() != 2 || !value.isString() || key.isEmpty() || key.size() > 128
                || value.toString().size() > 1024) {
                in.violation(u"custom_claims"_s,
                             u"each custom claim must be {\"key\": 1 to 128 characters, \"value\": a string of at "
                             "most 1024 characters}"_s);
                break;
            }
            if (isReservedClaim(key)) {
                in.violation(u"custom_claims"_s, u"%1 is a claim the engine sets itself"_s.arg(key));
                break;
            }
            if (keys.contains(key)) {
                in.violation(u"custom_claims"_s, u"custom claim %1 is given twice"_s.arg(key));
                break;
            }
            keys.insert(key);
            clean.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
        }
        fields.insert(u"custom_claims"_s, clean);
    }
    if (const auto expiry = in.integer(u"expiry"_s, 60, kMaxExpirySecs)) {
        fields.insert(u"expiry"_s, *expiry);
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(u"invalid client"_s, violations);
    }
    return std::nullopt;
}

HttpResponse OrgClientsApi::fetch(const QString& organizationId, const QString& clientId, int status)
{
    QJsonObject client;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = requireOrganization(db, organizationId); !org.ok()) {
            return org;
        }
        auto q = Sql::exec(db,
                           u"SELECT "_s + kClientColumns + u" FROM org_clients WHERE id = ? AND organization_id = ?"_s,
                           {clientId, organizationId});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            return notFound(u"client"_s);
        }
        const QVariantList row = rowValues(q.value(), 10);
        q.value().finish();
        auto json = clientJson(db, row);
        if (!json.ok()) {
            return json.error();
        }
        client = json.value();
        return {};
    });
    if (!read.ok()) {
        return read.error().code == u"not_found"_s ? ApiError::notFound(read.error().message)
                                                   : ApiError::fromStore(read.error(), u"client"_s);
    }
    return HttpResponse::json({{u"client"_s, client}}, status);
}

HttpResponse OrgClientsApi::create(HttpRequest& request)
{
    if (auto bad = checkIds(request, false)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QJsonObject fields;
    if (auto bad = readClient(body, false, fields)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(u"organization_id"_s);
    const QString clientId = m_context.ids.next(u"m2morg");
    const NewSecret secret{m_context.ids.next(u"sks"), Random::token(32), {}};
    const QString actor = ApiSupport::actor(request);
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QJsonObject client;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = requireOrganization(db, orgId); !org.ok()) {
            return org;
        }
        auto inserted = Sql::execOne(
            db,
            u"INSERT INTO org_clients (id, seq, organization_id, name, description, scopes, audience, custom_claims, "
            "expiry, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {clientId,
             Timestamps::idNumber(clientId),
             orgId,
             Sql::nonNull(fields.value(u"name"_s).toString()),
             Sql::nonNull(fields.value(u"description"_s).toString()),
             toText(fields.value(u"scopes"_s).toArray()),
             toText(fields.value(u"audience"_s).toArray()),
             toText(fields.value(u"custom_claims"_s).toArray()),
             fields.contains(u"expiry"_s) ? fields.value(u"expiry"_s).toInteger() : kDefaultExpirySecs,
             now,
             now});
        if (!inserted.ok()) {
            return inserted;
        }
        NewSecret withSuffix = secret;
        withSuffix.suffix = secret.plain.right(4);
        if (auto stored = insertSecret(db, m_context, clientId, withSuffix, actor, now); !stored.ok()) {
            return stored;
        }
        QJsonObject data{{u"name"_s, fields.value(u"name"_s)},
                         {u"scopes"_s, fields.value(u"scopes"_s).toArray()},
                         {u"secret_id"_s, secret.id}};
        auto recorded = m_context.audit.recordEvent(
            db, {u"organization.client_created"_s, actor, orgId, u"OrganizationClient"_s, clientId, data}, false);
        if (!recorded.ok()) {
            return recorded.error();
        }
        auto q = Sql::exec(db, u"SELECT "_s + kClientColumns + u" FROM org_clients WHERE id = ?"_s, {clientId});
        if (!q.ok() || !q.value().next()) {
            return q.ok() ? core::Result<void>(notFound(u"client"_s)) : core::Result<void>(q.error());
        }
        const QVariantList row = rowValues(q.value(), 10);
        q.value().finish();
        auto json = clientJson(db, row);
        if (!json.ok()) {
            return json.error();
        }
        client = json.value();
        return {};
    });
    if (!written.ok()) {
        return written.error().code == u"not_found"_s ? ApiError::notFound(written.error().message)
                                                      : ApiError::fromStore(written.error(), u"client"_s);
    }
    HttpResponse response = HttpResponse::json({{u"client"_s, client}, {u"plain_secret"_s, secret.plain}}, 201);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse OrgClientsApi::list(HttpRequest& request)
{
    if (auto bad = checkIds(request, false)) {
        return std::move(*bad);
    }
    int pageSize = 30;
    PageCursor cursor;
    if (auto bad = ApiSupport::readPaging(request, m_context.hasher, "m2morg", 30, 100, pageSize, cursor)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(u"organization_id"_s);
    QJsonArray items;
    qint64 total = 0;
    qint64 first = 0;
    qint64 last = 0;
    bool more = false;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto org = requireOrganization(db, orgId); !org.ok()) {
            return org;
        }
        auto count = Sql::exec(db, u"SELECT COUNT(*) FROM org_clients WHERE organization_id = ?"_s, {orgId});
        if (!count.ok()) {
            return count.error();
        }
        total = count.value().next() ? count.value().value(0).toLongLong() : 0;
        auto q = Sql::exec(db,
                           u"SELECT "_s + kClientColumns + u" , seq FROM org_clients WHERE organization_id = ?"_s
                               + ApiSupport::keysetFilter(cursor, u"seq"_s)
                               + ApiSupport::keysetOrder(cursor, u"seq"_s, pageSize),
                           {orgId, cursor.seq});
        if (!q.ok()) {
            return q.error();
        }
        QList<QVariantList> rows;
        while (q.value().next()) {
            rows << rowValues(q.value(), 11);
        }
        q.value().finish();
        more = ApiSupport::trimKeysetRows(rows, cursor, pageSize);
        first = rows.isEmpty() ? 0 : rows.first().value(10).toLongLong();
        last = rows.isEmpty() ? 0 : rows.last().value(10).toLongLong();
        for (const QVariantList& row : std::as_const(rows)) {
            auto json = clientJson(db, row);
            if (!json.ok()) {
                return json.error();
            }
            items.append(json.value());
        }
        return {};
    });
    if (!read.ok()) {
        return read.error().code == u"not_found"_s ? ApiError::notFound(read.error().message)
                                                   : ApiError::fromStore(read.error(), u"clients"_s);
    }
    return ApiSupport::pageResponse(m_context.hasher, "m2morg", cursor, u"clients"_s, items, first, last, more, total);
}

HttpResponse OrgClientsApi::get(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    return fetch(request.pathParam(u"organization_id"_s), request.pathParam(u"client_id"_s));
}

HttpResponse OrgClientsApi::update(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QJsonObject fields;
    if (auto bad = readClient(body, true, fields)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(u"organization_id"_s);
    const QString clientId = request.pathParam(u"client_id"_s);
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto found = requireClient(db, orgId, clientId); !found.ok()) {
            return found;
        }
        QStringList sets{u"updated_at = ?"_s};
        QVariantList binds{now};
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            sets << it.key() + u" = ?"_s; // keys come from readClient's fixed set, never from the request
            if (it.value().isArray()) {
                binds << toText(it.value().toArray());
            } else if (it.key() == u"expiry"_s) {
                binds << it.value().toInteger();
            } else {
                binds << Sql::nonNull(it.value().toString());
            }
        }
        binds << clientId;
        if (auto updated =
                Sql::execOne(db, u"UPDATE org_clients SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, binds);
            !updated.ok()) {
            return updated;
        }
        auto recorded = m_context.audit.recordEvent(db,
                                                    {u"organization.client_updated"_s,
                                                     ApiSupport::actor(request),
                                                     orgId,
                                                     u"OrganizationClient"_s,
                                                     clientId,
                                                     {{u"fields"_s, QJsonArray::fromStringList(fields.keys())}}},
                                                    false);
        return recorded.ok() ? core::Result<void>() : core::Result<void>(recorded.error());
    });
    if (!written.ok()) {
        return written.error().code == u"not_found"_s ? ApiError::notFound(written.error().message)
                                                      : ApiError::fromStore(written.error(), u"client"_s);
    }
    return fetch(orgId, clientId);
}

HttpResponse OrgClientsApi::remove(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(u"organization_id"_s);
    const QString clientId = request.pathParam(u"client_id"_s);
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto found = requireClient(db, orgId, clientId); !found.ok()) {
            return found;
        }
        // Its secrets go with it (explicitly, not only by the foreign key): none of them authenticates again.
        if (auto secrets = Sql::exec(db, u"DELETE FROM org_client_secrets WHERE client_id = ?"_s, {clientId});
            !secrets.ok()) {
            return secrets.error();
        }
        if (auto removed = Sql::execOne(db, u"DELETE FROM org_clients WHERE id = ?"_s, {clientId}); !removed.ok()) {
            return removed;
        }
        auto recorded = m_context.audit.recordEvent(db,
                                                    {u"organization.client_deleted"_s,
                                                     ApiSupport::actor(request),
                                                     orgId,
                                                     u"OrganizationClient"_s,
                                                     clientId,
                                                     {}},
                                                    false);
        return recorded.ok() ? core::Result<void>() : core::Result<void>(recorded.error());
    });
    if (!written.ok()) {
        return written.error().code == u"not_found"_s ? ApiError::notFound(written.error().message)
                                                      : ApiError::fromStore(written.error(), u"client"_s);
    }
    return HttpResponse::json({});
}

HttpResponse OrgClientsApi::createSecret(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}") {
        return ApiError::invalidArgument(u"this call takes no body"_s);
    }
    const QString orgId = request.pathParam(u"organization_id"_s);
    const QString clientId = request.pathParam(u"client_id"_s);
    NewSecret secret{m_context.ids.next(u"sks"), Random::token(32), {}};
    secret.suffix = secret.plain.right(4);
    const QString actor = ApiSupport::actor(request);
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QJsonObject json;
    bool full = false;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto found = requireClient(db, orgId, clientId); !found.ok()) {
            return found;
        }
        auto count = Sql::exec(db, u"SELECT COUNT(*) FROM org_client_secrets WHERE client_id = ?"_s, {clientId});
        if (!count.ok()) {
            return count.error();
        }
        if (count.value().next() && count.value().value(0).toInt() >= kMaxSecrets) {
            full = true;
            return core::Error{u"too_many_secrets"_s, {}, {}};
        }
        if (auto stored = insertSecret(db, m_context, clientId, secret, actor, now); !stored.ok()) {
            return stored;
        }
        auto recorded =
            m_context.audit.recordEvent(db,
                                        {u"organization.client_secret_created"_s,
                                         actor,
                                         orgId,
                                         u"OrganizationClient"_s,
                                         clientId,
                                         {{u"secret_id"_s, secret.id}, {u"secret_suffix"_s, secret.suffix}}},
                                        false);
        if (!recorded.ok()) {
            return recorded.error();
        }
        auto q = Sql::exec(db,
                           u"SELECT id, secret_suffix, created_by, created_at, updated_at, last_used_at "
                           "FROM org_client_secrets WHERE id = ?"_s,
                           {secret.id});
        if (!q.ok() || !q.value().next()) {
            return q.ok() ? core::Result<void>(notFound(u"secret"_s)) : core::Result<void>(q.error());
        }
        json = secretJson(q.value());
        return {};
    });
    if (full) {
        return ApiError::make(
            400,
            ApiError::Code::FailedPrecondition,
            u"a client has at most %1 secrets; delete one before creating another"_s.arg(kMaxSecrets));
    }
    if (!written.ok()) {
        return written.error().code == u"not_found"_s ? ApiError::notFound(written.error().message)
                                                      : ApiError::fromStore(written.error(), u"client"_s);
    }
    HttpResponse response = HttpResponse::json({{u"plain_secret"_s, secret.plain}, {u"secret"_s, json}}, 201);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse OrgClientsApi::removeSecret(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    const QString secretId = request.pathParam(u"secret_id"_s);
    if (secretId.size() > 32 || !core::IdGenerator::isValid(secretId, u"sks")) {
        return ApiError::invalidArgument(u"invalid secret id"_s, {{u"secret_id"_s, u"must be a secret id (sks_…)"_s}});
    }
    const QString orgId = request.pathParam(u"organization_id"_s);
    const QString clientId = request.pathParam(u"client_id"_s);
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto found = requireClient(db, orgId, clientId); !found.ok()) {
            return found;
        }
        auto removed =
            Sql::exec(db, u"DELETE FROM org_client_secrets WHERE id = ? AND client_id = ?"_s, {secretId, clientId});
        if (!removed.ok()) {
            return removed.error();
        }
        if (removed.value().numRowsAffected() != 1) {
            return notFound(u"secret"_s);
        }
        auto recorded = m_context.audit.recordEvent(db,
                                                    {u"organization.client_secret_deleted"_s,
                                                     ApiSupport::actor(request),
                                                     orgId,
                                                     u"OrganizationClient"_s,
                                                     clientId,
                                                     {{u"secret_id"_s, secretId}}},
                                                    false);
        return recorded.ok() ? core::Result<void>() : core::Result<void>(recorded.error());
    });
    if (!written.ok()) {
        return written.error().code == u"not_found"_s ? ApiError::notFound(written.error().message)
                                                      : ApiError::fromStore(written.error(), u"client"_s);
    }
    return HttpResponse::json({});
}

} // namespace gatehouse::engine
