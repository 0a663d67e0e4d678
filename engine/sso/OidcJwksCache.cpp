#include "engine/sso/OidcJwksCache.h"

namespace gatehouse::engine {

namespace {

core::Error invalid(const QString& reason)
{
    return core::Error{QStringLiteral("invalid_id_token"), reason, {}};
}

} // namespace

OidcJwksCache::OidcJwksCache(const core::Clock& clock, Settings settings, Fetch fetch)
    : m_clock(clock)
    , m_settings(settings)
    , m_fetch(std::move(fetch))
{}

int OidcJwksCache::fetchCount(const QString& jwksUri) const
{
    return m_entries.value(jwksUri).fetches;
}

OidcJwksCache::Match OidcJwksCache::check(const OidcKeySet& keys, const Jwt::Decoded& token)
{
    const QString alg = token.header.value(QStringLiteral("alg")).toString();
    const QString kid = token.header.value(QStringLiteral("kid")).toString();
    bool candidate = false;
    for (const PublicJwk& key : keys.keys) {
        // Without a kid, every key of the right type is tried (a JWKS with a single key commonly omits it).
        if ((!kid.isEmpty() && key.kid() != kid) || !key.suits(alg)) {
            continue;
        }
        candidate = true;
        if (key.verify(alg, token.signingInput, token.signature)) {
            return Match::Verified;
        }
    }
    return candidate ? Match::BadSignature : Match::UnknownKey;
}

void OidcJwksCache::refresh(const QString& jwksUri, std::function<void(core::Result<void>)> then)
{
    m_entries[jwksUri].fetches++;
    m_fetch(jwksUri, [this, jwksUri, then = std::move(then)](core::Result<QByteArray> body) {
        if (!body.ok()) {
            then(invalid(QStringLiteral("The IdP's signing keys (%1) could not be fetched: %2")
                             .arg(jwksUri, body.error().message)));
            return;
        }
        auto parsed = OidcDiscovery::parseJwks(body.value());
        if (!parsed.ok()) {
            then(invalid(
                QStringLiteral("The IdP's signing keys (%1) are unusable: %2").arg(jwksUri, parsed.error().message)));
            return;
        }
        Entry& entry = m_entries[jwksUri];
        entry.keys = std::make_shared<OidcKeySet>(parsed.value());
        entry.fetchedAt = m_clock.now().toMSecsSinceEpoch();
        then({});
    });
}

void OidcJwksCache::verify(const QString& jwksUri, const Jwt::Decoded& token, Done done)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const Entry entry = m_entries.value(jwksUri);
    const QString kid = token.header.value(QStringLiteral("kid")).toString();
    auto unknownKey = [kid, jwksUri] {
        return invalid(QStringLiteral("The ID token is signed with key \"%1\", which the IdP's JWKS (%2) does not "
                                      "publish.")
                           .arg(kid, jwksUri));
    };
    auto badSignature = [] {
        return invalid(QStringLiteral("The ID token's signature does not verify."));
    };
    auto afterFetch = [this, jwksUri, token, done, unknownKey, badSignature](core::Result<void> fetched) {
        if (!fetched.ok()) {
            done(fetched.error());
            return;
        }
        const Match match = check(*m_entries.value(jwksUri).keys, token);
        done(match == Match::Verified       ? core::Result<void>()
             : match == Match::BadSignature ? core::Result<void>(badSignature())
                                            : core::Result<void>(unknownKey()));
    };
    if (!entry.keys || now - entry.fetchedAt >= qint64(m_settings.maxAgeSecs) * 1000) {
        refresh(jwksUri, afterFetch);
        return;
    }
    const Match match = check(*entry.keys, token);
    if (match == Match::Verified) {
        done({});
    } else if (match == Match::BadSignature) {
        done(badSignature());
    } else if (now - entry.fetchedAt >= qint64(m_settings.refetchFloorSecs) * 1000) {
        refresh(jwksUri, afterFetch); // maybe a key rollover: look once more
    } else {
        done(unknownKey());
    }
}

} // namespace gatehouse::engine
