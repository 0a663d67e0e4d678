#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace gatehouse::ui {

// Sees every main-frame request of the test browser's profile before it is sent, redirects included (the
// SAML HTTP-Redirect binding and the OIDC authorize/callback redirects live in those URLs). It only observes:
// nothing is blocked or changed.
class CaptureInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit CaptureInterceptor(QObject* parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;

Q_SIGNALS:
    void mainFrameRequest(const QUrl& url, const QByteArray& method, bool redirect);
};

} // namespace gatehouse::ui
