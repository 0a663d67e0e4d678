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
    <name>gatehouse::ui::SsoActionsBar</name>
    <message>
        <source>Set Up &amp;SSO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contin&amp;ue Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up single sign-on for this organization</source>
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
    <name>main</name>
    <message>
        <source>Gatehouse desktop admin portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML metadata file to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the bundled engine at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
