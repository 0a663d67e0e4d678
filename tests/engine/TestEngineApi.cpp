// HTTP-level tests of the management API (organizations, domains, events, routing, Host check). Runs on SQLite, and on
// PostgreSQL when GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.api.postgres).
#include "EngineHarness.h"
#include "TestMain.h"
#include "core/util/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList violationFields(const HttpReply& reply)
{
    QStringList fields;
    for (const QJsonValue& detail : reply.json().value(QStringLiteral("details")).toArray()) {
        const QJsonArray violations = detail.toObject()
                                          .value(QStringLiteral("validation_error_info"))
                                          .toObject()
                                          .value(QStringLiteral("field_violations"))
                                          .toArray();
        for (const QJsonValue& v : violations) {
            fields << v.toObject().value(QStringLiteral("field")).toString();
        }
    }
    return fields;
}

} // namespace

class TestEngineApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void health();
    void organizationLifecycle();
    void organizationCamelCaseInput();
    void organizationValidation_data();
    void organizationValidation();
    void organizationIds();
    void organizationConflict();
    void organizationSqlMetacharacters();
    void organizationPagination();
    void organizationSettings();
    void domains();
    void domainsForeignOrganization();
    void events();
    void routing();
    void hostCheck();
    void requestIdEchoed();
    void cleanupTestCase();

private:
    QString createOrganization(const QString& name, const QString& externalId = {});

    EngineHarness m_h;
};

void TestEngineApi::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

void TestEngineApi::cleanupTestCase()
{
    m_h.stop();
}

QString TestEngineApi::createOrganization(const QString& name, const QString& externalId)
{
    QJsonObject body{{QStringLiteral("display_name"), name}};
    if (!externalId.isEmpty()) {
        body.insert(QStringLiteral("external_id"), externalId);
    }
    const HttpReply reply = m_h.api("POST", QStringLiteral("/api/v1/organizations"), json(body));
    return reply.status == 201 ? reply.json()[QStringLiteral("organization")][QStringLiteral("id")].toString()
                               : QString();
}

void TestEngineApi::health()
{
    const HttpReply reply = m_h.request("GET", QStringLiteral("/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(reply.json().value(QStringLiteral("environment_id")).toString().startsWith(QStringLiteral("env_")));
    QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
}

void TestEngineApi::organizationLifecycle()
{
    HttpReply r = m_h.api(
        "POST",
        QStringLiteral("/api/v1/organizations"),
        json({{QStringLiteral("display_name"), QStringLiteral("Megasoft Inc")},
              {QStringLiteral("external_id"), QStringLiteral("tenant_1")},
              {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("industry"), QStringLiteral("tech")}}}}));
    QCOMPARE(r.status, 201);
    const QJsonObject org = r.json().value(QStringLiteral("organization")).toObject();
    const QString id = org.value(QStringLiteral("id")).toString();
    QVERIFY(core::IdGenerator::isValid(id, u"org"));
    QCOMPARE(org.value(QStringLiteral("create_time")).toString(), QStringLiteral("2026-11-27T09:00:00.000Z"));
    QCOMPARE(org.value(QStringLiteral("settings")).toObject().value(QStringLiteral("features")).toArray().size(), 2);

    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("organization")][QStringLiteral("display_name")].toString(),
             QStringLiteral("Megasoft Inc"));
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations:external/tenant_1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString(), id);

    m_h.clock().advanceSecs(5);
    r = m_h.api("PATCH",
                QStringLiteral("/api/v1/organizations/") + id,
                json({{QStringLiteral("display_name"), QStringLiteral("Megasoft")},
                      {QStringLiteral("external_id"), QString()}}));
    QCOMPARE(r.status, 200);
    const QJsonObject updated = r.json().value(QStringLiteral("organization")).toObject();
    QCOMPARE(updated.value(QStringLiteral("display_name")).toString(), QStringLiteral("Megasoft"));
    QVERIFY(!updated.contains(QStringLiteral("external_id")));
    QCOMPARE(updated.value(QStringLiteral("update_time")).toString(), QStringLiteral("2026-11-27T09:00:05.000Z"));
    QCOMPARE(updated.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("industry")).toString(),
             QStringLiteral("tech"));

    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + id).status, 200);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/") + id).status, 404);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + id).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:external/tenant_1")).status, 404);
}

void TestEngineApi::organizationCamelCaseInput()
{
    const HttpReply r = m_h.api("POST",
                                QStringLiteral("/api/v1/organizations"),
                                json({{QStringLiteral("displayName"), QStringLiteral("Camel")},
                                      {QStringLiteral("externalId"), QStringLiteral("camel-1")},
                                      {QStringLiteral("regionCode"), QStringLiteral("EU")}}));
    QCOMPARE(r.status, 201);
    const QJsonObject org = r.json().value(QStringLiteral("organization")).toObject();
    QCOMPARE(org.value(QStringLiteral("display_name")).toString(), QStringLiteral("Camel"));
    QCOMPARE(org.value(QStringLiteral("external_id")).toString(), QStringLiteral("camel-1"));
    QCOMPARE(org.value(QStringLiteral("region_code")).toString(), QStringLiteral("EU"));
    QVERIFY(!org.contains(QStringLiteral("displayName")));
}

void TestEngineApi::organizationValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QString longName(201, u'x');
    QTest::newRow("missing name") << QByteArray("{}") << QStringLiteral("display_name");
    QTest::newRow("name not a string") << QByteArray(R"({"display_name":5})") << QStringLiteral("display_name");
    QTest::newRow("name empty") << QByteArray(R"({"display_name":""})") << QStringLiteral("display_name");
    QTest::newRow("name too long") << json({{QStringLiteral("display_name"), longName}})
                                   << QStringLiteral("display_name");
    QTest::newRow("unknown field") << QByteArray(R"({"display_name":"a","admin":true})") << QStringLiteral("admin");
    QTest::newRow("both spellings") << QByteArray(R"({"display_name":"a","displayName":"b"})")
                                    << QStringLiteral("display_name");
    QTest::newRow("metadata not object") << QByteArray(R"({"display_name":"a","metadata":[1]})")
                                         << QStringLiteral("metadata");
    QTest::newRow("metadata value type") << QByteArray(R"({"display_name":"a","metadata":{"abc":1}})")
                                         << QStringLiteral("metadata.abc");
    QTest::newRow("metadata key short") << QByteArray(R"({"display_name":"a","metadata":{"k":"v"}})")
                                        << QStringLiteral("metadata.k (key)");
    QTest::newRow("region unknown") << QByteArray(R"({"display_name":"a","region_code":"MARS"})")
                                    << QStringLiteral("region_code");
    QTest::newRow("slug invalid") << QByteArray(R"({"display_name":"a","slug":"Not A Slug"})")
                                  << QStringLiteral("slug");
    QTest::newRow("logo not https") << QByteArray(R"x({"display_name":"a","logo_url":"javascript:alert(1)"})x")
                                    << QStringLiteral("logo_url");
    QTest::newRow("not json") << QByteArray("display_name=a") << QString();
    QTest::newRow("json array") << QByteArray("[]") << QString();
    QTest::newRow("invalid utf-8") << QByteArray("{\"display_name\":\"\xff\xfe\"}") << QString();
    QTest::newRow("truncated") << QByteArray(R"({"display_name":"a")") << QString();
    QTest::newRow("NUL in name") << QByteArray(R"({"display_name":"a\u0000b"})") << QStringLiteral("display_name");
    QTest::newRow("NUL in metadata") << QByteArray(R"({"display_name":"a","metadata":{"key":"v\u0000"}})")
                                     << QStringLiteral("metadata.key");
    QTest::newRow("deep nesting") << QByteArray(R"({"display_name":"a","metadata":)") + QByteArray(5000, '[')
                                  << QString();
}

void TestEngineApi::organizationValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 3);
    QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    if (!field.isEmpty()) {
        QVERIFY2(violationFields(r).contains(field), r.body.constData());
    }
}

void TestEngineApi::organizationIds()
{
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/org_123456789012345678")).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/conn_123456789012345678")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/org_1")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/") + QString(300, u'9')).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/%ff%fe")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/org_1%27%20OR%201=1")).status, 400);
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/org_123456789012345678"),
                     json({{QStringLiteral("display_name"), QStringLiteral("x")}}))
                 .status,
             404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:external/nobody")).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:external/x?id=org_123456789012345678")).status, 400);
}

void TestEngineApi::organizationConflict()
{
    QVERIFY(!createOrganization(QStringLiteral("First"), QStringLiteral("dup-ext")).isEmpty());
    const HttpReply r = m_h.api("POST",
                                QStringLiteral("/api/v1/organizations"),
                                json({{QStringLiteral("display_name"), QStringLiteral("Second")},
                                      {QStringLiteral("external_id"), QStringLiteral("dup-ext")}}));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 6);
    const QString other = createOrganization(QStringLiteral("Other"));
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/") + other,
                     json({{QStringLiteral("external_id"), QStringLiteral("dup-ext")}}))
                 .status,
             409);
}

void TestEngineApi::organizationSqlMetacharacters()
{
    const QString evil = QStringLiteral("Robert'); DROP TABLE organizations;-- \" %_ \\ ü 😀");
    const QString id = createOrganization(evil, QStringLiteral("x' OR '1'='1"));
    QVERIFY(!id.isEmpty());
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + id);
    QCOMPARE(r.json()[QStringLiteral("organization")][QStringLiteral("display_name")].toString(), evil);
    r = m_h.api("GET",
                QStringLiteral("/api/v1/organizations:external/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("x' OR '1'='1"))));
    QCOMPARE(r.status, 200);
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations?external_id=%27%20OR%201%3D1--"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("organizations")).toArray().size(), 0);
}

void TestEngineApi::organizationPagination()
{
    for (int i = 0; i < 23; ++i) {
        QVERIFY(!createOrganization(QStringLiteral("Page %1").arg(i)).isEmpty());
    }
    QStringList seen;
    QString token;
    int pages = 0;
    qint64 total = 0;
    do {
        const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations?page_size=10&page_token=") + token);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        total = body.value(QStringLiteral("total_size")).toInteger();
        for (const QJsonValue& org : body.value(QStringLiteral("organizations")).toArray()) {
            seen << org[QStringLiteral("id")].toString();
        }
        token = body.value(QStringLiteral("next_page_token")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 20);
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
    QVERIFY(pages >= 3);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?page_token=garbage")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?page_size=-1")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?pageSize=1"))
                 .json()[QStringLiteral("organizations")]
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?page_size=1000"))
                 .json()[QStringLiteral("organizations")]
                 .toArray()
                 .size(),
             std::min<qint64>(total, 100));
}

void TestEngineApi::organizationSettings()
{
    const QString id = createOrganization(QStringLiteral("Settings"));
    HttpReply r = m_h.api("PATCH",
                          QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"),
                          R"({"features":[{"name":"sso","enabled":true}]})");
    QCOMPARE(r.status, 200);
    bool ssoOn = false;
    for (const QJsonValue& f :
         r.json()[QStringLiteral("organization")][QStringLiteral("settings")][QStringLiteral("features")].toArray()) {
        ssoOn = ssoOn || (f[QStringLiteral("name")] == QStringLiteral("sso") && f[QStringLiteral("enabled")].toBool());
    }
    QVERIFY(ssoOn);
    r = m_h.api("PATCH",
                QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"),
                R"({"features":[{"name":"teleport","enabled":true}]})");
    QCOMPARE(r.status, 400);
    QVERIFY(violationFields(r).contains(QStringLiteral("features[0].name")));
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"),
                     R"({"features":[{"name":"sso","enabled":"yes"}]})")
                 .status,
             400);
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/") + id + QStringLiteral("/settings"),
                     R"({"features":5})")
                 .status,
             400);
}

void TestEngineApi::domains()
{
    const QString org = createOrganization(QStringLiteral("Domains"));
    const QString base = QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/domains");
    HttpReply r = m_h.api("POST", base, R"({"domain":"Domains-Test.EXAMPLE.net"})");
    QCOMPARE(r.status, 201);
    const QJsonObject domain = r.json().value(QStringLiteral("domain")).toObject();
    const QString id = domain.value(QStringLiteral("id")).toString();
    QVERIFY(core::IdGenerator::isValid(id, u"dom"));
    QCOMPARE(domain.value(QStringLiteral("domain")).toString(), QStringLiteral("domains-test.example.net"));
    QCOMPARE(domain.value(QStringLiteral("txt_record_key")).toString(),
             QStringLiteral("_gatehouse-challenge.domains-test.example.net"));
    QVERIFY(domain.value(QStringLiteral("txt_record_secret"))
                .toString()
                .startsWith(QStringLiteral("gatehouse-verification=")));
    QCOMPARE(domain.value(QStringLiteral("verification_status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(domain.value(QStringLiteral("organization_id")).toString(), org);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"domains-test.example.net"})").status, 409);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"gmail.com"})").status, 400);
    // example.com and example.org are VERIFIED by the seeded Test organization (development environments).
    QCOMPARE(m_h.api("POST", base, R"({"domain":"example.com"})").status, 409);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"not a domain"})").status, 400);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"domains-test.example.org","domain_type":"BOGUS"})").status, 400);
    QCOMPARE(m_h.api("POST", base, R"({"domain":"domains-test.example.org","verified":true})").status, 400);
    QCOMPARE(
        m_h.api("POST", base, R"({"domain":"domains-test.example.org","domainType":"ALLOWED_EMAIL_DOMAIN"})").status,
        201);
    QCOMPARE(m_h.api("GET", base + u'/' + id).status, 200);
    QCOMPARE(m_h.api("PATCH", base + u'/' + id, "{}").status, 200);
    QCOMPARE(m_h.api("PATCH", base + u'/' + id, R"({"verification_status":"VERIFIED"})").status, 400);
    // The DNS check itself is tested against a real DNS server in engine.domains_dns.
    QCOMPARE(m_h.api("PATCH", base + QStringLiteral("/dom_12345678901234567:verify")).status, 404);
    QCOMPARE(m_h.api("PATCH", base + QStringLiteral("/nope:verify")).status, 400);
    r = m_h.api("GET", base + QStringLiteral("?page_size=1&page_number=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("domains")).toArray().size(), 1);
    QCOMPARE(r.json().value(QStringLiteral("page_number")).toInt(), 1);
    QCOMPARE(m_h.api("GET", base + QStringLiteral("?page_number=abc")).status, 400);
    QCOMPARE(m_h.api("DELETE", base + u'/' + id).status, 200);
    QCOMPARE(m_h.api("GET", base + u'/' + id).status, 404);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + org).status, 200);
    QCOMPARE(m_h.api("GET", base).status, 404); // domains went with their organization
}

void TestEngineApi::domainsForeignOrganization()
{
    const QString a = createOrganization(QStringLiteral("A"));
    const QString b = createOrganization(QStringLiteral("B"));
    const HttpReply r = m_h.api("POST",
                                QStringLiteral("/api/v1/organizations/") + a + QStringLiteral("/domains"),
                                R"({"domain":"a-corp.example"})");
    const QString id = r.json()[QStringLiteral("domain")][QStringLiteral("id")].toString();
    const QString foreign = QStringLiteral("/api/v1/organizations/") + b + QStringLiteral("/domains/") + id;
    QCOMPARE(m_h.api("GET", foreign).status, 404);
    QCOMPARE(m_h.api("DELETE", foreign).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/") + a + QStringLiteral("/domains/") + id).status,
             200);
    QCOMPARE(
        m_h.api("GET", QStringLiteral("/api/v1/organizations/") + a + QStringLiteral("/domains/org_123456789012345678"))
            .status,
        400);
    QCOMPARE(m_h.api("POST",
                     QStringLiteral("/api/v1/organizations/org_123456789012345678/domains"),
                     R"({"domain":"x.example"})")
                 .status,
             404);
}

void TestEngineApi::events()
{
    const QString org = createOrganization(QStringLiteral("Audited"), QStringLiteral("audited-1"));
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/") + org, R"({"display_name":"Audited 2"})").status,
             200);
    HttpReply r =
        m_h.api("POST", QStringLiteral("/api/v1/events?page_size=1"), json({{QStringLiteral("organization_id"), org}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 2);
    const QJsonObject latest = r.json().value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(latest.value(QStringLiteral("type")).toString(), QStringLiteral("organization.updated"));
    QCOMPARE(latest.value(QStringLiteral("object")).toString(), QStringLiteral("Organization"));
    QVERIFY(latest.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("evt_")));
    const QString next = r.json().value(QStringLiteral("next_page_token")).toString();
    QVERIFY(!next.isEmpty());
    r = m_h.api("POST",
                QStringLiteral("/api/v1/events?page_size=1&page_token=") + next,
                json({{QStringLiteral("organization_id"), org}}));
    QCOMPARE(r.json().value(QStringLiteral("events")).toArray().first()[QStringLiteral("type")].toString(),
             QStringLiteral("organization.created"));
    r = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=100"), "{}");
    QVERIFY(!r.body.contains(m_h.clientSecret().toLatin1()));
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"start_time":"yesterday"})").status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":"x"})").status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"event_types":["a\u0000"]})").status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/events"), R"({"organization_id":"org\u0000"})").status, 400);
}

void TestEngineApi::routing()
{
    HttpReply r = m_h.api("PUT", QStringLiteral("/api/v1/organizations"));
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("Allow").contains("GET"));
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/nothing")).status, 404);
    QCOMPARE(m_h.request("GET", QStringLiteral("/nothing")).json().value(QStringLiteral("code")).toInt(), 5);
}

void TestEngineApi::hostCheck()
{
    HttpReply r = m_h.request("GET", QStringLiteral("/api/v1/organizations"), {}, {{"Host", "evil.example"}});
    QCOMPARE(r.status, 421);
    r = m_h.request("GET", QStringLiteral("/health"), {}, {{"Host", "evil.example"}});
    QCOMPARE(r.status, 200); // load balancers probe by address
}

void TestEngineApi::requestIdEchoed()
{
    HttpReply r = m_h.request("GET", QStringLiteral("/health"), {}, {{"X-Request-Id", "trace-42"}});
    QCOMPARE(r.header("X-Request-Id"), QByteArray("trace-42"));
    r = m_h.request("GET", QStringLiteral("/health"), {}, {{"X-Request-Id", "bad id <script>"}});
    QVERIFY(r.header("X-Request-Id") != "bad id <script>");
    QCOMPARE(r.header("X-Request-Id").size(), 32);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineApi)
#include "TestEngineApi.moc"
