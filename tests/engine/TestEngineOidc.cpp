// OIDC connections end to end over HTTP, against the IdP simulator's OpenID provider: a connection created from
// the simulator's issuer URL alone (discovery fills in the endpoints), /oauth/authorize → RP start → simulator page
// (cookie + CSRF token) → simulator answer → RP callback (token exchange, ID token and JWKS check, userinfo) → app
// redirect with a code → /oauth/token; each error scenario reaching the app as the docs' error code;
// client_secret_post and a wrong client secret; and test_connection_uri storing success and failure with reason and
// fix. Runs on SQLite and PostgreSQL (engine.oidc.postgres).
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

class TestEngineOidc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discoveryAndJwksOfTheSimulator();
    void loginThroughSimulatorFromIssuerAlone();
    void errorScenariosReachTheApp_data();
    void errorScenariosReachTheApp();
    void clientSecretPostAndWrongSecret();
    void connectionTestStoresResults();
    void simulatorRefusesForeignRedirects();
    void productionHasNoOidcSimulatorAndReachesNoLoopbackIdP();

private:
    // From a URL on this engine through the simulator's page and back to the RP callback; returns the callback's
    // answer (302 to the app or to a test result page).
    HttpReply browse(const QString& startPath, const QString& scenario, const QString& email);
    QString pathOf(const QString& absolute) const;
    bool patchConnection(const QJsonObject& oidcConfig);

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    QString m_org;
    QString m_conn;
    QByteArray m_cookie;
    QString m_lastCallback;
};

void TestEngineOidc::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    const QByteArray settings = "{\"redirect_uris\":[\"http://localhost:3000/callback\"]}";
    QVERIFY(m_sso->setSettings(settings));
    m_org = m_sso->createOrganization(QStringLiteral("OIDC Corp"));
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections");
    const QByteArray createBody = R"({"provider":"CUSTOM","type":"OIDC"})";
    const HttpReply created = m_h.api("POST", base, createBody);
    QCOMPARE(created.status, 201);
    m_conn = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    QVERIFY(
        patchConnection({{QStringLiteral("issuer"), QString(m_h.baseUrl() + QStringLiteral("/simulator/oidc"))},
                         {QStringLiteral("client_id"), QStringLiteral("gatehouse-simulator")},
                         {QStringLiteral("client_secret"), QStringLiteral("simulator-secret")},
                         {QStringLiteral("token_auth_type"), QStringLiteral("BASIC_AUTH")},
                         {QStringLiteral("pkce_enabled"), true},
                         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}}}));
    QCOMPARE(m_h.api("PATCH", base + u'/' + m_conn + QStringLiteral(":enable")).status, 200);
}

bool TestEngineOidc::patchConnection(const QJsonObject& oidcConfig)
{
    const QString path = QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(m_org, m_conn);
    const QJsonObject patch{{QStringLiteral("oidc_config"), oidcConfig}};
    const HttpReply updated = m_h.api("PATCH", path, QJsonDocument(patch).toJson(QJsonDocument::Compact));
    if (updated.status != 200) {
        qWarning() << "PATCH oidc_config:" << updated.status << updated.body;
    }
    return updated.status == 200;
}

QString TestEngineOidc::pathOf(const QString& absolute) const
{
    const QUrl url(absolute);
    return url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u'?' + url.query(QUrl::FullyEncoded) : QString());
}

HttpReply TestEngineOidc::browse(const QString& startPath, const QString& scenario, const QString& email)
{
    QString location = m_sso->follow(startPath);
    for (int hop = 0; hop < 4 && !location.isEmpty() && !location.contains(QStringLiteral("/simulator/")); ++hop) {
        location = m_sso->follow(pathOf(location));
    }
    if (!location.startsWith(m_h.baseUrl() + QStringLiteral("/simulator/oidc/authorize?"))) {
        qWarning() << "did not reach the OIDC simulator:" << location;
        return {};
    }
    const QUrlQuery request = SsoTestSupport::queryOf(location);
    if (request.queryItemValue(QStringLiteral("code_challenge_method")) != QStringLiteral("S256")
        || request.queryItemValue(QStringLiteral("nonce")).isEmpty()
        || request.queryItemValue(QStringLiteral("state")).isEmpty()) {
        qWarning() << "authorization request without PKCE S256, nonce or state:" << location;
        return {};
    }
    const HttpReply page = m_h.request("GET", pathOf(location));
    const QByteArray setCookie = page.header("Set-Cookie");
    if (!setCookie.isEmpty()) {
        m_cookie = setCookie.left(setCookie.indexOf(';'));
    }
    if (page.status != 200 || m_cookie.isEmpty()) {
        qWarning() << "simulator page:" << page.status << page.body.left(400);
        return {};
    }
    QList<QPair<QString, QString>> fields;
    for (const char* name : {"redirect_uri", "state", "nonce", "code_challenge", "scope", "csrf_token"}) {
        fields.append({QString::fromLatin1(name), inputValue(page.body, QString::fromLatin1(name))});
    }
    fields.append({QStringLiteral("scenario"), scenario});
    fields.append({QStringLiteral("email"), email});
    fields.append({QStringLiteral("first_name"), QStringLiteral("Ada")});
    fields.append({QStringLiteral("last_name"), QStringLiteral("Lovelace")});
    fields.append({QStringLiteral("groups"), QStringLiteral("admins, engineers")});
    const HttpReply answer = m_h.request("POST",
                                         pathOf(formAction(page.body)),
                                         formBody(fields),
                                         {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", m_cookie}});
    if (answer.status != 302) {
        qWarning() << "simulator answer:" << answer.status << answer.body.left(400);
        return {};
    }
    const QString callback = QString::fromUtf8(answer.header("Location"));
    if (!callback.startsWith(m_h.baseUrl() + QStringLiteral("/sso/v1/oidc/") + m_conn + QStringLiteral("/callback?"))) {
        qWarning() << "the simulator redirects to" << callback;
        return {};
    }
    m_lastCallback = pathOf(callback);
    return m_h.request("GET", m_lastCallback);
}

void TestEngineOidc::discoveryAndJwksOfTheSimulator()
{
    const HttpReply discovery = m_h.request("GET", QStringLiteral("/simulator/oidc/.well-known/openid-configuration"));
    QCOMPARE(discovery.status, 200);
    QCOMPARE(discovery.json()[QStringLiteral("issuer")].toString(), m_h.baseUrl() + QStringLiteral("/simulator/oidc"));
    const HttpReply jwks = m_h.request("GET", QStringLiteral("/simulator/oidc/jwks"));
    QCOMPARE(jwks.status, 200);
    const QJsonArray keys = jwks.json()[QStringLiteral("keys")].toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0)[QStringLiteral("kty")].toString(), QStringLiteral("RSA"));
    QVERIFY(!keys.at(0).toObject().contains(QStringLiteral("d")));
}

void TestEngineOidc::loginThroughSimulatorFromIssuerAlone()
{
    const QString verifier = QStringLiteral("oidc-end-to-end-verifier-0123456789-abcdefghijklmnop");
    QUrlQuery extra;
    extra.addQueryItem(QStringLiteral("connection_id"), m_conn);
    extra.addQueryItem(QStringLiteral("state"), QStringLiteral("app-state-1"));
    extra.addQueryItem(QStringLiteral("nonce"), QStringLiteral("app-nonce-1"));
    extra.addQueryItem(QStringLiteral("code_challenge"), SsoTestSupport::pkceChallenge(verifier));
    extra.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const HttpReply callback =
        browse(m_sso->authorizeUrl(extra), QStringLiteral("login"), QStringLiteral("ada@oidc.test"));
    QCOMPARE(callback.status, 302);
    const QString location = QString::fromUtf8(callback.header("Location"));
    QVERIFY2(location.startsWith(m_sso->redirectUri + u'?'), qPrintable(location));
    const QUrlQuery answer = SsoTestSupport::queryOf(location);
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("app-state-1"));
    const QString code = answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY2(!code.isEmpty(), qPrintable(location));

    const QByteArray tokenForm = formBody({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                           {QStringLiteral("code"), code},
                                           {QStringLiteral("redirect_uri"), m_sso->redirectUri},
                                           {QStringLiteral("client_id"), m_h.clientId()},
                                           {QStringLiteral("client_secret"), m_h.clientSecret()},
                                           {QStringLiteral("code_verifier"), verifier}});
    const HttpReply tokens = m_h.request(
        "POST", QStringLiteral("/oauth/token"), tokenForm, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims = m_sso->verifyWithJwks(tokens.json()[QStringLiteral("id_token")].toString().toLatin1());
    QVERIFY(!claims.isEmpty());
    QCOMPARE(claims[QStringLiteral("email")].toString(), QStringLiteral("ada@oidc.test"));
    QCOMPARE(claims[QStringLiteral("given_name")].toString(), QStringLiteral("Ada"));
    QCOMPARE(claims[QStringLiteral("family_name")].toString(), QStringLiteral("Lovelace"));
    QCOMPARE(claims[QStringLiteral("nonce")].toString(), QStringLiteral("app-nonce-1"));
    QVERIFY2(claims[QStringLiteral("sub")].toString().startsWith(m_conn + QStringLiteral(";sim-")),
             qPrintable(claims[QStringLiteral("sub")].toString()));

    // The login state is single use: replaying the IdP's callback is refused and reaches no app.
    const HttpReply replay = m_h.request("GET", m_lastCallback);
    QCOMPARE(replay.status, 400);
    QVERIFY(replay.body.contains("login_state_invalid"));
    // The app's code is single use too.
    QCOMPARE(m_h.request("POST",
                         QStringLiteral("/oauth/token"),
                         tokenForm,
                         {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             400);
}

void TestEngineOidc::errorScenariosReachTheApp_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("reason"); // part of the reason stored by a connection test
    auto row = [](const char* scenario, const char* error, const char* reason) {
        QTest::newRow(scenario) << QString::fromLatin1(scenario) << QString::fromLatin1(error)
                                << QString::fromLatin1(reason);
    };
    row("token_error", "failed_to_exchange_token", "answered HTTP 400 (invalid_grant");
    row("wrong_nonce", "invalid_id_token", "nonce does not match");
    row("expired_token", "invalid_id_token", "expired at");
    row("bad_signature", "invalid_id_token", "signature does not verify");
    row("unknown_kid", "invalid_id_token", "does not publish");
    row("hs256", "invalid_id_token", "signed with HS256");
    row("alg_none", "invalid_id_token", "not signed (alg");
    row("wrong_audience", "invalid_id_token", "audience (another-client)");
    row("wrong_issuer", "invalid_id_token", "issuer is");
    row("userinfo_error", "user_info_retrieve_failed", "userinfo endpoint");
    row("idp_error", "access_denied", "error=access_denied");
}

void TestEngineOidc::errorScenariosReachTheApp()
{
    QFETCH(QString, scenario);
    QFETCH(QString, error);
    QFETCH(QString, reason);
    QUrlQuery extra;
    extra.addQueryItem(QStringLiteral("connection_id"), m_conn);
    extra.addQueryItem(QStringLiteral("state"), QStringLiteral("state-") + scenario);
    const HttpReply callback = browse(m_sso->authorizeUrl(extra), scenario, QStringLiteral("eve@oidc.test"));
    QCOMPARE(callback.status, 302);
    const QString location = QString::fromUtf8(callback.header("Location"));
    QVERIFY2(location.startsWith(m_sso->redirectUri + u'?'), qPrintable(location));
    const QUrlQuery answer = SsoTestSupport::queryOf(location);
    QCOMPARE(answer.queryItemValue(QStringLiteral("error")), error);
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("state-") + scenario);
    QVERIFY(!answer.hasQueryItem(QStringLiteral("code")));

    // The same scenario through test_connection_uri: the stored result names the error, the reason and a fix.
    const HttpReply test =
        browse(QStringLiteral("/sso/v1/connections/%1/test").arg(m_conn), scenario, QStringLiteral("eve@oidc.test"));
    QCOMPARE(test.status, 302);
    const QRegularExpression idRe(QStringLiteral("/test-requests/(test_[0-9]+)"));
    const auto match = idRe.match(QString::fromUtf8(test.header("Location")));
    QVERIFY2(match.hasMatch(), test.header("Location").constData());
    const HttpReply stored =
        m_h.api("GET", QStringLiteral("/api/v1/connections/%1/test-requests/%2").arg(m_conn, match.captured(1)));
    QCOMPARE(stored.status, 200);
    const QString text = QString::fromUtf8(QJsonDocument(stored.json()).toJson(QJsonDocument::Compact));
    QVERIFY2(text.contains(QStringLiteral("FAILURE")), qPrintable(text.left(800)));
    QVERIFY2(text.contains(error), qPrintable(text.left(800)));
    QVERIFY2(text.contains(reason), qPrintable(text.left(1200)));
    QVERIFY2(text.contains(QStringLiteral("\"fix\":\"")) && !text.contains(QStringLiteral("\"fix\":\"\"")),
             qPrintable(text.left(1200)));
}

void TestEngineOidc::clientSecretPostAndWrongSecret()
{
    QVERIFY(patchConnection({{QStringLiteral("token_auth_type"), QStringLiteral("URL_PARAMS")}}));
    QUrlQuery extra;
    extra.addQueryItem(QStringLiteral("connection_id"), m_conn);
    HttpReply callback = browse(m_sso->authorizeUrl(extra), QStringLiteral("login"), QStringLiteral("post@oidc.test"));
    QCOMPARE(callback.status, 302);
    QVERIFY(
        SsoTestSupport::queryOf(QString::fromUtf8(callback.header("Location"))).hasQueryItem(QStringLiteral("code")));

    QVERIFY(patchConnection({{QStringLiteral("client_secret"), QStringLiteral("not-the-secret")}}));
    callback = browse(m_sso->authorizeUrl(extra), QStringLiteral("login"), QStringLiteral("post@oidc.test"));
    QCOMPARE(callback.status, 302);
    QCOMPARE(
        SsoTestSupport::queryOf(QString::fromUtf8(callback.header("Location"))).queryItemValue(QStringLiteral("error")),
        QStringLiteral("failed_to_exchange_token"));
    QVERIFY(patchConnection({{QStringLiteral("client_secret"), QStringLiteral("simulator-secret")},
                             {QStringLiteral("token_auth_type"), QStringLiteral("BASIC_AUTH")}}));
}

void TestEngineOidc::connectionTestStoresResults()
{
    const HttpReply connection =
        m_h.api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(m_org, m_conn));
    const QString testUri =
        connection.json()[QStringLiteral("connection")][QStringLiteral("test_connection_uri")].toString();
    const QRegularExpression idRe(QStringLiteral("/test-requests/(test_[0-9]+)"));

    struct Case
    {
        QString scenario;
        QString expected;
        QString detail;
    };

    const QList<Case> cases{
        {QStringLiteral("login"), QStringLiteral("SUCCESS"), QStringLiteral("tester@oidc.test")},
        {QStringLiteral("unknown_kid"), QStringLiteral("FAILURE"), QStringLiteral("does not publish")},
        {QStringLiteral("wrong_nonce"), QStringLiteral("FAILURE"), QStringLiteral("nonce")}};
    for (const Case& c : cases) {
        const HttpReply callback = browse(pathOf(testUri), c.scenario, QStringLiteral("tester@oidc.test"));
        QCOMPARE(callback.status, 302);
        const auto match = idRe.match(QString::fromUtf8(callback.header("Location")));
        QVERIFY2(match.hasMatch(), callback.header("Location").constData());
        const HttpReply result =
            m_h.api("GET", QStringLiteral("/api/v1/connections/%1/test-requests/%2").arg(m_conn, match.captured(1)));
        QCOMPARE(result.status, 200);
        const QString text = QString::fromUtf8(QJsonDocument(result.json()).toJson(QJsonDocument::Compact));
        QVERIFY2(text.contains(c.expected), qPrintable(text.left(800)));
        QVERIFY2(text.contains(c.detail), qPrintable(text.left(800)));
        if (c.expected == QStringLiteral("FAILURE")) {
            QVERIFY2(text.contains(QStringLiteral("invalid_id_token")), qPrintable(text.left(800)));
        }
    }
}

void TestEngineOidc::simulatorRefusesForeignRedirects()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("gatehouse-simulator"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://attacker.example/cb"));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
    const HttpReply refused =
        m_h.request("GET", QStringLiteral("/simulator/oidc/authorize?") + query.query(QUrl::FullyEncoded));
    QCOMPARE(refused.status, 400);
    const HttpReply badClient =
        m_h.request("POST",
                    QStringLiteral("/simulator/oidc/token"),
                    "grant_type=authorization_code&code=x&client_id=gatehouse-simulator&client_secret=wrong",
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(badClient.status, 401);
}

void TestEngineOidc::productionHasNoOidcSimulatorAndReachesNoLoopbackIdP()
{
    EngineHarness production;
    QVERIFY2(production.start([](EngineConfig& c) {
        c.environmentType = QStringLiteral("production");
        c.idpAllowPrivate = true; // ignored outside development
    }),
             qPrintable(production.lastError()));
    for (const QString& path : {QStringLiteral("/simulator/oidc/.well-known/openid-configuration"),
                                QStringLiteral("/simulator/oidc/jwks"),
                                QStringLiteral("/simulator/oidc/authorize?client_id=gatehouse-simulator"),
                                QStringLiteral("/simulator/oidc/userinfo")}) {
        QCOMPARE(production.request("GET", path).status, 404);
    }
    QCOMPARE(
        production.request("POST", QStringLiteral("/simulator/oidc/token"), "grant_type=authorization_code").status,
        404);
    // An IdP on a loopback address is never fetched by a production engine: the test result says why.
    SsoTestSupport sso(production);
    const QString org = sso.createOrganization(QStringLiteral("Prod OIDC"));
    const QString base = QStringLiteral("/api/v1/organizations/%1/connections").arg(org);
    const QByteArray createBody = R"({"provider":"CUSTOM","type":"OIDC"})";
    const QString conn =
        production.api("POST", base, createBody).json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const QJsonObject patch{{QStringLiteral("oidc_config"),
                             QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://127.0.0.1:9/idp")},
                                         {QStringLiteral("client_id"), QStringLiteral("c")},
                                         {QStringLiteral("client_secret"), QStringLiteral("s")}}}};
    QCOMPARE(production.api("PATCH", base + u'/' + conn, QJsonDocument(patch).toJson(QJsonDocument::Compact)).status,
             200);
    const HttpReply start = production.request("GET", QStringLiteral("/sso/v1/connections/%1/test").arg(conn));
    QCOMPARE(start.status, 302);
    const QUrl startUrl(QString::fromUtf8(start.header("Location")));
    const HttpReply refused =
        production.request("GET", startUrl.path(QUrl::FullyEncoded) + u'?' + startUrl.query(QUrl::FullyEncoded));
    QCOMPARE(refused.status, 302);
    const QRegularExpression idRe(QStringLiteral("/test-requests/(test_[0-9]+)"));
    const auto match = idRe.match(QString::fromUtf8(refused.header("Location")));
    QVERIFY2(match.hasMatch(), refused.header("Location").constData());
    const HttpReply stored =
        production.api("GET", QStringLiteral("/api/v1/connections/%1/test-requests/%2").arg(conn, match.captured(1)));
    const QString text = QString::fromUtf8(QJsonDocument(stored.json()).toJson(QJsonDocument::Compact));
    QVERIFY2(text.contains(QStringLiteral("FAILURE")) && text.contains(QStringLiteral("loopback")),
             qPrintable(text.left(800)));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineOidc)
#include "TestEngineOidc.moc"
