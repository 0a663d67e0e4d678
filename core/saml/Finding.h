#pragma once

#include <QList>
#include <QString>

namespace gatehouse::core::saml {

enum class Severity
{
    Error,
    Warning,
    Info,
};

QString severityName(Severity severity);

// One result of a validation rule. ruleId is stable and documented in docs/metadata-rules.md.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    QString message;
    QString fix;
    int line = 0;
    QString path;     // location path of the offending element
    QString entityId; // the entity the finding belongs to, when there is one
};

using Findings = QList<Finding>;

} // namespace gatehouse::core::saml
