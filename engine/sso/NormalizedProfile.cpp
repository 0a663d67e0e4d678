#include "engine/sso/NormalizedProfile.h"

#include <QJsonArray>

namespace gatehouse::engine {

namespace {

void putText(QJsonObject& out, const QString& key, const QString& value)
{
    if (!value.isEmpty()) {
        out.insert(key, value);
    }
}

} // namespace

QJsonObject NormalizedProfile::toJson() const
{
    QJsonArray ids;
    for (const Identity& identity : identities) {
        ids.append(QJsonObject{{QStringLiteral("organization_id"), identity.organizationId},
                               {QStringLiteral("connection_id"), identity.connectionId},
                               {QStringLiteral("connection_type"), identity.connectionType},
                               {QStringLiteral("provider_name"), identity.providerName},
                               {QStringLiteral("social"), identity.social},
                               {QStringLiteral("provider_raw_attributes"), identity.providerRawAttributes}});
    }
    QJsonObject out{{QStringLiteral("sub"), sub},
                    {QStringLiteral("email"), email},
                    {QStringLiteral("email_verified"), emailVerified},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("given_name"), givenName},
                    {QStringLiteral("family_name"), familyName},
                    {QStringLiteral("locale"), locale},
                    {QStringLiteral("picture"), picture},
                    {QStringLiteral("identities"), ids}};
    if (!groups.isEmpty()) {
        out.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    }
    if (!customAttributes.isEmpty()) {
        out.insert(QStringLiteral("custom_attributes"), customAttributes);
    }
    return out;
}

NormalizedProfile NormalizedProfile::fromJson(const QJsonObject& json)
{
    NormalizedProfile p;
    p.sub = json.value(QStringLiteral("sub")).toString();
    p.email = json.value(QStringLiteral("email")).toString();
    p.emailVerified = json.value(QStringLiteral("email_verified")).toBool();
    p.name = json.value(QStringLiteral("name")).toString();
    p.givenName = json.value(QStringLiteral("given_name")).toString();
    p.familyName = json.value(QStringLiteral("family_name")).toString();
    p.locale = json.value(QStringLiteral("locale")).toString();
    p.picture = json.value(QStringLiteral("picture")).toString();
    for (const QJsonValue& group : json.value(QStringLiteral("groups")).toArray()) {
        p.groups << group.toString();
    }
    p.customAttributes = json.value(QStringLiteral("custom_attributes")).toObject();
    for (const QJsonValue& value : json.value(QStringLiteral("identities")).toArray()) {
        const QJsonObject o = value.toObject();
        p.identities.append({o.value(QStringLiteral("organization_id")).toString(),
                             o.value(QStringLiteral("connection_id")).toString(),
                             o.value(QStringLiteral("connection_type")).toString(),
                             o.value(QStringLiteral("provider_name")).toString(),
                             o.value(QStringLiteral("social")).toBool(),
                             o.value(QStringLiteral("provider_raw_attributes")).toObject()});
    }
    return p;
}

QJsonObject NormalizedProfile::claims() const
{
    // The docs' ID token carries email always and the optional profile claims whenever known, whatever the
    // scope ("openid email profile" is what the docs require apps to ask for).
    QJsonObject out{{QStringLiteral("sub"), sub}, {QStringLiteral("email"), email}};
    out.insert(QStringLiteral("email_verified"), emailVerified);
    putText(out, QStringLiteral("name"), name);
    putText(out, QStringLiteral("given_name"), givenName);
    putText(out, QStringLiteral("family_name"), familyName);
    putText(out, QStringLiteral("locale"), locale);
    putText(out, QStringLiteral("picture"), picture);
    return out;
}

} // namespace gatehouse::engine
