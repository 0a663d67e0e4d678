#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gatehouse::engine {

// The group-to-role rules of the docs ("Group-based role assignment"), without storage:
// - a user in mapped groups gets every role mapped to any of them (each role once, with the groups that
//   grant it, in mapping order);
// - a user in no mapped group gets the default role: the environment's default member role, or the first
//   role when none is marked (no role at all: no roles).
class GroupRoleRules
{
public:
    struct Granted
    {
        QString roleId;
        QStringList groupIds; // in the user's group order

        bool operator==(const Granted&) const = default;
    };

    struct RoleRow
    {
        QString id;
        bool defaultMember = false;
    };

    // `mapping`: (group id, role id) pairs in mapping order; `userGroups`: the user's groups.
    static QList<Granted> fromGroups(const QStringList& userGroups, const QList<QPair<QString, QString>>& mapping);
    // `roles` in creation order.
    static QString defaultRoleId(const QList<RoleRow>& roles);
    // The role ids the user ends up with: the granted ones, or the default one.
    static QStringList effective(const QList<Granted>& granted, const QString& defaultRoleId);
};

} // namespace gatehouse::engine
