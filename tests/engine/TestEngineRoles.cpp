// HTTP-level tests of roles and permissions (RolesService). Runs on SQLite, and on PostgreSQL when
// GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.roles.postgres).
#include "EngineHarness.h"
#include "ScimTestClient.h"
#include "TestMain.h"
#include "tests/support/EngineOrganizations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

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
    void effectivePermissionsChain();
    void dependentsAndBase();
    void organizationRoleLifecycle();
    void organizationRoleValidation_data();
    void organizationRoleValidation();
    void organizationRoleInheritanceAndDelete();
    void organizationDefaults();
    void organizationRoleAccess();
    void usersCount();

private:
    HttpReply createPermission(const QString& name);
    HttpReply createRole(const QString& orgId, const QByteArray& body);

    QString orgRoles(const QString& orgId) const
    {
        return QStringLiteral("/api/v1/organizations/") + orgId + QStringLiteral("/roles");
    }

    qint64 eventCount(const QString& type);

    EngineHarness m_h;
    ScimTestClient m_scim{m_h};
    QString m_org;
    QString m_other;
};

void TestEngineRoles::initTestCase()
{
    QVERIFY2(startWithTwoOrganizations(m_h, QStringLiteral("Roles org"), QStringLiteral("Other org"), m_org, m_other),
             qPrintable(m_h.lastError()));
}

HttpReply TestEngineRoles::createRole(const QString& orgId, const QByteArray& body)
{
    return m_h.api("POST", orgId.isEmpty() ? QStringLiteral("/api/v1/roles") : orgRoles(orgId), body);
}

qint64 TestEngineRoles::eventCount(const QString& type)
{
    const HttpReply r = m_h.api("POST",
                                QStringLiteral("/api/v1/events?page_size=100"),
                                QJsonDocument(QJsonObject{{QStringLiteral("event_types"), QJsonArray{type}}}).toJson());
    return r.status == 200 ? r.json().value(QStringLiteral("events")).toArray().size() : -1;
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

// permissions:all (and include=permissions:all) through a three-level chain: each permission once, from the
// nearest role granting it; the plain list stays the role's own permissions.
void TestEngineRoles::effectivePermissionsChain()
{
    for (const char* name : {"chain:read", "chain:write", "chain:admin"}) {
        QCOMPARE(createPermission(QString::fromLatin1(name)).status, 201);
    }
    QCOMPARE(createRole({}, R"({"name":"chain_a","display_name":"A","permissions":["chain:read"]})").status, 201);
    QCOMPARE(
        createRole({}, R"({"name":"chain_b","display_name":"B","extends":"chain_a","permissions":["chain:write"]})")
            .status,
        201);
    QCOMPARE(
        createRole(
            {},
            R"({"name":"chain_c","display_name":"C","extends":"chain_b","permissions":["chain:admin","chain:read"]})")
            .status,
        201);
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/roles/chain_c/permissions:all"));
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.json().value(QStringLiteral("permissions")).toArray();
    QCOMPARE(names(all), // the role's own (in permission order), then its base's
             (QStringList{QStringLiteral("chain:read"), QStringLiteral("chain:admin"), QStringLiteral("chain:write")}));
    QVERIFY(!all.at(0).toObject().contains(QStringLiteral("role_name"))); // Permission, not RolePermission
    r = m_h.api("GET", QStringLiteral("/api/v1/roles/chain_c/permissions"));
    QCOMPARE(names(r.json().value(QStringLiteral("permissions")).toArray()),
             (QStringList{QStringLiteral("chain:read"), QStringLiteral("chain:admin")}));
    r = m_h.api("GET", QStringLiteral("/api/v1/roles?include=permissions:all"));
    QCOMPARE(r.status, 200);
    for (const QJsonValue& role : r.json().value(QStringLiteral("roles")).toArray()) {
        if (role[QStringLiteral("name")].toString() == QStringLiteral("chain_c")) {
            const QJsonArray perms = role[QStringLiteral("permissions")].toArray();
            QCOMPARE(perms.size(), 3);
            QCOMPARE(perms.at(2)[QStringLiteral("role_name")].toString(), QStringLiteral("chain_b"));
        }
    }
    r = m_h.api("GET", QStringLiteral("/api/v1/roles/chain_a/permissions:all"));
    QCOMPARE(names(r.json().value(QStringLiteral("permissions")).toArray()), QStringList{QStringLiteral("chain:read")});
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/ghost/permissions:all")).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/bad-name/permissions:all")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/") + QString(65, u'a') + QStringLiteral("/permissions:all"))
                 .status,
             400);
}

void TestEngineRoles::dependentsAndBase()
{
    QCOMPARE(createRole({}, R"({"name":"dep_base","display_name":"Base"})").status, 201);
    QCOMPARE(createRole({}, R"({"name":"dep_one","display_name":"One","extends":"dep_base"})").status, 201);
    QCOMPARE(createRole({}, R"({"name":"dep_two","display_name":"Two","extends":"dep_base"})").status, 201);
    QCOMPARE(createRole({}, R"({"name":"dep_grand","display_name":"Grand","extends":"dep_one"})").status, 201);
    QCOMPARE(createRole(m_org, R"({"name":"dep_org","display_name":"Org","extends":"dep_base"})").status, 201);
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/roles/dep_base/dependents"));
    QCOMPARE(r.status, 200);
    const QJsonArray dependents = r.json().value(QStringLiteral("roles")).toArray();
    QCOMPARE(names(dependents),
             (QStringList{QStringLiteral("dep_one"), QStringLiteral("dep_two"), QStringLiteral("dep_org")})); // direct
    QCOMPARE(dependents.at(2)[QStringLiteral("is_org_role")].toBool(), true);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/dep_base"))
                 .json()[QStringLiteral("role")][QStringLiteral("dependent_roles_count")]
                 .toInt(),
             3);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/dep_grand/dependents"))
                 .json()
                 .value(QStringLiteral("roles"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/ghost/dependents")).status, 404);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/a%20b/dependents")).status, 400);

    // Deleting a base: its dependents (the organization's role too) move to the replacement; a replacement that
    // descends from the deleted role would make a cycle and is refused.
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/dep_base?reassign_role_name=dep_grand")).status, 412);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/dep_base?reassign_role_name=bad-name")).status, 400);
    QCOMPARE(createRole({}, R"({"name":"dep_new","display_name":"New"})").status, 201);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/dep_base?reassign_role_name=dep_new")).status, 200);
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/dep_org"))
                 .json()[QStringLiteral("role")][QStringLiteral("extends")]
                 .toString(),
             QStringLiteral("dep_new"));

    // DELETE …/base: the role keeps only its own permissions; once more changes nothing.
    const qint64 before = eventCount(QStringLiteral("role.base_removed"));
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/dep_grand/base")).status, 200);
    QVERIFY(!m_h.api("GET", QStringLiteral("/api/v1/roles/dep_grand"))
                 .json()[QStringLiteral("role")]
                 .toObject()
                 .contains(QStringLiteral("extends")));
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/dep_grand/base")).status, 200);
    QCOMPARE(eventCount(QStringLiteral("role.base_removed")), before + 1);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/dep_one"))
                 .json()[QStringLiteral("role")][QStringLiteral("dependent_roles_count")]
                 .toInt(),
             0);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/ghost/base")).status, 404);
}

void TestEngineRoles::organizationRoleLifecycle()
{
    QCOMPARE(createPermission(QStringLiteral("org:read")).status, 201);
    QCOMPARE(createPermission(QStringLiteral("org:write")).status, 201);
    QCOMPARE(createRole({}, R"({"name":"env_viewer","display_name":"Viewer","permissions":["org:read"]})").status, 201);
    HttpReply r = createRole(
        m_org,
        R"({"name":"org_editor","display_name":"Org editor","extends":"env_viewer","permissions":["org:write"]})");
    QCOMPARE(r.status, 201);
    QJsonObject role = r.json().value(QStringLiteral("role")).toObject();
    QVERIFY(role.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("role_")));
    QCOMPARE(role.value(QStringLiteral("is_org_role")).toBool(), true);
    QCOMPARE(role.value(QStringLiteral("extends")).toString(), QStringLiteral("env_viewer"));
    QCOMPARE(names(role.value(QStringLiteral("permissions")).toArray()), QStringList{QStringLiteral("org:write")});
    QCOMPARE(eventCount(QStringLiteral("organization.role_created")), 1 + 1); // dep_org too

    // Names: unique in the organization, never an environment role's name (either way round); another
    // organization may use the same name for its own role.
    QCOMPARE(createRole(m_org, R"({"name":"org_editor","display_name":"Again"})").status, 409);
    QCOMPARE(createRole(m_org, R"({"name":"env_viewer","display_name":"Shadow"})").status, 409);
    QCOMPARE(createRole({}, R"({"name":"org_editor","display_name":"Env"})").status, 409);
    QCOMPARE(createRole(m_other, R"({"name":"org_editor","display_name":"Other editor"})").status, 201);

    // Reads: the organization's list is the environment roles and its own; the environment list has no
    // organization roles; GET in the organization finds environment roles too.
    r = m_h.api("GET", orgRoles(m_org) + QStringLiteral("?include=permissions:all"));
    QCOMPARE(r.status, 200);
    const QStringList listed = names(r.json().value(QStringLiteral("roles")).toArray());
    QVERIFY(listed.contains(QStringLiteral("env_viewer")));
    QCOMPARE(listed.count(QStringLiteral("org_editor")), 1);
    QVERIFY(!names(m_h.api("GET", QStringLiteral("/api/v1/roles")).json().value(QStringLiteral("roles")).toArray())
                 .contains(QStringLiteral("org_editor")));
    r = m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_editor?include=permissions:all"));
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r.json()[QStringLiteral("role")][QStringLiteral("permissions")].toArray()),
             (QStringList{QStringLiteral("org:write"), QStringLiteral("org:read")}));
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("permissions")][1][QStringLiteral("role_name")].toString(),
             QStringLiteral("env_viewer"));
    r = m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_editor"));
    QVERIFY(!r.json()[QStringLiteral("role")].toObject().contains(QStringLiteral("permissions")));
    r = m_h.api("GET", orgRoles(m_org) + QStringLiteral("/env_viewer"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("is_org_role")].toBool(), false);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/org_editor")).status, 404);

    // Update: partial; only the organization's own roles.
    r = m_h.api(
        "PUT", orgRoles(m_org) + QStringLiteral("/org_editor"), R"({"display_name":"Editors","permissions":[]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("display_name")].toString(), QStringLiteral("Editors"));
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("extends")].toString(), QStringLiteral("env_viewer"));
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("permissions")].toArray().size(), 0);
    QCOMPARE(m_h.api("PUT", orgRoles(m_org) + QStringLiteral("/env_viewer"), R"({"display_name":"x"})").status, 404);
    QCOMPARE(m_h.api("GET", orgRoles(m_other) + QStringLiteral("/org_editor"))
                 .json()[QStringLiteral("role")][QStringLiteral("display_name")]
                 .toString(),
             QStringLiteral("Other editor"));
    QCOMPARE(eventCount(QStringLiteral("organization.role_updated")), 1);

    // Delete: only its own; the other organization's role of the same name stays.
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/env_viewer")).status, 404);
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/org_editor")).status, 200);
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_editor")).status, 404);
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/org_editor")).status, 404);
    QCOMPARE(m_h.api("GET", orgRoles(m_other) + QStringLiteral("/org_editor")).status, 200);
    QCOMPARE(eventCount(QStringLiteral("organization.role_deleted")), 1);

    // Deleting the organization deletes its roles.
    const QString doomed = createOrganization(m_h, QStringLiteral("Doomed"));
    QCOMPARE(createRole(doomed, R"({"name":"doomed_role","display_name":"D"})").status, 201);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + doomed).status, 200);
    QCOMPARE(m_h.api("GET", orgRoles(doomed) + QStringLiteral("/doomed_role")).status, 404);
    QCOMPARE(createRole({}, R"({"name":"doomed_role","display_name":"Now free"})").status, 201);
}

void TestEngineRoles::organizationRoleValidation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString org = QStringLiteral("/api/v1/organizations/%1/roles");
    const QString unknown = QStringLiteral("org_12345678901234567");
    const QByteArray ok = R"({"name":"val_role","display_name":"V"})";
    QTest::newRow("unknown org create") << QByteArray("POST") << org.arg(unknown) << ok << 404;
    QTest::newRow("unknown org list") << QByteArray("GET") << org.arg(unknown) << QByteArray() << 404;
    QTest::newRow("unknown org get") << QByteArray("GET") << org.arg(unknown) + QStringLiteral("/env_viewer")
                                     << QByteArray() << 404;
    QTest::newRow("unknown org count") << QByteArray("GET") << org.arg(unknown) + QStringLiteral("/x/users:count")
                                       << QByteArray() << 404;
    QTest::newRow("unknown org defaults") << QByteArray("PATCH") << org.arg(unknown) + QStringLiteral(":set_defaults")
                                          << QByteArray(R"({"default_member_role":"x"})") << 404;
    QTest::newRow("bad org id") << QByteArray("POST") << org.arg(QStringLiteral("acme")) << ok << 400;
    QTest::newRow("long org id") << QByteArray("GET") << org.arg(QStringLiteral("org_") + QString(40, u'1'))
                                 << QByteArray() << 400;
    QTest::newRow("bad role name path") << QByteArray("GET") << QStringLiteral("{org}/a-b") << QByteArray() << 400;
    QTest::newRow("long role name path") << QByteArray("PUT") << QStringLiteral("{org}/") + QString(65, u'r')
                                         << QByteArray(R"({"display_name":"x"})") << 400;
    QTest::newRow("bad name") << QByteArray("POST") << QStringLiteral("{org}")
                              << QByteArray(R"({"name":"a b","display_name":"x"})") << 400;
    QTest::newRow("name too long") << QByteArray("POST") << QStringLiteral("{org}")
                                   << QByteArray(R"({"name":")") + QByteArray(65, 'n') + R"(","display_name":"x"})"
                                   << 400;
    QTest::newRow("extends too long") << QByteArray("POST") << QStringLiteral("{org}")
                                      << QByteArray(R"({"name":"val_role","display_name":"x","extends":")")
                                             + QByteArray(101, 'e') + "\"}"
                                      << 400;
    QTest::newRow("reassign name invalid")
        << QByteArray("DELETE") << QStringLiteral("{org}/val_role?reassign_role_name=a%20b") << QByteArray() << 400;
    QTest::newRow("no display name") << QByteArray("POST") << QStringLiteral("{org}")
                                     << QByteArray(R"({"name":"val_role"})") << 400;
    QTest::newRow("display name too long")
        << QByteArray("POST") << QStringLiteral("{org}")
        << QByteArray(R"({"name":"val_role","display_name":")") + QByteArray(101, 'd') + "\"}" << 400;
    QTest::newRow("description too long")
        << QByteArray("POST") << QStringLiteral("{org}")
        << QByteArray(R"({"name":"val_role","display_name":"x","description":")") + QByteArray(2001, 'd') + "\"}"
        << 400;
    QTest::newRow("unknown field") << QByteArray("POST") << QStringLiteral("{org}")
                                   << QByteArray(R"({"name":"val_role","display_name":"x","org_id":"y"})") << 400;
    QTest::newRow("unknown permission") << QByteArray("POST") << QStringLiteral("{org}")
                                        << QByteArray(R"({"name":"val_role","display_name":"x","permissions":["zz"]})")
                                        << 400;
    QTest::newRow("unknown base") << QByteArray("POST") << QStringLiteral("{org}")
                                  << QByteArray(R"({"name":"val_role","display_name":"x","extends":"ghost"})") << 400;
    QTest::newRow("extends itself") << QByteArray("POST") << QStringLiteral("{org}")
                                    << QByteArray(R"({"name":"val_role","display_name":"x","extends":"val_role"})")
                                    << 400;
    QTest::newRow("base of another organization")
        << QByteArray("POST") << QStringLiteral("{org}")
        << QByteArray(R"({"name":"val_role","display_name":"x","extends":"other_only"})") << 400;
    QTest::newRow("not json") << QByteArray("POST") << QStringLiteral("{org}") << QByteArray("{") << 400;
    QTest::newRow("other org role get") << QByteArray("GET") << QStringLiteral("{org}/other_only") << QByteArray()
                                        << 404;
    QTest::newRow("other org role put") << QByteArray("PUT") << QStringLiteral("{org}/other_only")
                                        << QByteArray(R"({"display_name":"x"})") << 404;
    QTest::newRow("other org role delete")
        << QByteArray("DELETE") << QStringLiteral("{org}/other_only") << QByteArray() << 404;
    QTest::newRow("other org role base") << QByteArray("DELETE") << QStringLiteral("{org}/other_only/base")
                                         << QByteArray() << 404;
    QTest::newRow("other org role count")
        << QByteArray("GET") << QStringLiteral("{org}/other_only/users:count") << QByteArray() << 404;
    QTest::newRow("include") << QByteArray("GET") << QStringLiteral("{org}?include=all") << QByteArray() << 400;
}

void TestEngineRoles::organizationRoleValidation()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    if (m_h.api("GET", orgRoles(m_other) + QStringLiteral("/other_only")).status == 404) {
        QCOMPARE(createRole(m_other, R"({"name":"other_only","display_name":"O"})").status, 201);
    }
    path.replace(QStringLiteral("{org}"), orgRoles(m_org));
    const HttpReply r = m_h.api(method, path, body);
    QCOMPARE(r.status, status);
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/val_role")).status, 404); // nothing half-written
}

void TestEngineRoles::organizationRoleInheritanceAndDelete()
{
    QCOMPARE(createRole(m_org, R"({"name":"org_a","display_name":"A","extends":"env_viewer"})").status, 201);
    QCOMPARE(createRole(m_org, R"({"name":"org_b","display_name":"B","extends":"org_a"})").status, 201);
    QCOMPARE(createRole(m_org, R"({"name":"org_c","display_name":"C","extends":"org_b"})").status, 201);
    // Cycles inside the organization are refused; an environment role cannot extend an organization role.
    QCOMPARE(m_h.api("PUT", orgRoles(m_org) + QStringLiteral("/org_a"), R"({"extends":"org_c"})").status, 400);
    QCOMPARE(m_h.api("PUT", orgRoles(m_org) + QStringLiteral("/org_a"), R"({"extends":"org_a"})").status, 400);
    QCOMPARE(m_h.api("PUT", QStringLiteral("/api/v1/roles/env_viewer"), R"({"extends":"org_a"})").status, 400);
    HttpReply r = m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_c?include=permissions:all"));
    QCOMPARE(names(r.json()[QStringLiteral("role")][QStringLiteral("permissions")].toArray()),
             QStringList{QStringLiteral("org:read")}); // from env_viewer, three levels up
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("permissions")][0][QStringLiteral("role_name")].toString(),
             QStringLiteral("env_viewer"));
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_a"))
                 .json()[QStringLiteral("role")][QStringLiteral("dependent_roles_count")]
                 .toInt(),
             1);

    // An environment role that organization roles extend is not deleted from under them.
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/env_viewer")).status, 412);
    // Organization delete: 412 while extended, a replacement from the organization or the environment.
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/org_b")).status, 412);
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/org_b?reassign_role_name=org_c")).status, 412);
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/org_b?reassign_role_name=other_only")).status, 412);
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/org_b?reassign_role_name=org_a")).status, 200);
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_c"))
                 .json()[QStringLiteral("role")][QStringLiteral("extends")]
                 .toString(),
             QStringLiteral("org_a"));

    // DELETE …/base on an organization role.
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/org_c/base")).status, 200);
    r = m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_c?include=permissions:all"));
    QVERIFY(!r.json()[QStringLiteral("role")].toObject().contains(QStringLiteral("extends")));
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("permissions")].toArray().size(), 0);
    QCOMPARE(m_h.api("DELETE", orgRoles(m_org) + QStringLiteral("/env_viewer/base")).status, 404); // not its own
    QCOMPARE(eventCount(QStringLiteral("organization.role_base_removed")), 1);
}

void TestEngineRoles::organizationDefaults()
{
    QCOMPARE(createRole(m_org, R"({"name":"org_member","display_name":"Member"})").status, 201);
    QCOMPARE(createRole(m_org, R"({"name":"org_member2","display_name":"Member 2"})").status, 201);
    const QString path = orgRoles(m_org) + QStringLiteral(":set_defaults");
    HttpReply r = m_h.api("PATCH", path, R"({"default_member_role":"org_member"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("default_member")][QStringLiteral("name")].toString(),
             QStringLiteral("org_member"));
    QCOMPARE(r.json()[QStringLiteral("default_member")][QStringLiteral("default_member")].toBool(), true);
    r = m_h.api("PATCH", path, R"({"defaultMemberRole":"org_member2"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_member"))
                 .json()[QStringLiteral("role")][QStringLiteral("default_member")]
                 .toBool(),
             false);
    QCOMPARE(eventCount(QStringLiteral("organization.role_defaults_updated")), 2);
    // The environment's defaults are not touched.
    for (const QJsonValue& role :
         m_h.api("GET", QStringLiteral("/api/v1/roles")).json().value(QStringLiteral("roles")).toArray()) {
        if (role[QStringLiteral("name")].toString() == QStringLiteral("owner")) {
            QCOMPARE(role[QStringLiteral("default_member")].toBool(), true);
        }
    }
    QCOMPARE(m_h.api("PATCH", path, R"({})").status, 400);
    QCOMPARE(m_h.api("PATCH", path, R"({"default_member_role":""})").status, 400);
    QCOMPARE(m_h.api("PATCH", path, R"({"default_member_role":"a-b"})").status, 400);
    QCOMPARE(m_h.api("PATCH", path, R"({"default_member_role":"ghost"})").status, 400);
    QCOMPARE(m_h.api("PATCH", path, R"({"default_member_role":"env_viewer"})").status, 400); // not its own
    QCOMPARE(m_h.api("PATCH", path, R"({"default_member_role":"other_only"})").status, 400);
    QCOMPARE(m_h.api("PATCH", path, R"({"default_member_role":"org_member","default_creator_role":"x"})").status, 400);
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/org_member2"))
                 .json()[QStringLiteral("role")][QStringLiteral("default_member")]
                 .toBool(),
             true); // nothing changed by the refused calls
}

// Who may call the organization routes: environment admins with roles:read / roles:write; portal sessions of the
// organization with dir_sync may read (list, get, users:count) and nothing else; organization API clients never.
void TestEngineRoles::organizationRoleAccess()
{
    const auto sessionFor = [&](const QString& org, const QString& query) {
        const HttpReply link =
            m_h.api("PUT", QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/portal_links") + query);
        const QJsonObject exchange{
            {QStringLiteral("link"), link.json()[QStringLiteral("link")][QStringLiteral("location")]}};
        return m_h
            .request("POST",
                     QStringLiteral("/api/v1/portal_sessions"),
                     QJsonDocument(exchange).toJson(),
                     {{"Content-Type", "application/json"}})
            .json()[QStringLiteral("session_token")]
            .toString();
    };
    const QString dirSync = sessionFor(m_org, QStringLiteral("?features=dir_sync"));
    QVERIFY(!dirSync.isEmpty());
    QCOMPARE(withBearer(m_h, dirSync, "GET", orgRoles(m_org)).status, 200);
    QCOMPARE(withBearer(m_h, dirSync, "GET", orgRoles(m_org) + QStringLiteral("/org_member")).status, 200);
    QCOMPARE(withBearer(m_h, dirSync, "GET", orgRoles(m_org) + QStringLiteral("/org_member/users:count")).status, 200);
    QCOMPARE(withBearer(m_h, dirSync, "GET", orgRoles(m_other)).status, 403);
    QCOMPARE(withBearer(m_h, dirSync, "GET", orgRoles(m_other) + QStringLiteral("/other_only")).status, 403);
    QCOMPARE(withBearer(m_h, dirSync, "POST", orgRoles(m_org), R"({"name":"portal_made","display_name":"P"})").status,
             403);
    QCOMPARE(withBearer(m_h, dirSync, "PUT", orgRoles(m_org) + QStringLiteral("/org_member"), R"({"display_name":"P"})")
                 .status,
             403);
    QCOMPARE(withBearer(m_h, dirSync, "DELETE", orgRoles(m_org) + QStringLiteral("/org_member")).status, 403);
    QCOMPARE(withBearer(m_h,
                        dirSync,
                        "PATCH",
                        orgRoles(m_org) + QStringLiteral(":set_defaults"),
                        R"({"default_member_role":"org_member"})")
                 .status,
             403);
    QCOMPARE(withBearer(m_h, dirSync, "DELETE", orgRoles(m_org) + QStringLiteral("/org_member/base")).status, 403);
    QCOMPARE(withBearer(m_h, dirSync, "GET", QStringLiteral("/api/v1/roles/env_viewer/users:count")).status, 403);
    QCOMPARE(withBearer(m_h, dirSync, "GET", QStringLiteral("/api/v1/roles/env_viewer/permissions:all")).status, 403);
    const QString ssoOnly = sessionFor(m_org, QStringLiteral("?features=sso"));
    QVERIFY(!ssoOnly.isEmpty());
    QCOMPARE(withBearer(m_h, ssoOnly, "GET", orgRoles(m_org)).status, 403);

    // An organization API client's token, even its own organization's.
    const HttpReply client = m_h.api("POST",
                                     QStringLiteral("/api/v1/organizations/") + m_org + QStringLiteral("/clients"),
                                     R"({"name":"roles client"})");
    QCOMPARE(client.status, 201);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"),
                      client.json()[QStringLiteral("client")][QStringLiteral("client_id")].toString());
    form.addQueryItem(QStringLiteral("client_secret"), client.json()[QStringLiteral("plain_secret")].toString());
    const HttpReply token = m_h.request("POST",
                                        QStringLiteral("/oauth/token"),
                                        form.toString(QUrl::FullyEncoded).toLatin1(),
                                        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(token.status, 200);
    const QString orgToken = token.json()[QStringLiteral("access_token")].toString();
    QCOMPARE(withBearer(m_h, orgToken, "GET", orgRoles(m_org)).status, 403);
    QCOMPARE(withBearer(m_h, orgToken, "GET", orgRoles(m_other)).status, 403);
    QCOMPARE(withBearer(m_h, orgToken, "POST", orgRoles(m_org), R"({"name":"client_made","display_name":"C"})").status,
             403);

    // Admin scopes: roles:read reads, roles:write writes.
    const QString readOnly = m_h.token(QStringLiteral("roles:read"));
    QCOMPARE(withBearer(m_h, readOnly, "GET", orgRoles(m_org)).status, 200);
    QCOMPARE(withBearer(m_h, readOnly, "POST", orgRoles(m_org), R"({"name":"ro_made","display_name":"R"})").status,
             403);
    QCOMPARE(withBearer(m_h, readOnly, "DELETE", QStringLiteral("/api/v1/roles/env_viewer/base")).status, 403);
    QCOMPARE(m_h.api("GET", orgRoles(m_org) + QStringLiteral("/portal_made")).status, 404);
}

// users:count over real directory users whose roles come from SCIM groups mapped to roles (and the default role
// for users no mapped group reaches); the organization form counts only that organization's directories.
void TestEngineRoles::usersCount()
{
    QCOMPARE(createRole({}, R"({"name":"cnt_env","display_name":"Env"})").status, 201);
    QCOMPARE(createRole({}, R"({"name":"cnt_default","display_name":"Default"})").status, 201);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), R"({"default_member_role":"cnt_default"})")
                 .status,
             200);
    const ScimDirectory d = m_scim.createDirectory();
    QVERIFY(!d.secret.isEmpty());
    QCOMPARE(createRole(d.organizationId, R"({"name":"cnt_org","display_name":"Org","extends":"cnt_env"})").status,
             201);
    const QString alice = m_scim.createUser(d, QStringLiteral("alice@count.example"));
    const QString bob = m_scim.createUser(d, QStringLiteral("bob@count.example"));
    const QString carol = m_scim.createUser(d, QStringLiteral("carol@count.example"));
    const QString staff = m_scim.createGroup(d, QStringLiteral("Staff"), {alice, bob});
    const QString leads = m_scim.createGroup(d, QStringLiteral("Leads"), {alice});
    QVERIFY(!carol.isEmpty() && !staff.isEmpty() && !leads.isEmpty());
    QJsonArray items;
    for (const auto& [group, role] : QList<QPair<QString, QString>>{{staff, QStringLiteral("cnt_env")},
                                                                    {leads, QStringLiteral("cnt_env")},
                                                                    {leads, QStringLiteral("cnt_org")}}) {
        items.append(QJsonObject{{QStringLiteral("group_id"), group}, {QStringLiteral("role_name"), role}});
    }
    const QJsonObject body{{QStringLiteral("role_assignments"), QJsonObject{{QStringLiteral("assignments"), items}}}};
    const HttpReply assigned =
        m_h.api("PUT",
                QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/")
                    + d.directoryId + QStringLiteral("/groups/-/roles:assign"),
                QJsonDocument(body).toJson());
    QCOMPARE(assigned.status, 200);

    const auto count = [&](const QString& path) {
        const HttpReply r = m_h.api("GET", path);
        return r.status == 200 ? r.json().value(QStringLiteral("count")).toString() : QString::number(-r.status);
    };
    // alice (two groups, counted once) and bob hold cnt_env; carol holds the default role; alice holds cnt_org,
    // which extends cnt_env (inherited roles do not add holders).
    QCOMPARE(count(QStringLiteral("/api/v1/roles/cnt_env/users:count")), QStringLiteral("2"));
    QCOMPARE(count(QStringLiteral("/api/v1/roles/cnt_default/users:count")), QStringLiteral("1"));
    QCOMPARE(count(orgRoles(d.organizationId) + QStringLiteral("/cnt_org/users:count")), QStringLiteral("1"));
    QCOMPARE(count(orgRoles(d.organizationId) + QStringLiteral("/cnt_env/users:count")), QStringLiteral("2"));
    QCOMPARE(count(orgRoles(m_org) + QStringLiteral("/cnt_env/users:count")), QStringLiteral("0")); // not its users
    QCOMPARE(count(orgRoles(m_org) + QStringLiteral("/cnt_default/users:count")), QStringLiteral("0"));
    QCOMPARE(count(QStringLiteral("/api/v1/roles/chain_a/users:count")), QStringLiteral("0"));
    QCOMPARE(count(QStringLiteral("/api/v1/roles/ghost/users:count")), QStringLiteral("-404"));
    QCOMPARE(count(QStringLiteral("/api/v1/roles/cnt_org/users:count")), QStringLiteral("-404")); // not an env role
    QCOMPARE(count(orgRoles(m_org) + QStringLiteral("/cnt_org/users:count")), QStringLiteral("-404"));

    // The directory user's roles show the organization role; deleting it takes it away from its holders.
    const HttpReply user =
        m_h.api("GET",
                QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/")
                    + d.directoryId + QStringLiteral("/users/") + alice);
    QStringList roles;
    for (const QJsonValue& r : user.json()[QStringLiteral("user")][QStringLiteral("roles")].toArray()) {
        roles << r[QStringLiteral("role_name")].toString();
    }
    QVERIFY2(roles.contains(QStringLiteral("cnt_org")), qPrintable(roles.join(u',')));
    QCOMPARE(m_h.api("DELETE", orgRoles(d.organizationId) + QStringLiteral("/cnt_org")).status, 200);
    QCOMPARE(count(QStringLiteral("/api/v1/roles/cnt_env/users:count")), QStringLiteral("2"));
    QCOMPARE(m_h.api("GET", orgRoles(d.organizationId) + QStringLiteral("/cnt_org/users:count")).status, 404);

    // The organization's own default member role replaces the environment's for its users without group roles
    // (carol), who is told (organization.directory.user_updated); deleting it gives her the environment's again.
    const auto rolesOf = [&](const QString& user) {
        QStringList out;
        const HttpReply r =
            m_h.api("GET",
                    QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/")
                        + d.directoryId + QStringLiteral("/users/") + user + QStringLiteral("/roles"));
        for (const QJsonValue& role : r.json()[QStringLiteral("roles")].toArray()) {
            out << role[QStringLiteral("role_name")].toString() + u'/' + role[QStringLiteral("source")].toString();
        }
        return out;
    };
    QCOMPARE(rolesOf(carol), QStringList{QStringLiteral("cnt_default/DEFAULT")});
    QCOMPARE(createRole(d.organizationId, R"({"name":"cnt_orgdef","display_name":"Org default"})").status, 201);
    const qint64 told = eventCount(QStringLiteral("organization.directory.user_updated"));
    QCOMPARE(m_h.api("PATCH",
                     orgRoles(d.organizationId) + QStringLiteral(":set_defaults"),
                     R"({"default_member_role":"cnt_orgdef"})")
                 .status,
             200);
    QCOMPARE(eventCount(QStringLiteral("organization.directory.user_updated")), told + 1);
    QCOMPARE(rolesOf(carol), QStringList{QStringLiteral("cnt_orgdef/DEFAULT")});
    QCOMPARE(rolesOf(bob), QStringList{QStringLiteral("cnt_env/GROUP")});
    QCOMPARE(count(orgRoles(d.organizationId) + QStringLiteral("/cnt_orgdef/users:count")), QStringLiteral("1"));
    QCOMPARE(count(QStringLiteral("/api/v1/roles/cnt_default/users:count")), QStringLiteral("0"));
    // The same default again tells nobody; a user created now gets it at once.
    QCOMPARE(m_h.api("PATCH",
                     orgRoles(d.organizationId) + QStringLiteral(":set_defaults"),
                     R"({"default_member_role":"cnt_orgdef"})")
                 .status,
             200);
    QCOMPARE(eventCount(QStringLiteral("organization.directory.user_updated")), told + 1);
    const QString dave = m_scim.createUser(d, QStringLiteral("dave@count.example"));
    QCOMPARE(rolesOf(dave), QStringList{QStringLiteral("cnt_orgdef/DEFAULT")});
    const HttpReply listed = m_h.api("GET",
                                     QStringLiteral("/api/v1/organizations/") + d.organizationId
                                         + QStringLiteral("/directories/") + d.directoryId + QStringLiteral("/users"));
    for (const QJsonValue& user : listed.json()[QStringLiteral("users")].toArray()) {
        if (user[QStringLiteral("id")].toString() == carol) {
            QCOMPARE(user[QStringLiteral("roles")][0][QStringLiteral("role_name")].toString(),
                     QStringLiteral("cnt_orgdef"));
        }
    }
    // Changing the environment's default does not reach them; deleting the organization's default does.
    QCOMPARE(
        m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), R"({"default_member_role":"cnt_env"})").status,
        200);
    QCOMPARE(eventCount(QStringLiteral("organization.directory.user_updated")), told + 1);
    QCOMPARE(m_h.api("DELETE", orgRoles(d.organizationId) + QStringLiteral("/cnt_orgdef")).status, 200);
    QCOMPARE(eventCount(QStringLiteral("organization.directory.user_updated")), told + 1 + 2); // carol and dave
    QCOMPARE(rolesOf(carol), QStringList{QStringLiteral("cnt_env/DEFAULT")});
    QCOMPARE(count(QStringLiteral("/api/v1/roles/cnt_env/users:count")), QStringLiteral("4"));
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineRoles)
#include "TestEngineRoles.moc"
