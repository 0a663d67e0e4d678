#include "core/util/XsdTime.h"

#include <QRegularExpression>

namespace gatehouse::core::xsd {

QDateTime parseDateTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7)) {
        ms = static_cast<int>(m.captured(7).toDouble() * 1000.0);
    }
    const int hour = m.captured(4).toInt();
    QTime time(hour == 24 ? 0 : hour, m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    QDateTime result(date, time, Qt::UTC);
    if (hour == 24) {
        result = result.addDays(1);
    }
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
        result = result.addSecs(-offset);
    }
    return result;
}

std::optional<double> parseDurationSeconds(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const QString t = text.trimmed();
    const auto m = re.match(t);
    if (!m.hasMatch() || t.endsWith(u'T') || t == QLatin1String("P") || t == QLatin1String("-P")) {
        return std::nullopt;
    }
    double seconds = m.captured(2).toDouble() * 365 * 86400 + m.captured(3).toDouble() * 30 * 86400
                     + m.captured(4).toDouble() * 86400 + m.captured(5).toDouble() * 3600
                     + m.captured(6).toDouble() * 60 + m.captured(7).toDouble();
    return m.captured(1).isEmpty() ? seconds : -seconds;
}

QString humanDuration(qint64 seconds)
{
    const qint64 abs = seconds < 0 ? -seconds : seconds;
    if (abs >= 2 * 86400) {
        return QStringLiteral("%1 days").arg(abs / 86400);
    }
    if (abs >= 2 * 3600) {
        return QStringLiteral("%1 hours").arg(abs / 3600);
    }
    if (abs >= 120) {
        return QStringLiteral("%1 minutes").arg(abs / 60);
    }
    return QStringLiteral("%1 seconds").arg(abs);
}

} // namespace gatehouse::core::xsd
