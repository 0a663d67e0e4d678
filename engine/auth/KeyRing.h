#pragma once

#include "core/util/Result.h"
#include "engine/crypto/RsaKey.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

class Database;
class SecretBox;

// The environment's RS256 signing keys (kid = snk_…), private halves AES-GCM encrypted in
// signing_keys. The newest key with status "active" signs; every key not retired is published in
// the JWKS and accepted for verification.
class KeyRing
{
public:
    KeyRing(Database& db, const SecretBox& box);

    core::Result<void> load();
    // Generates a key and stores it (inside the caller's transaction); does not reload.
    core::Result<QString> create(const QSqlDatabase& db, const QString& kid, qint64 nowMs);

    const RsaKey* signingKey(QString* kid) const;
    const RsaKey* find(const QString& kid) const;
    QJsonObject jwks() const;
    bool isEmpty() const;

private:
    Database& m_db;
    const SecretBox& m_box;
    QHash<QString, RsaKey> m_keys;
    QHash<QString, QJsonObject> m_jwks;
    QString m_activeKid;
};

} // namespace gatehouse::engine
