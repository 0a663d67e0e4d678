#include "engine/http/RateLimiter.h"

#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QLoggingCategory>

namespace gatehouse::engine {

namespace {

Q_LOGGING_CATEGORY(lcRateLimit, "gatehouse.engine.ratelimit")

constexpr qsizetype kPruneThreshold = 50'000;

// One statement per hit on both backends: a new window (or a clock behind the stored one) keeps counting in the
// newest window; RETURNING gives the count and the window it belongs to.
const char* const kUpsert =
    "INSERT INTO rate_limit_windows (limiter, bucket, window_start, hits) VALUES (?, ?, ?, 1) "
    "ON CONFLICT (limiter, bucket) DO UPDATE SET "
    "hits = CASE WHEN excluded.window_start > rate_limit_windows.window_start THEN 1 "
    "ELSE rate_limit_windows.hits + 1 END, "
    "window_start = CASE WHEN excluded.window_start > rate_limit_windows.window_start "
    "THEN excluded.window_start ELSE rate_limit_windows.window_start END "
    "RETURNING hits, window_start";

} // namespace

RateLimiter::RateLimiter(Policy policy, const core::Clock& clock)
    : m_policy(policy)
    , m_clock(clock)
{}

void RateLimiter::useDatabase(Database& db, const QString& name)
{
    m_db = &db;
    m_name = name;
}

std::optional<int> RateLimiter::hit(const QString& key)
{
    if (m_policy.limit <= 0) {
        return std::nullopt;
    }
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const qint64 windowStart = now - (now % m_policy.windowSecs);
    if (m_db) {
        return hitDatabase(key, now, windowStart);
    }
    if (m_windows.size() > kPruneThreshold) {
        prune(windowStart);
    }
    Window& window = m_windows[key];
    if (window.start != windowStart) {
        window = Window{windowStart, 0};
    }
    if (window.count >= m_policy.limit) {
        return static_cast<int>(std::max<qint64>(1, windowStart + m_policy.windowSecs - now));
    }
    ++window.count;
    return std::nullopt;
}

std::optional<int> RateLimiter::hitDatabase(const QString& key, qint64 now, qint64 windowStart)
{
    // Windows that ended: deleted by whichever request first sees this limiter's window change (per process).
    qint64 pruned = m_prunedWindow.load();
    if (pruned != windowStart && m_prunedWindow.compare_exchange_strong(pruned, windowStart)) {
        const auto deleted = m_db->write([&](const QSqlDatabase& db) -> core::Result<void> {
            auto q = Sql::exec(db,
                               QStringLiteral("DELETE FROM rate_limit_windows WHERE limiter = ? AND window_start < ?"),
                               {m_name, windowStart});
            return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
        });
        if (!deleted.ok()) {
            qCWarning(lcRateLimit) << "cannot prune the" << m_name << "rate limit windows:" << deleted.error().message;
        }
    }
    qint64 hits = 0;
    qint64 start = windowStart;
    const auto counted = m_db->write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, QString::fromLatin1(kUpsert), {m_name, key, windowStart});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            return core::Result<void>::failure(QStringLiteral("sql"), QStringLiteral("the rate limit upsert returned no row"));
        }
        hits = q.value().value(0).toLongLong();
        start = q.value().value(1).toLongLong();
        return {};
    });
    if (!counted.ok()) {
        // Fail closed: without the shared count the limit cannot be enforced. The key (an address or client id)
        // is not logged.
        qCWarning(lcRateLimit) << "rate limit store unavailable for" << m_name << ":" << counted.error().message;
        return static_cast<int>(std::max<qint64>(1, windowStart + m_policy.windowSecs - now));
    }
    if (hits > m_policy.limit) {
        return static_cast<int>(std::max<qint64>(1, start + m_policy.windowSecs - now));
    }
    return std::nullopt;
}

void RateLimiter::prune(qint64 windowStart)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        it = it->start != windowStart ? m_windows.erase(it) : std::next(it);
    }
}

} // namespace gatehouse::engine
