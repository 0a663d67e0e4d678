// HTTP-level tests of environment-level connections (CreateEnvironmentConnection and the /api/v1/connections/{id}
// routes), their exclusion from sign-in and from everything organization-scoped, and connection contexts
// (GetConnectionContext / UpdateConnectionContext, organization and environment forms) with the callers allowed
// and refused. Runs on SQLite, and on PostgreSQL when GATEHOUSE_TEST_BACKEND=postgres
// (ctest entry engine.env_connections.postgres).
#include "SsoTestSupport.h"
#include "TestMain.h"
#include "core/util/IdGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList idsOf(const QJsonArray& connections)
{
    QStringList ids;
    for (const QJsonValue& c : connections) {
        ids << c[QStringLiteral("id")].toString();
    }
    return ids;
}

} // namespace

class TestEngineEnvConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lifecycle();
    void createValidation_data();
    void createValidation();
    void malformedAndUnknownIds();
    void excludedFromOrganizationScope();
    void portalSessionAndOrgClientRefused();
    void neverUsedForSignIn();
    void contexts();
    void contextValidation_data();
    void contextValidation();
    void contextCallers();

private:
    QString createEnvironmentConnection(const QString& provider = QStringLiteral("OKTA"));
    // A COMPLETED SAML configuration (entity ID, SSO URL, certificate).
    QByteArray completeSaml() const;
    QString portalSession(const QString& org, const QString& features);
    QString orgClientToken(const QString& org);
    HttpReply as(const QString& token, const QByteArray& method, const QString& path, const QByteArray& body = {});
    QStringList recentEventTypes();
    int environmentConnectionCount();

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    QString m_org;
    QString m_orgB;
    QString m_conn;  // enabled SAML connection of m_org (domain acme-env.test)
    QString m_connB; // connection of m_orgB
};

void TestEngineEnvConnections::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    const QByteArray settings = R"({"redirect_uris":["http://localhost:3000/callback"]})";
    QVERIFY(m_sso->setSettings(settings));
    m_org = m_sso->createOrganization(QStringLiteral("Env Org A"));
    m_sso->addDomain(m_org, QStringLiteral("acme-env.test"), true);
    m_conn = m_sso->createSamlConnection(m_org, m_sso->certificatePem, true, QStringLiteral("OKTA"));
    m_orgB = m_sso->createOrganization(QStringLiteral("Env Org B"));
    m_connB = m_sso->createSamlConnection(m_orgB, m_sso->certificatePem, false, QStringLiteral("OKTA"));
    QVERIFY(!m_conn.isEmpty() && !m_connB.isEmpty());
}

QString TestEngineEnvConnections::createEnvironmentConnection(const QString& provider)
{
    const HttpReply r =
        m_h.api("POST",
                QStringLiteral("/api/v1/connections"),
                json({{QStringLiteral("provider"), provider}, {QStringLiteral("type"), QStringLiteral("SAML")}}));
    if (r.status != 201) {
        qWarning("create environment connection: %d %s", r.status, r.body.constData());
        return {};
    }
    return r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
}

QByteArray TestEngineEnvConnections::completeSaml() const
{
    return json({{QStringLiteral("saml_config"),
                  QJsonObject{{QStringLiteral("idp_entity_id"), QStringLiteral("https://idp.example.com/env")},
                              {QStringLiteral("idp_sso_url"), QStringLiteral("https://idp.example.com/env/sso")},
                              {QStringLiteral("idp_certificate"), QString::fromLatin1(m_sso->certificatePem)}}}});
}

QString TestEngineEnvConnections::portalSession(const QString& org, const QString& features)
{
    const HttpReply link = m_h.api(
        "PUT", QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/portal_links?features=") + features);
    const QString location = link.json()[QStringLiteral("link")][QStringLiteral("location")].toString();
    const HttpReply session = m_h.request("POST",
                                          QStringLiteral("/api/v1/portal_sessions"),
                                          json({{QStringLiteral("link"), location}}),
                                          {{"Content-Type", "application/json"}});
    return session.json()[QStringLiteral("session_token")].toString();
}

QString TestEngineEnvConnections::orgClientToken(const QString& org)
{
    const HttpReply created = m_h.api("POST",
                                      QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/clients"),
                                      json({{QStringLiteral("name"), QStringLiteral("Env test client")}}));
    const QString clientId = created.json()[QStringLiteral("client")][QStringLiteral("client_id")].toString();
    const QString secret = created.json()[QStringLiteral("plain_secret")].toString();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret);
    const HttpReply token = m_h.request("POST",
                                        QStringLiteral("/oauth/token"),
                                        form.toString(QUrl::FullyEncoded).toLatin1(),
                                        {{"Content-Type", "application/x-www-form-urlencoded"}});
    return token.json()[QStringLiteral("access_token")].toString();
}

HttpReply TestEngineEnvConnections::as(const QString& token,
                                       const QByteArray& method,
                                       const QString& path,
                                       const QByteArray& body)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return m_h.request(method, path, body, headers);
}

// The types of the 100 most recent audit events (the events API does not answer object ids).
QStringList TestEngineEnvConnections::recentEventTypes()
{
    QStringList types;
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=100"), "{}");
    for (const QJsonValue& e : r.json()[QStringLiteral("events")].toArray()) {
        types << e[QStringLiteral("type")].toString();
    }
    return types;
}

int TestEngineEnvConnections::environmentConnectionCount()
{
    const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/connections"));
    int count = 0;
    for (const QJsonValue& c : r.json()[QStringLiteral("connections")].toArray()) {
        count += c.toObject().contains(QStringLiteral("organization_id")) ? 0 : 1;
    }
    return count;
}

void TestEngineEnvConnections::lifecycle()
{
    HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/connections"), R"({"provider":"OKTA","type":"SAML"})");
    QCOMPARE(r.status, 201);
    QJsonObject c = r.json()[QStringLiteral("connection")].toObject();
    const QString id = c[QStringLiteral("id")].toString();
    QVERIFY(core::IdGenerator::isValid(id, u"conn"));
    QVERIFY(!c.contains(QStringLiteral("organization_id")));
    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("DRAFT"));
    QCOMPARE(c[QStringLiteral("enabled")].toBool(), false);
    // SP values under --base-url, as for an organization's connection.
    const QString sp = m_h.baseUrl() + QStringLiteral("/sso/v1/saml/") + id;
    QCOMPARE(c[QStringLiteral("saml_config")][QStringLiteral("sp_entity_id")].toString(), sp);
    QCOMPARE(c[QStringLiteral("saml_config")][QStringLiteral("sp_assertion_url")].toString(),
             sp + QStringLiteral("/acs"));

    const QString path = QStringLiteral("/api/v1/connections/") + id;
    r = m_h.api("GET", path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString(), id);

    QCOMPARE(m_h.api("PATCH", path + QStringLiteral(":enable")).status, 412); // not configured yet
    r = m_h.api("PATCH", path, completeSaml());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("status")].toString(), QStringLiteral("COMPLETED"));
    r = m_h.api("PATCH", path, R"({"uiButtonTitle":"Staff login"})"); // camelCase accepted
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("ui_button_title")].toString(),
             QStringLiteral("Staff login"));
    const qsizetype ssoEnabledBefore = recentEventTypes().count(QStringLiteral("organization.sso_enabled"));
    r = m_h.api("PATCH", path + QStringLiteral(":enable"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("enabled")].toBool(), true);
    // organization.sso_* are about an organization's SSO: not sent for an environment connection.
    QCOMPARE(recentEventTypes().count(QStringLiteral("organization.sso_enabled")), ssoEnabledBefore);
    QCOMPARE(m_h.api("GET", path).json()[QStringLiteral("connection")][QStringLiteral("enabled")].toBool(), true);
    r = m_h.api("PATCH", path + QStringLiteral(":disable"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("enabled")].toBool(), false);

    // Listed by ListConnections without filters, without organization fields.
    r = m_h.api("GET", QStringLiteral("/api/v1/connections"));
    QCOMPARE(r.status, 200);
    bool listed = false;
    for (const QJsonValue& item : r.json()[QStringLiteral("connections")].toArray()) {
        if (item[QStringLiteral("id")].toString() == id) {
            listed = true;
            QVERIFY(!item.toObject().contains(QStringLiteral("organization_id")));
            QCOMPARE(item[QStringLiteral("ui_button_title")].toString(), QStringLiteral("Staff login"));
        }
    }
    QVERIFY(listed);

    QCOMPARE(m_h.api("DELETE", path).status, 200);
    QCOMPARE(m_h.api("GET", path).status, 404);
    QCOMPARE(m_h.api("DELETE", path).status, 404);

    const QStringList types = recentEventTypes();
    for (const char* expected : {"environment.connection_created",
                                 "environment.connection_updated",
                                 "environment.connection_enabled",
                                 "environment.connection_disabled",
                                 "environment.connection_deleted"}) {
        QVERIFY2(types.contains(QLatin1String(expected)), expected);
    }
}

void TestEngineEnvConnections::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown field") << QByteArray(R"({"provider":"OKTA","type":"SAML","tenant":"x"})")
                                   << QStringLiteral("tenant");
    QTest::newRow("provider wrong type") << QByteArray(R"({"provider":true,"type":"SAML"})")
                                         << QStringLiteral("provider");
    QTest::newRow("provider unknown") << QByteArray(R"({"provider":"FOO","type":"SAML"})")
                                      << QStringLiteral("provider");
    QTest::newRow("provider missing") << QByteArray(R"({"type":"SAML"})") << QStringLiteral("provider");
    QTest::newRow("type unsupported") << QByteArray(R"({"provider":"OKTA","type":"PASSWORD"})")
                                      << QStringLiteral("type");
    QTest::newRow("organization_id is not a field")
        << QByteArray(R"({"provider":"OKTA","type":"SAML","organization_id":"org_123456789012345678"})")
        << QStringLiteral("organization_id");
    QTest::newRow("SQL metacharacters") << QByteArray(
        R"({"provider":"OKTA'; DROP TABLE connections;--","type":"SAML"})")
                                        << QStringLiteral("provider");
    QTest::newRow("not an object") << QByteArray(R"(["OKTA"])") << QString();
    QTest::newRow("not JSON") << QByteArray("provider=OKTA") << QString();
}

void TestEngineEnvConnections::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const int before = environmentConnectionCount();
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/connections"), body);
    QCOMPARE(r.status, 400);
    if (!field.isEmpty()) {
        QVERIFY2(r.body.contains(field.toLatin1()), r.body.constData());
    }
    QCOMPARE(environmentConnectionCount(), before);
}

void TestEngineEnvConnections::malformedAndUnknownIds()
{
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/connections/conn_123456789012345678")).status, 404);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/connections/conn_123456789012345678"), "{}").status, 404);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/connections/conn_123456789012345678:enable")).status, 404);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/connections/conn_123456789012345678")).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/connections/org_123456789012345678")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/connections/%27%20OR%201%3D1--")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/connections/conn_x/contexts")).status, 400);
    // Bad update bodies of an environment connection: 400, nothing changed.
    const QString id = createEnvironmentConnection();
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/api/v1/connections/") + id;
    const QByteArray raw35 = R"({"debug_enabled":"yes"})";
    QCOMPARE(m_h.api("PATCH", path, raw35).status, 400);
    const QByteArray wrongConfig = R"({"oidc_config":{"issuer":"https://x.example"}})";
    QCOMPARE(m_h.api("PATCH", path, wrongConfig).status, 400);
    const QByteArray wrongScheme = R"({"saml_config":{"idp_sso_url":"ftp://x"}})";
    QCOMPARE(m_h.api("PATCH", path, wrongScheme).status, 400);
    const QByteArray raw34 = R"({"saml_config":{"idp_entity_id":"x","unknown":1}})";
    QCOMPARE(m_h.api("PATCH", path, raw34).status, 400);
    const QJsonObject c = m_h.api("GET", path).json()[QStringLiteral("connection")].toObject();
    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("DRAFT"));
    QCOMPARE(c[QStringLiteral("debug_enabled")].toBool(), false);
    QCOMPARE(m_h.api("DELETE", path).status, 200);
}

void TestEngineEnvConnections::excludedFromOrganizationScope()
{
    const QString id = createEnvironmentConnection();
    QVERIFY(!id.isEmpty());
    // Not an organization's connection: organization routes answer 404, organization-scoped lists leave it out.
    const QString orgPath = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + id;
    QCOMPARE(m_h.api("GET", orgPath).status, 404);
    const QByteArray raw33 = R"({"debug_enabled":true})";
    QCOMPARE(m_h.api("PATCH", orgPath, raw33).status, 404);
    QCOMPARE(m_h.api("DELETE", orgPath).status, 404);
    const QByteArray raw32 = R"({"domain_ids":[]})";
    QCOMPARE(m_h.api("PUT", orgPath + QStringLiteral("/domains"), raw32).status, 404);
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/connections?organization_id=") + m_org);
    QCOMPARE(r.status, 200);
    QVERIFY(!idsOf(r.json()[QStringLiteral("connections")].toArray()).contains(id));
    QVERIFY(idsOf(r.json()[QStringLiteral("connections")].toArray()).contains(m_conn));
    r = m_h.api("GET", QStringLiteral("/api/v1/connections?domain=acme-env.test"));
    QCOMPARE(r.status, 200);
    QVERIFY(!idsOf(r.json()[QStringLiteral("connections")].toArray()).contains(id));
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/-/connections"));
    QCOMPARE(r.status, 200);
    QVERIFY(!idsOf(r.json()[QStringLiteral("connections")].toArray()).contains(id));
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/-/connections:search?query=") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("connections")].toArray().size(), 0);
    // The organization export does not carry it.
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral(":export"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains(id.toLatin1()));
    QVERIFY(r.body.contains(m_conn.toLatin1()));
    // Deleting the organization leaves it alone.
    const QString doomed = m_sso->createOrganization(QStringLiteral("Doomed"));
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + doomed).status, 200);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/connections/") + id).status, 200);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/connections/") + id).status, 200);
}

void TestEngineEnvConnections::portalSessionAndOrgClientRefused()
{
    const QString id = createEnvironmentConnection();
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/api/v1/connections/") + id;
    const QString session = portalSession(m_org, QStringLiteral("sso"));
    QVERIFY(!session.isEmpty());
    const QString orgToken = orgClientToken(m_org);
    QVERIFY(!orgToken.isEmpty());
    const int before = environmentConnectionCount();
    for (const QString& token : {session, orgToken}) {
        const QByteArray raw31 = R"({"provider":"OKTA","type":"SAML"})";
        QCOMPARE(as(token, "POST", QStringLiteral("/api/v1/connections"), raw31).status, 403);
        QCOMPARE(as(token, "GET", path).status, 403);
        const QByteArray raw30 = R"({"debug_enabled":true})";
        QCOMPARE(as(token, "PATCH", path, raw30).status, 403);
        QCOMPARE(as(token, "PATCH", path + QStringLiteral(":enable")).status, 403);
        QCOMPARE(as(token, "DELETE", path).status, 403);
        QCOMPARE(as(token, "GET", QStringLiteral("/api/v1/connections")).status, 403);
    }
    // The portal session's own listing (organization_id = its organization) never includes it.
    const HttpReply own = as(session, "GET", QStringLiteral("/api/v1/connections?organization_id=") + m_org);
    QCOMPARE(own.status, 200);
    QVERIFY(!idsOf(own.json()[QStringLiteral("connections")].toArray()).contains(id));
    // Nothing written.
    QCOMPARE(environmentConnectionCount(), before);
    const QJsonObject c = m_h.api("GET", path).json()[QStringLiteral("connection")].toObject();
    QCOMPARE(c[QStringLiteral("debug_enabled")].toBool(), false);
    QCOMPARE(m_h.api("DELETE", path).status, 200);
}

void TestEngineEnvConnections::neverUsedForSignIn()
{
    const QString id = createEnvironmentConnection(QStringLiteral("PING_IDENTITY"));
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/api/v1/connections/") + id;
    QCOMPARE(m_h.api("PATCH", path, completeSaml()).status, 200);
    QCOMPARE(m_h.api("PATCH", path + QStringLiteral(":enable")).status, 200);

    // An explicit connection_id: refused with the rule in the description.
    int status = 0;
    QString location = m_sso->follow(m_sso->authorizeUrl(QUrlQuery{{QStringLiteral("connection_id"), id}}), &status);
    QCOMPARE(status, 302);
    QUrlQuery answer = SsoTestSupport::queryOf(location);
    QCOMPARE(answer.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_connection_id"));
    QVERIFY(answer.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .contains(QStringLiteral("environment-level")));
    // Never by provider.
    location = m_sso->follow(
        m_sso->authorizeUrl(QUrlQuery{{QStringLiteral("provider"), QStringLiteral("PING_IDENTITY")}}), &status);
    QCOMPARE(status, 302);
    QCOMPARE(SsoTestSupport::queryOf(location).queryItemValue(QStringLiteral("error")),
             QStringLiteral("no_active_connections"));
    // Home-realm discovery still picks the organization's own connection.
    location = m_sso->follow(
        m_sso->authorizeUrl(QUrlQuery{{QStringLiteral("domain"), QStringLiteral("acme-env.test")}}), &status);
    QCOMPARE(status, 302);
    QVERIFY2(location.contains(QStringLiteral("/start?login=")), qPrintable(location));
    // The SP endpoints do not know it either.
    const HttpReply metadata = m_h.request("GET", QStringLiteral("/sso/v1/saml/") + id + QStringLiteral("/metadata"));
    QCOMPARE(metadata.status, 404);
    QCOMPARE(m_h.api("DELETE", path).status, 200);
}

void TestEngineEnvConnections::contexts()
{
    const QString orgPath = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + m_conn
                            + QStringLiteral("/contexts");
    const QString altPath = QStringLiteral("/api/v1/connections/") + m_conn + QStringLiteral("/contexts");
    HttpReply r = m_h.api("GET", orgPath);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("context")].toObject(), QJsonObject());

    const QByteArray body = R"({"tenant":"acme","limits":{"seats":[10,20],"trial":false},"note":null})";
    r = m_h.api("PUT", orgPath, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), QJsonObject());
    const QJsonObject expected = QJsonDocument::fromJson(body).object();
    QCOMPARE(m_h.api("GET", orgPath).json()[QStringLiteral("context")].toObject(), expected);
    QCOMPARE(m_h.api("GET", altPath).json()[QStringLiteral("context")].toObject(), expected);

    // Replaced as a whole through the environment form; {} clears.
    const QByteArray raw29 = R"({"tenant":"acme-2"})";
    QCOMPARE(m_h.api("PUT", altPath, raw29).status, 200);
    QCOMPARE(m_h.api("GET", orgPath).json()[QStringLiteral("context")].toObject(),
             (QJsonObject{{QStringLiteral("tenant"), QStringLiteral("acme-2")}}));
    QCOMPARE(m_h.api("PUT", orgPath, "{}").status, 200);
    QCOMPARE(m_h.api("GET", orgPath).json()[QStringLiteral("context")].toObject(), QJsonObject());

    // Another organization's path: 404, nothing written.
    const QString foreign = QStringLiteral("/api/v1/organizations/") + m_orgB + QStringLiteral("/connections/") + m_conn
                            + QStringLiteral("/contexts");
    const QByteArray raw28 = R"({"x":1})";
    QCOMPARE(m_h.api("PUT", foreign, raw28).status, 404);
    QCOMPARE(m_h.api("GET", foreign).status, 404);
    QCOMPARE(m_h.api("GET", orgPath).json()[QStringLiteral("context")].toObject(), QJsonObject());
    QCOMPARE(m_h.api("GET",
                     QStringLiteral("/api/v1/organizations/") + m_org
                         + QStringLiteral("/connections/conn_123456789012345678/contexts"))
                 .status,
             404);

    // An environment connection has a context too; it goes with the connection.
    const QString env = createEnvironmentConnection();
    const QString envPath = QStringLiteral("/api/v1/connections/") + env + QStringLiteral("/contexts");
    const QByteArray raw27 = R"({"region":"eu"})";
    QCOMPARE(m_h.api("PUT", envPath, raw27).status, 200);
    QCOMPARE(m_h.api("GET", envPath).json()[QStringLiteral("context")][QStringLiteral("region")].toString(),
             QStringLiteral("eu"));
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/connections/") + env).status, 200);
    QCOMPARE(m_h.api("GET", envPath).status, 404);

    const QStringList types = recentEventTypes();
    QVERIFY(types.contains(QStringLiteral("organization.connection_context_updated")));
    QVERIFY(types.contains(QStringLiteral("environment.connection_context_updated")));
    // Events name the keys, not the values.
    const HttpReply events = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=100"), "{}");
    QVERIFY(!events.body.contains("acme-2"));
}

void TestEngineEnvConnections::contextValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("string") << QByteArray(R"("text")");
    QTest::newRow("not JSON") << QByteArray("{tenant:acme}");
    QByteArray deep = "1";
    for (int i = 0; i < 12; ++i) {
        deep = R"({"a":)" + deep + "}";
    }
    QTest::newRow("too deep") << deep;
    QTest::newRow("too large") << QByteArray(R"({"blob":")" + QByteArray(17 * 1024, 'x') + R"("})");
    QTest::newRow("key too long") << QByteArray(R"({")" + QByteArray(200, 'k') + R"(":1})");
    QTest::newRow("empty key") << QByteArray(R"({"":1})");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xff\xfe\"}");
}

void TestEngineEnvConnections::contextValidation()
{
    QFETCH(QByteArray, body);
    const QString path = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + m_conn
                         + QStringLiteral("/contexts");
    const QByteArray raw26 = R"({"kept":true})";
    QCOMPARE(m_h.api("PUT", path, raw26).status, 200);
    const HttpReply r = m_h.api("PUT", path, body);
    QVERIFY2(r.status == 400 || r.status == 413, r.body.constData());
    QCOMPARE(m_h.api("GET", path).json()[QStringLiteral("context")].toObject(),
             (QJsonObject{{QStringLiteral("kept"), true}}));
}

void TestEngineEnvConnections::contextCallers()
{
    const QString own = QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/connections/") + m_conn
                        + QStringLiteral("/contexts");
    const QString ownAlt = QStringLiteral("/api/v1/connections/") + m_conn + QStringLiteral("/contexts");
    const QString other = QStringLiteral("/api/v1/organizations/") + m_orgB + QStringLiteral("/connections/") + m_connB
                          + QStringLiteral("/contexts");
    const QString otherAlt = QStringLiteral("/api/v1/connections/") + m_connB + QStringLiteral("/contexts");
    const QString env = createEnvironmentConnection();
    const QString envAlt = QStringLiteral("/api/v1/connections/") + env + QStringLiteral("/contexts");
    const QByteArray raw25 = R"({"owner":"b"})";
    QCOMPARE(m_h.api("PUT", other, raw25).status, 200);
    const QByteArray raw24 = R"({"owner":"env"})";
    QCOMPARE(m_h.api("PUT", envAlt, raw24).status, 200);

    // A portal session of the organization with the sso feature: its own connection, both forms.
    const QString sso = portalSession(m_org, QStringLiteral("sso"));
    QVERIFY(!sso.isEmpty());
    const QByteArray raw23 = R"({"owner":"a"})";
    QCOMPARE(as(sso, "PUT", own, raw23).status, 200);
    HttpReply r = as(sso, "GET", ownAlt);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("context")][QStringLiteral("owner")].toString(), QStringLiteral("a"));
    const QByteArray raw22 = R"({"owner":"a2"})";
    QCOMPARE(as(sso, "PUT", ownAlt, raw22).status, 200);
    // … but not another organization's connection nor an environment connection.
    for (const QString& path : {other, otherAlt, envAlt}) {
        QCOMPARE(as(sso, "GET", path).status, 403);
        const QByteArray raw21 = R"({"owner":"mallory"})";
        QCOMPARE(as(sso, "PUT", path, raw21).status, 403);
    }
    // A session without sso, and an organization API client: refused everywhere.
    const QString dirSync = portalSession(m_org, QStringLiteral("dir_sync"));
    QVERIFY(!dirSync.isEmpty());
    const QString orgToken = orgClientToken(m_org);
    QVERIFY(!orgToken.isEmpty());
    for (const QString& token : {dirSync, orgToken}) {
        for (const QString& path : {own, ownAlt}) {
            QCOMPARE(as(token, "GET", path).status, 403);
            const QByteArray raw20 = R"({"owner":"mallory"})";
            QCOMPARE(as(token, "PUT", path, raw20).status, 403);
        }
    }
    // A read-only admin token cannot write.
    const QString readOnly = m_h.token(QStringLiteral("connections:read"));
    QCOMPARE(as(readOnly, "GET", own).status, 200);
    const QByteArray raw19 = R"({"owner":"ro"})";
    QCOMPARE(as(readOnly, "PUT", own, raw19).status, 403);
    // No token at all.
    QCOMPARE(m_h.request("GET", own).status, 401);
    // Nothing written by the refused calls.
    QCOMPARE(m_h.api("GET", own).json()[QStringLiteral("context")][QStringLiteral("owner")].toString(),
             QStringLiteral("a2"));
    QCOMPARE(m_h.api("GET", other).json()[QStringLiteral("context")][QStringLiteral("owner")].toString(),
             QStringLiteral("b"));
    QCOMPARE(m_h.api("GET", envAlt).json()[QStringLiteral("context")][QStringLiteral("owner")].toString(),
             QStringLiteral("env"));
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/connections/") + env).status, 200);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineEnvConnections)
#include "TestEngineEnvConnections.moc"
