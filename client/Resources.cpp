#include "client/Resources.h"

#include "client/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::client {

Organization Organization::fromJson(const QJsonObject& json)
{
    const JsonReader in(json);
    Organization o;
    o.id = in.string(QStringLiteral("id"));
    o.displayName = in.string(QStringLiteral("display_name"));
    o.externalId = in.string(QStringLiteral("external_id"));
    o.regionCode = in.string(QStringLiteral("region_code"));
    o.slug = in.string(QStringLiteral("slug"));
    o.createTime = in.time(QStringLiteral("create_time"));
    o.updateTime = in.time(QStringLiteral("update_time"));
    o.metadata = in.stringMap(QStringLiteral("metadata"));
    const QJsonArray features = in.child(QStringLiteral("settings")).array(QStringLiteral("features"));
    for (const QJsonValue& feature : features) {
        const JsonReader f(feature.toObject());
        o.features.insert(f.string(QStringLiteral("name")), f.boolean(QStringLiteral("enabled")));
    }
    o.raw = json;
    return o;
}

Connection Connection::fromJson(const QJsonObject& json)
{
    const JsonReader in(json);
    Connection c;
    c.id = in.string(QStringLiteral("id"));
    c.organizationId = in.string(QStringLiteral("organization_id"));
    c.provider = in.string(QStringLiteral("provider"));
    c.type = in.string(QStringLiteral("type"));
    c.status = in.string(QStringLiteral("status"));
    c.enabled = in.boolean(QStringLiteral("enabled"));
    c.uiButtonTitle = in.string(QStringLiteral("ui_button_title"));
    // Connection answers Domain messages, ListConnection the names.
    for (const QJsonValue& domain : in.array(QStringLiteral("domains"))) {
        c.domains.append(domain.isObject() ? domain.toObject().value(QStringLiteral("domain")).toString()
                                           : domain.toString());
    }
    c.createTime = in.time(QStringLiteral("create_time"));
    if (!c.createTime.isValid()) {
        c.createTime = in.time(QStringLiteral("created_at")); // ListConnection spells it so
    }
    c.testConnectionUri = in.string(QStringLiteral("test_connection_uri"));
    const JsonReader saml = in.child(QStringLiteral("saml_config"));
    c.spEntityId = saml.string(QStringLiteral("sp_entity_id"));
    c.spAssertionUrl = saml.string(QStringLiteral("sp_assertion_url"));
    c.spMetadataUrl = saml.string(QStringLiteral("sp_metadata_url"));
    c.redirectUri = in.child(QStringLiteral("oidc_config")).string(QStringLiteral("redirect_uri"));
    c.raw = json;
    return c;
}

Directory Directory::fromJson(const QJsonObject& json)
{
    const JsonReader in(json);
    Directory d;
    d.id = in.string(QStringLiteral("id"));
    d.name = in.string(QStringLiteral("name"));
    d.organizationId = in.string(QStringLiteral("organization_id"));
    d.directoryType = in.string(QStringLiteral("directory_type"));
    d.directoryProvider = in.string(QStringLiteral("directory_provider"));
    d.status = in.string(QStringLiteral("status"));
    d.enabled = in.boolean(QStringLiteral("enabled"));
    d.directoryEndpoint = in.string(QStringLiteral("directory_endpoint"));
    d.totalUsers = in.integer(QStringLiteral("total_users"));
    d.totalGroups = in.integer(QStringLiteral("total_groups"));
    d.lastSyncedAt = in.time(QStringLiteral("last_synced_at"));
    d.raw = json;
    return d;
}

Domain Domain::fromJson(const QJsonObject& json)
{
    const JsonReader in(json);
    Domain d;
    d.id = in.string(QStringLiteral("id"));
    d.domain = in.string(QStringLiteral("domain"));
    d.organizationId = in.string(QStringLiteral("organization_id"));
    d.domainType = in.string(QStringLiteral("domain_type"));
    d.verificationStatus = in.string(QStringLiteral("verification_status"));
    d.verificationMethod = in.string(QStringLiteral("verification_method"));
    d.txtRecordKey = in.string(QStringLiteral("txt_record_key"));
    d.txtRecordSecret = in.string(QStringLiteral("txt_record_secret"));
    d.createTime = in.time(QStringLiteral("create_time"));
    d.raw = json;
    return d;
}

Role Role::fromJson(const QJsonObject& json)
{
    const JsonReader in(json);
    Role r;
    r.id = in.string(QStringLiteral("id"));
    r.name = in.string(QStringLiteral("name"));
    r.displayName = in.string(QStringLiteral("display_name"));
    r.description = in.string(QStringLiteral("description"));
    r.extends = in.string(QStringLiteral("extends"));
    r.isOrgRole = in.boolean(QStringLiteral("is_org_role"));
    r.raw = json;
    return r;
}

Event Event::fromJson(const QJsonObject& json)
{
    const JsonReader in(json);
    Event e;
    e.id = in.string(QStringLiteral("id"));
    e.type = in.string(QStringLiteral("type"));
    e.organizationId = in.string(QStringLiteral("organization_id"));
    e.object = in.string(QStringLiteral("object"));
    e.occurredAt = in.time(QStringLiteral("occurred_at"));
    e.data = in.object(QStringLiteral("data"));
    e.raw = json;
    return e;
}

QJsonObject RoleInput::toJson(bool creating) const
{
    QJsonObject out{{QStringLiteral("display_name"), displayName}};
    if (creating) {
        out.insert(QStringLiteral("name"), name);
    }
    if (!description.isEmpty()) {
        out.insert(QStringLiteral("description"), description);
    }
    if (!extends.isEmpty()) {
        out.insert(QStringLiteral("extends"), extends);
    }
    return out;
}

QJsonObject OrganizationInput::toJson() const
{
    // Strict when writing: snake_case, only what is set.
    QJsonObject out{{QStringLiteral("display_name"), displayName}};
    if (!externalId.isEmpty()) {
        out.insert(QStringLiteral("external_id"), externalId);
    }
    if (!metadata.isEmpty()) {
        QJsonObject map;
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            map.insert(it.key(), it.value());
        }
        out.insert(QStringLiteral("metadata"), map);
    }
    return out;
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject out;
    if (!organizationId.isEmpty()) {
        out.insert(QStringLiteral("organization_id"), organizationId);
    }
    if (!eventTypes.isEmpty()) {
        out.insert(QStringLiteral("event_types"), QJsonArray::fromStringList(eventTypes));
    }
    if (startTime.isValid()) {
        out.insert(QStringLiteral("start_time"), startTime.toUTC().toString(Qt::ISODateWithMs));
    }
    if (endTime.isValid()) {
        out.insert(QStringLiteral("end_time"), endTime.toUTC().toString(Qt::ISODateWithMs));
    }
    return out;
}

} // namespace gatehouse::client
