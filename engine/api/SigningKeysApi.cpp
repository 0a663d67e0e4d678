#include "engine/api/SigningKeysApi.h"

#include "core/util/IdGenerator.h"
#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/Timestamps.h"
#include "engine/auth/KeyRing.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine {

namespace {

constexpr qint64 kMaxPublicationDelaySecs = 30LL * 86400;

QJsonObject infoJson(const KeyRing::KeyInfo& info)
{
    QJsonObject json{{u"id"_s, info.kid},
                     {u"algorithm"_s, u"RS256"_s},
                     {u"state"_s, info.state},
                     {u"create_time"_s, Timestamps::rfc3339(info.createdAt)}};
    if (info.activateAt > 0) {
        json.insert(u"activate_time"_s, Timestamps::rfc3339(info.activateAt));
    }
    if (info.retireAt > 0) {
        json.insert(u"retire_time"_s, Timestamps::rfc3339(info.retireAt));
    }
    return json;
}

const KeyRing::KeyInfo* withState(const QList<KeyRing::KeyInfo>& infos, const QString& state)
{
    for (const KeyRing::KeyInfo& info : infos) {
        if (info.state == state) {
            return &info;
        }
    }
    return nullptr;
}

} // namespace

SigningKeysApi::SigningKeysApi(EngineContext& context, int publicationDelaySecs)
    : m_context(context)
    , m_publicationDelaySecs(publicationDelaySecs)
{
    m_reload.setInterval(kReloadIntervalSecs * 1000);
    QObject::connect(&m_reload, &QTimer::timeout, &m_reload, [this] {
        if (auto loaded = m_context.keys.load(); !loaded.ok()) { // the keys loaded before stay in use
            qCWarning(lcAuth) << "cannot reload the signing keys:" << loaded.error().message;
        }
    });
    m_reload.start();
}

void SigningKeysApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (SigningKeysApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, u"environment:read"_s};
    const Router::RouteOptions write{true, u"environment:write"_s};
    router.add("POST", u"/api/v1/environment/signing_keys:rotate"_s, bind(&SigningKeysApi::rotate), write);
    router.add("GET", u"/api/v1/environment/signing_keys"_s, bind(&SigningKeysApi::list), read);
    router.add("POST", u"/api/v1/environment/signing_keys/{key_id}:activate"_s, bind(&SigningKeysApi::activate), write);
}

HttpResponse SigningKeysApi::list(HttpRequest&)
{
    QList<KeyRing::KeyInfo> infos;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto described = KeyRing::describe(db, m_context.clock.now().toMSecsSinceEpoch());
        if (!described.ok()) {
            return described.error();
        }
        infos = described.value();
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), u"signing keys"_s);
    }
    QJsonArray items;
    for (const KeyRing::KeyInfo& info : std::as_const(infos)) {
        items.append(infoJson(info));
    }
    return HttpResponse::json({{u"signing_keys"_s, items}});
}

HttpResponse SigningKeysApi::rotate(HttpRequest& request)
{
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body, true)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    const qint64 delay =
        in.integer(u"publication_delay_seconds"_s, 0, kMaxPublicationDelaySecs).value_or(m_publicationDelaySecs);
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(u"invalid rotation"_s, violations);
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    const qint64 activateAt = now + delay * 1000;
    const QString kid = m_context.ids.next(u"snk");
    QString pending;
    KeyRing::KeyInfo created;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto described = KeyRing::describe(db, now);
        if (!described.ok()) {
            return described.error();
        }
        if (const KeyRing::KeyInfo* next = withState(described.value(), u"NEXT"_s)) {
            pending = next->kid;
            return core::Error{u"rotation_pending"_s, {}, {}};
        }
        if (auto stored = m_context.keys.create(db, kid, now, activateAt); !stored.ok()) {
            return stored.error();
        }
        if (const KeyRing::KeyInfo* active = withState(described.value(), u"ACTIVE"_s)) {
            auto retiring = Sql::execOne(
                db,
                u"UPDATE signing_keys SET retire_at = ?, status = ? WHERE id = ?"_s,
                {activateAt + KeyRing::kRetireAfterSecs * 1000, delay == 0 ? u"previous"_s : u"active"_s, active->kid});
            if (!retiring.ok()) {
                return retiring;
            }
        }
        auto recorded = m_context.audit.recordEvent(db,
                                                    {u"environment.signing_key_rotated"_s,
                                                     ApiSupport::actor(request),
                                                     {},
                                                     u"SigningKey"_s,
                                                     kid,
                                                     {{u"publication_delay_seconds"_s, delay}}},
                                                    false);
        if (!recorded.ok()) {
            return recorded.error();
        }
        auto after = KeyRing::describeOne(db, kid, now);
        if (!after.ok()) {
            return after.error();
        }
        created = after.value();
        return {};
    });
    if (!pending.isEmpty()) {
        return ApiError::make(409,
                              ApiError::Code::AlreadyExists,
                              u"key %1 is already waiting to be activated; activate it or wait for it"_s.arg(pending));
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), u"signing key"_s);
    }
    if (auto loaded = m_context.keys.load(); !loaded.ok()) {
        qCWarning(lcAuth) << "cannot reload the signing keys:" << loaded.error().message;
        return ApiError::internal();
    }
    qCInfo(lcAuth) << "signing key" << kid << "published; signs from" << Timestamps::rfc3339(activateAt);
    return HttpResponse::json({{u"signing_key"_s, infoJson(created)}}, 201);
}

HttpResponse SigningKeysApi::activate(HttpRequest& request)
{
    const QString kid = request.pathParam(u"key_id"_s);
    if (kid.size() > 32 || !core::IdGenerator::isValid(kid, u"snk")) {
        return ApiError::invalidArgument(u"invalid signing key id"_s, {{u"key_id"_s, u"must be a key id (snk_…)"_s}});
    }
    if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}") {
        return ApiError::invalidArgument(u"this call takes no body"_s);
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QString wrongState;
    KeyRing::KeyInfo activated;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto described = KeyRing::describe(db, now);
        if (!described.ok()) {
            return described.error();
        }
        const KeyRing::KeyInfo* target = nullptr;
        for (const KeyRing::KeyInfo& info : described.value()) {
            if (info.kid == kid) {
                target = &info;
            }
        }
        if (!target) {
            return core::Error{u"not_found"_s, {}, {}};
        }
        if (target->state != u"NEXT"_s) {
            wrongState = target->state;
            return core::Error{u"wrong_state"_s, {}, {}};
        }
        if (const KeyRing::KeyInfo* active = withState(described.value(), u"ACTIVE"_s)) {
            auto retiring = Sql::execOne(db,
                                         u"UPDATE signing_keys SET retire_at = ?, status = 'previous' WHERE id = ?"_s,
                                         {now + KeyRing::kRetireAfterSecs * 1000, active->kid});
            if (!retiring.ok()) {
                return retiring;
            }
        }
        if (auto updated = Sql::execOne(
                db, u"UPDATE signing_keys SET activate_at = ?, status = 'active' WHERE id = ?"_s, {now, kid});
            !updated.ok()) {
            return updated;
        }
        auto recorded = m_context.audit.recordEvent(
            db,
            {u"environment.signing_key_activated"_s, ApiSupport::actor(request), {}, u"SigningKey"_s, kid, {}},
            false);
        if (!recorded.ok()) {
            return recorded.error();
        }
        auto after = KeyRing::describeOne(db, kid, now);
        if (!after.ok()) {
            return after.error();
        }
        activated = after.value();
        return {};
    });
    if (!wrongState.isEmpty()) {
        return ApiError::make(400,
                              ApiError::Code::FailedPrecondition,
                              u"only a NEXT key can be activated; %1 is %2"_s.arg(kid, wrongState));
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), u"signing key"_s);
    }
    if (auto loaded = m_context.keys.load(); !loaded.ok()) {
        qCWarning(lcAuth) << "cannot reload the signing keys:" << loaded.error().message;
        return ApiError::internal();
    }
    qCInfo(lcAuth) << "signing key" << kid << "activated";
    return HttpResponse::json({{u"signing_key"_s, infoJson(activated)}});
}

} // namespace gatehouse::engine
