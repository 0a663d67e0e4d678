#include "engine/api/GroupRoleRules.h"

#include <QSet>

namespace gatehouse::engine {

QList<GroupRoleRules::Granted> GroupRoleRules::fromGroups(const QStringList& userGroups,
                                                          const QList<QPair<QString, QString>>& mapping)
{
    const QSet<QString> member(userGroups.begin(), userGroups.end());
    QList<Granted> out;
    for (const auto& [groupId, roleId] : mapping) {
        if (!member.contains(groupId)) {
            continue;
        }
        auto it = std::find_if(out.begin(), out.end(), [&](const Granted& g) { return g.roleId == roleId; });
        if (it == out.end()) {
            out.append({roleId, {}});
            it = std::prev(out.end());
        }
        if (!it->groupIds.contains(groupId)) {
            it->groupIds.append(groupId);
        }
    }
    for (Granted& g : out) {
        std::sort(g.groupIds.begin(), g.groupIds.end(), [&](const QString& a, const QString& b) {
            return userGroups.indexOf(a) < userGroups.indexOf(b);
        });
    }
    return out;
}

QString GroupRoleRules::defaultRoleId(const QList<RoleRow>& roles)
{
    for (const RoleRow& r : roles) {
        if (r.defaultMember) {
            return r.id;
        }
    }
    return roles.isEmpty() ? QString() : roles.first().id;
}

QStringList GroupRoleRules::effective(const QList<Granted>& granted, const QString& defaultRoleId)
{
    QStringList out;
    for (const Granted& g : granted) {
        out << g.roleId;
    }
    if (out.isEmpty() && !defaultRoleId.isEmpty()) {
        out << defaultRoleId;
    }
    return out;
}

} // namespace gatehouse::engine
