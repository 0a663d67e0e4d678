// HTTP-level RFC 7643/7644 conformance of the SCIM server: discovery, CRUD, filters, paging, attributes,
// ETags, errors, bad input, token isolation, rate limits, concurrency, /Bulk, the directory model and
// events. Runs on SQLite, and on PostgreSQL as engine.scim.postgres.
#include "EngineHarness.h"
#include "ScimTestClient.h"
#include "TestMain.h"
#include "engine/Engine.h"
#include "engine/scim/ScimApi.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

class TestEngineScim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discovery();
    void authentication();
    void tokenIsolationAndOverlap();
    void rateLimitedPerDirectory();
    void userLifecycle();
    void groupLifecycle();
    void filters_data();
    void filters();
    void pagingAndSorting();
    void attributes();
    void etags();
    void errors_data();
    void errors();
    void bodyLimits();
    void unicode();
    void concurrentMemberPatches();
    void memberPatchesAsSetOperations();
    void search();
    void rootSearch();
    void secretRevocation();
    void secretChangedElsewhereAppliesWithinTheTtl();
    void bulk();
    void directoryModelAndEvents();
    void directoryUsersListBytes();
    void customExtensions();
    void writesWaitOffTheEventLoop();
    void afterCommitRunsOnlyOnCommit();

private:
    EngineHarness m_h;
    ScimTestClient m_c{m_h};
    ScimDirectory m_dir;     // filters / paging fixtures live here
    ScimDirectory m_scratch; // everything else
};

namespace {
const QByteArray kUserSchema = R"("schemas":["urn:ietf:params:scim:schemas:core:2.0:User"])";
}

void TestEngineScim::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_dir = m_c.createDirectory();
    m_scratch = m_c.createDirectory("OKTA");
    QVERIFY(!m_dir.secret.isEmpty());
    const QList<QByteArray> users{
        R"(,"externalId":"ext-a","name":{"givenName":"Alice","familyName":"Zed"},"title":"Engineer","emails":[{"value":"alice@example.com","type":"work","primary":true}],"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D"})",
        R"(,"externalId":"ext-b","name":{"givenName":"Bob","familyName":"Young"},"active":false,"emails":[{"value":"bob@example.org","type":"home"}])",
        R"(,"externalId":"EXT-C","name":{"givenName":"Carol","familyName":"Xu"},"title":"Manager","emails":[{"value":"carol@example.com","type":"work"},{"value":"carol@home.net","type":"home"}])",
        R"(,"externalId":"ext-d","name":{"givenName":"Dan","familyName":"West"})",
        R"(,"name":{"givenName":"Eve","familyName":"Vance"},"title":"Engineer")"};
    const QStringList names{QStringLiteral("alice@example.com"),
                            QStringLiteral("bob@example.org"),
                            QStringLiteral("Carol@Example.com"),
                            QStringLiteral("dan"),
                            QStringLiteral("eve")};
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(!m_c.createUser(m_dir, names[i], users[i]).isEmpty());
    }
}

void TestEngineScim::discovery()
{
    HttpReply r = m_c.call(m_dir, "GET", QStringLiteral("/ServiceProviderConfig"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/scim+json"));
    const QJsonObject spc = r.json();
    QCOMPARE(spc[QStringLiteral("patch")][QStringLiteral("supported")].toBool(), true);
    QCOMPARE(spc[QStringLiteral("bulk")][QStringLiteral("supported")].toBool(), true);
    QCOMPARE(spc[QStringLiteral("bulk")][QStringLiteral("maxOperations")].toInt(), 100);
    QCOMPARE(spc[QStringLiteral("filter")][QStringLiteral("maxResults")].toInt(), 1000);
    QCOMPARE(spc[QStringLiteral("changePassword")][QStringLiteral("supported")].toBool(), false);
    QCOMPARE(spc[QStringLiteral("sort")][QStringLiteral("supported")].toBool(), true);
    QCOMPARE(spc[QStringLiteral("etag")][QStringLiteral("supported")].toBool(), true);
    r = m_c.call(m_dir, "GET", QStringLiteral("/ResourceTypes"));
    QCOMPARE(r.status, 200);
    const QJsonArray types = r.json()[QStringLiteral("Resources")].toArray();
    QCOMPARE(types.size(), 2);
    QCOMPARE(types[0][QStringLiteral("endpoint")].toString(), QStringLiteral("/Users"));
    QCOMPARE(types[0][QStringLiteral("schemaExtensions")][0][QStringLiteral("schema")].toString(),
             QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
    QCOMPARE(types[1][QStringLiteral("endpoint")].toString(), QStringLiteral("/Groups"));
    QCOMPARE(m_c.call(m_dir, "GET", QStringLiteral("/ResourceTypes/Group")).status, 200);
    r = m_c.call(m_dir, "GET", QStringLiteral("/Schemas"));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 3);
    r = m_c.call(m_dir, "GET", QStringLiteral("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"));
    QCOMPARE(r.status, 200);
    bool userNameUnique = false;
    for (const QJsonValue& a : r.json()[QStringLiteral("attributes")].toArray()) {
        if (a[QStringLiteral("name")].toString() == QStringLiteral("userName")) {
            userNameUnique = a[QStringLiteral("uniqueness")].toString() == QStringLiteral("server")
                             && a[QStringLiteral("caseExact")].toBool() == false;
        }
    }
    QVERIFY(userNameUnique);
    QCOMPARE(m_c.call(m_dir, "GET", QStringLiteral("/Schemas/urn:nope")).status, 404);
}

void TestEngineScim::authentication()
{
    const QString path = ScimTestClient::path(m_dir, QStringLiteral("/Users"));
    HttpReply r = m_h.request("GET", path);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json()[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("401"));
    QVERIFY(!r.json()[QStringLiteral("detail")].toString().isEmpty());
    QVERIFY(!r.header("www-authenticate").isEmpty());
    r = m_h.request("GET", path, {}, {{"Authorization", "Bearer wrong"}});
    QCOMPARE(r.status, 401);
    r = m_h.request("GET", path, {}, {{"Authorization", "Basic " + m_dir.secret.toLatin1()}});
    QCOMPARE(r.status, 401);
    // The engine's own API tokens are not SCIM secrets.
    r = m_h.request("GET", path, {}, {{"Authorization", "Bearer " + m_h.token().toLatin1()}});
    QCOMPARE(r.status, 401);
    // A disabled directory refuses provisioning.
    const ScimDirectory other = m_c.createDirectory();
    const QString base = QStringLiteral("/api/v1/organizations/") + other.organizationId
                         + QStringLiteral("/directories/") + other.directoryId;
    QCOMPARE(m_h.api("PATCH", base + QStringLiteral(":disable")).status, 200);
    QCOMPARE(m_c.call(other, "GET", QStringLiteral("/Users")).status, 403);
    QCOMPARE(m_h.api("PATCH", base + QStringLiteral(":enable")).status, 200);
    QCOMPARE(m_c.call(other, "GET", QStringLiteral("/Users")).status, 200);
}

void TestEngineScim::tokenIsolationAndOverlap()
{
    const ScimDirectory a = m_c.createDirectory();
    const ScimDirectory b = m_c.createDirectory();
    const QString userA = m_c.createUser(a, QStringLiteral("only-in-a"));
    QVERIFY(!userA.isEmpty());
    // A's token on B's URL: 401, never B's data; B cannot see A's user by id either.
    ScimDirectory aOnB = b;
    aOnB.secret = a.secret;
    QCOMPARE(m_c.call(aOnB, "GET", QStringLiteral("/Users")).status, 401);
    QCOMPARE(m_c.call(aOnB, "GET", QStringLiteral("/Users/") + userA).status, 401);
    QCOMPARE(m_c.call(b, "GET", QStringLiteral("/Users/") + userA).status, 404);
    QCOMPARE(m_c.call(b, "DELETE", QStringLiteral("/Users/") + userA).status, 404);
    QCOMPARE(m_c.list(b, QStringLiteral("/Users"), QStringLiteral("userName eq \"only-in-a\""))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             0);
    // Regenerating keeps the previous secret for the overlap window only.
    const QString base = QStringLiteral("/api/v1/organizations/") + a.organizationId + QStringLiteral("/directories/")
                         + a.directoryId + QStringLiteral("/secrets:regenerate");
    const HttpReply regenerated = m_h.api("POST", base);
    QCOMPARE(regenerated.status, 201);
    ScimDirectory fresh = a;
    fresh.secret = regenerated.json()[QStringLiteral("plain_secret")].toString();
    QCOMPARE(m_c.call(a, "GET", QStringLiteral("/Users")).status, 200);
    QCOMPARE(m_c.call(fresh, "GET", QStringLiteral("/Users")).status, 200);
    m_h.clock().advanceSecs(7 * 24 * 3600 + 1);
    m_h.forgetToken();
    QCOMPARE(m_c.call(a, "GET", QStringLiteral("/Users")).status, 401);
    QCOMPARE(m_c.call(fresh, "GET", QStringLiteral("/Users")).status, 200);
    m_h.clock().advanceSecs(-(7 * 24 * 3600 + 1));
    m_h.forgetToken();
}

void TestEngineScim::rateLimitedPerDirectory()
{
    EngineHarness limited;
    QVERIFY2(limited.start([](EngineConfig& c) { c.scimRateLimit = {3, 60}; }), qPrintable(limited.lastError()));
    ScimTestClient client(limited);
    const ScimDirectory a = client.createDirectory();
    const ScimDirectory b = client.createDirectory();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(client.call(a, "GET", QStringLiteral("/Users")).status, 200);
    }
    const HttpReply r = client.call(a, "GET", QStringLiteral("/Users"));
    QCOMPARE(r.status, 429);
    QVERIFY(!r.header("retry-after").isEmpty());
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("429"));
    QCOMPARE(client.call(b, "GET", QStringLiteral("/Users")).status, 200); // another directory's budget
}

void TestEngineScim::userLifecycle()
{
    const QByteArray body =
        "{" + kUserSchema
        + R"(,"userName":"Lifecycle@Example.com","externalId":"lc-1","name":{"givenName":"Life","familyName":"Cycle"},
                                 "emails":[{"value":"lc@example.com","type":"work","primary":true}],"password":"hunter2"})";
    HttpReply r = m_c.call(m_scratch, "POST", QStringLiteral("/Users"), body);
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json();
    const QString id = created[QStringLiteral("id")].toString();
    QVERIFY(core::IdGenerator::isValid(id, u"diruser"));
    QCOMPARE(QString::fromLatin1(r.header("location")),
             m_h.baseUrl() + ScimTestClient::path(m_scratch, QStringLiteral("/Users/") + id));
    QCOMPARE(r.header("etag"), QByteArray("W/\"1\""));
    QCOMPARE(created[QStringLiteral("meta")][QStringLiteral("version")].toString(), QStringLiteral("W/\"1\""));
    QCOMPARE(created[QStringLiteral("meta")][QStringLiteral("resourceType")].toString(), QStringLiteral("User"));
    QCOMPARE(created[QStringLiteral("active")].toBool(true), true);
    QVERIFY(!created.contains(QStringLiteral("password")));
    QVERIFY(!r.body.contains("hunter2"));
    // userName is unique per directory, ignoring case: 409 uniqueness.
    r = m_c.call(
        m_scratch, "POST", QStringLiteral("/Users"), "{" + kUserSchema + R"(,"userName":"LIFECYCLE@example.com"})");
    QCOMPARE(r.status, 409);
    QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("uniqueness"));
    QCOMPARE(r.json()[QStringLiteral("detail")].toString(),
             QStringLiteral("userName 'LIFECYCLE@example.com' is already taken"));
    // The refused insert left nothing behind: one user with that name, the same one.
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Users?filter=userName%20eq%20%22lifecycle@example.com%22"));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 1);
    QCOMPARE(r.json()[QStringLiteral("Resources")][0][QStringLiteral("id")].toString(), id);
    // The same userName in another directory is fine.
    QVERIFY(!m_c.createUser(m_c.createDirectory(), QStringLiteral("Lifecycle@Example.com")).isEmpty());
    // PUT replaces everything: attributes left out are gone.
    r = m_c.call(m_scratch,
                 "PUT",
                 QStringLiteral("/Users/") + id,
                 "{" + kUserSchema + R"(,"userName":"lifecycle@example.com","title":"New"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("title")].toString(), QStringLiteral("New"));
    QVERIFY(!r.json().contains(QStringLiteral("emails")));
    QVERIFY(!r.json().contains(QStringLiteral("externalId")));
    QCOMPARE(r.header("etag"), QByteArray("W/\"2\""));
    // Soft deactivation keeps the user.
    r = m_c.call(
        m_scratch,
        "PATCH",
        QStringLiteral("/Users/") + id,
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(true), false);
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(true), false);
    // A PATCH that changes nothing keeps the version.
    r = m_c.call(
        m_scratch,
        "PATCH",
        QStringLiteral("/Users/") + id,
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]})");
    QCOMPARE(r.header("etag"), QByteArray("W/\"3\""));
    // DELETE is hard.
    QCOMPARE(m_c.call(m_scratch, "DELETE", QStringLiteral("/Users/") + id).status, 204);
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("404"));
    QCOMPARE(m_c.call(m_scratch, "DELETE", QStringLiteral("/Users/") + id).status, 404);
    QCOMPARE(m_c.call(m_scratch, "GET", QStringLiteral("/Users/00919288221112222")).status, 404);
}

void TestEngineScim::groupLifecycle()
{
    const QString u1 = m_c.createUser(m_scratch, QStringLiteral("g-user-1"), R"(,"displayName":"User One")");
    const QString u2 = m_c.createUser(m_scratch, QStringLiteral("g-user-2"));
    const QString g = m_c.createGroup(m_scratch, QStringLiteral("Engineering"), {u1});
    QVERIFY(!g.isEmpty());
    HttpReply r = m_c.call(m_scratch, "GET", QStringLiteral("/Groups/") + g);
    QCOMPARE(r.json()[QStringLiteral("members")][0][QStringLiteral("value")].toString(), u1);
    QCOMPARE(r.json()[QStringLiteral("members")][0][QStringLiteral("display")].toString(), QStringLiteral("User One"));
    // The user's read-only groups attribute follows.
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + u1);
    QCOMPARE(r.json()[QStringLiteral("groups")][0][QStringLiteral("value")].toString(), g);
    // Members must exist in this directory: never a silent success.
    r = m_c.call(
        m_scratch,
        "PATCH",
        QStringLiteral("/Groups/") + g,
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":"diruser_1234567890123456789"}]}]})");
    QCOMPARE(r.status, 400);
    QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("invalidValue"));
    QCOMPARE(m_c.memberIds(m_scratch, g), QStringList{u1});
    // PATCH answers 204; with ?attributes= it answers 200 with the resource.
    r = m_c.call(
        m_scratch,
        "PATCH",
        QStringLiteral("/Groups/") + g,
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":")"
            + u2.toLatin1() + R"("}]}]})");
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("etag"), QByteArray("W/\"2\""));
    r = m_c.call(
        m_scratch,
        "PATCH",
        QStringLiteral("/Groups/") + g + QStringLiteral("?attributes=displayName"),
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"Eng"}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("displayName")].toString(), QStringLiteral("Eng"));
    QVERIFY(!r.json().contains(QStringLiteral("members")));
    // attributes=members.value keeps the members (value only); excludedAttributes=members drops them.
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Groups/") + g + QStringLiteral("?attributes=members.value"));
    QCOMPARE(r.json()[QStringLiteral("members")].toArray().size(), 2);
    QVERIFY(!r.json()[QStringLiteral("members")][0].toObject().contains(QStringLiteral("display")));
    QVERIFY(!r.json().contains(QStringLiteral("displayName")));
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Groups/") + g + QStringLiteral("?excludedAttributes=members"));
    QVERIFY(!r.json().contains(QStringLiteral("members")));
    QCOMPARE(r.json()[QStringLiteral("displayName")].toString(), QStringLiteral("Eng"));
    // Deleting a user removes its memberships; deleting the group is hard.
    QCOMPARE(m_c.call(m_scratch, "DELETE", QStringLiteral("/Users/") + u1).status, 204);
    QCOMPARE(m_c.memberIds(m_scratch, g), QStringList{u2});
    QCOMPARE(m_c.call(m_scratch, "DELETE", QStringLiteral("/Groups/") + g).status, 204);
    QCOMPARE(m_c.call(m_scratch, "GET", QStringLiteral("/Groups/") + g).status, 404);
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + u2);
    QCOMPARE(r.json()[QStringLiteral("groups")].toArray().size(), 0);
}

void TestEngineScim::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expected");
    QTest::newRow("userName eq, any case") << QStringLiteral("userName eq \"ALICE@example.com\"") << 1;
    QTest::newRow("attribute name case") << QStringLiteral("USERNAME EQ \"carol@example.com\"") << 1;
    QTest::newRow("random userName probe")
        << QStringLiteral("userName eq \"7f0e5c6e-7e0a-4a3b-9a51-0d7f5e0f8b11\"") << 0;
    QTest::newRow("externalId eq exact") << QStringLiteral("externalId eq \"EXT-C\"") << 1;
    QTest::newRow("externalId is case exact") << QStringLiteral("externalId eq \"ext-c\"") << 0;
    QTest::newRow("externalId unquoted (Entra docs)") << QStringLiteral("externalId eq ext-a") << 1;
    QTest::newRow("ne") << QStringLiteral("title ne \"Engineer\"") << 3;
    QTest::newRow("co") << QStringLiteral("userName co \"example\"") << 3;
    QTest::newRow("sw") << QStringLiteral("userName sw \"C\"") << 1;
    QTest::newRow("ew") << QStringLiteral("userName ew \".org\"") << 1;
    QTest::newRow("pr") << QStringLiteral("title pr") << 3;
    QTest::newRow("gt") << QStringLiteral("name.familyName gt \"X\"") << 3;
    QTest::newRow("ge") << QStringLiteral("name.familyName ge \"Xu\"") << 3;
    QTest::newRow("lt") << QStringLiteral("name.familyName lt \"W\"") << 1;
    QTest::newRow("le") << QStringLiteral("name.familyName le \"West\"") << 2;
    QTest::newRow("boolean") << QStringLiteral("active eq false") << 1;
    QTest::newRow("and") << QStringLiteral("title eq \"Engineer\" and emails pr") << 1;
    QTest::newRow("or") << QStringLiteral("title eq \"Manager\" or userName eq \"dan\"") << 2;
    QTest::newRow("not") << QStringLiteral("not (title pr)") << 2;
    QTest::newRow("grouping") << QStringLiteral("title pr and (emails.value co \"example.com\" or userName eq \"eve\")")
                              << 3;
    QTest::newRow("value path") << QStringLiteral("emails[type eq \"work\" and value co \"@example.com\"]") << 2;
    QTest::newRow("value path home") << QStringLiteral("emails[type eq \"home\"]") << 2;
    QTest::newRow("enterprise urn") << QStringLiteral(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"R&D\"")
                                    << 1;
    QTest::newRow("meta.created") << QStringLiteral("meta.created gt \"2000-01-01T00:00:00Z\"") << 5;
    QTest::newRow("userName eq and indexed prefilter") << QStringLiteral("userName eq \"dan\" and title pr") << 0;
    QTest::newRow("Microsoft collection filter")
        << QStringLiteral("name.FamilyName eq Zed and (emails.Value co example.com or emails.Value co example.org)")
        << 1;
}

void TestEngineScim::filters()
{
    QFETCH(QString, filter);
    QFETCH(int, expected);
    const HttpReply r = m_c.list(m_dir, QStringLiteral("/Users"), filter);
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
    QVERIFY(body[QStringLiteral("totalResults")].isDouble());
    QCOMPARE(body[QStringLiteral("totalResults")].toInt(), expected);
    QCOMPARE(body[QStringLiteral("Resources")].toArray().size(), expected);
    // The same filter in a POST /Users/.search body (RFC 7644 §3.4.3) finds the same resources.
    const QJsonObject request{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:SearchRequest")}},
        {QStringLiteral("filter"), filter}};
    const HttpReply searched =
        m_c.call(m_dir, "POST", QStringLiteral("/Users/.search"), QJsonDocument(request).toJson());
    QCOMPARE(searched.status, 200);
    QCOMPARE(searched.json()[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
    QCOMPARE(searched.json()[QStringLiteral("totalResults")].toInt(), expected);
    QCOMPARE(searched.json()[QStringLiteral("Resources")].toArray(), body[QStringLiteral("Resources")].toArray());
}

void TestEngineScim::pagingAndSorting()
{
    const ScimDirectory d = m_c.createDirectory();
    for (int i = 1; i <= 7; ++i) {
        QVERIFY(!m_c.createUser(d, QStringLiteral("page-%1").arg(i)).isEmpty());
    }
    HttpReply r = m_c.call(d, "GET", QStringLiteral("/Users?startIndex=3&count=2"));
    QJsonObject body = r.json();
    QCOMPARE(body[QStringLiteral("totalResults")].toInt(), 7);
    QCOMPARE(body[QStringLiteral("startIndex")].toInt(), 3);
    QCOMPARE(body[QStringLiteral("itemsPerPage")].toInt(), 2);
    QCOMPARE(body[QStringLiteral("Resources")][0][QStringLiteral("userName")].toString(), QStringLiteral("page-3"));
    r = m_c.call(d, "GET", QStringLiteral("/Users?startIndex=6&count=5"));
    QCOMPARE(r.json()[QStringLiteral("itemsPerPage")].toInt(), 2);
    r = m_c.call(d, "GET", QStringLiteral("/Users?startIndex=0&count=1"));
    QCOMPARE(r.json()[QStringLiteral("startIndex")].toInt(), 1);
    r = m_c.call(d, "GET", QStringLiteral("/Users?count=0"));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 7);
    QCOMPARE(r.json()[QStringLiteral("itemsPerPage")].toInt(), 0);
    r = m_c.call(d, "GET", QStringLiteral("/Users?sortBy=userName&sortOrder=descending&count=2"));
    QCOMPARE(r.json()[QStringLiteral("Resources")][0][QStringLiteral("userName")].toString(), QStringLiteral("page-7"));
    r = m_c.list(d,
                 QStringLiteral("/Users"),
                 QStringLiteral("userName sw \"page\""),
                 QStringLiteral("sortBy=userName&sortOrder=descending&startIndex=2&count=2"));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 7);
    QCOMPARE(r.json()[QStringLiteral("Resources")][0][QStringLiteral("userName")].toString(), QStringLiteral("page-6"));
    r = m_c.call(d, "GET", QStringLiteral("/Users?sortBy=meta.lastModified&count=1"));
    QCOMPARE(r.status, 200);
    r = m_c.call(d, "GET", QStringLiteral("/Users?sortBy=nonsense"));
    QCOMPARE(r.status, 400);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users?count=abc")).status, 400);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users?sortOrder=sideways")).status, 400);
}

void TestEngineScim::attributes()
{
    HttpReply r = m_c.list(m_dir,
                           QStringLiteral("/Users"),
                           QStringLiteral("userName eq \"alice@example.com\""),
                           QStringLiteral("attributes=userName,name.givenName"));
    QJsonObject user = r.json()[QStringLiteral("Resources")][0].toObject();
    QCOMPARE(user[QStringLiteral("userName")].toString(), QStringLiteral("alice@example.com"));
    QVERIFY(user.contains(QStringLiteral("id")));
    QCOMPARE(user[QStringLiteral("name")][QStringLiteral("givenName")].toString(), QStringLiteral("Alice"));
    QVERIFY(!user[QStringLiteral("name")].toObject().contains(QStringLiteral("familyName")));
    QVERIFY(!user.contains(QStringLiteral("emails")));
    QVERIFY(!user.contains(QStringLiteral("title")));
    r = m_c.list(m_dir,
                 QStringLiteral("/Users"),
                 QStringLiteral("userName eq \"alice@example.com\""),
                 QStringLiteral("excludedAttributes=emails,title,id"));
    user = r.json()[QStringLiteral("Resources")][0].toObject();
    QVERIFY(!user.contains(QStringLiteral("emails")));
    QVERIFY(!user.contains(QStringLiteral("title")));
    QVERIFY(user.contains(QStringLiteral("id"))); // returned "always"
    QVERIFY(user.contains(QStringLiteral("userName")));
    r = m_c.call(m_dir,
                 "GET",
                 QStringLiteral("/Users?attributes=urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
                                "department&filter=externalId%20eq%20%22ext-a%22"));
    user = r.json()[QStringLiteral("Resources")][0].toObject();
    QCOMPARE(
        user[QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")][QStringLiteral("department")]
            .toString(),
        QStringLiteral("R&D"));
    QVERIFY(!user.contains(QStringLiteral("userName")));
}

void TestEngineScim::etags()
{
    const QString id = m_c.createUser(m_scratch, QStringLiteral("etag-user"));
    HttpReply r = m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + id);
    const QByteArray etag = r.header("etag");
    QCOMPARE(etag, QByteArray("W/\"1\""));
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + id, {}, {{"If-None-Match", etag}});
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());
    const QByteArray patch =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"title","value":"T"}]})";
    r = m_c.call(m_scratch, "PATCH", QStringLiteral("/Users/") + id, patch, {{"If-Match", "W/\"7\""}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("412"));
    QVERIFY(!m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + id).json().contains(QStringLiteral("title")));
    r = m_c.call(m_scratch, "PATCH", QStringLiteral("/Users/") + id, patch, {{"If-Match", etag}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("etag"), QByteArray("W/\"2\""));
    r = m_c.call(m_scratch, "GET", QStringLiteral("/Users/") + id, {}, {{"If-None-Match", etag}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_c.call(m_scratch, "DELETE", QStringLiteral("/Users/") + id, {}, {{"If-Match", etag}}).status, 412);
    QCOMPARE(m_c.call(m_scratch,
                      "PUT",
                      QStringLiteral("/Users/") + id,
                      "{" + kUserSchema + R"(,"userName":"etag-user"})",
                      {{"If-Match", "\"1\""}})
                 .status,
             412);
    QCOMPARE(m_c.call(m_scratch, "DELETE", QStringLiteral("/Users/") + id, {}, {{"If-Match", "*"}}).status, 204);
}

void TestEngineScim::errors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("scimType");
    const QByteArray patchOp = R"("schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"])";
    QTest::newRow("malformed JSON") << QByteArray("POST") << QStringLiteral("/Users") << QByteArray(R"({"schemas":[)")
                                    << 400 << QStringLiteral("invalidSyntax");
    QTest::newRow("trailing comma (Entra docs sample)")
        << QByteArray("POST") << QStringLiteral("/Users") << QByteArray("{" + kUserSchema + R"(,"userName":"x",})")
        << 400 << QStringLiteral("invalidSyntax");
    QTest::newRow("not an object") << QByteArray("POST") << QStringLiteral("/Users") << QByteArray("[1]") << 400
                                   << QStringLiteral("invalidSyntax");
    QTest::newRow("wrong schema URN")
        << QByteArray("POST") << QStringLiteral("/Users")
        << QByteArray(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"userName":"x"})") << 400
        << QStringLiteral("invalidValue");
    QTest::newRow("no schemas") << QByteArray("POST") << QStringLiteral("/Groups")
                                << QByteArray(R"({"displayName":"x"})") << 400 << QStringLiteral("invalidSyntax");
    QTest::newRow("junk attributes (Microsoft collection)")
        << QByteArray("POST") << QStringLiteral("/Users")
        << QByteArray("{" + kUserSchema + R"(,"acve":true,"userName":"junk"})") << 400
        << QStringLiteral("invalidSyntax");
    QTest::newRow("no userName") << QByteArray("POST") << QStringLiteral("/Users")
                                 << QByteArray("{" + kUserSchema + R"(,"active":true})") << 400
                                 << QStringLiteral("invalidValue");
    QTest::newRow("invalid filter") << QByteArray("GET") << QStringLiteral("/Users?filter=userName%20zz%20%22x%22")
                                    << QByteArray() << 400 << QStringLiteral("invalidFilter");
    QTest::newRow("filter unknown attribute")
        << QByteArray("GET") << QStringLiteral("/Groups?filter=userName%20eq%20%22x%22") << QByteArray() << 400
        << QStringLiteral("invalidFilter");
    QTest::newRow("PATCH bad path") << QByteArray("PATCH") << QStringLiteral("/Users/{user}")
                                    << QByteArray("{" + patchOp
                                                  + R"(,"Operations":[{"op":"add","path":"nope","value":1}]})")
                                    << 400 << QStringLiteral("invalidPath");
    QTest::newRow("PATCH remove no path")
        << QByteArray("PATCH") << QStringLiteral("/Users/{user}")
        << QByteArray("{" + patchOp + R"(,"Operations":[{"op":"remove"}]})") << 400 << QStringLiteral("noTarget");
    QTest::newRow("PATCH read-only")
        << QByteArray("PATCH") << QStringLiteral("/Users/{user}")
        << QByteArray("{" + patchOp
                      + R"(,"Operations":[{"op":"replace","path":"meta.created","value":"2020-01-01T00:00:00Z"}]})")
        << 400 << QStringLiteral("mutability");
    QTest::newRow("PATCH bad value")
        << QByteArray("PATCH") << QStringLiteral("/Users/{user}")
        << QByteArray("{" + patchOp + R"(,"Operations":[{"op":"replace","path":"active","value":"perhaps"}]})") << 400
        << QStringLiteral("invalidValue");
    QTest::newRow("PATCH without PatchOp schema")
        << QByteArray("PATCH") << QStringLiteral("/Users/{user}")
        << QByteArray(R"({"Operations":[{"op":"replace","path":"title","value":"x"}]})") << 400
        << QStringLiteral("invalidSyntax");
    QTest::newRow("PATCH userName taken")
        << QByteArray("PATCH") << QStringLiteral("/Users/{user}")
        << QByteArray("{" + patchOp
                      + R"(,"Operations":[{"op":"replace","path":"userName","value":"ALICE@example.com"}]})")
        << 409 << QStringLiteral("uniqueness");
    QTest::newRow("PATCH unknown id") << QByteArray("PATCH") << QStringLiteral("/Users/diruser_1")
                                      << QByteArray("{" + patchOp
                                                    + R"(,"Operations":[{"op":"replace","path":"title","value":"x"}]})")
                                      << 404 << QString();
    QTest::newRow("too many operations")
        << QByteArray("PATCH") << QStringLiteral("/Users/{user}")
        << QByteArray("{" + patchOp + R"(,"Operations":[)"
                      + QByteArray(R"({"op":"replace","path":"title","value":"x"},)").repeated(1000)
                      + R"({"op":"remove","path":"title"}]})")
        << 400 << QStringLiteral("tooMany");
    QTest::newRow("wrong content type") << QByteArray("POST") << QStringLiteral("/Users?ct=text") << QByteArray("{}")
                                        << 415 << QString();
}

void TestEngineScim::errors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, scimType);
    static QString user;
    if (user.isEmpty()) {
        user = m_c.createUser(m_dir, QStringLiteral("errors-target"));
    }
    path.replace(QStringLiteral("{user}"), user);
    if (path.endsWith(QStringLiteral("?ct=text"))) {
        const HttpReply r =
            m_h.request(method,
                        ScimTestClient::path(m_dir, path),
                        body,
                        {{"Authorization", "Bearer " + m_dir.secret.toLatin1()}, {"Content-Type", "text/plain"}});
        QCOMPARE(r.status, status);
        return;
    }
    const HttpReply r = m_c.call(m_dir, method, path, body);
    QCOMPARE(r.status, status);
    QVERIFY(r.header("content-type").startsWith("application/scim+json"));
    const QJsonObject error = r.json();
    QCOMPARE(error[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
    QCOMPARE(error[QStringLiteral("status")].toString(), QString::number(status));
    QCOMPARE(error[QStringLiteral("scimType")].toString(), scimType);
    QVERIFY(!error[QStringLiteral("detail")].toString().isEmpty());
    // Nothing was applied.
    QVERIFY(!m_c.call(m_dir, "GET", QStringLiteral("/Users/") + user).json().contains(QStringLiteral("title")));
}

void TestEngineScim::bodyLimits()
{
    // 10 MB: refused from its Content-Length, before it is read.
    const QByteArray request = "POST " + ScimTestClient::path(m_scratch, QStringLiteral("/Users")).toLatin1()
                               + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_scratch.secret.toLatin1()
                               + "\r\nContent-Type: application/scim+json\r\nContent-Length: 10485760\r\n\r\n{";
    const RawReply reply = m_h.raw(request, 2000);
    QVERIFY2(reply.data.startsWith("HTTP/1.1 413"), reply.data.left(40).constData());
    HttpReply r;
    // Deep nesting: refused before parsing.
    const QByteArray deep = "{" + kUserSchema + R"(,"userName":"deep","name":)" + QByteArray("[").repeated(100)
                            + QByteArray("]").repeated(100) + "}";
    r = m_c.call(m_scratch, "POST", QStringLiteral("/Users"), deep);
    QCOMPARE(r.status, 400);
    QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("invalidSyntax"));
    // A long but sane filter is fine; an absurd one is invalidFilter.
    r = m_c.list(m_scratch, QStringLiteral("/Users"), QStringLiteral("userName eq \"") + QString(5000, u'x') + u'"');
    QCOMPARE(r.status, 400);
    QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("invalidFilter"));
}

void TestEngineScim::unicode()
{
    const QString name = QStringLiteral("Zoë.Ünïcødé-名前-😀@example.com");
    const QString id = m_c.createUser(m_scratch, name, R"(,"displayName":"\u202eevil \ud83d\ude00")");
    QVERIFY(!id.isEmpty());
    HttpReply r =
        m_c.call(m_scratch, "POST", QStringLiteral("/Users"), "{" + kUserSchema + R"(,"userName":"nul\u0000"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("invalidValue"));
    r = m_c.list(m_scratch, QStringLiteral("/Users"), QStringLiteral("userName eq \"\\u0000\""));
    QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("invalidFilter"));
    QCOMPARE(m_c.call(m_scratch, "GET", QStringLiteral("/Users/diruser_1%00")).status, 400); // refused by the router
    QCOMPARE(m_c.call(m_scratch, "GET", QStringLiteral("/Users/%E2%80%AEnot-an-id")).status, 404);
    r = m_c.list(m_scratch, QStringLiteral("/Users"), QStringLiteral("userName eq \"ZOË.ÜNÏCØDÉ-名前-😀@EXAMPLE.COM\""));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 1);
    QCOMPARE(r.json()[QStringLiteral("Resources")][0][QStringLiteral("userName")].toString(), name);
    // Case folding beyond ASCII: "ärger" and "ÄRGER" are one userName.
    QVERIFY(!m_c.createUser(m_scratch, QStringLiteral("ärger")).isEmpty());
    r = m_c.call(m_scratch, "POST", QStringLiteral("/Users"), "{" + kUserSchema + R"(,"userName":"ÄRGER"})");
    QCOMPARE(r.status, 409);
    // Invalid UTF-8 in the body is malformed JSON.
    r = m_c.call(m_scratch, "POST", QStringLiteral("/Users"), "{" + kUserSchema + ",\"userName\":\"\xff\xfe\"}");
    QCOMPARE(r.status, 400);
}

void TestEngineScim::concurrentMemberPatches()
{
    const ScimDirectory d = m_c.createDirectory();
    const QString group = m_c.createGroup(d, QStringLiteral("Concurrent"));
    QStringList users;
    for (int i = 0; i < 20; ++i) {
        users << m_c.createUser(d, QStringLiteral("c-%1").arg(i));
    }
    QNetworkAccessManager nam;
    QList<QNetworkReply*> replies;
    for (const QString& user : std::as_const(users)) {
        QNetworkRequest request(QUrl(m_h.baseUrl() + ScimTestClient::path(d, QStringLiteral("/Groups/") + group)));
        request.setRawHeader("Authorization", "Bearer " + d.secret.toLatin1());
        request.setRawHeader("Content-Type", "application/scim+json");
        const QByteArray body =
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add","path":"members","value":[{"value":")"
            + user.toLatin1() + R"("}]}]})";
        replies << nam.sendCustomRequest(request, "PATCH", body);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }), 20000);
    for (QNetworkReply* reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        reply->deleteLater();
    }
    users.sort();
    QCOMPARE(m_c.memberIds(d, group), users);
    const HttpReply r = m_c.call(d, "GET", QStringLiteral("/Groups/") + group);
    QCOMPARE(r.json()[QStringLiteral("meta")][QStringLiteral("version")].toString(), QStringLiteral("W/\"21\""));
}

namespace {

QByteArray patchOps(const QByteArray& operations)
{
    return R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[)" + operations + "]}";
}

QByteArray memberList(const QStringList& ids)
{
    QJsonArray list;
    for (const QString& id : ids) {
        list.append(QJsonObject{{QStringLiteral("value"), id}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

void TestEngineScim::memberPatchesAsSetOperations()
{
    // Member adds and removes are set operations on the ids in the request; every dialect keeps its meaning.
    const ScimDirectory d = m_c.createDirectory();
    QStringList u;
    for (int i = 0; i < 6; ++i) {
        u << m_c.createUser(d, QStringLiteral("set-%1").arg(i));
        QVERIFY(!u.last().isEmpty());
    }
    const QString inner = m_c.createGroup(d, QStringLiteral("Inner"));
    const QString g = m_c.createGroup(d, QStringLiteral("Sets"), {u[0], u[1]});
    QVERIFY(!g.isEmpty() && !inner.isEmpty());
    const QString at = QStringLiteral("/Groups/") + g;
    // Add: present ones are kept once, new ones (users and a group) join.
    HttpReply r =
        m_c.call(d,
                 "PATCH",
                 at,
                 patchOps(R"({"op":"Add","path":"members","value":)" + memberList({u[1], u[2], inner, u[2]}) + "}"));
    QCOMPARE(r.status, 204);
    QCOMPARE(m_c.memberIds(d, g), sorted({u[0], u[1], u[2], inner}));
    r = m_c.call(d, "GET", at);
    QCOMPARE(r.json()[QStringLiteral("meta")][QStringLiteral("version")].toString(), QStringLiteral("W/\"2\""));
    // Adding only present members changes nothing: same version.
    const QByteArray addPresent = patchOps(R"({"op":"add","path":"members","value":)" + memberList({u[0]}) + "}");
    QCOMPARE(m_c.call(d, "PATCH", at, addPresent).status, 204);
    r = m_c.call(d, "GET", at);
    QCOMPARE(r.json()[QStringLiteral("meta")][QStringLiteral("version")].toString(), QStringLiteral("W/\"2\""));
    // Remove by filter, several ids joined by "or" (absent ones ignored), and Entra's legacy value list.
    const QByteArray filterRemove = R"({"op":"Remove","path":"members[value eq \")" + u[0].toLatin1()
                                    + R"(\" or value eq \")" + u[5].toLatin1() + R"(\"]"})";
    QCOMPARE(m_c.call(d, "PATCH", at, patchOps(filterRemove)).status, 204);
    QCOMPARE(m_c.memberIds(d, g), sorted({u[1], u[2], inner}));
    const QByteArray legacyRemove = patchOps(R"({"op":"Remove","path":"members","value":)" + memberList({inner}) + "}");
    QCOMPARE(m_c.call(d, "PATCH", at, legacyRemove).status, 204);
    QCOMPARE(m_c.memberIds(d, g), sorted({u[1], u[2]}));
    // In order within one request: add then remove the same id is no change; remove then add is an add;
    // a rename in the same request applies too.
    r = m_c.call(d,
                 "PATCH",
                 at,
                 patchOps(R"({"op":"add","path":"members","value":)" + memberList({u[3]})
                          + R"(},{"op":"remove","path":"members[value eq \")" + u[3].toLatin1()
                          + R"(\"]"},{"op":"remove","path":"members","value":)" + memberList({u[4]})
                          + R"(},{"op":"add","path":"members","value":)" + memberList({u[4]})
                          + R"(},{"op":"replace","path":"displayName","value":"Sets 2"})"));
    QCOMPARE(r.status, 204);
    QCOMPARE(m_c.memberIds(d, g), sorted({u[1], u[2], u[4]}));
    r = m_c.call(d, "GET", at);
    QCOMPARE(r.json()[QStringLiteral("displayName")].toString(), QStringLiteral("Sets 2"));
    // Bad members fail the whole request and change nothing (the rename neither).
    const QList<QByteArray> bad{R"({"op":"add","path":"members","value":[{"value":"diruser_1234567890123456789"}]})",
                                R"({"op":"add","path":"members","value":[{"value":"not-an-id"}]})",
                                R"({"op":"add","path":"members","value":[{"display":"no value"}]})",
                                R"({"op":"add","path":"members","value":[{"value":")" + g.toLatin1() + R"("}]})"};
    for (const QByteArray& op : bad) {
        const QByteArray rename = R"({"op":"replace","path":"displayName","value":"Never"},)";
        r = m_c.call(d, "PATCH", at, patchOps(rename + op));
        QCOMPARE(r.status, 400);
        QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("invalidValue"));
        QCOMPARE(m_c.memberIds(d, g), sorted({u[1], u[2], u[4]}));
        QCOMPARE(m_c.call(d, "GET", at).json()[QStringLiteral("displayName")].toString(), QStringLiteral("Sets 2"));
    }
    // A user of another directory is not a member candidate.
    const QString foreign = m_c.createUser(m_scratch, QStringLiteral("set-foreign"));
    r = m_c.call(d, "PATCH", at, patchOps(R"({"op":"add","path":"members","value":)" + memberList({foreign}) + "}"));
    QCOMPARE(r.status, 400);
    // Replace and remove-all still work on the whole list.
    const QByteArray replaceAll = patchOps(R"({"op":"replace","path":"members","value":)" + memberList({u[0]}) + "}");
    QCOMPARE(m_c.call(d, "PATCH", at, replaceAll).status, 204);
    QCOMPARE(m_c.memberIds(d, g), QStringList{u[0]});
    const QByteArray removeAll = patchOps(R"({"op":"remove","path":"members"})");
    QCOMPARE(m_c.call(d, "PATCH", at, removeAll).status, 204);
    QCOMPARE(m_c.memberIds(d, g), QStringList());
    // Every membership change is in a group_updated event with exactly what changed.
    r = m_h.api("POST",
                QStringLiteral("/api/v1/events?page_size=100"),
                R"({"organization_id":")" + d.organizationId.toLatin1() + R"("})");
    QCOMPARE(r.status, 200);
    QList<QPair<QStringList, QStringList>> changes;
    for (const QJsonValue& e : r.json()[QStringLiteral("events")].toArray()) {
        if (e[QStringLiteral("type")].toString() != QStringLiteral("organization.directory.group_updated")
            || e[QStringLiteral("data")][QStringLiteral("id")].toString() != g) {
            continue;
        }
        QStringList added;
        QStringList removed;
        for (const QJsonValue& v : e[QStringLiteral("data")][QStringLiteral("members_added")].toArray()) {
            added << v.toString();
        }
        for (const QJsonValue& v : e[QStringLiteral("data")][QStringLiteral("members_removed")].toArray()) {
            removed << v.toString();
        }
        changes.append({sorted(added), sorted(removed)});
    }
    QCOMPARE(changes.size(), 6);
    QVERIFY(changes.contains(qMakePair(sorted({u[2], inner}), QStringList())));
    QVERIFY(changes.contains(qMakePair(QStringList(), QStringList{u[0]})));
    QVERIFY(changes.contains(qMakePair(QStringList(), QStringList{inner})));
    QVERIFY(changes.contains(qMakePair(QStringList{u[4]}, QStringList())));
    QVERIFY(changes.contains(qMakePair(QStringList{u[0]}, sorted({u[1], u[2], u[4]}))));
}

void TestEngineScim::search()
{
    const QByteArray schema = R"("schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"])";
    // Paging, sorting and attributes from the body, as GET takes them from the query.
    HttpReply r = m_c.call(
        m_dir,
        "POST",
        QStringLiteral("/Users/.search"),
        "{" + schema
            + R"(,"filter":"userName co \"example\"","sortBy":"userName","sortOrder":"descending","startIndex":2,"count":1,"attributes":["userName","name.givenName"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type").left(21), QByteArray("application/scim+json"));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 3);
    QCOMPARE(r.json()[QStringLiteral("startIndex")].toInt(), 2);
    QCOMPARE(r.json()[QStringLiteral("itemsPerPage")].toInt(), 1);
    QJsonObject user = r.json()[QStringLiteral("Resources")][0].toObject();
    QVERIFY(user.contains(QStringLiteral("userName")));
    QVERIFY(user[QStringLiteral("name")].toObject().contains(QStringLiteral("givenName")));
    QVERIFY(!user[QStringLiteral("name")].toObject().contains(QStringLiteral("familyName")));
    QVERIFY(!user.contains(QStringLiteral("emails")));
    const HttpReply viaGet = m_c.list(m_dir,
                                      QStringLiteral("/Users"),
                                      QStringLiteral("userName co \"example\""),
                                      QStringLiteral("sortBy=userName&sortOrder=descending&startIndex=2&count=1&"
                                                     "attributes=userName,name.givenName"));
    QCOMPARE(r.json(), viaGet.json());
    // excludedAttributes; member names in any case; no filter lists all.
    r = m_c.call(m_dir,
                 "POST",
                 QStringLiteral("/users/.search"),
                 "{" + schema + R"(,"EXCLUDEDATTRIBUTES":["emails","title"],"Count":10})");
    QCOMPARE(r.status, 200);
    const int all =
        m_c.call(m_dir, "GET", QStringLiteral("/Users?count=0")).json()[QStringLiteral("totalResults")].toInt();
    QVERIFY(all >= 5);
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), all);
    QCOMPARE(r.json()[QStringLiteral("Resources")].toArray().size(), std::min(all, 10));
    for (const QJsonValue& v : r.json()[QStringLiteral("Resources")].toArray()) {
        QVERIFY(!v.toObject().contains(QStringLiteral("emails")));
        QVERIFY(v.toObject().contains(QStringLiteral("userName")));
    }
    // Groups.
    const ScimDirectory d = m_c.createDirectory();
    const QString member = m_c.createUser(d, QStringLiteral("search-member"));
    QVERIFY(!m_c.createGroup(d, QStringLiteral("Search A"), {member}).isEmpty());
    QVERIFY(!m_c.createGroup(d, QStringLiteral("Search B")).isEmpty());
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Groups/.search"),
                 "{" + schema + R"(,"filter":"displayName eq \"Search A\"","excludedAttributes":["members"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 1);
    QCOMPARE(r.json()[QStringLiteral("Resources")][0][QStringLiteral("displayName")].toString(),
             QStringLiteral("Search A"));
    QVERIFY(!r.json()[QStringLiteral("Resources")][0].toObject().contains(QStringLiteral("members")));
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Groups/.search"),
                 "{" + schema + R"(,"filter":"displayName sw \"Search\"","sortBy":"displayName"})");
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 2);
    QCOMPARE(r.json()[QStringLiteral("Resources")][0][QStringLiteral("members")][0][QStringLiteral("value")].toString(),
             member);
    // Bad requests: specific errors, as for GET.
    const QList<QPair<QByteArray, QString>> bad{
        {R"({"filter":"userName eq \"x\""})", QStringLiteral("invalidSyntax")},
        {R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})", QStringLiteral("invalidSyntax")},
        {"{" + schema + R"(,"filter":"userName eq"})", QStringLiteral("invalidFilter")},
        {"{" + schema + R"(,"filter":"nosuch eq \"x\""})", QStringLiteral("invalidFilter")},
        {"{" + schema + R"(,"filter":7})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"attributes":[1]})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"attributes":{"a":1}})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"count":"ten"})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"startIndex":1.5})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"sortOrder":"sideways"})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"filterz":"x"})", QStringLiteral("invalidSyntax")},
        {"[1]", QStringLiteral("invalidSyntax")},
        {"{not json", QStringLiteral("invalidSyntax")}};
    for (const auto& [body, type] : bad) {
        r = m_c.call(m_dir, "POST", QStringLiteral("/Users/.search"), body);
        QVERIFY2(r.status == 400, body.constData());
        QVERIFY2(ScimTestClient::scimType(r) == type, body.constData());
    }
    // Authentication and isolation as for every SCIM endpoint.
    ScimDirectory wrong = d;
    wrong.secret = m_dir.secret;
    const QByteArray emptySearch = "{" + schema + "}";
    QCOMPARE(m_c.call(wrong, "POST", QStringLiteral("/Users/.search"), emptySearch).status, 401);
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Users/.search"),
                 "{" + schema + R"(,"filter":"userName eq \"alice@example.com\""})");
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 0);
}

void TestEngineScim::rootSearch()
{
    // POST {base}/.search (RFC 7644 §3.4.3): Users and Groups of this directory in one ListResponse.
    const QByteArray schema = R"("schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"])";
    const ScimDirectory d = m_c.createDirectory();
    const QString u1 =
        m_c.createUser(d, QStringLiteral("root-a"), R"(,"displayName":"Aaron Root","externalId":"shared")");
    const QString u2 = m_c.createUser(d, QStringLiteral("root-b"));
    const QString g1 = m_c.createGroup(d, QStringLiteral("Root G1"), {u1});
    const QString g2 = m_c.createGroup(d, QStringLiteral("Root G2"));
    QVERIFY(!u1.isEmpty() && !u2.isEmpty() && !g1.isEmpty() && !g2.isEmpty());
    const QByteArray sharedGroup =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"externalId","value":"shared"}]})";
    QCOMPARE(m_c.call(d, "PATCH", QStringLiteral("/Groups/") + g2, sharedGroup).status, 204);
    const auto ids = [](const HttpReply& reply) {
        QStringList out;
        for (const QJsonValue& v : reply.json()[QStringLiteral("Resources")].toArray()) {
            out << v.toObject()[QStringLiteral("id")].toString();
        }
        return out;
    };
    // No filter: every resource of the directory (none of m_dir's), Users first, each with its own schemas
    // and meta.resourceType.
    HttpReply r = m_c.call(d, "POST", QStringLiteral("/.search"), "{" + schema + "}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type").left(21), QByteArray("application/scim+json"));
    QCOMPARE(r.json()[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 4);
    QCOMPARE(ids(r), (QStringList{u1, u2, g1, g2}));
    const QJsonArray all = r.json()[QStringLiteral("Resources")].toArray();
    QCOMPARE(all[0][QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"));
    QCOMPARE(all[0][QStringLiteral("meta")][QStringLiteral("resourceType")].toString(), QStringLiteral("User"));
    QCOMPARE(all[2][QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group"));
    QCOMPARE(all[2][QStringLiteral("meta")][QStringLiteral("resourceType")].toString(), QStringLiteral("Group"));
    QCOMPARE(all[2][QStringLiteral("members")][0][QStringLiteral("value")].toString(), u1);
    // Paging across the two types.
    r = m_c.call(d, "POST", QStringLiteral("/.search"), "{" + schema + R"(,"startIndex":2,"count":2})");
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 4);
    QCOMPARE(r.json()[QStringLiteral("startIndex")].toInt(), 2);
    QCOMPARE(r.json()[QStringLiteral("itemsPerPage")].toInt(), 2);
    QCOMPARE(ids(r), (QStringList{u2, g1}));
    r = m_c.call(d, "POST", QStringLiteral("/.search"), "{" + schema + R"(,"startIndex":4,"count":5})");
    QCOMPARE(ids(r), QStringList{g2});
    r = m_c.call(d, "POST", QStringLiteral("/.search"), "{" + schema + R"(,"count":0})");
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 4);
    QVERIFY(r.json()[QStringLiteral("Resources")].toArray().isEmpty());
    // Filters: a common attribute matches both types; an attribute of one type leaves the other out.
    r = m_c.call(d, "POST", QStringLiteral("/.search"), "{" + schema + R"(,"filter":"externalId eq \"shared\""})");
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r), (QStringList{u1, g2}));
    r = m_c.call(d, "POST", QStringLiteral("/.search"), "{" + schema + R"(,"filter":"userName sw \"ROOT\""})");
    QCOMPARE(ids(r), (QStringList{u1, u2}));
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/.search"),
                 "{" + schema + R"(,"filter":"members.value eq \")" + u1.toLatin1() + R"(\""})");
    QCOMPARE(ids(r), QStringList{g1});
    r = m_c.call(d, "POST", QStringLiteral("/.search"), "{" + schema + R"(,"filter":"displayName co \"Root\""})");
    QCOMPARE(ids(r), (QStringList{u1, g1, g2}));
    // sortBy across types: values of both merged, resources without a value last.
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/.search"),
                 "{" + schema + R"(,"sortBy":"displayName","attributes":["displayName"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r), (QStringList{u1, g1, g2, u2}));
    const QJsonObject projected = r.json()[QStringLiteral("Resources")][1].toObject();
    QCOMPARE(projected[QStringLiteral("displayName")].toString(), QStringLiteral("Root G1"));
    QVERIFY(!projected.contains(QStringLiteral("members")));
    QCOMPARE(projected[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group"));
    r = m_c.call(
        d, "POST", QStringLiteral("/.search"), "{" + schema + R"(,"sortBy":"displayName","startIndex":2,"count":2})");
    QCOMPARE(ids(r), (QStringList{g1, g2}));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 4);
    // Bad requests.
    const QList<QPair<QByteArray, QString>> bad{
        {R"({"filter":"userName eq \"x\""})", QStringLiteral("invalidSyntax")},
        {"{" + schema + R"(,"filter":"nosuch eq \"x\""})", QStringLiteral("invalidFilter")},
        {"{" + schema + R"(,"filter":"userName eq"})", QStringLiteral("invalidFilter")},
        {"{" + schema + R"(,"sortBy":"nosuch"})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"sortOrder":"up"})", QStringLiteral("invalidValue")},
        {"{" + schema + R"(,"count":"2"})", QStringLiteral("invalidValue")}};
    for (const auto& [body, type] : bad) {
        r = m_c.call(d, "POST", QStringLiteral("/.search"), body);
        QVERIFY2(r.status == 400, body.constData());
        QVERIFY2(ScimTestClient::scimType(r) == type, body.constData());
    }
    ScimDirectory wrong = d;
    wrong.secret = m_dir.secret;
    const QByteArray empty = "{" + schema + "}";
    QCOMPARE(m_c.call(wrong, "POST", QStringLiteral("/.search"), empty).status, 401);
}

void TestEngineScim::secretRevocation()
{
    const ScimDirectory d = m_c.createDirectory();
    const QString base =
        QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/") + d.directoryId;
    const HttpReply second = m_h.api("POST", base + QStringLiteral("/secrets"));
    QCOMPARE(second.status, 201);
    ScimDirectory other = d;
    other.secret = second.json()[QStringLiteral("plain_secret")].toString();
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users")).status, 200);
    HttpReply r = m_h.api("GET", base);
    QString firstId;
    for (const QJsonValue& s : r.json()[QStringLiteral("directory")][QStringLiteral("secrets")].toArray()) {
        if (s[QStringLiteral("id")].toString()
            != second.json()[QStringLiteral("secret")][QStringLiteral("id")].toString()) {
            firstId = s[QStringLiteral("id")].toString();
        }
    }
    QVERIFY(!firstId.isEmpty());
    // Revoked: 401 at once (no overlap), the other secret keeps working, an audit event is written.
    r = m_h.api("DELETE", base + QStringLiteral("/secrets/") + firstId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("secret")][QStringLiteral("status")].toString(), QStringLiteral("INACTIVE"));
    QCOMPARE(r.json()[QStringLiteral("secret")][QStringLiteral("id")].toString(), firstId);
    r = m_c.call(d, "GET", QStringLiteral("/Users"));
    QCOMPARE(r.status, 401);
    QVERIFY(!r.header("www-authenticate").isEmpty());
    const QByteArray search = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"]})";
    QCOMPARE(m_c.call(d, "POST", QStringLiteral("/Users/.search"), search).status, 401);
    QCOMPARE(m_c.call(other, "GET", QStringLiteral("/Users")).status, 200);
    r = m_h.api("GET", base);
    for (const QJsonValue& s : r.json()[QStringLiteral("directory")][QStringLiteral("secrets")].toArray()) {
        QCOMPARE(s[QStringLiteral("status")].toString(),
                 s[QStringLiteral("id")].toString() == firstId ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE"));
    }
    // Revoking again is harmless; a new secret can be created (one active left).
    QCOMPARE(m_h.api("DELETE", base + QStringLiteral("/secrets/") + firstId).status, 200);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users")).status, 401);
    r = m_h.api("POST",
                QStringLiteral("/api/v1/events?page_size=50"),
                R"({"organization_id":")" + d.organizationId.toLatin1() + R"("})");
    int revokedEvents = 0;
    for (const QJsonValue& e : r.json()[QStringLiteral("events")].toArray()) {
        if (e[QStringLiteral("type")].toString() == QStringLiteral("organization.directory_secret_revoked")) {
            ++revokedEvents;
            QCOMPARE(e[QStringLiteral("data")][QStringLiteral("secret_id")].toString(), firstId);
        }
    }
    QCOMPARE(revokedEvents, 1);
    QCOMPARE(m_h.api("POST", base + QStringLiteral("/secrets")).status, 201);
    // The last secret can be revoked too: the directory then has no valid token.
    const QString otherId = second.json()[QStringLiteral("secret")][QStringLiteral("id")].toString();
    QCOMPARE(m_h.api("DELETE", base + QStringLiteral("/secrets/") + otherId).status, 200);
    QCOMPARE(m_c.call(other, "GET", QStringLiteral("/Users")).status, 401);
    // Unknown, malformed and foreign ids.
    QCOMPARE(m_h.api("DELETE", base + QStringLiteral("/secrets/sec_1234567890123456789")).status, 404);
    QCOMPARE(m_h.api("DELETE", base + QStringLiteral("/secrets/nonsense")).status, 400);
    const ScimDirectory foreign = m_c.createDirectory();
    r = m_h.api("GET",
                QStringLiteral("/api/v1/organizations/") + foreign.organizationId + QStringLiteral("/directories/")
                    + foreign.directoryId);
    const QString foreignSecret =
        r.json()[QStringLiteral("directory")][QStringLiteral("secrets")][0][QStringLiteral("id")].toString();
    QVERIFY(!foreignSecret.isEmpty());
    QCOMPARE(m_h.api("DELETE", base + QStringLiteral("/secrets/") + foreignSecret).status, 404);
    QCOMPARE(m_c.call(foreign, "GET", QStringLiteral("/Users")).status, 200);
}

void TestEngineScim::secretChangedElsewhereAppliesWithinTheTtl()
{
    // A verified secret is remembered for ScimApi::kSecretCacheTtl. Changes made through this engine apply at once
    // (secretRevocation, authentication); one made by another engine on the same database (here: plain SQL, which
    // this engine does not see happen) applies once the TTL has passed.
    const ScimDirectory d = m_c.createDirectory();
    const int ttlMs = int(scim::ScimApi::kSecretCacheTtl.count());
    const auto elsewhere = [&](const QString& sql) {
        return m_h.engine()
            .database()
            .write([&](const QSqlDatabase& db) -> core::Result<void> {
                auto q = Sql::exec(db, sql, {d.directoryId});
                return q.ok() ? core::Result<void>() : core::Result<void>(q.error());
            })
            .ok();
    };
    QElapsedTimer sinceRead;
    sinceRead.start();
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users")).status, 200);
    QVERIFY(elsewhere(QStringLiteral("UPDATE directory_secrets SET status = 'INACTIVE' WHERE directory_id = ?")));
    const int status = m_c.call(d, "GET", QStringLiteral("/Users")).status;
    if (sinceRead.elapsed() < ttlMs) {
        QCOMPARE(status, 200); // remembered: the revocation elsewhere is not read yet
    }
    QTest::qWait(ttlMs + 50);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users")).status, 401);
    QVERIFY(elsewhere(QStringLiteral("UPDATE directory_secrets SET status = 'ACTIVE' WHERE directory_id = ?")));
    // Unknown or refused secrets are not remembered: the reactivated secret works at once.
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users")).status, 200);
    QVERIFY(elsewhere(QStringLiteral("UPDATE directories SET enabled = 0 WHERE id = ?")));
    QTest::qWait(ttlMs + 50);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users")).status, 403);
}

void TestEngineScim::bulk()
{
    const ScimDirectory d = m_c.createDirectory();
    const QByteArray body =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"failOnErrors":2,"Operations":[
        {"method":"POST","path":"/Users","bulkId":"u1","data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bulk-1"}},
        {"method":"POST","path":"/Groups","bulkId":"g1","data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Bulk","members":[{"value":"bulkId:u1"}]}},
        {"method":"POST","path":"/Users","bulkId":"dup","data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"BULK-1"}},
        {"method":"PATCH","path":"/Users/bulkId:u1","data":{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"title","value":"Bulk"}]}},
        {"method":"DELETE","path":"/Groups/bulkId:missing"},
        {"method":"POST","path":"/Users","bulkId":"never","data":{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bulk-never"}}]})";
    HttpReply r = m_c.call(d, "POST", QStringLiteral("/Bulk"), body);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json()[QStringLiteral("Operations")].toArray();
    QCOMPARE(r.json()[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse"));
    QCOMPARE(results.size(), 5); // failOnErrors=2 stops after the second error
    QCOMPARE(results[0][QStringLiteral("status")].toString(), QStringLiteral("201"));
    QCOMPARE(results[1][QStringLiteral("status")].toString(), QStringLiteral("201"));
    QCOMPARE(results[2][QStringLiteral("status")].toString(), QStringLiteral("409"));
    QCOMPARE(results[2][QStringLiteral("response")][QStringLiteral("scimType")].toString(),
             QStringLiteral("uniqueness"));
    QCOMPARE(results[3][QStringLiteral("status")].toString(), QStringLiteral("200"));
    QCOMPARE(results[4][QStringLiteral("status")].toString(), QStringLiteral("409"));
    const QString groupLocation = results[1][QStringLiteral("location")].toString();
    const QString groupId = groupLocation.mid(groupLocation.lastIndexOf(u'/') + 1);
    const QString userLocation = results[0][QStringLiteral("location")].toString();
    QCOMPARE(m_c.memberIds(d, groupId), QStringList{userLocation.mid(userLocation.lastIndexOf(u'/') + 1)});
    QCOMPARE(m_c.list(d, QStringLiteral("/Users"), QStringLiteral("userName eq \"bulk-never\""))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             0);
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Bulk"),
                 R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[]})");
    QCOMPARE(r.status, 400);
}

void TestEngineScim::directoryModelAndEvents()
{
    const ScimDirectory d = m_c.createDirectory();
    const QString base =
        QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/") + d.directoryId;
    QCOMPARE(m_h.api("PATCH", base, R"({"mappings":[{"key":"job","map_to":"title"}]})").status, 200);
    const QString u1 = m_c.createUser(
        d,
        QStringLiteral("model-1@example.com"),
        R"(,"externalId":"okta-1","name":{"givenName":"Mo","familyName":"Del"},"nickName":"Mo","title":"Seller",
                                          "emails":[{"value":"model-1@example.com","primary":true}],"phoneNumbers":[{"value":"+1 555","type":"work"}],
                                          "addresses":[{"postalCode":"10115","region":"Berlin","formatted":"Street 1"}],
                                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales","employeeNumber":"E1"})");
    QVERIFY(!u1.isEmpty());
    const QString u2 = m_c.createUser(d, QStringLiteral("model-2@example.com"));
    const QString u3 = m_c.createUser(d, QStringLiteral("model-3@example.com"));
    const QString g = m_c.createGroup(d, QStringLiteral("Sales"), {u1, u2});
    QVERIFY(!g.isEmpty());
    // Stats on the directory.
    HttpReply r = m_h.api("GET", base);
    QCOMPARE(r.json()[QStringLiteral("directory")][QStringLiteral("total_users")].toInt(), 3);
    QCOMPARE(r.json()[QStringLiteral("directory")][QStringLiteral("stats")][QStringLiteral("total_groups")].toInt(), 1);
    QVERIFY(!r.json()[QStringLiteral("directory")][QStringLiteral("last_synced_at")].toString().isEmpty());
    // Users, paged.
    r = m_h.api("GET", base + QStringLiteral("/users?page_size=2&include_detail=true"));
    QCOMPARE(r.status, 200);
    QJsonObject body = r.json();
    QCOMPARE(body[QStringLiteral("total_size")].toInt(), 3);
    QCOMPARE(body[QStringLiteral("users")].toArray().size(), 2);
    const QJsonObject first = body[QStringLiteral("users")][0].toObject();
    QCOMPARE(first[QStringLiteral("id")].toString(), u1);
    QCOMPARE(first[QStringLiteral("email")].toString(), QStringLiteral("model-1@example.com"));
    QCOMPARE(first[QStringLiteral("groups")][0][QStringLiteral("id")].toString(), g);
    const QJsonObject detail = first[QStringLiteral("user_detail")].toObject();
    QCOMPARE(detail[QStringLiteral("dp_id")].toString(), QStringLiteral("okta-1"));
    QCOMPARE(detail[QStringLiteral("preferred_username")].toString(), QStringLiteral("model-1@example.com"));
    QCOMPARE(detail[QStringLiteral("given_name")].toString(), QStringLiteral("Mo"));
    QCOMPARE(detail[QStringLiteral("phone_number")].toString(), QStringLiteral("+1 555"));
    QCOMPARE(detail[QStringLiteral("address")][QStringLiteral("postal_code")].toString(), QStringLiteral("10115"));
    QCOMPARE(detail[QStringLiteral("address")][QStringLiteral("state")].toString(), QStringLiteral("Berlin"));
    QCOMPARE(detail[QStringLiteral("department")].toString(), QStringLiteral("Sales"));
    QCOMPARE(detail[QStringLiteral("employee_id")].toString(), QStringLiteral("E1"));
    QCOMPARE(detail[QStringLiteral("custom_attributes")][QStringLiteral("job")].toString(), QStringLiteral("Seller"));
    QCOMPARE(detail[QStringLiteral("raw_attributes")][QStringLiteral("nickName")].toString(), QStringLiteral("Mo"));
    QCOMPARE(detail[QStringLiteral("active")].toBool(), true);
    const QString next = body[QStringLiteral("next_page_token")].toString();
    QVERIFY(!next.isEmpty());
    r = m_h.api("GET", base + QStringLiteral("/users?page_size=2&page_token=") + next);
    QCOMPARE(r.json()[QStringLiteral("users")].toArray().size(), 1);
    QCOMPARE(r.json()[QStringLiteral("users")][0][QStringLiteral("id")].toString(), u3);
    QVERIFY(!r.json()[QStringLiteral("users")][0].toObject().contains(QStringLiteral("user_detail")));
    QVERIFY(r.json()[QStringLiteral("next_page_token")].toString().isEmpty());
    r = m_h.api("GET", base + QStringLiteral("/users?directory_group_id=") + g);
    QCOMPARE(r.json()[QStringLiteral("users")].toArray().size(), 2);
    QCOMPARE(m_h.api("GET", base + QStringLiteral("/users?page_token=bogus")).status, 400);
    QCOMPARE(m_h.api("GET", base + QStringLiteral("/users?updated_after=yesterday")).status, 400);
    r = m_h.api("GET", base + QStringLiteral("/users?updated_after=2999-01-01T00:00:00Z"));
    QCOMPARE(r.json()[QStringLiteral("users")].toArray().size(), 0);
    // Groups.
    r = m_h.api("GET", base + QStringLiteral("/groups?include_detail=true"));
    QCOMPARE(r.json()[QStringLiteral("groups")][0][QStringLiteral("display_name")].toString(), QStringLiteral("Sales"));
    QCOMPARE(r.json()[QStringLiteral("groups")][0][QStringLiteral("total_users")].toInt(), 2);
    QCOMPARE(r.json()[QStringLiteral("groups")][0][QStringLiteral("group_detail")][QStringLiteral("directory_id")]
                 .toString(),
             d.directoryId);
    r = m_h.api("GET", base + QStringLiteral("/groups/summary"));
    QCOMPARE(r.json()[QStringLiteral("groups")][0][QStringLiteral("id")].toString(), g);
    // Another organization's id gives 404.
    const ScimDirectory other = m_c.createDirectory();
    QCOMPARE(m_h.api("GET",
                     QStringLiteral("/api/v1/organizations/") + other.organizationId + QStringLiteral("/directories/")
                         + d.directoryId + QStringLiteral("/users"))
                 .status,
             404);
    // Events of the docs' directory types, written with each change.
    QCOMPARE(m_c.call(d, "DELETE", QStringLiteral("/Users/") + u3).status, 204);
    r = m_h.api("POST",
                QStringLiteral("/api/v1/events?page_size=50"),
                R"({"organization_id":")" + d.organizationId.toLatin1() + R"("})");
    QCOMPARE(r.status, 200);
    QStringList types;
    for (const QJsonValue& e : r.json()[QStringLiteral("events")].toArray()) {
        types << e[QStringLiteral("type")].toString();
    }
    QCOMPARE(types.count(QStringLiteral("organization.directory.user_created")), 3);
    QCOMPARE(types.count(QStringLiteral("organization.directory.group_created")), 1);
    QCOMPARE(types.count(QStringLiteral("organization.directory.user_deleted")), 1);
}

void TestEngineScim::customExtensions()
{
    // A custom extension is declared by the directory's attribute mapping (map_to with the URN prefix).
    const QString acme = QStringLiteral("urn:ietf:params:scim:schemas:extension:acme:2.0:User");
    const ScimDirectory d = m_c.createDirectory();
    const QString base =
        QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/") + d.directoryId;
    const QByteArray mapping =
        R"({"mappings":[{"key":"cost","map_to":"urn:ietf:params:scim:schemas:extension:acme:2.0:User:costCenter"},{"key":"badge","map_to":"urn:ietf:params:scim:schemas:extension:acme:2.0:User:badgeId"},{"key":"job","map_to":"title"}]})";
    QCOMPARE(m_h.api("PATCH", base, mapping).status, 200);
    // Advertised under /Schemas and /ResourceTypes of this directory only.
    HttpReply r = m_c.call(d, "GET", QStringLiteral("/ResourceTypes/User"));
    QStringList extensions;
    for (const QJsonValue& e : r.json()[QStringLiteral("schemaExtensions")].toArray()) {
        extensions << e[QStringLiteral("schema")].toString();
    }
    QVERIFY2(extensions.contains(acme), qPrintable(extensions.join(u',')));
    r = m_c.call(d, "GET", QStringLiteral("/Schemas/") + acme);
    QCOMPARE(r.status, 200);
    QStringList attributes;
    for (const QJsonValue& a : r.json()[QStringLiteral("attributes")].toArray()) {
        attributes << a[QStringLiteral("name")].toString();
    }
    QCOMPARE(attributes, (QStringList{QStringLiteral("costCenter"), QStringLiteral("badgeId")}));
    QCOMPARE(m_c.call(m_scratch, "GET", QStringLiteral("/Schemas/") + acme).status, 404);
    // POST: validated, stored, returned, filterable.
    const QByteArray user =
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:acme:2.0:User"],"userName":"ext-1@example.com","title":"Buyer","urn:ietf:params:scim:schemas:extension:acme:2.0:User":{"CostCenter":"CC-1","badgeId":"B7"}})";
    r = m_c.call(d, "POST", QStringLiteral("/Users"), user);
    QCOMPARE(r.status, 201);
    const QString id = r.json()[QStringLiteral("id")].toString();
    QCOMPARE(r.json()[acme][QStringLiteral("costCenter")].toString(), QStringLiteral("CC-1"));
    QVERIFY(r.json()[QStringLiteral("schemas")].toArray().contains(acme));
    r = m_c.call(d, "GET", QStringLiteral("/Users/") + id);
    QCOMPARE(r.json()[acme][QStringLiteral("badgeId")].toString(), QStringLiteral("B7"));
    r = m_c.list(d, QStringLiteral("/Users"), acme + QStringLiteral(":costCenter eq \"cc-1\""));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 1);
    r = m_c.call(
        d, "GET", QStringLiteral("/Users/") + id + QStringLiteral("?attributes=") + acme + QStringLiteral(":badgeId"));
    QCOMPARE(r.json()[acme][QStringLiteral("badgeId")].toString(), QStringLiteral("B7"));
    QVERIFY(!r.json()[acme].toObject().contains(QStringLiteral("costCenter")));
    // PATCH with the URN prefix in the path, and with the extension object as the value.
    const QByteArray patch =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:acme:2.0:User:costCenter","value":"CC-2"},{"op":"add","value":{"urn:ietf:params:scim:schemas:extension:acme:2.0:User":{"badgeId":"B8"}}}]})";
    r = m_c.call(d, "PATCH", QStringLiteral("/Users/") + id, patch);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[acme][QStringLiteral("costCenter")].toString(), QStringLiteral("CC-2"));
    QCOMPARE(r.json()[acme][QStringLiteral("badgeId")].toString(), QStringLiteral("B8"));
    const QByteArray removeBadge =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove","path":"urn:ietf:params:scim:schemas:extension:acme:2.0:User:badgeId"}]})";
    r = m_c.call(d, "PATCH", QStringLiteral("/Users/") + id, removeBadge);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json()[acme].toObject().contains(QStringLiteral("badgeId")));
    // The mapping puts the values into the normalized user's custom attributes.
    r = m_h.api("GET", base + QStringLiteral("/users?include_detail=true"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("users")][0][QStringLiteral("id")].toString(), id);
    const QJsonObject custom =
        r.json()[QStringLiteral("users")][0][QStringLiteral("user_detail")][QStringLiteral("custom_attributes")]
            .toObject();
    QCOMPARE(custom[QStringLiteral("cost")].toString(), QStringLiteral("CC-2"));
    QCOMPARE(custom[QStringLiteral("job")].toString(), QStringLiteral("Buyer"));
    QVERIFY(!custom.contains(QStringLiteral("badge")));
    // PUT replaces the extension too.
    const QByteArray put =
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ext-1@example.com","urn:ietf:params:scim:schemas:extension:acme:2.0:User":{"badgeId":"B9"}})";
    r = m_c.call(d, "PUT", QStringLiteral("/Users/") + id, put);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[acme].toObject(), (QJsonObject{{QStringLiteral("badgeId"), QStringLiteral("B9")}}));
    // Never a 2xx while dropping data: undeclared URNs and attributes, wrong types, other directories.
    const QList<QPair<QByteArray, QString>> bad{
        {R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:other:2.0:User"],"userName":"x1","urn:ietf:params:scim:schemas:extension:other:2.0:User":{"a":"b"}})",
         QStringLiteral("invalidValue")},
        {R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"x2","urn:ietf:params:scim:schemas:extension:other:2.0:User":{"a":"b"}})",
         QStringLiteral("invalidSyntax")},
        {R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"x3","urn:ietf:params:scim:schemas:extension:acme:2.0:User":{"floor":"3"}})",
         QStringLiteral("invalidSyntax")},
        {R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"x4","urn:ietf:params:scim:schemas:extension:acme:2.0:User":{"costCenter":7}})",
         QStringLiteral("invalidValue")}};
    for (const auto& [body, type] : bad) {
        r = m_c.call(d, "POST", QStringLiteral("/Users"), body);
        QVERIFY2(r.status == 400, body.constData());
        QVERIFY2(ScimTestClient::scimType(r) == type,
                 qPrintable(ScimTestClient::scimType(r) + u' ' + QString::fromUtf8(body)));
    }
    const QByteArray undeclaredPatch =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"urn:ietf:params:scim:schemas:extension:other:2.0:User:a","value":"b"}]})";
    r = m_c.call(d, "PATCH", QStringLiteral("/Users/") + id, undeclaredPatch);
    QCOMPARE(r.status, 400);
    r = m_c.call(m_scratch, "POST", QStringLiteral("/Users"), user);
    QCOMPARE(r.status, 400);
    QCOMPARE(ScimTestClient::scimType(r), QStringLiteral("invalidValue"));
}

// The directory users list is built on a worker thread and its page written by JsonWriter around the items'
// compact JSON: the bytes must stay exactly those QJsonDocument gives for the same page (what the list answered
// before), hostile strings and every paging token included.
void TestEngineScim::directoryUsersListBytes()
{
    const ScimDirectory d = m_c.createDirectory();
    const QString base =
        QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/") + d.directoryId;
    const QString hostile = m_c.createUser(
        d,
        QStringLiteral("hostile@example.com"),
        R"(,"name":{"givenName":"Q\"uote\\ \u00e9\u4e2d\ud83d\ude00 </script>\t\n\u0001","familyName":"\u00fc"},"title":"a\"b",)"
        R"("emails":[{"value":"hostile@example.com","primary":true}],"addresses":[{"formatted":"x\ny"}])");
    QVERIFY(!hostile.isEmpty());
    QVERIFY(!m_c.createUser(d, QStringLiteral("plain-2@example.com")).isEmpty());
    QVERIFY(!m_c.createUser(d, QStringLiteral("plain-3@example.com")).isEmpty());
    const auto same = [](const HttpReply& reply) {
        return reply.status == 200 && reply.body == QJsonDocument(reply.json()).toJson(QJsonDocument::Compact);
    };
    HttpReply r = m_h.api("GET", base + QStringLiteral("/users?page_size=2&include_detail=true"));
    QVERIFY2(same(r), r.body.constData());
    QCOMPARE(r.json()[QStringLiteral("users")][0][QStringLiteral("given_name")].toString(),
             QStringLiteral("Q\"uote\\ \u00e9\u4e2d\U0001F600 </script>\t\n") + QChar(u'\x01'));
    QCOMPARE(r.json()[QStringLiteral("total_size")].toInt(), 3);
    const QString next = r.json()[QStringLiteral("next_page_token")].toString();
    QVERIFY(!next.isEmpty());
    r = m_h.api("GET", base + QStringLiteral("/users?page_size=2&page_token=") + next);
    QVERIFY2(same(r), r.body.constData());
    const QString prev = r.json()[QStringLiteral("prev_page_token")].toString();
    QVERIFY(!prev.isEmpty());
    r = m_h.api("GET", base + QStringLiteral("/users?page_size=2&page_token=") + prev);
    QVERIFY2(same(r), r.body.constData());
    QCOMPARE(r.json()[QStringLiteral("users")][0][QStringLiteral("id")].toString(), hostile);
    r = m_h.api("GET", base + QStringLiteral("/users?updated_after=2999-01-01T00:00:00Z"));
    QVERIFY2(same(r), r.body.constData());
    QCOMPARE(r.body, QByteArray(R"({"next_page_token":"","prev_page_token":"","total_size":3,"users":[]})"));
    // Errors from the worker keep their status.
    QCOMPARE(m_h.api("GET",
                     QStringLiteral("/api/v1/organizations/") + d.organizationId
                         + QStringLiteral("/directories/dir_100000000000000001/users"))
                 .status,
             404);
}

void TestEngineScim::writesWaitOffTheEventLoop()
{
    // SCIM requests run on the HTTP worker pool: while another writer holds the directory (the SQLite write turn,
    // or on PostgreSQL a row lock on the directory that the user insert's foreign-key check needs), a SCIM write
    // waits on its worker and the event loop keeps answering other SCIM requests; once the writer commits, the
    // waiting write completes.
    const bool postgres = EngineHarness::usePostgres();
    const ScimDirectory d = m_c.createDirectory();
    // The secret's use is recorded now (a write), not by the requests below (at most once a minute).
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/ServiceProviderConfig")).status, 200);
    QNetworkAccessManager nam;
    QNetworkRequest post(QUrl(m_h.baseUrl() + ScimTestClient::path(d, QStringLiteral("/Users"))));
    post.setRawHeader("Authorization", "Bearer " + d.secret.toLatin1());
    post.setRawHeader("Content-Type", "application/scim+json");
    const QByteArray body = "{" + kUserSchema + R"(,"userName":"waiting@example.com"})";
    QNetworkReply* created = nullptr;
    int listedWhileWaiting = 0;
    bool postedWhileHeld = false;
    int blockedBackends = 0;
    const auto spin = [](const std::function<bool()>& done, int ms) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
    };
    // This thread's own Database session: on PostgreSQL its own server backend, distinct from the workers'.
    auto held = m_h.engine().database().write([&](const QSqlDatabase& db) -> core::Result<void> {
        // SQLite: any write holds the file's write turn. PostgreSQL: FOR UPDATE conflicts with the FOR KEY SHARE
        // lock that the INSERT INTO directory_users takes on its directory (the foreign key check).
        auto touched =
            postgres
                ? Sql::exec(db, QStringLiteral("SELECT id FROM directories WHERE id = ? FOR UPDATE"), {d.directoryId})
                : Sql::exec(
                    db, QStringLiteral("UPDATE directories SET last_synced_at = 1 WHERE id = ?"), {d.directoryId});
        if (!touched.ok()) {
            return touched.error();
        }
        created = nam.post(post, body);
        if (postgres) {
            // Until the server reports a backend waiting on this one's lock (the POST's worker connection).
            core::Error failed;
            spin(
                [&] {
                    auto waiting = Sql::exec(db,
                                             QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity "
                                                            "WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))"));
                    if (!waiting.ok()) {
                        failed = waiting.error();
                        return true;
                    }
                    blockedBackends = waiting.value().next() ? waiting.value().value(0).toInt() : 0;
                    return blockedBackends > 0 || created->isFinished();
                },
                10000);
            if (!failed.code.isEmpty()) {
                return failed;
            }
        } else {
            // Long enough for the POST to reach its worker and block on the writer.
            spin([] { return false; }, 300);
        }
        postedWhileHeld = !created->isFinished();
        const HttpReply listed = m_c.call(d, "GET", QStringLiteral("/ServiceProviderConfig"));
        listedWhileWaiting = listed.status;
        postedWhileHeld = postedWhileHeld && !created->isFinished();
        return {};
    });
    if (!held.ok()) {
        QFAIL(qPrintable(held.error().message));
    }
    QVERIFY(created);
    QCOMPARE(listedWhileWaiting, 200);
    QVERIFY(postedWhileHeld);
    if (postgres) {
        QCOMPARE(blockedBackends, 1);
    }
    spin([&] { return created->isFinished(); }, 20000);
    QVERIFY(created->isFinished());
    QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    created->deleteLater();
    const HttpReply found =
        m_c.list(d, QStringLiteral("/Users"), QStringLiteral("userName eq \"waiting@example.com\""));
    QCOMPARE(found.json()[QStringLiteral("totalResults")].toInt(), 1);
}

void TestEngineScim::afterCommitRunsOnlyOnCommit()
{
    Database& database = m_h.engine().database();
    QStringList ran;
    Database::afterCommit([&] { ran << QStringLiteral("outside"); }); // no open write: at once
    QCOMPARE(ran, QStringList{QStringLiteral("outside")});
    auto committed = database.write([&](const QSqlDatabase&) -> core::Result<void> {
        Database::afterCommit([&] { ran << QStringLiteral("committed"); });
        if (!ran.contains(QStringLiteral("committed"))) {
            ran << QStringLiteral("inside");
        }
        return {};
    });
    QVERIFY(committed.ok());
    const QStringList afterCommit{QStringLiteral("outside"), QStringLiteral("inside"), QStringLiteral("committed")};
    QCOMPARE(ran, afterCommit);
    auto failed = database.write([&](const QSqlDatabase&) -> core::Result<void> {
        Database::afterCommit([&] { ran << QStringLiteral("rolled back"); });
        return core::Error{QStringLiteral("test"), QStringLiteral("roll back"), {}};
    });
    QVERIFY(!failed.ok());
    QCOMPARE(ran, afterCommit); // dropped with the rollback, and not carried into the next transaction
    auto next = database.write([](const QSqlDatabase&) -> core::Result<void> { return {}; });
    QVERIFY(next.ok());
    QCOMPARE(ran, afterCommit);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineScim)
#include "TestEngineScim.moc"
