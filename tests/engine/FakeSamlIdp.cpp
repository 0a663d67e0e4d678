#include "FakeSamlIdp.h"

#include "core/saml/sso/SamlSso.h"

#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace gatehouse::engine::test {

namespace saml = core::saml::sso;

FakeSamlIdp::FakeSamlIdp(const core::Clock& clock, QByteArray keyPem, QByteArray certPem, QString entityId)
    : m_clock(clock)
    , m_keyPem(std::move(keyPem))
    , m_certPem(std::move(certPem))
    , m_entityId(std::move(entityId))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool FakeSamlIdp::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeSamlIdp::ssoUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/sso").arg(m_server.serverPort());
}

void FakeSamlIdp::serve(QTcpSocket* socket)
{
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffered);
    if (!buffered.contains("\r\n\r\n")) {
        return;
    }
    const QList<QByteArray> line = buffered.left(buffered.indexOf("\r\n")).split(' ');
    const QByteArray body = line.size() == 3 && line[0] == "GET" ? page(line[1]) : QByteArray();
    const QByteArray status = body.isEmpty() ? "400 Bad Request" : "200 OK";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

QByteArray FakeSamlIdp::page(const QByteArray& target)
{
    const QUrl url(QString::fromLatin1(target));
    const QUrlQuery query(url.query(QUrl::FullyEncoded));
    auto request = saml::parseRedirectAuthnRequest(query);
    if (!request.ok()) {
        lastError = request.error().message;
        return {};
    }
    saml::ResponseParams params;
    params.issuer = m_entityId;
    params.destination = request.value().acsUrl;
    params.audience = request.value().issuer;
    params.inResponseTo = request.value().id;
    params.nameId = email;
    params.attributes = {{QStringLiteral("email"), {}, {}, {email}},
                         {QStringLiteral("firstName"), {}, {}, {QStringLiteral("Ada")}},
                         {QStringLiteral("lastName"), {}, {}, {QStringLiteral("Lovelace")}}};
    params.issueInstant = m_clock.now();
    params.signingKeyPem = m_keyPem;
    params.signingCertPem = m_certPem;
    auto response = saml::buildResponse(params);
    if (!response.ok()) {
        lastError = response.error().message;
        return {};
    }
    ++answered;
    const QString relayState = query.queryItemValue(QStringLiteral("RelayState"), QUrl::FullyDecoded);
    return QStringLiteral("<!DOCTYPE html><html><body><form method=\"post\" action=\"%1\">"
                          "<input type=\"hidden\" name=\"SAMLResponse\" value=\"%2\">"
                          "<input type=\"hidden\" name=\"RelayState\" value=\"%3\">"
                          "<button type=\"submit\">Continue</button></form></body></html>")
        .arg(request.value().acsUrl.toHtmlEscaped(),
             QString::fromLatin1(response.value().toBase64()),
             relayState.toHtmlEscaped())
        .toUtf8();
}

} // namespace gatehouse::engine::test
