// HTTP-level tests of the SAML service provider: SP metadata, the AuthnRequest (HTTP-Redirect, signed,
// HTTP-POST), the ACS with responses built by the core's buildResponse (success, every failure code, replay,
// encrypted assertions, verified domains), and SAML connection tests with their stored trace.
// Runs on SQLite, and on PostgreSQL as engine.saml.postgres.
#include "EngineHarness.h"
#include "SsoTestSupport.h"
#include "TestMain.h"
#include "core/saml/sso/SamlSso.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;
namespace saml = gatehouse::core::saml::sso;

namespace {

const QString kIdpEntity = QStringLiteral("https://idp.example.com/saml");
const QString kIdpSso = QStringLiteral("https://idp.example.com/sso");
const QList<QPair<QByteArray, QByteArray>> kForm{{"Content-Type", "application/x-www-form-urlencoded"}};

struct Started
{
    QString loginId;
    QString requestId;
    QString acsUrl;
    QString spEntityId;
    QUrl idpUrl;
};

using Tweak = std::function<void(saml::ResponseParams&)>;

} // namespace

class TestEngineSaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metadata();
    void startRedirect();
    void signedAndPostBindings();
    void acsSuccess();
    void acsFailures_data();
    void acsFailures();
    void replayRefused();
    void encryptedAssertion();
    void wrongAcsAndStaleState();
    void connectionTestTrace();
    void idpInitiatedBecomesToken();
    void connectionFromIdpMetadata();

private:
    Started start(const QString& connection, const QUrlQuery& extra = {});
    Started startTest(const QString& connection);
    QByteArray responseFor(const Started& s, const Tweak& tweak = {});
    HttpReply post(const QString& connection, const QByteArray& samlResponseB64, const QString& relayState);
    QByteArray spCertificatePem();

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    QByteArray m_otherKey;
    QByteArray m_otherCert;
    QString m_org;
    QString m_conn;
};

void TestEngineSaml::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    SsoTestSupport other(m_h);
    m_otherKey = other.privateKeyPem;
    m_otherCert = other.certificatePem;
    const QByteArray settings =
        R"({"redirect_uris":["http://localhost:3000/callback"],"default_redirect_uri":"http://localhost:3000/callback"})";
    QVERIFY(m_sso->setSettings(settings));
    m_org = m_sso->createOrganization(QStringLiteral("Acme"));
    m_sso->addDomain(m_org, QStringLiteral("acme.test"), true);
    m_conn =
        m_sso->createSamlConnection(m_org, m_sso->certificatePem, true, QStringLiteral("OKTA"), kIdpEntity, kIdpSso);
    QVERIFY(!m_conn.isEmpty());
}

Started TestEngineSaml::start(const QString& connection, const QUrlQuery& extra)
{
    QUrlQuery query = extra;
    query.addQueryItem(QStringLiteral("connection_id"), connection);
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("app-state"));
    const QString startUrl = m_sso->follow(m_sso->authorizeUrl(query));
    Started s;
    s.loginId = SsoTestSupport::queryOf(startUrl).queryItemValue(QStringLiteral("login"));
    const QString idp = m_sso->follow(QUrl(startUrl).path() + u'?' + QUrl(startUrl).query());
    s.idpUrl = QUrl(idp);
    auto parsed = saml::parseRedirectAuthnRequest(QUrlQuery(s.idpUrl.query(QUrl::FullyEncoded)));
    if (parsed.ok()) {
        s.requestId = parsed.value().id;
        s.acsUrl = parsed.value().acsUrl;
        s.spEntityId = parsed.value().issuer;
    }
    return s;
}

Started TestEngineSaml::startTest(const QString& connection)
{
    const QString startUrl =
        m_sso->follow(QStringLiteral("/sso/v1/connections/") + connection + QStringLiteral("/test"));
    Started s;
    s.loginId = SsoTestSupport::queryOf(startUrl).queryItemValue(QStringLiteral("login"));
    s.idpUrl = QUrl(m_sso->follow(QUrl(startUrl).path() + u'?' + QUrl(startUrl).query()));
    auto parsed = saml::parseRedirectAuthnRequest(QUrlQuery(s.idpUrl.query(QUrl::FullyEncoded)));
    if (parsed.ok()) {
        s.requestId = parsed.value().id;
        s.acsUrl = parsed.value().acsUrl;
        s.spEntityId = parsed.value().issuer;
    }
    return s;
}

QByteArray TestEngineSaml::responseFor(const Started& s, const Tweak& tweak)
{
    saml::ResponseParams params;
    params.issuer = kIdpEntity;
    params.destination = s.acsUrl;
    params.audience = s.spEntityId;
    params.inResponseTo = s.requestId;
    params.nameId = QStringLiteral("ada@acme.test");
    params.attributes = {{QStringLiteral("email"), {}, {}, {QStringLiteral("ada@acme.test")}},
                         {QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"),
                          {},
                          {},
                          {QStringLiteral("Ada")}},
                         {QStringLiteral("sn"), {}, {}, {QStringLiteral("Lovelace")}},
                         {QStringLiteral("groups"), {}, {}, {QStringLiteral("eng"), QStringLiteral("admins")}}};
    params.issueInstant = m_h.clock().now();
    params.signingKeyPem = m_sso->privateKeyPem;
    params.signingCertPem = m_sso->certificatePem;
    if (tweak) {
        tweak(params);
    }
    auto xml = saml::buildResponse(params);
    return xml.ok() ? xml.value().toBase64() : QByteArray();
}

HttpReply TestEngineSaml::post(const QString& connection, const QByteArray& samlResponseB64, const QString& relayState)
{
    const QByteArray body = "SAMLResponse=" + QUrl::toPercentEncoding(QString::fromLatin1(samlResponseB64))
                            + "&RelayState=" + QUrl::toPercentEncoding(relayState);
    return m_h.request("POST", QStringLiteral("/sso/v1/saml/") + connection + QStringLiteral("/acs"), body, kForm);
}

QByteArray TestEngineSaml::spCertificatePem()
{
    const QByteArray xml =
        m_h.request("GET", QStringLiteral("/sso/v1/saml/") + m_conn + QStringLiteral("/metadata")).body;
    const auto match =
        QRegularExpression(QStringLiteral("<(?:ds:)?X509Certificate>([^<]+)<")).match(QString::fromUtf8(xml));
    if (!match.hasMatch()) {
        return {};
    }
    QByteArray der =
        QByteArray::fromBase64(match.captured(1).remove(QRegularExpression(QStringLiteral("\\s"))).toLatin1());
    return "-----BEGIN CERTIFICATE-----\n" + der.toBase64() + "\n-----END CERTIFICATE-----\n";
}

void TestEngineSaml::metadata()
{
    const HttpReply r = m_h.request("GET", QStringLiteral("/sso/v1/saml/") + m_conn + QStringLiteral("/metadata"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/samlmetadata+xml"));
    const QString base = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + m_conn;
    QVERIFY(r.body.contains(QByteArray("entityID=\"" + base.toUtf8() + '"')));
    QVERIFY(r.body.contains(QString(base + QStringLiteral("/acs")).toUtf8()));
    QVERIFY(r.body.contains("X509Certificate"));
    QVERIFY(!spCertificatePem().isEmpty());
    // The same environment key every time (stored, sealed).
    QCOMPARE(m_h.request("GET", QStringLiteral("/sso/v1/saml/") + m_conn + QStringLiteral("/metadata")).body, r.body);
    QCOMPARE(m_h.request("GET", QStringLiteral("/sso/v1/saml/conn_123456789012345678/metadata")).status, 404);
    QCOMPARE(m_h.request("GET", QStringLiteral("/sso/v1/saml/nonsense/metadata")).status, 404);
}

void TestEngineSaml::startRedirect()
{
    const Started s = start(m_conn, QUrlQuery(QStringLiteral("prompt=login")));
    QVERIFY(!s.loginId.isEmpty());
    QCOMPARE(s.idpUrl.toString(QUrl::RemoveQuery), kIdpSso);
    const QUrlQuery q(s.idpUrl.query(QUrl::FullyEncoded));
    QCOMPARE(q.queryItemValue(QStringLiteral("RelayState"), QUrl::FullyDecoded), s.loginId);
    QVERIFY(!q.hasQueryItem(QStringLiteral("Signature")));
    auto parsed = saml::parseRedirectAuthnRequest(q);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().issuer, m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + m_conn);
    QCOMPARE(parsed.value().acsUrl, m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + m_conn + QStringLiteral("/acs"));
    QCOMPARE(parsed.value().destination, kIdpSso);
    QVERIFY(parsed.value().forceAuthn);
    QVERIFY(parsed.value().id.startsWith(u'_'));
    // An unknown or consumed login state is refused with a page.
    int status = 0;
    m_sso->follow(QStringLiteral("/sso/v1/saml/") + m_conn + QStringLiteral("/start?login=nope"), &status);
    QCOMPARE(status, 400);
}

void TestEngineSaml::signedAndPostBindings()
{
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/");
    const QString signedConn =
        m_sso->createSamlConnection(m_org, m_sso->certificatePem, true, QStringLiteral("ADFS"), kIdpEntity, kIdpSso);
    const QByteArray wantSigned = R"({"saml_config":{"want_request_signed":true}})";
    QCOMPARE(m_h.api("PATCH", base + signedConn, wantSigned).status, 200);
    const Started s = start(signedConn);
    const QUrlQuery q(s.idpUrl.query(QUrl::FullyEncoded));
    QVERIFY(q.hasQueryItem(QStringLiteral("Signature")));
    QVERIFY(q.hasQueryItem(QStringLiteral("SigAlg")));
    auto certs = QSslCertificate::fromData(spCertificatePem());
    QVERIFY(!certs.isEmpty());
    auto parsed = saml::parseRedirectAuthnRequest(q, {certs.first().toDer()});
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QVERIFY(parsed.value().signatureVerified);
    const QByteArray metadata =
        m_h.request("GET", QStringLiteral("/sso/v1/saml/") + signedConn + QStringLiteral("/metadata")).body;
    QVERIFY(metadata.contains("AuthnRequestsSigned=\"true\""));

    const QByteArray postBinding = R"({"saml_config":{"idp_sso_request_binding":"HTTP_POST"}})";
    QCOMPARE(m_h.api("PATCH", base + signedConn, postBinding).status, 200);
    const QString startUrl =
        m_sso->follow(m_sso->authorizeUrl(QUrlQuery(QStringLiteral("connection_id=") + signedConn)));
    const HttpReply page = m_h.request("GET", QUrl(startUrl).path() + u'?' + QUrl(startUrl).query());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("name=\"SAMLRequest\""));
    QVERIFY(page.body.contains(QByteArray("action=\"" + kIdpSso.toUtf8() + '"')));
    const QByteArray csp = page.header("Content-Security-Policy");
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    QVERIFY(csp.contains("form-action https://idp.example.com"));
    QVERIFY(csp.contains("script-src 'nonce-"));
}

void TestEngineSaml::acsSuccess()
{
    const Started s = start(m_conn, QUrlQuery(QStringLiteral("nonce=n1")));
    QVERIFY(!s.requestId.isEmpty());
    const HttpReply r = post(m_conn, responseFor(s), s.loginId);
    QCOMPARE(r.status, 302);
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY2(location.startsWith(m_sso->redirectUri + QStringLiteral("?code=")), qPrintable(location));
    const QUrlQuery answer = SsoTestSupport::queryOf(location);
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("app-state"));
    const QByteArray body =
        "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(answer.queryItemValue(QStringLiteral("code")))
        + "&redirect_uri=" + QUrl::toPercentEncoding(m_sso->redirectUri) + "&client_id=" + m_h.clientId().toLatin1()
        + "&client_secret=" + QUrl::toPercentEncoding(m_h.clientSecret());
    const HttpReply tokens = m_h.request("POST", QStringLiteral("/oauth/token"), body, kForm);
    QCOMPARE(tokens.status, 200);
    const QJsonObject id = m_sso->verifyWithJwks(tokens.json().value(QStringLiteral("id_token")).toString().toLatin1());
    QCOMPARE(id.value(QStringLiteral("sub")).toString(), m_conn + QStringLiteral(";ada@acme.test"));
    QCOMPARE(id.value(QStringLiteral("email")).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(id.value(QStringLiteral("given_name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(id.value(QStringLiteral("family_name")).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(id.value(QStringLiteral("nonce")).toString(), QStringLiteral("n1"));
    QCOMPARE(id.value(QStringLiteral("amr")).toArray(), QJsonArray{m_conn});
    // The same post again: the login state is used up.
    QCOMPARE(post(m_conn, responseFor(s), s.loginId).status, 400);
}

void TestEngineSaml::acsFailures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong audience") << 0 << QStringLiteral("invalid_saml_response");
    QTest::newRow("signed by another key") << 1 << QStringLiteral("signature_validation_failed");
    QTest::newRow("unsigned") << 2 << QStringLiteral("signature_validation_failed");
    QTest::newRow("old response") << 3 << QStringLiteral("response_expired");
    QTest::newRow("idp error status") << 4 << QStringLiteral("invalid_status");
    QTest::newRow("wrong destination") << 5 << QStringLiteral("invalid_acs_url");
    QTest::newRow("wrong InResponseTo") << 6 << QStringLiteral("invalid_saml_response");
    QTest::newRow("wrong issuer") << 7 << QStringLiteral("invalid_saml_response");
    QTest::newRow("no email") << 8 << QStringLiteral("mandatory_attribute_missing");
    QTest::newRow("unverified email domain") << 9 << QStringLiteral("invalid_user_domain");
    QTest::newRow("not base64") << 10 << QStringLiteral("malformed_saml_response");
    QTest::newRow("expired assertion") << 11 << QStringLiteral("expired");
}

void TestEngineSaml::acsFailures()
{
    QFETCH(int, kind);
    QFETCH(QString, error);
    const Started s = start(m_conn);
    QVERIFY(!s.requestId.isEmpty());
    const QByteArray otherKey = m_otherKey;
    const QByteArray otherCert = m_otherCert;
    const QDateTime now = m_h.clock().now();
    QByteArray response = responseFor(s, [&](saml::ResponseParams& p) {
        switch (kind) {
        case 0:
            p.audience = QStringLiteral("https://someone-else.example.com");
            break;
        case 1:
            p.signingKeyPem = otherKey;
            p.signingCertPem = otherCert;
            break;
        case 2:
            p.signResponse = false;
            p.signAssertion = false;
            break;
        case 3:
            p.issueInstant = now.addSecs(-3600);
            break;
        case 4:
            p.statusCode = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Responder");
            p.statusMessage = QStringLiteral("user locked");
            break;
        case 5:
            p.destination = QStringLiteral("https://other.example.com/acs");
            p.recipient = QStringLiteral("https://other.example.com/acs");
            break;
        case 6:
            p.inResponseTo = QStringLiteral("_not-the-request");
            break;
        case 7:
            p.issuer = QStringLiteral("https://rogue.example.com");
            break;
        case 8:
            p.nameId = QStringLiteral("00u1abc");
            p.nameIdFormat = QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
            p.attributes = {{QStringLiteral("firstName"), {}, {}, {QStringLiteral("Ada")}}};
            break;
        case 9:
            p.nameId = QStringLiteral("mallory@evil.test");
            p.attributes = {{QStringLiteral("email"), {}, {}, {QStringLiteral("mallory@evil.test")}}};
            break;
        case 11:
            p.issueInstant = now.addSecs(-500);
            p.validitySecs = 300;
            break;
        default:
            break;
        }
    });
    if (kind == 10) {
        response = "%%%not-base64%%%";
    }
    const HttpReply r = post(m_conn, response, s.loginId);
    QCOMPARE(r.status, 302);
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY2(location.startsWith(m_sso->redirectUri + u'?'), qPrintable(location));
    const QUrlQuery answer = SsoTestSupport::queryOf(location);
    if (error == QStringLiteral("expired")) {
        QVERIFY2(answer.queryItemValue(QStringLiteral("error")).endsWith(QStringLiteral("_expired")),
                 qPrintable(location));
    } else {
        QCOMPARE(answer.queryItemValue(QStringLiteral("error")), error);
    }
    QVERIFY(!answer.queryItemValue(QStringLiteral("error_description")).isEmpty());
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("app-state"));
    QVERIFY(!answer.hasQueryItem(QStringLiteral("code")));
}

void TestEngineSaml::replayRefused()
{
    const Started first = start(m_conn);
    const auto fixedId = [](saml::ResponseParams& p) {
        p.assertionId = QStringLiteral("_assertion-replayed-1");
    };
    QVERIFY(post(m_conn, responseFor(first, fixedId), first.loginId).header("Location").contains("code="));
    // A second login presenting an assertion with the same ID from the same IdP is a replay.
    const Started second = start(m_conn);
    const HttpReply r = post(m_conn, responseFor(second, fixedId), second.loginId);
    QCOMPARE(r.status, 302);
    QCOMPARE(SsoTestSupport::queryOf(QString::fromUtf8(r.header("Location"))).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_saml_response"));
}

void TestEngineSaml::encryptedAssertion()
{
    const QByteArray spCert = spCertificatePem();
    QVERIFY(!spCert.isEmpty());
    const Started s = start(m_conn);
    const HttpReply r =
        post(m_conn, responseFor(s, [&](saml::ResponseParams& p) { p.encryptionCertPem = spCert; }), s.loginId);
    QCOMPARE(r.status, 302);
    QVERIFY2(r.header("Location").contains("code="), r.header("Location").constData());
    // Encrypted for another key: cannot be decrypted.
    const Started t = start(m_conn);
    const HttpReply bad =
        post(m_conn, responseFor(t, [&](saml::ResponseParams& p) { p.encryptionCertPem = m_otherCert; }), t.loginId);
    QCOMPARE(SsoTestSupport::queryOf(QString::fromUtf8(bad.header("Location"))).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_saml_response"));
}

void TestEngineSaml::wrongAcsAndStaleState()
{
    const QString other = m_sso->createSamlConnection(
        m_org, m_sso->certificatePem, true, QStringLiteral("ONELOGIN"), kIdpEntity, kIdpSso);
    const Started s = start(m_conn);
    HttpReply r = post(other, responseFor(s), s.loginId);
    QCOMPARE(r.status, 302);
    QCOMPARE(SsoTestSupport::queryOf(QString::fromUtf8(r.header("Location"))).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_acs_url"));
    // No RelayState (IdP-initiated) and unknown RelayState: an engine page, never a redirect.
    const Started t = start(m_conn);
    r = post(m_conn, responseFor(t), QString());
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Location").isEmpty());
    r = post(m_conn, responseFor(t), QStringLiteral("https://evil.example.com/"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Location").isEmpty());
    QVERIFY(!r.body.contains("evil.example.com"));
    // Login states expire.
    m_h.clock().advanceSecs(601);
    r = post(m_conn, responseFor(t), t.loginId);
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    m_h.forgetToken();
}

void TestEngineSaml::connectionTestTrace()
{
    const QString api = QStringLiteral("/api/v1/connections/") + m_conn + QStringLiteral("/test-requests/");
    const Started s = startTest(m_conn);
    QVERIFY(!s.requestId.isEmpty());
    HttpReply r = post(m_conn, responseFor(s), s.loginId);
    QCOMPARE(r.status, 302);
    const QString resultUrl = QString::fromUtf8(r.header("Location"));
    const QString testId = QUrl(resultUrl).path().section(u'/', -1);
    QVERIFY(testId.startsWith(QStringLiteral("test_")));
    const HttpReply page = m_h.request("GET", QUrl(resultUrl).path() + u'?' + QUrl(resultUrl).query());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Test connection succeeded"));
    QVERIFY(page.body.contains("ada@acme.test"));
    r = m_h.api("GET", api + testId);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(r.json().value(QStringLiteral("authn_request")).toString().contains(QStringLiteral("AuthnRequest")));
    QVERIFY(r.json().value(QStringLiteral("saml_response")).toString().contains(QStringLiteral("Response")));
    QVERIFY(!r.json().value(QStringLiteral("trace")).toArray().isEmpty());
    const QJsonObject info =
        QJsonDocument::fromJson(r.json().value(QStringLiteral("user_info")).toString().toUtf8()).object();
    QCOMPARE(info[QStringLiteral("identities")][0][QStringLiteral("provider_raw_attributes")][QStringLiteral("groups")]
                 .toArray()
                 .size(),
             2);

    // A failing test keeps the code, the precise reason, the fix and the trace with the failing check last.
    const Started f = startTest(m_conn);
    r = post(m_conn,
             responseFor(f, [](saml::ResponseParams& p) { p.audience = QStringLiteral("https://wrong.example.com"); }),
             f.loginId);
    const QString failedId = QUrl(QString::fromUtf8(r.header("Location"))).path().section(u'/', -1);
    r = m_h.api("GET", api + failedId);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("FAILURE"));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_saml_response"));
    QVERIFY(r.json().value(QStringLiteral("error_details")).toString().contains(QStringLiteral("wrong.example.com")));
    QVERIFY(!r.json().value(QStringLiteral("fix")).toString().isEmpty());
    const QJsonArray trace = r.json().value(QStringLiteral("trace")).toArray();
    QVERIFY(!trace.isEmpty());
    QCOMPARE(trace.last()[QStringLiteral("passed")].toBool(), false);
}

void TestEngineSaml::idpInitiatedBecomesToken()
{
    Started unsolicited;
    unsolicited.acsUrl = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + m_conn + QStringLiteral("/acs");
    unsolicited.spEntityId = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + m_conn;
    // Not allowed by the connection: refused with a page.
    HttpReply r = post(m_conn, responseFor(unsolicited), QStringLiteral("from-idp"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Location").isEmpty());
    const QByteArray allow = R"({"saml_config":{"allow_idp_initiated_login":true}})";
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + m_conn,
                     allow)
                 .status,
             200);
    r = post(m_conn, responseFor(unsolicited), QStringLiteral("from-idp"));
    QCOMPARE(r.status, 302);
    const QString location = QString::fromUtf8(r.header("Location"));
    QVERIFY2(location.startsWith(m_sso->redirectUri + QStringLiteral("?idp_initiated_login=")), qPrintable(location));
    const QJsonObject claims = m_sso->verifyWithJwks(
        SsoTestSupport::queryOf(location).queryItemValue(QStringLiteral("idp_initiated_login")).toLatin1());
    QCOMPARE(claims.value(QStringLiteral("connection_id")).toString(), m_conn);
    QCOMPARE(claims.value(QStringLiteral("organization_id")).toString(), m_org);
    QCOMPARE(claims.value(QStringLiteral("login_hint")).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(claims.value(QStringLiteral("relay_state")).toString(), QStringLiteral("from-idp"));
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_h.baseUrl());
    QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble() - claims.value(QStringLiteral("iat")).toDouble()),
             300);
    // An SP-initiated response (with InResponseTo) is not accepted unsolicited, and a replay is refused.
    const Started s = start(m_conn);
    QCOMPARE(post(m_conn, responseFor(s), QStringLiteral("not-a-login")).status, 400);
    const QByteArray once =
        responseFor(unsolicited, [](saml::ResponseParams& p) { p.assertionId = QStringLiteral("_idp-once"); });
    QCOMPARE(post(m_conn, once, QString()).status, 302);
    QCOMPARE(post(m_conn, once, QString()).status, 400);
}

void TestEngineSaml::connectionFromIdpMetadata()
{
    // An admin creates the connection from the IdP's metadata document only, then a user signs in through it.
    saml::IdpMetadataParams idp;
    idp.entityId = QStringLiteral("https://idp2.example.com/metadata");
    idp.ssoUrl = QStringLiteral("https://idp2.example.com/sso");
    idp.signingCertPem = m_sso->certificatePem;
    idp.nameIdFormats = {QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")};
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections");
    const QString id = m_h.api("POST", base, R"({"type":"SAML","provider":"CUSTOM"})")
                           .json()[QStringLiteral("connection")][QStringLiteral("id")]
                           .toString();
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("saml_config"),
                                                       QJsonObject{{QStringLiteral("idp_metadata"),
                                                                    QString::fromUtf8(saml::buildIdpMetadata(idp))}}}})
                                .toJson(QJsonDocument::Compact);
    HttpReply r = m_h.api("PATCH", base + u'/' + id, body);
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject config = r.json()[QStringLiteral("connection")][QStringLiteral("saml_config")].toObject();
    QCOMPARE(config.value(QStringLiteral("idp_entity_id")).toString(), idp.entityId);
    QCOMPARE(config.value(QStringLiteral("idp_sso_url")).toString(), idp.ssoUrl);
    QCOMPARE(config.value(QStringLiteral("idp_name_id_format")).toString(), QStringLiteral("EMAIL"));
    QCOMPARE(m_h.api("PATCH", base + u'/' + id + QStringLiteral(":enable")).status, 200);
    const Started s = start(id);
    QCOMPARE(s.idpUrl.toString(QUrl::RemoveQuery), idp.ssoUrl);
    r = post(id, responseFor(s, [&](saml::ResponseParams& p) { p.issuer = idp.entityId; }), s.loginId);
    QCOMPARE(r.status, 302);
    QVERIFY2(r.header("Location").contains("code="), r.header("Location").constData());
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineSaml)
#include "TestEngineSaml.moc"
