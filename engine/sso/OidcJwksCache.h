#pragma once

#include "core/util/Clock.h"
#include "core/util/Result.h"
#include "engine/auth/Jwt.h"
#include "engine/sso/OidcDiscovery.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace gatehouse::engine {

// Upstream IdPs' signing keys, per jwks_uri, for ID token signatures. Keys are fetched on first use and kept for
// maxAgeSecs; a token whose kid is not in the cached set triggers one refetch — but only when the cached set is
// at least refetchFloorSecs old, so a stream of tokens with made-up kids cannot turn the engine into a fetch loop
// against the IdP. Signature failures with a known kid never refetch.
class OidcJwksCache
{
public:
    struct Settings
    {
        int maxAgeSecs = 3600;
        int refetchFloorSecs = 60;
    };

    using FetchDone = std::function<void(core::Result<QByteArray>)>;
    using Fetch = std::function<void(const QString& url, FetchDone done)>;
    using Done = std::function<void(core::Result<void>)>;

    OidcJwksCache(const core::Clock& clock, Settings settings, Fetch fetch);

    // Checks token's signature with a key of jwksUri that suits its (already checked) alg; calls done exactly
    // once: ok, or invalid_id_token with the reason (fetch errors included).
    void verify(const QString& jwksUri, const Jwt::Decoded& token, Done done);
    // Number of JWKS downloads started for a URL (for tests and the trace).
    int fetchCount(const QString& jwksUri) const;

private:
    struct Entry
    {
        std::shared_ptr<OidcKeySet> keys;
        qint64 fetchedAt = 0;
        int fetches = 0;
    };
    enum class Match
    {
        Verified,
        BadSignature,
        UnknownKey,
    };
    static Match check(const OidcKeySet& keys, const Jwt::Decoded& token);
    void refresh(const QString& jwksUri, std::function<void(core::Result<void>)> then);

    const core::Clock& m_clock;
    Settings m_settings;
    Fetch m_fetch;
    QHash<QString, Entry> m_entries;
};

} // namespace gatehouse::engine
