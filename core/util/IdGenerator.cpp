#include "core/util/IdGenerator.h"

#include <QRandomGenerator>

namespace gatehouse::core {

namespace {
constexpr qint64 kEpochMs = 1577836800000; // 2020-01-01T00:00:00Z
constexpr int kSequenceBits = 22;
} // namespace

IdGenerator::IdGenerator(const Clock& clock)
    : m_clock(clock)
{
}

quint64 IdGenerator::nextNumber()
{
    const qint64 ms = std::max<qint64>(0, m_clock.now().toMSecsSinceEpoch() - kEpochMs);
    // Random low bits keep IDs from separate processes apart; the high bits keep them time-ordered.
    const quint64 candidate = (static_cast<quint64>(ms) << kSequenceBits)
                              | (QRandomGenerator::system()->generate() & ((1u << (kSequenceBits - 2)) - 1));
    quint64 last = m_last.load();
    quint64 chosen = 0;
    do {
        chosen = std::max(candidate, last + 1);
    } while (!m_last.compare_exchange_weak(last, chosen));
    return chosen;
}

QString IdGenerator::next(QStringView prefix)
{
    return prefix.toString() + u'_' + QString::number(nextNumber());
}

bool IdGenerator::isValid(QStringView id, QStringView prefix)
{
    const qsizetype underscore = id.lastIndexOf(u'_');
    if (underscore <= 0) {
        return false;
    }
    if (!prefix.isEmpty() && id.first(underscore) != prefix) {
        return false;
    }
    for (QChar c : id.first(underscore)) {
        if (!(c >= u'a' && c <= u'z') && !(c >= u'0' && c <= u'9')) {
            return false;
        }
    }
    const QStringView digits = id.sliced(underscore + 1);
    if (digits.size() < 17 || digits.size() > 19) {
        return false;
    }
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127) {
            return false;
        }
    }
    bool ok = false;
    (void)digits.toLongLong(&ok); // must fit a signed 64-bit column (PostgreSQL bigint)
    return ok;
}

} // namespace gatehouse::core
