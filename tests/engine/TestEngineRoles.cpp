// HTTP-level tests of roles and permissions (RolesService). Runs on SQLite, and on PostgreSQL when
// GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.roles.postgres).
#include "EngineHarness.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QStringList names(const QJsonArray& items)
{
    QStringList out;
    for (const QJsonValue& item : items) {
        out << item[QStringLiteral("name")].toString();
    }
    return out;
}

} // namespace

class TestEngineRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void permissionLifecycle();
    void permissionValidation();
    void permissionPagination();
    void roleLifecycle();
    void roleValidation_data();
    void roleValidation();
    void roleInheritance();
    void roleDeleteWithDependents();
    void rolePermissionsEndpoints();
    void defaultRoles();
    void scopes();

private:
    HttpReply createPermission(const QString& name);
    EngineHarness m_h;
};

void TestEngineRoles::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

HttpReply TestEngineRoles::createPermission(const QString& name)
{
    return m_h.api("POST",
                   QStringLiteral("/api/v1/permissions"),
                   QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("description"), QString(u"Can " + name)}})
                       .toJson(QJsonDocument::Compact));
}

void TestEngineRoles::permissionLifecycle()
{
    HttpReply r = createPermission(QStringLiteral("read:users"));
    QCOMPARE(r.status, 201);
    QVERIFY(
        r.json()[QStringLiteral("permission")][QStringLiteral("id")].toString().startsWith(QStringLiteral("perm_")));
    QCOMPARE(createPermission(QStringLiteral("read:users")).status, 409);
    r = m_h.api("GET", QStringLiteral("/api/v1/permissions/read:users"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("permission")][QStringLiteral("description")].toString(),
             QStringLiteral("Can read:users"));
    r = m_h.api("PUT", QStringLiteral("/api/v1/permissions/read:users"), R"({"description":"Read users"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("permission")][QStringLiteral("description")].toString(),
             QStringLiteral("Read users"));
    QCOMPARE(m_h.api("PUT", QStringLiteral("/api/v1/permissions/read:users"), R"({"name":"other"})").status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/permissions/read%3Ausers")).status, 200);
    QCOMPARE(createPermission(QStringLiteral("temp")).status, 201);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/permissions/temp")).status, 200);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/permissions/temp")).status, 404);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/permissions/temp")).status, 404);
}

void TestEngineRoles::permissionValidation()
{
    QCOMPARE(createPermission(QStringLiteral("has space")).status, 400);
    QCOMPARE(createPermission(QString(65, u'a')).status, 400);
    QCOMPARE(createPermission(QStringLiteral("drop';--")).status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/permissions"), R"({"name":"x","scope":"all"})").status, 400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/permissions"), R"({"name":7})").status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/permissions/bad%20name")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/permissions?type=NOPE")).status, 400);
}

void TestEngineRoles::permissionPagination()
{
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(createPermission(QStringLiteral("page_%1").arg(i)).status, 201);
    }
    QStringList seen;
    QString token;
    qint64 total = 0;
    for (int pages = 0; pages < 20; ++pages) {
        const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/permissions?page_size=5&page_token=") + token);
        QCOMPARE(r.status, 200);
        seen << names(r.json().value(QStringLiteral("permissions")).toArray());
        total = r.json().value(QStringLiteral("total_size")).toInteger();
        token = r.json().value(QStringLiteral("next_page_token")).toString();
        if (token.isEmpty()) {
            break;
        }
    }
    QCOMPARE(seen.size(), total);
    QVERIFY(total >= 12);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/permissions?page_token=xyz")).status, 400);
}

void TestEngineRoles::roleLifecycle()
{
    QCOMPARE(createPermission(QStringLiteral("write:docs")).status, 201);
    HttpReply r =
        m_h.api("POST",
                QStringLiteral("/api/v1/roles"),
                R"({"name":"editor","display_name":"Editor","description":"Edits","permissions":["write:docs"]})");
    QCOMPARE(r.status, 201);
    const QJsonObject role = r.json().value(QStringLiteral("role")).toObject();
    QVERIFY(role.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("role_")));
    QCOMPARE(role.value(QStringLiteral("is_org_role")).toBool(), false);
    QCOMPARE(names(role.value(QStringLiteral("permissions")).toArray()), QStringList{QStringLiteral("write:docs")});
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"editor","display_name":"Again"})").status,
             409);
    r = m_h.api("GET", QStringLiteral("/api/v1/roles/editor"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json()[QStringLiteral("role")].toObject().contains(QStringLiteral("permissions"))); // only with include
    r = m_h.api("PUT", QStringLiteral("/api/v1/roles/editor"), R"({"displayName":"Senior editor","permissions":[]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("display_name")].toString(),
             QStringLiteral("Senior editor"));
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("permissions")].toArray().size(), 0);
    r = m_h.api("GET", QStringLiteral("/api/v1/roles"));
    QVERIFY(names(r.json().value(QStringLiteral("roles")).toArray()).contains(QStringLiteral("editor")));
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/editor")).status, 200);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/editor")).status, 404);
    QCOMPARE(m_h.api("PUT", QStringLiteral("/api/v1/roles/editor"), R"({"display_name":"x"})").status, 404);
}

void TestEngineRoles::roleValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no name") << QByteArray(R"({"display_name":"x"})");
    QTest::newRow("bad name") << QByteArray(R"({"name":"a-b","display_name":"x"})");
    QTest::newRow("no display name") << QByteArray(R"({"name":"ab"})");
    QTest::newRow("unknown permission") << QByteArray(R"({"name":"ab","display_name":"x","permissions":["nope"]})");
    QTest::newRow("permission not a string") << QByteArray(R"({"name":"ab","display_name":"x","permissions":[1]})");
    QTest::newRow("unknown base") << QByteArray(R"({"name":"ab","display_name":"x","extends":"ghost"})");
    QTest::newRow("unknown field") << QByteArray(R"({"name":"ab","display_name":"x","superuser":true})");
    QTest::newRow("description too long")
        << QByteArray(R"({"name":"ab","display_name":"x","description":")") + QByteArray(2001, 'd') + "\"}";
}

void TestEngineRoles::roleValidation()
{
    QFETCH(QByteArray, body);
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/roles"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/ab")).status, 404); // nothing half-written
}

void TestEngineRoles::roleInheritance()
{
    QCOMPARE(createPermission(QStringLiteral("view")).status, 201);
    QCOMPARE(createPermission(QStringLiteral("edit")).status, 201);
    QCOMPARE(m_h.api("POST",
                     QStringLiteral("/api/v1/roles"),
                     R"({"name":"viewer","display_name":"V","permissions":["view"]})")
                 .status,
             201);
    QCOMPARE(m_h.api("POST",
                     QStringLiteral("/api/v1/roles"),
                     R"({"name":"author","display_name":"A","extends":"viewer","permissions":["edit"]})")
                 .status,
             201);
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/roles/author?include=permissions:all"));
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.json()[QStringLiteral("role")][QStringLiteral("permissions")].toArray();
    QCOMPARE(names(all), (QStringList{QStringLiteral("edit"), QStringLiteral("view")}));
    QCOMPARE(all.at(1)[QStringLiteral("role_name")].toString(), QStringLiteral("viewer"));
    r = m_h.api("GET", QStringLiteral("/api/v1/roles/viewer"));
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("dependent_roles_count")].toInt(), 1);
    QCOMPARE(m_h.api("PUT", QStringLiteral("/api/v1/roles/viewer"), R"({"extends":"author"})").status, 400); // cycle
    QCOMPARE(m_h.api("PUT", QStringLiteral("/api/v1/roles/viewer"), R"({"extends":"viewer"})").status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/author?include=everything")).status, 400);
}

void TestEngineRoles::roleDeleteWithDependents()
{
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"base1","display_name":"B1"})").status, 201);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"base2","display_name":"B2"})").status, 201);
    QCOMPARE(
        m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"child","display_name":"C","extends":"base1"})")
            .status,
        201);
    const HttpReply refused = m_h.api("DELETE", QStringLiteral("/api/v1/roles/base1"));
    QCOMPARE(refused.status, 412);
    QCOMPARE(refused.json().value(QStringLiteral("code")).toInt(), 9);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/base1?reassign_role_name=ghost")).status, 412);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/base1?reassign_role_name=base2")).status, 200);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/child"))
                 .json()[QStringLiteral("role")][QStringLiteral("extends")]
                 .toString(),
             QStringLiteral("base2"));
}

void TestEngineRoles::rolePermissionsEndpoints()
{
    QCOMPARE(createPermission(QStringLiteral("a1")).status, 201);
    QCOMPARE(createPermission(QStringLiteral("a2")).status, 201);
    QCOMPARE(
        m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"holder","display_name":"H","permissions":["a1"]})")
            .status,
        201);
    HttpReply r =
        m_h.api("POST", QStringLiteral("/api/v1/roles/holder/permissions"), R"({"permission_names":["a2","a1"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r.json().value(QStringLiteral("permissions")).toArray()),
             (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(
        m_h.api("POST", QStringLiteral("/api/v1/roles/holder/permissions"), R"({"permission_names":["zz"]})").status,
        400);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles/holder/permissions"), R"({})").status, 400);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/holder/permissions/a1")).status, 200);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/holder/permissions/a1")).status, 404);
    r = m_h.api("GET", QStringLiteral("/api/v1/roles/holder/permissions"));
    QCOMPARE(names(r.json().value(QStringLiteral("permissions")).toArray()), QStringList{QStringLiteral("a2")});
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/permissions/a2")).status, 200); // assignments go with it
    r = m_h.api("GET", QStringLiteral("/api/v1/roles/holder/permissions"));
    QCOMPARE(r.json().value(QStringLiteral("permissions")).toArray().size(), 0);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/nobody/permissions")).status, 404);
}

void TestEngineRoles::defaultRoles()
{
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"member","display_name":"Member"})").status,
             201);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"owner","display_name":"Owner"})").status,
             201);
    HttpReply r = m_h.api("PATCH",
                          QStringLiteral("/api/v1/roles:set_defaults"),
                          R"({"default_member_role":"member","default_creator_role":"owner"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("default_member")][QStringLiteral("name")].toString(), QStringLiteral("member"));
    QCOMPARE(r.json()[QStringLiteral("default_creator")][QStringLiteral("name")].toString(), QStringLiteral("owner"));
    r = m_h.api("PATCH", QStringLiteral("/api/v1/roles/default"), R"({"default_member":{"name":"owner"}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("default_member")][QStringLiteral("name")].toString(), QStringLiteral("owner"));
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/member"))
                 .json()[QStringLiteral("role")][QStringLiteral("default_member")]
                 .toBool(),
             false);
    QCOMPARE(
        m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), R"({"default_member_role":"ghost"})").status,
        400);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), R"({"default_member_role":5})").status,
             400);
}

void TestEngineRoles::scopes()
{
    const QString readOnly = m_h.token(QStringLiteral("roles:read"));
    const auto call = [&](const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        return m_h
            .request(method,
                     path,
                     body,
                     {{"Authorization", "Bearer " + readOnly.toLatin1()}, {"Content-Type", "application/json"}})
            .status;
    };
    QCOMPARE(call("GET", QStringLiteral("/api/v1/roles")), 200);
    QCOMPARE(call("POST", QStringLiteral("/api/v1/roles"), R"({"name":"x1","display_name":"X"})"), 403);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/organizations")), 403);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineRoles)
#include "TestEngineRoles.moc"
