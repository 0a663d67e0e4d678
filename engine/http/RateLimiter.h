#pragma once

#include "core/util/Clock.h"

#include <QHash>
#include <QString>

#include <optional>

namespace gatehouse::engine {

// Fixed-window request counter per key ("addr:127.0.0.1", "client:skc_…"). In-process only: with several
// engine instances each enforces its own share (see docs/engine.md). Time comes from the Clock.
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

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };

    void prune(qint64 now);

    Policy m_policy;
    const core::Clock& m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace gatehouse::engine
