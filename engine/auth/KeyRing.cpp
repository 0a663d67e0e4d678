#include "engine/auth/KeyRing.h"

#include "engine/api/Timestamps.h"
#include "engine/crypto/SecretBox.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace gatehouse::engine {

namespace {

// The kid whose activation is the latest one not after nowMs (ties: the newer id).
template <typename Map, typename Activation> QString latestActive(const Map& keys, qint64 nowMs, Activation activation)
{
    QString best;
    qint64 bestAt = -1;
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const qint64 at = activation(it.value());
        if (at <= 0 || at > nowMs) {
            continue;
        }
        if (at > bestAt || (at == bestAt && Timestamps::idNumber(it.key()) > Timestamps::idNumber(best))) {
            best = it.key();
            bestAt = at;
        }
    }
    return best;
}

} // namespace

KeyRing::KeyRing(Database& db, const SecretBox& box, const core::Clock& clock)
    : m_db(db)
    , m_box(box)
    , m_clock(clock)
{}

core::Result<void> KeyRing::load()
{
    return m_db.read([this](const QSqlDatabase& db) -> core::Result<void> {
        auto query = Sql::exec(
            db,
            QStringLiteral("SELECT id, private_key_enc, public_jwk, status, created_at, activate_at, retire_at "
                           "FROM signing_keys WHERE retired_at IS NULL ORDER BY id"));
        if (!query.ok()) {
            return query.error();
        }
        QHash<QString, Entry> keys;
        QSqlQuery& q = query.value();
        while (q.next()) {
            const QString kid = q.value(0).toString();
            auto pem = m_box.open(q.value(1).toByteArray(), kid.toUtf8());
            auto key = pem.ok() ? RsaKey::fromPrivatePem(pem.value()) : core::Result<RsaKey>(pem.error());
            if (!key.ok()) {
                return core::Error{QStringLiteral("key_unreadable"),
                                   QStringLiteral("signing key %1 cannot be decrypted (wrong master key?)").arg(kid),
                                   {}};
            }
            Entry entry{key.value(), QJsonDocument::fromJson(q.value(2).toByteArray()).object(), 0, 0};
            // Keys from before rotation existed have no activate_at: an "active" one signed from its creation.
            entry.activateAt = q.value(5).isNull()
                                   ? (q.value(3).toString() == QStringLiteral("active") ? q.value(4).toLongLong() : 0)
                                   : q.value(5).toLongLong();
            entry.retireAt = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
            keys.insert(kid, entry);
        }
        m_keys = std::move(keys);
        return {};
    });
}

core::Result<QString> KeyRing::create(const QSqlDatabase& db, const QString& kid, qint64 nowMs, qint64 activateAtMs)
{
    auto key = RsaKey::generate();
    if (!key.ok()) {
        return key.error();
    }
    auto sealed = m_box.seal(key.value().privatePem(), kid.toUtf8());
    if (!sealed.ok()) {
        return sealed.error();
    }
    const qint64 activateAt = activateAtMs > 0 ? activateAtMs : nowMs;
    const QByteArray jwk = QJsonDocument(key.value().publicJwk(kid)).toJson(QJsonDocument::Compact);
    auto inserted =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO signing_keys (id, algorithm, public_jwk, private_key_enc, status, "
                                 "created_at, activate_at) VALUES (?, 'RS256', ?, ?, ?, ?, ?)"),
                  {kid,
                   QString::fromUtf8(jwk),
                   QString::fromLatin1(sealed.value()),
                   activateAt > nowMs ? QStringLiteral("next") : QStringLiteral("active"),
                   nowMs,
                   activateAt});
    if (!inserted.ok()) {
        return inserted.error();
    }
    return kid;
}

bool KeyRing::published(const Entry& entry, qint64 nowMs) const
{
    return entry.retireAt <= 0 || entry.retireAt > nowMs;
}

QString KeyRing::signingKid(qint64 nowMs) const
{
    QHash<QString, Entry> live;
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it) {
        if (published(it.value(), nowMs)) {
            live.insert(it.key(), it.value());
        }
    }
    return latestActive(live, nowMs, [](const Entry& e) { return e.activateAt; });
}

const RsaKey* KeyRing::signingKey(QString* kid) const
{
    const QString active = signingKid(m_clock.now().toMSecsSinceEpoch());
    auto it = m_keys.constFind(active);
    if (active.isEmpty() || it == m_keys.constEnd()) {
        return nullptr;
    }
    *kid = active;
    return &it.value().key;
}

const RsaKey* KeyRing::find(const QString& kid) const
{
    auto it = m_keys.constFind(kid);
    if (it == m_keys.constEnd() || !published(it.value(), m_clock.now().toMSecsSinceEpoch())) {
        return nullptr;
    }
    return &it.value().key;
}

QJsonObject KeyRing::jwks() const
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QStringList kids = m_keys.keys();
    std::sort(kids.begin(), kids.end());
    QJsonArray keys;
    for (const QString& kid : std::as_const(kids)) {
        const auto it = m_keys.constFind(kid);
        if (published(it.value(), now)) {
            keys.append(it.value().jwk);
        }
    }
    return {{QStringLiteral("keys"), keys}};
}

bool KeyRing::isEmpty() const
{
    return m_keys.isEmpty();
}

core::Result<KeyRing::KeyInfo> KeyRing::describeOne(const QSqlDatabase& db, const QString& kid, qint64 nowMs)
{
    auto all = describe(db, nowMs);
    if (!all.ok()) {
        return all.error();
    }
    for (const KeyInfo& info : std::as_const(all.value())) {
        if (info.kid == kid) {
            return info;
        }
    }
    return core::Error{QStringLiteral("not_found"), QStringLiteral("no signing key %1").arg(kid), {}};
}

core::Result<QList<KeyRing::KeyInfo>> KeyRing::describe(const QSqlDatabase& db, qint64 nowMs)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT id, status, created_at, activate_at, retire_at, retired_at FROM "
                                      "signing_keys ORDER BY created_at DESC, id DESC"));
    if (!q.ok()) {
        return q.error();
    }
    QList<KeyInfo> infos;
    QHash<QString, qint64> activations; // of the keys still published
    while (q.value().next()) {
        KeyInfo info;
        info.kid = q.value().value(0).toString();
        info.createdAt = q.value().value(2).toLongLong();
        info.activateAt = q.value().value(3).isNull()
                              ? (q.value().value(1).toString() == QStringLiteral("active") ? info.createdAt : 0)
                              : q.value().value(3).toLongLong();
        info.retireAt = q.value().value(4).isNull() ? 0 : q.value().value(4).toLongLong();
        const bool retired = !q.value().value(5).isNull() || (info.retireAt > 0 && info.retireAt <= nowMs);
        if (retired) {
            info.state = QStringLiteral("RETIRED");
            if (info.retireAt <= 0) {
                info.retireAt = q.value().value(5).toLongLong();
            }
        } else {
            activations.insert(info.kid, info.activateAt);
        }
        infos.append(info);
    }
    const QString signing = latestActive(activations, nowMs, [](qint64 at) { return at; });
    for (KeyInfo& info : infos) {
        if (!info.state.isEmpty()) {
            continue;
        }
        if (info.kid == signing) {
            info.state = QStringLiteral("ACTIVE");
        } else if (info.activateAt > nowMs) {
            info.state = QStringLiteral("NEXT");
        } else {
            info.state = QStringLiteral("PREVIOUS");
        }
    }
    return infos;
}

} // namespace gatehouse::engine
