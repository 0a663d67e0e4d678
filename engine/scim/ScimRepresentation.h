#pragma once

#include "engine/scim/ScimStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace gatehouse::engine::scim {

// Wire and model views of stored SCIM records.
class ScimRepresentation
{
public:
    // W/"<version>"
    static QString etag(qint64 version);
    // The SCIM resource: canonical attributes + id + meta (+ groups of a user / members of a group).
    static QJsonObject
    full(ResourceKind kind, const ScimRecord& record, const QString& scimBase, const QList<MemberRef>* related);
    // The directory user of the docs (§1.6): dp_id, preferred_username, email, names, phone, address,
    // custom_attributes (from the directory's attribute mappings), raw_attributes, groups.
    static QJsonObject
    directoryUser(const ScimRecord& record, const QList<MemberRef>& groups, const QJsonArray& mappings);
    // The directory group (§1.7).
    static QJsonObject directoryGroup(const ScimRecord& record, qint64 totalUsers);
    // The first value at a SCIM attribute path ("name.givenName", "urn:…:User:department", "emails.value").
    static QJsonValue valueAt(const QJsonObject& resource, ResourceKind kind, const QString& path);
};

} // namespace gatehouse::engine::scim
