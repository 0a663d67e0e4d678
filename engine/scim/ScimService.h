#pragma once

#include "core/util/Result.h"
#include "engine/scim/ScimPatch.h"
#include "engine/scim/ScimSchema.h"
#include "engine/scim/ScimStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace gatehouse::engine {
struct EngineContext;
}

namespace gatehouse::engine::scim {

// Who is provisioning: the directory its bearer secret belongs to.
struct ScimCaller
{
    QString directoryId;
    QString organizationId;
    QString actor; // "scim:sec_…" for events
    QJsonArray mappings;
    // The directory's resource types (custom extensions its mapping declares); the built-in ones when null.
    std::shared_ptr<const DirectorySchemas> schemas;

    const ResourceType& type(ResourceKind kind) const
    {
        if (schemas) {
            return kind == ResourceKind::User ? schemas->users() : schemas->groups();
        }
        return kind == ResourceKind::User ? ScimSchema::users() : ScimSchema::groups();
    }
};

struct ScimOutcome
{
    int status = 200;
    QJsonObject body; // the full resource (before attribute projection)
    qint64 version = 0;
    QString location;
    bool noBody = false;
};

struct ListParams
{
    QString filter;
    QString sortBy;
    bool descending = false;
    qint64 startIndex = 1;
    int count = 100;
    bool withRelated = true; // members of groups / groups of users
};

// SCIM operations on users and groups, independent of HTTP (the /Bulk endpoint reuses them). Each write
// is one transaction with its event; it runs on an HTTP worker thread (ScimApi), so writes of one resource may
// meet: on PostgreSQL a PUT/PATCH/DELETE locks the resource's row first (SQLite writers take turns anyway), and
// a version conflict that still happens is retried; memberships are rows of their own so parallel member
// PATCHes never lose one.
class ScimService
{
public:
    static constexpr int kDefaultCount = 100;
    static constexpr int kMaxCount = 1000;
    static constexpr int kScanLimit = 20000; // filters SQL cannot narrow are evaluated on at most this many

    explicit ScimService(EngineContext& context);

    QString scimBase(const QString& directoryId) const;
    core::Result<ScimOutcome> create(ResourceKind kind, const ScimCaller& caller, const QJsonObject& body);
    core::Result<ScimOutcome> replace(ResourceKind kind,
                                      const ScimCaller& caller,
                                      const QString& id,
                                      const QJsonObject& body,
                                      const QString& ifMatch);
    // withBody false: 204 without loading the resource's relations again (group PATCH, bulk).
    core::Result<ScimOutcome> patch(ResourceKind kind,
                                    const ScimCaller& caller,
                                    const QString& id,
                                    const QJsonObject& body,
                                    const QString& ifMatch,
                                    bool withBody = true);
    core::Result<ScimOutcome>
    remove(ResourceKind kind, const ScimCaller& caller, const QString& id, const QString& ifMatch);
    core::Result<ScimOutcome> get(ResourceKind kind, const ScimCaller& caller, const QString& id, bool withRelated);
    // ListResponse without attribute projection.
    core::Result<QJsonObject> list(ResourceKind kind, const ScimCaller& caller, const ListParams& params);
    // The root POST /.search (RFC 7644 §3.4.3): Users and Groups in one ListResponse, Users first in creation
    // order then Groups, or merged by sortBy. A resource type whose schema lacks an attribute the filter names
    // contributes nothing; params.withRelated is taken per type from usersRelated / groupsRelated.
    core::Result<QJsonObject>
    searchAll(const ScimCaller& caller, const ListParams& params, bool usersRelated, bool groupsRelated);

    static bool etagMatches(const QString& header, qint64 version);

private:
    struct Written
    {
        ScimRecord record;
        QList<MemberRef> related;
    };

    core::Result<void>
    checkUnique(const QSqlDatabase& db, const ScimCaller& caller, const QJsonObject& resource, const QString& selfId);
    // 409 uniqueness for a userName another user of the directory has (ignoring case).
    static core::Error takenUserName(const QJsonObject& resource);
    core::Result<QJsonObject> syncMembers(const QSqlDatabase& db,
                                          const ScimCaller& caller,
                                          const QString& groupId,
                                          const QStringList& before,
                                          const QJsonArray& after);
    // A member PATCH as set operations on the ids it names (see ScimPatch::splitMembers): cost proportional
    // to the request, not to the group's size. Same checks and same members_added / members_removed as syncMembers.
    core::Result<QJsonObject> applyMemberChanges(const QSqlDatabase& db,
                                                 const ScimCaller& caller,
                                                 const QString& groupId,
                                                 const QList<ScimPatch::MemberChange>& changes);
    core::Result<void>
    addUserToGroups(const QSqlDatabase& db, const ScimCaller& caller, const QString& userId, const QJsonValue& groups);
    core::Result<void> applyRoles(const QSqlDatabase& db, const ScimCaller& caller, const QStringList& userIds);
    // A group was created or changed: imported mappings pending for its display name / external id become its
    // role assignments (PendingGroupRoles). `affected` gains the group when any did (its members' roles change).
    core::Result<void> claimPendingRoles(const QSqlDatabase& db,
                                         const ScimCaller& caller,
                                         const ScimRecord& group,
                                         QStringList& affected);
    static QStringList membersChanged(const QJsonObject& changes);
    core::Result<QList<MemberRef>> related(const QSqlDatabase& db, ResourceKind kind, const QString& id);
    core::Result<void> recordEvent(const QSqlDatabase& db,
                                   ResourceKind kind,
                                   const QString& verb,
                                   const ScimCaller& caller,
                                   const ScimRecord& record,
                                   const QJsonObject& extra = {},
                                   // a user known to be in no group: its directoryUser representation
                                   const QJsonObject* ungrouped = nullptr);
    core::Result<ScimOutcome> writeRetrying(const std::function<core::Result<ScimOutcome>(const QSqlDatabase&)>& work);
    ScimOutcome outcome(ResourceKind kind, const ScimRecord& record, const QList<MemberRef>& related, int status) const;
    core::Result<ScimRecord>
    load(const QSqlDatabase& db, ResourceKind kind, const ScimCaller& caller, const QString& id, bool forUpdate);
    core::Result<QList<ScimRecord>> candidates(const QSqlDatabase& db,
                                               ResourceKind kind,
                                               const ScimCaller& caller,
                                               const std::optional<SqlCondition>& where);

    EngineContext& m_context;
};

} // namespace gatehouse::engine::scim
