#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace gatehouse::cli {

// Request sequences of real SCIM clients (RFC 7644, Microsoft Entra ID with and without
// aadOptscim062020, Okta) and the checks their answers must pass. Placeholders {name} in paths and
// bodies are replaced by values captured from earlier answers ({user}, {group}, …) or by {rand}.
class ScimConformance
{
public:
    using Vars = QHash<QString, QString>;
    // Empty when the answer is right; otherwise what is wrong. May capture values into vars.
    using Check = std::function<QString(const QJsonObject& body, Vars& vars)>;

    struct Step
    {
        QString name;
        QByteArray method;
        QString path; // relative to the SCIM base URL, query already percent-encoded
        QByteArray body;
        QList<int> expected;
        Check check;
        QByteArray contentType = "application/scim+json";
    };

    static QStringList dialects();
    // The steps of one dialect; empty for an unknown name.
    static QList<Step> steps(const QString& dialect);
};

} // namespace gatehouse::cli
