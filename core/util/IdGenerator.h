#pragma once

#include "core/util/Clock.h"

#include <QString>

#include <atomic>

namespace gatehouse::core {

// Object IDs as decided in PRODUCT.md: "<prefix>_<decimal>", the decimal a time-ordered 64-bit number
// (milliseconds since 2020-01-01 in the high bits, 22 bits of per-millisecond sequence and randomness).
// IDs from one generator are strictly increasing; IDs from different processes are ordered by time.
class IdGenerator
{
public:
    explicit IdGenerator(const Clock& clock = SystemClock::instance());

    QString next(QStringView prefix);
    quint64 nextNumber();

    // True when id is "<prefix>_<17-19 digits>" for the given prefix (or any known prefix when empty).
    static bool isValid(QStringView id, QStringView prefix = {});

private:
    const Clock& m_clock;
    std::atomic<quint64> m_last{0};
};

} // namespace gatehouse::core
