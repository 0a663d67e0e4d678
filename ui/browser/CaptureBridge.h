#pragma once

#include <QObject>

namespace gatehouse::ui {

// The object the capture script (capture.js) talks to over QWebChannel: a form carrying SAMLRequest,
// SAMLResponse, RelayState or OIDC fields is reported here just before the page submits it. The script sends
// only those protocol fields, never what the user typed (passwords, usernames). Any page script could call it
// too, so what arrives is only shown in the trace, never trusted.
class CaptureBridge : public QObject
{
    Q_OBJECT

public:
    explicit CaptureBridge(QObject* parent = nullptr);

    // json: {"action": url, "method": "post", "fields": {name: value}}; answers true (the page then submits).
    Q_INVOKABLE bool formCaptured(const QString& json);

Q_SIGNALS:
    void formSubmitted(const QString& action, const QString& method, const QVariantMap& fields);
};

} // namespace gatehouse::ui
