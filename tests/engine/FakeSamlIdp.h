#pragma once

#include "core/util/Clock.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace gatehouse::engine::test {

// A minimal SAML IdP for tests that need a real browser round trip (the openid-client interop test): it listens
// on 127.0.0.1, accepts the AuthnRequest at GET /sso (HTTP-Redirect binding, parsed with the core), signs a
// Response for `email` with the core's buildResponse and answers the usual auto-post HTML form to the ACS.
class FakeSamlIdp : public QObject
{
    Q_OBJECT

public:
    FakeSamlIdp(const core::Clock& clock, QByteArray keyPem, QByteArray certPem, QString entityId);

    bool listen();
    QString ssoUrl() const;

    QString email = QStringLiteral("ada@acme.test");
    int answered = 0;
    QString lastError;

private:
    void serve(QTcpSocket* socket);
    QByteArray page(const QByteArray& target);

    const core::Clock& m_clock;
    QByteArray m_keyPem;
    QByteArray m_certPem;
    QString m_entityId;
    QTcpServer m_server;
};

} // namespace gatehouse::engine::test
