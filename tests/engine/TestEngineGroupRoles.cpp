// Group-to-role mapping over HTTP: AssignRoles (…/groups/-/roles:assign) and its validation, the reads
// (directory role_assignments, directory users' roles, a user's effective roles and why, one group), the
// recompute on SCIM changes (Entra-style member PATCHes), role deletion, and the
// organization.directory.user_* webhook payloads (the envelope the dispatcher signs and sends).
// Runs on SQLite, and on PostgreSQL (engine.group_roles.postgres).
#include "EngineHarness.h"
#include "ScimTestClient.h"
#include "TestMain.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"
#include "engine/webhooks/WebhookStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

struct Event
{
    QString type;
    QString objectId;
    QJsonObject envelope;
};

QStringList roleNames(const QJsonValue& roles)
{
    QStringList out;
    for (const QJsonValue& r : roles.toArray()) {
        out << r[QStringLiteral("role_name")].toString();
    }
    return out;
}

} // namespace

class TestEngineGroupRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assignValidation();
    void assignAndRead();
    void scimMembershipRecomputes();
    void userPayloadsCarryRoles();
    void roleDeletionUpdatesMappings();
    void defaultRoleFollowsSettings();
    void defaultRoleChangeNotifies();
    void nestedGroupsPassRoles();

private:
    QString base(const ScimDirectory& d) const
    {
        return QStringLiteral("/api/v1/organizations/") + d.organizationId + QStringLiteral("/directories/")
               + d.directoryId;
    }

    HttpReply assign(const ScimDirectory& d, const QList<QPair<QString, QString>>& pairs);
    QStringList rolesOf(const ScimDirectory& d, const QString& userId);
    QList<Event> eventsSince(qint64 mark);
    qint64 lastEventSeq();
    QString patchFixture(const QString& name, const QString& member);

    EngineHarness m_h;
    ScimTestClient m_c{m_h};
    ScimDirectory m_d;
    QString m_admins;
    QString m_billing;
    QString m_alice;
    QString m_bob;
    QString m_carol;
};

void TestEngineGroupRoles::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    for (const QByteArray& role : {QByteArray("member"), QByteArray("admin"), QByteArray("billing_admin")}) {
        const QByteArray display = role == "member" ? "Member" : (role == "admin" ? "Admin" : "Billing admin");
        const HttpReply r = m_h.api(
            "POST", QStringLiteral("/api/v1/roles"), R"({"name":")" + role + R"(","display_name":")" + display + "\"}");
        QCOMPARE(r.status, 201);
    }
    m_d = m_c.createDirectory();
    m_alice = m_c.createUser(m_d, QStringLiteral("alice@example.com"));
    m_bob = m_c.createUser(m_d, QStringLiteral("bob@example.com"));
    m_carol = m_c.createUser(m_d, QStringLiteral("carol@example.com"));
    m_admins = m_c.createGroup(m_d, QStringLiteral("Admins"), {m_alice, m_bob});
    m_billing = m_c.createGroup(m_d, QStringLiteral("Billing"), {m_bob});
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty());
    QVERIFY(!m_admins.isEmpty() && !m_billing.isEmpty());
}

HttpReply TestEngineGroupRoles::assign(const ScimDirectory& d, const QList<QPair<QString, QString>>& pairs)
{
    QJsonArray items;
    for (const auto& [group, role] : pairs) {
        items.append(QJsonObject{{QStringLiteral("group_id"), group}, {QStringLiteral("role_name"), role}});
    }
    const QJsonObject body{{QStringLiteral("role_assignments"), QJsonObject{{QStringLiteral("assignments"), items}}}};
    return m_h.api("PUT", base(d) + QStringLiteral("/groups/-/roles:assign"), QJsonDocument(body).toJson());
}

QStringList TestEngineGroupRoles::rolesOf(const ScimDirectory& d, const QString& userId)
{
    const HttpReply r = m_h.api("GET", base(d) + QStringLiteral("/users/") + userId);
    return r.status == 200 ? roleNames(r.json()[QStringLiteral("user")][QStringLiteral("roles")])
                           : QStringList{QStringLiteral("HTTP %1").arg(r.status)};
}

qint64 TestEngineGroupRoles::lastEventSeq()
{
    qint64 seq = 0;
    auto read = m_h.engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
        if (!q.ok()) {
            return q.error();
        }
        seq = q.value().next() ? q.value().value(0).toLongLong() : 0;
        return {};
    });
    return read.ok() ? seq : -1;
}

QList<Event> TestEngineGroupRoles::eventsSince(qint64 mark)
{
    QList<Event> out;
    auto read = m_h.engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q =
            Sql::exec(db, QStringLiteral("SELECT id, type, object_id FROM events WHERE seq > ? ORDER BY seq"), {mark});
        if (!q.ok()) {
            return q.error();
        }
        QStringList ids; // read every row first: PostgreSQL cannot run a query while another one is being read
        while (q.value().next()) {
            ids << q.value().value(0).toString();
            out.append({q.value().value(1).toString(), q.value().value(2).toString(), {}});
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            auto body = WebhookStore::envelope(db, ids[i], m_h.engine().environmentId());
            if (!body.ok()) {
                return body.error();
            }
            out[i].envelope = QJsonDocument::fromJson(body.value()).object();
        }
        return {};
    });
    if (!read.ok()) {
        qWarning("events: %s", qPrintable(read.error().message));
    }
    return out;
}

QString TestEngineGroupRoles::patchFixture(const QString& name, const QString& member)
{
    return QString::fromUtf8(ScimTestClient::fixture(name)).replace(QStringLiteral("f648f8d5ea4e4cd38e9c"), member);
}

void TestEngineGroupRoles::assignValidation()
{
    const QString path = base(m_d) + QStringLiteral("/groups/-/roles:assign");
    const ScimDirectory other = m_c.createDirectory("OKTA");
    const QString foreignGroup = m_c.createGroup(other, QStringLiteral("Elsewhere"));

    struct Case
    {
        QByteArray body;
        QString field;
    };

    const QList<Case> cases{
        {"{}", QStringLiteral("role_assignments")},
        {R"({"role_assignments":{"assignments":[{"role_name":"admin"}]}})",
         QStringLiteral("role_assignments.assignments[0].group_id")},
        {R"({"role_assignments":{"assignments":[{"group_id":")" + m_admins.toLatin1() + R"("}]}})",
         QStringLiteral("role_assignments.assignments[0].role_name")},
        {R"({"role_assignments":{"assignments":[{"group_id":")" + m_admins.toLatin1()
             + R"(","role_name":"bad-name"}]}})",
         QStringLiteral("role_assignments.assignments[0].role_name")},
        {R"({"role_assignments":{"assignments":[{"group_id":"conn_12345678901234567","role_name":"admin"}]}})",
         QStringLiteral("role_assignments.assignments[0].group_id")},
        {R"({"role_assignments":{"assignments":[{"group_id":")" + m_admins.toLatin1()
             + R"(","role_name":"admin"},{"group_id":")" + m_admins.toLatin1() + R"(","role_name":"admin"}]}})",
         QStringLiteral("role_assignments.assignments[1].role_name")},
        {R"({"role_assignments":{"assignments":[{"group_id":")" + m_admins.toLatin1()
             + R"(","role_name":"admin","colour":"red"}]}})",
         QStringLiteral("role_assignments.assignments[0].colour")},
        {R"({"role_assignments":{"assignments":[{"group_id":")" + foreignGroup.toLatin1()
             + R"(","role_name":"admin"}]}})",
         QStringLiteral("role_assignments.assignments[0].group_id")},
        {R"({"role_assignments":{"assignments":[{"group_id":")" + m_admins.toLatin1()
             + R"(","role_name":"no_such_role"}]}})",
         QStringLiteral("role_assignments.assignments[0].role_name")},
        {R"({"role_assignments":{"assignments":[{"group_id":")" + m_admins.toLatin1()
             + R"(","role_name":"admin","role_id":"role_12345678901234567"}]}})",
         QStringLiteral("role_assignments.assignments[0].role_id")},
    };
    for (const Case& c : cases) {
        const HttpReply r = m_h.api("PUT", path, c.body);
        QVERIFY2(r.status == 400, c.body.constData());
        const QByteArray fieldText = c.field.toUtf8();
        QVERIFY2(r.body.contains(fieldText), r.body.constData());
    }
    // Nothing was stored by the refused calls.
    const HttpReply dir = m_h.api("GET", base(m_d));
    QCOMPARE(dir.json()[QStringLiteral("directory")][QStringLiteral("role_assignments")][QStringLiteral("assignments")]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(m_h.api("PUT",
                     QStringLiteral("/api/v1/organizations/") + m_d.organizationId
                         + QStringLiteral("/directories/dir_12345678901234567/groups/-/roles:assign"),
                     R"({"role_assignments":{"assignments":[]}})")
                 .status,
             404);
    // A read-only token cannot change the mapping.
    const QString readOnly = m_h.token(QStringLiteral("directories:read"));
    const HttpReply denied =
        m_h.request("PUT",
                    path,
                    R"({"role_assignments":{"assignments":[]}})",
                    {{"Authorization", "Bearer " + readOnly.toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(denied.status, 403);
}

void TestEngineGroupRoles::assignAndRead()
{
    // Before any mapping everybody has the default role (no default marked: the first role, "member").
    QCOMPARE(rolesOf(m_d, m_alice), QStringList{QStringLiteral("member")});
    const qint64 mark = lastEventSeq();
    HttpReply r = assign(m_d,
                         {{m_admins, QStringLiteral("admin")},
                          {m_billing, QStringLiteral("billing_admin")},
                          {m_billing, QStringLiteral("admin")}});
    QCOMPARE(r.status, 200);
    const QJsonArray assigned = r.json()[QStringLiteral("role_assignments")][QStringLiteral("assignments")].toArray();
    QCOMPARE(assigned.size(), 3);
    QCOMPARE(assigned[0][QStringLiteral("group_id")].toString(), m_admins);
    QCOMPARE(assigned[0][QStringLiteral("role_name")].toString(), QStringLiteral("admin"));
    QVERIFY(assigned[0][QStringLiteral("role_id")].toString().startsWith(QStringLiteral("role_")));
    // The directory (GET and list) carries the mapping.
    r = m_h.api("GET", base(m_d));
    QCOMPARE(r.json()[QStringLiteral("directory")][QStringLiteral("role_assignments")][QStringLiteral("assignments")]
                 .toArray(),
             assigned);
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + m_d.organizationId + QStringLiteral("/directories"));
    QCOMPARE(
        r.json()[QStringLiteral("directories")][0][QStringLiteral("role_assignments")][QStringLiteral("assignments")]
            .toArray(),
        assigned);
    // Effective roles: alice admin; bob admin + billing_admin (all his groups' roles); carol the default.
    QCOMPARE(rolesOf(m_d, m_alice), QStringList{QStringLiteral("admin")});
    const QStringList bobRoles{QStringLiteral("admin"), QStringLiteral("billing_admin")};
    QCOMPARE(rolesOf(m_d, m_bob), bobRoles);
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("member")});
    // The list carries them too (and in user_detail).
    r = m_h.api("GET", base(m_d) + QStringLiteral("/users?include_detail=true&page_size=30"));
    QCOMPARE(r.status, 200);
    for (const QJsonValue& u : r.json()[QStringLiteral("users")].toArray()) {
        const QStringList expected = rolesOf(m_d, u[QStringLiteral("id")].toString());
        QCOMPARE(roleNames(u[QStringLiteral("roles")]), expected);
        QCOMPARE(roleNames(u[QStringLiteral("user_detail")][QStringLiteral("roles")]), expected);
    }
    // Why: the read endpoint.
    r = m_h.api("GET", base(m_d) + QStringLiteral("/users/") + m_bob + QStringLiteral("/roles"));
    QCOMPARE(r.status, 200);
    const QJsonArray why = r.json()[QStringLiteral("roles")].toArray();
    QCOMPARE(why.size(), 2);
    QCOMPARE(why[0][QStringLiteral("role_name")].toString(), QStringLiteral("admin"));
    QCOMPARE(why[0][QStringLiteral("display_name")].toString(), QStringLiteral("Admin"));
    QCOMPARE(why[0][QStringLiteral("source")].toString(), QStringLiteral("GROUP"));
    const QJsonArray adminGroups = why[0][QStringLiteral("groups")].toArray();
    QCOMPARE(adminGroups.size(), 2);
    QCOMPARE(adminGroups[0][QStringLiteral("id")].toString(), m_admins);
    QCOMPARE(adminGroups[0][QStringLiteral("display_name")].toString(), QStringLiteral("Admins"));
    QCOMPARE(adminGroups[1][QStringLiteral("display_name")].toString(), QStringLiteral("Billing"));
    QCOMPARE(why[1][QStringLiteral("role_name")].toString(), QStringLiteral("billing_admin"));
    r = m_h.api("GET", base(m_d) + QStringLiteral("/users/") + m_carol + QStringLiteral("/roles"));
    const QJsonObject expectedDefault{{QStringLiteral("role_name"), QStringLiteral("member")},
                                      {QStringLiteral("display_name"), QStringLiteral("Member")},
                                      {QStringLiteral("source"), QStringLiteral("DEFAULT")},
                                      {QStringLiteral("groups"), QJsonArray()}};
    QCOMPARE(r.json()[QStringLiteral("roles")].toArray(), QJsonArray{expectedDefault});
    QCOMPARE(m_h.api("GET", base(m_d) + QStringLiteral("/users/diruser_12345678901234567/roles")).status, 404);
    QCOMPARE(m_h.api("GET", base(m_d) + QStringLiteral("/users/usr_1/roles")).status, 400);
    // One group, with its roles; and the group list.
    r = m_h.api("GET", base(m_d) + QStringLiteral("/groups/") + m_billing);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("group")][QStringLiteral("total_users")].toInt(), 1);
    const QStringList billingRoles{QStringLiteral("billing_admin"), QStringLiteral("admin")};
    QCOMPARE(roleNames(r.json()[QStringLiteral("group")][QStringLiteral("roles")]), billingRoles);
    QCOMPARE(m_h.api("GET", base(m_d) + QStringLiteral("/groups/summary")).status, 200);
    r = m_h.api("GET", base(m_d) + QStringLiteral("/groups"));
    QCOMPARE(roleNames(r.json()[QStringLiteral("groups")][0][QStringLiteral("roles")]),
             QStringList{QStringLiteral("admin")});
    // The users whose effective roles changed (alice, bob) were told; carol was not.
    QStringList updated;
    for (const Event& e : eventsSince(mark)) {
        if (e.type == QStringLiteral("organization.directory.user_updated")) {
            updated << e.objectId;
            QCOMPARE(roleNames(e.envelope[QStringLiteral("data")][QStringLiteral("roles")]), rolesOf(m_d, e.objectId));
        }
    }
    updated.sort();
    QStringList expectedUpdated{m_alice, m_bob};
    expectedUpdated.sort();
    QCOMPARE(updated, expectedUpdated);
    // Re-sending the same mapping changes nobody.
    const qint64 again = lastEventSeq();
    QCOMPARE(assign(m_d,
                    {{m_admins, QStringLiteral("admin")},
                     {m_billing, QStringLiteral("billing_admin")},
                     {m_billing, QStringLiteral("admin")}})
                 .status,
             200);
    for (const Event& e : eventsSince(again)) {
        QVERIFY2(e.type != QStringLiteral("organization.directory.user_updated"), qPrintable(e.objectId));
    }
}

void TestEngineGroupRoles::scimMembershipRecomputes()
{
    QCOMPARE(assign(m_d, {{m_admins, QStringLiteral("admin")}}).status, 200);
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("member")});
    // Entra adds carol to Admins (PATCH Add members): she becomes admin, in the same transaction.
    qint64 mark = lastEventSeq();
    HttpReply r = m_c.call(
        m_d,
        "PATCH",
        QStringLiteral("/Groups/") + m_admins,
        patchFixture(QStringLiteral("entra/07_update_group_add_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"),
                     m_carol)
            .toUtf8());
    QVERIFY2(r.status == 200 || r.status == 204, r.body.constData());
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("admin")});
    QList<Event> events = eventsSince(mark);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].type, QStringLiteral("organization.directory.group_updated"));
    QCOMPARE(events[1].type, QStringLiteral("organization.directory.user_updated"));
    QCOMPARE(events[1].objectId, m_carol);
    QCOMPARE(roleNames(events[1].envelope[QStringLiteral("data")][QStringLiteral("roles")]),
             QStringList{QStringLiteral("admin")});
    // ... and removed again: back to the default role.
    mark = lastEventSeq();
    r = m_c.call(
        m_d,
        "PATCH",
        QStringLiteral("/Groups/") + m_admins,
        patchFixture(
            QStringLiteral("entra/08_update_group_remove_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"),
            m_carol)
            .toUtf8());
    QVERIFY2(r.status == 200 || r.status == 204, r.body.constData());
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("member")});
    events = eventsSince(mark);
    QCOMPARE(events.size(), 2);
    QCOMPARE(roleNames(events[1].envelope[QStringLiteral("data")][QStringLiteral("roles")]),
             QStringList{QStringLiteral("member")});
    // A new user created straight into a mapped group (Okta-style groups in the user body) is admin at once.
    const QString dave = m_c.createUser(
        m_d, QStringLiteral("dave@example.com"), R"(,"groups":[{"value":")" + m_admins.toLatin1() + R"("}])");
    QVERIFY(!dave.isEmpty());
    QCOMPARE(rolesOf(m_d, dave), QStringList{QStringLiteral("admin")});
    // Deleting a mapped group: its members fall back to the default and its mapping disappears.
    const QString temp = m_c.createGroup(m_d, QStringLiteral("Temporary"), {m_carol});
    QCOMPARE(assign(m_d, {{m_admins, QStringLiteral("admin")}, {temp, QStringLiteral("billing_admin")}}).status, 200);
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("billing_admin")});
    mark = lastEventSeq();
    QCOMPARE(m_c.call(m_d, "DELETE", QStringLiteral("/Groups/") + temp).status, 204);
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("member")});
    events = eventsSince(mark);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].type, QStringLiteral("organization.directory.group_deleted"));
    QCOMPARE(events[1].objectId, m_carol);
    r = m_h.api("GET", base(m_d));
    QCOMPARE(r.json()[QStringLiteral("directory")][QStringLiteral("role_assignments")][QStringLiteral("assignments")]
                 .toArray()
                 .size(),
             1);
    // Deleting a user deletes its stored roles with it.
    QCOMPARE(m_c.call(m_d, "DELETE", QStringLiteral("/Users/") + dave).status, 204);
    QCOMPARE(m_h.api("GET", base(m_d) + QStringLiteral("/users/") + dave + QStringLiteral("/roles")).status, 404);
}

void TestEngineGroupRoles::userPayloadsCarryRoles()
{
    QCOMPARE(assign(m_d, {{m_admins, QStringLiteral("admin")}}).status, 200);
    const qint64 mark = lastEventSeq();
    const QString erin = m_c.createUser(
        m_d, QStringLiteral("erin@example.com"), R"(,"groups":[{"value":")" + m_admins.toLatin1() + R"("}])");
    const QString frank = m_c.createUser(m_d, QStringLiteral("frank@example.com"));
    HttpReply r = m_c.call(m_d,
                           "PATCH",
                           QStringLiteral("/Users/") + frank,
                           R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],)"
                           R"("Operations":[{"op":"Replace","path":"displayName","value":"Frank F"}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_c.call(m_d, "DELETE", QStringLiteral("/Users/") + frank).status, 204);
    QHash<QString, QJsonObject> byType;
    for (const Event& e : eventsSince(mark)) {
        byType.insert(e.type + u' ' + e.objectId, e.envelope);
    }
    const QJsonObject created = byType.value(QStringLiteral("organization.directory.user_created ") + erin);
    QCOMPARE(created[QStringLiteral("object")].toString(), QStringLiteral("DirectoryUser"));
    const QJsonArray erinRoles{QJsonObject{{QStringLiteral("role_name"), QStringLiteral("admin")}}};
    QCOMPARE(created[QStringLiteral("data")][QStringLiteral("roles")].toArray(), erinRoles);
    QCOMPARE(created[QStringLiteral("data")][QStringLiteral("groups")][0][QStringLiteral("name")].toString(),
             QStringLiteral("Admins"));
    const QJsonObject frankCreated = byType.value(QStringLiteral("organization.directory.user_created ") + frank);
    const QJsonArray memberRoles{QJsonObject{{QStringLiteral("role_name"), QStringLiteral("member")}}};
    QCOMPARE(frankCreated[QStringLiteral("data")][QStringLiteral("roles")].toArray(), memberRoles);
    const QJsonObject frankUpdated = byType.value(QStringLiteral("organization.directory.user_updated ") + frank);
    QCOMPARE(frankUpdated[QStringLiteral("data")][QStringLiteral("roles")].toArray(), memberRoles);
    QCOMPARE(frankUpdated[QStringLiteral("data")][QStringLiteral("name")].toString(), QStringLiteral("Frank F"));
    // user_deleted is exactly the docs' example: id, organization_id, dp_id, email (no roles).
    const QJsonObject deleted = byType.value(QStringLiteral("organization.directory.user_deleted ") + frank);
    QVERIFY(!deleted.isEmpty());
    QVERIFY(!deleted[QStringLiteral("data")].toObject().contains(QStringLiteral("roles")));
}

void TestEngineGroupRoles::roleDeletionUpdatesMappings()
{
    const HttpReply made =
        m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"auditor","display_name":"Auditor"})");
    QCOMPARE(made.status, 201);
    QCOMPARE(assign(m_d, {{m_admins, QStringLiteral("admin")}, {m_billing, QStringLiteral("auditor")}}).status, 200);
    const QStringList bobBefore{QStringLiteral("admin"), QStringLiteral("auditor")};
    QCOMPARE(rolesOf(m_d, m_bob), bobBefore);
    // Role names are read at use time: a new display name shows at once.
    QCOMPARE(m_h.api("PUT", QStringLiteral("/api/v1/roles/auditor"), R"({"display_name":"Auditors"})").status, 200);
    HttpReply r = m_h.api("GET", base(m_d) + QStringLiteral("/users/") + m_bob + QStringLiteral("/roles"));
    QCOMPARE(r.json()[QStringLiteral("roles")][1][QStringLiteral("display_name")].toString(),
             QStringLiteral("Auditors"));
    const qint64 mark = lastEventSeq();
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/roles/auditor")).status, 200);
    QCOMPARE(rolesOf(m_d, m_bob), QStringList{QStringLiteral("admin")});
    r = m_h.api("GET", base(m_d));
    const QJsonArray left =
        r.json()[QStringLiteral("directory")][QStringLiteral("role_assignments")][QStringLiteral("assignments")]
            .toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0][QStringLiteral("role_name")].toString(), QStringLiteral("admin"));
    bool told = false;
    for (const Event& e : eventsSince(mark)) {
        if (e.type == QStringLiteral("organization.directory.user_updated") && e.objectId == m_bob) {
            told = true;
            QCOMPARE(roleNames(e.envelope[QStringLiteral("data")][QStringLiteral("roles")]),
                     QStringList{QStringLiteral("admin")});
        }
    }
    QVERIFY(told);
}

void TestEngineGroupRoles::defaultRoleFollowsSettings()
{
    QCOMPARE(assign(m_d, {}).status, 200);
    QCOMPARE(rolesOf(m_d, m_alice), QStringList{QStringLiteral("member")});
    QCOMPARE(
        m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), R"({"default_member_role":"billing_admin"})")
            .status,
        200);
    QCOMPARE(rolesOf(m_d, m_alice), QStringList{QStringLiteral("billing_admin")});
    const HttpReply r = m_h.api("GET", base(m_d) + QStringLiteral("/users/") + m_alice + QStringLiteral("/roles"));
    QCOMPARE(r.json()[QStringLiteral("roles")][0][QStringLiteral("source")].toString(), QStringLiteral("DEFAULT"));
    QCOMPARE(
        m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), R"({"default_member_role":"member"})").status,
        200);
}

// Changing the default role tells exactly the users on the default role (none of whose groups is mapped),
// with their new roles; users with group roles and a no-op change are not told.
void TestEngineGroupRoles::defaultRoleChangeNotifies()
{
    QCOMPARE(assign(m_d, {{m_admins, QStringLiteral("admin")}}).status, 200);
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("member")});
    const auto told = [&](qint64 mark) {
        QHash<QString, QStringList> out; // user → roles in its user_updated event
        for (const Event& e : eventsSince(mark)) {
            if (e.type == QStringLiteral("organization.directory.user_updated")) {
                out.insert(e.objectId, roleNames(e.envelope[QStringLiteral("data")][QStringLiteral("roles")]));
            }
        }
        return out;
    };
    qint64 mark = lastEventSeq();
    const QByteArray toBilling = R"({"default_member_role":"billing_admin"})";
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), toBilling).status, 200);
    QHash<QString, QStringList> updated = told(mark);
    QCOMPARE(updated.value(m_carol), QStringList{QStringLiteral("billing_admin")});
    QVERIFY(!updated.contains(m_alice));
    QVERIFY(!updated.contains(m_bob));
    QCOMPARE(rolesOf(m_d, m_carol), QStringList{QStringLiteral("billing_admin")});
    // The same default again changes nobody's roles: no user_updated.
    mark = lastEventSeq();
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/roles/default"), toBilling).status, 200);
    QVERIFY(told(mark).isEmpty());
    // Back to member through the other path.
    mark = lastEventSeq();
    const QByteArray toMember = R"({"default_member_role":"member"})";
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/roles/default"), toMember).status, 200);
    updated = told(mark);
    QCOMPARE(updated.value(m_carol), QStringList{QStringLiteral("member")});
    QVERIFY(!updated.contains(m_alice));
    // An unknown role changes nothing (rolled back): no event at all.
    mark = lastEventSeq();
    const QByteArray unknown = R"({"default_member_role":"no_such_role"})";
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/roles:set_defaults"), unknown).status, 400);
    QVERIFY(eventsSince(mark).isEmpty());
    QCOMPARE(assign(m_d, {}).status, 200);
}

// SCIM stores group-in-group membership: a mapped group's roles pass to the members of its member groups at
// any depth, recomputed (with user_updated) when a group joins or leaves a group, on a mapping edit and when
// the group is deleted; a membership cycle does not loop.
void TestEngineGroupRoles::nestedGroupsPassRoles()
{
    const QString gina = m_c.createUser(m_d, QStringLiteral("gina@example.com"));
    const QString platform = m_c.createGroup(m_d, QStringLiteral("Platform"), {gina});
    const QString engineering = m_c.createGroup(m_d, QStringLiteral("Engineering"), {platform});
    const QString everyone = m_c.createGroup(m_d, QStringLiteral("Everyone"), {engineering});
    QVERIFY(!gina.isEmpty() && !platform.isEmpty() && !engineering.isEmpty() && !everyone.isEmpty());
    QCOMPARE(rolesOf(m_d, gina), QStringList{QStringLiteral("member")});
    const auto isSuccess = [](int status) {
        return status == 200 || status == 204;
    };
    const auto updatedRoles = [&](qint64 mark, const QString& user) {
        QStringList out{QStringLiteral("(no user_updated)")};
        for (const Event& e : eventsSince(mark)) {
            if (e.type == QStringLiteral("organization.directory.user_updated") && e.objectId == user) {
                out = roleNames(e.envelope[QStringLiteral("data")][QStringLiteral("roles")]);
            }
        }
        return out;
    };
    // A mapping edit reaches members two levels down.
    qint64 mark = lastEventSeq();
    QCOMPARE(assign(m_d, {{everyone, QStringLiteral("billing_admin")}}).status, 200);
    QCOMPARE(rolesOf(m_d, gina), QStringList{QStringLiteral("billing_admin")});
    QCOMPARE(updatedRoles(mark, gina), QStringList{QStringLiteral("billing_admin")});
    const HttpReply why = m_h.api("GET", base(m_d) + QStringLiteral("/users/") + gina + QStringLiteral("/roles"));
    QCOMPARE(why.status, 200);
    const QJsonObject first = why.json()[QStringLiteral("roles")][0].toObject();
    QCOMPARE(first[QStringLiteral("source")].toString(), QStringLiteral("GROUP"));
    QCOMPARE(first[QStringLiteral("groups")][0][QStringLiteral("id")].toString(), everyone);
    QCOMPARE(first[QStringLiteral("groups")][0][QStringLiteral("display_name")].toString(), QStringLiteral("Everyone"));
    // Platform leaves Engineering: gina loses the role and is told.
    const QString removePlatform = patchFixture(
        QStringLiteral("entra/08_update_group_remove_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"),
        platform);
    mark = lastEventSeq();
    QVERIFY(
        isSuccess(m_c.call(m_d, "PATCH", QStringLiteral("/Groups/") + engineering, removePlatform.toUtf8()).status));
    QCOMPARE(rolesOf(m_d, gina), QStringList{QStringLiteral("member")});
    QCOMPARE(updatedRoles(mark, gina), QStringList{QStringLiteral("member")});
    // And joins again (Entra's Add members), with a cycle Everyone ⊂ Platform on top.
    const QString addPlatform = patchFixture(
        QStringLiteral("entra/07_update_group_add_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"), platform);
    mark = lastEventSeq();
    QVERIFY(isSuccess(m_c.call(m_d, "PATCH", QStringLiteral("/Groups/") + engineering, addPlatform.toUtf8()).status));
    QCOMPARE(updatedRoles(mark, gina), QStringList{QStringLiteral("billing_admin")});
    const QString addEveryone = patchFixture(
        QStringLiteral("entra/07_update_group_add_members_request.PATCH_Groups_a99962b9f99d4c4fac67.json"), everyone);
    QVERIFY(isSuccess(m_c.call(m_d, "PATCH", QStringLiteral("/Groups/") + platform, addEveryone.toUtf8()).status));
    QCOMPARE(assign(m_d, {{everyone, QStringLiteral("billing_admin")}, {platform, QStringLiteral("admin")}}).status,
             200);
    const QStringList both{QStringLiteral("admin"), QStringLiteral("billing_admin")};
    QCOMPARE(rolesOf(m_d, gina), both);
    // Deleting the middle group cuts gina off from Everyone's role (Platform's own role stays).
    mark = lastEventSeq();
    QCOMPARE(m_c.call(m_d, "DELETE", QStringLiteral("/Groups/") + engineering).status, 204);
    QCOMPARE(rolesOf(m_d, gina), QStringList{QStringLiteral("admin")});
    QCOMPARE(updatedRoles(mark, gina), QStringList{QStringLiteral("admin")});
    // Everyone is now only a member of Platform, not above it: deleting it changes nothing for gina.
    mark = lastEventSeq();
    QCOMPARE(m_c.call(m_d, "DELETE", QStringLiteral("/Groups/") + everyone).status, 204);
    QCOMPARE(updatedRoles(mark, gina), QStringList{QStringLiteral("(no user_updated)")});
    QCOMPARE(assign(m_d, {}).status, 200);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineGroupRoles)
#include "TestEngineGroupRoles.moc"
