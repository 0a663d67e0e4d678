// The whole SP-initiated login as a browser and an app see it, over HTTP only: a SAML connection created from
// the IdP simulator's metadata, /oauth/authorize → SP start → simulator page (CSRF cookie + token) → simulator
// answer → ACS → app redirect with a code → /oauth/token → ID token checked with the JWKS → /userinfo; the
// same through test_connection_uri with the stored test result; and an error scenario reaching the app as the
// docs' error code. Runs on SQLite and PostgreSQL (engine.sso_e2e.postgres).
#include "EngineHarness.h"
#include "SsoTestSupport.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-end-to-end");

// The value of <input name="NAME" value="…"> in an HTML page (the engine escapes &, <, >, ").
QString inputValue(const QByteArray& html, const QString& name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(QRegularExpression::escape(name)));
    const auto match = re.match(QString::fromUtf8(html));
    QString value = match.hasMatch() ? match.captured(1) : QString();
    value.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    value.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    value.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    value.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return value;
}

QString formAction(const QByteArray& html)
{
    const QRegularExpression re(QStringLiteral("<form method=\"post\" action=\"([^\"]*)\""));
    const auto match = re.match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")) : QString();
}

QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

class TestEngineSsoEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginThroughSimulatorFromItsMetadata();
    void errorScenarioReachesTheApp();
    void connectionTestThroughSimulator();

private:
    // Drives the browser from a URL on this engine through the simulator until the ACS answers; returns the
    // ACS response (a 302 to the app or to a result page). `scenario` is one of the simulator's scenarios.
    HttpReply browse(const QString& startPath, const QString& scenario, const QString& email);
    QString pathOf(const QString& absolute) const;
    QString createConnectionFromSimulatorMetadata();

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    QString m_org;
    QString m_conn;
    QByteArray m_cookie;
};

void TestEngineSsoEndToEnd::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    const QByteArray settings = "{\"redirect_uris\":[\"http://localhost:3000/callback\"]}";
    QVERIFY(m_sso->setSettings(settings));
    m_org = m_sso->createOrganization(QStringLiteral("Simulated Corp"));
    m_conn = createConnectionFromSimulatorMetadata();
    QVERIFY(!m_conn.isEmpty());
}

QString TestEngineSsoEndToEnd::pathOf(const QString& absolute) const
{
    const QUrl url(absolute);
    return url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u'?' + url.query(QUrl::FullyEncoded) : QString());
}

QString TestEngineSsoEndToEnd::createConnectionFromSimulatorMetadata()
{
    const HttpReply metadata = m_h.request("GET", QStringLiteral("/simulator/saml/metadata"));
    if (metadata.status != 200) {
        qWarning() << "simulator metadata:" << metadata.status;
        return {};
    }
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections");
    const HttpReply created = m_h.api("POST", base, R"({"provider":"CUSTOM","type":"SAML"})");
    const QString id = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const QJsonObject patch{{QStringLiteral("saml_config"),
                             QJsonObject{{QStringLiteral("idp_metadata"), QString::fromUtf8(metadata.body)}}}};
    const HttpReply updated = m_h.api("PATCH", base + u'/' + id, QJsonDocument(patch).toJson(QJsonDocument::Compact));
    if (updated.status != 200) {
        qWarning() << "import of the simulator's metadata:" << updated.status << updated.body;
        return {};
    }
    if (m_h.api("PATCH", base + u'/' + id + QStringLiteral(":enable")).status != 200) {
        return {};
    }
    return id;
}

HttpReply TestEngineSsoEndToEnd::browse(const QString& startPath, const QString& scenario, const QString& email)
{
    // Engine redirects up to the simulator's page.
    QString location = m_sso->follow(startPath);
    for (int hop = 0; hop < 4 && !location.isEmpty() && !location.contains(QStringLiteral("/simulator/")); ++hop) {
        location = m_sso->follow(pathOf(location));
    }
    if (!location.contains(QStringLiteral("/simulator/saml/sso"))) {
        qWarning() << "did not reach the simulator:" << location;
        return {};
    }
    const HttpReply page = m_h.request("GET", pathOf(location));
    // The simulator sets its browser cookie once; later pages reuse it (the harness's network manager also
    // keeps it in its cookie jar).
    const QByteArray setCookie = page.header("Set-Cookie");
    if (!setCookie.isEmpty()) {
        m_cookie = setCookie.left(setCookie.indexOf(';'));
    }
    const QByteArray cookie = m_cookie;
    if (page.status != 200 || cookie.isEmpty()) {
        qWarning() << "simulator page:" << page.status << setCookie;
        return {};
    }
    const QByteArray answerForm =
        formBody({{QStringLiteral("request_id"), inputValue(page.body, QStringLiteral("request_id"))},
                  {QStringLiteral("csrf_token"), inputValue(page.body, QStringLiteral("csrf_token"))},
                  {QStringLiteral("scenario"), scenario},
                  {QStringLiteral("email"), email},
                  {QStringLiteral("first_name"), QStringLiteral("Grace")},
                  {QStringLiteral("last_name"), QStringLiteral("Hopper")},
                  {QStringLiteral("groups"), QStringLiteral("admins, engineers")},
                  {QStringLiteral("attributes"), QStringLiteral("employeeNumber=42")}});
    const HttpReply answer = m_h.request("POST",
                                         pathOf(formAction(page.body)),
                                         answerForm,
                                         {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", cookie}});
    if (answer.status != 200) {
        qWarning() << "simulator answer:" << answer.status << answer.body.left(400);
        return {};
    }
    const QString acs = formAction(answer.body);
    QList<QPair<QString, QString>> post{
        {QStringLiteral("SAMLResponse"), inputValue(answer.body, QStringLiteral("SAMLResponse"))}};
    if (const QString relay = inputValue(answer.body, QStringLiteral("RelayState")); !relay.isEmpty()) {
        post.append({QStringLiteral("RelayState"), relay});
    }
    if (!acs.startsWith(m_h.baseUrl() + QStringLiteral("/sso/v1/saml/"))) {
        qWarning() << "the simulator posts to" << acs;
        return {};
    }
    return m_h.request("POST", pathOf(acs), formBody(post), {{"Content-Type", "application/x-www-form-urlencoded"}});
}

void TestEngineSsoEndToEnd::loginThroughSimulatorFromItsMetadata()
{
    QUrlQuery extra;
    extra.addQueryItem(QStringLiteral("connection_id"), m_conn);
    extra.addQueryItem(QStringLiteral("state"), QStringLiteral("app-state-1"));
    extra.addQueryItem(QStringLiteral("nonce"), QStringLiteral("nonce-1"));
    extra.addQueryItem(QStringLiteral("code_challenge"), SsoTestSupport::pkceChallenge(kVerifier));
    extra.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const HttpReply acs =
        browse(m_sso->authorizeUrl(extra), QStringLiteral("login"), QStringLiteral("grace@simulated.test"));
    QCOMPARE(acs.status, 302);
    const QString callback = QString::fromUtf8(acs.header("Location"));
    QVERIFY2(callback.startsWith(m_sso->redirectUri + QStringLiteral("?")), qPrintable(callback));
    const QUrlQuery answer = SsoTestSupport::queryOf(callback);
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("app-state-1"));
    const QString code = answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const QByteArray tokenForm = formBody({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                           {QStringLiteral("code"), code},
                                           {QStringLiteral("redirect_uri"), m_sso->redirectUri},
                                           {QStringLiteral("client_id"), m_h.clientId()},
                                           {QStringLiteral("client_secret"), m_h.clientSecret()},
                                           {QStringLiteral("code_verifier"), kVerifier}});
    const HttpReply tokens = m_h.request(
        "POST", QStringLiteral("/oauth/token"), tokenForm, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(tokens.status, 200);
    const QByteArray idToken = tokens.json()[QStringLiteral("id_token")].toString().toLatin1();
    const QJsonObject claims = m_sso->verifyWithJwks(idToken);
    QVERIFY2(!claims.isEmpty(), "the ID token must verify with the engine's JWKS");
    QCOMPARE(claims[QStringLiteral("email")].toString(), QStringLiteral("grace@simulated.test"));
    QCOMPARE(claims[QStringLiteral("given_name")].toString(), QStringLiteral("Grace"));
    QCOMPARE(claims[QStringLiteral("family_name")].toString(), QStringLiteral("Hopper"));
    QCOMPARE(claims[QStringLiteral("nonce")].toString(), QStringLiteral("nonce-1"));
    QVERIFY(claims[QStringLiteral("sub")].toString().startsWith(m_conn + u';'));
    QCOMPARE(claims[QStringLiteral("iss")].toString(), m_h.baseUrl());

    const HttpReply userinfo = m_h.request(
        "GET",
        QStringLiteral("/userinfo"),
        {},
        {{"Authorization", "Bearer " + tokens.json()[QStringLiteral("access_token")].toString().toLatin1()}});
    QCOMPARE(userinfo.status, 200);
    QCOMPARE(userinfo.json()[QStringLiteral("email")].toString(), QStringLiteral("grace@simulated.test"));

    // The code is single use.
    const HttpReply again = m_h.request(
        "POST", QStringLiteral("/oauth/token"), tokenForm, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(again.status, 400);
}

void TestEngineSsoEndToEnd::errorScenarioReachesTheApp()
{
    QUrlQuery extra;
    extra.addQueryItem(QStringLiteral("connection_id"), m_conn);
    extra.addQueryItem(QStringLiteral("state"), QStringLiteral("app-state-2"));
    const HttpReply acs =
        browse(m_sso->authorizeUrl(extra), QStringLiteral("wrong_audience"), QStringLiteral("x@simulated.test"));
    QCOMPARE(acs.status, 302);
    const QUrlQuery answer = SsoTestSupport::queryOf(QString::fromUtf8(acs.header("Location")));
    QCOMPARE(answer.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_saml_response"));
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("app-state-2"));
    QVERIFY(!answer.hasQueryItem(QStringLiteral("code")));
}

void TestEngineSsoEndToEnd::connectionTestThroughSimulator()
{
    const HttpReply connection =
        m_h.api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(m_org, m_conn));
    const QString testUri =
        connection.json()[QStringLiteral("connection")][QStringLiteral("test_connection_uri")].toString();
    QVERIFY2(testUri.startsWith(m_h.baseUrl()), qPrintable(testUri));
    const HttpReply acs = browse(pathOf(testUri), QStringLiteral("login"), QStringLiteral("tester@simulated.test"));
    QCOMPARE(acs.status, 302);
    const QString resultPage = QString::fromUtf8(acs.header("Location"));
    const QRegularExpression idRe(QStringLiteral("/test-requests/(test_[0-9]+)"));
    const auto match = idRe.match(resultPage);
    QVERIFY2(match.hasMatch(), qPrintable(resultPage));
    const HttpReply page = m_h.request("GET", pathOf(resultPage));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("tester@simulated.test"));

    const HttpReply result =
        m_h.api("GET", QStringLiteral("/api/v1/connections/%1/test-requests/%2").arg(m_conn, match.captured(1)));
    QCOMPARE(result.status, 200);
    const QJsonObject json = result.json();
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    QVERIFY2(text.contains(QStringLiteral("SUCCESS")), qPrintable(text.left(600)));
    QVERIFY2(text.contains(QStringLiteral("tester@simulated.test")), qPrintable(text.left(600)));
    QVERIFY2(text.contains(QStringLiteral("employeeNumber")), qPrintable(text.left(600)));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineSsoEndToEnd)
#include "TestEngineSsoEndToEnd.moc"
