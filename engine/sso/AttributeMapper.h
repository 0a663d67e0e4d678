#pragma once

#include "core/util/Result.h"
#include "engine/sso/NormalizedProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse::engine {

// Turns what an IdP asserted (subject + attributes) into the NormalizedProfile. Pure.
//
// Canonical attribute names (PRODUCT.md): email, firstName, lastName, groups, plus name (display name),
// locale, picture. Each also matches its usual aliases, case-insensitively: Entra ID / AD FS claim URIs
// (http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress, …/givenname, …/surname,
// http://schemas.microsoft.com/identity/claims/displayname, …/ws/2008/06/identity/claims/groups), urn:oid forms
// (0.9.2342.19200300.100.1.3 mail, 2.5.4.42 givenName, 2.5.4.4 sn, 2.16.840.1.113730.3.1.241 displayName,
// 1.3.6.1.4.1.5923.1.5.1.1 isMemberOf), LDAP / OIDC names (mail, givenName, given_name, sn, surname,
// family_name, displayName, memberOf).
//
// The connection's attribute_mapping overrides: key = profile field (email, firstName, lastName, name, groups,
// locale, picture; snake_case spellings accepted) or a custom attribute name (e.g. employeeNumber), value =
// the IdP's attribute name. A mapped attribute wins over the aliases; custom attributes land in
// custom_attributes.
class AttributeMapper
{
public:
    struct Attribute
    {
        QString name;
        QString friendlyName;
        QStringList values;
    };

    struct Input
    {
        QString connectionId;
        QString organizationId;
        QString connectionType = QStringLiteral("SAML");
        QString providerName;
        QString subject;       // NameID / OIDC sub; empty: the email is used
        QString subjectFormat; // NameID Format (an email-format NameID can stand in for a missing email)
        QList<Attribute> attributes;
        QJsonObject attributeMapping;
    };

    // Error code mandatory_attribute_missing when no email can be found (nor an email-shaped subject).
    static core::Result<NormalizedProfile> map(const Input& input);
    // The IdP name(s) each canonical field is recognised by, for docs and the wizard.
    static QStringList aliases(const QString& canonicalField);
};

} // namespace gatehouse::engine
