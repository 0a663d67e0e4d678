#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse::ui {

// What the SSO wizard knows about each identity provider: the protocol, the engine's provider value, the exact
// names that IdP's console gives the service-provider values and the IdP values (seed-inventory §6.1), short
// steps for the IdP side and the attribute names its admins usually configure. All text is translated.
struct IdpPreset
{
    enum class Protocol
    {
        Saml,
        Oidc
    };

    QString key;  // stable id: okta, entra, google, jumpcloud, adfs, onelogin, ping, saml, oidc
    QString name; // shown in the list
    Protocol protocol = Protocol::Saml;
    QString provider; // the engine's provider enum (OKTA, MICROSOFT_AD, …)
    // Labels of the SP values as this IdP's console names the field they go into.
    QString acsLabel;
    QString entityIdLabel;
    QString metadataUrlLabel;
    QString redirectUriLabel; // OIDC
    // Where the IdP shows its own values.
    QString idpMetadataHint;
    QString idpEntityIdLabel;
    QString idpSsoUrlLabel;
    QString idpCertificateLabel;
    QStringList steps;
    // canonical attribute → the attribute name to configure in the IdP
    QList<QPair<QString, QString>> attributes;

    bool isSaml() const
    {
        return protocol == Protocol::Saml;
    }
};

class IdpPresets
{
public:
    static const QList<IdpPreset>& all();
    static const IdpPreset* byKey(const QString& key);
    // The preset for a connection read back from the engine (provider + type); generic when unknown.
    static const IdpPreset& forConnection(const QString& provider, const QString& type);
};

} // namespace gatehouse::ui
