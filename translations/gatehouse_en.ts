<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was refused as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precondition failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for an engine on this computer (127.0.0.1); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment URL must not contain a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTables</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Local engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalekit environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTables</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created; the identity provider is not configured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured; no connection test has passed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last connection test passed; the connection is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: users sign in through this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last connection test failed; open Test… for the reason and the fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookTables</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::client::ApiClient</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment answered %1 with something that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::client::EnvironmentController</name>
    <message>
        <source>The system keychain is not available (%1). Client secrets are kept in memory for this session only; nothing secret is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for %1. Enter it again to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (%n organization(s)).</source>
        <translation>
            <numerusform>Connected to %1 (%n organization).</numerusform>
            <numerusform>Connected to %1 (%n organizations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine runs, but its credentials are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the local engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). As chosen in Settings, client secrets are stored in a plain file that only your user account can read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::client::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no Secret Service keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::client::LocalEngineSupervisor</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine (gatehouse-engine) was not found. Install it next to the app or set its path in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for the local engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtaining the administrator credentials of the local engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine could not be set up (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local engine on 127.0.0.1:%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine %1 is running on 127.0.0.1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its version differs from the app&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine stopped unexpectedly (it crashed or was killed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n restart(s); see the engine log.</source>
        <translation>
            <numerusform>Gave up after %n restart; see the engine log.</numerusform>
            <numerusform>Gave up after %n restarts; see the engine log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::client::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::client::PlainFileSecretStore</name>
    <message>
        <source>a plain file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a secrets file can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); enter the client secrets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::client::PortalLink</name>
    <message>
        <source>Paste the admin-portal link you received (it contains /magicLink/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gatehouse:// link does not open an admin portal (expected gatehouse://portal?link=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gatehouse:// link carries no portal link (its link= parameter is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an admin-portal link: it must end with /magicLink/&lt;id&gt;_p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know this admin-portal link. Check that you copied all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This admin-portal link has expired. Ask the person who sent it for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This admin-portal link was already used; a link opens once. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This admin-portal link was revoked. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept admin-portal links (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin-portal link was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment answered the portal link without a session or an organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::models::OrganizationListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::models::PagedTableModel</name>
    <message>
        <source>The list was reloaded during the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui</name>
    <message>
        <source>In the Okta Admin Console open &lt;b&gt;Applications → Applications → Browse App Catalog&lt;/b&gt; and add &lt;b&gt;“SCIM 2.0 Test App (OAuth Bearer Token)”&lt;/b&gt; with &lt;b&gt;Add Integration&lt;/b&gt;; give it a name and click &lt;b&gt;Done&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Provisioning&lt;/b&gt; tab click &lt;b&gt;Configure API Integration&lt;/b&gt;, tick &lt;b&gt;Enable API integration&lt;/b&gt;, paste the endpoint URL into &lt;b&gt;“SCIM 2.0 Base URL”&lt;/b&gt; and the token into &lt;b&gt;“OAuth Bearer Token”&lt;/b&gt;, then click &lt;b&gt;Test API Credentials&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Provisioning → To App&lt;/b&gt; click &lt;b&gt;Edit&lt;/b&gt; and enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Assignments&lt;/b&gt; tab use &lt;b&gt;Assign → Assign to People&lt;/b&gt; for the users to provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Push Groups&lt;/b&gt; tab use &lt;b&gt;Push Groups → Find groups by name&lt;/b&gt;, pick the groups and click &lt;b&gt;Push Immediately&lt;/b&gt;. Do not use the same groups for assignment and push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center open &lt;b&gt;Entra ID → Manage → All applications&lt;/b&gt;, click &lt;b&gt;+ New application&lt;/b&gt; and &lt;b&gt;+ Create your own application&lt;/b&gt;; name it and create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the new application open &lt;b&gt;Manage → Provisioning&lt;/b&gt; and set &lt;b&gt;Provisioning Mode&lt;/b&gt; to &lt;b&gt;Automatic&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Admin Credentials&lt;/b&gt; paste the endpoint URL into &lt;b&gt;“Tenant URL”&lt;/b&gt; and the token into &lt;b&gt;“Secret Token”&lt;/b&gt;; click &lt;b&gt;Test Connection&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Mappings&lt;/b&gt; open &lt;b&gt;“Provision Microsoft Entra ID Users”&lt;/b&gt; and set &lt;b&gt;Enabled&lt;/b&gt; to &lt;b&gt;Yes&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign users and groups to the application, set &lt;b&gt;Provisioning Status&lt;/b&gt; to &lt;b&gt;On&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;. Use &lt;b&gt;Provision on demand&lt;/b&gt; to send one user now; a full cycle can take up to 40 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the JumpCloud Admin Portal open &lt;b&gt;SSO Applications&lt;/b&gt; and click &lt;b&gt;+ Add New Application&lt;/b&gt;; search for a name that does not exist and create a custom application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the feature &lt;b&gt;“Export users to this app (Identity Management)”&lt;/b&gt; and click &lt;b&gt;Save Application&lt;/b&gt;, then &lt;b&gt;Configure Application&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Identity Management&lt;/b&gt; tab paste the endpoint URL into &lt;b&gt;“Endpoint URL”&lt;/b&gt; and the token into &lt;b&gt;“Bearer Token”&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Group management&lt;/b&gt; click &lt;b&gt;Activate&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;User Groups&lt;/b&gt; tab assign the groups to provision. Note: removing a group from the app unassigns its users but does not remove the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In OneLogin open &lt;b&gt;Administration → Applications → Add App&lt;/b&gt;, choose &lt;b&gt;“SCIM Provisioner with SAML (SCIM v2 Enterprise)”&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Configuration&lt;/b&gt; tab paste the endpoint URL into &lt;b&gt;“SCIM Base URL”&lt;/b&gt; and the token into &lt;b&gt;“SCIM Bearer Token”&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Provisioning&lt;/b&gt; tab enable provisioning and &lt;b&gt;Save&lt;/b&gt;. Users need a unique &lt;b&gt;username&lt;/b&gt; (an email address is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the app to users and approve the &lt;b&gt;Pending&lt;/b&gt; ones until they show &lt;b&gt;Provisioned&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For groups: under &lt;b&gt;Parameters → Groups&lt;/b&gt; tick &lt;b&gt;Include in User Provisioning&lt;/b&gt;, and add a &lt;b&gt;Rules&lt;/b&gt; entry “Set Groups in &amp;lt;App&amp;gt;” for each role to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other SCIM 2.0 provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your identity provider create a SCIM 2.0 provisioning application (RFC 7644).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint URL as the SCIM base URL; the server offers &lt;b&gt;/Users&lt;/b&gt;, &lt;b&gt;/Groups&lt;/b&gt;, &lt;b&gt;/ServiceProviderConfig&lt;/b&gt;, &lt;b&gt;/Schemas&lt;/b&gt; and &lt;b&gt;/ResourceTypes&lt;/b&gt; below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose bearer-token (OAuth bearer) authentication and paste the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable creating, updating and deactivating users, and pushing groups with their members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign users and groups and start provisioning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AddEnvironmentDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalekit environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-environment.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skc_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is stored in the system keychain, never in a settings file. Remote environments must use https; certificates are always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n organization(s).</source>
        <translation>
            <numerusform>Connected: %n organization.</numerusform>
            <numerusform>Connected: %n organizations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AggregatePanel</name>
    <message>
        <source>Show &amp;All Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by entity ID, name or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings and certificates of all entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Per role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate entity IDs: %1. Expired certificates: %2. Expiring certificates: %3. Weak keys: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AttributeMappingPage</name>
    <message>
        <source>&amp;Add Custom Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute name sent by the IdP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is required. Names are matched without regard to case; the usual aliases (claim URIs, urn:oid forms, mail, givenName, sn) are recognised even when not listed. Custom attributes appear in the profile&apos;s custom_attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these attributes from %1 with exactly these names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid attribute name (letters, digits and _; starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the attribute %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is required: enter the name the IdP sends the email address under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the IdP attribute name is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute mapping was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::BrowsingData</name>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser data cleared (open test browsers: %1, stored folders removed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CertificatePanel</name>
    <message>
        <source>Select a certificate to see its validity, key and fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n bit(s)</source>
        <translation>
            <numerusform>%1, %n bit</numerusform>
            <numerusform>%1, %n bits</numerusform>
        </translation>
    </message>
    <message>
        <source>— weak: use at least 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— weak hash (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CertificateTree</name>
    <message>
        <source>Entities and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity, role or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no entity ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreadable certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n bit(s)</source>
        <translation>
            <numerusform>%1, %n bit</numerusform>
            <numerusform>%1, %n bits</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionValuesPanel</name>
    <message>
        <source>Service provider values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CopyField</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DirectoryLiveView</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned users and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live view error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your identity provider to send users and groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 provisioned so far.</source>
        <extracomment>%1 is &quot;N user(s)&quot;, %2 is &quot;N group(s)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DirectoryMembersPanel</name>
    <message>
        <source>Directory users and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search directory users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by email, name, user name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy directory user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw attributes of the directory user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of the directory user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective roles of the directory user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search directory groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainCheckPanel</name>
    <message>
        <source>&amp;Check Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Verified &amp;Manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as verified manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What DNS returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: the record was not found in time. Restart the verification to get a new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT records found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolver: %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainRecordView</name>
    <message>
        <source>Record name (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record name (relative to the zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (full):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (short):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some DNS providers append your domain to the name you type. If yours does (the name field ends with “.%1” already), enter the short name; otherwise enter the full name. Keep the value exactly as shown, without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainVerifyDialog</name>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your DNS provider, add a record of type TXT with this name and value, then check it. DNS changes can take a few minutes to appear; pending domains are also re-checked in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainWizard</name>
    <message>
        <source>&amp;Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users whose email addresses end in a verified domain sign in through your organization&apos;s single sign-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the pending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;continue with a pending domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your DNS provider, add a record of type TXT with this name and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS changes can take a few minutes to appear. The domain is also re-checked in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a Domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DonePage</name>
    <message>
        <source>Single sign-on is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 is enabled. Users of %2 can now sign in with %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EnablePage</name>
    <message>
        <source>Enable &amp;without a passed test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once enabled, the organization&apos;s users sign in through this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable without a passed test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No test of this connection has passed in this session. Users may be unable to sign in; test it first unless you know the configuration works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connection %2 for %3 (%4). Status: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was not enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment left the connection disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EntityPickerModel</name>
    <message>
        <source>IdP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy decision point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no entity ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EnvironmentBar</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the local engine&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the environment “%1” and its stored client secret from this computer? The environment itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret for %1 (client ID %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Engine Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EventsView</name>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all organizations (or org_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all types (or e.g. organization.created, organization.domain_created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events since a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the event filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Types:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Severity of an informational finding</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by rule, message or fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::InspectorView</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, ID or external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose an environment in the toolbar, or add one with “Add Environment…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: your application&apos;s id for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;External ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the organization “%1” (%2) with its connections, directories and domains? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deleting the organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Metadata File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Metadata &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Engine &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Desktop admin portal for enterprise single sign-on and directory sync. This version contains the tenant inspector and the offline SAML metadata validator.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Portal Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Admin-Portal Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This admin-portal link connects Gatehouse to &lt;b&gt;%1&lt;/b&gt;, a server you have not used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a new server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect only if you expected a link from %1 (for example in an email from your identity team). Gatehouse remembers the server once you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-portal link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; some changes take effect after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the local engine…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataInputPanel</name>
    <message>
        <source>Metadata source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a metadata XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a metadata file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a metadata file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted metadata XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the metadata XML here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate Pasted Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the pasted metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Metadata File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of a metadata file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 100 MB; refusing to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the metadata XML first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataValidatorView</name>
    <message>
        <source>Metadata source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities and Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to re-validate yet: open a file, fetch a URL or paste metadata first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (Enter on a line shows its finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source — line %1 highlighted (Enter on a line shows its finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the findings and certificates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the validation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OidcIdpPage</name>
    <message>
        <source>&amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the profile scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the email scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the environment&apos;s built-in OIDC simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.com (or …/.well-known/openid-configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openid (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these from %1&apos;s application: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored; leave empty to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must be an absolute https URL, e.g. https://idp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment refused the OIDC configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationDetailView</name>
    <message>
        <source>Organization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-portal links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the domain “%1” from this organization? Users of that domain are no longer routed to its connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deleting the domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain to add, e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the domain to this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a role in this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is enabled: its users can no longer sign in through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection %1 from this organization? Its configuration and test results are removed; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deleting the connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 added. Publish its TXT record to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role “%1” from this environment? Group-to-role mappings to it are removed and users who hold it through a group lose it, in every organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other roles extend it and it extends no role: the engine will refuse until they extend another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other roles extend it: they will extend “%1” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deleting the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the directory %1 from this organization? Its %n synced user(s), its groups and its SCIM tokens are removed; the identity provider can no longer sync to it. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the directory %1 from this organization? Its %n synced user, its groups and its SCIM tokens are removed; the identity provider can no longer sync to it. This cannot be undone.</numerusform>
            <numerusform>Delete the directory %1 from this organization? Its %n synced users, its groups and its SCIM tokens are removed; the identity provider can no longer sync to it. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm deleting the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a new SCIM directory to this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected pending domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationEditDialog</name>
    <message>
        <source>Edit Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata, one key=value a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value, one a line (keys 3 to 25 characters, at most 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the organization was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata line %1 is not key=value: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata line %1 repeats the key “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PolicyPanel</name>
    <message>
        <source>Require a valid &amp;signature by the trusted signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab mode (allow http and local addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiry warning, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a valid signature by the trusted signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab mode: allow http and local addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for test setups: allows http:// URLs, localhost and private addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn about certificates expiring within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted si&amp;gner certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted signer certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trusted signer certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Signer Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the trusted signer certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PortalLinkDialog</name>
    <message>
        <source>Open Portal Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the admin-portal link you received from the application vendor. It opens one organization with the setup it allows; nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal link error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PortalLinksPanel</name>
    <message>
        <source>&amp;SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory s&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hareable (7 days, until revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new admin-portal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh admin-portal links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected admin-portal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every admin-portal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link grants SSO setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link grants directory sync setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate admin-portal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin-portal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new link is shown here once; it cannot be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-portal links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the admin-portal link %1? Sessions opened with it end at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every admin-portal link of this organization? All their sessions end at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate a link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ID of the selected admin-portal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the admin-portal links to CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Admin-Portal Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ProviderPage</name>
    <message>
        <source>Choose the identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which identity provider does the organization sign in with? The next pages use that provider&apos;s own names for every value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (OIDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 already exists; its identity provider cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ReportSummaryBar</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No metadata validated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entity(ies) in %2</source>
        <translation>
            <numerusform>%1 — %n entity in %2</numerusform>
            <numerusform>%1 — %n entities in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ResourceTablePanel</name>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 to CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown, more available</source>
        <translation>
            <numerusform>%n shown, more available</numerusform>
            <numerusform>%n shown, more available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ID of the selected row of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleEditDialog</name>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and _, e.g. billing_admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role it extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: extends no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the role was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be changed. An empty description or “Extends” keeps the stored value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be 1 to 64 letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Extends” must name another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleMappingEditor</name>
    <message>
        <source>App roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. billing_admin (letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Default Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displa&amp;y name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory groups → roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role for the selected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map Selected Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group-to-role mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a user&apos;s effective roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) saved.</source>
        <translation>
            <numerusform>%n mapping saved.</numerusform>
            <numerusform>%n mappings saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group is mapped yet: every user gets the default role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more groups and a role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: click Save Mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment does not offer group-to-role mapping (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n mapping(s).</source>
        <translation>
            <numerusform>Saved: %n mapping.</numerusform>
            <numerusform>Saved: %n mappings.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user to preview yet: provision users first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment does not compute effective roles (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the user&apos;s roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role (in no mapped group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has no role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s).</source>
        <translation>
            <numerusform>%n role.</numerusform>
            <numerusform>%n roles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a role in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be 1–64 letters, digits or underscores (it goes into tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a display name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the default role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SamlIdpPage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure using &amp;Metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload metadata &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure ma&amp;nually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure using the metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure with a metadata file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata validation result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata findings and fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab mode (allow http and private addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab mode: allow http and private addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the environment&apos;s built-in IdP simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP metadata file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the IdP&apos;s metadata XML (Enter to load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the IdP metadata file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…
-----END CERTIFICATE-----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Certificate File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the signing certificate from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find it in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; that is not an IdP&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable: this is not SAML metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invalid: %n error(s); fix them in the IdP and fetch again.</source>
        <translation>
            <numerusform>Invalid: %n error; fix it in the IdP and fetch again.</numerusform>
            <numerusform>Invalid: %n errors; fix them in the IdP and fetch again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid with %n warning(s).</source>
        <translation>
            <numerusform>Valid with %n warning.</numerusform>
            <numerusform>Valid with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata has errors; fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment refused the IdP configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimCheckPage</name>
    <message>
        <source>&amp;Send Test Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Send Test Request” replays a SCIM client&apos;s requests against your endpoint (it creates and deletes a test user and group). Below, users and groups appear as your provider sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test request results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test request summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed: the endpoint and the token work.</source>
        <translation>
            <numerusform>All %n check passed: the endpoint and the token work.</numerusform>
            <numerusform>All %n checks passed: the endpoint and the token work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed.</source>
        <translation>
            <numerusform>%1 of %n check failed.</numerusform>
            <numerusform>%1 of %n checks failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending test requests…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimCredentialsPage</name>
    <message>
        <source>SCIM endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time token warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rotation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the token now.&lt;/b&gt; It is shown only this once and cannot be displayed again; Gatehouse stores only a hash of it. If you lose it, rotate the token and paste the new one into your identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste these into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL
(%1 calls it “%2”):</source>
        <extracomment>%1 is the identity provider&apos;s own name for the field, e.g. &quot;Tenant URL&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token
(%1 calls it “%2”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not rotated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token issued; copy it now. The previous token keeps working for a while (7 days by default) so provisioning does not stop while you update %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimMappingPage</name>
    <message>
        <source>Map groups to roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users get the roles of the groups they are in; users in no mapped group get the default role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimProviderPage</name>
    <message>
        <source>&amp;Create Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which identity provider sends your users?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse creates a SCIM 2.0 endpoint for it and shows the provider&apos;s own steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create directory error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory was created but not enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory was created but no token was issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimSetupWizard</name>
    <message>
        <source>Connect a SCIM Directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimStepsPage</name>
    <message>
        <source>Steps in the identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow these steps in %1&apos;s admin console, then come back to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ServiceProviderPage</name>
    <message>
        <source>&amp;Download Metadata XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the SP metadata XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SP Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in the identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these values into %1. Each is labelled with the name %1 gives the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this redirect URI with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SP metadata could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the SP metadata to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the local engine when Gatehouse starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Browser Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart &amp;Engine Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nvironments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secrets are kept in the system keychain, never in the settings file. The local engine is always present and cannot be edited or removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local engine data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local engine port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local engine when Gatehouse starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local engine log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug (troubleshooting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the local engine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local engine restart progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local engine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local engine restart needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt on 127.0.0.1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port, the data folder and the log level take effect when the local engine restarts: apply them, then restart the engine. The port is part of the local engine&apos;s SP entity IDs, ACS URLs and token issuer: changing it breaks connections already configured at an identity provider. A new data folder starts an empty engine with new credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect after Gatehouse is restarted. Colours follow the system&apos;s light or dark appearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the embedded browser&apos;s cookies and cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of clearing browser data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test browser keeps no cookies or cache after it closes. Clearing now also ends the identity-provider sessions of test browsers that are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the environment “%1” and its stored client secret from this computer? The environment itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm removing an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Engine Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder must be an absolute path, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights: choose a port from 1024 to 65535, or Automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local engine cannot be restarted right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restart failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments are available here, so the local engine cannot be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current environment is remote: only the bundled local engine can be restarted from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the local engine started: %1. Restart it now to use the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store client secrets in a plain &amp;file when the system keychain is not available (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store client secrets in a plain file without a keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where the system keychain is not available: client secrets are written to %1, readable by your user account and by anything running as you. Turning this off deletes the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SetupView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory yet: connect one with the SCIM wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up &amp;Single Sign-On…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the organization&apos;s identity provider (SAML or OIDC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prove ownership of an email domain with a DNS TXT record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a SCIM &amp;Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision users and groups from Okta, Entra ID, JumpCloud, OneLogin or any SCIM 2.0 provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map Groups to Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give directory groups app roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory (for role mapping):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the admin-portal link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single sign-on and domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory sync and role mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin portal&lt;/b&gt; for %1 on %2 — this link grants %3. The session ends %4 or when Gatehouse quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the environment says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-portal session opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an environment. Connect one, or open an admin-portal link (File → Open Portal Link…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment administrator: every organization and every wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list organizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list directories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Groups to Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SourceView</name>
    <message>
        <source>Metadata source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validated document appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document (%1) is too large to show here; the findings name their lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoActionsBar</name>
    <message>
        <source>Contin&amp;ue Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue setting up the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected connection in the embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new single sign-on connection for this organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoApi</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoWizard</name>
    <message>
        <source>Single sign-on setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Single Sign-On — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard (the setup can be continued later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoWizardPage</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestBrowser</name>
    <message>
        <source>Refused %1: %2. The page was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
• Subject: %1
  Issuer: %2
  Valid: %3 – %4
  SHA-256: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (codes and tokens hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new SP-initiated test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IdP-Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an IdP-initiated login at the simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: choose on the simulator page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User login (success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: bad signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: expired assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: wrong audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: missing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: IdP error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: unsigned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: wrong issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: replayed assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the simulator&apos;s form automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trace to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step, decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has no test URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP-initiated login: the SAML trace shows what the IdP sent; the service provider then redirects to the application (no test result is stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayState: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the test result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test result could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthnRequest (as the engine sent it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMLResponse (as the engine received it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service provider&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop-up opened in the system browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestOutcome</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalized profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw attributes from the IdP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, reason and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Test connection succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Test connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test is still pending (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test passed.&lt;/b&gt; Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test has not finished (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Test failed:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestPage</name>
    <message>
        <source>&amp;Test Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in once through the identity provider in the test browser. The result, and a trace of every SAML or OIDC message, appear there and here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection under test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection in the embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 (%2, %3), status %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test has run in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TraceDecoder</name>
    <message numerus="yes">
        <source>(redacted, %n character(s))</source>
        <translation>
            <numerusform>(redacted, %n character)</numerusform>
            <numerusform>(redacted, %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TraceModel</name>
    <message>
        <source>Gatehouse SSO trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UrlFetchWidget</name>
    <message>
        <source>&amp;Fetch and Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.com/saml/metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and validate the metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the metadata URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ValidityTimeline</name>
    <message>
        <source>Certificate validity timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity dates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago, on %1.</source>
        <translation>
            <numerusform>Expired %n day ago, on %1.</numerusform>
            <numerusform>Expired %n days ago, on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1 — inside the %2-day warning window.</source>
        <translation>
            <numerusform>Expires in %n day, on %1 — inside the %2-day warning window.</numerusform>
            <numerusform>Expires in %n days, on %1 — inside the %2-day warning window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n more day(s), until %1; the warning window starts on %2.</source>
        <translation>
            <numerusform>Valid for %n more day, until %1; the warning window starts on %2.</numerusform>
            <numerusform>Valid for %n more days, until %1; the warning window starts on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WebhookEditDialog</name>
    <message>
        <source>E&amp;nabled (events are delivered to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Webhook Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit webhook endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. organization.*, connection.enabled; empty = all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the endpoint was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WebhooksView</name>
    <message>
        <source>&amp;Create Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable or disable the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test event to the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeliver the selected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com/hooks/gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. organization.*, connection.enabled; empty = all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create webhook endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing secret is shown here once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery log of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook endpoint %1 and its delivery log? Events are no longer sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the signing secret now: it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rotate the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new signing secret is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new signing secret is shown only once; the previous one keeps signing until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send a test event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redeliver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deliveries with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending (waiting for a retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts of the selected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts of the selected delivery:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gatehouse desktop admin portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the bundled engine at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata file to validate, or an admin-portal link (…/magicLink/…_p or gatehouse://portal?link=…) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
