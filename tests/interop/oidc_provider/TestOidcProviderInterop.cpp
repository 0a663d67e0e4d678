// Interop: npm oidc-provider (panva) as the upstream IdP of an OIDC connection of a real gatehouse-engine. This
// program starts the engine in-process (SQLite, 127.0.0.1, real clock, --idp-allow-private since the provider
// listens on 127.0.0.1), creates an organization and an OIDC connection, starts provider.mjs with a static client
// whose redirect URI is the connection's callback, configures the connection from the provider's issuer URL alone
// (discovery), and plays the browser over HTTP: /oauth/authorize → engine RP → provider login page → provider
// redirect with code → engine callback (token exchange with client_secret_basic, ID token against the provider's
// JWKS, userinfo) → the app's redirect URI with a code → /oauth/token. Then the same with client_secret_post, and
// with a wrong client secret, which must reach the app as failed_to_exchange_token.
#include "EngineHarness.h"
#include "SsoTestSupport.h"
#include "TestMain.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

struct Answer
{
    int status = 0;
    QString location; // absolute
    QByteArray body;
};

QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

class TestOidcProviderInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginWithClientSecretBasic();
    void loginWithClientSecretPost();
    void wrongSecretIsFailedToExchangeToken();
    void cleanupTestCase();

private:
    bool startProvider(const QString& tokenAuth);
    void stopProvider();
    Answer send(const QByteArray& method, const QString& url, const QByteArray& form = {});
    // From /oauth/authorize to the app's redirect URI (the Location the engine finally answers).
    QString login(const QString& state);
    bool configure(const QJsonObject& oidcConfig);

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    QNetworkAccessManager m_browser;
    QProcess m_node;
    QString m_issuer;
    QString m_org;
    QString m_conn;
    const QString m_clientId = QStringLiteral("gatehouse-interop");
    const QString m_clientSecret = QStringLiteral("interop-secret-0123456789");
};

void TestOidcProviderInterop::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        QSKIP("node is not installed (scripts/setup installs it)");
    }
    if (!QFile::exists(QStringLiteral(GATEHOUSE_OIDC_PROVIDER_MODULES "/oidc-provider/package.json"))) {
        QSKIP("oidc-provider is not installed; the interop.oidc_provider.npm test runs npm ci first");
    }
    QVERIFY2(m_h.start([](EngineConfig& config) { config.idpAllowPrivate = true; }), qPrintable(m_h.lastError()));
    m_h.clock().set(QDateTime::currentDateTimeUtc()); // the provider stamps tokens with the real time
    m_browser.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_browser.setCookieJar(new QNetworkCookieJar(&m_browser));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    const QByteArray settings = "{\"redirect_uris\":[\"http://localhost:3000/callback\"]}";
    QVERIFY(m_sso->setSettings(settings));
    m_org = m_sso->createOrganization(QStringLiteral("Interop OIDC"));
    m_sso->addDomain(m_org, QStringLiteral("interop.test"), true);
    const QString base = QStringLiteral("/api/v1/organizations/%1/connections").arg(m_org);
    const QByteArray createBody = "{\"provider\":\"CUSTOM\",\"type\":\"OIDC\"}";
    const HttpReply created = m_h.api("POST", base, createBody);
    QCOMPARE(created.status, 201);
    m_conn = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
}

bool TestOidcProviderInterop::startProvider(const QString& tokenAuth)
{
    stopProvider();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_REDIRECT_URI"),
               m_h.baseUrl() + QStringLiteral("/sso/v1/oidc/%1/callback").arg(m_conn));
    env.insert(QStringLiteral("GATEHOUSE_CLIENT_ID"), m_clientId);
    env.insert(QStringLiteral("GATEHOUSE_CLIENT_SECRET"), m_clientSecret);
    env.insert(QStringLiteral("GATEHOUSE_TOKEN_AUTH"), tokenAuth);
    m_node.setProcessEnvironment(env);
    m_node.setProcessChannelMode(QProcess::SeparateChannels);
    m_node.start(QStringLiteral("node"), {QStringLiteral(GATEHOUSE_OIDC_PROVIDER_SCRIPT)});
    if (!m_node.waitForStarted(10000)) {
        qWarning() << "node did not start:" << m_node.errorString();
        return false;
    }
    QByteArray line;
    for (int i = 0; i < 300 && !line.contains('\n'); ++i) {
        m_node.waitForReadyRead(100);
        line += m_node.readAllStandardOutput();
    }
    m_issuer = QJsonDocument::fromJson(line.trimmed()).object().value(QStringLiteral("issuer")).toString();
    if (m_issuer.isEmpty()) {
        qWarning() << "the provider did not report its issuer:" << line << m_node.readAllStandardError();
        return false;
    }
    m_browser.setCookieJar(new QNetworkCookieJar(&m_browser)); // a fresh browser for a fresh provider
    return true;
}

void TestOidcProviderInterop::stopProvider()
{
    if (m_node.state() != QProcess::NotRunning) {
        m_node.closeWriteChannel(); // provider.mjs exits when stdin closes
        if (!m_node.waitForFinished(5000)) {
            m_node.kill();
            m_node.waitForFinished(2000);
        }
    }
}

void TestOidcProviderInterop::cleanupTestCase()
{
    stopProvider();
}

Answer TestOidcProviderInterop::send(const QByteArray& method, const QString& url, const QByteArray& form)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(20000);
    QNetworkReply* reply = nullptr;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_browser.post(request, form);
    } else {
        reply = m_browser.get(request);
    }
    QEventLoop loop; // the engine serves its own requests (and its calls to the provider) while this runs
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (reply->hasRawHeader("Location")) {
        answer.location =
            QUrl(url).resolved(QUrl::fromEncoded(reply->rawHeader("Location"))).toString(QUrl::FullyEncoded);
    }
    reply->deleteLater();
    return answer;
}

bool TestOidcProviderInterop::configure(const QJsonObject& oidcConfig)
{
    const QString path = QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(m_org, m_conn);
    const HttpReply updated =
        m_h.api("PATCH",
                path,
                QJsonDocument(QJsonObject{{QStringLiteral("oidc_config"), oidcConfig}}).toJson(QJsonDocument::Compact));
    if (updated.status != 200) {
        qWarning() << "PATCH:" << updated.status << updated.body;
        return false;
    }
    const HttpReply enabled = m_h.api("PATCH", path + QStringLiteral(":enable"));
    return enabled.status == 200;
}

QString TestOidcProviderInterop::login(const QString& state)
{
    QUrlQuery extra;
    extra.addQueryItem(QStringLiteral("connection_id"), m_conn);
    extra.addQueryItem(QStringLiteral("state"), state);
    QString url = m_h.baseUrl() + m_sso->authorizeUrl(extra);
    for (int hop = 0; hop < 20; ++hop) {
        if (url.startsWith(m_sso->redirectUri)) {
            return url; // the app's redirect URI: done
        }
        Answer answer = send("GET", url);
        if (answer.status == 200 && answer.body.contains("name=\"login\"")) {
            // The provider's development login page: any password signs in as the given account.
            const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
            const auto match = action.match(QString::fromUtf8(answer.body));
            if (!match.hasMatch()) {
                qWarning() << "login form without action:" << answer.body.left(600);
                return {};
            }
            const QString target = QUrl(url).resolved(QUrl(match.captured(1))).toString(QUrl::FullyEncoded);
            answer = send("POST",
                          target,
                          formBody({{QStringLiteral("prompt"), QStringLiteral("login")},
                                    {QStringLiteral("login"), QStringLiteral("ada")},
                                    {QStringLiteral("password"), QStringLiteral("any")}}));
        }
        if (answer.status < 300 || answer.status >= 400 || answer.location.isEmpty()) {
            qWarning() << "unexpected answer from" << url << answer.status << answer.body.left(600);
            return {};
        }
        url = answer.location;
    }
    qWarning() << "too many redirects";
    return {};
}

void TestOidcProviderInterop::loginWithClientSecretBasic()
{
    QVERIFY(startProvider(QStringLiteral("client_secret_basic")));
    // The issuer URL alone: discovery supplies every endpoint; token_auth_type follows the provider.
    QVERIFY(configure({{QStringLiteral("issuer"), m_issuer},
                       {QStringLiteral("client_id"), m_clientId},
                       {QStringLiteral("client_secret"), m_clientSecret},
                       {QStringLiteral("pkce_enabled"), true},
                       {QStringLiteral("scopes"),
                        QJsonArray{QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")}}}));
    const QString back = login(QStringLiteral("interop-basic"));
    QVERIFY2(back.startsWith(m_sso->redirectUri + u'?'), qPrintable(back));
    const QUrlQuery answer = SsoTestSupport::queryOf(back);
    QVERIFY2(!answer.hasQueryItem(QStringLiteral("error")),
             qPrintable(answer.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("interop-basic"));
    const QByteArray tokenForm =
        formBody({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)},
                  {QStringLiteral("redirect_uri"), m_sso->redirectUri},
                  {QStringLiteral("client_id"), m_h.clientId()},
                  {QStringLiteral("client_secret"), m_h.clientSecret()}});
    const HttpReply tokens = m_h.request(
        "POST", QStringLiteral("/oauth/token"), tokenForm, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(tokens.status, 200);
    const QJsonObject claims = m_sso->verifyWithJwks(tokens.json()[QStringLiteral("id_token")].toString().toLatin1());
    QCOMPARE(claims[QStringLiteral("email")].toString(), QStringLiteral("ada@interop.test")); // from userinfo
    QCOMPARE(claims[QStringLiteral("given_name")].toString(), QStringLiteral("Ada"));
    QCOMPARE(claims[QStringLiteral("family_name")].toString(), QStringLiteral("Lovelace"));
    QCOMPARE(claims[QStringLiteral("sub")].toString(), m_conn + QStringLiteral(";ada"));
}

void TestOidcProviderInterop::loginWithClientSecretPost()
{
    QVERIFY(startProvider(QStringLiteral("client_secret_post")));
    QVERIFY(configure(
        {{QStringLiteral("issuer"), m_issuer}, {QStringLiteral("token_auth_type"), QStringLiteral("URL_PARAMS")}}));
    const QString back = login(QStringLiteral("interop-post"));
    const QUrlQuery answer = SsoTestSupport::queryOf(back);
    QVERIFY2(answer.hasQueryItem(QStringLiteral("code")), qPrintable(back));
}

void TestOidcProviderInterop::wrongSecretIsFailedToExchangeToken()
{
    QVERIFY(configure({{QStringLiteral("client_secret"), QStringLiteral("not-the-secret")}}));
    const QString back = login(QStringLiteral("interop-wrong"));
    const QUrlQuery answer = SsoTestSupport::queryOf(back);
    QCOMPARE(answer.queryItemValue(QStringLiteral("error")), QStringLiteral("failed_to_exchange_token"));
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("interop-wrong"));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestOidcProviderInterop)
#include "TestOidcProviderInterop.moc"
