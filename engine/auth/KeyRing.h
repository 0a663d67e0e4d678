#pragma once

#include "core/util/Clock.h"
#include "core/util/Result.h"
#include "engine/crypto/RsaKey.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gatehouse::engine {

class Database;
class SecretBox;

// The environment's RS256 signing keys (kid = snk_…), private halves AES-GCM encrypted in signing_keys.
// Rotation (SigningKeysApi): a new key is stored with activate_at in the future — published in the JWKS as
// NEXT but not signing; from activate_at on it signs (ACTIVE) and the key it replaces becomes PREVIOUS, still
// published and accepted until its retire_at (its activation time + kRetireAfterSecs, longer than any token
// the engine issues lives), then RETIRED: no longer published nor accepted. States follow from the stored
// times and the clock, so they change on time without a timer; the signing key is the key whose activate_at
// is the latest one not in the future.
class KeyRing
{
public:
    // Every token the engine signs lives at most 86400 s (--token-lifetime, the apps' token lifetimes and the
    // organization clients' expiry are all capped there); plus the JWKS cache time (max-age=300).
    static constexpr qint64 kRetireAfterSecs = 86400 + 300;

    struct KeyInfo
    {
        QString kid;
        QString state; // NEXT, ACTIVE, PREVIOUS, RETIRED
        qint64 createdAt = 0;
        qint64 activateAt = 0; // ms
        qint64 retireAt = 0;   // ms, 0 when not planned
    };

    KeyRing(Database& db, const SecretBox& box, const core::Clock& clock);

    core::Result<void> load();
    // Generates a key and stores it (inside the caller's transaction); does not reload. It signs from
    // activateAtMs on (0: at once, i.e. nowMs).
    core::Result<QString> create(const QSqlDatabase& db, const QString& kid, qint64 nowMs, qint64 activateAtMs = 0);

    const RsaKey* signingKey(QString* kid) const;
    // Published keys only (NEXT, ACTIVE, PREVIOUS): a retired key verifies nothing.
    const RsaKey* find(const QString& kid) const;
    QJsonObject jwks() const;
    bool isEmpty() const;

    // Every stored key with its state now (retired ones included), newest first; read in the caller's transaction.
    static core::Result<QList<KeyInfo>> describe(const QSqlDatabase& db, qint64 nowMs);
    // The stored key `kid` with its state now; a "not_found" error when there is none.
    static core::Result<KeyInfo> describeOne(const QSqlDatabase& db, const QString& kid, qint64 nowMs);

private:
    struct Entry
    {
        RsaKey key;
        QJsonObject jwk;
        qint64 activateAt = 0;
        qint64 retireAt = 0;
    };

    bool published(const Entry& entry, qint64 nowMs) const;
    QString signingKid(qint64 nowMs) const;

    Database& m_db;
    const SecretBox& m_box;
    const core::Clock& m_clock;
    QHash<QString, Entry> m_keys;
};

} // namespace gatehouse::engine
