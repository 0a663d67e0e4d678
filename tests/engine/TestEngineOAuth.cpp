// HTTP-level tests of the OAuth 2.0 / OIDC provider for apps: environment settings (redirect URIs),
// /oauth/authorize (selectors, precedence, every error path, PKCE), LoginFlow, authorization codes, refresh token
// rotation, ID token claims (verified with the JWKS), /userinfo, discovery, /oidc/logout and connection-test
// records. The upstream IdP step is played through LoginFlow, the interface every protocol handler uses.
// Runs on SQLite, and on PostgreSQL as engine.oauth.postgres.
#include "EngineHarness.h"
#include "SsoTestSupport.h"
#include "TestMain.h"
#include "engine/sso/AppTokens.h"
#include "engine/sso/AttributeMapper.h"
#include "engine/sso/LoginFlow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

const QList<QPair<QByteArray, QByteArray>> kForm{{"Content-Type", "application/x-www-form-urlencoded"}};
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-verifier-0123456789");

QUrlQuery q(std::initializer_list<std::pair<const char*, QString>> items)
{
    QUrlQuery out;
    for (const auto& [key, value] : items) {
        out.addQueryItem(QString::fromLatin1(key), value);
    }
    return out;
}

} // namespace

class TestEngineOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discovery();
    void settingsValidation_data();
    void settingsValidation();
    void settingsRoundTrip();
    void authorizeErrorPages();
    void authorizeRedirectErrors_data();
    void authorizeRedirectErrors();
    void selectorPrecedence_data();
    void selectorPrecedence();
    void codeFlowWithPkce();
    void pkceFailures();
    void codeSingleUseRevokes();
    void codeBindingAndExpiry();
    void refreshRotationAndReuse();
    void userinfoRefusesOtherTokens();
    void logout();
    void loginStateSingleUseAndExpiry();
    void verifiedDomainCheck();
    void connectionTestRecords();
    void authorizeRateLimited();
    void idpMetadataImport();

private:
    // authorize → login state id (from the upstream start URL), or empty.
    QString startLogin(const QUrlQuery& extra);
    NormalizedProfile profile(const QString& email, const QString& connection = {}) const;
    // The app's callback URL after a successful upstream login.
    QString completeLogin(const QString& loginId, const QString& email);
    HttpReply token(const QByteArray& body);
    QByteArray codeBody(const QString& code, const QString& verifier = kVerifier) const;
    QJsonObject tokensFor(const QString& email, const QString& scope);

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    QString m_org;
    QString m_conn;
    QString m_orgB;
    QString m_connB;
    QString m_orgEmpty;
    QString m_orgDisabled;
    QString m_connDisabled;
};

void TestEngineOAuth::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    QVERIFY(!m_sso->certificatePem.isEmpty());
    const QByteArray settings =
        R"({"redirect_uris":["http://localhost:3000/callback","https://*.apps.example.net/cb"],)"
        R"("post_logout_redirect_uris":["http://localhost:3000/bye"]})";
    QVERIFY(m_sso->setSettings(settings));
    m_org = m_sso->createOrganization(QStringLiteral("Acme"));
    m_sso->addDomain(m_org, QStringLiteral("acme.test"), true);
    m_conn = m_sso->createSamlConnection(m_org, m_sso->certificatePem, true, QStringLiteral("OKTA"));
    QVERIFY(!m_conn.isEmpty());
    m_orgB = m_sso->createOrganization(QStringLiteral("Beta"));
    m_sso->addDomain(m_orgB, QStringLiteral("beta.test"), true);
    m_sso->addDomain(m_orgB, QStringLiteral("unverified.test"), false);
    m_connB = m_sso->createSamlConnection(m_orgB, m_sso->certificatePem, true, QStringLiteral("JUMPCLOUD"));
    QVERIFY(!m_connB.isEmpty());
    m_orgEmpty = m_sso->createOrganization(QStringLiteral("Empty"));
    m_sso->addDomain(m_orgEmpty, QStringLiteral("empty.test"), true);
    m_orgDisabled = m_sso->createOrganization(QStringLiteral("Disabled"));
    m_connDisabled = m_sso->createSamlConnection(m_orgDisabled, m_sso->certificatePem, false);
    QVERIFY(!m_connDisabled.isEmpty());
}

QString TestEngineOAuth::startLogin(const QUrlQuery& extra)
{
    const QString location = m_sso->follow(m_sso->authorizeUrl(extra));
    if (!location.contains(QStringLiteral("/start?login="))) {
        qWarning() << "authorize did not start a login:" << location;
        return {};
    }
    return SsoTestSupport::queryOf(location).queryItemValue(QStringLiteral("login"));
}

NormalizedProfile TestEngineOAuth::profile(const QString& email, const QString& connection) const
{
    AttributeMapper::Input input;
    input.connectionId = connection.isEmpty() ? m_conn : connection;
    input.organizationId = m_org;
    input.providerName = QStringLiteral("OKTA");
    input.subject = QStringLiteral("00u1abcd");
    input.attributes = {{QStringLiteral("email"), {}, {email}},
                        {QStringLiteral("firstName"), {}, {QStringLiteral("Ada")}},
                        {QStringLiteral("lastName"), {}, {QStringLiteral("Lovelace")}}};
    return AttributeMapper::map(input).value();
}

QString TestEngineOAuth::completeLogin(const QString& loginId, const QString& email)
{
    auto outcome = m_h.engine().loginFlow().complete(loginId, profile(email));
    return outcome.ok() ? outcome.value().redirectUrl : QString();
}

HttpReply TestEngineOAuth::token(const QByteArray& body)
{
    const QByteArray basic =
        QByteArray(QUrl::toPercentEncoding(m_h.clientId()) + ':' + QUrl::toPercentEncoding(m_h.clientSecret()))
            .toBase64();
    auto headers = kForm;
    headers.append({"Authorization", "Basic " + basic});
    return m_h.request("POST", QStringLiteral("/oauth/token"), body, headers);
}

QByteArray TestEngineOAuth::codeBody(const QString& code, const QString& verifier) const
{
    QByteArray body = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code)
                      + "&redirect_uri=" + QUrl::toPercentEncoding(m_sso->redirectUri);
    if (!verifier.isEmpty()) {
        body += "&code_verifier=" + QUrl::toPercentEncoding(verifier);
    }
    return body;
}

QJsonObject TestEngineOAuth::tokensFor(const QString& email, const QString& scope)
{
    const QString login = startLogin(q({{"organization_id", m_org},
                                        {"scope", scope},
                                        {"code_challenge", SsoTestSupport::pkceChallenge(kVerifier)},
                                        {"code_challenge_method", QStringLiteral("S256")}}));
    const QString callback = completeLogin(login, email);
    const QString code = SsoTestSupport::queryOf(callback).queryItemValue(QStringLiteral("code"));
    const HttpReply r = token(codeBody(code));
    return r.status == 200 ? r.json() : QJsonObject();
}

void TestEngineOAuth::discovery()
{
    const HttpReply r = m_h.request("GET", QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.json();
    const QString base = m_h.baseUrl();
    QCOMPARE(d.value(QStringLiteral("issuer")).toString(), base);
    QCOMPARE(d.value(QStringLiteral("authorization_endpoint")).toString(), base + QStringLiteral("/oauth/authorize"));
    QCOMPARE(d.value(QStringLiteral("token_endpoint")).toString(), base + QStringLiteral("/oauth/token"));
    QCOMPARE(d.value(QStringLiteral("userinfo_endpoint")).toString(), base + QStringLiteral("/userinfo"));
    QCOMPARE(d.value(QStringLiteral("jwks_uri")).toString(), base + QStringLiteral("/keys"));
    QCOMPARE(d.value(QStringLiteral("end_session_endpoint")).toString(), base + QStringLiteral("/oidc/logout"));
    QCOMPARE(d.value(QStringLiteral("code_challenge_methods_supported")).toArray(), QJsonArray{QStringLiteral("S256")});
    QCOMPARE(d.value(QStringLiteral("id_token_signing_alg_values_supported")).toArray(),
             QJsonArray{QStringLiteral("RS256")});
    QVERIFY(d.value(QStringLiteral("response_types_supported")).toArray().contains(QStringLiteral("code")));
}

void TestEngineOAuth::settingsValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("query") << QByteArray(R"({"redirect_uris":["https://app.example.com/cb?x=1"]})")
                           << QStringLiteral("redirect_uris[0]");
    QTest::newRow("fragment") << QByteArray(R"({"redirect_uris":["https://app.example.com/cb#top"]})")
                              << QStringLiteral("redirect_uris[0]");
    QTest::newRow("six") << QByteArray(
        R"({"redirect_uris":["https://a.example.com/1","https://a.example.com/2",)"
        R"("https://a.example.com/3","https://a.example.com/4","https://a.example.com/5",)"
        R"("https://a.example.com/6"]})")
                         << QStringLiteral("redirect_uris");
    QTest::newRow("too long") << (QByteArray(R"({"redirect_uris":["https://app.example.com/)") + QByteArray(240, 'a')
                                  + R"("]})")
                              << QStringLiteral("redirect_uris[0]");
    QTest::newRow("root wildcard") << QByteArray(R"({"redirect_uris":["https://*.com/cb"]})")
                                   << QStringLiteral("redirect_uris[0]");
    QTest::newRow("two wildcards") << QByteArray(R"({"redirect_uris":["https://*.*.acme.com/cb"]})")
                                   << QStringLiteral("redirect_uris[0]");
    QTest::newRow("inner wildcard") << QByteArray(R"({"redirect_uris":["https://auth.*.acme.com/cb"]})")
                                    << QStringLiteral("redirect_uris[0]");
    QTest::newRow("path wildcard") << QByteArray(R"({"redirect_uris":["https://acme.com/*"]})")
                                   << QStringLiteral("redirect_uris[0]");
    QTest::newRow("ftp") << QByteArray(R"({"redirect_uris":["ftp://acme.com/cb"]})")
                         << QStringLiteral("redirect_uris[0]");
    QTest::newRow("relative") << QByteArray(R"({"redirect_uris":["/callback"]})") << QStringLiteral("redirect_uris[0]");
    QTest::newRow("duplicate") << QByteArray(
        R"({"redirect_uris":["https://a.example.com/1","https://a.example.com/1"]})")
                               << QStringLiteral("redirect_uris[1]");
    QTest::newRow("default not registered") << QByteArray(
        R"({"redirect_uris":["https://a.example.com/1"],"default_redirect_uri":"https://b.example.com/"})")
                                            << QStringLiteral("default_redirect_uri");
    QTest::newRow("lifetime range") << QByteArray(R"({"id_token_lifetime":5})") << QStringLiteral("id_token_lifetime");
    QTest::newRow("lifetime type") << QByteArray(R"({"access_token_lifetime":"soon"})")
                                   << QStringLiteral("access_token_lifetime");
    QTest::newRow("unknown") << QByteArray(R"({"redirect_urls":[]})") << QStringLiteral("redirect_urls");
    QTest::newRow("not a string") << QByteArray(R"({"redirect_uris":[42]})") << QStringLiteral("redirect_uris[0]");
}

void TestEngineOAuth::settingsValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply r = m_h.api("PUT", QStringLiteral("/api/v1/environment/settings"), body);
    QCOMPARE(r.status, 400);
    const QJsonArray violations = r.json()[QStringLiteral("details")][0][QStringLiteral("validation_error_info")]
                                          [QStringLiteral("field_violations")]
                                              .toArray();
    QVERIFY2(!violations.isEmpty(), r.body.constData());
    QCOMPARE(violations.first()[QStringLiteral("field")].toString(), field);
    // Nothing was changed by the refused call.
    const QJsonObject settings =
        m_h.api("GET", QStringLiteral("/api/v1/environment/settings")).json()[QStringLiteral("settings")].toObject();
    QCOMPARE(settings.value(QStringLiteral("redirect_uris")).toArray().size(), 2);
}

void TestEngineOAuth::settingsRoundTrip()
{
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/environment/settings"));
    QCOMPARE(r.status, 200);
    QJsonObject s = r.json().value(QStringLiteral("settings")).toObject();
    QCOMPARE(s.value(QStringLiteral("redirect_uris")).toArray().first().toString(), m_sso->redirectUri);
    QCOMPARE(s.value(QStringLiteral("access_token_lifetime")).toInt(), 3600);
    r = m_h.api("PUT",
                QStringLiteral("/api/v1/environment/settings"),
                R"({"defaultRedirectUri":"http://localhost:3000/callback"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("settings")][QStringLiteral("default_redirect_uri")].toString(),
             m_sso->redirectUri);
    QCOMPARE(r.json()[QStringLiteral("settings")][QStringLiteral("redirect_uris")].toArray().size(), 2);
    // The token lacking environment:write is refused; the change is audited.
    const QString readOnly = m_h.token(QStringLiteral("environment:read"));
    r = m_h.request("PUT",
                    QStringLiteral("/api/v1/environment/settings"),
                    "{}",
                    {{"Authorization", "Bearer " + readOnly.toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(r.status, 403);
    r = m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":["environment.settings_updated"]})");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(QStringLiteral("events")).toArray().isEmpty());
}

void TestEngineOAuth::authorizeErrorPages()
{
    // Unknown client or unregistered redirect URI: an engine page, never a redirect.
    HttpReply r = m_h.request("GET", m_sso->authorizeUrl(q({{"client_id", QStringLiteral("<remove>")}})));
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    QVERIFY(r.header("Location").isEmpty());
    r = m_h.request("GET", m_sso->authorizeUrl(q({{"client_id", QStringLiteral("skc_123456789012345678")}})));
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("invalid_client"));
    for (const QString& bad : {QStringLiteral("https://evil.example.com/cb"),
                               QStringLiteral("http://localhost:3000/callback/extra"),
                               QStringLiteral("http://localhost:3000/callback?x=1"),
                               QStringLiteral("https://a.b.apps.example.net/cb"),
                               QStringLiteral("<remove>")}) {
        r = m_h.request("GET", m_sso->authorizeUrl(q({{"redirect_uri", bad}, {"organization_id", m_org}})));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("invalid_redirect_uri"));
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(!r.body.contains("evil"));
    }
    // Escaped output: markup in parameters never reaches the page unescaped.
    r = m_h.request("GET", m_sso->authorizeUrl(q({{"client_id", QStringLiteral("<script>x</script>")}})));
    QVERIFY(!r.body.contains("<script>"));
    // Host check (DNS rebinding): another Host is refused before anything else.
    r = m_h.request("GET", m_sso->authorizeUrl(q({{"organization_id", m_org}})), {}, {{"Host", "evil.example.com"}});
    QCOMPARE(r.status, 421);
    // A repeated parameter is refused (on the redirect once client and redirect URI are known).
    const QString repeated =
        m_sso->follow(m_sso->authorizeUrl(q({{"organization_id", m_org}})) + QStringLiteral("&nonce=a&nonce=b"));
    QCOMPARE(SsoTestSupport::queryOf(repeated).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_request"));
    r = m_h.request("GET", m_sso->authorizeUrl(q({{"organization_id", m_org}})) + QStringLiteral("&client_id=x"));
    QCOMPARE(r.status, 400);
    // A wildcard registration matches one label.
    QVERIFY(!startLogin(q({{"redirect_uri", QStringLiteral("https://tenant-1.apps.example.net/cb")},
                           {"organization_id", m_org}}))
                 .isEmpty());
}

void TestEngineOAuth::authorizeRedirectErrors_data()
{
    QTest::addColumn<QUrlQuery>("params");
    QTest::addColumn<QString>("error");
    const QString challenge = SsoTestSupport::pkceChallenge(kVerifier);
    QTest::newRow("response_type token") << q({{"response_type", QStringLiteral("token")}, {"organization_id", m_org}})
                                         << QStringLiteral("unsupported_response_type");
    QTest::newRow("response_type missing")
        << q({{"response_type", QStringLiteral("<remove>")}, {"organization_id", m_org}})
        << QStringLiteral("invalid_request");
    QTest::newRow("scope without openid")
        << q({{"scope", QStringLiteral("email")}, {"organization_id", m_org}}) << QStringLiteral("invalid_scope");
    QTest::newRow("unknown scope") << q({{"scope", QStringLiteral("openid admin")}, {"organization_id", m_org}})
                                   << QStringLiteral("invalid_scope");
    QTest::newRow("pkce plain") << q(
        {{"code_challenge", challenge}, {"code_challenge_method", QStringLiteral("plain")}, {"organization_id", m_org}})
                                << QStringLiteral("invalid_request");
    QTest::newRow("pkce no method") << q({{"code_challenge", challenge}, {"organization_id", m_org}})
                                    << QStringLiteral("invalid_request");
    QTest::newRow("pkce short") << q({{"code_challenge", QStringLiteral("abc")},
                                      {"code_challenge_method", QStringLiteral("S256")},
                                      {"organization_id", m_org}})
                                << QStringLiteral("invalid_request");
    QTest::newRow("prompt none") << q({{"prompt", QStringLiteral("none")}, {"organization_id", m_org}})
                                 << QStringLiteral("login_required");
    QTest::newRow("prompt unknown") << q({{"prompt", QStringLiteral("later")}, {"organization_id", m_org}})
                                    << QStringLiteral("invalid_request");
    QTest::newRow("state too long") << q({{"state", QString(3000, u'x')}, {"organization_id", m_org}})
                                    << QStringLiteral("invalid_request");
    QTest::newRow("no selector") << QUrlQuery() << QStringLiteral("invalid_connection_selector");
    QTest::newRow("login_hint without domain")
        << q({{"login_hint", QStringLiteral("ada")}}) << QStringLiteral("invalid_connection_selector");
    QTest::newRow("malformed connection_id")
        << q({{"connection_id", QStringLiteral("conn_x")}}) << QStringLiteral("invalid_connection_id");
    QTest::newRow("unknown connection_id")
        << q({{"connection_id", QStringLiteral("conn_123456789012345678")}}) << QStringLiteral("invalid_connection_id");
    QTest::newRow("disabled connection") << q({{"connection_id", m_connDisabled}})
                                         << QStringLiteral("connection_not_active");
    QTest::newRow("malformed organization_id")
        << q({{"organization_id", QStringLiteral("acme")}}) << QStringLiteral("invalid_organization_id");
    QTest::newRow("unknown organization_id") << q({{"organization_id", QStringLiteral("org_123456789012345678")}})
                                             << QStringLiteral("invalid_organization_id");
    QTest::newRow("organization without connections")
        << q({{"organization_id", m_orgEmpty}}) << QStringLiteral("no_configured_connections");
    QTest::newRow("organization without active connection")
        << q({{"organization_id", m_orgDisabled}}) << QStringLiteral("no_active_connections");
    QTest::newRow("unknown domain") << q({{"domain", QStringLiteral("nowhere.test")}})
                                    << QStringLiteral("domain_not_found");
    QTest::newRow("domain without connection")
        << q({{"domain", QStringLiteral("empty.test")}}) << QStringLiteral("domain_not_found");
    // Home-realm discovery only through verified domains (issue 9): a pending claim routes nobody.
    QTest::newRow("unverified domain") << q({{"domain", QStringLiteral("unverified.test")}})
                                       << QStringLiteral("domain_not_found");
    QTest::newRow("login_hint with unverified domain")
        << q({{"login_hint", QStringLiteral("ada@unverified.test")}}) << QStringLiteral("domain_not_found");
    QTest::newRow("login_hint unknown domain")
        << q({{"login_hint", QStringLiteral("ada@nowhere.test")}}) << QStringLiteral("domain_not_found");
    QTest::newRow("unknown provider") << q({{"provider", QStringLiteral("github")}, {"organization_id", m_org}})
                                      << QStringLiteral("no_active_connections");
}

void TestEngineOAuth::authorizeRedirectErrors()
{
    QFETCH(QUrlQuery, params);
    QFETCH(QString, error);
    params.addQueryItem(QStringLiteral("state"), QStringLiteral("st-123"));
    if (params.allQueryItemValues(QStringLiteral("state")).size() > 1) {
        params.removeAllQueryItems(QStringLiteral("state"));
        params.addQueryItem(QStringLiteral("state"), QString(3000, u'x'));
    }
    int status = 0;
    const QString location = m_sso->follow(m_sso->authorizeUrl(params), &status);
    QCOMPARE(status, 302);
    QVERIFY2(location.startsWith(m_sso->redirectUri + u'?'), qPrintable(location));
    const QUrlQuery answer = SsoTestSupport::queryOf(location);
    QCOMPARE(answer.queryItemValue(QStringLiteral("error")), error);
    QVERIFY(!answer.queryItemValue(QStringLiteral("error_description")).isEmpty());
    QVERIFY(!answer.hasQueryItem(QStringLiteral("code")));
    if (params.queryItemValue(QStringLiteral("state")).size() < 100) {
        QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
    }
}

void TestEngineOAuth::selectorPrecedence_data()
{
    QTest::addColumn<QUrlQuery>("params");
    QTest::addColumn<QString>("expected"); // "A" = Acme's connection, "B" = Beta's
    // provider ignores all others, even a broken connection_id.
    QTest::newRow("provider over everything") << q({{"provider", QStringLiteral("jumpcloud")},
                                                    {"connection_id", QStringLiteral("conn_x")},
                                                    {"organization_id", m_org}})
                                              << QStringLiteral("B");
    QTest::newRow("connection_id over organization_id")
        << q({{"connection_id", m_connB}, {"organization_id", QStringLiteral("org_123456789012345678")}})
        << QStringLiteral("B");
    QTest::newRow("organization_id over domain")
        << q({{"organization_id", m_org}, {"domain", QStringLiteral("beta.test")}}) << QStringLiteral("A");
    QTest::newRow("domain over login_hint")
        << q({{"domain", QStringLiteral("BETA.test")}, {"login_hint", QStringLiteral("ada@acme.test")}})
        << QStringLiteral("B");
    QTest::newRow("login_hint domain") << q({{"login_hint", QStringLiteral("ada@acme.test")}}) << QStringLiteral("A");
    QTest::newRow("verified domain") << q({{"domain", QStringLiteral("beta.test")}}) << QStringLiteral("B");
}

void TestEngineOAuth::selectorPrecedence()
{
    QFETCH(QUrlQuery, params);
    QFETCH(QString, expected);
    const QString login = startLogin(params);
    QVERIFY(!login.isEmpty());
    auto state = m_h.engine().loginFlow().load(login);
    QVERIFY(state.ok());
    QCOMPARE(state.value().connectionId, expected == QStringLiteral("A") ? m_conn : m_connB);
    QVERIFY(m_sso->follow(m_sso->authorizeUrl(params))
                .startsWith(m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + state.value().connectionId
                            + QStringLiteral("/start?login=")));
}

void TestEngineOAuth::codeFlowWithPkce()
{
    const QString login = startLogin(q({{"organization_id", m_org},
                                        {"scope", QStringLiteral("openid email profile offline_access")},
                                        {"state", QStringLiteral("xyz")},
                                        {"nonce", QStringLiteral("n-0S6_WzA2Mj")},
                                        {"code_challenge", SsoTestSupport::pkceChallenge(kVerifier)},
                                        {"code_challenge_method", QStringLiteral("S256")}}));
    QVERIFY(!login.isEmpty());
    const QString callback = completeLogin(login, QStringLiteral("Ada@Acme.test"));
    QVERIFY2(callback.startsWith(m_sso->redirectUri + QStringLiteral("?code=")), qPrintable(callback));
    const QUrlQuery answer = SsoTestSupport::queryOf(callback);
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
    const QString code = answer.queryItemValue(QStringLiteral("code"));
    QVERIFY(code.size() >= 40);

    const HttpReply r = token(codeBody(code));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject tokens = r.json();
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(tokens.value(QStringLiteral("refresh_token")).toString().startsWith(QStringLiteral("rt_")));
    const QByteArray accessToken = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray idToken = tokens.value(QStringLiteral("id_token")).toString().toLatin1();

    const QJsonObject id = m_sso->verifyWithJwks(idToken);
    QVERIFY2(!id.isEmpty(), "ID token does not verify with the JWKS");
    const qint64 now = m_h.clock().now().toSecsSinceEpoch();
    QCOMPARE(id.value(QStringLiteral("iss")).toString(), m_h.baseUrl());
    QCOMPARE(id.value(QStringLiteral("aud")).toArray(), QJsonArray{m_h.clientId()});
    QCOMPARE(id.value(QStringLiteral("azp")).toString(), m_h.clientId());
    QCOMPARE(id.value(QStringLiteral("amr")).toArray(), QJsonArray{m_conn});
    QCOMPARE(id.value(QStringLiteral("sub")).toString(), m_conn + QStringLiteral(";00u1abcd"));
    QCOMPARE(id.value(QStringLiteral("oid")).toString(), m_org);
    QVERIFY(id.value(QStringLiteral("sid")).toString().startsWith(QStringLiteral("ses_")));
    QCOMPARE(qint64(id.value(QStringLiteral("iat")).toDouble()), now);
    QCOMPARE(qint64(id.value(QStringLiteral("exp")).toDouble()), now + 3600);
    QCOMPARE(id.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(id.value(QStringLiteral("at_hash")).toString(), AppTokens::halfHash(accessToken));
    QCOMPARE(id.value(QStringLiteral("c_hash")).toString(), AppTokens::halfHash(code.toLatin1()));
    QCOMPARE(id.value(QStringLiteral("email")).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(id.value(QStringLiteral("email_verified")).toBool(), true);
    QCOMPARE(id.value(QStringLiteral("given_name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(id.value(QStringLiteral("family_name")).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(id.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));

    const QJsonObject access = m_sso->verifyWithJwks(accessToken);
    QCOMPARE(access.value(QStringLiteral("aud")).toArray(), QJsonArray{m_h.clientId()});
    QCOMPARE(access.value(QStringLiteral("sid")), id.value(QStringLiteral("sid")));
    // An access token for apps is not an API token.
    HttpReply api =
        m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Authorization", "Bearer " + accessToken}});
    QCOMPARE(api.status, 401);

    for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
        const HttpReply info =
            m_h.request(method, QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + accessToken}});
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(QStringLiteral("sub")).toString(), m_conn + QStringLiteral(";00u1abcd"));
        QCOMPARE(info.json().value(QStringLiteral("email")).toString(), QStringLiteral("ada@acme.test"));
    }
}

void TestEngineOAuth::pkceFailures()
{
    const QString login = startLogin(q({{"organization_id", m_org},
                                        {"code_challenge", SsoTestSupport::pkceChallenge(kVerifier)},
                                        {"code_challenge_method", QStringLiteral("S256")}}));
    const QString code = SsoTestSupport::queryOf(completeLogin(login, QStringLiteral("ada@acme.test")))
                             .queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    HttpReply r = token(codeBody(code, QString()));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    r = token(codeBody(code, kVerifier + QStringLiteral("x")));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    r = token(codeBody(code, QStringLiteral("short")));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // Failed attempts do not consume the code: the right verifier still works.
    QCOMPARE(token(codeBody(code)).status, 200);

    // A verifier without a challenge in the authorization request is refused.
    const QString plainLogin = startLogin(q({{"organization_id", m_org}}));
    const QString plainCode = SsoTestSupport::queryOf(completeLogin(plainLogin, QStringLiteral("ada@acme.test")))
                                  .queryItemValue(QStringLiteral("code"));
    QCOMPARE(token(codeBody(plainCode)).json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(token(codeBody(plainCode, QString())).status, 200);
}

void TestEngineOAuth::codeSingleUseRevokes()
{
    const QString login = startLogin(q({{"organization_id", m_org},
                                        {"scope", QStringLiteral("openid email profile offline_access")},
                                        {"code_challenge", SsoTestSupport::pkceChallenge(kVerifier)},
                                        {"code_challenge_method", QStringLiteral("S256")}}));
    const QString code = SsoTestSupport::queryOf(completeLogin(login, QStringLiteral("ada@acme.test")))
                             .queryItemValue(QStringLiteral("code"));
    HttpReply r = token(codeBody(code));
    QCOMPARE(r.status, 200);
    const QByteArray accessToken = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray refreshToken = r.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
    QCOMPARE(m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + accessToken}}).status,
             200);

    r = token(codeBody(code));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // Everything issued from the code is revoked.
    r = m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + accessToken}});
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
    r = token("grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(QString::fromLatin1(refreshToken)));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(token(codeBody(QStringLiteral("not-a-code"))).json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestEngineOAuth::codeBindingAndExpiry()
{
    const QString login = startLogin(q({{"organization_id", m_org}}));
    const QString code = SsoTestSupport::queryOf(completeLogin(login, QStringLiteral("ada@acme.test")))
                             .queryItemValue(QStringLiteral("code"));
    // Bound to the redirect URI and to the client.
    QByteArray body = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code)
                      + "&redirect_uri=" + QUrl::toPercentEncoding(QStringLiteral("https://x.apps.example.net/cb"));
    QCOMPARE(token(body).json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(token("grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code))
                 .json()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("invalid_request"));
    HttpReply r =
        m_h.request("POST",
                    QStringLiteral("/oauth/token"),
                    codeBody(code, QString()) + "&client_id=" + m_h.clientId().toLatin1() + "&client_secret=wrong",
                    kForm);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    // Expires after 10 minutes.
    m_h.clock().advanceSecs(601);
    QCOMPARE(token(codeBody(code, QString())).json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    m_h.forgetToken();
}

void TestEngineOAuth::refreshRotationAndReuse()
{
    const QJsonObject first = tokensFor(QStringLiteral("ada@acme.test"), QStringLiteral("openid email offline_access"));
    const QString rt1 = first.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt1.isEmpty());
    const auto refresh = [this](const QString& rt, const QByteArray& extra = {}) {
        return token("grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(rt) + extra);
    };
    HttpReply r = refresh(rt1);
    QCOMPARE(r.status, 200);
    const QString rt2 = r.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt2.isEmpty() && rt2 != rt1);
    const QJsonObject id = m_sso->verifyWithJwks(r.json().value(QStringLiteral("id_token")).toString().toLatin1());
    QCOMPARE(id.value(QStringLiteral("sub")).toString(), m_conn + QStringLiteral(";00u1abcd"));
    QVERIFY(!id.contains(QStringLiteral("c_hash")));
    QCOMPARE(refresh(rt2, "&scope=openid%20admin").json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_scope"));
    // Reusing rt1 (already rotated) revokes the family: rt2 and the access tokens stop working.
    const QByteArray access2 = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    r = refresh(rt1);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(rt2).json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + access2}}).status, 401);
    // No offline_access, no refresh token.
    QVERIFY(!tokensFor(QStringLiteral("ada@acme.test"), QStringLiteral("openid"))
                 .contains(QStringLiteral("refresh_token")));
}

void TestEngineOAuth::userinfoRefusesOtherTokens()
{
    HttpReply r = m_h.request("GET", QStringLiteral("/userinfo"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    r = m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + m_h.token().toLatin1()}});
    QCOMPARE(r.status, 401);
    const QJsonObject tokens = tokensFor(QStringLiteral("ada@acme.test"), QStringLiteral("openid"));
    const QByteArray idToken = tokens.value(QStringLiteral("id_token")).toString().toLatin1();
    r = m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + idToken}});
    QCOMPARE(r.status, 401);
    QByteArray tampered = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
    tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
    QCOMPARE(m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + tampered}}).status,
             401);
    // Expired access token.
    const QByteArray access = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
    m_h.clock().advanceSecs(3601);
    QCOMPARE(m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + access}}).status, 401);
    m_h.forgetToken();
}

void TestEngineOAuth::logout()
{
    const QJsonObject tokens = tokensFor(QStringLiteral("ada@acme.test"), QStringLiteral("openid email"));
    const QString idToken = tokens.value(QStringLiteral("id_token")).toString();
    const QByteArray access = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
    const auto logoutUrl = [&](const QString& target) -> QString {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("id_token_hint"), idToken);
        query.addQueryItem(QStringLiteral("post_logout_redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(target)));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("bye-1"));
        return QStringLiteral("/oidc/logout?") + query.toString(QUrl::FullyEncoded);
    };
    int status = 0;
    QVERIFY(m_sso->follow(logoutUrl(QStringLiteral("https://evil.example.com/")), &status).isEmpty());
    QCOMPARE(status, 400);
    QCOMPARE(m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + access}}).status, 200);
    const QString location = m_sso->follow(logoutUrl(QStringLiteral("http://localhost:3000/bye")), &status);
    QCOMPARE(status, 302);
    QCOMPARE(location, QStringLiteral("http://localhost:3000/bye?state=bye-1"));
    QCOMPARE(m_h.request("GET", QStringLiteral("/userinfo"), {}, {{"Authorization", "Bearer " + access}}).status, 401);
    // One-time use.
    m_sso->follow(logoutUrl(QStringLiteral("http://localhost:3000/bye")), &status);
    QCOMPARE(status, 400);
    m_sso->follow(QStringLiteral("/oidc/logout?id_token_hint=garbage"), &status);
    QCOMPARE(status, 400);
}

void TestEngineOAuth::loginStateSingleUseAndExpiry()
{
    const QString login = startLogin(q({{"organization_id", m_org}, {"state", QStringLiteral("s1")}}));
    QVERIFY(m_h.engine().loginFlow().load(login).ok());
    QVERIFY(!completeLogin(login, QStringLiteral("ada@acme.test")).isEmpty());
    auto again = m_h.engine().loginFlow().complete(login, profile(QStringLiteral("ada@acme.test")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("login_state_invalid"));
    QVERIFY(!m_h.engine().loginFlow().fail(login, QStringLiteral("invalid_saml_response"), QStringLiteral("x")).ok());

    const QString late = startLogin(q({{"organization_id", m_org}}));
    m_h.clock().advanceSecs(601);
    QCOMPARE(m_h.engine().loginFlow().complete(late, profile(QStringLiteral("ada@acme.test"))).error().code,
             QStringLiteral("login_state_invalid"));
    m_h.forgetToken();

    // fail() sends the SSO error code to the app with the state.
    const QString failing = startLogin(q({{"organization_id", m_org}, {"state", QStringLiteral("s2")}}));
    auto failed = m_h.engine().loginFlow().fail(
        failing, QStringLiteral("signature_validation_failed"), QStringLiteral("Failed signature validation"));
    QVERIFY(failed.ok());
    QVERIFY(!failed.value().success);
    const QUrlQuery answer = SsoTestSupport::queryOf(failed.value().redirectUrl);
    QCOMPARE(answer.queryItemValue(QStringLiteral("error")), QStringLiteral("signature_validation_failed"));
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("s2"));
    QVERIFY(failed.value().redirectUrl.startsWith(m_sso->redirectUri));
}

void TestEngineOAuth::verifiedDomainCheck()
{
    // Acme has verified acme.test: another email domain is refused with invalid_user_domain.
    const QString login = startLogin(q({{"organization_id", m_org}, {"state", QStringLiteral("d")}}));
    auto outcome = m_h.engine().loginFlow().complete(login, profile(QStringLiteral("mallory@evil.test")));
    QVERIFY(outcome.ok());
    QVERIFY(!outcome.value().success);
    QCOMPARE(SsoTestSupport::queryOf(outcome.value().redirectUrl).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_user_domain"));
    // An organization without any verified domain accepts any email (its pending claims do not count).
    const QString orgC = m_sso->createOrganization(QStringLiteral("Gamma"));
    m_sso->addDomain(orgC, QStringLiteral("gamma.test"), false);
    const QString connC = m_sso->createSamlConnection(orgC, m_sso->certificatePem, true);
    QVERIFY(!connC.isEmpty());
    const QString gammaLogin = startLogin(q({{"organization_id", orgC}}));
    auto gamma = m_h.engine().loginFlow().complete(gammaLogin, profile(QStringLiteral("someone@else.test"), connC));
    QVERIFY(gamma.ok() && gamma.value().success);
    // Beta verified beta.test: its users pass.
    const QString betaLogin = startLogin(q({{"organization_id", m_orgB}}));
    auto beta = m_h.engine().loginFlow().complete(betaLogin, profile(QStringLiteral("someone@beta.test"), m_connB));
    QVERIFY(beta.ok() && beta.value().success);
}

void TestEngineOAuth::connectionTestRecords()
{
    int status = 0;
    const QString start =
        m_sso->follow(QStringLiteral("/sso/v1/connections/") + m_connDisabled + QStringLiteral("/test"), &status);
    QCOMPARE(status, 302); // tests run for disabled (not yet enabled) connections too
    const QString login = SsoTestSupport::queryOf(start).queryItemValue(QStringLiteral("login"));
    auto state = m_h.engine().loginFlow().load(login);
    QVERIFY(state.ok());
    QCOMPARE(state.value().purpose, LoginState::Purpose::Test);
    const QString testId = state.value().testRequestId;
    QVERIFY(testId.startsWith(QStringLiteral("test_")));
    const QString api =
        QStringLiteral("/api/v1/connections/") + m_connDisabled + QStringLiteral("/test-requests/") + testId;
    HttpReply r = m_h.api("GET", api);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));

    LoginFlow::Evidence evidence;
    evidence.trace = QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("response.signature")},
                                            {QStringLiteral("passed"), true},
                                            {QStringLiteral("detail"), QStringLiteral("<b>ok</b>")}}};
    auto outcome =
        m_h.engine().loginFlow().complete(login, profile(QStringLiteral("ada@acme.test"), m_connDisabled), evidence);
    QVERIFY(outcome.ok() && outcome.value().success);
    QVERIFY(outcome.value().redirectUrl.contains(QStringLiteral("/test-requests/") + testId));
    r = m_h.api("GET", api);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    const QJsonObject info =
        QJsonDocument::fromJson(r.json().value(QStringLiteral("user_info")).toString().toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("email")).toString(), QStringLiteral("ada@acme.test"));
    QCOMPARE(
        info[QStringLiteral("identities")][0][QStringLiteral("provider_raw_attributes")][QStringLiteral("firstName")]
            .toString(),
        QStringLiteral("Ada"));
    QCOMPARE(r.json().value(QStringLiteral("trace")).toArray().size(), 1);

    // The result page is HTML, escaped, and only with the browser's key.
    const QString page = QUrl(outcome.value().redirectUrl).path() + u'?' + QUrl(outcome.value().redirectUrl).query();
    r = m_h.request("GET", page);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    QVERIFY(r.body.contains("ada@acme.test"));
    QVERIFY(r.body.contains("&lt;b&gt;ok&lt;/b&gt;"));
    QVERIFY(!r.body.contains("<b>ok</b>"));
    QCOMPARE(m_h.request("GET", QUrl(outcome.value().redirectUrl).path() + QStringLiteral("?login=guess")).status, 404);

    // A failing test stores code, reason and fix.
    const QString second = SsoTestSupport::queryOf(m_sso->follow(QStringLiteral("/sso/v1/connections/") + m_connDisabled
                                                                 + QStringLiteral("/test")))
                               .queryItemValue(QStringLiteral("login"));
    const QString secondId = m_h.engine().loginFlow().load(second).value().testRequestId;
    evidence.reason = QStringLiteral("Audience 'x' does not contain the SP entity ID");
    evidence.fix = QStringLiteral("Set the Audience URI in the IdP");
    QVERIFY(
        m_h.engine()
            .loginFlow()
            .fail(second, QStringLiteral("invalid_saml_response"), QStringLiteral("Invalid SAML response"), evidence)
            .ok());
    r = m_h.api("GET",
                QStringLiteral("/api/v1/connections/") + m_connDisabled + QStringLiteral("/test-requests/") + secondId);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("FAILURE"));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_saml_response"));
    QCOMPARE(r.json().value(QStringLiteral("error_details")).toString(), evidence.reason);
    QCOMPARE(r.json().value(QStringLiteral("fix")).toString(), evidence.fix);
    // The connection carries its newest test's status (our extension, for the UI's Tested / Error chips).
    r = m_h.api("GET",
                QStringLiteral("/api/v1/organizations/") + m_orgDisabled + QStringLiteral("/connections/")
                    + m_connDisabled);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("last_test_status")].toString(),
             QStringLiteral("FAILURE"));

    // Bad and foreign ids; results expire (7 days by default).
    QCOMPARE(
        m_h.api("GET", QStringLiteral("/api/v1/connections/") + m_conn + QStringLiteral("/test-requests/") + testId)
            .status,
        404);
    QCOMPARE(
        m_h.api("GET", QStringLiteral("/api/v1/connections/") + m_conn + QStringLiteral("/test-requests/x_1")).status,
        400);
    m_sso->follow(QStringLiteral("/sso/v1/connections/conn_123456789012345678/test"), &status);
    QCOMPARE(status, 404);
    const QString draft = m_h.api("POST",
                                  QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections"),
                                  R"({"type":"SAML","provider":"OKTA"})")
                              .json()[QStringLiteral("connection")][QStringLiteral("id")]
                              .toString();
    m_sso->follow(QStringLiteral("/sso/v1/connections/") + draft + QStringLiteral("/test"), &status);
    QCOMPARE(status, 400);
    m_h.clock().advanceSecs(7 * 86400 + 1);
    m_h.forgetToken();
    QCOMPARE(m_h.api("GET", api).status, 404);
}

void TestEngineOAuth::authorizeRateLimited()
{
    EngineHarness limited;
    QVERIFY2(limited.start([](EngineConfig& c) { c.authorizeRateLimit = {2, 60}; }), qPrintable(limited.lastError()));
    const QString path = QStringLiteral("/oauth/authorize?client_id=x");
    QCOMPARE(limited.request("GET", path).status, 400);
    QCOMPARE(limited.request("GET", path).status, 400);
    const HttpReply r = limited.request("GET", path);
    QCOMPARE(r.status, 429);
    QVERIFY(!r.header("Retry-After").isEmpty());
    limited.clock().advanceSecs(61);
    QCOMPARE(limited.request("GET", path).status, 400);
}

void TestEngineOAuth::idpMetadataImport()
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/valid/okta-idp.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    const QString base = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections");
    const QString id = m_h.api("POST", base, R"({"type":"SAML","provider":"OKTA"})")
                           .json()[QStringLiteral("connection")][QStringLiteral("id")]
                           .toString();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("saml_config"),
                                   QJsonObject{{QStringLiteral("idp_metadata"), QString::fromUtf8(xml)}}}})
            .toJson(QJsonDocument::Compact);
    HttpReply r = m_h.api("PATCH", base + u'/' + id, body);
    QCOMPARE(r.status, 200);
    const QJsonObject connection = r.json().value(QStringLiteral("connection")).toObject();
    const QJsonObject saml = connection.value(QStringLiteral("saml_config")).toObject();
    QCOMPARE(saml.value(QStringLiteral("idp_entity_id")).toString(),
             QStringLiteral("http://www.okta.com/exkppsa1qwuFV4D7z0h7"));
    QVERIFY(saml.value(QStringLiteral("idp_sso_url")).toString().startsWith(QStringLiteral("https://")));
    QCOMPARE(saml.value(QStringLiteral("idp_certificates")).toArray().size(), 1);
    QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QVERIFY(!saml.contains(QStringLiteral("idp_metadata"))); // applied, not stored

    // Not metadata, or metadata with errors: field violations naming the rule.
    for (const QString& bad : {QStringLiteral("<html/>"), QStringLiteral("not xml at all")}) {
        const QByteArray refused = QJsonDocument(QJsonObject{{QStringLiteral("saml_config"),
                                                              QJsonObject{{QStringLiteral("idp_metadata"), bad}}}})
                                       .toJson(QJsonDocument::Compact);
        r = m_h.api("PATCH", base + u'/' + id, refused);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("saml_config.idp_metadata"), r.body.constData());
    }
    QFile weak(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/invalid/missing-idp-role.xml"));
    QVERIFY(weak.open(QIODevice::ReadOnly));
    r = m_h.api(
        "PATCH",
        base + u'/' + id,
        QJsonDocument(QJsonObject{{QStringLiteral("saml_config"),
                                   QJsonObject{{QStringLiteral("idp_metadata"), QString::fromUtf8(weak.readAll())}}}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("saml_config.idp_metadata"));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineOAuth)
#include "TestEngineOAuth.moc"
