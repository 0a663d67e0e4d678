// IdP-initiated SAML login (claims token, single use at /oauth/authorize), the IdP metadata and certificate
// lifecycle (metadata URL served by a local HTTP server whose certificate rolls over, held-back changes, expiry
// warnings with the harness's controllable clock) and the organization.sso_* events.
// Runs on SQLite, and on PostgreSQL as engine.sso_lifecycle.postgres.
#include "EngineHarness.h"
#include "SsoTestSupport.h"
#include "TestMain.h"
#include "core/saml/sso/SamlSso.h"
#include "engine/crypto/SelfSignedCertificate.h"
#include "engine/sso/MetadataRefresher.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;
namespace saml = gatehouse::core::saml::sso;

namespace {

const QString kIdpEntity = QStringLiteral("https://idp.lifecycle.test/saml");
const QString kIdpSso = QStringLiteral("https://idp.lifecycle.test/sso");
const QList<QPair<QByteArray, QByteArray>> kForm{{"Content-Type", "application/x-www-form-urlencoded"}};

struct KeyPair
{
    QByteArray key;
    QByteArray cert;
};

// Serves one document (changeable) to every GET, like an IdP's metadata URL.
class MetadataServer : public QObject
{
public:
    QByteArray document;
    int served = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    if (!m_buffers[socket].contains("\r\n\r\n")) {
                        return;
                    }
                    m_buffers.remove(socket);
                    ++served;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/samlmetadata+xml\r\nContent-Length: "
                                  + QByteArray::number(document.size()) + "\r\nConnection: close\r\n\r\n" + document);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/idp/metadata.xml").arg(m_server.serverPort());
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestEngineSsoLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idpInitiatedClaimsAndSingleUse();
    void simulatorIdpInitiatedScenario();
    void ssoEnabledEvents();
    void metadataUrlRollover();
    void metadataChangeHeldBack();
    void certificateExpiryWarnings();
    void spCertificateRotation();

private:
    KeyPair newKey(const QDateTime& notAfter);
    QByteArray metadata(const QString& entityId, const QList<QByteArray>& certs);
    QString newConnection(const QByteArray& certPem, bool enable);
    QString
    login(const QString& connection, const KeyPair& signer, int* status = nullptr, const QByteArray& encryptFor = {});
    QByteArray response(const QString& connection,
                        const KeyPair& signer,
                        const QString& inResponseTo,
                        const QString& assertionId = {},
                        const QByteArray& encryptFor = {});
    QStringList spMetadataCertificates(const QString& connection);
    QJsonArray spKeys(const QByteArray& method, const QString& action, int expectStatus);
    HttpReply post(const QString& connection, const QByteArray& samlResponseB64, const QString& relayState);
    QJsonObject connectionJson(const QString& connection);
    QList<QJsonObject> events(const QString& type, const QString& objectId);
    void runSweep();

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    QString m_org;
};

void TestEngineSsoLifecycle::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    const QByteArray settings =
        R"({"redirect_uris":["http://localhost:3000/callback"],"default_redirect_uri":"http://localhost:3000/callback"})";
    QVERIFY(m_sso->setSettings(settings));
    m_org = m_sso->createOrganization(QStringLiteral("Lifecycle"));
    m_sso->addDomain(m_org, QStringLiteral("acme.test"), true);
}

KeyPair TestEngineSsoLifecycle::newKey(const QDateTime& notAfter)
{
    auto pair =
        SelfSignedCertificate::generate(QStringLiteral("Lifecycle IdP"), m_h.clock().now().addDays(-1), notAfter);
    return pair.ok() ? KeyPair{pair.value().privateKeyPem, pair.value().certificatePem} : KeyPair{};
}

QByteArray TestEngineSsoLifecycle::metadata(const QString& entityId, const QList<QByteArray>& certs)
{
    QByteArray doc;
    QByteArray extraKeys;
    for (qsizetype i = 0; i < certs.size(); ++i) {
        saml::IdpMetadataParams p;
        p.entityId = entityId;
        p.ssoUrl = kIdpSso;
        p.signingCertPem = certs.at(i);
        p.nameIdFormats = {QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")};
        const QByteArray one = saml::buildIdpMetadata(p);
        if (i == 0) {
            doc = one;
        } else {
            const qsizetype from = one.indexOf("<md:KeyDescriptor");
            const qsizetype to = one.indexOf("</md:KeyDescriptor>") + int(sizeof("</md:KeyDescriptor>") - 1);
            extraKeys += one.mid(from, to - from);
        }
    }
    const qsizetype end = doc.indexOf("</md:KeyDescriptor>") + int(sizeof("</md:KeyDescriptor>") - 1);
    doc.insert(end, extraKeys);
    doc.replace("entityID=", "cacheDuration=\"PT1H\" entityID=");
    return doc;
}

QString TestEngineSsoLifecycle::newConnection(const QByteArray& certPem, bool enable)
{
    return m_sso->createSamlConnection(m_org, certPem, enable, QStringLiteral("OKTA"), kIdpEntity, kIdpSso);
}

QByteArray TestEngineSsoLifecycle::response(const QString& connection,
                                            const KeyPair& signer,
                                            const QString& inResponseTo,
                                            const QString& assertionId,
                                            const QByteArray& encryptFor)
{
    saml::ResponseParams params;
    params.issuer = kIdpEntity;
    params.destination = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + connection + QStringLiteral("/acs");
    params.audience = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + connection;
    params.inResponseTo = inResponseTo;
    if (!assertionId.isEmpty()) {
        params.assertionId = assertionId;
    }
    params.nameId = QStringLiteral("ada@acme.test");
    params.attributes = {{QStringLiteral("email"), {}, {}, {QStringLiteral("ada@acme.test")}}};
    params.issueInstant = m_h.clock().now();
    params.signingKeyPem = signer.key;
    params.signingCertPem = signer.cert;
    params.encryptionCertPem = encryptFor;
    auto xml = saml::buildResponse(params);
    return xml.ok() ? xml.value().toBase64() : QByteArray();
}

HttpReply
TestEngineSsoLifecycle::post(const QString& connection, const QByteArray& samlResponseB64, const QString& relayState)
{
    const QByteArray body = "SAMLResponse=" + QUrl::toPercentEncoding(QString::fromLatin1(samlResponseB64))
                            + "&RelayState=" + QUrl::toPercentEncoding(relayState);
    return m_h.request("POST", QStringLiteral("/sso/v1/saml/") + connection + QStringLiteral("/acs"), body, kForm);
}

// An SP-initiated login answered with a response signed by `signer`; returns where the ACS sent the browser.
QString TestEngineSsoLifecycle::login(const QString& connection,
                                      const KeyPair& signer,
                                      int* status,
                                      const QByteArray& encryptFor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("connection_id"), connection);
    const QString startUrl = m_sso->follow(m_sso->authorizeUrl(query));
    const QString loginId = SsoTestSupport::queryOf(startUrl).queryItemValue(QStringLiteral("login"));
    const QUrl idp(m_sso->follow(QUrl(startUrl).path() + u'?' + QUrl(startUrl).query()));
    auto parsed = saml::parseRedirectAuthnRequest(QUrlQuery(idp.query(QUrl::FullyEncoded)));
    if (!parsed.ok()) {
        return {};
    }
    const HttpReply r = post(connection, response(connection, signer, parsed.value().id, {}, encryptFor), loginId);
    if (status) {
        *status = r.status;
    }
    return QString::fromUtf8(r.header("Location"));
}

QJsonObject TestEngineSsoLifecycle::connectionJson(const QString& connection)
{
    return m_h
        .api("GET", QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + connection)
        .json()
        .value(QStringLiteral("connection"))
        .toObject();
}

QList<QJsonObject> TestEngineSsoLifecycle::events(const QString& type, const QString& objectId)
{
    QList<QJsonObject> out;
    (void)m_h.engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT data FROM events WHERE type = ? AND object_id = ? ORDER BY seq"),
                           {type, objectId});
        if (!q.ok()) {
            return q.error();
        }
        while (q.value().next()) {
            out.append(QJsonDocument::fromJson(q.value().value(0).toByteArray()).object());
        }
        return {};
    });
    return out;
}

void TestEngineSsoLifecycle::runSweep()
{
    MetadataRefresher* refresher = m_h.engine().metadataRefresher();
    refresher->sweep();
    QTRY_VERIFY_WITH_TIMEOUT(refresher->fetchesInFlight() == 0, 20000);
}

void TestEngineSsoLifecycle::idpInitiatedClaimsAndSingleUse()
{
    const KeyPair idp{m_sso->privateKeyPem, m_sso->certificatePem};
    const QString conn = newConnection(idp.cert, true);
    QVERIFY(!conn.isEmpty());
    // Not allowed by the connection: an engine page, no redirect.
    HttpReply r = post(conn, response(conn, idp, {}), QStringLiteral("deep/link"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Location").isEmpty());
    const QByteArray allow = R"({"saml_config":{"allow_idp_initiated_login":true}})";
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + conn,
                     allow)
                 .status,
             200);
    const QByteArray unsolicited = response(conn, idp, {}, QStringLiteral("_idp-init-1"));
    r = post(conn, unsolicited, QStringLiteral("deep/link"));
    QCOMPARE(r.status, 302);
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY2(location.startsWith(m_sso->redirectUri + QStringLiteral("?idp_initiated_login=")), qPrintable(location));
    const QByteArray token =
        SsoTestSupport::queryOf(location).queryItemValue(QStringLiteral("idp_initiated_login")).toLatin1();
    const QJsonObject claims = m_sso->verifyWithJwks(token);
    QCOMPARE(claims.value(QStringLiteral("connection_id")).toString(), conn);
    QCOMPARE(claims.value(QStringLiteral("organization_id")).toString(), m_org);
    QCOMPARE(claims.value(QStringLiteral("login_hint")).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(claims.value(QStringLiteral("relay_state")).toString(), QStringLiteral("deep/link"));
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_h.baseUrl());
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), m_h.clientId());
    QVERIFY(claims.value(QStringLiteral("jti")).toString().size() >= 20);
    QCOMPARE(claims.value(QStringLiteral("nbf")).toInteger(), claims.value(QStringLiteral("iat")).toInteger());
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(), 300);
    // The same assertion again: replay, refused.
    QCOMPARE(post(conn, unsolicited, QStringLiteral("deep/link")).status, 400);

    // The app converts it to an SP-initiated login: the first authorize with the token goes to the IdP with the
    // claims' connection and relay state; the second is refused (jti single use).
    QUrlQuery withToken;
    withToken.addQueryItem(QStringLiteral("idp_initiated_login"), QString::fromLatin1(token));
    withToken.addQueryItem(QStringLiteral("state"), QStringLiteral("<remove>"));
    const QString first = m_sso->follow(m_sso->authorizeUrl(withToken));
    QVERIFY2(first.contains(QStringLiteral("/sso/v1/saml/") + conn + QStringLiteral("/start")), qPrintable(first));
    const QString second = m_sso->follow(m_sso->authorizeUrl(withToken));
    QVERIFY2(second.startsWith(m_sso->redirectUri), qPrintable(second));
    QCOMPARE(SsoTestSupport::queryOf(second).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_request"));
    QVERIFY(SsoTestSupport::queryOf(second)
                .queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .contains(QStringLiteral("already used")));
    // The login state carries the relay state as the app's state.
    int stored = 0;
    (void)m_h.engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT COUNT(*) FROM login_states WHERE connection_id = ? AND state = ?"),
                           {conn, QStringLiteral("deep/link")});
        if (q.ok() && q.value().next()) {
            stored = q.value().value(0).toInt();
        }
        return {};
    });
    QCOMPARE(stored, 1);

    // A token whose signature was altered, and an expired one, are refused too.
    const QString jti = claims.value(QStringLiteral("jti")).toString();
    QByteArray forged = token;
    forged[forged.size() - 5] = forged[forged.size() - 5] == 'A' ? 'B' : 'A';
    withToken.removeAllQueryItems(QStringLiteral("idp_initiated_login"));
    withToken.addQueryItem(QStringLiteral("idp_initiated_login"), QString::fromLatin1(forged));
    QCOMPARE(
        SsoTestSupport::queryOf(m_sso->follow(m_sso->authorizeUrl(withToken))).queryItemValue(QStringLiteral("error")),
        QStringLiteral("invalid_request"));
    r = post(conn, response(conn, idp, {}, QStringLiteral("_idp-init-2")), QString());
    QCOMPARE(r.status, 302);
    const QString late = SsoTestSupport::queryOf(QString::fromUtf8(r.header("Location")))
                             .queryItemValue(QStringLiteral("idp_initiated_login"));
    QVERIFY(m_sso->verifyWithJwks(late.toLatin1()).value(QStringLiteral("jti")).toString() != jti);
    m_h.clock().advanceSecs(301);
    m_h.forgetToken();
    withToken.removeAllQueryItems(QStringLiteral("idp_initiated_login"));
    withToken.addQueryItem(QStringLiteral("idp_initiated_login"), late);
    QVERIFY(SsoTestSupport::queryOf(m_sso->follow(m_sso->authorizeUrl(withToken)))
                .queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .contains(QStringLiteral("expired")));
    // A disabled connection issues no token.
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + conn
                         + QStringLiteral(":disable"))
                 .status,
             200);
    r = post(conn, response(conn, idp, {}, QStringLiteral("_idp-init-3")), QString());
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Location").isEmpty());
}

void TestEngineSsoLifecycle::simulatorIdpInitiatedScenario()
{
    // The docs' steps: authorization URL for the Test organization → IdP simulator → "IdP-initiated SSO" →
    // the app's default redirect URI receives idp_initiated_login.
    const HttpReply orgs = m_h.api("GET", QStringLiteral("/api/v1/organizations?external_id=test-org"));
    const QJsonArray list = orgs.json().value(QStringLiteral("organizations")).toArray();
    QCOMPARE(list.size(), 1);
    const QString testOrg = list.first()[QStringLiteral("id")].toString();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("organization_id"), testOrg);
    const QString startUrl = m_sso->follow(m_sso->authorizeUrl(query));
    QVERIFY2(startUrl.contains(QStringLiteral("/start?login=")), qPrintable(startUrl));
    const QUrl simulator(m_sso->follow(QUrl(startUrl).path() + u'?' + QUrl(startUrl).query()));
    QCOMPARE(simulator.path(), QStringLiteral("/simulator/saml/sso"));
    const HttpReply page = m_h.request("GET", simulator.path() + u'?' + simulator.query(QUrl::FullyEncoded));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("value=\"idp_initiated\""));
    const auto field = [](const QByteArray& html, const QString& name) {
        const auto match = QRegularExpression(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name))
                               .match(QString::fromUtf8(html));
        return match.hasMatch() ? match.captured(1) : QString();
    };
    const QByteArray setCookie = page.header("Set-Cookie");
    const QByteArray form = "request_id=" + QUrl::toPercentEncoding(field(page.body, QStringLiteral("request_id")))
                            + "&csrf_token=" + QUrl::toPercentEncoding(field(page.body, QStringLiteral("csrf_token")))
                            + "&scenario=idp_initiated&email=jane.roe%40example.com";
    const HttpReply answer = m_h.request(
        "POST",
        QStringLiteral("/simulator/saml/respond"),
        form,
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", setCookie.left(setCookie.indexOf(';'))}});
    QCOMPARE(answer.status, 200);
    const QString samlResponse = field(answer.body, QStringLiteral("SAMLResponse"));
    QVERIFY(!samlResponse.isEmpty());
    QVERIFY(!answer.body.contains("name=\"RelayState\""));
    QVERIFY(!QByteArray::fromBase64(samlResponse.toLatin1()).contains("InResponseTo"));
    const QString testConn = QUrl(startUrl).path().section(u'/', -2, -2);
    const HttpReply acs = post(testConn, samlResponse.toLatin1(), QString());
    QCOMPARE(acs.status, 302);
    const QString location = QString::fromUtf8(acs.header("Location"));
    QVERIFY2(location.startsWith(m_sso->redirectUri + QStringLiteral("?idp_initiated_login=")), qPrintable(location));
    const QJsonObject claims = m_sso->verifyWithJwks(
        SsoTestSupport::queryOf(location).queryItemValue(QStringLiteral("idp_initiated_login")).toLatin1());
    QCOMPARE(claims.value(QStringLiteral("connection_id")).toString(), testConn);
    QCOMPARE(claims.value(QStringLiteral("organization_id")).toString(), testOrg);
    QCOMPARE(claims.value(QStringLiteral("login_hint")).toString(), QStringLiteral("jane.roe@example.com"));
    QVERIFY(!claims.contains(QStringLiteral("relay_state")));
}

void TestEngineSsoLifecycle::ssoEnabledEvents()
{
    const QString conn = newConnection(m_sso->certificatePem, false);
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + conn;
    QCOMPARE(m_h.api("PATCH", base + QStringLiteral(":enable")).status, 200);
    QCOMPARE(m_h.api("PATCH", base + QStringLiteral(":enable")).status, 200); // no change: no event
    QCOMPARE(m_h.api("PATCH", base + QStringLiteral(":disable")).status, 200);
    const QList<QJsonObject> enabled = events(QStringLiteral("organization.sso_enabled"), conn);
    QCOMPARE(enabled.size(), 1);
    QCOMPARE(enabled.first().value(QStringLiteral("connection_type")).toString(), QStringLiteral("SAML"));
    QCOMPARE(enabled.first().value(QStringLiteral("provider")).toString(), QStringLiteral("OKTA"));
    QCOMPARE(events(QStringLiteral("organization.sso_disabled"), conn).size(), 1);
}

void TestEngineSsoLifecycle::metadataUrlRollover()
{
    const QDateTime far = m_h.clock().now().addYears(2);
    const KeyPair oldKey = newKey(far);
    const KeyPair newKey2 = newKey(far);
    MetadataServer server;
    QVERIFY(server.listen());
    server.document = metadata(kIdpEntity, {oldKey.cert});
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections");
    const QString conn = m_h.api("POST", base, R"({"type":"SAML","provider":"OKTA"})")
                             .json()[QStringLiteral("connection")][QStringLiteral("id")]
                             .toString();
    // A URL that cannot be fetched is a clear field error.
    const QByteArray unreachable = R"({"saml_config":{"idp_metadata_url":"http://127.0.0.1:1/none.xml"}})";
    HttpReply r = m_h.api("PATCH", base + u'/' + conn, unreachable);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("saml_config.idp_metadata_url") && r.body.contains("could not be fetched"),
             r.body.constData());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("saml_config"),
                                   QJsonObject{{QStringLiteral("idp_metadata_url"), server.url()}}}})
            .toJson(QJsonDocument::Compact);
    r = m_h.api("PATCH", base + u'/' + conn, body);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(server.served, 1);
    QJsonObject config = r.json()[QStringLiteral("connection")][QStringLiteral("saml_config")].toObject();
    QCOMPARE(config.value(QStringLiteral("idp_entity_id")).toString(), kIdpEntity);
    QCOMPARE(config.value(QStringLiteral("idp_certificates")).toArray().size(), 1);
    QCOMPARE(m_h.api("PATCH", base + u'/' + conn + QStringLiteral(":enable")).status, 200);
    int status = 0;
    QVERIFY(login(conn, oldKey, &status).contains(QStringLiteral("code=")));

    // Not due yet (cacheDuration PT1H): a sweep fetches nothing.
    server.document = metadata(kIdpEntity, {oldKey.cert, newKey2.cert});
    runSweep();
    QCOMPARE(server.served, 1);
    // Due: old + new are both trusted; logins signed with either key work.
    m_h.clock().advanceSecs(3601);
    m_h.forgetToken();
    runSweep();
    QCOMPARE(server.served, 2);
    config = connectionJson(conn).value(QStringLiteral("saml_config")).toObject();
    QCOMPARE(config.value(QStringLiteral("idp_certificates")).toArray().size(), 2);
    QVERIFY(login(conn, oldKey).contains(QStringLiteral("code=")));
    QVERIFY(login(conn, newKey2).contains(QStringLiteral("code=")));
    QList<QJsonObject> changed = events(QStringLiteral("connection.saml_metadata_changed"), conn);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(changed.last().value(QStringLiteral("certificates_added")).toArray().size(), 1);

    // New only: the certificate in use (the latest login's) stays, so the change applies; the old key stops working.
    server.document = metadata(kIdpEntity, {newKey2.cert});
    m_h.clock().advanceSecs(3601);
    m_h.forgetToken();
    runSweep();
    config = connectionJson(conn).value(QStringLiteral("saml_config")).toObject();
    QCOMPARE(config.value(QStringLiteral("idp_certificates")).toArray().size(), 1);
    QVERIFY(!config.contains(QStringLiteral("saml_metadata_pending_change")));
    QVERIFY(login(conn, newKey2).contains(QStringLiteral("code=")));
    QVERIFY(login(conn, oldKey).contains(QStringLiteral("error=signature_validation_failed")));
    changed = events(QStringLiteral("connection.saml_metadata_changed"), conn);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().value(QStringLiteral("certificates_removed")).toArray().size(), 1);
    // (That refused login asked for one refresh: nothing changed. Let the rate limit's window pass.)
    QTRY_VERIFY_WITH_TIMEOUT(m_h.engine().metadataRefresher()->fetchesInFlight() == 0, 20000);
    QCOMPARE(events(QStringLiteral("connection.saml_metadata_changed"), conn).size(), 2);
    m_h.clock().advanceSecs(301);
    m_h.forgetToken();

    // The IdP rolls over again without waiting for our schedule: the first failed signature triggers one refresh
    // (rate limited), after which the new key works.
    const KeyPair third = newKey(far);
    server.document = metadata(kIdpEntity, {newKey2.cert, third.cert});
    const int servedBefore = server.served;
    QVERIFY(login(conn, third).contains(QStringLiteral("error=signature_validation_failed")));
    QTRY_COMPARE_WITH_TIMEOUT(server.served, servedBefore + 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_h.engine().metadataRefresher()->fetchesInFlight() == 0, 20000);
    QVERIFY(login(conn, third).contains(QStringLiteral("code=")));
    server.document = metadata(kIdpEntity, {third.cert});
    QVERIFY(login(conn, oldKey).contains(QStringLiteral("error=signature_validation_failed")));
    QTest::qWait(200);
    QCOMPARE(server.served, servedBefore + 1); // rate limited: no second refresh within the interval
}

void TestEngineSsoLifecycle::metadataChangeHeldBack()
{
    const QDateTime far = m_h.clock().now().addYears(2);
    const KeyPair inUse = newKey(far);
    const KeyPair other = newKey(far);
    MetadataServer server;
    QVERIFY(server.listen());
    server.document = metadata(kIdpEntity, {inUse.cert});
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections");
    const QString conn = m_h.api("POST", base, R"({"type":"SAML","provider":"OKTA"})")
                             .json()[QStringLiteral("connection")][QStringLiteral("id")]
                             .toString();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("saml_config"),
                                   QJsonObject{{QStringLiteral("idp_metadata_url"), server.url()}}}})
            .toJson(QJsonDocument::Compact);
    QCOMPARE(m_h.api("PATCH", base + u'/' + conn, body).status, 200);
    QCOMPARE(m_h.api("PATCH", base + u'/' + conn + QStringLiteral(":enable")).status, 200);
    QVERIFY(login(conn, inUse).contains(QStringLiteral("code=")));
    // The accept call without a pending change: 412-style failed precondition.
    QVERIFY(m_h.api("POST", base + u'/' + conn + QStringLiteral("/saml_metadata:accept")).status >= 400);

    // A new entity ID and only a certificate that is not in use: held back, shown, one event.
    const QString movedEntity = QStringLiteral("https://idp.moved.test/saml");
    server.document = metadata(movedEntity, {other.cert});
    m_h.clock().advanceSecs(3601);
    m_h.forgetToken();
    runSweep();
    QJsonObject config = connectionJson(conn).value(QStringLiteral("saml_config")).toObject();
    QCOMPARE(config.value(QStringLiteral("idp_entity_id")).toString(), kIdpEntity);
    const QJsonObject pending = config.value(QStringLiteral("saml_metadata_pending_change")).toObject();
    QCOMPARE(pending.value(QStringLiteral("idp_entity_id")).toString(), movedEntity);
    const QJsonArray reasons = pending.value(QStringLiteral("reasons")).toArray();
    QVERIFY(reasons.contains(QStringLiteral("entity_id_changed")));
    QVERIFY(reasons.contains(QStringLiteral("certificate_in_use_removed")));
    QVERIFY(login(conn, inUse).contains(QStringLiteral("code="))); // logins go on with what is in use
    QList<QJsonObject> changed = events(QStringLiteral("connection.saml_metadata_changed"), conn);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(changed.first().value(QStringLiteral("new_idp_entity_id")).toString(), movedEntity);
    // The same document again: nothing new to record.
    m_h.clock().advanceSecs(3601);
    m_h.forgetToken();
    runSweep();
    QCOMPARE(events(QStringLiteral("connection.saml_metadata_changed"), conn).size(), 1);

    // The admin accepts: applied, pending gone.
    HttpReply r = m_h.api("POST", base + u'/' + conn + QStringLiteral("/saml_metadata:accept"));
    QVERIFY2(r.status == 200, r.body.constData());
    config = r.json()[QStringLiteral("connection")][QStringLiteral("saml_config")].toObject();
    QCOMPARE(config.value(QStringLiteral("idp_entity_id")).toString(), movedEntity);
    QVERIFY(!config.contains(QStringLiteral("saml_metadata_pending_change")));
    // The pending field cannot be written through the API.
    const QByteArray sneaky = R"({"saml_config":{"saml_metadata_pending_change":{"idp_entity_id":"x"}}})";
    QCOMPARE(m_h.api("PATCH", base + u'/' + conn, sneaky).status, 400);
}

void TestEngineSsoLifecycle::certificateExpiryWarnings()
{
    const KeyPair expiring = newKey(m_h.clock().now().addDays(40));
    const QString conn = newConnection(expiring.cert, false);
    QVERIFY(!conn.isEmpty());
    const QString type = QStringLiteral("connection.saml_certificate_expiring");
    runSweep();
    QCOMPARE(events(type, conn).size(), 0);
    m_h.clock().advanceSecs(11 * 86400); // 29 days left
    m_h.forgetToken();
    runSweep();
    QList<QJsonObject> warned = events(type, conn);
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.last().value(QStringLiteral("threshold_days")).toInt(), 30);
    const int remaining = warned.last().value(QStringLiteral("days_remaining")).toInt();
    QVERIFY2(remaining == 28 || remaining == 29, qPrintable(QString::number(remaining)));
    runSweep();
    QCOMPARE(events(type, conn).size(), 1); // once per threshold
    m_h.clock().advanceSecs(23 * 86400);    // 6 days left
    m_h.forgetToken();
    runSweep();
    runSweep();
    warned = events(type, conn);
    QCOMPARE(warned.size(), 2);
    QCOMPARE(warned.last().value(QStringLiteral("threshold_days")).toInt(), 7);
    m_h.clock().advanceSecs(5 * 86400 + 43200); // half a day left
    m_h.forgetToken();
    runSweep();
    warned = events(type, conn);
    QCOMPARE(warned.size(), 3);
    QCOMPARE(warned.last().value(QStringLiteral("threshold_days")).toInt(), 1);
    QVERIFY(!warned.last().value(QStringLiteral("fingerprint_sha256")).toString().isEmpty());
}

// The base64 bodies of the X509Certificate elements of a connection's SP metadata.
QStringList TestEngineSsoLifecycle::spMetadataCertificates(const QString& connection)
{
    const QByteArray xml =
        m_h.request("GET", QStringLiteral("/sso/v1/saml/") + connection + QStringLiteral("/metadata")).body;
    QStringList out;
    auto it =
        QRegularExpression(QStringLiteral("<(?:ds:)?X509Certificate>([^<]+)<")).globalMatch(QString::fromUtf8(xml));
    while (it.hasNext()) {
        out.append(it.next().captured(1).remove(QRegularExpression(QStringLiteral("\\s"))));
    }
    return out;
}

QJsonArray TestEngineSsoLifecycle::spKeys(const QByteArray& method, const QString& action, int expectStatus)
{
    const HttpReply r = m_h.api(method, QStringLiteral("/api/v1/saml/sp_keys") + action);
    if (r.status != expectStatus) {
        qWarning("sp_keys%s: HTTP %d %s", qPrintable(action), r.status, r.body.constData());
        return {};
    }
    return r.json().value(QStringLiteral("sp_keys")).toArray();
}

void TestEngineSsoLifecycle::spCertificateRotation()
{
    const auto body = [](const QJsonValue& key) {
        QString pem = key[QStringLiteral("certificate")].toString();
        pem.remove(QStringLiteral("-----BEGIN CERTIFICATE-----"));
        pem.remove(QStringLiteral("-----END CERTIFICATE-----"));
        return pem.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const KeyPair idp{m_sso->privateKeyPem, m_sso->certificatePem};
    const QString conn = newConnection(idp.cert, true);
    QJsonArray keys = spKeys("GET", {}, 200);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0][QStringLiteral("status")].toString(), QStringLiteral("ACTIVE"));
    const QString oldCert = body(keys[0]);
    const QByteArray oldPem = keys[0][QStringLiteral("certificate")].toString().toLatin1();
    QCOMPARE(spMetadataCertificates(conn), (QStringList{oldCert, oldCert}));
    QVERIFY(login(conn, idp, nullptr, oldPem).contains(QStringLiteral("code=")));

    // Start: the new certificate is published in SP metadata, but not used yet.
    keys = spKeys("POST", QStringLiteral(":rotate"), 201);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys[1][QStringLiteral("status")].toString(), QStringLiteral("NEXT"));
    const QString newCert = body(keys[1]);
    const QByteArray newPem = keys[1][QStringLiteral("certificate")].toString().toLatin1();
    QCOMPARE(spMetadataCertificates(conn), (QStringList{oldCert, oldCert, newCert, newCert}));
    QVERIFY(login(conn, idp, nullptr, newPem).contains(QStringLiteral("error=invalid_saml_response")));
    QVERIFY(login(conn, idp, nullptr, oldPem).contains(QStringLiteral("code=")));
    QVERIFY(m_h.api("POST", QStringLiteral("/api/v1/saml/sp_keys:rotate")).status >= 400); // one at a time

    // Complete: the new key signs and decrypts; the old one still decrypts, and is no longer published.
    keys = spKeys("POST", QStringLiteral(":complete"), 200);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys[0][QStringLiteral("status")].toString(), QStringLiteral("PREVIOUS"));
    QCOMPARE(keys[1][QStringLiteral("status")].toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(spMetadataCertificates(conn), (QStringList{newCert, newCert}));
    QVERIFY(login(conn, idp, nullptr, newPem).contains(QStringLiteral("code=")));
    QVERIFY(login(conn, idp, nullptr, oldPem).contains(QStringLiteral("code=")));

    // Retire: the old key is gone for good.
    keys = spKeys("POST", QStringLiteral(":retire_previous"), 200);
    QCOMPARE(keys[0][QStringLiteral("status")].toString(), QStringLiteral("RETIRED"));
    QVERIFY(keys[0].toObject().contains(QStringLiteral("retire_time")));
    QVERIFY(login(conn, idp, nullptr, oldPem).contains(QStringLiteral("error=invalid_saml_response")));
    QVERIFY(login(conn, idp, nullptr, newPem).contains(QStringLiteral("code=")));
    QVERIFY(m_h.api("POST", QStringLiteral("/api/v1/saml/sp_keys:complete")).status >= 400);
    QVERIFY(m_h.api("POST", QStringLiteral("/api/v1/saml/sp_keys:retire_previous")).status >= 400);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineSsoLifecycle)
#include "TestEngineSsoLifecycle.moc"
