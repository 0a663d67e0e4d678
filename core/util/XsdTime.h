#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace gatehouse::core {

// xsd:dateTime and xsd:duration as SAML uses them.
namespace xsd {

// "2021-01-03T00:00:00Z", with optional fractional seconds and offset; no zone means UTC.
// Returns an invalid QDateTime when the text is not a dateTime.
QDateTime parseDateTime(const QString& text);

// "PT6H", "P1D", "P0Y0M0DT6H0M0.000S", "-PT5M" … as seconds (years 365 days, months 30 days).
std::optional<double> parseDurationSeconds(const QString& text);

// "2 h", "3 days" … for messages.
QString humanDuration(qint64 seconds);

} // namespace xsd
} // namespace gatehouse::core
