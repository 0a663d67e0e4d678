#pragma once

#include "core/saml/MetadataValidator.h"

#include <QTextStream>

namespace gatehouse::cli {

// Human-readable rendering of a validation report: entities with their certificates, then findings
// (severity, rule id, line, message, fix), then a one-line verdict.
class TextReport
{
public:
    static void write(QTextStream& out, const core::saml::ValidationReport& report, const QString& source,
                      bool summary);
};

} // namespace gatehouse::cli
