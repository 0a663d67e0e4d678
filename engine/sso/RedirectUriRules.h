#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::engine {

// The docs' redirect URI rules (seed-inventory §11), as pure functions:
// - at most 5 per list, each at most 256 characters, absolute, no query, no fragment, no user info;
// - development: http or https, localhost allowed, one wildcard allowed;
// - production: https only, no localhost / loopback, no wildcard;
// - a wildcard sits in the leftmost host label only (`https://*.acme.com`, `https://auth-*.acme.com`), at most one,
//   never at the root level (`https://*.com`).
// Matching is exact (scheme, host, port and path as registered); a wildcard matches one or more of
// [a-z0-9-] within its label.
class RedirectUriRules
{
public:
    static constexpr int kMaxUris = 5;
    static constexpr int kMaxLength = 256;

    // nullopt when acceptable, otherwise why not (for a field violation).
    static std::optional<QString> check(const QString& uri, bool development);
    static bool matches(const QString& registered, const QString& candidate);
    static bool matchesAny(const QStringList& registered, const QString& candidate);
};

} // namespace gatehouse::engine
