#pragma once

#include "core/saml/MetadataValidator.h"

#include <QJsonObject>

namespace gatehouse::core::saml {

// The documented JSON form of a validation report (docs/metadata-validation-json.md), shared by the CLI,
// the desktop validator and the engine. Schema id: "gatehouse.metadata-validation/1".
class ReportJson
{
public:
    static QJsonObject toJson(const ValidationReport& report, const QString& source, bool withSummary);
    // Aggregate statistics: counts per role, duplicates, expired and expiring certificates, weak keys.
    static QJsonObject summary(const ValidationReport& report);
};

} // namespace gatehouse::core::saml
