#include "engine/auth/KeyRing.h"

#include "engine/crypto/SecretBox.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::engine {

KeyRing::KeyRing(Database& db, const SecretBox& box)
    : m_db(db)
    , m_box(box)
{}

core::Result<void> KeyRing::load()
{
    return m_db.read([this](const QSqlDatabase& db) -> core::Result<void> {
        auto query = Sql::exec(db,
                               QStringLiteral("SELECT id, private_key_enc, public_jwk, status FROM signing_keys "
                                              "WHERE retired_at IS NULL ORDER BY id"));
        if (!query.ok()) {
            return query.error();
        }
        m_keys.clear();
        m_jwks.clear();
        m_activeKid.clear();
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
            m_keys.insert(kid, key.value());
            m_jwks.insert(kid, QJsonDocument::fromJson(q.value(2).toByteArray()).object());
            if (q.value(3).toString() == QStringLiteral("active")) {
                m_activeKid = kid; // ids are time-ordered: the last active one is the newest
            }
        }
        return {};
    });
}

core::Result<QString> KeyRing::create(const QSqlDatabase& db, const QString& kid, qint64 nowMs)
{
    auto key = RsaKey::generate();
    if (!key.ok()) {
        return key.error();
    }
    auto sealed = m_box.seal(key.value().privatePem(), kid.toUtf8());
    if (!sealed.ok()) {
        return sealed.error();
    }
    const QByteArray jwk = QJsonDocument(key.value().publicJwk(kid)).toJson(QJsonDocument::Compact);
    auto inserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO signing_keys (id, algorithm, public_jwk, private_key_enc, "
                                             "status, created_at) VALUES (?, 'RS256', ?, ?, 'active', ?)"),
                              {kid, QString::fromUtf8(jwk), QString::fromLatin1(sealed.value()), nowMs});
    if (!inserted.ok()) {
        return inserted.error();
    }
    return kid;
}

const RsaKey* KeyRing::signingKey(QString* kid) const
{
    auto it = m_keys.constFind(m_activeKid);
    if (it == m_keys.constEnd()) {
        return nullptr;
    }
    *kid = m_activeKid;
    return &it.value();
}

const RsaKey* KeyRing::find(const QString& kid) const
{
    auto it = m_keys.constFind(kid);
    return it == m_keys.constEnd() ? nullptr : &it.value();
}

QJsonObject KeyRing::jwks() const
{
    QJsonArray keys;
    for (auto it = m_jwks.constBegin(); it != m_jwks.constEnd(); ++it) {
        keys.append(it.value());
    }
    return {{QStringLiteral("keys"), keys}};
}

bool KeyRing::isEmpty() const
{
    return m_keys.isEmpty();
}

} // namespace gatehouse::engine
