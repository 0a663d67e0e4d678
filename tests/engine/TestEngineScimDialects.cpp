// The request sequences real IdPs send, replayed verbatim from their documentation (tests/data/scim):
// Microsoft Entra ID in its default dialect and with the aadOptscim062020 flag, and Okta.
// Runs on SQLite, and on PostgreSQL as engine.scim_dialects.postgres.
#include "EngineHarness.h"
#include "ScimTestClient.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

class TestEngineScimDialects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entraDefault();
    void entraAadOptscim062020();
    void okta();
    void oktaSpecTestChecks();

private:
    QJsonObject get(const ScimDirectory& d, const QString& rest)
    {
        return m_c.call(d, "GET", rest).json();
    }

    EngineHarness m_h;
    ScimTestClient m_c{m_h};
};

namespace {
const QByteArray kPatch = R"("schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"])";
const QString kEnterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
} // namespace

void TestEngineScimDialects::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

void TestEngineScimDialects::entraDefault()
{
    const ScimDirectory d = m_c.createDirectory("MICROSOFT_AD");
    const QString userName = QStringLiteral("Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee");
    // Test Connection / job start: random userName and externalId probes answer 200 with an empty list (E9).
    HttpReply r = m_c.list(d, QStringLiteral("/Users"), QStringLiteral("userName eq \"") + userName + u'"');
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 0);
    r = m_c.list(d,
                 QStringLiteral("/Groups"),
                 QStringLiteral("displayName eq \"1879db59-3bdf-4490-ad68-ab880a269474\""),
                 QStringLiteral("excludedAttributes=members"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 0);
    // 01 create user.
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Users"),
                 ScimTestClient::fixture(QStringLiteral("entra/01_create_user_request.POST_Users.json")));
    QCOMPARE(r.status, 201);
    const QString user = r.json()[QStringLiteral("id")].toString();
    QCOMPARE(r.json()[QStringLiteral("userName")].toString(), userName);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users/") + user).status, 200);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users/5171a35d82074e068ce2")).status, 404);
    QCOMPARE(m_c.list(d, QStringLiteral("/Users"), QStringLiteral("userName eq \"") + userName + u'"')
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             1);
    QCOMPARE(m_c.list(d, QStringLiteral("/Users"), QStringLiteral("userName eq \"non-existent user\""))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             0);
    QCOMPARE(
        m_c.list(d, QStringLiteral("/Users"), QStringLiteral("externalId eq \"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\""))
            .json()[QStringLiteral("totalResults")]
            .toInt(),
        1);
    // 02 multi-valued replace with a filtered path, and a sub-attribute.
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Users/") + user,
                 ScimTestClient::fixture(
                     QStringLiteral("entra/02_update_user_multivalued_request.PATCH_Users_6764549bef60420686bc.json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("emails")][0][QStringLiteral("value")].toString(),
             QStringLiteral("updatedEmail@microsoft.com"));
    QCOMPARE(r.json()[QStringLiteral("emails")][0][QStringLiteral("type")].toString(), QStringLiteral("work"));
    QCOMPARE(r.json()[QStringLiteral("name")][QStringLiteral("familyName")].toString(),
             QStringLiteral("updatedFamilyName"));
    QCOMPARE(r.json()[QStringLiteral("name")][QStringLiteral("givenName")].toString(), QStringLiteral("givenName"));
    // 03 single-valued replace.
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Users/") + user,
                 ScimTestClient::fixture(QStringLiteral(
                     "entra/03_update_user_singlevalued_request.PATCH_Users_5171a35d82074e068ce2.json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("userName")].toString(),
             QStringLiteral("5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com"));
    // E3, E4 (URN path), E13 (filtered path on an array that does not exist yet), E14 (manager), E2 ("False").
    r = m_c.call(d, "PATCH", QStringLiteral("/Users/") + user, "{" + kPatch + R"(,"Operations":[
        {"op":"Add","path":"nickName","value":"Babs"},
        {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"701984"},
        {"op":"Add","path":"phoneNumbers[type eq \"work\"].value","value":"+1 555 0100"},
        {"op":"Add","path":"addresses[type eq \"work\"].locality","value":"Redmond"},
        {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"00000000-aaaa"}]})");
    QCOMPARE(r.status, 200);
    QJsonObject u = r.json();
    QCOMPARE(u[QStringLiteral("nickName")].toString(), QStringLiteral("Babs"));
    QCOMPARE(u[kEnterprise][QStringLiteral("employeeNumber")].toString(), QStringLiteral("701984"));
    QCOMPARE(u[kEnterprise][QStringLiteral("manager")][QStringLiteral("value")].toString(),
             QStringLiteral("00000000-aaaa"));
    QCOMPARE(u[QStringLiteral("phoneNumbers")][0].toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("work")},
                          {QStringLiteral("value"), QStringLiteral("+1 555 0100")}}));
    QCOMPARE(u[QStringLiteral("addresses")][0][QStringLiteral("locality")].toString(), QStringLiteral("Redmond"));
    QVERIFY(u[QStringLiteral("schemas")].toArray().contains(kEnterprise));
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Users/") + user,
                 "{" + kPatch + R"(,"Operations":[{"op":"Replace","path":"active","value":"False"}]})");
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(true), false);
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Users/") + user,
                 "{" + kPatch + R"(,"Operations":[{"op":"Replace","path":"active","value":"True"}]})");
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(false), true);
    // E15: "" then null clear an attribute.
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Users/") + user,
                 "{" + kPatch + R"(,"Operations":[{"op":"Replace","path":"nickName","value":""}]})");
    QVERIFY(!r.json().contains(QStringLiteral("nickName")));
    // 04 disable (soft): the user stays.
    r = m_c.call(
        d,
        "PATCH",
        QStringLiteral("/Users/") + user,
        ScimTestClient::fixture(QStringLiteral("entra/04_disable_user_request.PATCH_Users_5171a35d82074e068ce2.json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(true), false);
    // 05 group, created with the Microsoft schema URN and no members.
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Groups"),
                 ScimTestClient::fixture(QStringLiteral("entra/05_create_group_request.POST_Groups.json")));
    QCOMPARE(r.status, 201);
    const QString group = r.json()[QStringLiteral("id")].toString();
    QCOMPARE(r.json()[QStringLiteral("members")].toArray().size(), 0);
    r = m_c.call(d, "GET", QStringLiteral("/Groups/") + group + QStringLiteral("?excludedAttributes=members"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains(QStringLiteral("members")));
    r = m_c.list(d,
                 QStringLiteral("/Groups"),
                 QStringLiteral("displayName eq \"displayName\""),
                 QStringLiteral("excludedAttributes=members"));
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 1);
    QVERIFY(!r.json()[QStringLiteral("Resources")][0].toObject().contains(QStringLiteral("members")));
    // 06 rename → 204.
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Groups/") + group,
                 ScimTestClient::fixture(QStringLiteral(
                     "entra/06_update_group_displayname_request.PATCH_Groups_fa2ce26709934589afc5.json")));
    QCOMPARE(r.status, 204);
    QCOMPARE(get(d, QStringLiteral("/Groups/") + group)[QStringLiteral("displayName")].toString(),
             QStringLiteral("1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName"));
    // 07 add member ($ref null) → 204; 08 legacy remove with a value list → 204.
    QByteArray add = ScimTestClient::fixture(
        QStringLiteral("entra/07_update_group_add_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"));
    add.replace("f648f8d5ea4e4cd38e9c", user.toLatin1());
    QCOMPARE(m_c.call(d, "PATCH", QStringLiteral("/Groups/") + group, add).status, 204);
    QCOMPARE(m_c.memberIds(d, group), QStringList{user});
    // Groups by member (E8).
    QCOMPARE(
        m_c.list(d, QStringLiteral("/Groups"), QStringLiteral("members[value eq \"") + user + QStringLiteral("\"]"))
            .json()[QStringLiteral("totalResults")]
            .toInt(),
        1);
    QByteArray remove = ScimTestClient::fixture(
        QStringLiteral("entra/08_update_group_remove_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"));
    remove.replace("f648f8d5ea4e4cd38e9c", user.toLatin1());
    QCOMPARE(m_c.call(d, "PATCH", QStringLiteral("/Groups/") + group, remove).status, 204);
    QCOMPARE(m_c.memberIds(d, group), QStringList{});
    // Hard deletes (E17).
    QCOMPARE(m_c.call(d, "DELETE", QStringLiteral("/Users/") + user).status, 204);
    QCOMPARE(m_c.call(d, "DELETE", QStringLiteral("/Groups/") + group).status, 204);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users/") + user).status, 404);
}

void TestEngineScimDialects::entraAadOptscim062020()
{
    const ScimDirectory d = m_c.createDirectory("MICROSOFT_AD");
    const QString flag = QStringLiteral("?aadOptscim062020");
    HttpReply r = m_c.call(d,
                           "POST",
                           QStringLiteral("/Users") + flag,
                           ScimTestClient::fixture(QStringLiteral("entra/01_create_user_request.POST_Users.json")));
    QCOMPARE(r.status, 201);
    const QString user = r.json()[QStringLiteral("id")].toString();
    // E4 with the flag: one no-path op whose value has dotted and URN keys.
    r = m_c.call(
        d, "PATCH", QStringLiteral("/Users/") + user + flag, "{" + kPatch + R"(,"Operations":[{"op":"replace","value":{
        "displayName":"Flagged","name.givenName":"Given","name.familyName":"Family",
        "emails[type eq \"work\"].value":"flag@example.com",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"42",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Ops"}}]})");
    QCOMPARE(r.status, 200);
    QJsonObject u = r.json();
    QCOMPARE(u[QStringLiteral("displayName")].toString(), QStringLiteral("Flagged"));
    QCOMPARE(u[QStringLiteral("name")][QStringLiteral("givenName")].toString(), QStringLiteral("Given"));
    QCOMPARE(u[QStringLiteral("emails")][0][QStringLiteral("value")].toString(), QStringLiteral("flag@example.com"));
    QCOMPARE(u[QStringLiteral("emails")].toArray().size(), 1);
    QCOMPARE(u[kEnterprise][QStringLiteral("employeeNumber")].toString(), QStringLiteral("42"));
    QCOMPARE(u[kEnterprise][QStringLiteral("department")].toString(), QStringLiteral("Ops"));
    // E2 with the flag: a real boolean.
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Users/") + user + flag,
                 "{" + kPatch + R"(,"Operations":[{"op":"replace","path":"active","value":false}]})");
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(true), false);
    // E5/E6 with the flag: lower-case ops, removal by filter without value.
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Groups") + flag,
                 ScimTestClient::fixture(QStringLiteral("entra/05_create_group_request.POST_Groups.json")));
    const QString group = r.json()[QStringLiteral("id")].toString();
    const QString other = m_c.createUser(d, QStringLiteral("second@example.com"));
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Groups/") + group + flag,
                 "{" + kPatch + R"(,"Operations":[{"op":"add","path":"members","value":[{"value":")" + user.toLatin1()
                     + R"("},{"value":")" + other.toLatin1() + R"("}]}]})");
    QCOMPARE(r.status, 204);
    QStringList both{user, other};
    both.sort();
    QCOMPARE(m_c.memberIds(d, group), both);
    r = m_c.call(d,
                 "PATCH",
                 QStringLiteral("/Groups/") + group + flag,
                 "{" + kPatch + R"(,"Operations":[{"op":"remove","path":"members[value eq \")" + user.toLatin1()
                     + R"(\"]"}]})");
    QCOMPARE(r.status, 204);
    QCOMPARE(m_c.memberIds(d, group), QStringList{other});
}

void TestEngineScimDialects::okta()
{
    const ScimDirectory d = m_c.createDirectory("OKTA");
    const QList<QPair<QByteArray, QByteArray>> okta{{"User-Agent", "Okta SCIM Client 1.0.0"},
                                                    {"Accept", "application/scim+json"}};
    // O1: existence check before create.
    HttpReply r =
        m_c.call(d,
                 "GET",
                 QStringLiteral("/Users?filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100"),
                 {},
                 okta);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()[QStringLiteral("totalResults")].isDouble());
    QVERIFY(r.json()[QStringLiteral("startIndex")].isDouble());
    QVERIFY(r.json()[QStringLiteral("itemsPerPage")].isDouble());
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 0);
    // O2: create (application/json) with password and groups []; 409 on the second try.
    const QByteArray create =
        ScimTestClient::fixture(QStringLiteral("okta/01_create_user_request.POST_scim_v2_Users.json"));
    r = m_h.request("POST",
                    ScimTestClient::path(d, QStringLiteral("/Users")),
                    create,
                    {{"Authorization", "Bearer " + d.secret.toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(r.status, 201);
    const QString user = r.json()[QStringLiteral("id")].toString();
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(), true);
    QCOMPARE(r.json()[QStringLiteral("externalId")].toString(), QStringLiteral("00ujl29u0le5T6Aj10h7"));
    QVERIFY(!r.json().contains(QStringLiteral("password")));
    r = m_c.call(d, "POST", QStringLiteral("/Users"), create);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Users?startIndex=1&count=100"))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             1);
    // O3: PUT of the full resource replaces it.
    QByteArray put =
        ScimTestClient::fixture(QStringLiteral("okta/04_update_user_request.PUT_scim_v2_Users_23a35c27.json"));
    put.replace("23a35c27-23d3-4c03-b4c5-6443c09e7173", user.toLatin1());
    r = m_c.call(d, "PUT", QStringLiteral("/Users/") + user, put);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("name")][QStringLiteral("givenName")].toString(), QStringLiteral("Another"));
    QCOMPARE(r.json()[QStringLiteral("name")][QStringLiteral("middleName")].toString(), QStringLiteral("Excited"));
    QVERIFY(!r.json().contains(QStringLiteral("displayName")));
    QVERIFY(!r.json().contains(QStringLiteral("locale")));
    // O4/O5: deactivation is a no-path replace; the user stays, inactive.
    r = m_c.call(
        d,
        "PATCH",
        QStringLiteral("/Users/") + user,
        ScimTestClient::fixture(QStringLiteral("okta/05_deactivate_user_request.PATCH_scim_v2_Users_23a35c27.json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("active")].toBool(true), false);
    QCOMPARE(m_c.list(d, QStringLiteral("/Users"), QStringLiteral("active eq false"))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             1);
    // O7: group push.
    r = m_c.call(d,
                 "POST",
                 QStringLiteral("/Groups"),
                 ScimTestClient::fixture(QStringLiteral("okta/06_create_group_request.POST_scim_v2_Groups.json")));
    QCOMPARE(r.status, 201);
    const QString group = r.json()[QStringLiteral("id")].toString();
    QCOMPARE(m_c.list(d, QStringLiteral("/Groups"), QStringLiteral("displayName eq \"Test SCIMv2\""))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             1);
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Groups?startIndex=1&count=100"))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             1);
    QByteArray rename =
        ScimTestClient::fixture(QStringLiteral("okta/07_rename_group_request.PATCH_scim_v2_Groups_abf4dd94.json"));
    rename.replace("abf4dd94-a4c0-4f67-89c9-76b03340cb9b", group.toLatin1());
    rename.replace("\"Test SCIMv2\"", "\"Test SCIMv2 renamed\"");
    QCOMPARE(m_c.call(d, "PATCH", QStringLiteral("/Groups/") + group, rename).status, 204);
    QCOMPARE(get(d, QStringLiteral("/Groups/") + group)[QStringLiteral("displayName")].toString(),
             QStringLiteral("Test SCIMv2 renamed"));
    // Membership: remove + add in one PATCH, then a full replace.
    const QString second = m_c.createUser(d, QStringLiteral("second@okta.local"));
    QCOMPARE(m_c.call(d,
                      "PATCH",
                      QStringLiteral("/Groups/") + group,
                      "{" + kPatch + R"(,"Operations":[{"op":"add","path":"members","value":[{"value":")"
                          + second.toLatin1() + R"("}]}]})")
                 .status,
             204);
    QByteArray membership = ScimTestClient::fixture(
        QStringLiteral("okta/08_group_membership_remove_and_add_request.PATCH_scim_v2_Groups_abf4dd94.json"));
    membership.replace("89bb1940-b905-4575-9e7f-6f887cfb368e", second.toLatin1());
    membership.replace("23a35c27-23d3-4c03-b4c5-6443c09e7173", user.toLatin1());
    QCOMPARE(m_c.call(d, "PATCH", QStringLiteral("/Groups/") + group, membership).status, 204);
    QCOMPARE(m_c.memberIds(d, group), QStringList{user});
    QByteArray replaceAll = ScimTestClient::fixture(
        QStringLiteral("okta/09_group_membership_replace_all_request.PATCH_scim_v2_Groups_abf4dd94.json"));
    replaceAll.replace("89bb1940-b905-4575-9e7f-6f887cfb368e", second.toLatin1());
    replaceAll.replace("23a35c27-23d3-4c03-b4c5-6443c09e7173", user.toLatin1());
    QCOMPARE(m_c.call(d, "PATCH", QStringLiteral("/Groups/") + group, replaceAll).status, 204);
    QStringList both{user, second};
    both.sort();
    QCOMPARE(m_c.memberIds(d, group), both);
    // O10: memberships delivered in a user body are applied.
    const QString third =
        m_c.createUser(d, QStringLiteral("third@okta.local"), R"(,"groups":[{"value":")" + group.toLatin1() + R"("}])");
    QVERIFY(!third.isEmpty());
    QCOMPARE(m_c.memberIds(d, group).size(), 3);
    QCOMPARE(m_c.call(d, "DELETE", QStringLiteral("/Groups/") + group).status, 204);
}

void TestEngineScimDialects::oktaSpecTestChecks()
{
    // The checks of Okta's SCIM 2.0 SPEC Test (Runscope), O8.
    const ScimDirectory d = m_c.createDirectory("OKTA");
    m_c.createUser(
        d,
        QStringLiteral("spec.user@okta.local"),
        R"(,"name":{"givenName":"Spec","familyName":"User"},"emails":[{"value":"spec.user@okta.local","primary":true}])");
    HttpReply r = m_c.call(d, "GET", QStringLiteral("/Users?count=1&startIndex=1"));
    QCOMPARE(r.status, 200);
    const QJsonObject first = r.json()[QStringLiteral("Resources")][0].toObject();
    for (const QString& field : {QStringLiteral("id"), QStringLiteral("userName")}) {
        QVERIFY(!first[field].toString().isEmpty());
    }
    QVERIFY(!first[QStringLiteral("name")][QStringLiteral("familyName")].toString().isEmpty());
    QVERIFY(!first[QStringLiteral("emails")][0][QStringLiteral("value")].toString().isEmpty());
    QVERIFY(first[QStringLiteral("active")].toBool());
    QCOMPARE(m_c.list(d, QStringLiteral("/Users"), QStringLiteral("userName eq \"invalid-email\""))
                 .json()[QStringLiteral("totalResults")]
                 .toInt(),
             0);
    r = m_c.list(d, QStringLiteral("/Users"), QStringLiteral("userName eq \"SPEC.USER@OKTA.LOCAL\""));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("totalResults")].toInt(), 1);
    r = m_c.call(d, "GET", QStringLiteral("/Users/00919288221112222"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json()[QStringLiteral("schemas")][0].toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"));
    QVERIFY(!r.json()[QStringLiteral("detail")].toString().isEmpty());
    QCOMPARE(m_c.call(d, "GET", QStringLiteral("/Groups")).status, 200);
    ScimDirectory bad = d;
    bad.secret = QStringLiteral("not-the-token");
    r = m_c.call(bad, "GET", QStringLiteral("/Users"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("401"));
    QVERIFY(!r.json()[QStringLiteral("detail")].toString().isEmpty());
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineScimDialects)
#include "TestEngineScimDialects.moc"
