#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse::ui {

// What the SCIM wizard tells an IT admin for one identity provider: the provider's own names for the SCIM
// endpoint and the token, and its setup steps with the exact labels of its admin console
// (seed-inventory §6.2), plus the API's directory_provider value and the conformance dialect it speaks.
struct ScimProviderGuide
{
    QString key;         // okta, entra, jumpcloud, onelogin, generic
    QString apiProvider; // directory_provider sent to the API
    QString displayName;
    QString endpointLabel; // the IdP's field for the SCIM base URL
    QString tokenLabel;    // the IdP's field for the bearer token
    QStringList steps;     // rich text, one step each
    QString dialect;       // ScimConformance dialect for the self-check

    static QList<ScimProviderGuide> all();
    // The guide for a key; the generic one for an unknown key.
    static ScimProviderGuide forKey(const QString& key);
};

} // namespace gatehouse::ui
