// The group-to-role rules (docs: "Group-based role assignment"), table-driven, without storage.
#include "engine/api/GroupRoleRules.h"

#include <QTest>

using namespace gatehouse::engine;

using Pairs = QList<QPair<QString, QString>>;
using RoleRows = QList<GroupRoleRules::RoleRow>;

class TestGroupRoleRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveRoles_data();
    void effectiveRoles();
    void grantingGroups();
    void defaultRole_data();
    void defaultRole();
};

void TestGroupRoleRules::effectiveRoles_data()
{
    QTest::addColumn<QStringList>("userGroups");
    QTest::addColumn<Pairs>("mapping");
    QTest::addColumn<QString>("defaultRole");
    QTest::addColumn<QStringList>("expected");

    const Pairs mapping{{QStringLiteral("g_admins"), QStringLiteral("admin")},
                        {QStringLiteral("g_billing"), QStringLiteral("billing")},
                        {QStringLiteral("g_ops"), QStringLiteral("admin")},
                        {QStringLiteral("g_ops"), QStringLiteral("operator")}};
    const QString member = QStringLiteral("member");
    QTest::newRow("no groups: default") << QStringList() << mapping << member << QStringList{member};
    QTest::newRow("unmapped groups only: default")
        << QStringList{QStringLiteral("g_other")} << mapping << member << QStringList{member};
    QTest::newRow("one mapped group") << QStringList{QStringLiteral("g_billing")} << mapping << member
                                      << QStringList{QStringLiteral("billing")};
    QTest::newRow("mapped group replaces the default")
        << QStringList{QStringLiteral("g_other"), QStringLiteral("g_admins")} << mapping << member
        << QStringList{QStringLiteral("admin")};
    QTest::newRow("several groups: all their roles, in mapping order")
        << QStringList{QStringLiteral("g_billing"), QStringLiteral("g_admins")} << mapping << member
        << QStringList{QStringLiteral("admin"), QStringLiteral("billing")};
    QTest::newRow("one group, two roles") << QStringList{QStringLiteral("g_ops")} << mapping << member
                                          << QStringList{QStringLiteral("admin"), QStringLiteral("operator")};
    QTest::newRow("a role granted twice appears once")
        << QStringList{QStringLiteral("g_ops"), QStringLiteral("g_admins")} << mapping << member
        << QStringList{QStringLiteral("admin"), QStringLiteral("operator")};
    QTest::newRow("no roles at all: nothing") << QStringList() << Pairs() << QString() << QStringList();
    QTest::newRow("empty mapping: default")
        << QStringList{QStringLiteral("g_admins")} << Pairs() << member << QStringList{member};
}

void TestGroupRoleRules::effectiveRoles()
{
    QFETCH(QStringList, userGroups);
    QFETCH(Pairs, mapping);
    QFETCH(QString, defaultRole);
    QFETCH(QStringList, expected);
    QCOMPARE(GroupRoleRules::effective(GroupRoleRules::fromGroups(userGroups, mapping), defaultRole), expected);
}

void TestGroupRoleRules::grantingGroups()
{
    const Pairs mapping{{QStringLiteral("g_ops"), QStringLiteral("admin")},
                        {QStringLiteral("g_admins"), QStringLiteral("admin")}};
    // Groups are listed in the user's group order, whatever the mapping order.
    const auto granted =
        GroupRoleRules::fromGroups({QStringLiteral("g_admins"), QStringLiteral("x"), QStringLiteral("g_ops")}, mapping);
    QCOMPARE(granted.size(), 1);
    QCOMPARE(granted.first().roleId, QStringLiteral("admin"));
    const QStringList expected{QStringLiteral("g_admins"), QStringLiteral("g_ops")};
    QCOMPARE(granted.first().groupIds, expected);
}

void TestGroupRoleRules::defaultRole_data()
{
    QTest::addColumn<RoleRows>("roles");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << RoleRows() << QString();
    QTest::newRow("first role when none is marked")
        << RoleRows{{QStringLiteral("viewer"), false}, {QStringLiteral("admin"), false}} << QStringLiteral("viewer");
    QTest::newRow("the marked default member role")
        << RoleRows{{QStringLiteral("viewer"), false}, {QStringLiteral("member"), true}} << QStringLiteral("member");
}

void TestGroupRoleRules::defaultRole()
{
    QFETCH(RoleRows, roles);
    QFETCH(QString, expected);
    QCOMPARE(GroupRoleRules::defaultRoleId(roles), expected);
}

QTEST_GUILESS_MAIN(TestGroupRoleRules)
#include "TestGroupRoleRules.moc"
