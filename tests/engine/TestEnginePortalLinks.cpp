// Admin-portal links over HTTP: GeneratePortalLink / GetPortalLinks / DeletePortalLink(ByID), the exchange
// for a portal session (single use within the link's minute, shareable links until revoked), expiry with the
// harness's clock, revocation ending sessions at once, the feature scoping of portal sessions on the
// management API, and the landing page. Runs on SQLite, and on PostgreSQL (engine.portal_links.postgres).
#include "EngineHarness.h"
#include "tests/support/EngineOrganizations.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QStringList g_logged;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logged << message;
    if (g_previous) {
        g_previous(type, context, message);
    }
}

} // namespace

class TestEnginePortalLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateAndList();
    void generateValidation();
    void singleUseExchange();
    void exchangeErrors();
    void expiry();
    void shareableAndRevocation();
    void ssoSessionScope();
    void dirSyncSessionScope();
    void landingPage();
    void exchangeIsRateLimited();
    void configuredWindows();

private:
    QJsonObject generate(const QString& org, const QString& query);
    HttpReply exchange(const QString& link);
    QString sessionFor(const QString& org, const QString& query);

    QString linksPath(const QString& org) const
    {
        return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/portal_links");
    }

    EngineHarness m_h;
    QString m_org;
    QString m_other;
};

void TestEnginePortalLinks::initTestCase()
{
    QVERIFY2(startWithTwoOrganizations(m_h, QStringLiteral("Portal Org"), QStringLiteral("Other Org"), m_org, m_other),
             qPrintable(m_h.lastError()));
}

QJsonObject TestEnginePortalLinks::generate(const QString& org, const QString& query)
{
    const HttpReply r = m_h.api("PUT", linksPath(org) + query);
    if (r.status != 200) {
        qWarning("generate: %d %s", r.status, r.body.constData());
    }
    return r.json()[QStringLiteral("link")].toObject();
}

HttpReply TestEnginePortalLinks::exchange(const QString& link)
{
    const QJsonObject body{{QStringLiteral("link"), link}};
    return m_h.request("POST",
                       QStringLiteral("/api/v1/portal_sessions"),
                       QJsonDocument(body).toJson(),
                       {{"Content-Type", "application/json"}});
}

QString TestEnginePortalLinks::sessionFor(const QString& org, const QString& query)
{
    const HttpReply r = exchange(generate(org, query)[QStringLiteral("location")].toString());
    return r.json()[QStringLiteral("session_token")].toString();
}

void TestEnginePortalLinks::generateAndList()
{
    const QJsonObject link = generate(m_org, QStringLiteral("?features=sso&features=dir_sync"));
    QVERIFY(link[QStringLiteral("id")].toString().startsWith(QStringLiteral("lnk_")));
    const QRegularExpression location(
        QRegularExpression::escape(m_h.baseUrl())
        + QStringLiteral("/magicLink/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                         "[0-9a-f]{12}_p$"));
    QVERIFY2(location.match(link[QStringLiteral("location")].toString()).hasMatch(),
             qPrintable(link[QStringLiteral("location")].toString()));
    const QDateTime expires = QDateTime::fromString(link[QStringLiteral("expire_time")].toString(), Qt::ISODateWithMs);
    QCOMPARE(expires.toSecsSinceEpoch(), m_h.clock().now().toSecsSinceEpoch() + 60);
    const QStringList both{QStringLiteral("sso"), QStringLiteral("dir_sync")};
    QCOMPARE(link[QStringLiteral("features")].toVariant().toStringList(), both);
    QCOMPARE(link[QStringLiteral("shareable")].toBool(), false);
    // Two links, each with a different secret.
    const QJsonObject second = generate(m_org, QStringLiteral("?features=sso"));
    QVERIFY(second[QStringLiteral("location")].toString() != link[QStringLiteral("location")].toString());
    // The list shows them without their secret.
    const HttpReply r = m_h.api("GET", linksPath(m_org));
    QCOMPARE(r.status, 200);
    const QJsonArray links = r.json()[QStringLiteral("links")].toArray();
    QVERIFY(links.size() >= 2);
    bool found = false;
    for (const QJsonValue& l : links) {
        QVERIFY(!l.toObject().contains(QStringLiteral("location")));
        if (l[QStringLiteral("id")] == link[QStringLiteral("id")]) {
            found = true;
            QCOMPARE(l[QStringLiteral("status")].toString(), QStringLiteral("ACTIVE"));
        }
    }
    QVERIFY(found);
    const QString secret = link[QStringLiteral("location")].toString().section(u'/', -1);
    QVERIFY(!r.body.contains(secret.toLatin1()));
    // Without features: both.
    QCOMPARE(generate(m_org, QString())[QStringLiteral("features")].toVariant().toStringList(), both);
}

void TestEnginePortalLinks::generateValidation()
{
    QCOMPARE(m_h.api("PUT", linksPath(m_org) + QStringLiteral("?features=billing")).status, 400);
    QCOMPARE(m_h.api("PUT", linksPath(m_org) + QStringLiteral("?features=FEATURE_UNSPECIFIED")).status, 400);
    QCOMPARE(m_h.api("PUT", linksPath(m_org) + QStringLiteral("?shareable=maybe")).status, 400);
    QCOMPARE(m_h.api("PUT", linksPath(m_org) + QStringLiteral("?colour=red")).status, 400);
    QCOMPARE(m_h.api("PUT", linksPath(m_org), R"({"features":["sso"]})").status, 400);
    QCOMPARE(m_h.api("PUT", linksPath(QStringLiteral("org_12345678901234567"))).status, 404);
    QCOMPARE(m_h.api("PUT", linksPath(QStringLiteral("conn_12345678901234567"))).status, 400);
    QCOMPARE(m_h.api("DELETE", linksPath(m_org) + QStringLiteral("/lnk_12345678901234567")).status, 404);
    QCOMPARE(m_h.api("DELETE", linksPath(m_org) + QStringLiteral("/org_12345678901234567")).status, 400);
    // Read-only credentials cannot generate links.
    const QString readOnly = m_h.token(QStringLiteral("organizations:read"));
    QCOMPARE(m_h.request("PUT", linksPath(m_org), {}, {{"Authorization", "Bearer " + readOnly.toLatin1()}}).status,
             403);
    QCOMPARE(m_h.request("PUT", linksPath(m_org)).status, 401);
}

void TestEnginePortalLinks::singleUseExchange()
{
    const QJsonObject link = generate(m_org, QStringLiteral("?features=dir_sync"));
    HttpReply r = exchange(link[QStringLiteral("location")].toString());
    QCOMPARE(r.status, 200);
    const QJsonObject session = r.json();
    QVERIFY(session[QStringLiteral("session_token")].toString().size() > 40);
    QCOMPARE(session[QStringLiteral("organization_id")].toString(), m_org);
    QCOMPARE(session[QStringLiteral("features")].toVariant().toStringList(), QStringList{QStringLiteral("dir_sync")});
    const QDateTime expires =
        QDateTime::fromString(session[QStringLiteral("expire_time")].toString(), Qt::ISODateWithMs);
    QCOMPARE(expires.toSecsSinceEpoch(), m_h.clock().now().toSecsSinceEpoch() + 6 * 3600);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    // Single use: a second exchange is refused, and the list says USED.
    r = exchange(link[QStringLiteral("location")].toString());
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json()[QStringLiteral("error")].toString(), QStringLiteral("link_already_used"));
    for (const QJsonValue& l : m_h.api("GET", linksPath(m_org)).json()[QStringLiteral("links")].toArray()) {
        if (l[QStringLiteral("id")] == link[QStringLiteral("id")]) {
            QCOMPARE(l[QStringLiteral("status")].toString(), QStringLiteral("USED"));
        }
    }
    // The bare token works as well as the full URL.
    const QString token =
        generate(m_org, QStringLiteral("?features=sso"))[QStringLiteral("location")].toString().section(u'/', -1);
    QCOMPARE(exchange(token).status, 200);
}

void TestEnginePortalLinks::exchangeErrors()
{
    struct Case
    {
        QString link;
        int status;
        QString error;
    };

    const QList<Case> cases{
        {QStringLiteral("not a link"), 400, QStringLiteral("malformed_link")},
        {m_h.baseUrl() + QStringLiteral("/magicLink/../oauth/token"), 400, QStringLiteral("malformed_link")},
        {QStringLiteral("0b5e3f7e-6a7c-4c1b-9d2f-1e2a3b4c5d6e"), 400, QStringLiteral("malformed_link")},
        {QStringLiteral("0b5e3f7e-6a7c-4c1b-9d2f-1e2a3b4c5d6e_p"), 404, QStringLiteral("link_not_found")},
        {m_h.baseUrl() + QStringLiteral("/magicLink/0b5e3f7e-6a7c-4c1b-9d2f-1e2a3b4c5d6e_p"),
         404,
         QStringLiteral("link_not_found")},
    };
    for (const Case& c : cases) {
        const HttpReply r = exchange(c.link);
        QVERIFY2(r.status == c.status, qPrintable(c.link));
        QCOMPARE(r.json()[QStringLiteral("error")].toString(), c.error);
    }
    QCOMPARE(
        m_h.request("POST", QStringLiteral("/api/v1/portal_sessions"), "{}", {{"Content-Type", "application/json"}})
            .status,
        400);
    QCOMPARE(m_h.request("POST",
                         QStringLiteral("/api/v1/portal_sessions"),
                         R"({"link":"x","extra":1})",
                         {{"Content-Type", "application/json"}})
                 .status,
             400);
    // A made-up session token is not a credential.
    QCOMPARE(withBearer(m_h, QStringLiteral("gps_madeup"), "GET", QStringLiteral("/api/v1/organizations/") + m_org).status,
             401);
}

void TestEnginePortalLinks::expiry()
{
    // A single-use link must be exchanged within its minute.
    const QString late = generate(m_org, QStringLiteral("?features=sso"))[QStringLiteral("location")].toString();
    m_h.clock().advanceSecs(61);
    m_h.forgetToken();
    HttpReply r = exchange(late);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json()[QStringLiteral("error")].toString(), QStringLiteral("link_expired"));
    // A session lasts 6 hours.
    const QString token = sessionFor(m_org, QStringLiteral("?features=sso"));
    const QString orgPath = QStringLiteral("/api/v1/organizations/") + m_org;
    QCOMPARE(withBearer(m_h, token, "GET", orgPath).status, 200);
    m_h.clock().advanceSecs(6 * 3600 - 10);
    QCOMPARE(withBearer(m_h, token, "GET", orgPath).status, 200);
    m_h.clock().advanceSecs(11);
    m_h.forgetToken();
    r = withBearer(m_h, token, "GET", orgPath);
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.contains("expired"));
}

void TestEnginePortalLinks::shareableAndRevocation()
{
    const QJsonObject link = generate(m_org, QStringLiteral("?features=sso&shareable=true"));
    QCOMPARE(link[QStringLiteral("shareable")].toBool(), true);
    const QDateTime expires = QDateTime::fromString(link[QStringLiteral("expire_time")].toString(), Qt::ISODateWithMs);
    QCOMPARE(expires.toSecsSinceEpoch(), m_h.clock().now().toSecsSinceEpoch() + 7 * 24 * 3600);
    const QString location = link[QStringLiteral("location")].toString();
    // Several exchanges, also after the single-use window, each with its own session.
    const QString first = exchange(location).json()[QStringLiteral("session_token")].toString();
    m_h.clock().advanceSecs(3600);
    m_h.forgetToken();
    const QString second = exchange(location).json()[QStringLiteral("session_token")].toString();
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    const QString orgPath = QStringLiteral("/api/v1/organizations/") + m_org;
    QCOMPARE(withBearer(m_h, first, "GET", orgPath).status, 200);
    QCOMPARE(withBearer(m_h, second, "GET", orgPath).status, 200);
    // Revoking the link ends both sessions at once; the link cannot be exchanged any more.
    QCOMPARE(m_h.api("DELETE", linksPath(m_org) + u'/' + link[QStringLiteral("id")].toString()).status, 200);
    HttpReply r = withBearer(m_h, first, "GET", orgPath);
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.contains("revoked"));
    QCOMPARE(withBearer(m_h, second, "GET", orgPath).status, 401);
    r = exchange(location);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json()[QStringLiteral("error")].toString(), QStringLiteral("link_revoked"));
    // DELETE …/portal_links revokes every link of the organization (and only of it).
    const QString mine = sessionFor(m_org, QStringLiteral("?features=sso"));
    const QString theirs = sessionFor(m_other, QStringLiteral("?features=sso"));
    QCOMPARE(m_h.api("DELETE", linksPath(m_org)).status, 200);
    QCOMPARE(withBearer(m_h, mine, "GET", orgPath).status, 401);
    QCOMPARE(withBearer(m_h, theirs, "GET", QStringLiteral("/api/v1/organizations/") + m_other).status, 200);
    for (const QJsonValue& l : m_h.api("GET", linksPath(m_org)).json()[QStringLiteral("links")].toArray()) {
        QCOMPARE(l[QStringLiteral("status")].toString(), QStringLiteral("REVOKED"));
    }
}

void TestEnginePortalLinks::ssoSessionScope()
{
    const QString token = sessionFor(m_org, QStringLiteral("?features=sso"));
    QVERIFY(!token.isEmpty());
    const QString org = QStringLiteral("/api/v1/organizations/") + m_org;
    QCOMPARE(withBearer(m_h, token, "GET", org).status, 200);
    // Its organization only, and not the organization itself for writing.
    HttpReply r = withBearer(m_h, token, "GET", QStringLiteral("/api/v1/organizations/") + m_other);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("limited to organization"));
    QCOMPARE(withBearer(m_h, token, "PATCH", org, R"({"display_name":"Taken over"})").status, 403);
    QCOMPARE(withBearer(m_h, token, "DELETE", org).status, 403);
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/organizations")).status, 403);
    // Connections: list (of this organization only), create, read.
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/connections?organization_id=") + m_org).status, 200);
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/connections")).status, 403);
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/connections?organization_id=") + m_other).status, 403);
    r = withBearer(m_h, token, "POST", org + QStringLiteral("/connections"), R"({"provider":"OKTA","type":"SAML"})");
    QVERIFY2(r.status == 201 || r.status == 200, r.body.constData());
    const QString connection = r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    QCOMPARE(withBearer(m_h, token, "GET", org + QStringLiteral("/connections/") + connection).status, 200);
    // Test requests of its own connections only (unknown ones are someone else's).
    r = withBearer(m_h, token,
                  "GET",
                  QStringLiteral("/api/v1/connections/conn_12345678901234567/test-requests/test_12345678901234567"));
    QCOMPARE(r.status, 403);
    r = withBearer(m_h, token,
                  "GET",
                  QStringLiteral("/api/v1/connections/") + connection
                      + QStringLiteral("/test-requests/test_12345678901234567"));
    QCOMPARE(r.status, 404); // allowed through; no such test request
    // Domains, but not the environment admins' manual verification.
    r = withBearer(m_h, token, "POST", org + QStringLiteral("/domains"), R"({"domain":"portal-test-example.com"})");
    QVERIFY2(r.status == 201 || r.status == 200, r.body.constData());
    const QString domain = r.json()[QStringLiteral("domain")][QStringLiteral("id")].toString();
    QCOMPARE(withBearer(m_h, token, "GET", org + QStringLiteral("/domains")).status, 200);
    r = withBearer(m_h, token, "PATCH", org + QStringLiteral("/domains/") + domain + QStringLiteral(":verify_manually"));
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("environment admins"));
    // No directory sync in this session.
    r = withBearer(m_h, token, "GET", org + QStringLiteral("/directories"));
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("directory sync"));
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/roles")).status, 403);
    // Nothing outside: portal links, webhooks, events, environment settings.
    QCOMPARE(withBearer(m_h, token, "PUT", org + QStringLiteral("/portal_links")).status, 403);
    QCOMPARE(withBearer(m_h, token, "GET", org + QStringLiteral("/portal_links")).status, 403);
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/webhooks/endpoints")).status, 403);
    QCOMPARE(withBearer(m_h, token, "POST", QStringLiteral("/api/v1/events"), "{}").status, 403);
}

void TestEnginePortalLinks::dirSyncSessionScope()
{
    const QString token = sessionFor(m_org, QStringLiteral("?features=dir_sync"));
    const QString org = QStringLiteral("/api/v1/organizations/") + m_org;
    HttpReply r = withBearer(m_h, token,
                            "POST",
                            org + QStringLiteral("/directories"),
                            R"({"directory_type":"SCIM","directory_provider":"OKTA"})");
    QCOMPARE(r.status, 201);
    const QString directory = r.json()[QStringLiteral("directory")][QStringLiteral("id")].toString();
    QCOMPARE(withBearer(m_h, token, "GET", org + QStringLiteral("/directories")).status, 200);
    QCOMPARE(
        withBearer(m_h, token, "POST", org + QStringLiteral("/directories/") + directory + QStringLiteral("/secrets")).status,
        201);
    QCOMPARE(
        withBearer(m_h, token, "GET", org + QStringLiteral("/directories/") + directory + QStringLiteral("/users")).status,
        200);
    r = withBearer(m_h, token,
                  "PUT",
                  org + QStringLiteral("/directories/") + directory + QStringLiteral("/groups/-/roles:assign"),
                  R"({"role_assignments":{"assignments":[]}})");
    QCOMPARE(r.status, 200);
    // Roles: read only.
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/roles")).status, 200);
    QCOMPARE(
        withBearer(m_h, token, "POST", QStringLiteral("/api/v1/roles"), R"({"name":"sneaky","display_name":"S"})").status,
        403);
    // Not SSO, and not another organization's directories.
    QCOMPARE(withBearer(m_h, token, "GET", QStringLiteral("/api/v1/connections?organization_id=") + m_org).status, 403);
    QCOMPARE(withBearer(m_h, token, "GET", org + QStringLiteral("/domains")).status, 403);
    QCOMPARE(
        withBearer(m_h, token, "GET", QStringLiteral("/api/v1/organizations/") + m_other + QStringLiteral("/directories"))
            .status,
        403);
}

void TestEnginePortalLinks::landingPage()
{
    const QJsonObject link = generate(m_org, QStringLiteral("?features=sso&features=dir_sync"));
    const QString location = link[QStringLiteral("location")].toString();
    const QString path = QUrl(location).path();
    g_logged.clear();
    g_previous = qInstallMessageHandler(collect);
    HttpReply r = m_h.request("GET", path);
    qInstallMessageHandler(g_previous);
    // The access log line does not carry the link's secret.
    const QString secret = path.section(u'/', -1);
    QVERIFY(!g_logged.isEmpty());
    for (const QString& line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
    }
    QVERIFY(g_logged.join(u'\n').contains(QStringLiteral("/magicLink/[redacted]")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/html"));
    QVERIFY(r.header("content-security-policy").contains("frame-ancestors 'none'"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    const QByteArray appLink = "gatehouse://portal?link=" + QUrl::toPercentEncoding(location);
    QVERIFY2(r.body.contains(appLink), r.body.constData());
    QVERIFY(r.body.contains("Portal Org"));
    QVERIFY(r.body.contains("Single sign-on"));
    QVERIFY(r.body.contains("Directory sync"));
    // Looking at the page does not use the link (link unfurlers must not burn it).
    QCOMPARE(m_h.request("GET", path).status, 200);
    QCOMPARE(exchange(location).status, 200);
    r = m_h.request("GET", path);
    QCOMPARE(r.status, 410);
    QVERIFY(r.body.contains("already been used"));
    QCOMPARE(m_h.request("GET", QStringLiteral("/magicLink/0b5e3f7e-6a7c-4c1b-9d2f-1e2a3b4c5d6e_p")).status, 404);
    QCOMPARE(m_h.request("GET", QStringLiteral("/magicLink/%3Cscript%3E")).status, 404);
}

void TestEnginePortalLinks::exchangeIsRateLimited()
{
    EngineHarness limited;
    QVERIFY2(limited.start([](EngineConfig& c) {
        c.portalExchangeRateLimit = {2, 60};
    }),
             qPrintable(limited.lastError()));
    const auto post = [&limited] {
        return limited.request("POST",
                               QStringLiteral("/api/v1/portal_sessions"),
                               R"({"link":"0b5e3f7e-6a7c-4c1b-9d2f-1e2a3b4c5d6e_p"})",
                               {{"Content-Type", "application/json"}});
    };
    QCOMPARE(post().status, 404);
    QCOMPARE(post().status, 404);
    const HttpReply r = post();
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json()[QStringLiteral("error")].toString(), QStringLiteral("rate_limited"));
    QVERIFY(r.header("retry-after").toInt() > 0);
}

void TestEnginePortalLinks::configuredWindows()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GATEHOUSE_PORTAL_SESSION_LIFETIME"), QStringLiteral("120"));
    const auto parsed = EngineConfig::parse({QStringLiteral("gatehouse-engine"),
                                             QStringLiteral("--portal-link-lifetime"),
                                             QStringLiteral("5"),
                                             QStringLiteral("--portal-shareable-link-lifetime"),
                                             QStringLiteral("3600"),
                                             QStringLiteral("--portal-exchange-rate-limit"),
                                             QStringLiteral("100/60")},
                                            environment);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().portalLinkLifetimeSecs, 5);
    QCOMPARE(parsed.value().portalShareableLinkLifetimeSecs, 3600);
    QCOMPARE(parsed.value().portalSessionLifetimeSecs, 120);
    QCOMPARE(parsed.value().portalExchangeRateLimit.limit, 100);
    QVERIFY(!EngineConfig::parse(
                 {QStringLiteral("gatehouse-engine"), QStringLiteral("--portal-link-lifetime"), QStringLiteral("0")},
                 QProcessEnvironment())
                 .ok());
    // The windows apply: a 5-second link, a 2-minute session.
    EngineHarness short_;
    QVERIFY2(short_.start([&parsed](EngineConfig& c) {
        c.portalLinkLifetimeSecs = parsed.value().portalLinkLifetimeSecs;
        c.portalSessionLifetimeSecs = parsed.value().portalSessionLifetimeSecs;
    }),
             qPrintable(short_.lastError()));
    const QJsonObject org{{QStringLiteral("display_name"), QStringLiteral("Short")}};
    const QString orgId = short_.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(org).toJson())
                              .json()[QStringLiteral("organization")][QStringLiteral("id")]
                              .toString();
    const QString path = QStringLiteral("/api/v1/organizations/") + orgId + QStringLiteral("/portal_links");
    const auto exchangeOn = [&short_](const QString& link) {
        return short_.request("POST",
                              QStringLiteral("/api/v1/portal_sessions"),
                              QJsonDocument(QJsonObject{{QStringLiteral("link"), link}}).toJson(),
                              {{"Content-Type", "application/json"}});
    };
    const QString late = short_.api("PUT", path).json()[QStringLiteral("link")][QStringLiteral("location")].toString();
    short_.clock().advanceSecs(6);
    QCOMPARE(exchangeOn(late).json()[QStringLiteral("error")].toString(), QStringLiteral("link_expired"));
    const QString link = short_.api("PUT", path).json()[QStringLiteral("link")][QStringLiteral("location")].toString();
    const HttpReply r = exchangeOn(link);
    QCOMPARE(r.status, 200);
    const QDateTime expires =
        QDateTime::fromString(r.json()[QStringLiteral("expire_time")].toString(), Qt::ISODateWithMs);
    QCOMPARE(expires.toSecsSinceEpoch(), short_.clock().now().toSecsSinceEpoch() + 120);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEnginePortalLinks)
#include "TestEnginePortalLinks.moc"
