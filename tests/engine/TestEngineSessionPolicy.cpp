// HTTP-level tests of the organization session policy (Get/UpdateOrganizationSessionPolicy), the application session
// policy (GetApplicationSessionPolicy, from the environment settings) and user-management settings
// (UpsertUserManagementSettings / GetOrganizationUserManagementSetting): defaults, patches, every field's validation
// with nothing written on a refused request, audit events, refused callers (portal sessions, organization API
// clients, read-only tokens) and the configuration export / import. Runs on SQLite, and on PostgreSQL when
// GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.session_policy.postgres).
#include "EngineHarness.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

class TestEngineSessionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void customPolicyAndRevert();
    void policyValidation_data();
    void policyValidation();
    void customNeedsTimeouts();
    void applicationPolicy();
    void userManagement();
    void userManagementValidation_data();
    void userManagementValidation();
    void idsAndUnknownOrganizations();
    void refusedCallers();
    void exportImport();

private:
    QString createOrganization(const QString& name);

    QString policyPath(const QString& org) const
    {
        return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/session-policy");
    }

    QString usersPath(const QString& org) const
    {
        return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/settings/usermanagement");
    }

    QJsonObject policyOf(const QString& org);
    HttpReply as(const QString& token, const QByteArray& method, const QString& path, const QByteArray& body = {});
    QStringList eventTypes(const QString& org);
    qint64 eventCount(const QString& org);

    EngineHarness m_h;
    QString m_org;
};

void TestEngineSessionPolicy::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_org = createOrganization(QStringLiteral("Policy Org"));
    QVERIFY(!m_org.isEmpty());
}

QString TestEngineSessionPolicy::createOrganization(const QString& name)
{
    const QJsonObject body{{QStringLiteral("display_name"), name}};
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(body).toJson());
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

QJsonObject TestEngineSessionPolicy::policyOf(const QString& org)
{
    const HttpReply r = m_h.api("GET", policyPath(org));
    return r.status == 200 ? r.json()[QStringLiteral("policy")].toObject() : QJsonObject();
}

HttpReply
TestEngineSessionPolicy::as(const QString& token, const QByteArray& method, const QString& path, const QByteArray& body)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return m_h.request(method, path, body, headers);
}

QStringList TestEngineSessionPolicy::eventTypes(const QString& org)
{
    const QJsonObject filter{{QStringLiteral("organization_id"), org}};
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=100"), QJsonDocument(filter).toJson());
    QStringList types;
    for (const QJsonValue& e : r.json()[QStringLiteral("events")].toArray()) {
        types << e[QStringLiteral("type")].toString();
    }
    return types;
}

qint64 TestEngineSessionPolicy::eventCount(const QString& org)
{
    const QJsonObject filter{{QStringLiteral("organization_id"), org}};
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=1"), QJsonDocument(filter).toJson());
    return r.json()[QStringLiteral("total_size")].toInteger(-1);
}

void TestEngineSessionPolicy::defaults()
{
    const QString org = createOrganization(QStringLiteral("Defaults"));
    HttpReply r = m_h.api("GET", policyPath(org));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("policy")].toObject(),
             (QJsonObject{{QStringLiteral("policy_source"), QStringLiteral("APPLICATION")}}));
    r = m_h.api("GET", usersPath(org));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("settings")].toObject(), QJsonObject());
}

void TestEngineSessionPolicy::customPolicyAndRevert()
{
    HttpReply r = m_h.api(
        "PATCH",
        policyPath(m_org),
        R"({"policy_source":"CUSTOM","absolute_session_timeout":8,"absolute_session_timeout_unit":"HOURS",)"
        R"("idle_session_timeout_enabled":true,"idle_session_timeout":30,"idle_session_timeout_unit":"MINUTES"})");
    QCOMPARE(r.status, 200);
    const QJsonObject expected{{QStringLiteral("policy_source"), QStringLiteral("CUSTOM")},
                               {QStringLiteral("absolute_session_timeout"), 8},
                               {QStringLiteral("absolute_session_timeout_unit"), QStringLiteral("HOURS")},
                               {QStringLiteral("idle_session_timeout_enabled"), true},
                               {QStringLiteral("idle_session_timeout"), 30},
                               {QStringLiteral("idle_session_timeout_unit"), QStringLiteral("MINUTES")}};
    QCOMPARE(r.json()[QStringLiteral("policy")].toObject(), expected);
    QCOMPARE(policyOf(m_org), expected);

    // A patch in camelCase (and enum numbers, as protojson allows): the other values stay.
    r = m_h.api("PATCH",
                policyPath(m_org),
                R"({"policySource":2,"absoluteSessionTimeout":2,"absoluteSessionTimeoutUnit":"DAYS"})");
    QCOMPARE(r.status, 200);
    QJsonObject patched = expected;
    patched.insert(QStringLiteral("absolute_session_timeout"), 2);
    patched.insert(QStringLiteral("absolute_session_timeout_unit"), QStringLiteral("DAYS"));
    QCOMPARE(policyOf(m_org), patched);
    // organization_id in the body (body "*") must be the path's.
    const QByteArray raw17 = R"({"organization_id":")";
    const QByteArray raw18 = R"(","policy_source":"CUSTOM","idle_session_timeout_enabled":false})";
    QCOMPARE(m_h.api("PATCH", policyPath(m_org), QByteArray(raw17) + m_org.toLatin1() + raw18).status, 200);
    QCOMPARE(policyOf(m_org)[QStringLiteral("idle_session_timeout_enabled")].toBool(), false);

    r = m_h.api("PATCH", policyPath(m_org), R"({"policy_source":"APPLICATION"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(policyOf(m_org), (QJsonObject{{QStringLiteral("policy_source"), QStringLiteral("APPLICATION")}}));
    QVERIFY(eventTypes(m_org).count(QStringLiteral("organization.session_policy_updated")) >= 4);
}

void TestEngineSessionPolicy::policyValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no policy_source") << QByteArray(R"({"absolute_session_timeout":60})")
                                      << QStringLiteral("policy_source");
    QTest::newRow("unspecified source") << QByteArray(R"({"policy_source":"SESSION_POLICY_TYPE_UNSPECIFIED"})")
                                        << QStringLiteral("policy_source");
    QTest::newRow("unknown source") << QByteArray(R"({"policy_source":"SOMETIMES"})")
                                    << QStringLiteral("policy_source");
    QTest::newRow("duration string") << QByteArray(R"({"policy_source":"CUSTOM","absolute_session_timeout":"3600s"})")
                                     << QStringLiteral("absolute_session_timeout");
    QTest::newRow("fraction") << QByteArray(R"({"policy_source":"CUSTOM","absolute_session_timeout":1.5})")
                              << QStringLiteral("absolute_session_timeout");
    QTest::newRow("zero") << QByteArray(R"({"policy_source":"CUSTOM","absolute_session_timeout":0})")
                          << QStringLiteral("absolute_session_timeout");
    QTest::newRow("negative") << QByteArray(R"({"policy_source":"CUSTOM","absolute_session_timeout":-5})")
                              << QStringLiteral("absolute_session_timeout");
    QTest::newRow("over int32") << QByteArray(R"({"policy_source":"CUSTOM","absolute_session_timeout":3000000000})")
                                << QStringLiteral("absolute_session_timeout");
    QTest::newRow("under 5 minutes") << QByteArray(
        R"({"policy_source":"CUSTOM","absolute_session_timeout":4,"absolute_session_timeout_unit":"MINUTES"})")
                                     << QStringLiteral("absolute_session_timeout");
    QTest::newRow("over a year") << QByteArray(
        R"({"policy_source":"CUSTOM","absolute_session_timeout":366,"absolute_session_timeout_unit":"DAYS"})")
                                 << QStringLiteral("absolute_session_timeout");
    QTest::newRow("unit unknown") << QByteArray(
        R"({"policy_source":"CUSTOM","absolute_session_timeout_unit":"SECONDS"})")
                                  << QStringLiteral("absolute_session_timeout_unit");
    QTest::newRow("unit unspecified") << QByteArray(
        R"({"policy_source":"CUSTOM","idle_session_timeout_unit":"SESSION_TIME_UNIT_UNSPECIFIED"})")
                                      << QStringLiteral("idle_session_timeout_unit");
    QTest::newRow("idle above absolute") << QByteArray(
        R"({"policy_source":"CUSTOM","idle_session_timeout_enabled":true,"idle_session_timeout":2,"idle_session_timeout_unit":"DAYS"})")
                                         << QStringLiteral("idle_session_timeout");
    QTest::newRow("idle flag wrong type")
        << QByteArray(R"({"policy_source":"CUSTOM","idle_session_timeout_enabled":"yes"})")
        << QStringLiteral("idle_session_timeout_enabled");
    QTest::newRow("APPLICATION with values")
        << QByteArray(R"({"policy_source":"APPLICATION","absolute_session_timeout":60})")
        << QStringLiteral("absolute_session_timeout");
    QTest::newRow("unknown field") << QByteArray(R"({"policy_source":"CUSTOM","session_policy":"CUSTOM"})")
                                   << QStringLiteral("session_policy");
    QTest::newRow("other organization_id")
        << QByteArray(R"({"organization_id":"org_123456789012345678","policy_source":"CUSTOM"})")
        << QStringLiteral("organization_id");
    QTest::newRow("SQL metacharacters") << QByteArray(R"({"policy_source":"CUSTOM'; DELETE FROM organizations;--"})")
                                        << QStringLiteral("policy_source");
    QTest::newRow("array body") << QByteArray("[]") << QString();
    QTest::newRow("not JSON") << QByteArray("policy_source=CUSTOM") << QString();
}

void TestEngineSessionPolicy::policyValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QByteArray raw16 =
        R"({"policy_source":"CUSTOM","absolute_session_timeout":1,"absolute_session_timeout_unit":"DAYS",)"
        R"("idle_session_timeout_enabled":true,"idle_session_timeout":1,"idle_session_timeout_unit":"HOURS"})";
    QCOMPARE(m_h.api("PATCH", policyPath(m_org), raw16).status, 200);
    const QJsonObject before = policyOf(m_org);
    const qint64 events = eventCount(m_org);
    const HttpReply r = m_h.api("PATCH", policyPath(m_org), body);
    QCOMPARE(r.status, 400);
    if (!field.isEmpty()) {
        QVERIFY2(r.body.contains(field.toLatin1()), r.body.constData());
    }
    QCOMPARE(policyOf(m_org), before);
    QCOMPARE(eventCount(m_org), events);
}

void TestEngineSessionPolicy::customNeedsTimeouts()
{
    const QString org = createOrganization(QStringLiteral("Fresh"));
    HttpReply r = m_h.api("PATCH", policyPath(org), R"({"policy_source":"CUSTOM"})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("absolute_session_timeout"));
    r = m_h.api("PATCH", policyPath(org), R"({"policy_source":"CUSTOM","absolute_session_timeout":60})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("absolute_session_timeout_unit"));
    r = m_h.api("PATCH",
                policyPath(org),
                R"({"policy_source":"CUSTOM","absolute_session_timeout":60,"absolute_session_timeout_unit":"MINUTES",)"
                R"("idle_session_timeout_enabled":true})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("idle_session_timeout"));
    QCOMPARE(policyOf(org), (QJsonObject{{QStringLiteral("policy_source"), QStringLiteral("APPLICATION")}}));
    r = m_h.api(
        "PATCH",
        policyPath(org),
        R"({"policy_source":"CUSTOM","absolute_session_timeout":60,"absolute_session_timeout_unit":"MINUTES"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("policy")][QStringLiteral("idle_session_timeout_enabled")].toBool(), false);
}

void TestEngineSessionPolicy::applicationPolicy()
{
    const QByteArray raw15 = R"({"access_token_lifetime":600,"refresh_token_lifetime":86400})";
    QCOMPARE(m_h.api("PUT", QStringLiteral("/api/v1/environment/settings"), raw15).status, 200);
    const HttpReply r = m_h.api(
        "GET", QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/application-session-policy"));
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.json()[QStringLiteral("application_policy")].toObject();
    QCOMPARE(p[QStringLiteral("access_token_expiry")].toInt(), 10);
    QCOMPARE(p[QStringLiteral("absolute_session_timeout")].toInt(), 1440);
    QCOMPARE(p[QStringLiteral("absolute_session_timeout_unit")].toString(), QStringLiteral("MINUTES"));
    QCOMPARE(p[QStringLiteral("idle_session_timeout_enabled")].toBool(), false);
    // Read-only: no route writes it.
    const int refused =
        m_h.api("PATCH",
                QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/application-session-policy"),
                "{}")
            .status;
    QVERIFY(refused == 404 || refused == 405);
}

void TestEngineSessionPolicy::userManagement()
{
    HttpReply r = m_h.api("PATCH", usersPath(m_org), R"({"settings":{"max_allowed_users":100}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("settings")][QStringLiteral("max_allowed_users")].toInt(), 100);
    QCOMPARE(m_h.api("GET", usersPath(m_org))
                 .json()[QStringLiteral("settings")][QStringLiteral("max_allowed_users")]
                 .toInt(),
             100);
    // camelCase; an empty settings object changes nothing; null removes the limit.
    const QByteArray raw14 = R"({"settings":{"maxAllowedUsers":50}})";
    QCOMPARE(m_h.api("PATCH", usersPath(m_org), raw14).status, 200);
    const QByteArray raw13 = R"({"settings":{}})";
    QCOMPARE(m_h.api("PATCH", usersPath(m_org), raw13).status, 200);
    QCOMPARE(m_h.api("GET", usersPath(m_org))
                 .json()[QStringLiteral("settings")][QStringLiteral("max_allowed_users")]
                 .toInt(),
             50);
    const QByteArray raw12 = R"({"settings":{"max_allowed_users":null}})";
    QCOMPARE(m_h.api("PATCH", usersPath(m_org), raw12).status, 200);
    QCOMPARE(m_h.api("GET", usersPath(m_org)).json()[QStringLiteral("settings")].toObject(), QJsonObject());
    QVERIFY(eventTypes(m_org).count(QStringLiteral("organization.user_management_settings_updated")) >= 4);
}

void TestEngineSessionPolicy::userManagementValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no settings") << QByteArray("{}") << QStringLiteral("settings");
    QTest::newRow("settings not an object") << QByteArray(R"({"settings":5})") << QStringLiteral("settings");
    QTest::newRow("zero") << QByteArray(R"({"settings":{"max_allowed_users":0}})")
                          << QStringLiteral("settings.max_allowed_users");
    QTest::newRow("negative") << QByteArray(R"({"settings":{"max_allowed_users":-1}})")
                              << QStringLiteral("settings.max_allowed_users");
    QTest::newRow("text") << QByteArray(R"({"settings":{"max_allowed_users":"many"}})")
                          << QStringLiteral("settings.max_allowed_users");
    QTest::newRow("fraction") << QByteArray(R"({"settings":{"max_allowed_users":1.5}})")
                              << QStringLiteral("settings.max_allowed_users");
    QTest::newRow("over int32") << QByteArray(R"({"settings":{"max_allowed_users":2147483648}})")
                                << QStringLiteral("settings.max_allowed_users");
    QTest::newRow("unknown inner field") << QByteArray(R"({"settings":{"max_users":5}})")
                                         << QStringLiteral("settings.max_users");
    QTest::newRow("unknown field") << QByteArray(R"({"settings":{"max_allowed_users":5},"extra":1})")
                                   << QStringLiteral("extra");
}

void TestEngineSessionPolicy::userManagementValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const QByteArray raw11 = R"({"settings":{"max_allowed_users":7}})";
    QCOMPARE(m_h.api("PATCH", usersPath(m_org), raw11).status, 200);
    const HttpReply r = m_h.api("PATCH", usersPath(m_org), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains(field.toLatin1()), r.body.constData());
    QCOMPARE(m_h.api("GET", usersPath(m_org))
                 .json()[QStringLiteral("settings")][QStringLiteral("max_allowed_users")]
                 .toInt(),
             7);
}

void TestEngineSessionPolicy::idsAndUnknownOrganizations()
{
    for (const QString& suffix : {QStringLiteral("/session-policy"),
                                  QStringLiteral("/application-session-policy"),
                                  QStringLiteral("/settings/usermanagement")}) {
        QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/org_123456789012345678") + suffix).status, 404);
        QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/acme") + suffix).status, 400);
        QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/%27%20OR%201%3D1") + suffix).status, 400);
    }
    const QByteArray raw10 = R"({"policy_source":"APPLICATION"})";
    QCOMPARE(
        m_h.api("PATCH", QStringLiteral("/api/v1/organizations/org_123456789012345678/session-policy"), raw10).status,
        404);
    const QByteArray raw9 = R"({"settings":{"max_allowed_users":5}})";
    QCOMPARE(
        m_h.api("PATCH", QStringLiteral("/api/v1/organizations/org_123456789012345678/settings/usermanagement"), raw9)
            .status,
        404);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/dir_123/session-policy"), "{}").status, 400);
}

void TestEngineSessionPolicy::refusedCallers()
{
    const QByteArray raw8 =
        R"({"policy_source":"CUSTOM","absolute_session_timeout":12,"absolute_session_timeout_unit":"HOURS"})";
    QCOMPARE(m_h.api("PATCH", policyPath(m_org), raw8).status, 200);
    const QByteArray raw7 = R"({"settings":{"max_allowed_users":9}})";
    QCOMPARE(m_h.api("PATCH", usersPath(m_org), raw7).status, 200);
    const QJsonObject policy = policyOf(m_org);

    // A portal session of this very organization with every feature.
    const HttpReply link = m_h.api("PUT",
                                   QStringLiteral("/api/v1/organizations/") + m_org
                                       + QStringLiteral("/portal_links?features=sso&features=dir_sync"));
    const QJsonObject exchangeBody{
        {QStringLiteral("link"), link.json()[QStringLiteral("link")][QStringLiteral("location")].toString()}};
    const QString session = m_h.request("POST",
                                        QStringLiteral("/api/v1/portal_sessions"),
                                        QJsonDocument(exchangeBody).toJson(),
                                        {{"Content-Type", "application/json"}})
                                .json()[QStringLiteral("session_token")]
                                .toString();
    QVERIFY(!session.isEmpty());
    // An organization API client of this organization.
    const HttpReply client = m_h.api("POST",
                                     QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/clients"),
                                     R"({"name":"Policy test client"})");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"),
                      client.json()[QStringLiteral("client")][QStringLiteral("client_id")].toString());
    form.addQueryItem(QStringLiteral("client_secret"), client.json()[QStringLiteral("plain_secret")].toString());
    const QString orgToken = m_h.request("POST",
                                         QStringLiteral("/oauth/token"),
                                         form.toString(QUrl::FullyEncoded).toLatin1(),
                                         {{"Content-Type", "application/x-www-form-urlencoded"}})
                                 .json()[QStringLiteral("access_token")]
                                 .toString();
    QVERIFY(!orgToken.isEmpty());
    const QString app =
        QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/application-session-policy");
    for (const QString& token : {session, orgToken}) {
        QCOMPARE(as(token, "GET", policyPath(m_org)).status, 403);
        const QByteArray raw6 = R"({"policy_source":"APPLICATION"})";
        QCOMPARE(as(token, "PATCH", policyPath(m_org), raw6).status, 403);
        QCOMPARE(as(token, "GET", app).status, 403);
        QCOMPARE(as(token, "GET", usersPath(m_org)).status, 403);
        const QByteArray raw5 = R"({"settings":{"max_allowed_users":1000}})";
        QCOMPARE(as(token, "PATCH", usersPath(m_org), raw5).status, 403);
    }
    const QString readOnly = m_h.token(QStringLiteral("organizations:read"));
    QCOMPARE(as(readOnly, "GET", policyPath(m_org)).status, 200);
    const QByteArray raw4 = R"({"policy_source":"APPLICATION"})";
    QCOMPARE(as(readOnly, "PATCH", policyPath(m_org), raw4).status, 403);
    const QByteArray raw3 = R"({"settings":{"max_allowed_users":1000}})";
    QCOMPARE(as(readOnly, "PATCH", usersPath(m_org), raw3).status, 403);
    QCOMPARE(m_h.request("GET", policyPath(m_org)).status, 401);
    // Nothing written.
    QCOMPARE(policyOf(m_org), policy);
    QCOMPARE(m_h.api("GET", usersPath(m_org))
                 .json()[QStringLiteral("settings")][QStringLiteral("max_allowed_users")]
                 .toInt(),
             9);
}

void TestEngineSessionPolicy::exportImport()
{
    const QString org = createOrganization(QStringLiteral("Exported policy"));
    const QByteArray raw2 =
        R"({"policy_source":"CUSTOM","absolute_session_timeout":3,"absolute_session_timeout_unit":"DAYS",)"
        R"("idle_session_timeout_enabled":true,"idle_session_timeout":2,"idle_session_timeout_unit":"HOURS"})";
    QCOMPARE(m_h.api("PATCH", policyPath(org), raw2).status, 200);
    const QByteArray raw1 = R"({"settings":{"max_allowed_users":25}})";
    QCOMPARE(m_h.api("PATCH", usersPath(org), raw1).status, 200);
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + org + QStringLiteral(":export"));
    QCOMPARE(r.status, 200);
    QJsonObject document = r.json();
    QCOMPARE(document[QStringLiteral("session_policy")].toObject(), policyOf(org));
    QCOMPARE(document[QStringLiteral("user_management")][QStringLiteral("max_allowed_users")].toInt(), 25);
    r = m_h.api("POST", QStringLiteral("/api/v1/organizations:import"), QJsonDocument(document).toJson());
    QCOMPARE(r.status, 201);
    const QString imported = r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    QVERIFY(!imported.isEmpty() && imported != org);
    QCOMPARE(policyOf(imported), policyOf(org));
    QCOMPARE(m_h.api("GET", usersPath(imported))
                 .json()[QStringLiteral("settings")][QStringLiteral("max_allowed_users")]
                 .toInt(),
             25);

    // An invalid policy in a document: 400, no organization created.
    const qint64 before =
        m_h.api("GET", QStringLiteral("/api/v1/organizations")).json()[QStringLiteral("total_size")].toInteger();
    QJsonObject bad = document;
    bad.insert(QStringLiteral("session_policy"),
               QJsonObject{{QStringLiteral("policy_source"), QStringLiteral("CUSTOM")},
                           {QStringLiteral("absolute_session_timeout"), -1},
                           {QStringLiteral("absolute_session_timeout_unit"), QStringLiteral("DAYS")}});
    r = m_h.api("POST", QStringLiteral("/api/v1/organizations:import"), QJsonDocument(bad).toJson());
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("session_policy.absolute_session_timeout"));
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations")).json()[QStringLiteral("total_size")].toInteger(),
             before);
    // A document without them (an older export) imports with the defaults.
    document.remove(QStringLiteral("session_policy"));
    document.remove(QStringLiteral("user_management"));
    r = m_h.api("POST", QStringLiteral("/api/v1/organizations:import"), QJsonDocument(document).toJson());
    QCOMPARE(r.status, 201);
    const QString plain = r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    QCOMPARE(policyOf(plain), (QJsonObject{{QStringLiteral("policy_source"), QStringLiteral("APPLICATION")}}));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineSessionPolicy)
#include "TestEngineSessionPolicy.moc"
