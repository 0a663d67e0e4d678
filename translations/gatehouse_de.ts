<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was refused as invalid</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Precondition failed</source>
        <translation>Vorbedingung nicht erfüllt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Not supported by this environment</source>
        <translation>Von dieser Umgebung nicht unterstützt</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment URL is not a valid URL.</source>
        <translation>Die URL der Umgebung ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The environment URL must start with https://.</source>
        <translation>Die URL der Umgebung muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for an engine on this computer (127.0.0.1); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für eine Engine auf diesem Computer (127.0.0.1) erlaubt; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>The environment URL must not contain a user name, query or fragment.</source>
        <translation>Die URL der Umgebung darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation>Die Client-ID fehlt.</translation>
    </message>
    <message>
        <source>The client secret is missing.</source>
        <translation>Das Client-Geheimnis fehlt.</translation>
    </message>
</context>
<context>
    <name>DirectoryTables</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Local engine</source>
        <translation>Lokale Engine</translation>
    </message>
    <message>
        <source>Gatehouse engine</source>
        <translation>Gatehouse-Engine</translation>
    </message>
    <message>
        <source>Scalekit environment</source>
        <translation>Scalekit-Umgebung</translation>
    </message>
</context>
<context>
    <name>ResourceTables</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>SCIM endpoint</source>
        <translation>SCIM-Endpunkt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation>Name des TXT-Eintrags</translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation>Wert des TXT-Eintrags</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Created; the identity provider is not configured yet.</source>
        <translation>Angelegt; der Identitätsanbieter ist noch nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Configured; no connection test has passed yet.</source>
        <translation>Konfiguriert; bisher hat kein Verbindungstest bestanden.</translation>
    </message>
    <message>
        <source>The last connection test passed; the connection is not enabled.</source>
        <translation>Der letzte Verbindungstest war erfolgreich; die Verbindung ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>Enabled: users sign in through this connection.</source>
        <translation>Aktiviert: Benutzer melden sich über diese Verbindung an.</translation>
    </message>
    <message>
        <source>The last connection test failed; open Test… for the reason and the fix.</source>
        <translation>Der letzte Verbindungstest ist fehlgeschlagen; öffnen Sie „Testen…“, um Ursache und Behebung zu sehen.</translation>
    </message>
</context>
<context>
    <name>WebhookTables</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No (failing)</source>
        <translation>Nein (fehlerhaft)</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::ApiClient</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The environment answered %1 with something that is not a JSON object.</source>
        <translation>Die Umgebung hat auf %1 mit etwas geantwortet, das kein JSON-Objekt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified: %2</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused.</source>
        <translation>Keine Verbindung zu %1: Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::EnvironmentController</name>
    <message>
        <source>The system keychain is not available (%1). Client secrets are kept in memory for this session only; nothing secret is written to disk.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Client-Geheimnisse werden nur für diese Sitzung im Speicher gehalten; nichts Geheimes wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No client secret is stored for %1. Enter it again to connect.</source>
        <translation>Für %1 ist kein Client-Geheimnis gespeichert. Geben Sie es erneut ein, um sich zu verbinden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (%n organization(s)).</source>
        <translation>
            <numerusform>Verbunden mit %1 (%n Organisation).</numerusform>
            <numerusform>Verbunden mit %1 (%n Organisationen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local engine…</source>
        <translation>Lokale Engine wird gestartet…</translation>
    </message>
    <message>
        <source>The local engine runs, but its credentials are unknown.</source>
        <translation>Die lokale Engine läuft, aber ihre Zugangsdaten sind unbekannt.</translation>
    </message>
    <message>
        <source>The local engine is stopped.</source>
        <translation>Die lokale Engine ist angehalten.</translation>
    </message>
    <message>
        <source>Restarting the local engine…</source>
        <translation>Lokale Engine wird neu gestartet…</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). As chosen in Settings, client secrets are stored in a plain file that only your user account can read: %2.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (%1). Wie in den Einstellungen gewählt, werden Client-Geheimnisse in einer unverschlüsselten Datei gespeichert, die nur Ihr Benutzerkonto lesen kann: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::KeychainSecretStore</name>
    <message>
        <source>no D-Bus session bus, so no Secret Service keyring</source>
        <translation>kein D-Bus-Sitzungsbus und damit kein Secret-Service-Schlüsselbund</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::LocalEngineSupervisor</name>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>setting up</source>
        <translation>wird eingerichtet</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>wird neu gestartet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>The local engine (gatehouse-engine) was not found. Install it next to the app or set its path in the settings.</source>
        <translation>Die lokale Engine (gatehouse-engine) wurde nicht gefunden. Installieren Sie sie neben der App oder legen Sie ihren Pfad in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for the local engine.</source>
        <translation>Kein freier Port auf 127.0.0.1 für die lokale Engine.</translation>
    </message>
    <message>
        <source>Obtaining the administrator credentials of the local engine…</source>
        <translation>Administrator-Zugangsdaten der lokalen Engine werden abgerufen…</translation>
    </message>
    <message>
        <source>The local engine could not be started: %1</source>
        <translation>Die lokale Engine konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local engine could not be set up (exit code %1): %2</source>
        <translation>Die lokale Engine konnte nicht eingerichtet werden (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>Starting the local engine on 127.0.0.1:%1…</source>
        <translation>Lokale Engine wird auf 127.0.0.1:%1 gestartet…</translation>
    </message>
    <message>
        <source>The local engine %1 is running on 127.0.0.1:%2.</source>
        <translation>Die lokale Engine %1 läuft auf 127.0.0.1:%2.</translation>
    </message>
    <message>
        <source>Its version differs from the app&apos;s (%1).</source>
        <translation>Ihre Version weicht von der der App ab (%1).</translation>
    </message>
    <message>
        <source>The local engine stopped unexpectedly (it crashed or was killed).</source>
        <translation>Die lokale Engine wurde unerwartet beendet (abgestürzt oder abgebrochen).</translation>
    </message>
    <message>
        <source>The local engine exited with code %1.</source>
        <translation>Die lokale Engine wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Letzte Meldung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n restart(s); see the engine log.</source>
        <translation>
            <numerusform>Nach %n Neustart aufgegeben; siehe Engine-Protokoll.</numerusform>
            <numerusform>Nach %n Neustarts aufgegeben; siehe Engine-Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting in %1 s…</source>
        <translation>Neustart in %1 s…</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::PlainFileSecretStore</name>
    <message>
        <source>a plain file (%1)</source>
        <translation>eine unverschlüsselte Datei (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a secrets file can be.</source>
        <translation>%1 ist größer, als eine Geheimnisdatei sein kann.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); enter the client secrets again.</source>
        <translation>%1 ist beschädigt (%2); geben Sie die Client-Geheimnisse erneut ein.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Die Zugriffsrechte von %1 können nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::PortalLink</name>
    <message>
        <source>Paste the admin-portal link you received (it contains /magicLink/).</source>
        <translation>Fügen Sie den erhaltenen Admin-Portal-Link ein (er enthält /magicLink/).</translation>
    </message>
    <message>
        <source>This gatehouse:// link does not open an admin portal (expected gatehouse://portal?link=…).</source>
        <translation>Dieser gatehouse://-Link öffnet kein Admin-Portal (erwartet: gatehouse://portal?link=…).</translation>
    </message>
    <message>
        <source>The gatehouse:// link carries no portal link (its link= parameter is missing).</source>
        <translation>Der gatehouse://-Link enthält keinen Portal-Link (der Parameter link= fehlt).</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>This is not an admin-portal link: it must end with /magicLink/&lt;id&gt;_p.</source>
        <translation>Dies ist kein Admin-Portal-Link: Er muss auf /magicLink/&lt;id&gt;_p enden.</translation>
    </message>
    <message>
        <source>%1 does not know this admin-portal link. Check that you copied all of it.</source>
        <translation>%1 kennt diesen Admin-Portal-Link nicht. Prüfen Sie, ob Sie ihn vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>This admin-portal link has expired. Ask the person who sent it for a new one.</source>
        <translation>Dieser Admin-Portal-Link ist abgelaufen. Bitten Sie die Person, die ihn gesendet hat, um einen neuen.</translation>
    </message>
    <message>
        <source>This admin-portal link was already used; a link opens once. Ask for a new one.</source>
        <translation>Dieser Admin-Portal-Link wurde bereits verwendet; ein Link öffnet nur einmal. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>This admin-portal link was revoked. Ask for a new one.</source>
        <translation>Dieser Admin-Portal-Link wurde widerrufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>%1 does not accept admin-portal links (HTTP 404).</source>
        <translation>%1 akzeptiert keine Admin-Portal-Links (HTTP 404).</translation>
    </message>
    <message>
        <source>The admin-portal link was refused: %1</source>
        <translation>Der Admin-Portal-Link wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The environment answered the portal link without a session or an organization.</source>
        <translation>Die Umgebung hat auf den Portal-Link ohne Sitzung oder Organisation geantwortet.</translation>
    </message>
</context>
<context>
    <name>gatehouse::models::OrganizationListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::models::PagedTableModel</name>
    <message>
        <source>The list was reloaded during the export.</source>
        <translation>Die Liste wurde während des Exports neu geladen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui</name>
    <message>
        <source>In the Okta Admin Console open &lt;b&gt;Applications → Applications → Browse App Catalog&lt;/b&gt; and add &lt;b&gt;“SCIM 2.0 Test App (OAuth Bearer Token)”&lt;/b&gt; with &lt;b&gt;Add Integration&lt;/b&gt;; give it a name and click &lt;b&gt;Done&lt;/b&gt;.</source>
        <translation>Öffnen Sie in der Okta Admin Console &lt;b&gt;Applications → Applications → Browse App Catalog&lt;/b&gt; und fügen Sie &lt;b&gt;„SCIM 2.0 Test App (OAuth Bearer Token)“&lt;/b&gt; mit &lt;b&gt;Add Integration&lt;/b&gt; hinzu; geben Sie ihr einen Namen und klicken Sie auf &lt;b&gt;Done&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Provisioning&lt;/b&gt; tab click &lt;b&gt;Configure API Integration&lt;/b&gt;, tick &lt;b&gt;Enable API integration&lt;/b&gt;, paste the endpoint URL into &lt;b&gt;“SCIM 2.0 Base URL”&lt;/b&gt; and the token into &lt;b&gt;“OAuth Bearer Token”&lt;/b&gt;, then click &lt;b&gt;Test API Credentials&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Klicken Sie auf der Registerkarte &lt;b&gt;Provisioning&lt;/b&gt; auf &lt;b&gt;Configure API Integration&lt;/b&gt;, aktivieren Sie &lt;b&gt;Enable API integration&lt;/b&gt;, fügen Sie die Endpunkt-URL in &lt;b&gt;„SCIM 2.0 Base URL“&lt;/b&gt; und das Token in &lt;b&gt;„OAuth Bearer Token“&lt;/b&gt; ein und klicken Sie dann auf &lt;b&gt;Test API Credentials&lt;/b&gt; und &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Provisioning → To App&lt;/b&gt; click &lt;b&gt;Edit&lt;/b&gt; and enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Klicken Sie unter &lt;b&gt;Provisioning → To App&lt;/b&gt; auf &lt;b&gt;Edit&lt;/b&gt; und aktivieren Sie &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; und &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Assignments&lt;/b&gt; tab use &lt;b&gt;Assign → Assign to People&lt;/b&gt; for the users to provision.</source>
        <translation>Verwenden Sie auf der Registerkarte &lt;b&gt;Assignments&lt;/b&gt; &lt;b&gt;Assign → Assign to People&lt;/b&gt; für die bereitzustellenden Benutzer.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Push Groups&lt;/b&gt; tab use &lt;b&gt;Push Groups → Find groups by name&lt;/b&gt;, pick the groups and click &lt;b&gt;Push Immediately&lt;/b&gt;. Do not use the same groups for assignment and push.</source>
        <translation>Verwenden Sie auf der Registerkarte &lt;b&gt;Push Groups&lt;/b&gt; &lt;b&gt;Push Groups → Find groups by name&lt;/b&gt;, wählen Sie die Gruppen aus und klicken Sie auf &lt;b&gt;Push Immediately&lt;/b&gt;. Verwenden Sie nicht dieselben Gruppen für Zuweisung und Push.</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center open &lt;b&gt;Entra ID → Manage → All applications&lt;/b&gt;, click &lt;b&gt;+ New application&lt;/b&gt; and &lt;b&gt;+ Create your own application&lt;/b&gt;; name it and create it.</source>
        <translation>Öffnen Sie im Microsoft Entra Admin Center &lt;b&gt;Entra ID → Manage → All applications&lt;/b&gt;, klicken Sie auf &lt;b&gt;+ New application&lt;/b&gt; und &lt;b&gt;+ Create your own application&lt;/b&gt;; benennen und erstellen Sie sie.</translation>
    </message>
    <message>
        <source>In the new application open &lt;b&gt;Manage → Provisioning&lt;/b&gt; and set &lt;b&gt;Provisioning Mode&lt;/b&gt; to &lt;b&gt;Automatic&lt;/b&gt;.</source>
        <translation>Öffnen Sie in der neuen Anwendung &lt;b&gt;Manage → Provisioning&lt;/b&gt; und setzen Sie &lt;b&gt;Provisioning Mode&lt;/b&gt; auf &lt;b&gt;Automatic&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Admin Credentials&lt;/b&gt; paste the endpoint URL into &lt;b&gt;“Tenant URL”&lt;/b&gt; and the token into &lt;b&gt;“Secret Token”&lt;/b&gt;; click &lt;b&gt;Test Connection&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Fügen Sie unter &lt;b&gt;Admin Credentials&lt;/b&gt; die Endpunkt-URL in &lt;b&gt;„Tenant URL“&lt;/b&gt; und das Token in &lt;b&gt;„Secret Token“&lt;/b&gt; ein; klicken Sie auf &lt;b&gt;Test Connection&lt;/b&gt; und &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Mappings&lt;/b&gt; open &lt;b&gt;“Provision Microsoft Entra ID Users”&lt;/b&gt; and set &lt;b&gt;Enabled&lt;/b&gt; to &lt;b&gt;Yes&lt;/b&gt;.</source>
        <translation>Öffnen Sie unter &lt;b&gt;Mappings&lt;/b&gt; &lt;b&gt;„Provision Microsoft Entra ID Users“&lt;/b&gt; und setzen Sie &lt;b&gt;Enabled&lt;/b&gt; auf &lt;b&gt;Yes&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Assign users and groups to the application, set &lt;b&gt;Provisioning Status&lt;/b&gt; to &lt;b&gt;On&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;. Use &lt;b&gt;Provision on demand&lt;/b&gt; to send one user now; a full cycle can take up to 40 minutes.</source>
        <translation>Weisen Sie der Anwendung Benutzer und Gruppen zu, setzen Sie &lt;b&gt;Provisioning Status&lt;/b&gt; auf &lt;b&gt;On&lt;/b&gt; und klicken Sie auf &lt;b&gt;Save&lt;/b&gt;. Mit &lt;b&gt;Provision on demand&lt;/b&gt; senden Sie sofort einen Benutzer; ein vollständiger Zyklus kann bis zu 40 Minuten dauern.</translation>
    </message>
    <message>
        <source>In the JumpCloud Admin Portal open &lt;b&gt;SSO Applications&lt;/b&gt; and click &lt;b&gt;+ Add New Application&lt;/b&gt;; search for a name that does not exist and create a custom application.</source>
        <translation>Öffnen Sie im JumpCloud Admin Portal &lt;b&gt;SSO Applications&lt;/b&gt; und klicken Sie auf &lt;b&gt;+ Add New Application&lt;/b&gt;; suchen Sie nach einem nicht vorhandenen Namen und legen Sie eine benutzerdefinierte Anwendung an.</translation>
    </message>
    <message>
        <source>Select the feature &lt;b&gt;“Export users to this app (Identity Management)”&lt;/b&gt; and click &lt;b&gt;Save Application&lt;/b&gt;, then &lt;b&gt;Configure Application&lt;/b&gt;.</source>
        <translation>Wählen Sie die Funktion &lt;b&gt;„Export users to this app (Identity Management)“&lt;/b&gt; und klicken Sie auf &lt;b&gt;Save Application&lt;/b&gt;, dann auf &lt;b&gt;Configure Application&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Identity Management&lt;/b&gt; tab paste the endpoint URL into &lt;b&gt;“Endpoint URL”&lt;/b&gt; and the token into &lt;b&gt;“Bearer Token”&lt;/b&gt;.</source>
        <translation>Fügen Sie auf der Registerkarte &lt;b&gt;Identity Management&lt;/b&gt; die Endpunkt-URL in &lt;b&gt;„Endpoint URL“&lt;/b&gt; und das Token in &lt;b&gt;„Bearer Token“&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Group management&lt;/b&gt; click &lt;b&gt;Activate&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Klicken Sie unter &lt;b&gt;Group management&lt;/b&gt; auf &lt;b&gt;Activate&lt;/b&gt; und dann auf &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;User Groups&lt;/b&gt; tab assign the groups to provision. Note: removing a group from the app unassigns its users but does not remove the group.</source>
        <translation>Weisen Sie auf der Registerkarte &lt;b&gt;User Groups&lt;/b&gt; die bereitzustellenden Gruppen zu. Hinweis: Das Entfernen einer Gruppe aus der App hebt die Zuweisung ihrer Benutzer auf, entfernt die Gruppe aber nicht.</translation>
    </message>
    <message>
        <source>In OneLogin open &lt;b&gt;Administration → Applications → Add App&lt;/b&gt;, choose &lt;b&gt;“SCIM Provisioner with SAML (SCIM v2 Enterprise)”&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Öffnen Sie in OneLogin &lt;b&gt;Administration → Applications → Add App&lt;/b&gt;, wählen Sie &lt;b&gt;„SCIM Provisioner with SAML (SCIM v2 Enterprise)“&lt;/b&gt; und klicken Sie auf &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Configuration&lt;/b&gt; tab paste the endpoint URL into &lt;b&gt;“SCIM Base URL”&lt;/b&gt; and the token into &lt;b&gt;“SCIM Bearer Token”&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Fügen Sie auf der Registerkarte &lt;b&gt;Configuration&lt;/b&gt; die Endpunkt-URL in &lt;b&gt;„SCIM Base URL“&lt;/b&gt; und das Token in &lt;b&gt;„SCIM Bearer Token“&lt;/b&gt; ein und klicken Sie dann auf &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Provisioning&lt;/b&gt; tab enable provisioning and &lt;b&gt;Save&lt;/b&gt;. Users need a unique &lt;b&gt;username&lt;/b&gt; (an email address is fine).</source>
        <translation>Aktivieren Sie auf der Registerkarte &lt;b&gt;Provisioning&lt;/b&gt; die Bereitstellung und klicken Sie auf &lt;b&gt;Save&lt;/b&gt;. Benutzer brauchen einen eindeutigen &lt;b&gt;username&lt;/b&gt; (eine E-Mail-Adresse genügt).</translation>
    </message>
    <message>
        <source>Assign the app to users and approve the &lt;b&gt;Pending&lt;/b&gt; ones until they show &lt;b&gt;Provisioned&lt;/b&gt;.</source>
        <translation>Weisen Sie die App Benutzern zu und genehmigen Sie die &lt;b&gt;Pending&lt;/b&gt;-Einträge, bis sie &lt;b&gt;Provisioned&lt;/b&gt; anzeigen.</translation>
    </message>
    <message>
        <source>For groups: under &lt;b&gt;Parameters → Groups&lt;/b&gt; tick &lt;b&gt;Include in User Provisioning&lt;/b&gt;, and add a &lt;b&gt;Rules&lt;/b&gt; entry “Set Groups in &amp;lt;App&amp;gt;” for each role to send.</source>
        <translation>Für Gruppen: Aktivieren Sie unter &lt;b&gt;Parameters → Groups&lt;/b&gt; &lt;b&gt;Include in User Provisioning&lt;/b&gt; und fügen Sie unter &lt;b&gt;Rules&lt;/b&gt; für jede zu sendende Rolle einen Eintrag „Set Groups in &amp;lt;App&amp;gt;“ hinzu.</translation>
    </message>
    <message>
        <source>Other SCIM 2.0 provider</source>
        <translation>Anderer SCIM-2.0-Anbieter</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>SCIM-Basis-URL</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>In your identity provider create a SCIM 2.0 provisioning application (RFC 7644).</source>
        <translation>Legen Sie in Ihrem Identitätsanbieter eine SCIM-2.0-Bereitstellungsanwendung an (RFC 7644).</translation>
    </message>
    <message>
        <source>Enter the endpoint URL as the SCIM base URL; the server offers &lt;b&gt;/Users&lt;/b&gt;, &lt;b&gt;/Groups&lt;/b&gt;, &lt;b&gt;/ServiceProviderConfig&lt;/b&gt;, &lt;b&gt;/Schemas&lt;/b&gt; and &lt;b&gt;/ResourceTypes&lt;/b&gt; below it.</source>
        <translation>Geben Sie die Endpunkt-URL als SCIM-Basis-URL ein; der Server bietet darunter &lt;b&gt;/Users&lt;/b&gt;, &lt;b&gt;/Groups&lt;/b&gt;, &lt;b&gt;/ServiceProviderConfig&lt;/b&gt;, &lt;b&gt;/Schemas&lt;/b&gt; und &lt;b&gt;/ResourceTypes&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>Choose bearer-token (OAuth bearer) authentication and paste the token.</source>
        <translation>Wählen Sie die Authentifizierung per Bearer-Token (OAuth Bearer) und fügen Sie das Token ein.</translation>
    </message>
    <message>
        <source>Enable creating, updating and deactivating users, and pushing groups with their members.</source>
        <translation>Aktivieren Sie das Anlegen, Aktualisieren und Deaktivieren von Benutzern sowie das Übertragen von Gruppen mit ihren Mitgliedern.</translation>
    </message>
    <message>
        <source>Assign users and groups and start provisioning.</source>
        <translation>Weisen Sie Benutzer und Gruppen zu und starten Sie die Bereitstellung.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AddEnvironmentDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <source>e.g. Acme staging</source>
        <translation>z. B. Acme Staging</translation>
    </message>
    <message>
        <source>Environment type</source>
        <translation>Art der Umgebung</translation>
    </message>
    <message>
        <source>Gatehouse engine</source>
        <translation>Gatehouse-Engine</translation>
    </message>
    <message>
        <source>Scalekit environment</source>
        <translation>Scalekit-Umgebung</translation>
    </message>
    <message>
        <source>Environment URL</source>
        <translation>URL der Umgebung</translation>
    </message>
    <message>
        <source>https://your-environment.example.com</source>
        <translation>https://ihre-umgebung.example.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>skc_…</source>
        <translation>skc_…</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Add the environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>The client secret is stored in the system keychain, never in a settings file. Remote environments must use https; certificates are always verified.</source>
        <translation>Das Client-Geheimnis wird im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei. Entfernte Umgebungen müssen https verwenden; Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Edit Environment</source>
        <translation>Umgebung bearbeiten</translation>
    </message>
    <message>
        <source>Save the environment</source>
        <translation>Umgebung speichern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n organization(s).</source>
        <translation>
            <numerusform>Verbunden: %n Organisation.</numerusform>
            <numerusform>Verbunden: %n Organisationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AggregatePanel</name>
    <message>
        <source>Show &amp;All Entities</source>
        <translation>&amp;Alle Entitäten anzeigen</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Aggregate summary</source>
        <translation>Zusammenfassung des Aggregats</translation>
    </message>
    <message>
        <source>Search entities</source>
        <translation>Entitäten suchen</translation>
    </message>
    <message>
        <source>Search by entity ID, name or role…</source>
        <translation>Nach Entity ID, Name oder Rolle suchen…</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Show the findings and certificates of all entities</source>
        <translation>Befunde und Zertifikate aller Entitäten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Entities:</source>
        <translation>&amp;Entitäten:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Per role: %1.</source>
        <translation>Pro Rolle: %1.</translation>
    </message>
    <message>
        <source>Duplicate entity IDs: %1. Expired certificates: %2. Expiring certificates: %3. Weak keys: %4.</source>
        <translation>Doppelte Entity IDs: %1. Abgelaufene Zertifikate: %2. Bald ablaufende Zertifikate: %3. Schwache Schlüssel: %4.</translation>
    </message>
    <message>
        <source>The document is signed.</source>
        <translation>Das Dokument ist signiert.</translation>
    </message>
    <message>
        <source>The document is not signed.</source>
        <translation>Das Dokument ist nicht signiert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AttributeMappingPage</name>
    <message>
        <source>&amp;Add Custom Attribute</source>
        <translation>Benutzerdefiniertes &amp;Attribut hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>Attributzuordnung</translation>
    </message>
    <message>
        <source>Gatehouse attribute</source>
        <translation>Gatehouse-Attribut</translation>
    </message>
    <message>
        <source>Attribute name sent by the IdP</source>
        <translation>Vom IdP gesendeter Attributname</translation>
    </message>
    <message>
        <source>Add a custom attribute</source>
        <translation>Benutzerdefiniertes Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected custom attribute</source>
        <translation>Ausgewähltes benutzerdefiniertes Attribut entfernen</translation>
    </message>
    <message>
        <source>Email is required. Names are matched without regard to case; the usual aliases (claim URIs, urn:oid forms, mail, givenName, sn) are recognised even when not listed. Custom attributes appear in the profile&apos;s custom_attributes.</source>
        <translation>E-Mail ist erforderlich. Namen werden ohne Beachtung der Groß-/Kleinschreibung verglichen; die üblichen Aliasse (Claim-URIs, urn:oid-Formen, mail, givenName, sn) werden auch ohne Eintrag erkannt. Benutzerdefinierte Attribute erscheinen in custom_attributes des Profils.</translation>
    </message>
    <message>
        <source>Send these attributes from %1 with exactly these names.</source>
        <translation>Senden Sie diese Attribute aus %1 mit genau diesen Namen.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid attribute name (letters, digits and _; starting with a letter).</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Attributname (Buchstaben, Ziffern und _; beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>Row %1: the attribute %2 is listed twice.</source>
        <translation>Zeile %1: Das Attribut %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Email is required: enter the name the IdP sends the email address under.</source>
        <translation>E-Mail ist erforderlich: Geben Sie den Namen ein, unter dem der IdP die E-Mail-Adresse sendet.</translation>
    </message>
    <message>
        <source>Row %1: the IdP attribute name is longer than 256 characters.</source>
        <translation>Zeile %1: Der IdP-Attributname ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>The attribute mapping was not saved: %1</source>
        <translation>Die Attributzuordnung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::BrowsingData</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Browser data cleared (open test browsers: %1, stored folders removed: %2).</source>
        <translation>Browserdaten gelöscht (offene Testbrowser: %1, entfernte gespeicherte Ordner: %2).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CertificatePanel</name>
    <message>
        <source>Select a certificate to see its validity, key and fingerprints.</source>
        <translation>Wählen Sie ein Zertifikat, um Gültigkeit, Schlüssel und Fingerabdrücke zu sehen.</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Key type and size</source>
        <translation>Schlüsseltyp und -länge</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation>%1 bis %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n bit(s)</source>
        <translation>
            <numerusform>%1, %n Bit</numerusform>
            <numerusform>%1, %n Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>— weak: use at least 2048 bits</source>
        <translation>— schwach: mindestens 2048 Bit verwenden</translation>
    </message>
    <message>
        <source>— weak hash (%1)</source>
        <translation>— schwacher Hash (%1)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CertificateTree</name>
    <message>
        <source>Entities and certificates</source>
        <translation>Entitäten und Zertifikate</translation>
    </message>
    <message>
        <source>Entity, role or certificate</source>
        <translation>Entität, Rolle oder Zertifikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>(no entity ID)</source>
        <translation>(keine Entity ID)</translation>
    </message>
    <message>
        <source>No certificates</source>
        <translation>Keine Zertifikate</translation>
    </message>
    <message>
        <source>Signing and encryption</source>
        <translation>Signatur und Verschlüsselung</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>%1: unreadable certificate</source>
        <translation>%1: Zertifikat nicht lesbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n bit(s)</source>
        <translation>
            <numerusform>%1, %n Bit</numerusform>
            <numerusform>%1, %n Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Gültig ab %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-1 %1</source>
        <translation>SHA-1 %1</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionValuesPanel</name>
    <message>
        <source>Service provider values</source>
        <translation>Werte des Service Providers</translation>
    </message>
    <message>
        <source>SP entity ID</source>
        <translation>SP Entity ID</translation>
    </message>
    <message>
        <source>ACS URL</source>
        <translation>ACS URL</translation>
    </message>
    <message>
        <source>SP metadata URL</source>
        <translation>SP-Metadaten-URL</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <source>Test URI</source>
        <translation>Test-URI</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DirectoryLiveView</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Provisioned users and groups</source>
        <translation>Bereitgestellte Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Live view error</source>
        <translation>Fehler der Live-Ansicht</translation>
    </message>
    <message>
        <source>Provisioned users</source>
        <translation>Bereitgestellte Benutzer</translation>
    </message>
    <message>
        <source>Provisioned groups</source>
        <translation>Bereitgestellte Gruppen</translation>
    </message>
    <message>
        <source>Could not read the directory: %1</source>
        <translation>Das Verzeichnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Waiting for your identity provider to send users and groups…</source>
        <translation>Warten, bis Ihr Identitätsanbieter Benutzer und Gruppen sendet…</translation>
    </message>
    <message>
        <source>%1 and %2 provisioned so far.</source>
        <extracomment>%1 is &quot;N user(s)&quot;, %2 is &quot;N group(s)&quot;</extracomment>
        <translation>Bisher %1 und %2 bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DirectoryMembersPanel</name>
    <message>
        <source>Directory users and groups</source>
        <translation>Verzeichnisbenutzer und -gruppen</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Search directory users</source>
        <translation>Verzeichnisbenutzer suchen</translation>
    </message>
    <message>
        <source>Search by email, name, user name or ID</source>
        <translation>Nach E-Mail, Name, Benutzername oder ID suchen</translation>
    </message>
    <message>
        <source>Directory users</source>
        <translation>Verzeichnisbenutzer</translation>
    </message>
    <message>
        <source>Copy directory user ID</source>
        <translation>ID des Verzeichnisbenutzers kopieren</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Raw attributes of the directory user</source>
        <translation>Rohattribute des Verzeichnisbenutzers</translation>
    </message>
    <message>
        <source>Groups of the directory user</source>
        <translation>Gruppen des Verzeichnisbenutzers</translation>
    </message>
    <message>
        <source>Effective roles of the directory user</source>
        <translation>Effektive Rollen des Verzeichnisbenutzers</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Through groups</source>
        <translation>Über Gruppen</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Effective roles:</source>
        <translation>Effektive Rollen:</translation>
    </message>
    <message>
        <source>Raw attributes:</source>
        <translation>Rohattribute:</translation>
    </message>
    <message>
        <source>Search directory groups</source>
        <translation>Verzeichnisgruppen suchen</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Directory groups</source>
        <translation>Verzeichnisgruppen</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>(no groups)</source>
        <translation>(keine Gruppen)</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation>Die Rollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>No roles.</source>
        <translation>Keine Rollen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainCheckPanel</name>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Mark as Verified &amp;Manually</source>
        <translation>&amp;Manuell als verifiziert markieren</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Mark as verified manually</source>
        <translation>Manuell als verifiziert markieren</translation>
    </message>
    <message>
        <source>Domain status</source>
        <translation>Status der Domain</translation>
    </message>
    <message>
        <source>What DNS returned</source>
        <translation>Antwort des DNS</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>DNS wird abgefragt…</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>Could not read the domain: %1</source>
        <translation>Die Domain konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>✔ %1 is verified.</source>
        <translation>✔ %1 ist verifiziert.</translation>
    </message>
    <message>
        <source>Verification failed: the record was not found in time. Restart the verification to get a new value.</source>
        <translation>Verifizierung fehlgeschlagen: Der Eintrag wurde nicht rechtzeitig gefunden. Starten Sie die Verifizierung neu, um einen neuen Wert zu erhalten.</translation>
    </message>
    <message>
        <source>Pending: not checked yet.</source>
        <translation>Ausstehend: noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>TXT records found: %1</source>
        <translation>Gefundene TXT-Einträge: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Resolver: %1 (%2 ms)</source>
        <translation>Resolver: %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Checked at: %1</source>
        <translation>Geprüft um: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainRecordView</name>
    <message>
        <source>Record name (full)</source>
        <translation>Name des Eintrags (vollständig)</translation>
    </message>
    <message>
        <source>Record name (relative to the zone)</source>
        <translation>Name des Eintrags (relativ zur Zone)</translation>
    </message>
    <message>
        <source>Record value</source>
        <translation>Wert des Eintrags</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Name (full):</source>
        <translation>Name (vollständig):</translation>
    </message>
    <message>
        <source>Name (short):</source>
        <translation>Name (kurz):</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Some DNS providers append your domain to the name you type. If yours does (the name field ends with “.%1” already), enter the short name; otherwise enter the full name. Keep the value exactly as shown, without quotes.</source>
        <translation>Manche DNS-Anbieter hängen Ihre Domain an den eingegebenen Namen an. Wenn Ihrer das tut (das Namensfeld endet bereits auf „.%1“), geben Sie den kurzen Namen ein, sonst den vollständigen. Übernehmen Sie den Wert genau wie angezeigt, ohne Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainVerifyDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <source>Verify the domain %1</source>
        <translation>Die Domain %1 verifizieren</translation>
    </message>
    <message>
        <source>At your DNS provider, add a record of type TXT with this name and value, then check it. DNS changes can take a few minutes to appear; pending domains are also re-checked in the background.</source>
        <translation>Legen Sie bei Ihrem DNS-Anbieter einen Eintrag vom Typ TXT mit diesem Namen und Wert an und prüfen Sie ihn dann. DNS-Änderungen können einige Minuten brauchen, bis sie sichtbar sind; ausstehende Domains werden auch im Hintergrund erneut geprüft.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainWizard</name>
    <message>
        <source>&amp;Add Domain</source>
        <translation>Domain &amp;hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>Add your email domain</source>
        <translation>E-Mail-Domain hinzufügen</translation>
    </message>
    <message>
        <source>Users whose email addresses end in a verified domain sign in through your organization&apos;s single sign-on.</source>
        <translation>Benutzer, deren E-Mail-Adressen auf eine verifizierte Domain enden, melden sich über das Single Sign-On Ihrer Organisation an.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>Add domain error</source>
        <translation>Fehler beim Hinzufügen der Domain</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Pending domain</source>
        <translation>Ausstehende Domain</translation>
    </message>
    <message>
        <source>Continue with the pending domain</source>
        <translation>Mit der ausstehenden Domain fortfahren</translation>
    </message>
    <message>
        <source>Or &amp;continue with a pending domain:</source>
        <translation>Oder mit einer ausstehenden Domain &amp;fortfahren:</translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation>„%1“ ist kein Domainname wie example.com.</translation>
    </message>
    <message>
        <source>The domain was not added: %1</source>
        <translation>Die Domain wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Publish a TXT record</source>
        <translation>TXT-Eintrag veröffentlichen</translation>
    </message>
    <message>
        <source>At your DNS provider, add a record of type TXT with this name and value.</source>
        <translation>Legen Sie bei Ihrem DNS-Anbieter einen Eintrag vom Typ TXT mit diesem Namen und Wert an.</translation>
    </message>
    <message>
        <source>Check the record</source>
        <translation>Eintrag prüfen</translation>
    </message>
    <message>
        <source>DNS changes can take a few minutes to appear. The domain is also re-checked in the background.</source>
        <translation>DNS-Änderungen können einige Minuten brauchen, bis sie sichtbar sind. Die Domain wird auch im Hintergrund erneut geprüft.</translation>
    </message>
    <message>
        <source>Verify a Domain</source>
        <translation>Domain verifizieren</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DonePage</name>
    <message>
        <source>Single sign-on is on</source>
        <translation>Single Sign-On ist aktiv</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection %1 is enabled. Users of %2 can now sign in with %3.</source>
        <translation>Die Verbindung %1 ist aktiviert. Benutzer von %2 können sich jetzt mit %3 anmelden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EnablePage</name>
    <message>
        <source>Enable &amp;without a passed test</source>
        <translation>&amp;Ohne bestandenen Test aktivieren</translation>
    </message>
    <message>
        <source>Enable the connection</source>
        <translation>Verbindung aktivieren</translation>
    </message>
    <message>
        <source>Once enabled, the organization&apos;s users sign in through this connection.</source>
        <translation>Nach der Aktivierung melden sich die Benutzer der Organisation über diese Verbindung an.</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Zusammenfassung der Verbindung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Enable without a passed test</source>
        <translation>Ohne bestandenen Test aktivieren</translation>
    </message>
    <message>
        <source>⚠ No test of this connection has passed in this session. Users may be unable to sign in; test it first unless you know the configuration works.</source>
        <translation>⚠ In dieser Sitzung hat noch kein Test dieser Verbindung bestanden. Benutzer können sich möglicherweise nicht anmelden; testen Sie zuerst, sofern Sie nicht wissen, dass die Konfiguration funktioniert.</translation>
    </message>
    <message>
        <source>%1 connection %2 for %3 (%4). Status: %5.</source>
        <translation>%1-Verbindung %2 für %3 (%4). Status: %5.</translation>
    </message>
    <message>
        <source>The connection was not enabled: %1</source>
        <translation>Die Verbindung wurde nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>The environment left the connection disabled.</source>
        <translation>Die Umgebung hat die Verbindung deaktiviert gelassen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EntityPickerModel</name>
    <message>
        <source>IdP</source>
        <translation>IdP</translation>
    </message>
    <message>
        <source>SP</source>
        <translation>SP</translation>
    </message>
    <message>
        <source>Attribute authority</source>
        <translation>Attributautorität</translation>
    </message>
    <message>
        <source>Authentication authority</source>
        <translation>Authentifizierungsautorität</translation>
    </message>
    <message>
        <source>Policy decision point</source>
        <translation>Policy Decision Point</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>(no entity ID)</source>
        <translation>(keine Entity ID)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entity ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EnvironmentBar</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Add Environment…</source>
        <translation>Umgebung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit environment</source>
        <translation>Umgebung bearbeiten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Enter client secret</source>
        <translation>Client-Geheimnis eingeben</translation>
    </message>
    <message>
        <source>Enter Secret…</source>
        <translation>Geheimnis eingeben…</translation>
    </message>
    <message>
        <source>Show the local engine&apos;s log</source>
        <translation>Protokoll der lokalen Engine anzeigen</translation>
    </message>
    <message>
        <source>Engine Log…</source>
        <translation>Engine-Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <source>Remove the environment “%1” and its stored client secret from this computer? The environment itself is not changed.</source>
        <translation>Die Umgebung „%1“ und ihr gespeichertes Client-Geheimnis von diesem Computer entfernen? Die Umgebung selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Client secret for %1 (client ID %2):</source>
        <translation>Client-Geheimnis für %1 (Client-ID %2):</translation>
    </message>
    <message>
        <source>Local Engine Log</source>
        <translation>Protokoll der lokalen Engine</translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation>Engine-Protokoll</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EventsView</name>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>&amp;Apply Filter</source>
        <translation>Filter &amp;anwenden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>all organizations (or org_…)</source>
        <translation>alle Organisationen (oder org_…)</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>all types (or e.g. organization.created, organization.domain_created)</source>
        <translation>alle Typen (oder z. B. organization.created, organization.domain_created)</translation>
    </message>
    <message>
        <source>Only events since a time</source>
        <translation>Nur Ereignisse seit einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Events since</source>
        <translation>Ereignisse seit</translation>
    </message>
    <message>
        <source>Apply the event filter</source>
        <translation>Ereignisfilter anwenden</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Types:</source>
        <translation>&amp;Typen:</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Severity of an informational finding</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Selected finding details</source>
        <translation>Details des ausgewählten Befunds</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, wie er behoben wird.</translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation>Befunde mit Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Befunde nach Text filtern</translation>
    </message>
    <message>
        <source>Filter by rule, message or fix…</source>
        <translation>Nach Regel, Meldung oder Behebung filtern…</translation>
    </message>
    <message>
        <source>&amp;Copy Finding</source>
        <translation>Befund &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected finding</source>
        <translation>Ausgewählten Befund kopieren</translation>
    </message>
    <message>
        <source>Copy Finding</source>
        <translation>Befund kopieren</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entität: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::InspectorView</name>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <source>Search by name, ID or external ID</source>
        <translation>Nach Name, ID oder externer ID suchen</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Delete the selected organization</source>
        <translation>Ausgewählte Organisation löschen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Not connected. Choose an environment in the toolbar, or add one with “Add Environment…”.</source>
        <translation>Nicht verbunden. Wählen Sie in der Symbolleiste eine Umgebung oder fügen Sie mit „Umgebung hinzufügen…“ eine hinzu.</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>The organization was not created: %1</source>
        <translation>Die Organisation wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Organization %1 created</source>
        <translation>Organisation %1 angelegt</translation>
    </message>
    <message>
        <source>The organization was not deleted: %1</source>
        <translation>Die Organisation wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Organization %1 deleted</source>
        <translation>Organisation %1 gelöscht</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>optional: your application&apos;s id for it</source>
        <translation>optional: die ID in Ihrer Anwendung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;External ID:</source>
        <translation>&amp;Externe ID:</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Delete the organization “%1” (%2) with its connections, directories and domains? This cannot be undone.</source>
        <translation>Die Organisation „%1“ (%2) mit ihren Verbindungen, Verzeichnissen und Domains löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Organization %1 saved</source>
        <translation>Organisation %1 gespeichert</translation>
    </message>
    <message>
        <source>Confirm deleting the organization %1</source>
        <translation>Löschen der Organisation %1 bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Metadata validator</source>
        <translation>Metadaten-Validator</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Metadata File…</source>
        <translation>Metadatendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Portal Link…</source>
        <translation>&amp;Portal-Link öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>Enter Metadata &amp;URL</source>
        <translation>Metadaten-&amp;URL eingeben</translation>
    </message>
    <message>
        <source>&amp;Re-validate</source>
        <translation>E&amp;rneut validieren</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>U&amp;mgebung</translation>
    </message>
    <message>
        <source>&amp;Add Environment…</source>
        <translation>Umgebung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Switch Environment</source>
        <translation>Umgebung &amp;wechseln</translation>
    </message>
    <message>
        <source>Local Engine &amp;Log</source>
        <translation>&amp;Protokoll der lokalen Engine</translation>
    </message>
    <message>
        <source>&amp;Find Organization</source>
        <translation>Organisation &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>Ü&amp;ber Gatehouse</translation>
    </message>
    <message>
        <source>Open Admin-Portal Link</source>
        <translation>Admin-Portal-Link öffnen</translation>
    </message>
    <message>
        <source>This admin-portal link connects Gatehouse to &lt;b&gt;%1&lt;/b&gt;, a server you have not used before.</source>
        <translation>Dieser Admin-Portal-Link verbindet Gatehouse mit &lt;b&gt;%1&lt;/b&gt;, einem Server, den Sie bisher nicht verwendet haben.</translation>
    </message>
    <message>
        <source>Confirm a new server</source>
        <translation>Neuen Server bestätigen</translation>
    </message>
    <message>
        <source>Connect only if you expected a link from %1 (for example in an email from your identity team). Gatehouse remembers the server once you connect.</source>
        <translation>Verbinden Sie sich nur, wenn Sie einen Link von %1 erwartet haben (etwa in einer E-Mail Ihres Identity-Teams). Gatehouse merkt sich den Server, sobald Sie sich verbinden.</translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation>Mit %1 &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation>Link nicht öffnen</translation>
    </message>
    <message>
        <source>Admin-portal link not opened</source>
        <translation>Admin-Portal-Link nicht geöffnet</translation>
    </message>
    <message>
        <source>Connection saved</source>
        <translation>Verbindung gespeichert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Desktop admin portal for enterprise single sign-on and directory sync. This version contains the tenant inspector and the offline SAML metadata validator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Desktop-Administrationsportal für Enterprise Single Sign-On und Verzeichnissynchronisierung. Diese Version enthält den Mandanten-Inspektor und den Offline-Validator für SAML-Metadaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings saved; some changes take effect after a restart</source>
        <translation>Einstellungen gespeichert; manche Änderungen wirken erst nach einem Neustart</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Restarting the local engine…</source>
        <translation>Lokale Engine wird neu gestartet…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataInputPanel</name>
    <message>
        <source>Metadata source</source>
        <translation>Quelle der Metadaten</translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation>Metadaten-URL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Metadata file path</source>
        <translation>Pfad der Metadatendatei</translation>
    </message>
    <message>
        <source>Path to a metadata XML file</source>
        <translation>Pfad zu einer Metadaten-XML-Datei</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a metadata file</source>
        <translation>Metadatendatei öffnen</translation>
    </message>
    <message>
        <source>You can also drop a metadata file on this window.</source>
        <translation>Sie können eine Metadatendatei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Pasted metadata XML</source>
        <translation>Eingefügtes Metadaten-XML</translation>
    </message>
    <message>
        <source>Paste the metadata XML here…</source>
        <translation>Metadaten-XML hier einfügen…</translation>
    </message>
    <message>
        <source>&amp;Validate Pasted Text</source>
        <translation>Eingefügten Text &amp;validieren</translation>
    </message>
    <message>
        <source>Validate the pasted metadata</source>
        <translation>Eingefügte Metadaten validieren</translation>
    </message>
    <message>
        <source>Open Metadata File</source>
        <translation>Metadatendatei öffnen</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation>SAML-Metadaten (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the path of a metadata file first.</source>
        <translation>Geben Sie zuerst den Pfad einer Metadatendatei ein.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 100 MB; refusing to load it.</source>
        <translation>%1 ist größer als 100 MB; die Datei wird nicht geladen.</translation>
    </message>
    <message>
        <source>Paste the metadata XML first.</source>
        <translation>Fügen Sie zuerst das Metadaten-XML ein.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataValidatorView</name>
    <message>
        <source>Metadata source</source>
        <translation>Quelle der Metadaten</translation>
    </message>
    <message>
        <source>Validation policy</source>
        <translation>Validierungsrichtlinie</translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation>Validierungsergebnisse</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Entities and Certificates</source>
        <translation>&amp;Entitäten und Zertifikate</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Nothing to re-validate yet: open a file, fetch a URL or paste metadata first.</source>
        <translation>Noch nichts zum erneuten Validieren: Öffnen Sie zuerst eine Datei, laden Sie eine URL oder fügen Sie Metadaten ein.</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>%1 wird validiert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Bericht nach %1 exportiert.</translation>
    </message>
    <message>
        <source>A&amp;ggregate</source>
        <translation>A&amp;ggregat</translation>
    </message>
    <message>
        <source>Highlighted line</source>
        <translation>Hervorgehobene Zeile</translation>
    </message>
    <message>
        <source>Source (Enter on a line shows its finding)</source>
        <translation>Quelltext (Eingabetaste auf einer Zeile zeigt ihren Befund)</translation>
    </message>
    <message>
        <source>Source — line %1 highlighted (Enter on a line shows its finding)</source>
        <translation>Quelltext — Zeile %1 hervorgehoben (Eingabetaste auf einer Zeile zeigt ihren Befund)</translation>
    </message>
    <message>
        <source>No finding on line %1.</source>
        <translation>Kein Befund in Zeile %1.</translation>
    </message>
    <message>
        <source>Showing all entities</source>
        <translation>Alle Entitäten werden angezeigt</translation>
    </message>
    <message>
        <source>Showing the findings and certificates of %1</source>
        <translation>Befunde und Zertifikate von %1 werden angezeigt</translation>
    </message>
    <message>
        <source>Validation of %1 cancelled.</source>
        <translation>Prüfung von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelling the validation…</source>
        <translation>Prüfung wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OidcIdpPage</name>
    <message>
        <source>&amp;profile</source>
        <translation>&amp;profile</translation>
    </message>
    <message>
        <source>e&amp;mail</source>
        <translation>e&amp;mail</translation>
    </message>
    <message>
        <source>Use &amp;PKCE</source>
        <translation>&amp;PKCE verwenden</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Simulator</source>
        <translation>&amp;Integrierten Simulator verwenden</translation>
    </message>
    <message>
        <source>Identity provider configuration</source>
        <translation>Konfiguration des Identitätsanbieters</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Issuer-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Request the profile scope</source>
        <translation>Scope profile anfordern</translation>
    </message>
    <message>
        <source>Request the email scope</source>
        <translation>Scope email anfordern</translation>
    </message>
    <message>
        <source>Use PKCE</source>
        <translation>PKCE verwenden</translation>
    </message>
    <message>
        <source>Use the environment&apos;s built-in OIDC simulator</source>
        <translation>Integrierten OIDC-Simulator der Umgebung verwenden</translation>
    </message>
    <message>
        <source>https://idp.example.com (or …/.well-known/openid-configuration)</source>
        <translation>https://idp.example.com (oder …/.well-known/openid-configuration)</translation>
    </message>
    <message>
        <source>openid (always)</source>
        <translation>openid (immer)</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Issuer-URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Copy these from %1&apos;s application: %2</source>
        <translation>Übernehmen Sie diese aus der Anwendung in %1: %2</translation>
    </message>
    <message>
        <source>(stored; leave empty to keep it)</source>
        <translation>(gespeichert; leer lassen, um es zu behalten)</translation>
    </message>
    <message>
        <source>The issuer must be an absolute https URL, e.g. https://idp.example.com.</source>
        <translation>Der Issuer muss eine absolute https-URL sein, z. B. https://idp.example.com.</translation>
    </message>
    <message>
        <source>The environment refused the OIDC configuration: %1</source>
        <translation>Die Umgebung hat die OIDC-Konfiguration abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationDetailView</name>
    <message>
        <source>Organization details</source>
        <translation>Details der Organisation</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Directories</source>
        <translation>V&amp;erzeichnisse</translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation>Do&amp;mains</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>Er&amp;eignisse</translation>
    </message>
    <message>
        <source>Copy organization ID</source>
        <translation>Organisations-ID kopieren</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Organization metadata</source>
        <translation>Metadaten der Organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>No organization selected</source>
        <translation>Keine Organisation ausgewählt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: an</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <source>Admin-portal links:</source>
        <translation>Admin-Portal-Links:</translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Delete Domain</source>
        <translation>Domain löschen</translation>
    </message>
    <message>
        <source>Delete the domain “%1” from this organization? Users of that domain are no longer routed to its connections.</source>
        <translation>Die Domain „%1“ aus dieser Organisation löschen? Benutzer dieser Domain werden dann nicht mehr zu ihren Verbindungen geleitet.</translation>
    </message>
    <message>
        <source>Confirm deleting the domain %1</source>
        <translation>Löschen der Domain %1 bestätigen</translation>
    </message>
    <message>
        <source>Domain %1 deleted.</source>
        <translation>Domain %1 gelöscht.</translation>
    </message>
    <message>
        <source>Connection enabled.</source>
        <translation>Verbindung aktiviert.</translation>
    </message>
    <message>
        <source>Connection disabled.</source>
        <translation>Verbindung deaktiviert.</translation>
    </message>
    <message>
        <source>Directory enabled.</source>
        <translation>Verzeichnis aktiviert.</translation>
    </message>
    <message>
        <source>Directory disabled.</source>
        <translation>Verzeichnis deaktiviert.</translation>
    </message>
    <message>
        <source>Delete Domain…</source>
        <translation>Domain löschen…</translation>
    </message>
    <message>
        <source>Delete the selected domain</source>
        <translation>Ausgewählte Domain löschen</translation>
    </message>
    <message>
        <source>Disable Connection</source>
        <translation>Verbindung deaktivieren</translation>
    </message>
    <message>
        <source>Enable Connection</source>
        <translation>Verbindung aktivieren</translation>
    </message>
    <message>
        <source>Disable the selected connection</source>
        <translation>Ausgewählte Verbindung deaktivieren</translation>
    </message>
    <message>
        <source>Enable the selected connection</source>
        <translation>Ausgewählte Verbindung aktivieren</translation>
    </message>
    <message>
        <source>Disable Directory</source>
        <translation>Verzeichnis deaktivieren</translation>
    </message>
    <message>
        <source>Enable Directory</source>
        <translation>Verzeichnis aktivieren</translation>
    </message>
    <message>
        <source>Disable the selected directory</source>
        <translation>Ausgewähltes Verzeichnis deaktivieren</translation>
    </message>
    <message>
        <source>Enable the selected directory</source>
        <translation>Ausgewähltes Verzeichnis aktivieren</translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation>Die Engine hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete Connection…</source>
        <translation>Verbindung löschen…</translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation>Ausgewählte Verbindung löschen</translation>
    </message>
    <message>
        <source>New domain name</source>
        <translation>Name der neuen Domain</translation>
    </message>
    <message>
        <source>Domain to add, e.g. example.com</source>
        <translation>Neue Domain, z. B. example.com</translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>Add the domain to this organization</source>
        <translation>Domain zu dieser Organisation hinzufügen</translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>Neue Rolle…</translation>
    </message>
    <message>
        <source>Create a role in this environment</source>
        <translation>Eine Rolle in dieser Umgebung anlegen</translation>
    </message>
    <message>
        <source>Edit Role…</source>
        <translation>Rolle bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected role</source>
        <translation>Ausgewählte Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Delete Role…</source>
        <translation>Rolle löschen…</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation>Ausgewählte Rolle löschen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> It is enabled: its users can no longer sign in through it.</source>
        <translation> Sie ist aktiviert: Ihre Benutzer können sich dann nicht mehr darüber anmelden.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection %1 from this organization? Its configuration and test results are removed; this cannot be undone.</source>
        <translation>Die Verbindung %1 aus dieser Organisation löschen? Ihre Konfiguration und ihre Testergebnisse werden entfernt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Confirm deleting the connection %1</source>
        <translation>Löschen der Verbindung %1 bestätigen</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>Verbindung %1 gelöscht.</translation>
    </message>
    <message>
        <source>Domain %1 added. Publish its TXT record to verify it.</source>
        <translation>Domain %1 hinzugefügt. Veröffentlichen Sie ihren TXT-Eintrag, um sie zu verifizieren.</translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation>Rolle %1 angelegt.</translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation>Rolle %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete the role “%1” from this environment? Group-to-role mappings to it are removed and users who hold it through a group lose it, in every organization.</source>
        <translation>Die Rolle „%1“ aus dieser Umgebung löschen? Zuordnungen von Gruppen zu dieser Rolle werden entfernt, und Benutzer, die sie über eine Gruppe haben, verlieren sie – in allen Organisationen.</translation>
    </message>
    <message>
        <source>Other roles extend it and it extends no role: the engine will refuse until they extend another role.</source>
        <translation>Andere Rollen erweitern sie, und sie selbst erweitert keine Rolle: Die Engine lehnt das Löschen ab, bis diese Rollen eine andere Rolle erweitern.</translation>
    </message>
    <message>
        <source>Other roles extend it: they will extend “%1” instead.</source>
        <translation>Andere Rollen erweitern sie: Sie erweitern stattdessen künftig „%1“.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Confirm deleting the role %1</source>
        <translation>Löschen der Rolle %1 bestätigen</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>Rolle %1 gelöscht.</translation>
    </message>
    <message>
        <source>Delete Directory…</source>
        <translation>Verzeichnis löschen…</translation>
    </message>
    <message>
        <source>Delete the selected directory</source>
        <translation>Ausgewähltes Verzeichnis löschen</translation>
    </message>
    <message>
        <source>Delete Directory</source>
        <translation>Verzeichnis löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the directory %1 from this organization? Its %n synced user(s), its groups and its SCIM tokens are removed; the identity provider can no longer sync to it. This cannot be undone.</source>
        <translation>
            <numerusform>Das Verzeichnis %1 aus dieser Organisation löschen? Sein %n synchronisierter Benutzer, seine Gruppen und seine SCIM-Tokens werden entfernt; der Identitätsanbieter kann nicht mehr dorthin synchronisieren. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Das Verzeichnis %1 aus dieser Organisation löschen? Seine %n synchronisierten Benutzer, seine Gruppen und seine SCIM-Tokens werden entfernt; der Identitätsanbieter kann nicht mehr dorthin synchronisieren. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm deleting the directory %1</source>
        <translation>Löschen des Verzeichnisses %1 bestätigen</translation>
    </message>
    <message>
        <source>Directory %1 deleted.</source>
        <translation>Verzeichnis %1 gelöscht.</translation>
    </message>
    <message>
        <source>New Directory…</source>
        <translation>Neues Verzeichnis…</translation>
    </message>
    <message>
        <source>Connect a new SCIM directory to this organization</source>
        <translation>Ein neues SCIM-Verzeichnis mit dieser Organisation verbinden</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verifizieren…</translation>
    </message>
    <message>
        <source>Verify the selected pending domain</source>
        <translation>Die ausgewählte ausstehende Domain verifizieren</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationEditDialog</name>
    <message>
        <source>Edit Organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Edit organization %1</source>
        <translation>Organisation %1 bearbeiten</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Empty: no external ID</source>
        <translation>Leer: keine externe ID</translation>
    </message>
    <message>
        <source>Metadata, one key=value a line</source>
        <translation>Metadaten, ein Schlüssel=Wert pro Zeile</translation>
    </message>
    <message>
        <source>key=value, one a line (keys 3 to 25 characters, at most 10)</source>
        <translation>Schlüssel=Wert, einer pro Zeile (Schlüssel 3 bis 25 Zeichen, höchstens 10)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Why the organization was not saved</source>
        <translation>Warum die Organisation nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>Save the organization</source>
        <translation>Organisation speichern</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>Der Anzeigename ist erforderlich.</translation>
    </message>
    <message>
        <source>Metadata line %1 is not key=value: “%2”.</source>
        <translation>Metadatenzeile %1 hat nicht die Form Schlüssel=Wert: „%2“.</translation>
    </message>
    <message>
        <source>Metadata line %1 repeats the key “%2”.</source>
        <translation>Metadatenzeile %1 wiederholt den Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation>Die Engine hat die Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PolicyPanel</name>
    <message>
        <source>Require a valid &amp;signature by the trusted signer</source>
        <translation>Gültige &amp;Signatur des vertrauenswürdigen Signierers verlangen</translation>
    </message>
    <message>
        <source>&amp;Lab mode (allow http and local addresses)</source>
        <translation>&amp;Labormodus (http und lokale Adressen erlauben)</translation>
    </message>
    <message>
        <source>Expected role</source>
        <translation>Erwartete Rolle</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Beliebige Rolle</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service Provider</translation>
    </message>
    <message>
        <source>Certificate expiry warning, in days</source>
        <translation>Warnung vor Zertifikatsablauf, in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Require a valid signature by the trusted signer</source>
        <translation>Gültige Signatur des vertrauenswürdigen Signierers verlangen</translation>
    </message>
    <message>
        <source>Lab mode: allow http and local addresses</source>
        <translation>Labormodus: http und lokale Adressen erlauben</translation>
    </message>
    <message>
        <source>Only for test setups: allows http:// URLs, localhost and private addresses.</source>
        <translation>Nur für Testumgebungen: erlaubt http://-URLs, localhost und private Adressen.</translation>
    </message>
    <message>
        <source>Expected &amp;role:</source>
        <translation>Erwartete &amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Warn about certificates expiring within:</source>
        <translation>&amp;Warnen bei Zertifikaten, die ablaufen innerhalb von:</translation>
    </message>
    <message>
        <source>Trusted si&amp;gner certificate:</source>
        <translation>Zertifikat des vertrauenswürdigen Si&amp;gnierers:</translation>
    </message>
    <message>
        <source>Trusted signer certificate file (PEM)</source>
        <translation>Zertifikatsdatei des vertrauenswürdigen Signierers (PEM)</translation>
    </message>
    <message>
        <source>None (PEM file)</source>
        <translation>Keines (PEM-Datei)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the trusted signer certificate file</source>
        <translation>Zertifikatsdatei des vertrauenswürdigen Signierers auswählen</translation>
    </message>
    <message>
        <source>Trusted Signer Certificate</source>
        <translation>Vertrauenswürdiger Signierer</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read the trusted signer certificate %1: %2</source>
        <translation>Das Zertifikat des vertrauenswürdigen Signierers %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PortalLinkDialog</name>
    <message>
        <source>Open Portal Link</source>
        <translation>Portal-Link öffnen</translation>
    </message>
    <message>
        <source>Paste the admin-portal link you received from the application vendor. It opens one organization with the setup it allows; nothing is stored.</source>
        <translation>Fügen Sie den Admin-Portal-Link ein, den Sie vom Anbieter der Anwendung erhalten haben. Er öffnet eine Organisation mit der Einrichtung, die er erlaubt; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>Portal-Link</translation>
    </message>
    <message>
        <source>Portal link error</source>
        <translation>Fehler im Portal-Link</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PortalLinksPanel</name>
    <message>
        <source>&amp;SSO</source>
        <translation>&amp;SSO</translation>
    </message>
    <message>
        <source>Directory s&amp;ync</source>
        <translation>Verzeichniss&amp;ynchronisierung</translation>
    </message>
    <message>
        <source>S&amp;hareable (7 days, until revoked)</source>
        <translation>&amp;Teilbar (7 Tage oder bis zum Widerruf)</translation>
    </message>
    <message>
        <source>&amp;Generate Link</source>
        <translation>Link er&amp;zeugen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the new admin-portal link</source>
        <translation>Neuen Admin-Portal-Link kopieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh admin-portal links</source>
        <translation>Admin-Portal-Links aktualisieren</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected admin-portal link</source>
        <translation>Ausgewählten Admin-Portal-Link widerrufen</translation>
    </message>
    <message>
        <source>Revoke All…</source>
        <translation>Alle widerrufen…</translation>
    </message>
    <message>
        <source>Revoke every admin-portal link</source>
        <translation>Alle Admin-Portal-Links widerrufen</translation>
    </message>
    <message>
        <source>Link grants SSO setup</source>
        <translation>Link gewährt die SSO-Einrichtung</translation>
    </message>
    <message>
        <source>Link grants directory sync setup</source>
        <translation>Link gewährt die Einrichtung der Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Shareable link</source>
        <translation>Teilbarer Link</translation>
    </message>
    <message>
        <source>Generate admin-portal link</source>
        <translation>Admin-Portal-Link erzeugen</translation>
    </message>
    <message>
        <source>New admin-portal link</source>
        <translation>Neuer Admin-Portal-Link</translation>
    </message>
    <message>
        <source>A new link is shown here once; it cannot be read again.</source>
        <translation>Ein neuer Link wird hier einmalig angezeigt; er kann nicht erneut abgerufen werden.</translation>
    </message>
    <message>
        <source>Admin-portal links</source>
        <translation>Admin-Portal-Links</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Teilbar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Revoke Link</source>
        <translation>Link widerrufen</translation>
    </message>
    <message>
        <source>Revoke the admin-portal link %1? Sessions opened with it end at once.</source>
        <translation>Den Admin-Portal-Link %1 widerrufen? Damit geöffnete Sitzungen enden sofort.</translation>
    </message>
    <message>
        <source>Revoke All Links</source>
        <translation>Alle Links widerrufen</translation>
    </message>
    <message>
        <source>Revoke every admin-portal link of this organization? All their sessions end at once.</source>
        <translation>Alle Admin-Portal-Links dieser Organisation widerrufen? Alle zugehörigen Sitzungen enden sofort.</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Links werden geladen…</translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation>Die Links konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Keine Links.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>Could not generate a link: %1</source>
        <translation>Der Link konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <source>Could not revoke: %1</source>
        <translation>Der Widerruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the ID of the selected admin-portal link</source>
        <translation>ID des ausgewählten Admin-Portal-Links kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the admin-portal links to CSV or JSON</source>
        <translation>Die Admin-Portal-Links als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1.</source>
        <translation>
            <numerusform>%n Link nach %1 exportiert.</numerusform>
            <numerusform>%n Links nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Admin-Portal Links</source>
        <translation>Admin-Portal-Links exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ProviderPage</name>
    <message>
        <source>Choose the identity provider</source>
        <translation>Identitätsanbieter auswählen</translation>
    </message>
    <message>
        <source>Which identity provider does the organization sign in with? The next pages use that provider&apos;s own names for every value.</source>
        <translation>Mit welchem Identitätsanbieter meldet sich die Organisation an? Die nächsten Seiten verwenden für jeden Wert die Bezeichnungen dieses Anbieters.</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>%1 (SAML)</source>
        <translation>%1 (SAML)</translation>
    </message>
    <message>
        <source>%1 (OIDC)</source>
        <translation>%1 (OIDC)</translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>&amp;Identitätsanbieter:</translation>
    </message>
    <message>
        <source>Connection %1 already exists; its identity provider cannot be changed here.</source>
        <translation>Die Verbindung %1 existiert bereits; ihr Identitätsanbieter kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Creating the connection…</source>
        <translation>Verbindung wird angelegt…</translation>
    </message>
    <message>
        <source>The connection could not be created: %1</source>
        <translation>Die Verbindung konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ReportSummaryBar</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Valid with warnings</source>
        <translation>Gültig mit Warnungen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>No metadata validated yet</source>
        <translation>Noch keine Metadaten validiert</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird validiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entity(ies) in %2</source>
        <translation>
            <numerusform>%1 — %n Entität in %2</numerusform>
            <numerusform>%1 — %n Entitäten in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation in progress</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the validation</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>%1% validated</source>
        <translation>%1 % geprüft</translation>
    </message>
    <message>
        <source>Validation cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ResourceTablePanel</name>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export %1 to CSV or JSON</source>
        <translation>%1 als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown, more available</source>
        <translation>
            <numerusform>%n angezeigt, weitere verfügbar</numerusform>
            <numerusform>%n angezeigt, weitere verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the ID of the selected row of %1</source>
        <translation>ID der ausgewählten Zeile in %1 kopieren</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleEditDialog</name>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Rolle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>letters, digits and _, e.g. billing_admin</source>
        <translation>Buchstaben, Ziffern und _, z. B. billing_admin</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Role it extends</source>
        <translation>Erweiterte Rolle</translation>
    </message>
    <message>
        <source>Empty: extends no role</source>
        <translation>Leer: erweitert keine Rolle</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Why the role was not saved</source>
        <translation>Warum die Rolle nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>Save the role</source>
        <translation>Rolle speichern</translation>
    </message>
    <message>
        <source>Cancel editing the role</source>
        <translation>Bearbeitung der Rolle abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>E&amp;xtends:</source>
        <translation>&amp;Erweitert:</translation>
    </message>
    <message>
        <source>The name cannot be changed. An empty description or “Extends” keeps the stored value.</source>
        <translation>Der Name lässt sich nicht ändern. Eine leere Beschreibung oder ein leeres Feld „Erweitert“ behält den gespeicherten Wert.</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 letters, digits or underscores.</source>
        <translation>Der Name muss aus 1 bis 64 Buchstaben, Ziffern oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>Der Anzeigename ist erforderlich.</translation>
    </message>
    <message>
        <source>“Extends” must name another role.</source>
        <translation>„Erweitert“ muss eine andere Rolle nennen.</translation>
    </message>
    <message>
        <source>The engine refused the role: %1</source>
        <translation>Die Engine hat die Rolle abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleMappingEditor</name>
    <message>
        <source>App roles</source>
        <translation>App-Rollen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>e.g. billing_admin (letters, digits, _)</source>
        <translation>z. B. billing_admin (Buchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <source>Role display name</source>
        <translation>Anzeigename der Rolle</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Beschreibung der Rolle</translation>
    </message>
    <message>
        <source>&amp;New Role</source>
        <translation>&amp;Neue Rolle</translation>
    </message>
    <message>
        <source>&amp;Edit Role</source>
        <translation>Rolle &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Set as &amp;Default Role</source>
        <translation>Als &amp;Standardrolle festlegen</translation>
    </message>
    <message>
        <source>&amp;Save Role</source>
        <translation>Rolle &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Displa&amp;y name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Directory groups → roles</source>
        <translation>Verzeichnisgruppen → Rollen</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Search groups…</source>
        <translation>Gruppen suchen…</translation>
    </message>
    <message>
        <source>Directory groups</source>
        <translation>Verzeichnisgruppen</translation>
    </message>
    <message>
        <source>Role for the selected groups</source>
        <translation>Rolle für die ausgewählten Gruppen</translation>
    </message>
    <message>
        <source>&amp;Map Selected Groups</source>
        <translation>Ausgewählte Gruppen &amp;zuordnen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group-to-role mapping</source>
        <translation>Zuordnung von Gruppen zu Rollen</translation>
    </message>
    <message>
        <source>&amp;Remove Mapping</source>
        <translation>Zuordnung &amp;entfernen</translation>
    </message>
    <message>
        <source>Save &amp;Mapping</source>
        <translation>Zuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation>Status der Zuordnung</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Preview a user&apos;s effective roles</source>
        <translation>Effektive Rollen eines Benutzers anzeigen</translation>
    </message>
    <message>
        <source>User to preview</source>
        <translation>Benutzer für die Vorschau</translation>
    </message>
    <message>
        <source>Show &amp;Roles</source>
        <translation>&amp;Rollen anzeigen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Effective roles</source>
        <translation>Effektive Rollen</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not load the roles</source>
        <translation>Die Rollen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s groups</source>
        <translation>Die Gruppen des Verzeichnisses konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the directory</source>
        <translation>Das Verzeichnis konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) saved.</source>
        <translation>
            <numerusform>%n Zuordnung gespeichert.</numerusform>
            <numerusform>%n Zuordnungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group is mapped yet: every user gets the default role.</source>
        <translation>Noch keine Gruppe zugeordnet: Jeder Benutzer erhält die Standardrolle.</translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s users</source>
        <translation>Die Benutzer des Verzeichnisses konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Select one or more groups and a role first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Gruppen und eine Rolle aus.</translation>
    </message>
    <message>
        <source>Not saved yet: click Save Mapping.</source>
        <translation>Noch nicht gespeichert: Klicken Sie auf „Zuordnung speichern“.</translation>
    </message>
    <message>
        <source>This environment does not offer group-to-role mapping (HTTP 404).</source>
        <translation>Diese Umgebung bietet keine Zuordnung von Gruppen zu Rollen (HTTP 404).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n mapping(s).</source>
        <translation>
            <numerusform>Gespeichert: %n Zuordnung.</numerusform>
            <numerusform>Gespeichert: %n Zuordnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user to preview yet: provision users first.</source>
        <translation>Noch kein Benutzer für die Vorschau: Stellen Sie zuerst Benutzer bereit.</translation>
    </message>
    <message>
        <source>This environment does not compute effective roles (HTTP 404).</source>
        <translation>Diese Umgebung berechnet keine effektiven Rollen (HTTP 404).</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s roles: %1</source>
        <translation>Die Rollen des Benutzers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Default role (in no mapped group)</source>
        <translation>Standardrolle (in keiner zugeordneten Gruppe)</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <source>This user has no role.</source>
        <translation>Dieser Benutzer hat keine Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s).</source>
        <translation>
            <numerusform>%n Rolle.</numerusform>
            <numerusform>%n Rollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>select a role in the table first</source>
        <translation>wählen Sie zuerst eine Rolle in der Tabelle aus</translation>
    </message>
    <message>
        <source>Role not saved</source>
        <translation>Rolle nicht gespeichert</translation>
    </message>
    <message>
        <source>the name must be 1–64 letters, digits or underscores (it goes into tokens)</source>
        <translation>der Name muss aus 1–64 Buchstaben, Ziffern oder Unterstrichen bestehen (er steht in Tokens)</translation>
    </message>
    <message>
        <source>a display name is required</source>
        <translation>ein Anzeigename ist erforderlich</translation>
    </message>
    <message>
        <source>Role saved.</source>
        <translation>Rolle gespeichert.</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>Default role not changed</source>
        <translation>Standardrolle nicht geändert</translation>
    </message>
    <message>
        <source>%1 is now the default role.</source>
        <translation>%1 ist jetzt die Standardrolle.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SamlIdpPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Identity provider configuration</source>
        <translation>Konfiguration des Identitätsanbieters</translation>
    </message>
    <message>
        <source>Configure using &amp;Metadata URL</source>
        <translation>Über &amp;Metadaten-URL konfigurieren</translation>
    </message>
    <message>
        <source>Upload metadata &amp;file</source>
        <translation>Metadaten&amp;datei hochladen</translation>
    </message>
    <message>
        <source>Configure ma&amp;nually</source>
        <translation>Ma&amp;nuell konfigurieren</translation>
    </message>
    <message>
        <source>Configure using the metadata URL</source>
        <translation>Über die Metadaten-URL konfigurieren</translation>
    </message>
    <message>
        <source>Configure with a metadata file</source>
        <translation>Mit einer Metadatendatei konfigurieren</translation>
    </message>
    <message>
        <source>Configure manually</source>
        <translation>Manuell konfigurieren</translation>
    </message>
    <message>
        <source>Metadata validation result</source>
        <translation>Ergebnis der Metadaten-Validierung</translation>
    </message>
    <message>
        <source>Metadata findings and fixes</source>
        <translation>Befunde und Behebungen der Metadaten</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>&amp;Lab mode (allow http and private addresses)</source>
        <translation>&amp;Labormodus (http und private Adressen erlauben)</translation>
    </message>
    <message>
        <source>Lab mode: allow http and private addresses</source>
        <translation>Labormodus: http und private Adressen erlauben</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Simulator</source>
        <translation>&amp;Integrierten Simulator verwenden</translation>
    </message>
    <message>
        <source>Use the environment&apos;s built-in IdP simulator</source>
        <translation>Integrierten IdP-Simulator der Umgebung verwenden</translation>
    </message>
    <message>
        <source>IdP metadata file</source>
        <translation>IdP-Metadatendatei</translation>
    </message>
    <message>
        <source>Path to the IdP&apos;s metadata XML (Enter to load)</source>
        <translation>Pfad zum Metadaten-XML des IdP (Eingabetaste zum Laden)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the IdP metadata file</source>
        <translation>IdP-Metadatendatei auswählen</translation>
    </message>
    <message>
        <source>IdP Metadata</source>
        <translation>IdP-Metadaten</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation>SAML-Metadaten (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
…
-----END CERTIFICATE-----</source>
        <translation>-----BEGIN CERTIFICATE-----
…
-----END CERTIFICATE-----</translation>
    </message>
    <message>
        <source>Load &amp;Certificate File…</source>
        <translation>&amp;Zertifikatsdatei laden…</translation>
    </message>
    <message>
        <source>Load the signing certificate from a file</source>
        <translation>Signaturzertifikat aus einer Datei laden</translation>
    </message>
    <message>
        <source>Signing Certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>larger than 64 KiB</source>
        <translation>größer als 64 KiB</translation>
    </message>
    <message>
        <source>Where to find it in %1: %2</source>
        <translation>Wo Sie es in %1 finden: %2</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; that is not an IdP&apos;s metadata.</source>
        <translation>%1 ist größer als 20 MB; das sind keine Metadaten eines IdP.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird validiert…</translation>
    </message>
    <message>
        <source>Unreadable: this is not SAML metadata.</source>
        <translation>Nicht lesbar: Das sind keine SAML-Metadaten.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid: %n error(s); fix them in the IdP and fetch again.</source>
        <translation>
            <numerusform>Ungültig: %n Fehler; beheben Sie ihn im IdP und laden Sie erneut.</numerusform>
            <numerusform>Ungültig: %n Fehler; beheben Sie sie im IdP und laden Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid with %n warning(s).</source>
        <translation>
            <numerusform>Gültig mit %n Warnung.</numerusform>
            <numerusform>Gültig mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>The metadata has errors; fix them first.</source>
        <translation>Die Metadaten enthalten Fehler; beheben Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The environment refused the IdP configuration: %1</source>
        <translation>Die Umgebung hat die IdP-Konfiguration abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimCheckPage</name>
    <message>
        <source>&amp;Send Test Request</source>
        <translation>Test&amp;anfrage senden</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>“Send Test Request” replays a SCIM client&apos;s requests against your endpoint (it creates and deletes a test user and group). Below, users and groups appear as your provider sends them.</source>
        <translation>„Testanfrage senden“ spielt die Anfragen eines SCIM-Clients gegen Ihren Endpunkt ab (legt dabei einen Testbenutzer und eine Testgruppe an und löscht sie wieder). Darunter erscheinen Benutzer und Gruppen, sobald Ihr Anbieter sie sendet.</translation>
    </message>
    <message>
        <source>Send test request</source>
        <translation>Testanfrage senden</translation>
    </message>
    <message>
        <source>Test request results</source>
        <translation>Ergebnisse der Testanfrage</translation>
    </message>
    <message>
        <source>Test request summary</source>
        <translation>Zusammenfassung der Testanfrage</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1 — %2</source>
        <translation>✘ %1 — %2</translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation>Der Test wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed: the endpoint and the token work.</source>
        <translation>
            <numerusform>Die %n Prüfung bestanden: Endpunkt und Token funktionieren.</numerusform>
            <numerusform>Alle %n Prüfungen bestanden: Endpunkt und Token funktionieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed.</source>
        <translation>
            <numerusform>%1 von %n Prüfung fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending test requests…</source>
        <translation>Testanfragen werden gesendet…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimCredentialsPage</name>
    <message>
        <source>SCIM endpoint URL</source>
        <translation>SCIM-Endpunkt-URL</translation>
    </message>
    <message>
        <source>SCIM bearer token</source>
        <translation>SCIM-Bearer-Token</translation>
    </message>
    <message>
        <source>&amp;Rotate Token</source>
        <translation>Token &amp;rotieren</translation>
    </message>
    <message>
        <source>Endpoint URL and token</source>
        <translation>Endpunkt-URL und Token</translation>
    </message>
    <message>
        <source>One-time token warning</source>
        <translation>Hinweis zum einmaligen Token</translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation>Token rotieren</translation>
    </message>
    <message>
        <source>Token rotation state</source>
        <translation>Status der Token-Rotation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the token now.&lt;/b&gt; It is shown only this once and cannot be displayed again; Gatehouse stores only a hash of it. If you lose it, rotate the token and paste the new one into your identity provider.</source>
        <translation>&lt;b&gt;Kopieren Sie das Token jetzt.&lt;/b&gt; Es wird nur dieses eine Mal angezeigt und kann nicht erneut angezeigt werden; Gatehouse speichert nur einen Hash davon. Wenn Sie es verlieren, rotieren Sie das Token und fügen Sie das neue in Ihren Identitätsanbieter ein.</translation>
    </message>
    <message>
        <source>Paste these into %1.</source>
        <translation>Fügen Sie diese in %1 ein.</translation>
    </message>
    <message>
        <source>Endpoint URL
(%1 calls it “%2”):</source>
        <extracomment>%1 is the identity provider&apos;s own name for the field, e.g. &quot;Tenant URL&quot;</extracomment>
        <translation>Endpunkt-URL
(in %1 „%2“):</translation>
    </message>
    <message>
        <source>Bearer token
(%1 calls it “%2”):</source>
        <translation>Bearer-Token
(in %1 „%2“):</translation>
    </message>
    <message>
        <source>The token was not rotated: %1</source>
        <translation>Das Token wurde nicht rotiert: %1</translation>
    </message>
    <message>
        <source>New token issued; copy it now. The previous token keeps working for a while (7 days by default) so provisioning does not stop while you update %1.</source>
        <translation>Neues Token ausgestellt; kopieren Sie es jetzt. Das vorherige Token funktioniert noch eine Weile (standardmäßig 7 Tage), damit die Bereitstellung nicht stoppt, während Sie %1 aktualisieren.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimMappingPage</name>
    <message>
        <source>Map groups to roles</source>
        <translation>Gruppen Rollen zuordnen</translation>
    </message>
    <message>
        <source>Users get the roles of the groups they are in; users in no mapped group get the default role.</source>
        <translation>Benutzer erhalten die Rollen ihrer Gruppen; Benutzer in keiner zugeordneten Gruppe erhalten die Standardrolle.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimProviderPage</name>
    <message>
        <source>&amp;Create Directory</source>
        <translation>Verzeichnis &amp;anlegen</translation>
    </message>
    <message>
        <source>Which identity provider sends your users?</source>
        <translation>Welcher Identitätsanbieter sendet Ihre Benutzer?</translation>
    </message>
    <message>
        <source>Gatehouse creates a SCIM 2.0 endpoint for it and shows the provider&apos;s own steps.</source>
        <translation>Gatehouse legt dafür einen SCIM-2.0-Endpunkt an und zeigt die Schritte des Anbieters.</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Create directory</source>
        <translation>Verzeichnis anlegen</translation>
    </message>
    <message>
        <source>Create directory error</source>
        <translation>Fehler beim Anlegen des Verzeichnisses</translation>
    </message>
    <message>
        <source>Creating the directory…</source>
        <translation>Verzeichnis wird angelegt…</translation>
    </message>
    <message>
        <source>The directory was not created: %1</source>
        <translation>Das Verzeichnis wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>The directory was created but not enabled: %1</source>
        <translation>Das Verzeichnis wurde angelegt, aber nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>The directory was created but no token was issued: %1</source>
        <translation>Das Verzeichnis wurde angelegt, aber es wurde kein Token ausgestellt: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimSetupWizard</name>
    <message>
        <source>Connect a SCIM Directory</source>
        <translation>SCIM-Verzeichnis verbinden</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimStepsPage</name>
    <message>
        <source>Steps in the identity provider</source>
        <translation>Schritte im Identitätsanbieter</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Follow these steps in %1&apos;s admin console, then come back to check.</source>
        <translation>Führen Sie diese Schritte in der Admin-Konsole von %1 aus und kommen Sie dann zur Prüfung zurück.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ServiceProviderPage</name>
    <message>
        <source>&amp;Download Metadata XML…</source>
        <translation>Metadaten-XML &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Service provider details</source>
        <translation>Details des Service Providers</translation>
    </message>
    <message>
        <source>Download the SP metadata XML</source>
        <translation>SP-Metadaten-XML herunterladen</translation>
    </message>
    <message>
        <source>Save SP Metadata</source>
        <translation>SP-Metadaten speichern</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml)</source>
        <translation>SAML-Metadaten (*.xml)</translation>
    </message>
    <message>
        <source>Steps in the identity provider</source>
        <translation>Schritte im Identitätsanbieter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Copy these values into %1. Each is labelled with the name %1 gives the field.</source>
        <translation>Kopieren Sie diese Werte in %1. Jeder ist mit dem Namen beschriftet, den %1 dem Feld gibt.</translation>
    </message>
    <message>
        <source>Register this redirect URI with %1.</source>
        <translation>Registrieren Sie diese Redirect URI bei %1.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>In %1:</translation>
    </message>
    <message>
        <source>The SP metadata could not be downloaded: %1</source>
        <translation>Die SP-Metadaten konnten nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the SP metadata to %1.</source>
        <translation>SP-Metadaten unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Start the local engine when Gatehouse starts</source>
        <translation>Lokale Engine beim &amp;Start von Gatehouse starten</translation>
    </message>
    <message>
        <source>&amp;Clear Browser Data</source>
        <translation>Browserdaten &amp;löschen</translation>
    </message>
    <message>
        <source>Restart &amp;Engine Now</source>
        <translation>Engine jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>E&amp;nvironments</source>
        <translation>&amp;Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Local Engine</source>
        <translation>Lo&amp;kale Engine</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Dar&amp;stellung</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Fehler in den Einstellungen</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected environment</source>
        <translation>Ausgewählte Umgebung bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected environment</source>
        <translation>Ausgewählte Umgebung entfernen</translation>
    </message>
    <message>
        <source>&amp;Known environments:</source>
        <translation>Be&amp;kannte Umgebungen:</translation>
    </message>
    <message>
        <source>Client secrets are kept in the system keychain, never in the settings file. The local engine is always present and cannot be edited or removed here.</source>
        <translation>Client-Geheimnisse liegen im Schlüsselbund des Systems, nie in der Einstellungsdatei. Die lokale Engine ist immer vorhanden und kann hier weder bearbeitet noch entfernt werden.</translation>
    </message>
    <message>
        <source>Local engine</source>
        <translation>Lokale Engine</translation>
    </message>
    <message>
        <source>Local engine data folder</source>
        <translation>Datenordner der lokalen Engine</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Datenordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Local engine port</source>
        <translation>Port der lokalen Engine</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Start the local engine when Gatehouse starts</source>
        <translation>Lokale Engine beim Start von Gatehouse starten</translation>
    </message>
    <message>
        <source>Local engine log level</source>
        <translation>Protokollstufe der lokalen Engine</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Informationen (Standard)</translation>
    </message>
    <message>
        <source>Debug (troubleshooting)</source>
        <translation>Debug (Fehlersuche)</translation>
    </message>
    <message>
        <source>Restart the local engine now</source>
        <translation>Lokale Engine jetzt neu starten</translation>
    </message>
    <message>
        <source>Local engine restart progress</source>
        <translation>Fortschritt des Neustarts der lokalen Engine</translation>
    </message>
    <message>
        <source>Local engine status</source>
        <translation>Status der lokalen Engine</translation>
    </message>
    <message>
        <source>Local engine restart needed</source>
        <translation>Neustart der lokalen Engine nötig</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Po&amp;rt on 127.0.0.1:</source>
        <translation>Po&amp;rt auf 127.0.0.1:</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>Protokoll&amp;stufe:</translation>
    </message>
    <message>
        <source>The port, the data folder and the log level take effect when the local engine restarts: apply them, then restart the engine. The port is part of the local engine&apos;s SP entity IDs, ACS URLs and token issuer: changing it breaks connections already configured at an identity provider. A new data folder starts an empty engine with new credentials.</source>
        <translation>Port, Datenordner und Protokollstufe wirken, wenn die lokale Engine neu startet: Übernehmen Sie sie und starten Sie dann die Engine neu. Der Port ist Teil der SP-Entity-IDs, ACS URLs und des Token-Ausstellers der lokalen Engine: Eine Änderung bricht Verbindungen, die bei einem Identitätsanbieter bereits eingerichtet sind. Ein neuer Datenordner startet eine leere Engine mit neuen Zugangsdaten.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>A new language takes effect after Gatehouse is restarted. Colours follow the system&apos;s light or dark appearance.</source>
        <translation>Eine neue Sprache wirkt nach einem Neustart von Gatehouse. Die Farben folgen der hellen oder dunklen Darstellung des Systems.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Clear the embedded browser&apos;s cookies and cache</source>
        <translation>Cookies und Cache des eingebetteten Browsers löschen</translation>
    </message>
    <message>
        <source>Result of clearing browser data</source>
        <translation>Ergebnis des Löschens der Browserdaten</translation>
    </message>
    <message>
        <source>The connection test browser keeps no cookies or cache after it closes. Clearing now also ends the identity-provider sessions of test browsers that are open.</source>
        <translation>Der Browser für Verbindungstests behält nach dem Schließen weder Cookies noch Cache. Jetzt zu löschen beendet auch die Sitzungen beim Identitätsanbieter in geöffneten Testbrowsern.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <source>Remove the environment “%1” and its stored client secret from this computer? The environment itself is not changed.</source>
        <translation>Die Umgebung „%1“ und ihr gespeichertes Client-Geheimnis von diesem Computer entfernen? Die Umgebung selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>Confirm removing an environment</source>
        <translation>Entfernen einer Umgebung bestätigen</translation>
    </message>
    <message>
        <source>Local Engine Data Folder</source>
        <translation>Datenordner der lokalen Engine</translation>
    </message>
    <message>
        <source>The data folder must be an absolute path.</source>
        <translation>Der Datenordner muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>The data folder must be an absolute path, e.g. %1.</source>
        <translation>Der Datenordner muss ein absoluter Pfad sein, z. B. %1.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights: choose a port from 1024 to 65535, or Automatic.</source>
        <translation>Port %1 erfordert Administratorrechte: Wählen Sie einen Port von 1024 bis 65535 oder „Automatisch“.</translation>
    </message>
    <message>
        <source>The local engine cannot be restarted right now; try again in a moment.</source>
        <translation>Die lokale Engine kann gerade nicht neu gestartet werden; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Restarted. %1</source>
        <translation>Neu gestartet. %1</translation>
    </message>
    <message>
        <source>The restart failed: %1</source>
        <translation>Der Neustart ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No environments are available here, so the local engine cannot be restarted.</source>
        <translation>Hier sind keine Umgebungen verfügbar, daher kann die lokale Engine nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>The current environment is remote: only the bundled local engine can be restarted from here.</source>
        <translation>Die aktuelle Umgebung ist entfernt: Nur die mitgelieferte lokale Engine kann hier neu gestartet werden.</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>Changed since the local engine started: %1. Restart it now to use the saved settings.</source>
        <translation>Seit dem Start der lokalen Engine geändert: %1. Starten Sie sie jetzt neu, um die gespeicherten Einstellungen zu verwenden.</translation>
    </message>
    <message>
        <source>Store client secrets in a plain &amp;file when the system keychain is not available (not recommended)</source>
        <translation>Client-Geheimnisse in einer unverschlüsselten &amp;Datei speichern, wenn der Systemschlüsselbund nicht verfügbar ist (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Store client secrets in a plain file without a keychain</source>
        <translation>Client-Geheimnisse ohne Schlüsselbund in einer unverschlüsselten Datei speichern</translation>
    </message>
    <message>
        <source>Only where the system keychain is not available: client secrets are written to %1, readable by your user account and by anything running as you. Turning this off deletes the file.</source>
        <translation>Nur wenn der Systemschlüsselbund nicht verfügbar ist: Client-Geheimnisse werden in %1 geschrieben, lesbar für Ihr Benutzerkonto und alles, was unter ihm läuft. Beim Ausschalten wird die Datei gelöscht.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SetupView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Setup mode</source>
        <translation>Einrichtungsmodus</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>No directory yet: connect one with the SCIM wizard</source>
        <translation>Noch kein Verzeichnis: Verbinden Sie eines mit dem SCIM-Assistenten</translation>
    </message>
    <message>
        <source>Set Up &amp;Single Sign-On…</source>
        <translation>&amp;Single Sign-On einrichten…</translation>
    </message>
    <message>
        <source>Connect the organization&apos;s identity provider (SAML or OIDC).</source>
        <translation>Den Identitätsanbieter der Organisation verbinden (SAML oder OIDC).</translation>
    </message>
    <message>
        <source>&amp;Verify a Domain…</source>
        <translation>Domain &amp;verifizieren…</translation>
    </message>
    <message>
        <source>Prove ownership of an email domain with a DNS TXT record.</source>
        <translation>Den Besitz einer E-Mail-Domain mit einem DNS-TXT-Eintrag nachweisen.</translation>
    </message>
    <message>
        <source>Connect a SCIM &amp;Directory…</source>
        <translation>SCIM-&amp;Verzeichnis verbinden…</translation>
    </message>
    <message>
        <source>Provision users and groups from Okta, Entra ID, JumpCloud, OneLogin or any SCIM 2.0 provider.</source>
        <translation>Benutzer und Gruppen aus Okta, Entra ID, JumpCloud, OneLogin oder einem beliebigen SCIM-2.0-Anbieter bereitstellen.</translation>
    </message>
    <message>
        <source>&amp;Map Groups to Roles…</source>
        <translation>Gruppen Rollen &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Give directory groups app roles.</source>
        <translation>Verzeichnisgruppen App-Rollen geben.</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Directory (for role mapping):</source>
        <translation>&amp;Verzeichnis (für die Rollenzuordnung):</translation>
    </message>
    <message>
        <source>Guided setup</source>
        <translation>Geführte Einrichtung</translation>
    </message>
    <message>
        <source>Opening the admin-portal link…</source>
        <translation>Admin-Portal-Link wird geöffnet…</translation>
    </message>
    <message>
        <source>single sign-on and domains</source>
        <translation>Single Sign-On und Domains</translation>
    </message>
    <message>
        <source>directory sync and role mapping</source>
        <translation>Verzeichnissynchronisierung und Rollenzuordnung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin portal&lt;/b&gt; for %1 on %2 — this link grants %3. The session ends %4 or when Gatehouse quits.</source>
        <translation>&lt;b&gt;Admin-Portal&lt;/b&gt; für %1 auf %2 — dieser Link gewährt %3. Die Sitzung endet %4 oder wenn Gatehouse beendet wird.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>when the environment says so</source>
        <translation>wenn die Umgebung es bestimmt</translation>
    </message>
    <message>
        <source>Admin-portal session opened</source>
        <translation>Admin-Portal-Sitzung geöffnet</translation>
    </message>
    <message>
        <source>Not connected to an environment. Connect one, or open an admin-portal link (File → Open Portal Link…).</source>
        <translation>Nicht mit einer Umgebung verbunden. Verbinden Sie eine oder öffnen Sie einen Admin-Portal-Link (Datei → Portal-Link öffnen…).</translation>
    </message>
    <message>
        <source>Environment administrator: every organization and every wizard.</source>
        <translation>Umgebungsadministrator: alle Organisationen und alle Assistenten.</translation>
    </message>
    <message>
        <source>Could not list organizations: %1</source>
        <translation>Organisationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not list directories: %1</source>
        <translation>Verzeichnisse konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Map Groups to Roles</source>
        <translation>Gruppen Rollen zuordnen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SourceView</name>
    <message>
        <source>Metadata source</source>
        <translation>Quelle der Metadaten</translation>
    </message>
    <message>
        <source>The validated document appears here.</source>
        <translation>Hier erscheint das geprüfte Dokument.</translation>
    </message>
    <message>
        <source>The document (%1) is too large to show here; the findings name their lines.</source>
        <translation>Das Dokument (%1) ist zu groß für die Anzeige; die Befunde nennen ihre Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoActionsBar</name>
    <message>
        <source>Contin&amp;ue Setup…</source>
        <translation>Einrichtung &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Testen…</translation>
    </message>
    <message>
        <source>Continue setting up the selected connection</source>
        <translation>Einrichtung der ausgewählten Verbindung fortsetzen</translation>
    </message>
    <message>
        <source>Test the selected connection in the embedded browser</source>
        <translation>Ausgewählte Verbindung im eingebetteten Browser testen</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Set up a new single sign-on connection for this organization</source>
        <translation>Eine neue Single-Sign-On-Verbindung für diese Organisation einrichten</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoApi</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoWizard</name>
    <message>
        <source>Single sign-on setup</source>
        <translation>Einrichtung von Single Sign-On</translation>
    </message>
    <message>
        <source>Set Up Single Sign-On — %1</source>
        <translation>Single Sign-On einrichten — %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close the wizard (the setup can be continued later)</source>
        <translation>Assistent schließen (die Einrichtung kann später fortgesetzt werden)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Enable the connection</source>
        <translation>Verbindung aktivieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Enable Connection</source>
        <translation>Verbindung &amp;aktivieren</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoWizardPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestBrowser</name>
    <message>
        <source>Refused %1: %2. The page was not loaded.</source>
        <translation>%1 abgelehnt: %2. Die Seite wurde nicht geladen.</translation>
    </message>
    <message>
        <source>
• Subject: %1
  Issuer: %2
  Valid: %3 – %4
  SHA-256: %5</source>
        <translation>
• Inhaber: %1
  Aussteller: %2
  Gültig: %3 – %4
  SHA-256: %5</translation>
    </message>
    <message>
        <source>Connection test browser</source>
        <translation>Browser für Verbindungstests</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Identity provider pages</source>
        <translation>Seiten des Identitätsanbieters</translation>
    </message>
    <message>
        <source>Address (codes and tokens hidden)</source>
        <translation>Adresse (Codes und Tokens ausgeblendet)</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Start a new SP-initiated test</source>
        <translation>Neuen SP-initiierten Test starten</translation>
    </message>
    <message>
        <source>&amp;IdP-Initiated</source>
        <translation>&amp;IdP-initiiert</translation>
    </message>
    <message>
        <source>Start an IdP-initiated login at the simulator</source>
        <translation>IdP-initiierte Anmeldung am Simulator starten</translation>
    </message>
    <message>
        <source>Simulator scenario</source>
        <translation>Simulator-Szenario</translation>
    </message>
    <message>
        <source>Scenario: choose on the simulator page</source>
        <translation>Szenario: auf der Simulator-Seite wählen</translation>
    </message>
    <message>
        <source>User login (success)</source>
        <translation>Benutzeranmeldung (Erfolg)</translation>
    </message>
    <message>
        <source>Error: bad signature</source>
        <translation>Fehler: ungültige Signatur</translation>
    </message>
    <message>
        <source>Error: expired assertion</source>
        <translation>Fehler: abgelaufene Assertion</translation>
    </message>
    <message>
        <source>Error: wrong audience</source>
        <translation>Fehler: falsche Audience</translation>
    </message>
    <message>
        <source>Error: missing email</source>
        <translation>Fehler: E-Mail fehlt</translation>
    </message>
    <message>
        <source>Error: IdP error status</source>
        <translation>Fehler: Fehlerstatus des IdP</translation>
    </message>
    <message>
        <source>Error: unsigned response</source>
        <translation>Fehler: unsignierte Antwort</translation>
    </message>
    <message>
        <source>Error: wrong issuer</source>
        <translation>Fehler: falscher Issuer</translation>
    </message>
    <message>
        <source>Error: replayed assertion</source>
        <translation>Fehler: wiederverwendete Assertion</translation>
    </message>
    <message>
        <source>S&amp;ubmit automatically</source>
        <translation>A&amp;utomatisch absenden</translation>
    </message>
    <message>
        <source>Submit the simulator&apos;s form automatically</source>
        <translation>Formular des Simulators automatisch absenden</translation>
    </message>
    <message>
        <source>E&amp;xport Trace…</source>
        <translation>Trace e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the trace to a file</source>
        <translation>Trace in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Trace exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Trace exported to %1.</source>
        <translation>Trace nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Certificate error</source>
        <translation>Zertifikatsfehler</translation>
    </message>
    <message>
        <source>Trace steps</source>
        <translation>Schritte der Trace</translation>
    </message>
    <message>
        <source>Notes on the selected step</source>
        <translation>Hinweise zum ausgewählten Schritt</translation>
    </message>
    <message>
        <source>Selected step, decoded</source>
        <translation>Ausgewählter Schritt, dekodiert</translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation>Verbindung testen — %1</translation>
    </message>
    <message>
        <source>This connection has no test URI.</source>
        <translation>Diese Verbindung hat keine Test-URI.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish…</source>
        <translation>Warten, bis die Anmeldung abgeschlossen ist…</translation>
    </message>
    <message>
        <source>IdP-initiated login: the SAML trace shows what the IdP sent; the service provider then redirects to the application (no test result is stored).</source>
        <translation>IdP-initiierte Anmeldung: Die SAML-Trace zeigt, was der IdP gesendet hat; der Service Provider leitet dann zur Anwendung weiter (es wird kein Testergebnis gespeichert).</translation>
    </message>
    <message>
        <source>Redirect: %1 %2</source>
        <translation>Weiterleitung: %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>RelayState: %1</source>
        <translation>RelayState: %1</translation>
    </message>
    <message>
        <source>Redirect signature: %1</source>
        <translation>Signatur der Weiterleitung: %1</translation>
    </message>
    <message>
        <source>Form %1 to %2</source>
        <translation>Formular %1 an %2</translation>
    </message>
    <message>
        <source>Reading the test result…</source>
        <translation>Testergebnis wird gelesen…</translation>
    </message>
    <message>
        <source>The test result could not be read: %1</source>
        <translation>Das Testergebnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>AuthnRequest (as the engine sent it)</source>
        <translation>AuthnRequest (wie von der Engine gesendet)</translation>
    </message>
    <message>
        <source>SAMLResponse (as the engine received it)</source>
        <translation>SAMLResponse (wie von der Engine empfangen)</translation>
    </message>
    <message>
        <source>The service provider&apos;s checks</source>
        <translation>Prüfungen des Service Providers</translation>
    </message>
    <message>
        <source>Test result: %1</source>
        <translation>Testergebnis: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Certificate refused: %1</source>
        <translation>Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Pop-up opened in the system browser</source>
        <translation>Pop-up im Systembrowser geöffnet</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestOutcome</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Normalized profile</source>
        <translation>Normalisiertes Profil</translation>
    </message>
    <message>
        <source>Raw attributes from the IdP</source>
        <translation>Rohattribute vom IdP</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Error, reason and fix</source>
        <translation>Fehler, Ursache und Behebung</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Raw &amp;attributes:</source>
        <translation>Roh&amp;attribute:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish…</source>
        <translation>Warten, bis die Anmeldung abgeschlossen ist…</translation>
    </message>
    <message>
        <source>✔ Test connection succeeded</source>
        <translation>✔ Verbindungstest erfolgreich</translation>
    </message>
    <message>
        <source>✘ Test connection failed</source>
        <translation>✘ Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <source>The test is still pending (%1).</source>
        <translation>Der Test steht noch aus (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test passed.&lt;/b&gt; Signed in as %1.</source>
        <translation>&lt;b&gt;Test bestanden.&lt;/b&gt; Angemeldet als %1.</translation>
    </message>
    <message>
        <source>The test has not finished (%1).</source>
        <translation>Der Test ist noch nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test failed:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; — %2</source>
        <translation>&lt;b&gt;Test fehlgeschlagen:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Ursache:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Behebung:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestPage</name>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sign in once through the identity provider in the test browser. The result, and a trace of every SAML or OIDC message, appear there and here.</source>
        <translation>Melden Sie sich im Testbrowser einmal über den Identitätsanbieter an. Das Ergebnis und eine Trace jeder SAML- oder OIDC-Nachricht erscheinen dort und hier.</translation>
    </message>
    <message>
        <source>Connection under test</source>
        <translation>Getestete Verbindung</translation>
    </message>
    <message>
        <source>Test outcome</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Test the connection in the embedded browser</source>
        <translation>Verbindung im eingebetteten Browser testen</translation>
    </message>
    <message>
        <source>Connection %1 (%2, %3), status %4.</source>
        <translation>Verbindung %1 (%2, %3), Status %4.</translation>
    </message>
    <message>
        <source>No test has run in this session yet.</source>
        <translation>In dieser Sitzung wurde noch kein Test ausgeführt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TraceDecoder</name>
    <message numerus="yes">
        <source>(redacted, %n character(s))</source>
        <translation>
            <numerusform>(geschwärzt, %n Zeichen)</numerusform>
            <numerusform>(geschwärzt, %n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TraceModel</name>
    <message>
        <source>Gatehouse SSO trace</source>
        <translation>Gatehouse-SSO-Trace</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UrlFetchWidget</name>
    <message>
        <source>&amp;Fetch and Validate</source>
        <translation>&amp;Laden und validieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation>Metadaten-URL</translation>
    </message>
    <message>
        <source>https://idp.example.com/saml/metadata</source>
        <translation>https://idp.example.com/saml/metadata</translation>
    </message>
    <message>
        <source>Fetch and validate the metadata URL</source>
        <translation>Metadaten-URL laden und validieren</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Download in progress</source>
        <translation>Download läuft</translation>
    </message>
    <message>
        <source>Enter the metadata URL first.</source>
        <translation>Geben Sie zuerst die Metadaten-URL ein.</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ValidityTimeline</name>
    <message>
        <source>Certificate validity timeline</source>
        <translation>Gültigkeitszeitraum des Zertifikats</translation>
    </message>
    <message>
        <source>The validity dates could not be read.</source>
        <translation>Die Gültigkeitsdaten konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago, on %1.</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen, am %1.</numerusform>
            <numerusform>Vor %n Tagen abgelaufen, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Noch nicht gültig: gültig ab %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1 — inside the %2-day warning window.</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1 — innerhalb des Warnzeitraums von %2 Tagen.</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1 — innerhalb des Warnzeitraums von %2 Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n more day(s), until %1; the warning window starts on %2.</source>
        <translation>
            <numerusform>Noch %n Tag gültig, bis %1; der Warnzeitraum beginnt am %2.</numerusform>
            <numerusform>Noch %n Tage gültig, bis %1; der Warnzeitraum beginnt am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WebhookEditDialog</name>
    <message>
        <source>E&amp;nabled (events are delivered to it)</source>
        <translation>A&amp;ktiviert (Ereignisse werden zugestellt)</translation>
    </message>
    <message>
        <source>Edit Webhook Endpoint</source>
        <translation>Webhook-Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Edit webhook endpoint</source>
        <translation>Webhook-Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. organization.*, connection.enabled; empty = all</source>
        <translation>Kommagetrennt, z. B. organization.*, connection.enabled; leer = alle</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Endpoint description</source>
        <translation>Beschreibung des Endpunkts</translation>
    </message>
    <message>
        <source>Endpoint enabled</source>
        <translation>Endpunkt aktiviert</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Why the endpoint was not saved</source>
        <translation>Warum der Endpunkt nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>Save the endpoint</source>
        <translation>Endpunkt speichern</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation>&amp;Ereignistypen:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
    <message>
        <source>The URL is required.</source>
        <translation>Die URL ist erforderlich.</translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation>Die Engine hat die Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WebhooksView</name>
    <message>
        <source>&amp;Create Endpoint</source>
        <translation>Endpunkt &amp;anlegen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Signaturgeheimnis kopieren</translation>
    </message>
    <message>
        <source>Webhook endpoints</source>
        <translation>Webhook-Endpunkte</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable or disable the endpoint</source>
        <translation>Endpunkt aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
    <message>
        <source>Rotate the signing secret</source>
        <translation>Signaturgeheimnis rotieren</translation>
    </message>
    <message>
        <source>Send Test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Send a test event to the endpoint</source>
        <translation>Testereignis an den Endpunkt senden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>Erneut zustellen</translation>
    </message>
    <message>
        <source>Redeliver the selected delivery</source>
        <translation>Ausgewählte Zustellung wiederholen</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>https://app.example.com/hooks/gatehouse</source>
        <translation>https://app.example.com/hooks/gatehouse</translation>
    </message>
    <message>
        <source>Endpoint description</source>
        <translation>Beschreibung des Endpunkts</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. organization.*, connection.enabled; empty = all</source>
        <translation>Kommagetrennt, z. B. organization.*, connection.enabled; leer = alle</translation>
    </message>
    <message>
        <source>Create webhook endpoint</source>
        <translation>Webhook-Endpunkt anlegen</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>A new signing secret is shown here once.</source>
        <translation>Ein neues Signaturgeheimnis wird hier einmalig angezeigt.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation>&amp;Ereignistypen:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Delivery log of the selected endpoint</source>
        <translation>Zustellprotokoll des ausgewählten Endpunkts</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete the webhook endpoint %1 and its delivery log? Events are no longer sent to it.</source>
        <translation>Den Webhook-Endpunkt %1 und sein Zustellprotokoll löschen? Ereignisse werden nicht mehr an ihn gesendet.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Could not create the endpoint: %1</source>
        <translation>Der Endpunkt konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Copy the signing secret now: it is shown only once.</source>
        <translation>Kopieren Sie das Signaturgeheimnis jetzt: Es wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Endpoint created.</source>
        <translation>Endpunkt angelegt.</translation>
    </message>
    <message>
        <source>Could not change the endpoint: %1</source>
        <translation>Der Endpunkt konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Endpoint enabled.</source>
        <translation>Endpunkt aktiviert.</translation>
    </message>
    <message>
        <source>Endpoint disabled.</source>
        <translation>Endpunkt deaktiviert.</translation>
    </message>
    <message>
        <source>Could not rotate the secret: %1</source>
        <translation>Das Geheimnis konnte nicht rotiert werden: %1</translation>
    </message>
    <message>
        <source>The new signing secret is shown only once.</source>
        <translation>Das neue Signaturgeheimnis wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>The new signing secret is shown only once; the previous one keeps signing until %1.</source>
        <translation>Das neue Signaturgeheimnis wird nur einmal angezeigt; das vorherige signiert noch bis %1.</translation>
    </message>
    <message>
        <source>Secret rotated.</source>
        <translation>Geheimnis rotiert.</translation>
    </message>
    <message>
        <source>Could not send a test event: %1</source>
        <translation>Das Testereignis konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Test event queued.</source>
        <translation>Testereignis in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Could not delete the endpoint: %1</source>
        <translation>Der Endpunkt konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation>Endpunkt gelöscht.</translation>
    </message>
    <message>
        <source>Could not redeliver: %1</source>
        <translation>Die erneute Zustellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Delivery queued again.</source>
        <translation>Zustellung erneut in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the endpoint</source>
        <translation>Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation>Endpunkt gespeichert.</translation>
    </message>
    <message>
        <source>Show deliveries with this status</source>
        <translation>Zustellungen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending (waiting for a retry)</source>
        <translation>Ausstehend (wartet auf erneuten Versuch)</translation>
    </message>
    <message>
        <source>Delivering now</source>
        <translation>Wird gerade zugestellt</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Attempts of the selected delivery</source>
        <translation>Versuche der ausgewählten Zustellung</translation>
    </message>
    <message>
        <source>&amp;Attempts of the selected delivery:</source>
        <translation>&amp;Versuche der ausgewählten Zustellung:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gatehouse desktop admin portal</source>
        <translation>Gatehouse – Desktop-Administrationsportal</translation>
    </message>
    <message>
        <source>Do not start the bundled engine at start-up.</source>
        <translation>Die mitgelieferte Engine beim Start nicht starten.</translation>
    </message>
    <message>
        <source>SAML metadata file to validate, or an admin-portal link (…/magicLink/…_p or gatehouse://portal?link=…) to open.</source>
        <translation>Zu validierende SAML-Metadatendatei oder ein zu öffnender Admin-Portal-Link (…/magicLink/…_p oder gatehouse://portal?link=…).</translation>
    </message>
</context>
</TS>
