#include "engine/scim/ScimService.h"

#include "engine/EngineContext.h"
#include "engine/api/AuditLog.h"
#include "engine/api/PendingGroupRoles.h"
#include "engine/api/RoleMapping.h"
#include "engine/scim/ScimError.h"
#include "engine/scim/ScimPatch.h"
#include "engine/scim/ScimRepresentation.h"
#include "engine/scim/ScimResource.h"
#include "engine/scim/ScimSchema.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QSet>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

constexpr int kWriteAttempts = 3;

QString noun(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"User"_s : u"Group"_s;
}

QJsonObject withoutPassword(QJsonObject body)
{
    for (const QString& key : body.keys()) {
        if (key.compare(u"password"_s, Qt::CaseInsensitive) == 0) {
            body.remove(key);
        }
    }
    return body;
}

QStringList memberIds(const QJsonArray& items)
{
    QStringList out;
    for (const QJsonValue& v : items) {
        out << v.toObject().value(u"value"_s).toString();
    }
    return out;
}

} // namespace

ScimService::ScimService(EngineContext& context)
    : m_context(context)
{}

QString ScimService::scimBase(const QString& directoryId) const
{
    return m_context.baseUrl + u"/directory/"_s + directoryId + u"/scim/v2"_s;
}

bool ScimService::etagMatches(const QString& header, qint64 version)
{
    const QString current = QString::number(version);
    for (QString tag : header.split(u',')) {
        tag = tag.trimmed();
        if (tag == u"*"_s) {
            return true;
        }
        if (tag.startsWith(u"W/"_s)) {
            tag = tag.mid(2);
        }
        if (tag.size() >= 2 && tag.startsWith(u'"') && tag.endsWith(u'"')) {
            tag = tag.mid(1, tag.size() - 2);
        }
        if (tag == current) {
            return true;
        }
    }
    return false;
}

ScimOutcome
ScimService::outcome(ResourceKind kind, const ScimRecord& record, const QList<MemberRef>& related, int status) const
{
    ScimOutcome out;
    out.status = status;
    out.body = ScimRepresentation::full(kind, record, scimBase(record.directoryId), &related);
    out.version = record.version;
    out.location = out.body.value(u"meta"_s).toObject().value(u"location"_s).toString();
    return out;
}

core::Result<ScimRecord> ScimService::load(
    const QSqlDatabase& db, ResourceKind kind, const ScimCaller& caller, const QString& id, bool forUpdate)
{
    if (!core::IdGenerator::isValid(id, kind == ResourceKind::User ? u"diruser" : u"dirgroup")) {
        return ScimError::notFound(u"%1 %2 not found"_s.arg(noun(kind), id.left(64)));
    }
    auto found = ScimStore::find(db, kind, caller.directoryId, id, forUpdate);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return ScimError::notFound(u"%1 %2 not found"_s.arg(noun(kind), id));
    }
    return *found.value();
}

core::Result<QList<MemberRef>> ScimService::related(const QSqlDatabase& db, ResourceKind kind, const QString& id)
{
    auto found = kind == ResourceKind::User ? ScimStore::groupsOf(db, {id}) : ScimStore::members(db, {id});
    if (!found.ok()) {
        return found.error();
    }
    return found.value().value(id);
}

core::Result<void> ScimService::checkUnique(const QSqlDatabase& db,
                                            const ScimCaller& caller,
                                            const QJsonObject& resource,
                                            const QString& selfId)
{
    auto existing = ScimStore::findUserByName(db, caller.directoryId, resource.value(u"userName"_s).toString());
    if (!existing.ok()) {
        return existing.error();
    }
    if (existing.value() && *existing.value() != selfId) {
        return takenUserName(resource);
    }
    return {};
}

core::Error ScimService::takenUserName(const QJsonObject& resource)
{
    return ScimError::uniqueness(u"userName '%1' is already taken"_s.arg(resource.value(u"userName"_s).toString()));
}

core::Result<void> ScimService::recordEvent(const QSqlDatabase& db,
                                            ResourceKind kind,
                                            const QString& verb,
                                            const ScimCaller& caller,
                                            const ScimRecord& record,
                                            const QJsonObject& extra,
                                            const QJsonObject* ungrouped)
{
    QJsonObject data;
    if (kind == ResourceKind::User) {
        if (verb == u"deleted"_s) {
            data = {{u"id"_s, record.id},
                    {u"organization_id"_s, record.organizationId},
                    {u"dp_id"_s, record.resource.value(u"externalId"_s)},
                    {u"email"_s, ScimRepresentation::directoryUser(record, {}, {}).value(u"email"_s)}};
        } else {
            auto payload = ungrouped ? RoleMapping::ungroupedUserPayload(db, record.directoryId, *ungrouped)
                                     : RoleMapping::userPayload(db, record, caller.mappings);
            if (!payload.ok()) {
                return payload.error();
            }
            data = payload.value();
        }
    } else {
        data = ScimRepresentation::directoryGroup(record, 0);
        data.remove(u"total_users"_s);
        data.remove(u"updated_at"_s);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        data.insert(it.key(), it.value());
    }
    const QString type =
        u"organization.directory.%1_%2"_s.arg(kind == ResourceKind::User ? u"user"_s : u"group"_s, verb);
    auto recorded = m_context.audit.record(
        db, {type, caller.actor, caller.organizationId, u"Directory"_s + noun(kind), record.id, data});
    if (!recorded.ok()) {
        return recorded;
    }
    return ScimStore::touchDirectory(db, caller.directoryId, m_context.clock.now().toMSecsSinceEpoch());
}

core::Result<void> ScimService::applyRoles(const QSqlDatabase& db, const ScimCaller& caller, const QStringList& userIds)
{
    // Members joined or left groups: their group roles change; each user whose effective roles changed gets
    // an organization.directory.user_updated event carrying the new roles.
    auto changed = RoleMapping::recompute(db, caller.directoryId, userIds);
    if (!changed.ok()) {
        return changed.error();
    }
    return RoleMapping::notify(db, m_context.audit, caller.actor, caller.directoryId, changed.value());
}

core::Result<void> ScimService::claimPendingRoles(const QSqlDatabase& db,
                                                  const ScimCaller& caller,
                                                  const ScimRecord& group,
                                                  QStringList& affected)
{
    auto claimed = PendingGroupRoles::claim(db,
                                            caller.directoryId,
                                            group.id,
                                            group.resource.value(u"displayName"_s).toString(),
                                            group.resource.value(u"externalId"_s).toString(),
                                            m_context.ids,
                                            m_context.clock.now().toMSecsSinceEpoch());
    if (!claimed.ok()) {
        return claimed.error();
    }
    if (claimed.value() && !affected.contains(group.id)) {
        affected.append(group.id);
    }
    return {};
}

QStringList ScimService::membersChanged(const QJsonObject& changes)
{
    QStringList out;
    for (const QString& key : {u"members_added"_s, u"members_removed"_s}) {
        for (const QJsonValue& v : changes.value(key).toArray()) {
            out << v.toString();
        }
    }
    return out;
}

core::Result<QJsonObject> ScimService::syncMembers(const QSqlDatabase& db,
                                                   const ScimCaller& caller,
                                                   const QString& groupId,
                                                   const QStringList& before,
                                                   const QJsonArray& after)
{
    const QStringList afterIds = memberIds(after);
    const QSet<QString> beforeSet(before.begin(), before.end());
    const QSet<QString> afterSet(afterIds.begin(), afterIds.end());
    QStringList added;
    for (const QString& id : afterIds) {
        if (id.isEmpty()) {
            return ScimError::invalidValue(u"every member needs a 'value'"_s);
        }
        if (!core::IdGenerator::isValid(id, u"diruser") && !core::IdGenerator::isValid(id, u"dirgroup")) {
            return ScimError::invalidValue(u"member '%1' is not a user or group of this directory"_s.arg(id.left(64)));
        }
        if (id == groupId) {
            return ScimError::invalidValue(u"a group cannot be a member of itself"_s);
        }
        if (!beforeSet.contains(id) && !added.contains(id)) {
            added << id;
        }
    }
    auto known = ScimStore::existing(db, caller.directoryId, added);
    if (!known.ok()) {
        return known.error();
    }
    for (const QString& id : std::as_const(added)) {
        if (!known.value().contains(id)) {
            return ScimError::invalidValue(u"member '%1' is not a user or group of this directory"_s.arg(id));
        }
        if (auto done = ScimStore::addMember(db,
                                             caller.directoryId,
                                             groupId,
                                             {id, known.value().value(id), {}},
                                             static_cast<qint64>(m_context.ids.nextNumber()));
            !done.ok()) {
            return done.error();
        }
    }
    QStringList removed;
    for (const QString& id : before) {
        if (!afterSet.contains(id)) {
            removed << id;
            if (auto done = ScimStore::removeMember(db, groupId, id); !done.ok()) {
                return done.error();
            }
        }
    }
    if (added.isEmpty() && removed.isEmpty()) {
        return QJsonObject();
    }
    return QJsonObject{{u"members_added"_s, QJsonArray::fromStringList(added)},
                       {u"members_removed"_s, QJsonArray::fromStringList(removed)}};
}

core::Result<QJsonObject> ScimService::applyMemberChanges(const QSqlDatabase& db,
                                                          const ScimCaller& caller,
                                                          const QString& groupId,
                                                          const QList<ScimPatch::MemberChange>& changes)
{
    QHash<QString, bool> wanted; // id → member after the request (the last operation naming it wins)
    QStringList order;
    for (const ScimPatch::MemberChange& change : changes) {
        if (!wanted.contains(change.id)) {
            order << change.id;
        }
        wanted.insert(change.id, change.add);
    }
    for (const QString& id : std::as_const(order)) {
        if (!wanted.value(id)) {
            continue;
        }
        if (id.isEmpty()) {
            return ScimError::invalidValue(u"every member needs a 'value'"_s);
        }
        if (!core::IdGenerator::isValid(id, u"diruser") && !core::IdGenerator::isValid(id, u"dirgroup")) {
            return ScimError::invalidValue(u"member '%1' is not a user or group of this directory"_s.arg(id.left(64)));
        }
        if (id == groupId) {
            return ScimError::invalidValue(u"a group cannot be a member of itself"_s);
        }
    }
    auto current = ScimStore::membersAmong(db, groupId, order);
    if (!current.ok()) {
        return current.error();
    }
    QStringList added;
    QStringList removed;
    for (const QString& id : std::as_const(order)) {
        const bool member = current.value().contains(id);
        if (wanted.value(id) && !member) {
            added << id;
        } else if (!wanted.value(id) && member) {
            removed << id;
        }
    }
    auto known = ScimStore::existing(db, caller.directoryId, added);
    if (!known.ok()) {
        return known.error();
    }
    QList<MemberRef> rows;
    QList<qint64> seqs;
    for (const QString& id : std::as_const(added)) {
        if (!known.value().contains(id)) {
            return ScimError::invalidValue(u"member '%1' is not a user or group of this directory"_s.arg(id));
        }
        rows.append({id, known.value().value(id), {}});
        seqs.append(static_cast<qint64>(m_context.ids.nextNumber()));
    }
    if (auto done = ScimStore::addMembers(db, caller.directoryId, groupId, rows, seqs); !done.ok()) {
        return done.error();
    }
    if (auto done = ScimStore::removeMembers(db, groupId, removed); !done.ok()) {
        return done.error();
    }
    if (added.isEmpty() && removed.isEmpty()) {
        return QJsonObject();
    }
    return QJsonObject{{u"members_added"_s, QJsonArray::fromStringList(added)},
                       {u"members_removed"_s, QJsonArray::fromStringList(removed)}};
}

core::Result<void> ScimService::addUserToGroups(const QSqlDatabase& db,
                                                const ScimCaller& caller,
                                                const QString& userId,
                                                const QJsonValue& groups)
{
    // Okta (some configurations) sends memberships in the user body: applied additively.
    for (const QJsonValue& g : groups.toArray()) {
        const QString groupId = g.isObject() ? g.toObject().value(u"value"_s).toString() : g.toString();
        if (!core::IdGenerator::isValid(groupId, u"dirgroup")) {
            return ScimError::invalidValue(u"group '%1' is not a group of this directory"_s.arg(groupId.left(64)));
        }
        auto group = ScimStore::find(db, ResourceKind::Group, caller.directoryId, groupId);
        if (!group.ok()) {
            return group.error();
        }
        if (!group.value()) {
            return ScimError::invalidValue(u"group '%1' is not a group of this directory"_s.arg(groupId));
        }
        if (auto done = ScimStore::addMember(db,
                                             caller.directoryId,
                                             groupId,
                                             {userId, u"User"_s, {}},
                                             static_cast<qint64>(m_context.ids.nextNumber()));
            !done.ok()) {
            return done;
        }
    }
    return {};
}

core::Result<ScimOutcome>
ScimService::writeRetrying(const std::function<core::Result<ScimOutcome>(const QSqlDatabase&)>& work)
{
    for (int attempt = 1;; ++attempt) {
        ScimOutcome result;
        auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
            auto done = work(db);
            if (!done.ok()) {
                return done.error();
            }
            result = done.value();
            return {};
        });
        if (written.ok()) {
            return result;
        }
        if (Sql::isUniqueViolation(written.error())) {
            return ScimError::uniqueness(u"a resource with these unique attributes already exists"_s);
        }
        if (written.error().code != u"conflict"_s || attempt == kWriteAttempts) {
            return written.error().code == u"conflict"_s
                       ? ScimError::make(409, QString(), u"the resource is being changed concurrently"_s)
                       : written.error();
        }
    }
}

core::Result<ScimOutcome> ScimService::create(ResourceKind kind, const ScimCaller& caller, const QJsonObject& body)
{
    auto canonical = ScimResource::fromInput(body, caller.type(kind));
    if (!canonical.ok()) {
        return canonical.error();
    }
    ScimRecord record;
    record.id = m_context.ids.next(kind == ResourceKind::User ? u"diruser" : u"dirgroup");
    record.seq = record.id.mid(record.id.indexOf(u'_') + 1).toLongLong();
    record.directoryId = caller.directoryId;
    record.organizationId = caller.organizationId;
    record.resource = canonical.value();
    if (kind == ResourceKind::User && !record.resource.contains(u"active"_s)) {
        record.resource.insert(u"active"_s, true); // users are active unless the IdP says otherwise
    }
    const QJsonArray members = record.resource.take(u"members"_s).toArray();
    record.raw = withoutPassword(body);
    record.createdAt = record.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    // A new user that joins no group (the usual POST /Users) has no memberships and no group roles: its role
    // recomputation, its groups and the payload's role lookup are known without reading them.
    const bool alone = kind == ResourceKind::User && body.value(u"groups"_s).toArray().isEmpty();
    // What depends on the request alone is built before the write: concurrent writers queue for the writer turn
    // (Database::write), so whatever runs while holding it delays every one of them. The row's values and JSON
    // texts, and for a user alone its event payload (but its role) and the answer.
    const ScimStore::InsertRow row = ScimStore::insertRow(kind, record);
    const QJsonObject ungrouped =
        alone ? ScimRepresentation::directoryUser(record, {}, caller.mappings) : QJsonObject();
    const std::optional<ScimOutcome> answer = alone ? std::optional(outcome(kind, record, {}, 201)) : std::nullopt;
    return writeRetrying([&](const QSqlDatabase& db) -> core::Result<ScimOutcome> {
        // A taken userName is found by the insert itself (the unique index on directory_id, user_name_key; the
        // generated id is the users' only other unique column), not by a lookup before it: one statement less
        // on every provisioning request. The failed insert changed nothing; the transaction is rolled back.
        if (auto inserted = ScimStore::insert(db, row); !inserted.ok()) {
            if (kind == ResourceKind::User && Sql::isUniqueViolation(inserted.error())) {
                return takenUserName(record.resource);
            }
            return inserted.error();
        }
        QStringList joined;
        if (kind == ResourceKind::Group) {
            auto synced = syncMembers(db, caller, record.id, {}, members);
            if (!synced.ok()) {
                return synced.error();
            }
            joined = membersChanged(synced.value());
            if (auto claimed = claimPendingRoles(db, caller, record, joined); !claimed.ok()) {
                return claimed.error();
            }
        } else if (!alone) {
            if (auto added = addUserToGroups(db, caller, record.id, body.value(u"groups"_s)); !added.ok()) {
                return added.error();
            }
            if (auto roles = RoleMapping::recompute(db, caller.directoryId, {record.id}); !roles.ok()) {
                return roles.error();
            }
        }
        if (auto recorded = recordEvent(db, kind, u"created"_s, caller, record, {}, alone ? &ungrouped : nullptr);
            !recorded.ok()) {
            return recorded.error();
        }
        if (auto roles = applyRoles(db, caller, joined); !roles.ok()) {
            return roles.error();
        }
        if (answer) {
            return *answer;
        }
        auto rel = related(db, kind, record.id);
        if (!rel.ok()) {
            return rel.error();
        }
        return outcome(kind, record, rel.value(), 201);
    });
}

core::Result<ScimOutcome> ScimService::replace(
    ResourceKind kind, const ScimCaller& caller, const QString& id, const QJsonObject& body, const QString& ifMatch)
{
    auto canonical = ScimResource::fromInput(body, caller.type(kind));
    if (!canonical.ok()) {
        return canonical.error();
    }
    return writeRetrying([&](const QSqlDatabase& db) -> core::Result<ScimOutcome> {
        auto current = load(db, kind, caller, id, true);
        if (!current.ok()) {
            return current.error();
        }
        ScimRecord record = current.value();
        if (!ifMatch.isEmpty() && !etagMatches(ifMatch, record.version)) {
            return ScimError::make(412, QString(), u"If-Match does not match the current version"_s);
        }
        QJsonObject resource = canonical.value();
        if (kind == ResourceKind::User && !resource.contains(u"active"_s)) {
            resource.insert(u"active"_s, true);
        }
        const QJsonArray members = resource.take(u"members"_s).toArray();
        if (kind == ResourceKind::User) {
            if (auto unique = checkUnique(db, caller, resource, id); !unique.ok()) {
                return unique.error();
            }
        }
        QJsonObject changes;
        if (kind == ResourceKind::Group) {
            auto before = related(db, kind, id);
            if (!before.ok()) {
                return before.error();
            }
            QStringList ids;
            for (const MemberRef& m : before.value()) {
                ids << m.id;
            }
            auto synced = syncMembers(db, caller, id, ids, members);
            if (!synced.ok()) {
                return synced.error();
            }
            changes = synced.value();
        } else if (auto joined = addUserToGroups(db, caller, id, body.value(u"groups"_s)); !joined.ok()) {
            return joined.error();
        } else if (auto roles = RoleMapping::recompute(db, caller.directoryId, {id}); !roles.ok()) {
            return roles.error();
        }
        const qint64 expected = record.version;
        record.resource = resource;
        record.raw = withoutPassword(body);
        record.version += 1;
        record.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = ScimStore::update(db, kind, record, expected); !updated.ok()) {
            return updated.error();
        }
        if (auto recorded = recordEvent(db, kind, u"updated"_s, caller, record, changes); !recorded.ok()) {
            return recorded.error();
        }
        QStringList affected = membersChanged(changes);
        if (kind == ResourceKind::Group) {
            if (auto claimed = claimPendingRoles(db, caller, record, affected); !claimed.ok()) {
                return claimed.error();
            }
        }
        if (auto roles = applyRoles(db, caller, affected); !roles.ok()) {
            return roles.error();
        }
        auto rel = related(db, kind, id);
        if (!rel.ok()) {
            return rel.error();
        }
        return outcome(kind, record, rel.value(), 200);
    });
}

core::Result<ScimOutcome> ScimService::patch(ResourceKind kind,
                                             const ScimCaller& caller,
                                             const QString& id,
                                             const QJsonObject& body,
                                             const QString& ifMatch,
                                             bool withBody)
{
    auto operations = ScimPatch::parseRequest(body);
    if (!operations.ok()) {
        return operations.error();
    }
    // Member adds and removes of a group are set operations on the ids named, without reading the member list.
    QList<ScimPatch::Operation> others;
    QList<ScimPatch::MemberChange> memberChanges;
    bool byDelta = false;
    if (kind == ResourceKind::Group) {
        auto split = ScimPatch::splitMembers(operations.value(), caller.type(kind), others, memberChanges);
        if (!split.ok()) {
            return split.error();
        }
        byDelta = split.value();
    }
    return writeRetrying([&](const QSqlDatabase& db) -> core::Result<ScimOutcome> {
        auto current = load(db, kind, caller, id, true);
        if (!current.ok()) {
            return current.error();
        }
        ScimRecord record = current.value();
        if (!ifMatch.isEmpty() && !etagMatches(ifMatch, record.version)) {
            return ScimError::make(412, QString(), u"If-Match does not match the current version"_s);
        }
        QJsonObject working = record.resource;
        QStringList before;
        if (byDelta) {
            if (auto applied = ScimPatch::apply(working, caller.type(kind), others, id); !applied.ok()) {
                return applied.error();
            }
        } else if (kind == ResourceKind::Group) {
            auto rel = ScimStore::memberIds(db, id);
            if (!rel.ok()) {
                return rel.error();
            }
            QJsonArray items;
            for (const MemberRef& m : rel.value()) {
                before << m.id;
                items.append(QJsonObject{{u"value"_s, m.id}, {u"type"_s, m.type}});
            }
            if (!items.isEmpty()) {
                working.insert(u"members"_s, items);
            }
        }
        if (!byDelta) {
            if (auto applied = ScimPatch::apply(working, caller.type(kind), operations.value(), id); !applied.ok()) {
                return applied.error();
            }
        }
        QJsonObject changes;
        if (byDelta) {
            auto applied = applyMemberChanges(db, caller, id, memberChanges);
            if (!applied.ok()) {
                return applied.error();
            }
            changes = applied.value();
        } else if (kind == ResourceKind::Group) {
            auto synced = syncMembers(db, caller, id, before, working.take(u"members"_s).toArray());
            if (!synced.ok()) {
                return synced.error();
            }
            changes = synced.value();
        } else if (auto unique = checkUnique(db, caller, working, id); !unique.ok()) {
            return unique.error();
        }
        const bool changed = working != record.resource || !changes.isEmpty();
        if (changed) {
            const qint64 expected = record.version;
            record.resource = working;
            record.version += 1;
            record.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
            if (auto updated = ScimStore::update(db, kind, record, expected); !updated.ok()) {
                return updated.error();
            }
            if (auto recorded = recordEvent(db, kind, u"updated"_s, caller, record, changes); !recorded.ok()) {
                return recorded.error();
            }
            QStringList affected = membersChanged(changes);
            if (kind == ResourceKind::Group) {
                if (auto claimed = claimPendingRoles(db, caller, record, affected); !claimed.ok()) {
                    return claimed.error();
                }
            }
            if (auto roles = applyRoles(db, caller, affected); !roles.ok()) {
                return roles.error();
            }
        }
        if (!withBody) {
            ScimOutcome done;
            done.status = 204;
            done.noBody = true;
            done.version = record.version;
            return done;
        }
        auto rel = related(db, kind, id);
        if (!rel.ok()) {
            return rel.error();
        }
        return outcome(kind, record, rel.value(), 200);
    });
}

core::Result<ScimOutcome>
ScimService::remove(ResourceKind kind, const ScimCaller& caller, const QString& id, const QString& ifMatch)
{
    return writeRetrying([&](const QSqlDatabase& db) -> core::Result<ScimOutcome> {
        auto current = load(db, kind, caller, id, true);
        if (!current.ok()) {
            return current.error();
        }
        if (!ifMatch.isEmpty() && !etagMatches(ifMatch, current.value().version)) {
            return ScimError::make(412, QString(), u"If-Match does not match the current version"_s);
        }
        if (auto gone = ScimStore::removeMemberships(db, id); !gone.ok()) {
            return gone.error();
        }
        QStringList formerMembers;
        if (kind == ResourceKind::Group) {
            auto members = RoleMapping::usersOfGroups(db, {id});
            if (!members.ok()) {
                return members.error();
            }
            formerMembers = members.value();
            if (auto gone = ScimStore::removeAllMembers(db, id); !gone.ok()) {
                return gone.error();
            }
        }
        if (auto recorded = recordEvent(db, kind, u"deleted"_s, caller, current.value()); !recorded.ok()) {
            return recorded.error();
        }
        if (auto removed = ScimStore::remove(db, kind, caller.directoryId, id); !removed.ok()) {
            return removed.error();
        }
        if (auto roles = applyRoles(db, caller, formerMembers); !roles.ok()) { // the group's mapping is gone too
            return roles.error();
        }
        ScimOutcome out;
        out.status = 204;
        out.noBody = true;
        return out;
    });
}

core::Result<ScimOutcome>
ScimService::get(ResourceKind kind, const ScimCaller& caller, const QString& id, bool withRelated)
{
    ScimOutcome result;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto record = load(db, kind, caller, id, false);
        if (!record.ok()) {
            return record.error();
        }
        QList<MemberRef> rel;
        if (withRelated) {
            auto found = related(db, kind, id);
            if (!found.ok()) {
                return found.error();
            }
            rel = found.value();
        }
        result = outcome(kind, record.value(), rel, 200);
        if (!withRelated) {
            result.body.remove(kind == ResourceKind::User ? u"groups"_s : u"members"_s);
        }
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return result;
}

} // namespace gatehouse::engine::scim
