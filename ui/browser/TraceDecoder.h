#pragma once

#include "ui/browser/TraceStep.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace gatehouse::ui {

// Turns what the test browser captured into readable trace steps: base64 (and raw DEFLATE for the
// HTTP-Redirect binding) decoded, XML and JSON pretty-printed, and the parts people look for annotated —
// signatures (which element is signed), Conditions (validity window), Audience, Issuer, Destination/Recipient,
// InResponseTo, the status code. Sensitive values (authorization codes, tokens) are replaced by a note.
class TraceDecoder
{
public:
    // A SAMLRequest / SAMLResponse form or query value. `deflated`: the HTTP-Redirect binding's raw DEFLATE.
    static TraceStep samlMessage(const QString& name, const QString& value, bool deflated);
    static TraceStep json(const QString& kind, const QString& title, const QJsonObject& object);
    // The OIDC authorization request or callback in a URL (kind oidc-authorize / oidc-callback), or nothing.
    static bool oidcStep(const QUrl& url, TraceStep* step);
    // The URL with codes and tokens in its query replaced by "(redacted)".
    static QString redactedUrl(const QUrl& url);
    static QString prettyXml(const QByteArray& xml, bool* ok = nullptr);
    static QStringList annotateSaml(const QByteArray& xml);
};

} // namespace gatehouse::ui
