#include "ui/wizard/IdpPresets.h"

#include <QCoreApplication>

namespace gatehouse::ui {

namespace {
QString t(const char* text)
{
    return QCoreApplication::translate("gatehouse::ui::IdpPresets", text);
}

QList<QPair<QString, QString>> standardAttributes()
{
    return {{QStringLiteral("email"), QStringLiteral("email")},
            {QStringLiteral("firstName"), QStringLiteral("firstName")},
            {QStringLiteral("lastName"), QStringLiteral("lastName")},
            {QStringLiteral("groups"), QStringLiteral("groups")}};
}

IdpPreset saml(const QString& key, const QString& name, const QString& provider)
{
    IdpPreset p;
    p.key = key;
    p.name = name;
    p.provider = provider;
    p.protocol = IdpPreset::Protocol::Saml;
    p.acsLabel = t("ACS URL");
    p.entityIdLabel = t("SP Entity ID");
    p.metadataUrlLabel = t("SP Metadata URL");
    p.idpMetadataHint = t("The IdP's metadata URL");
    p.idpEntityIdLabel = t("Issuer (IdP Entity ID)");
    p.idpSsoUrlLabel = t("Sign-on URL (SSO URL)");
    p.idpCertificateLabel = t("Signing Certificate (X.509)");
    p.attributes = standardAttributes();
    return p;
}

QList<IdpPreset> build()
{
    QList<IdpPreset> list;

    IdpPreset okta = saml(QStringLiteral("okta"), t("Okta"), QStringLiteral("OKTA"));
    okta.acsLabel = t("Single sign-on URL");
    okta.entityIdLabel = t("Audience URI (SP Entity ID)");
    okta.idpMetadataHint = t("Sign On tab › Metadata Details › Metadata URL");
    okta.steps = {t("In the Okta Admin Console open Applications › Applications › Create App Integration, choose "
                    "SAML 2.0 and give the app a name."),
                  t("Paste the values below into “Single sign-on URL” and “Audience URI (SP Entity ID)”; leave "
                    "Default RelayState blank; Name ID format EmailAddress, Application username Email."),
                  t("Add the attribute statements shown on the next page, then Finish."),
                  t("Assignments › Assign to People or Groups."),
                  t("Copy the Metadata URL from Sign On › Metadata Details.")};
    list.append(okta);

    IdpPreset entra = saml(QStringLiteral("entra"), t("Microsoft Entra ID"), QStringLiteral("MICROSOFT_AD"));
    entra.acsLabel = t("Reply URL (Assertion Consumer Service URL)");
    entra.entityIdLabel = t("Identifier (Entity ID)");
    entra.metadataUrlLabel = t("Metadata XML (Upload metadata file)");
    entra.idpMetadataHint = t("SAML Certificates › App Federation Metadata Url");
    entra.steps = {t("Enterprise applications › New application › Create your own application › “Integrate any "
                     "other application you don't find in the gallery (Non-gallery)”."),
                   t("Single sign-on › SAML; either “Upload metadata file” with the SP metadata below or enter "
                     "the Identifier and Reply URL."),
                   t("Attributes & Claims › Edit: add the claims shown on the next page."),
                   t("Users and groups › Add user/group."),
                   t("Copy the App Federation Metadata Url from SAML Certificates.")};
    entra.attributes = {{QStringLiteral("email"), QStringLiteral("user.mail")},
                        {QStringLiteral("firstName"), QStringLiteral("user.givenname")},
                        {QStringLiteral("lastName"), QStringLiteral("user.surname")},
                        {QStringLiteral("groups"), QStringLiteral("user.groups")}};
    list.append(entra);

    IdpPreset google = saml(QStringLiteral("google"), t("Google Workspace"), QStringLiteral("GOOGLE"));
    google.acsLabel = t("ACS URL");
    google.entityIdLabel = t("Entity ID");
    google.idpMetadataHint = t("Google Identity Provider details › Download metadata");
    google.idpEntityIdLabel = t("Entity ID");
    google.idpSsoUrlLabel = t("SSO URL");
    google.idpCertificateLabel = t("Certificate");
    google.steps = {t("As a super admin open admin.google.com › Apps › Web and mobile apps › Add app › Add custom "
                      "SAML app."),
                    t("Copy SSO URL, Entity ID and Certificate (or download the IDP metadata) from Google Identity "
                      "Provider details."),
                    t("Service provider details: paste the ACS URL and Entity ID below; Name ID format EMAIL."),
                    t("Attribute mapping: Primary email, First name, Last name as shown on the next page."),
                    t("User access: turn the app on for the users or groups that sign in.")};
    list.append(google);

    IdpPreset jumpcloud = saml(QStringLiteral("jumpcloud"), t("JumpCloud"), QStringLiteral("JUMPCLOUD"));
    jumpcloud.acsLabel = t("ACS URLs › Default URL");
    jumpcloud.entityIdLabel = t("SP Entity ID (also the IdP Entity ID)");
    jumpcloud.metadataUrlLabel = t("Service Provider Metadata › Upload Metadata");
    jumpcloud.idpMetadataHint = t("SSO tab › Copy Metadata URL");
    jumpcloud.steps = {t("SSO Applications › Add New Application › Custom SAML App."),
                       t("SSO tab: upload the SP metadata below, or paste the SP Entity ID into both “IdP Entity ID” "
                         "and “SP Entity ID” and the ACS URL into ACS URLs › Default URL."),
                       t("Attributes: add the names shown on the next page."),
                       t("User Groups tab: assign the groups that sign in."),
                       t("SSO tab › Copy Metadata URL.")};
    list.append(jumpcloud);

    IdpPreset adfs = saml(QStringLiteral("adfs"), t("Microsoft AD FS"), QStringLiteral("ADFS"));
    adfs.acsLabel = t("Relying party SAML 2.0 SSO service URL");
    adfs.entityIdLabel = t("Relying party trust identifier");
    adfs.metadataUrlLabel = t("Federation metadata (import)");
    adfs.idpMetadataHint = t("https://<adfs>/FederationMetadata/2007-06/FederationMetadata.xml");
    adfs.idpEntityIdLabel = t("Microsoft AD FS Identifier (http://<adfs>/adfs/services/trust)");
    adfs.idpSsoUrlLabel = t("Login URL (https://<adfs>/adfs/ls)");
    adfs.idpCertificateLabel = t("Certificate (the first X509Certificate of the federation metadata)");
    adfs.steps = {t("Server Manager › Tools › AD FS Management › Relying Party Trusts › Add Relying Party Trust › "
                    "Claims aware."),
                  t("Import the SP metadata below (file or URL), give a display name, Access Control “Permit "
                    "everyone”."),
                  t("Edit Claim Issuance Policy › Add Rule “Send LDAP Attributes as Claims”: E-Mail-Addresses → "
                    "E-Mail Address, Given-Name → Given Name, Surname → Surname, User-Principal-Name → Name ID."),
                  t("Use the federation metadata URL, or enter the identifier, login URL and certificate manually.")};
    adfs.attributes = {
        {QStringLiteral("email"), QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")},
        {QStringLiteral("firstName"),
         QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname")},
        {QStringLiteral("lastName"), QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname")},
        {QStringLiteral("groups"), QStringLiteral("http://schemas.microsoft.com/ws/2008/06/identity/claims/groups")}};
    list.append(adfs);

    IdpPreset onelogin = saml(QStringLiteral("onelogin"), t("OneLogin"), QStringLiteral("ONELOGIN"));
    onelogin.acsLabel = t("ACS (Consumer) URL (also Recipient and ACS (Consumer) URL Validator)");
    onelogin.entityIdLabel = t("Audience (EntityID)");
    onelogin.idpMetadataHint = t("SSO tab › Issuer URL");
    onelogin.steps = {t("Applications › Add App › “SAML Custom Connector (Advanced)”."),
                      t("Configuration tab: paste the ACS URL into Recipient, ACS (Consumer) URL Validator and ACS "
                        "(Consumer) URL, and the Audience (EntityID)."),
                      t("Parameters tab: “+” for each attribute shown on the next page."),
                      t("Users › Applications “+”: assign the app."),
                      t("SSO tab: copy the Issuer URL (the metadata URL).")};
    list.append(onelogin);

    IdpPreset ping = saml(QStringLiteral("ping"), t("PingIdentity"), QStringLiteral("PING_IDENTITY"));
    ping.idpMetadataHint = t("Configuration › IDP Metadata URL");
    ping.idpEntityIdLabel = t("Issuer ID");
    ping.idpSsoUrlLabel = t("Single Signon Service");
    ping.steps = {t("PingOne Admin › Applications › + Add Application › type “SAML Application” › Configure."),
                  t("Import Metadata, Import from URL (the SP Metadata URL below) or Manually Enter the ACS URL and "
                    "Entity ID."),
                  t("Attribute mapping: Email Address, First Name, Last Name as on the next page."),
                  t("Access: assign users or groups.")};
    list.append(ping);

    IdpPreset generic = saml(QStringLiteral("saml"), t("Other SAML 2.0 identity provider"), QStringLiteral("CUSTOM"));
    generic.steps = {t("Create a SAML 2.0 application in your identity provider."),
                     t("Give it the ACS URL and SP Entity ID below, or the SP metadata (URL or file)."),
                     t("Send the attributes shown on the next page; assign users or groups."),
                     t("Copy the IdP metadata URL, or the issuer, sign-on URL and signing certificate.")};
    list.append(generic);

    IdpPreset oidc;
    oidc.key = QStringLiteral("oidc");
    oidc.name = t("OpenID Connect provider");
    oidc.protocol = IdpPreset::Protocol::Oidc;
    oidc.provider = QStringLiteral("CUSTOM");
    oidc.redirectUriLabel = t("Redirect URI (sign-in redirect URI)");
    oidc.idpMetadataHint = t("Issuer URL (or the discovery URL ending in /.well-known/openid-configuration)");
    oidc.steps = {t("Create an OpenID Connect application of type Web Application in your identity provider."),
                  t("Add the Redirect URI below as its sign-in redirect URI."),
                  t("Copy its Client ID, Client Secret and Issuer URL into this wizard."),
                  t("Assign the users or groups that sign in. Standard claims need no attribute mapping.")};
    oidc.attributes = {{QStringLiteral("email"), QStringLiteral("email")},
                       {QStringLiteral("firstName"), QStringLiteral("given_name")},
                       {QStringLiteral("lastName"), QStringLiteral("family_name")},
                       {QStringLiteral("groups"), QStringLiteral("groups")}};
    list.append(oidc);
    return list;
}
} // namespace

const QList<IdpPreset>& IdpPresets::all()
{
    static const QList<IdpPreset> presets = build();
    return presets;
}

const IdpPreset* IdpPresets::byKey(const QString& key)
{
    for (const IdpPreset& preset : all()) {
        if (preset.key == key) {
            return &preset;
        }
    }
    return nullptr;
}

const IdpPreset& IdpPresets::forConnection(const QString& provider, const QString& type)
{
    const bool oidc = type.compare(QStringLiteral("OIDC"), Qt::CaseInsensitive) == 0;
    if (oidc) {
        return *byKey(QStringLiteral("oidc"));
    }
    for (const IdpPreset& preset : all()) {
        if (preset.isSaml() && preset.provider == provider && preset.provider != QStringLiteral("CUSTOM")) {
            return preset;
        }
    }
    return *byKey(QStringLiteral("saml"));
}

} // namespace gatehouse::ui
