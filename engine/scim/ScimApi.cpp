#include "engine/scim/ScimApi.h"

#include "engine/EngineContext.h"
#include "engine/api/DirectoryStore.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/Router.h"
#include "engine/scim/ScimError.h"
#include "engine/scim/ScimRepresentation.h"
#include "engine/scim/ScimResource.h"
#include "engine/scim/ScimSchema.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcScim)

namespace gatehouse::engine::scim {

namespace {

constexpr qsizetype kMaxTokenSize = 512;
constexpr qint64 kLastUsedResolutionMs = 60'000;

// Deepest nesting of objects/arrays in a JSON text (strings skipped); stops counting past `limit`.
int jsonDepth(const QByteArray& body, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit) {
                return deepest;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

// Whether groups (of a user) / members (of a group) must be loaded for this attributes selection.
bool needsRelated(ResourceKind kind, const QStringList& attributes, const QStringList& excluded)
{
    const QString related = kind == ResourceKind::User ? u"groups"_s : u"members"_s;
    const auto names = [&](const QStringList& list) {
        for (const QString& a : list) {
            if (a.compare(related, Qt::CaseInsensitive) == 0 || a.startsWith(related + u'.', Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    };
    return !excluded.contains(related, Qt::CaseInsensitive) && (attributes.isEmpty() || names(attributes));
}

HttpResponse unauthorized(const QString& detail)
{
    HttpResponse response = ScimError::response(401, QString(), detail);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"scim\"");
    return response;
}

} // namespace

ScimApi::ScimApi(EngineContext& context, RateLimiter::Policy perDirectory)
    : m_context(context)
    , m_service(context)
    , m_limiter(perDirectory, context.clock)
{}

void ScimApi::registerRoutes(Router& router)
{
    const QString base = u"/directory/{directory_id}/scim/v2"_s;
    // RFC 7644 spells the endpoints /Users, /Groups…; the lower-case spellings (Microsoft's reference
    // collection sends /users) are served too.
    for (const bool lower : {false, true}) {
        const auto at = [&](const QString& rest) -> QString {
            return base + (lower ? rest.toLower() : rest);
        };
        router.add("GET", at(u"/Users"_s), guarded(&ScimApi::listUsers));
        router.add("POST", at(u"/Users"_s), guarded(&ScimApi::createUser));
        router.add("GET", at(u"/Users"_s) + u"/{id}"_s, guarded(&ScimApi::getUser));
        router.add("PUT", at(u"/Users"_s) + u"/{id}"_s, guarded(&ScimApi::replaceUser));
        router.add("PATCH", at(u"/Users"_s) + u"/{id}"_s, guarded(&ScimApi::patchUser));
        router.add("DELETE", at(u"/Users"_s) + u"/{id}"_s, guarded(&ScimApi::deleteUser));
        router.add("GET", at(u"/Groups"_s), guarded(&ScimApi::listGroups));
        router.add("POST", at(u"/Groups"_s), guarded(&ScimApi::createGroup));
        router.add("GET", at(u"/Groups"_s) + u"/{id}"_s, guarded(&ScimApi::getGroup));
        router.add("PUT", at(u"/Groups"_s) + u"/{id}"_s, guarded(&ScimApi::replaceGroup));
        router.add("PATCH", at(u"/Groups"_s) + u"/{id}"_s, guarded(&ScimApi::patchGroup));
        router.add("DELETE", at(u"/Groups"_s) + u"/{id}"_s, guarded(&ScimApi::deleteGroup));
        router.add("POST", at(u"/Users"_s) + u"/.search"_s, guarded(&ScimApi::searchUsers));
        router.add("POST", at(u"/Groups"_s) + u"/.search"_s, guarded(&ScimApi::searchGroups));
        router.add("POST", at(u"/Bulk"_s), guarded(&ScimApi::bulk));
        if (!lower) {
            router.add("POST", base + u"/.search"_s, guarded(&ScimApi::searchRoot));
        }
        router.add("GET", at(u"/ServiceProviderConfig"_s), guarded(&ScimApi::serviceProviderConfig));
        router.add("GET", at(u"/Schemas"_s), guarded(&ScimApi::schemas));
        router.add("GET", at(u"/Schemas"_s) + u"/{id}"_s, guarded(&ScimApi::schema));
        router.add("GET", at(u"/ResourceTypes"_s), guarded(&ScimApi::resourceTypes));
        router.add("GET", at(u"/ResourceTypes"_s) + u"/{id}"_s, guarded(&ScimApi::resourceType));
    }
}

std::function<HttpResponse(HttpRequest&)> ScimApi::guarded(Handler handler)
{
    return [this, handler](HttpRequest& request) -> HttpResponse {
        SecretUse use;
        auto who = authenticate(request, use);
        if (auto* denied = std::get_if<HttpResponse>(&who)) {
            return std::move(*denied);
        }
        const ScimCaller& caller = std::get<ScimCaller>(who);
        if (const auto retryAfter = m_limiter.hit(u"scim:"_s + caller.directoryId)) {
            HttpResponse response = ScimError::response(429, QString(), u"too many requests for this directory"_s);
            response.setHeader("Retry-After", QByteArray::number(*retryAfter));
            return response;
        }
        if (!request.body.isEmpty()) {
            const QByteArray type = request.header("content-type").toLower();
            if (!type.isEmpty() && !type.startsWith("application/scim+json") && !type.startsWith("application/json")) {
                return ScimError::response(415, QString(), u"Content-Type must be application/scim+json"_s);
            }
        }
        // Authentication and the rate limit stay on the event loop; the body parsing, the store work and the
        // answer run on the server's worker pool (each worker has its own database connection; SQLite writers
        // still take turns in Database's queue, PostgreSQL locks rows as before), so the event loop never waits
        // for a writer and the reads and CPU work of other requests proceed meanwhile. The handlers touch no
        // QObject: what must happen on another thread after a commit is posted (Database::afterCommit).
        return HttpResponse::deferred([this, handler, request, caller, use]() mutable -> HttpResponse {
            if (use.due) {
                noteUse(use.secretId, use.now);
            }
            return (this->*handler)(request, caller);
        });
    };
}

std::variant<ScimCaller, HttpResponse> ScimApi::authenticate(const HttpRequest& request, SecretUse& use)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() < 8 || !authorization.first(7).toLower().startsWith("bearer ")) {
        return unauthorized(u"a bearer token is required"_s);
    }
    const QByteArray token = authorization.sliced(7).trimmed();
    if (token.isEmpty() || token.size() > kMaxTokenSize) {
        return unauthorized(u"invalid bearer token"_s);
    }
    const QString directoryId = request.pathParam(u"directory_id"_s);
    const QString hash = m_context.hasher.hash(QString::fromLatin1(token));
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    const quint64 epoch = DirectoryStore::credentialsEpoch();    // before the read: a change committed after it
    std::optional<KnownSecret> known = knownSecret(hash, epoch); // ... makes what is read now stale
    if (!known) {
        auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto q =
                Sql::exec(db,
                          u"SELECT s.id, s.directory_id, s.status, s.expire_at, s.last_used_at, d.organization_id, "
                          u"d.enabled, d.mappings FROM directory_secrets s JOIN directories d ON d.id = "
                          u"s.directory_id WHERE s.secret_hash = ?"_s,
                          {hash});
            if (!q.ok()) {
                return q.error();
            }
            QSqlQuery& row = q.value();
            if (!row.next()) {
                return {};
            }
            KnownSecret secret;
            secret.secretId = row.value(0).toString();
            secret.directoryId = row.value(1).toString();
            secret.status = row.value(2).toString();
            if (!row.value(3).isNull()) {
                secret.expireAt = row.value(3).toLongLong();
            }
            secret.lastUsed = row.value(4).toLongLong();
            secret.enabled = row.value(6).toInt() != 0;
            secret.caller = ScimCaller{secret.directoryId,
                                       row.value(5).toString(),
                                       u"scim:"_s + secret.secretId,
                                       QJsonDocument::fromJson(row.value(7).toByteArray()).array(),
                                       nullptr};
            known = std::move(secret);
            return {};
        });
        if (!read.ok()) {
            return ScimError::response(read.error());
        }
        if (known) {
            known->caller.schemas = DirectorySchemas::forMappings(known->caller.mappings);
            known->epoch = epoch;
            // Only a secret that is accepted (for its own directory) is remembered: a refusal is never served
            // from memory after the secret or its directory has been put right.
            if (known->status == u"ACTIVE"_s && known->enabled && (!known->expireAt || *known->expireAt > now)) {
                rememberSecret(hash, *known);
            }
        }
    }
    // The same checks whether the row was read now or remembered: this directory's, active, not expired.
    if (!known || known->directoryId != directoryId || known->status != u"ACTIVE"_s
        || (known->expireAt && *known->expireAt <= now)) {
        qCInfo(lcScim) << "rejected SCIM bearer token for" << directoryId << "rid" << request.requestId;
        return unauthorized(u"invalid bearer token"_s);
    }
    if (!known->enabled) {
        return ScimError::response(403, QString(), u"this directory is disabled"_s);
    }
    use.due = now - known->lastUsed >= kLastUsedResolutionMs;
    use.secretId = known->secretId;
    use.now = now;
    if (use.due) {
        secretUsed(hash, now); // the next requests do not record it again
    }
    return known->caller;
}

std::optional<ScimApi::KnownSecret> ScimApi::knownSecret(const QString& hash, quint64 epoch)
{
    QMutexLocker lock(&m_secretsMutex);
    const auto it = m_secrets.constFind(hash);
    if (it == m_secrets.cend()) {
        return std::nullopt;
    }
    if (it->epoch != epoch || std::chrono::steady_clock::now() - it->readAt >= kSecretCacheTtl) {
        m_secrets.erase(it);
        return std::nullopt;
    }
    return *it;
}

void ScimApi::rememberSecret(const QString& hash, KnownSecret secret)
{
    secret.readAt = std::chrono::steady_clock::now();
    QMutexLocker lock(&m_secretsMutex);
    if (m_secrets.size() >= kMaxKnownSecrets && !m_secrets.contains(hash)) {
        const quint64 epoch = secret.epoch;
        m_secrets.removeIf([&](const auto& entry) {
            return entry.value().epoch != epoch || secret.readAt - entry.value().readAt >= kSecretCacheTtl;
        });
        if (m_secrets.size() >= kMaxKnownSecrets) {
            m_secrets.clear();
        }
    }
    m_secrets.insert(hash, std::move(secret));
}

void ScimApi::secretUsed(const QString& hash, qint64 now)
{
    QMutexLocker lock(&m_secretsMutex);
    if (auto it = m_secrets.find(hash); it != m_secrets.end()) {
        it->lastUsed = now;
    }
}

void ScimApi::noteUse(const QString& secretId, qint64 now)
{
    auto done = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, u"UPDATE directory_secrets SET last_used_at = ? WHERE id = ?"_s, {now, secretId});
        return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
    });
    if (!done.ok()) {
        qCWarning(lcScim) << "cannot record secret use:" << done.error().message;
    }
}

std::optional<QString> ScimApi::query(const HttpRequest& request, const QString& name)
{
    for (const auto& [key, value] : request.query) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<HttpResponse> ScimApi::parseBody(const HttpRequest& request, QJsonObject& out)
{
    if (jsonDepth(request.body, kMaxJsonDepth) > kMaxJsonDepth) {
        return ScimError::response(400, u"invalidSyntax"_s, u"JSON nested deeper than %1 levels"_s.arg(kMaxJsonDepth));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ScimError::response(
            400, u"invalidSyntax"_s, u"malformed JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString()));
    }
    if (!doc.isObject()) {
        return ScimError::response(400, u"invalidSyntax"_s, u"the body must be a JSON object"_s);
    }
    out = doc.object();
    return std::nullopt;
}

HttpResponse ScimApi::respond(ResourceKind kind,
                              const core::Result<ScimOutcome>& outcome,
                              const HttpRequest& request,
                              const ScimCaller& caller) const
{
    if (!outcome.ok()) {
        return ScimError::response(outcome.error());
    }
    const ScimOutcome& o = outcome.value();
    HttpResponse response;
    if (o.noBody) {
        response = HttpResponse::empty(o.status);
    } else {
        const QStringList attributes = ScimResource::attributeList(query(request, u"attributes"_s).value_or(QString()));
        const QStringList excluded =
            ScimResource::attributeList(query(request, u"excludedAttributes"_s).value_or(QString()));
        response = ScimError::json(ScimResource::project(o.body, caller.type(kind), attributes, excluded), o.status);
    }
    if (o.version) {
        response.setHeader("ETag", ScimRepresentation::etag(o.version).toUtf8());
    }
    if (o.status == 201) {
        response.setHeader("Location", o.location.toUtf8());
    }
    return response;
}

HttpResponse ScimApi::list(ResourceKind kind, const HttpRequest& request, const ScimCaller& caller)
{
    ListParams params;
    params.filter = query(request, u"filter"_s).value_or(QString());
    params.sortBy = query(request, u"sortBy"_s).value_or(QString());
    const QString order = query(request, u"sortOrder"_s).value_or(u"ascending"_s);
    if (order != u"ascending"_s && order != u"descending"_s) {
        return ScimError::response(400, u"invalidValue"_s, u"sortOrder must be ascending or descending"_s);
    }
    bool ok = true;
    if (const auto start = query(request, u"startIndex"_s)) {
        params.startIndex = start->toLongLong(&ok);
    }
    if (const auto count = query(request, u"count"_s); ok && count) {
        params.count = std::max(0, count->toInt(&ok));
    }
    if (!ok) {
        return ScimError::response(400, u"invalidValue"_s, u"startIndex and count must be integers"_s);
    }
    const QStringList attributes = ScimResource::attributeList(query(request, u"attributes"_s).value_or(QString()));
    const QStringList excluded =
        ScimResource::attributeList(query(request, u"excludedAttributes"_s).value_or(QString()));
    return listProjected(kind, params, order, attributes, excluded, caller);
}

HttpResponse ScimApi::search(ResourceKind kind, const HttpRequest& request, const ScimCaller& caller, bool root)
{
    QJsonObject body;
    if (auto bad = parseBody(request, body)) {
        return std::move(*bad);
    }
    static const QString kSearchRequest = u"urn:ietf:params:scim:api:messages:2.0:SearchRequest"_s;
    bool searchSchema = false;
    for (const QJsonValue& s : body.value(u"schemas"_s).toArray()) {
        searchSchema = searchSchema || s.toString().compare(kSearchRequest, Qt::CaseInsensitive) == 0;
    }
    if (!searchSchema) {
        return ScimError::response(400, u"invalidSyntax"_s, u"'schemas' must list %1"_s.arg(kSearchRequest));
    }
    // Member names are case-insensitive (RFC 7643 §2.1), like the query parameters of GET.
    QHash<QString, QJsonValue> fields;
    for (auto it = body.begin(); it != body.end(); ++it) {
        fields.insert(it.key().toLower(), it.value());
    }
    static const QStringList kKnown{u"schemas"_s,
                                    u"attributes"_s,
                                    u"excludedattributes"_s,
                                    u"filter"_s,
                                    u"sortby"_s,
                                    u"sortorder"_s,
                                    u"startindex"_s,
                                    u"count"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!kKnown.contains(it.key().toLower())) {
            return ScimError::response(
                400, u"invalidSyntax"_s, u"'%1' is not a SearchRequest attribute"_s.arg(it.key().left(64)));
        }
    }
    const auto text = [&](const QString& name, QString& out) -> bool {
        const QJsonValue v = fields.value(name.toLower());
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        out = v.toString();
        return v.isString();
    };
    // attributes / excludedAttributes: a list of strings (a comma-separated string is accepted too).
    const auto names = [&](const QString& name, QStringList& out) -> bool {
        const QJsonValue v = fields.value(name.toLower());
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        if (v.isString()) {
            out = ScimResource::attributeList(v.toString());
            return true;
        }
        if (!v.isArray()) {
            return false;
        }
        QStringList joined;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString()) {
                return false;
            }
            joined << item.toString();
        }
        out = ScimResource::attributeList(joined.join(u','));
        return true;
    };
    const auto integer = [&](const QString& name, qint64& out) -> bool {
        const QJsonValue v = fields.value(name.toLower());
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e15) {
            return false;
        }
        out = static_cast<qint64>(d);
        return true;
    };
    ListParams params;
    QString order = u"ascending"_s;
    QStringList attributes;
    QStringList excluded;
    qint64 count = params.count;
    for (const QString& name : {u"filter"_s, u"sortBy"_s, u"sortOrder"_s}) {
        QString& target = name == u"filter"_s ? params.filter : name == u"sortBy"_s ? params.sortBy : order;
        if (!text(name, target)) {
            return ScimError::response(400, u"invalidValue"_s, u"'%1' must be a string"_s.arg(name));
        }
    }
    for (const QString& name : {u"attributes"_s, u"excludedAttributes"_s}) {
        if (!names(name, name == u"attributes"_s ? attributes : excluded)) {
            return ScimError::response(400, u"invalidValue"_s, u"'%1' must be a list of strings"_s.arg(name));
        }
    }
    if (!integer(u"startIndex"_s, params.startIndex) || !integer(u"count"_s, count)) {
        return ScimError::response(400, u"invalidValue"_s, u"startIndex and count must be integers"_s);
    }
    params.count = static_cast<int>(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
    if (!root) {
        return listProjected(kind, params, order, attributes, excluded, caller);
    }
    if (order != u"ascending"_s && order != u"descending"_s) {
        return ScimError::response(400, u"invalidValue"_s, u"sortOrder must be ascending or descending"_s);
    }
    params.descending = order == u"descending"_s;
    auto listed = m_service.searchAll(caller,
                                      params,
                                      needsRelated(ResourceKind::User, attributes, excluded),
                                      needsRelated(ResourceKind::Group, attributes, excluded));
    if (!listed.ok()) {
        return ScimError::response(listed.error());
    }
    QJsonObject answer = listed.value();
    QJsonArray projected;
    for (const QJsonValue& r : answer.value(u"Resources"_s).toArray()) {
        // Each resource keeps its own schemas and meta.resourceType; the projection follows its type.
        const bool group = r.toObject().value(u"meta"_s).toObject().value(u"resourceType"_s).toString() == u"Group"_s;
        projected.append(ScimResource::project(
            r.toObject(), caller.type(group ? ResourceKind::Group : ResourceKind::User), attributes, excluded));
    }
    answer.insert(u"Resources"_s, projected);
    return ScimError::json(answer);
}

HttpResponse ScimApi::listProjected(ResourceKind kind,
                                    ListParams params,
                                    const QString& sortOrder,
                                    const QStringList& attributes,
                                    const QStringList& excluded,
                                    const ScimCaller& caller)
{
    if (sortOrder != u"ascending"_s && sortOrder != u"descending"_s) {
        return ScimError::response(400, u"invalidValue"_s, u"sortOrder must be ascending or descending"_s);
    }
    params.descending = sortOrder == u"descending"_s;
    params.withRelated = needsRelated(kind, attributes, excluded);
    auto listed = m_service.list(kind, caller, params);
    if (!listed.ok()) {
        return ScimError::response(listed.error());
    }
    QJsonObject body = listed.value();
    QJsonArray projected;
    for (const QJsonValue& r : body.value(u"Resources"_s).toArray()) {
        projected.append(ScimResource::project(r.toObject(), caller.type(kind), attributes, excluded));
    }
    body.insert(u"Resources"_s, projected);
    return ScimError::json(body);
}

HttpResponse ScimApi::searchUsers(HttpRequest& request, const ScimCaller& caller)
{
    return search(ResourceKind::User, request, caller);
}

HttpResponse ScimApi::searchGroups(HttpRequest& request, const ScimCaller& caller)
{
    return search(ResourceKind::Group, request, caller);
}

HttpResponse ScimApi::searchRoot(HttpRequest& request, const ScimCaller& caller)
{
    return search(ResourceKind::User, request, caller, true);
}

HttpResponse ScimApi::get(ResourceKind kind, const HttpRequest& request, const ScimCaller& caller)
{
    const QStringList attributes = ScimResource::attributeList(query(request, u"attributes"_s).value_or(QString()));
    const QStringList excluded =
        ScimResource::attributeList(query(request, u"excludedAttributes"_s).value_or(QString()));
    const bool withRelated = needsRelated(kind, attributes, excluded);
    auto outcome = m_service.get(kind, caller, request.pathParam(u"id"_s), withRelated);
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (outcome.ok() && !ifNoneMatch.isEmpty()
        && ScimService::etagMatches(QString::fromLatin1(ifNoneMatch), outcome.value().version)) {
        HttpResponse response = HttpResponse::empty(304);
        response.setHeader("ETag", ScimRepresentation::etag(outcome.value().version).toUtf8());
        return response;
    }
    return respond(kind, outcome, request, caller);
}

HttpResponse
ScimApi::write(ResourceKind kind, const QByteArray& method, const HttpRequest& request, const ScimCaller& caller)
{
    const QString id = request.pathParam(u"id"_s);
    const QString ifMatch = QString::fromLatin1(request.header("if-match"));
    if (method == "DELETE") {
        return respond(kind, m_service.remove(kind, caller, id, ifMatch), request, caller);
    }
    QJsonObject body;
    if (auto bad = parseBody(request, body)) {
        return std::move(*bad);
    }
    if (method == "POST") {
        return respond(kind, m_service.create(kind, caller, body), request, caller);
    }
    if (method == "PUT") {
        return respond(kind, m_service.replace(kind, caller, id, body, ifMatch), request, caller);
    }
    // Entra expects 204 for group PATCH (returning every member is not advisable); ?attributes= asks for 200.
    const bool withBody = kind == ResourceKind::User || query(request, u"attributes"_s);
    return respond(kind, m_service.patch(kind, caller, id, body, ifMatch, withBody), request, caller);
}

HttpResponse ScimApi::listUsers(HttpRequest& request, const ScimCaller& caller)
{
    return list(ResourceKind::User, request, caller);
}

HttpResponse ScimApi::listGroups(HttpRequest& request, const ScimCaller& caller)
{
    return list(ResourceKind::Group, request, caller);
}

HttpResponse ScimApi::createUser(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::User, "POST", request, caller);
}

HttpResponse ScimApi::createGroup(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::Group, "POST", request, caller);
}

HttpResponse ScimApi::getUser(HttpRequest& request, const ScimCaller& caller)
{
    return get(ResourceKind::User, request, caller);
}

HttpResponse ScimApi::getGroup(HttpRequest& request, const ScimCaller& caller)
{
    return get(ResourceKind::Group, request, caller);
}

HttpResponse ScimApi::replaceUser(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::User, "PUT", request, caller);
}

HttpResponse ScimApi::replaceGroup(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::Group, "PUT", request, caller);
}

HttpResponse ScimApi::patchUser(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::User, "PATCH", request, caller);
}

HttpResponse ScimApi::patchGroup(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::Group, "PATCH", request, caller);
}

HttpResponse ScimApi::deleteUser(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::User, "DELETE", request, caller);
}

HttpResponse ScimApi::deleteGroup(HttpRequest& request, const ScimCaller& caller)
{
    return write(ResourceKind::Group, "DELETE", request, caller);
}

} // namespace gatehouse::engine::scim
