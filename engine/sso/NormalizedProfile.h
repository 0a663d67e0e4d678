#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse::engine {

// The normalized SSO user profile of the docs (seed-inventory §5.5): what an app receives in the ID token and
// from /userinfo, whatever the IdP and protocol. sub = "conn_<id>;<IdP subject>".
struct NormalizedProfile
{
    struct Identity
    {
        QString organizationId;
        QString connectionId;
        QString connectionType; // SAML or OIDC
        QString providerName;   // the connection's provider, e.g. OKTA
        bool social = false;
        QJsonObject providerRawAttributes; // attribute name -> string or array of strings, as received
    };

    QString sub;
    QString email;
    bool emailVerified = false;
    QString name;
    QString givenName;
    QString familyName;
    QString locale;
    QString picture;
    QStringList groups;
    QJsonObject customAttributes; // registered custom attributes (e.g. employeeNumber)
    QList<Identity> identities;

    QJsonObject toJson() const;
    static NormalizedProfile fromJson(const QJsonObject& json);
    // The profile claims of an ID token and of /userinfo: sub, email, email_verified and the known optional ones.
    QJsonObject claims() const;
};

} // namespace gatehouse::engine
