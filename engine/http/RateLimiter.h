#pragma once

#include "core/util/Clock.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <optional>

namespace gatehouse::engine {

class Database;

// Fixed-window request counter per key ("addr:127.0.0.1", "client:skc_…"). In-process by default: with several
// engine instances each enforces its own share. useDatabase() counts in the database instead
// (--rate-limit-store=database), so that several engines on one database share the limit (see docs/engine.md).
// Time comes from the Clock.
class RateLimiter
{
public:
    struct Policy
    {
        int limit = 600; // requests per window; 0 disables the limiter
        int windowSecs = 60;
    };

    RateLimiter(Policy policy, const core::Clock& clock);

    // nullopt when allowed (and counted); otherwise the seconds until the window resets (Retry-After).
    std::optional<int> hit(const QString& key);

    // From now on, count in the database's rate_limit_windows table under `name` (one row per key and
    // limiter, one UPSERT per hit; ended windows pruned once per window). When the database cannot be reached
    // the request is refused (fail closed).
    void useDatabase(Database& db, const QString& name);

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };

    void prune(qint64 now);
    std::optional<int> hitDatabase(const QString& key, qint64 now, qint64 windowStart);

    Policy m_policy;
    const core::Clock& m_clock;
    QHash<QString, Window> m_windows;
    Database* m_db = nullptr;
    QString m_name;
    std::atomic<qint64> m_prunedWindow{0};
};

} // namespace gatehouse::engine
