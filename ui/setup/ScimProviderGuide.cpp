#include "ui/setup/ScimProviderGuide.h"

#include <QCoreApplication>

namespace gatehouse::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gatehouse::ui::ScimProviderGuide", text);
}

ScimProviderGuide okta()
{
    return {QStringLiteral("okta"),
            QStringLiteral("OKTA"),
            QStringLiteral("Okta"),
            QStringLiteral("SCIM 2.0 Base URL"),
            QStringLiteral("OAuth Bearer Token"),
            {tr("In the Okta Admin Console open <b>Applications → Applications → Browse App Catalog</b> and add "
                "<b>“SCIM 2.0 Test App (OAuth Bearer Token)”</b> with <b>Add Integration</b>; give it a name and "
                "click <b>Done</b>."),
             tr("On the <b>Provisioning</b> tab click <b>Configure API Integration</b>, tick <b>Enable API "
                "integration</b>, paste the endpoint URL into <b>“SCIM 2.0 Base URL”</b> and the token into "
                "<b>“OAuth Bearer Token”</b>, then click <b>Test API Credentials</b> and <b>Save</b>."),
             tr("Under <b>Provisioning → To App</b> click <b>Edit</b> and enable <b>Create Users</b>, <b>Update "
                "User Attributes</b> and <b>Deactivate Users</b>; <b>Save</b>."),
             tr("On the <b>Assignments</b> tab use <b>Assign → Assign to People</b> for the users to provision."),
             tr("On the <b>Push Groups</b> tab use <b>Push Groups → Find groups by name</b>, pick the groups and "
                "click <b>Push Immediately</b>. Do not use the same groups for assignment and push.")},
            QStringLiteral("okta")};
}

ScimProviderGuide entra()
{
    return {QStringLiteral("entra"),
            QStringLiteral("MICROSOFT_AD"),
            QStringLiteral("Microsoft Entra ID"),
            QStringLiteral("Tenant URL"),
            QStringLiteral("Secret Token"),
            {tr("In the Microsoft Entra admin center open <b>Entra ID → Manage → All applications</b>, click <b>+ New "
                "application</b> and <b>+ Create your own application</b>; name it and create it."),
             tr("In the new application open <b>Manage → Provisioning</b> and set <b>Provisioning Mode</b> to "
                "<b>Automatic</b>."),
             tr("Under <b>Admin Credentials</b> paste the endpoint URL into <b>“Tenant URL”</b> and the token into "
                "<b>“Secret Token”</b>; click <b>Test Connection</b> and <b>Save</b>."),
             tr("Under <b>Mappings</b> open <b>“Provision Microsoft Entra ID Users”</b> and set <b>Enabled</b> to "
                "<b>Yes</b>."),
             tr("Assign users and groups to the application, set <b>Provisioning Status</b> to <b>On</b> and "
                "<b>Save</b>. Use <b>Provision on demand</b> to send one user now; a full cycle can take up to 40 "
                "minutes.")},
            QStringLiteral("entra")};
}

ScimProviderGuide jumpCloud()
{
    return {QStringLiteral("jumpcloud"),
            QStringLiteral("JUMPCLOUD"),
            QStringLiteral("JumpCloud"),
            QStringLiteral("Endpoint URL"),
            QStringLiteral("Bearer Token"),
            {tr("In the JumpCloud Admin Portal open <b>SSO Applications</b> and click <b>+ Add New Application</b>; "
                "search for a name that does not exist and create a custom application."),
             tr("Select the feature <b>“Export users to this app (Identity Management)”</b> and click <b>Save "
                "Application</b>, then <b>Configure Application</b>."),
             tr("On the <b>Identity Management</b> tab paste the endpoint URL into <b>“Endpoint URL”</b> and the "
                "token into <b>“Bearer Token”</b>."),
             tr("Under <b>Group management</b> click <b>Activate</b>, then <b>Save</b>."),
             tr("On the <b>User Groups</b> tab assign the groups to provision. Note: removing a group from the app "
                "unassigns its users but does not remove the group.")},
            QStringLiteral("rfc")};
}

ScimProviderGuide oneLogin()
{
    return {QStringLiteral("onelogin"),
            QStringLiteral("ONELOGIN"),
            QStringLiteral("OneLogin"),
            QStringLiteral("SCIM Base URL"),
            QStringLiteral("SCIM Bearer Token"),
            {tr("In OneLogin open <b>Administration → Applications → Add App</b>, choose <b>“SCIM Provisioner with "
                "SAML (SCIM v2 Enterprise)”</b> and click <b>Save</b>."),
             tr("On the <b>Configuration</b> tab paste the endpoint URL into <b>“SCIM Base URL”</b> and the token "
                "into <b>“SCIM Bearer Token”</b>, then <b>Save</b>."),
             tr("On the <b>Provisioning</b> tab enable provisioning and <b>Save</b>. Users need a unique "
                "<b>username</b> (an email address is fine)."),
             tr("Assign the app to users and approve the <b>Pending</b> ones until they show <b>Provisioned</b>."),
             tr("For groups: under <b>Parameters → Groups</b> tick <b>Include in User Provisioning</b>, and add a "
                "<b>Rules</b> entry “Set Groups in &lt;App&gt;” for each role to send.")},
            QStringLiteral("rfc")};
}

ScimProviderGuide generic()
{
    return {QStringLiteral("generic"),
            QStringLiteral("DIRECTORY_PROVIDER_UNSPECIFIED"),
            tr("Other SCIM 2.0 provider"),
            tr("SCIM base URL"),
            tr("Bearer token"),
            {tr("In your identity provider create a SCIM 2.0 provisioning application (RFC 7644)."),
             tr("Enter the endpoint URL as the SCIM base URL; the server offers <b>/Users</b>, <b>/Groups</b>, "
                "<b>/ServiceProviderConfig</b>, <b>/Schemas</b> and <b>/ResourceTypes</b> below it."),
             tr("Choose bearer-token (OAuth bearer) authentication and paste the token."),
             tr("Enable creating, updating and deactivating users, and pushing groups with their members."),
             tr("Assign users and groups and start provisioning.")},
            QStringLiteral("rfc")};
}

} // namespace

QList<ScimProviderGuide> ScimProviderGuide::all()
{
    return {okta(), entra(), jumpCloud(), oneLogin(), generic()};
}

ScimProviderGuide ScimProviderGuide::forKey(const QString& key)
{
    for (const ScimProviderGuide& guide : all()) {
        if (guide.key == key) {
            return guide;
        }
    }
    return generic();
}

} // namespace gatehouse::ui
