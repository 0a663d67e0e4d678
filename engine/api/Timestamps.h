#pragma once

#include <QString>

namespace gatehouse::engine {

// RFC 3339 with milliseconds in UTC ("2025-02-15T06:23:44.560Z"), as protojson writes Timestamps.
class Timestamps
{
public:
    static QString rfc3339(qint64 msSinceEpoch);
    // The same text as Latin-1 into out (at least kRfc3339BufferSize bytes); answers its length. For JSON writers
    // that append it without a QString.
    static constexpr int kRfc3339BufferSize = 48;
    static int rfc3339(qint64 msSinceEpoch, char* out);
    // The decimal part of "<prefix>_<decimal>" ids (0 when malformed).
    static qint64 idNumber(const QString& id);
};

} // namespace gatehouse::engine
