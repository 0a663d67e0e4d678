#include "engine/api/Timestamps.h"

#include <array>
#include <cstdio>

namespace gatehouse::engine {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

// Every API answer carries several timestamps, so this is formatted by hand (QDateTime::toString goes through the
// calendar and locale machinery and was ~8% of a 100-organization list). Days to civil date: Howard Hinnant's
// algorithm (proleptic Gregorian, as QDateTime). Same text as QDateTime's "yyyy-MM-ddTHH:mm:ss.zzzZ" for years
// 0-9999; unit.engine.Timestamps compares the two.
int Timestamps::rfc3339(qint64 msSinceEpoch, char* out)
{
    const qint64 days = floorDiv(msSinceEpoch, 86'400'000);
    const qint64 msOfDay = msSinceEpoch - days * 86'400'000;
    const qint64 z = days + 719'468;
    const qint64 era = floorDiv(z, 146'097);
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        return std::snprintf(out,
                             kRfc3339BufferSize,
                             "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
                             static_cast<long long>(year),
                             static_cast<long long>(month),
                             static_cast<long long>(day),
                             static_cast<long long>(msOfDay / 3'600'000),
                             static_cast<long long>(msOfDay / 60'000 % 60),
                             static_cast<long long>(msOfDay / 1000 % 60),
                             static_cast<long long>(msOfDay % 1000));
    }
    // The common case by hand (snprintf was most of a list's timestamp cost): "YYYY-MM-DDTHH:MM:SS.mmmZ".
    const auto digits = [](char* at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            at[i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    out[10] = 'T';
    digits(out + 11, msOfDay / 3'600'000, 2);
    out[13] = ':';
    digits(out + 14, msOfDay / 60'000 % 60, 2);
    out[16] = ':';
    digits(out + 17, msOfDay / 1000 % 60, 2);
    out[19] = '.';
    digits(out + 20, msOfDay % 1000, 3);
    out[23] = 'Z';
    out[24] = '\0';
    return 24;
}

QString Timestamps::rfc3339(qint64 msSinceEpoch)
{
    std::array<char, kRfc3339BufferSize> buffer{};
    const int n = rfc3339(msSinceEpoch, buffer.data());
    return QString::fromLatin1(buffer.data(), n);
}

qint64 Timestamps::idNumber(const QString& id)
{
    return QStringView(id).sliced(id.lastIndexOf(u'_') + 1).toLongLong();
}

} // namespace gatehouse::engine
