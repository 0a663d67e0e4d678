#include "engine/sso/AttributeMapper.h"

#include <QHash>
#include <QJsonArray>

namespace gatehouse::engine {

namespace {

const QHash<QString, QStringList>& aliasTable()
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("email"),
         {QStringLiteral("email"),
          QStringLiteral("mail"),
          QStringLiteral("emailaddress"),
          QStringLiteral("email_address"),
          QStringLiteral("user.email"),
          QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"),
          QStringLiteral("http://schemas.xmlsoap.org/claims/emailaddress"),
          QStringLiteral("urn:oid:0.9.2342.19200300.100.1.3"),
          QStringLiteral("urn:oid:1.2.840.113549.1.9.1")}},
        {QStringLiteral("firstName"),
         {QStringLiteral("firstname"),
          QStringLiteral("first_name"),
          QStringLiteral("givenname"),
          QStringLiteral("given_name"),
          QStringLiteral("user.firstname"),
          QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"),
          QStringLiteral("urn:oid:2.5.4.42")}},
        {QStringLiteral("lastName"),
         {QStringLiteral("lastname"),
          QStringLiteral("last_name"),
          QStringLiteral("sn"),
          QStringLiteral("surname"),
          QStringLiteral("familyname"),
          QStringLiteral("family_name"),
          QStringLiteral("user.lastname"),
          QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"),
          QStringLiteral("urn:oid:2.5.4.4")}},
        {QStringLiteral("name"),
         {QStringLiteral("name"),
          QStringLiteral("displayname"),
          QStringLiteral("display_name"),
          QStringLiteral("http://schemas.microsoft.com/identity/claims/displayname"),
          QStringLiteral("urn:oid:2.16.840.1.113730.3.1.241")}},
        {QStringLiteral("groups"),
         {QStringLiteral("groups"),
          QStringLiteral("group"),
          QStringLiteral("memberof"),
          QStringLiteral("ismemberof"),
          QStringLiteral("http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"),
          QStringLiteral("http://schemas.xmlsoap.org/claims/group"),
          QStringLiteral("urn:oid:1.3.6.1.4.1.5923.1.5.1.1")}},
        {QStringLiteral("locale"),
         {QStringLiteral("locale"),
          QStringLiteral("preferredlanguage"),
          QStringLiteral("urn:oid:2.16.840.1.113730.3.1.39")}},
        {QStringLiteral("picture"), {QStringLiteral("picture"), QStringLiteral("photo"), QStringLiteral("avatar")}},
    };
    return table;
}

// Snake / OIDC spellings of the canonical field names, accepted as attribute_mapping keys.
QString canonicalKey(const QString& key)
{
    static const QHash<QString, QString> keys{{QStringLiteral("email"), QStringLiteral("email")},
                                              {QStringLiteral("firstname"), QStringLiteral("firstName")},
                                              {QStringLiteral("first_name"), QStringLiteral("firstName")},
                                              {QStringLiteral("given_name"), QStringLiteral("firstName")},
                                              {QStringLiteral("lastname"), QStringLiteral("lastName")},
                                              {QStringLiteral("last_name"), QStringLiteral("lastName")},
                                              {QStringLiteral("family_name"), QStringLiteral("lastName")},
                                              {QStringLiteral("name"), QStringLiteral("name")},
                                              {QStringLiteral("display_name"), QStringLiteral("name")},
                                              {QStringLiteral("groups"), QStringLiteral("groups")},
                                              {QStringLiteral("locale"), QStringLiteral("locale")},
                                              {QStringLiteral("picture"), QStringLiteral("picture")}};
    return keys.value(key.toLower());
}

const AttributeMapper::Attribute* findByName(const QList<AttributeMapper::Attribute>& attributes, const QString& name)
{
    for (const auto& attribute : attributes) {
        if (attribute.name.compare(name, Qt::CaseInsensitive) == 0
            || (!attribute.friendlyName.isEmpty() && attribute.friendlyName.compare(name, Qt::CaseInsensitive) == 0)) {
            return &attribute;
        }
    }
    return nullptr;
}

const AttributeMapper::Attribute* find(const AttributeMapper::Input& input, const QString& field)
{
    for (auto it = input.attributeMapping.constBegin(); it != input.attributeMapping.constEnd(); ++it) {
        if (canonicalKey(it.key()) == field) {
            if (const auto* mapped = findByName(input.attributes, it.value().toString())) {
                return mapped;
            }
        }
    }
    for (const QString& alias : aliasTable().value(field)) {
        if (const auto* found = findByName(input.attributes, alias)) {
            return found;
        }
    }
    return nullptr;
}

QString first(const AttributeMapper::Attribute* attribute)
{
    if (!attribute) {
        return {};
    }
    for (const QString& value : attribute->values) {
        if (!value.trimmed().isEmpty()) {
            return value.trimmed();
        }
    }
    return {};
}

bool looksLikeEmail(const QString& text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && at == text.lastIndexOf(u'@') && at < text.size() - 1 && !text.contains(u' ');
}

QJsonObject rawAttributes(const QList<AttributeMapper::Attribute>& attributes)
{
    QJsonObject raw;
    for (const auto& attribute : attributes) {
        if (attribute.values.size() == 1) {
            raw.insert(attribute.name, attribute.values.first());
        } else {
            raw.insert(attribute.name, QJsonArray::fromStringList(attribute.values));
        }
    }
    return raw;
}

} // namespace

QStringList AttributeMapper::aliases(const QString& canonicalField)
{
    return aliasTable().value(canonicalField);
}

core::Result<NormalizedProfile> AttributeMapper::map(const Input& input)
{
    NormalizedProfile profile;
    profile.email = first(find(input, QStringLiteral("email"))).toLower();
    if (profile.email.isEmpty() && looksLikeEmail(input.subject)) {
        profile.email = input.subject.toLower();
    }
    if (profile.email.isEmpty() || !looksLikeEmail(profile.email)) {
        return core::Error{QStringLiteral("mandatory_attribute_missing"),
                           profile.email.isEmpty() ? QStringLiteral(
                               "the IdP sent no email attribute and the NameID is not an email address")
                                                   : QStringLiteral("the email attribute is not an email address"),
                           QStringLiteral("Map the user's email address to the attribute \"email\" in the IdP "
                                          "(or send it as the NameID in emailAddress format).")};
    }
    profile.emailVerified = true; // asserted by the organization's IdP (and checked against verified domains)
    profile.givenName = first(find(input, QStringLiteral("firstName")));
    profile.familyName = first(find(input, QStringLiteral("lastName")));
    profile.name = first(find(input, QStringLiteral("name")));
    if (profile.name.isEmpty()) {
        profile.name = QStringList{profile.givenName, profile.familyName}.join(u' ').trimmed();
    }
    profile.locale = first(find(input, QStringLiteral("locale")));
    profile.picture = first(find(input, QStringLiteral("picture")));
    if (const Attribute* groups = find(input, QStringLiteral("groups"))) {
        profile.groups = groups->values;
    }
    for (auto it = input.attributeMapping.constBegin(); it != input.attributeMapping.constEnd(); ++it) {
        if (canonicalKey(it.key()).isEmpty()) {
            if (const Attribute* custom = findByName(input.attributes, it.value().toString())) {
                profile.customAttributes.insert(it.key(),
                                                custom->values.size() == 1
                                                    ? QJsonValue(custom->values.first())
                                                    : QJsonValue(QJsonArray::fromStringList(custom->values)));
            }
        }
    }
    const QString subject = input.subject.isEmpty() ? profile.email : input.subject;
    profile.sub = input.connectionId + u';' + subject;
    profile.identities.append({input.organizationId,
                               input.connectionId,
                               input.connectionType,
                               input.providerName,
                               false,
                               rawAttributes(input.attributes)});
    return profile;
}

} // namespace gatehouse::engine
