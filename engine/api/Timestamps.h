#pragma once

#include <QString>

namespace gatehouse::engine {

// RFC 3339 with milliseconds in UTC ("2025-02-15T06:23:44.560Z"), as protojson writes Timestamps.
class Timestamps
{
public:
    static QString rfc3339(qint64 msSinceEpoch);
    // The decimal part of "<prefix>_<decimal>" ids (0 when malformed).
    static qint64 idNumber(const QString& id);
};

} // namespace gatehouse::engine
