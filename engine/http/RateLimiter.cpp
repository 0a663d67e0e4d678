#include "engine/http/RateLimiter.h"

namespace gatehouse::engine {

namespace {
constexpr qsizetype kPruneThreshold = 50'000;
} // namespace

RateLimiter::RateLimiter(Policy policy, const core::Clock& clock)
    : m_policy(policy)
    , m_clock(clock)
{}

std::optional<int> RateLimiter::hit(const QString& key)
{
    if (m_policy.limit <= 0) {
        return std::nullopt;
    }
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const qint64 windowStart = now - (now % m_policy.windowSecs);
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

void RateLimiter::prune(qint64 windowStart)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        it = it->start != windowStart ? m_windows.erase(it) : std::next(it);
    }
}

} // namespace gatehouse::engine
