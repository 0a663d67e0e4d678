// Interop: npm openid-client (v5) against a real gatehouse-engine. This program starts the engine in-process
// (SQLite, 127.0.0.1), configures an organization with a SAML connection whose IdP is FakeSamlIdp (signing
// with the core's buildResponse), registers the redirect URI, and runs run.js with node: openid-client
// discovers the engine, completes code + PKCE through the SAML login, validates the ID token with the JWKS,
// reads /userinfo and refreshes. The engine's clock is the real one here (openid-client checks iat/exp).
#include "EngineHarness.h"
#include "FakeSamlIdp.h"
#include "SsoTestSupport.h"
#include "TestMain.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

class TestOpenIdClientInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codeFlowWithPkce();

private:
    EngineHarness m_h;
};

void TestOpenIdClientInterop::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        QSKIP("node is not installed (scripts/setup installs it)");
    }
    if (!QFile::exists(QStringLiteral(GATEHOUSE_OPENID_CLIENT_MODULES "/openid-client/package.json"))) {
        QSKIP("openid-client is not installed; the interop.openid_client.npm test runs npm ci first");
    }
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_h.clock().set(QDateTime::currentDateTimeUtc());
}

void TestOpenIdClientInterop::codeFlowWithPkce()
{
    SsoTestSupport sso(m_h);
    FakeSamlIdp idp(
        m_h.clock(), sso.privateKeyPem, sso.certificatePem, QStringLiteral("https://idp.interop.test/saml"));
    QVERIFY(idp.listen());
    const QString redirectUri = QStringLiteral("http://localhost:3000/callback");
    const QByteArray settings = R"({"redirect_uris":["http://localhost:3000/callback"]})";
    QVERIFY(sso.setSettings(settings));
    const QString org = sso.createOrganization(QStringLiteral("Interop"));
    sso.addDomain(org, QStringLiteral("acme.test"), true);
    const QString connection = sso.createSamlConnection(org,
                                                        sso.certificatePem,
                                                        true,
                                                        QStringLiteral("OKTA"),
                                                        QStringLiteral("https://idp.interop.test/saml"),
                                                        idp.ssoUrl());
    QVERIFY(!connection.isEmpty());

    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(GATEHOUSE_OPENID_CLIENT_MODULES));
    env.insert(QStringLiteral("GATEHOUSE_BASE_URL"), m_h.baseUrl());
    env.insert(QStringLiteral("GATEHOUSE_CLIENT_ID"), m_h.clientId());
    env.insert(QStringLiteral("GATEHOUSE_CLIENT_SECRET"), m_h.clientSecret());
    env.insert(QStringLiteral("GATEHOUSE_REDIRECT_URI"), redirectUri);
    env.insert(QStringLiteral("GATEHOUSE_ORGANIZATION_ID"), org);
    env.insert(QStringLiteral("GATEHOUSE_EXPECTED_EMAIL"), idp.email);
    node.setProcessEnvironment(env);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&node, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&node, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    node.start(QStringLiteral("node"), {QStringLiteral(GATEHOUSE_OPENID_CLIENT_SCRIPT)});
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
             qPrintable(QString::fromUtf8(out + err) + idp.lastError));
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("email")).toString(), idp.email);
    QCOMPARE(result.value(QStringLiteral("sub")).toString(), connection + u';' + idp.email);
    QCOMPARE(result.value(QStringLiteral("oid")).toString(), org);
    QCOMPARE(idp.answered, 1);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestOpenIdClientInterop)
#include "TestOpenIdClientInterop.moc"
