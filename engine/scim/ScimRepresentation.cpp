#include "engine/scim/ScimRepresentation.h"

#include "engine/api/Timestamps.h"
#include "engine/scim/ScimPath.h"
#include "engine/scim/ScimSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

QJsonObject primaryOf(const QJsonArray& values)
{
    for (const QJsonValue& v : values) {
        if (v.toObject().value(u"primary"_s).toBool()) {
            return v.toObject();
        }
    }
    return values.isEmpty() ? QJsonObject() : values.first().toObject();
}

void put(QJsonObject& out, const QString& key, const QJsonValue& value)
{
    if (!value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty())) {
        out.insert(key, value);
    }
}

} // namespace

QString ScimRepresentation::etag(qint64 version)
{
    return u"W/\"%1\""_s.arg(version);
}

QJsonObject ScimRepresentation::full(ResourceKind kind,
                                     const ScimRecord& record,
                                     const QString& scimBase,
                                     const QList<MemberRef>* related)
{
    QJsonObject out = record.resource;
    const bool user = kind == ResourceKind::User;
    const QString location = scimBase + (user ? u"/Users/"_s : u"/Groups/"_s) + record.id;
    out.insert(u"id"_s, record.id);
    out.insert(u"meta"_s,
               QJsonObject{{u"resourceType"_s, user ? u"User"_s : u"Group"_s},
                           {u"created"_s, Timestamps::rfc3339(record.createdAt)},
                           {u"lastModified"_s, Timestamps::rfc3339(record.updatedAt)},
                           {u"location"_s, location},
                           {u"version"_s, etag(record.version)}});
    if (related) {
        QJsonArray items;
        for (const MemberRef& m : *related) {
            QJsonObject item{
                {u"value"_s, m.id},
                {u"$ref"_s, QString(scimBase + (m.type == u"Group"_s ? u"/Groups/"_s : u"/Users/"_s) + m.id)}};
            put(item, u"display"_s, m.display);
            item.insert(u"type"_s, user ? u"direct"_s : m.type);
            items.append(item);
        }
        out.insert(user ? u"groups"_s : u"members"_s, items);
    }
    return out;
}

QJsonValue ScimRepresentation::valueAt(const QJsonObject& resource, ResourceKind kind, const QString& path)
{
    const auto parsed = AttrPath::parse(path);
    const ResourceType& type = kind == ResourceKind::User ? ScimSchema::users() : ScimSchema::groups();
    const auto r = parsed ? ScimPath::resolve(type, *parsed) : std::nullopt;
    if ((!r || !r->attr) && parsed && DirectorySchemas::isCustomExtensionPath(path)) {
        // A custom extension attribute (declared by the mapping itself): stored under its URN as sent.
        for (auto ext = resource.begin(); ext != resource.end(); ++ext) {
            if (ext.key().compare(parsed->urn, Qt::CaseInsensitive) != 0) {
                continue;
            }
            const QJsonObject values = ext.value().toObject();
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (it.key().compare(parsed->attr, Qt::CaseInsensitive) == 0) {
                    return it.value();
                }
            }
        }
        return {};
    }
    if (!r || !r->attr) {
        return {};
    }
    QJsonValue v = r->container(resource).value(r->attr->name);
    if (v.isArray()) {
        v = r->attr->type == AttributeDef::Type::Complex ? QJsonValue(primaryOf(v.toArray())) : v.toArray().first();
    }
    if (r->sub) {
        v = v.toObject().value(r->sub->name);
    }
    return v;
}

QJsonObject
ScimRepresentation::directoryUser(const ScimRecord& record, const QList<MemberRef>& groups, const QJsonArray& mappings)
{
    const QJsonObject& res = record.resource;
    const QJsonObject name = res.value(u"name"_s).toObject();
    const QJsonObject enterprise = res.value(ScimSchema::kEnterpriseUser).toObject();
    const QJsonObject address = primaryOf(res.value(u"addresses"_s).toArray());
    QJsonObject out{{u"id"_s, record.id},
                    {u"organization_id"_s, record.organizationId},
                    {u"directory_id"_s, record.directoryId},
                    {u"active"_s, res.value(u"active"_s).toBool(true)},
                    {u"updated_at"_s, Timestamps::rfc3339(record.updatedAt)},
                    {u"created_at"_s, Timestamps::rfc3339(record.createdAt)}};
    put(out, u"dp_id"_s, res.value(u"externalId"_s));
    put(out, u"preferred_username"_s, res.value(u"userName"_s));
    put(out, u"email"_s, primaryOf(res.value(u"emails"_s).toArray()).value(u"value"_s));
    QJsonArray emails;
    for (const QJsonValue& e : res.value(u"emails"_s).toArray()) {
        emails.append(e.toObject().value(u"value"_s));
    }
    out.insert(u"emails"_s, emails);
    put(out,
        u"name"_s,
        res.value(u"displayName"_s).isString() ? res.value(u"displayName"_s) : name.value(u"formatted"_s));
    put(out, u"given_name"_s, name.value(u"givenName"_s));
    put(out, u"family_name"_s, name.value(u"familyName"_s));
    put(out, u"nickname"_s, res.value(u"nickName"_s));
    put(out, u"picture"_s, primaryOf(res.value(u"photos"_s).toArray()).value(u"value"_s));
    put(out, u"phone_number"_s, primaryOf(res.value(u"phoneNumbers"_s).toArray()).value(u"value"_s));
    if (!address.isEmpty()) {
        QJsonObject a;
        put(a, u"formatted"_s, address.value(u"formatted"_s));
        put(a, u"street_address"_s, address.value(u"streetAddress"_s));
        put(a, u"locality"_s, address.value(u"locality"_s));
        put(a, u"state"_s, address.value(u"region"_s));
        put(a, u"postal_code"_s, address.value(u"postalCode"_s));
        put(a, u"country"_s, address.value(u"country"_s));
        out.insert(u"address"_s, a);
    }
    put(out, u"title"_s, res.value(u"title"_s));
    put(out, u"user_type"_s, res.value(u"userType"_s));
    put(out, u"locale"_s, res.value(u"locale"_s));
    put(out, u"language"_s, res.value(u"preferredLanguage"_s));
    put(out, u"zoneinfo"_s, res.value(u"timezone"_s));
    put(out, u"profile"_s, res.value(u"profileUrl"_s));
    put(out, u"employee_id"_s, enterprise.value(u"employeeNumber"_s));
    put(out, u"cost_center"_s, enterprise.value(u"costCenter"_s));
    put(out, u"organization"_s, enterprise.value(u"organization"_s));
    put(out, u"division"_s, enterprise.value(u"division"_s));
    put(out, u"department"_s, enterprise.value(u"department"_s));
    put(out, u"manager_id"_s, enterprise.value(u"manager"_s).toObject().value(u"value"_s));
    QJsonObject custom;
    for (const QJsonValue& m : mappings) {
        const QJsonValue v = valueAt(res, ResourceKind::User, m.toObject().value(u"map_to"_s).toString());
        put(custom, m.toObject().value(u"key"_s).toString(), v);
    }
    out.insert(u"custom_attributes"_s, custom);
    out.insert(u"raw_attributes"_s, record.raw);
    out.insert(u"roles"_s, QJsonArray());
    QJsonArray groupList;
    for (const MemberRef& g : groups) {
        groupList.append(QJsonObject{{u"id"_s, g.id}, {u"name"_s, g.display}});
    }
    out.insert(u"groups"_s, groupList);
    return out;
}

QJsonObject ScimRepresentation::directoryGroup(const ScimRecord& record, qint64 totalUsers)
{
    QJsonObject out{{u"id"_s, record.id},
                    {u"organization_id"_s, record.organizationId},
                    {u"directory_id"_s, record.directoryId},
                    {u"display_name"_s, record.resource.value(u"displayName"_s)},
                    {u"total_users"_s, totalUsers},
                    {u"updated_at"_s, Timestamps::rfc3339(record.updatedAt)},
                    {u"raw_attributes"_s, record.raw}};
    const QJsonValue external = record.resource.value(u"externalId"_s);
    out.insert(u"external_id"_s, external.isString() ? external : QJsonValue(QJsonValue::Null));
    put(out, u"dp_id"_s, external);
    return out;
}

} // namespace gatehouse::engine::scim
