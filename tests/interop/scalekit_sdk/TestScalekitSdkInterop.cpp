// Interop: the official Scalekit Node SDK against a real gatehouse-engine. This program starts the engine
// in-process (SQLite, 127.0.0.1, the real clock: the SDK checks exp/nbf), configures an organization with a SAML
// connection that allows IdP-initiated logins, posts an unsolicited SAML Response (signed with the core's
// buildResponse) to the ACS and takes the idp_initiated_login token from the redirect to the default redirect
// URI. run.js then validates it with getIdpInitiatedLoginClaims (JWKS at /keys, iss, aud = client id), uses
// it once at /oauth/authorize and sees the second use refused.
#include "EngineHarness.h"
#include "SsoTestSupport.h"
#include "TestMain.h"
#include "core/saml/sso/SamlSso.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;
namespace saml = gatehouse::core::saml::sso;

class TestScalekitSdkInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idpInitiatedLoginClaims();

private:
    EngineHarness m_h;
};

void TestScalekitSdkInterop::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        QSKIP("node is not installed (scripts/setup installs it)");
    }
    if (!QFile::exists(QStringLiteral(GATEHOUSE_SCALEKIT_SDK_MODULES "/@scalekit-sdk/node/package.json"))) {
        QSKIP("@scalekit-sdk/node is not installed; the interop.scalekit_sdk.npm test runs npm ci first");
    }
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_h.clock().set(QDateTime::currentDateTimeUtc());
}

void TestScalekitSdkInterop::idpInitiatedLoginClaims()
{
    SsoTestSupport sso(m_h);
    const QString idpEntity = QStringLiteral("https://idp.interop.test/saml");
    const QByteArray settings = R"({"redirect_uris":["http://localhost:3000/callback"],)"
                                R"("default_redirect_uri":"http://localhost:3000/callback"})";
    QVERIFY(sso.setSettings(settings));
    const QString org = sso.createOrganization(QStringLiteral("Interop"));
    sso.addDomain(org, QStringLiteral("acme.test"), true);
    const QString connection = sso.createSamlConnection(org,
                                                        sso.certificatePem,
                                                        true,
                                                        QStringLiteral("OKTA"),
                                                        idpEntity,
                                                        QStringLiteral("https://idp.interop.test/sso"));
    QVERIFY(!connection.isEmpty());
    const QByteArray allow = R"({"saml_config":{"allow_idp_initiated_login":true}})";
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/connections/") + connection,
                     allow)
                 .status,
             200);

    // The user clicks the app in the IdP's dashboard: an unsolicited Response arrives at the ACS.
    saml::ResponseParams params;
    params.issuer = idpEntity;
    params.destination = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + connection + QStringLiteral("/acs");
    params.audience = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + connection;
    params.nameId = QStringLiteral("ada@acme.test");
    params.attributes = {{QStringLiteral("email"), {}, {}, {QStringLiteral("ada@acme.test")}}};
    params.issueInstant = m_h.clock().now();
    params.signingKeyPem = sso.privateKeyPem;
    params.signingCertPem = sso.certificatePem;
    auto xml = saml::buildResponse(params);
    QVERIFY(xml.ok());
    const QByteArray form = "SAMLResponse=" + QUrl::toPercentEncoding(QString::fromLatin1(xml.value().toBase64()))
                            + "&RelayState=" + QUrl::toPercentEncoding(QStringLiteral("/reports/42"));
    const HttpReply acs = m_h.request("POST",
                                      QStringLiteral("/sso/v1/saml/") + connection + QStringLiteral("/acs"),
                                      form,
                                      {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(acs.status, 302);
    const QString token = SsoTestSupport::queryOf(QString::fromUtf8(acs.header("Location")))
                              .queryItemValue(QStringLiteral("idp_initiated_login"));
    QVERIFY(!token.isEmpty());

    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(GATEHOUSE_SCALEKIT_SDK_MODULES));
    env.insert(QStringLiteral("GATEHOUSE_BASE_URL"), m_h.baseUrl());
    env.insert(QStringLiteral("GATEHOUSE_CLIENT_ID"), m_h.clientId());
    env.insert(QStringLiteral("GATEHOUSE_CLIENT_SECRET"), m_h.clientSecret());
    env.insert(QStringLiteral("GATEHOUSE_REDIRECT_URI"), QStringLiteral("http://localhost:3000/callback"));
    env.insert(QStringLiteral("GATEHOUSE_TOKEN"), token);
    node.setProcessEnvironment(env);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&node, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&node, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    node.start(QStringLiteral("node"), {QStringLiteral(GATEHOUSE_SCALEKIT_SDK_SCRIPT)});
    timeout.start(60000); // the engine serves node's requests while this loop runs
    loop.exec();
    if (node.state() != QProcess::NotRunning) {
        node.kill();
        node.waitForFinished(2000);
        QFAIL("node did not finish within 60 s");
    }
    const QByteArray out = node.readAllStandardOutput();
    const QByteArray err = node.readAllStandardError();
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
             qPrintable(QString::fromUtf8(out + err)));
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    const QJsonObject claims = result.value(QStringLiteral("claims")).toObject();
    QCOMPARE(claims.value(QStringLiteral("connection_id")).toString(), connection);
    QCOMPARE(claims.value(QStringLiteral("organization_id")).toString(), org);
    QCOMPARE(claims.value(QStringLiteral("login_hint")).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(claims.value(QStringLiteral("relay_state")).toString(), QStringLiteral("/reports/42"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), m_h.clientId());
    QCOMPARE(result.value(QStringLiteral("secondError")).toString(), QStringLiteral("invalid_request"));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestScalekitSdkInterop)
#include "TestScalekitSdkInterop.moc"
