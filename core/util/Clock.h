#pragma once

#include <QDateTime>

namespace gatehouse::core {

// Injectable time source. Production code takes a Clock&; tests pass a FixedClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc();
    }

    static const SystemClock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }

    QDateTime now() const override
    {
        return m_now;
    }

    void set(QDateTime now)
    {
        m_now = std::move(now);
    }

    void advanceSecs(qint64 secs)
    {
        m_now = m_now.addSecs(secs);
    }

private:
    QDateTime m_now;
};

} // namespace gatehouse::core
