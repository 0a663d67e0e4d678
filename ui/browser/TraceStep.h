#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gatehouse::ui {

// One entry of the test browser's SAML/OIDC trace. `content` is decoded and pretty-printed (format "xml",
// "json" or "text"); authorization codes, tokens and secrets never get here (they are replaced by a note).
struct TraceStep
{
    QDateTime time;
    QString kind; // navigation, saml-request, saml-response, relay-state, oidc-authorize, oidc-callback, popup,
                  // certificate-error, result, checks
    QString title;
    QString url;
    QString format = QStringLiteral("text");
    QString content;
    QStringList annotations;
};

} // namespace gatehouse::ui
