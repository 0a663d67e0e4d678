<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was refused as invalid</source>
        <translation>La requête a été refusée car invalide</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Precondition failed</source>
        <translation>Échec de la précondition</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Not supported by this environment</source>
        <translation>Non pris en charge par cet environnement</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Échec de la requête</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment URL is not a valid URL.</source>
        <translation>L&apos;URL de l&apos;environnement n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The environment URL must start with https://.</source>
        <translation>L&apos;URL de l&apos;environnement doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for an engine on this computer (127.0.0.1); use https:// for %1.</source>
        <translation>Le http:// non chiffré n&apos;est autorisé que pour un moteur sur cet ordinateur (127.0.0.1) ; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>The environment URL must not contain a user name, query or fragment.</source>
        <translation>L&apos;URL de l&apos;environnement ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation>L&apos;ID client est manquant.</translation>
    </message>
    <message>
        <source>The client secret is missing.</source>
        <translation>Le secret client est manquant.</translation>
    </message>
</context>
<context>
    <name>DirectoryTables</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Local engine</source>
        <translation>Moteur local</translation>
    </message>
    <message>
        <source>Gatehouse engine</source>
        <translation>Moteur Gatehouse</translation>
    </message>
    <message>
        <source>Scalekit environment</source>
        <translation>Environnement Scalekit</translation>
    </message>
</context>
<context>
    <name>ResourceTables</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>SCIM endpoint</source>
        <translation>Point de terminaison SCIM</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation>Nom de l&apos;enregistrement TXT</translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation>Valeur de l&apos;enregistrement TXT</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Étend</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Created; the identity provider is not configured yet.</source>
        <translation>Créée ; le fournisseur d&apos;identité n&apos;est pas encore configuré.</translation>
    </message>
    <message>
        <source>Configured; no connection test has passed yet.</source>
        <translation>Configurée ; aucun test de connexion n&apos;a encore réussi.</translation>
    </message>
    <message>
        <source>The last connection test passed; the connection is not enabled.</source>
        <translation>Le dernier test de connexion a réussi ; la connexion n&apos;est pas activée.</translation>
    </message>
    <message>
        <source>Enabled: users sign in through this connection.</source>
        <translation>Activée : les utilisateurs se connectent via cette connexion.</translation>
    </message>
    <message>
        <source>The last connection test failed; open Test… for the reason and the fix.</source>
        <translation>Le dernier test de connexion a échoué ; ouvrez « Tester… » pour en connaître la cause et la correction.</translation>
    </message>
</context>
<context>
    <name>WebhookTables</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Code HTTP</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No (failing)</source>
        <translation>Non (en échec)</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::ApiClient</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Le point de terminaison de jeton a répondu sans jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The environment answered %1 with something that is not a JSON object.</source>
        <translation>L&apos;environnement a répondu à %1 par autre chose qu&apos;un objet JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified: %2</source>
        <translation>Le certificat TLS de %1 n&apos;a pas pu être vérifié : %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused.</source>
        <translation>Impossible de se connecter à %1 : connexion refusée.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>L&apos;hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::EnvironmentController</name>
    <message>
        <source>The system keychain is not available (%1). Client secrets are kept in memory for this session only; nothing secret is written to disk.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Les secrets client sont conservés en mémoire pour cette session uniquement ; rien de secret n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>No client secret is stored for %1. Enter it again to connect.</source>
        <translation>Aucun secret client n&apos;est enregistré pour %1. Saisissez-le à nouveau pour vous connecter.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (%n organization(s)).</source>
        <translation>
            <numerusform>Connecté à %1 (%n organisation).</numerusform>
            <numerusform>Connecté à %1 (%n organisations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local engine…</source>
        <translation>Démarrage du moteur local…</translation>
    </message>
    <message>
        <source>The local engine runs, but its credentials are unknown.</source>
        <translation>Le moteur local fonctionne, mais ses identifiants sont inconnus.</translation>
    </message>
    <message>
        <source>The local engine is stopped.</source>
        <translation>Le moteur local est arrêté.</translation>
    </message>
    <message>
        <source>Restarting the local engine…</source>
        <translation>Redémarrage du moteur local…</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). As chosen in Settings, client secrets are stored in a plain file that only your user account can read: %2.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Comme choisi dans les paramètres, les secrets client sont enregistrés dans un fichier en clair que seul votre compte utilisateur peut lire : %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::KeychainSecretStore</name>
    <message>
        <source>no D-Bus session bus, so no Secret Service keyring</source>
        <translation>pas de bus de session D-Bus, donc pas de trousseau Secret Service</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::LocalEngineSupervisor</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>setting up</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <source>The local engine (gatehouse-engine) was not found. Install it next to the app or set its path in the settings.</source>
        <translation>Le moteur local (gatehouse-engine) est introuvable. Installez-le à côté de l&apos;application ou indiquez son chemin dans les paramètres.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for the local engine.</source>
        <translation>Aucun port libre sur 127.0.0.1 pour le moteur local.</translation>
    </message>
    <message>
        <source>Obtaining the administrator credentials of the local engine…</source>
        <translation>Obtention des identifiants administrateur du moteur local…</translation>
    </message>
    <message>
        <source>The local engine could not be started: %1</source>
        <translation>Le moteur local n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The local engine could not be set up (exit code %1): %2</source>
        <translation>Le moteur local n&apos;a pas pu être configuré (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>Starting the local engine on 127.0.0.1:%1…</source>
        <translation>Démarrage du moteur local sur 127.0.0.1:%1…</translation>
    </message>
    <message>
        <source>The local engine %1 is running on 127.0.0.1:%2.</source>
        <translation>Le moteur local %1 fonctionne sur 127.0.0.1:%2.</translation>
    </message>
    <message>
        <source>Its version differs from the app&apos;s (%1).</source>
        <translation>Sa version diffère de celle de l&apos;application (%1).</translation>
    </message>
    <message>
        <source>The local engine stopped unexpectedly (it crashed or was killed).</source>
        <translation>Le moteur local s&apos;est arrêté de façon inattendue (plantage ou arrêt forcé).</translation>
    </message>
    <message>
        <source>The local engine exited with code %1.</source>
        <translation>Le moteur local s&apos;est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>Dernier message : %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n restart(s); see the engine log.</source>
        <translation>
            <numerusform>Abandon après %n redémarrage ; consultez le journal du moteur.</numerusform>
            <numerusform>Abandon après %n redémarrages ; consultez le journal du moteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting in %1 s…</source>
        <translation>Redémarrage dans %1 s…</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::PlainFileSecretStore</name>
    <message>
        <source>a plain file (%1)</source>
        <translation>un fichier en clair (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than a secrets file can be.</source>
        <translation>%1 est plus volumineux qu’un fichier de secrets ne peut l’être.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); enter the client secrets again.</source>
        <translation>%1 est endommagé (%2) ; saisissez de nouveau les secrets client.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Impossible de restreindre les droits d’accès de %1.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::client::PortalLink</name>
    <message>
        <source>Paste the admin-portal link you received (it contains /magicLink/).</source>
        <translation>Collez le lien de portail d&apos;administration reçu (il contient /magicLink/).</translation>
    </message>
    <message>
        <source>This gatehouse:// link does not open an admin portal (expected gatehouse://portal?link=…).</source>
        <translation>Ce lien gatehouse:// n&apos;ouvre pas de portail d&apos;administration (attendu : gatehouse://portal?link=…).</translation>
    </message>
    <message>
        <source>The gatehouse:// link carries no portal link (its link= parameter is missing).</source>
        <translation>Le lien gatehouse:// ne contient pas de lien de portail (le paramètre link= est absent).</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>« %1 » n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>This is not an admin-portal link: it must end with /magicLink/&lt;id&gt;_p.</source>
        <translation>Ce n&apos;est pas un lien de portail d&apos;administration : il doit se terminer par /magicLink/&lt;id&gt;_p.</translation>
    </message>
    <message>
        <source>%1 does not know this admin-portal link. Check that you copied all of it.</source>
        <translation>%1 ne connaît pas ce lien de portail d&apos;administration. Vérifiez que vous l&apos;avez copié en entier.</translation>
    </message>
    <message>
        <source>This admin-portal link has expired. Ask the person who sent it for a new one.</source>
        <translation>Ce lien de portail d&apos;administration a expiré. Demandez-en un nouveau à la personne qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>This admin-portal link was already used; a link opens once. Ask for a new one.</source>
        <translation>Ce lien de portail d&apos;administration a déjà été utilisé ; un lien ne s&apos;ouvre qu&apos;une fois. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>This admin-portal link was revoked. Ask for a new one.</source>
        <translation>Ce lien de portail d&apos;administration a été révoqué. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>%1 does not accept admin-portal links (HTTP 404).</source>
        <translation>%1 n&apos;accepte pas les liens de portail d&apos;administration (HTTP 404).</translation>
    </message>
    <message>
        <source>The admin-portal link was refused: %1</source>
        <translation>Le lien de portail d&apos;administration a été refusé : %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The environment answered the portal link without a session or an organization.</source>
        <translation>L&apos;environnement a répondu au lien de portail sans session ni organisation.</translation>
    </message>
</context>
<context>
    <name>gatehouse::models::OrganizationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
</context>
<context>
    <name>gatehouse::models::PagedTableModel</name>
    <message>
        <source>The list was reloaded during the export.</source>
        <translation>La liste a été rechargée pendant l&apos;export.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui</name>
    <message>
        <source>In the Okta Admin Console open &lt;b&gt;Applications → Applications → Browse App Catalog&lt;/b&gt; and add &lt;b&gt;“SCIM 2.0 Test App (OAuth Bearer Token)”&lt;/b&gt; with &lt;b&gt;Add Integration&lt;/b&gt;; give it a name and click &lt;b&gt;Done&lt;/b&gt;.</source>
        <translation>Dans l&apos;Okta Admin Console, ouvrez &lt;b&gt;Applications → Applications → Browse App Catalog&lt;/b&gt; et ajoutez &lt;b&gt;« SCIM 2.0 Test App (OAuth Bearer Token) »&lt;/b&gt; avec &lt;b&gt;Add Integration&lt;/b&gt; ; donnez-lui un nom et cliquez sur &lt;b&gt;Done&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Provisioning&lt;/b&gt; tab click &lt;b&gt;Configure API Integration&lt;/b&gt;, tick &lt;b&gt;Enable API integration&lt;/b&gt;, paste the endpoint URL into &lt;b&gt;“SCIM 2.0 Base URL”&lt;/b&gt; and the token into &lt;b&gt;“OAuth Bearer Token”&lt;/b&gt;, then click &lt;b&gt;Test API Credentials&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Provisioning&lt;/b&gt;, cliquez sur &lt;b&gt;Configure API Integration&lt;/b&gt;, cochez &lt;b&gt;Enable API integration&lt;/b&gt;, collez l&apos;URL du point de terminaison dans &lt;b&gt;« SCIM 2.0 Base URL »&lt;/b&gt; et le jeton dans &lt;b&gt;« OAuth Bearer Token »&lt;/b&gt;, puis cliquez sur &lt;b&gt;Test API Credentials&lt;/b&gt; et &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Provisioning → To App&lt;/b&gt; click &lt;b&gt;Edit&lt;/b&gt; and enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Sous &lt;b&gt;Provisioning → To App&lt;/b&gt;, cliquez sur &lt;b&gt;Edit&lt;/b&gt; et activez &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; et &lt;b&gt;Deactivate Users&lt;/b&gt; ; &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Assignments&lt;/b&gt; tab use &lt;b&gt;Assign → Assign to People&lt;/b&gt; for the users to provision.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Assignments&lt;/b&gt;, utilisez &lt;b&gt;Assign → Assign to People&lt;/b&gt; pour les utilisateurs à provisionner.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Push Groups&lt;/b&gt; tab use &lt;b&gt;Push Groups → Find groups by name&lt;/b&gt;, pick the groups and click &lt;b&gt;Push Immediately&lt;/b&gt;. Do not use the same groups for assignment and push.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Push Groups&lt;/b&gt;, utilisez &lt;b&gt;Push Groups → Find groups by name&lt;/b&gt;, choisissez les groupes et cliquez sur &lt;b&gt;Push Immediately&lt;/b&gt;. N&apos;utilisez pas les mêmes groupes pour l&apos;affectation et le push.</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center open &lt;b&gt;Entra ID → Manage → All applications&lt;/b&gt;, click &lt;b&gt;+ New application&lt;/b&gt; and &lt;b&gt;+ Create your own application&lt;/b&gt;; name it and create it.</source>
        <translation>Dans le centre d&apos;administration Microsoft Entra, ouvrez &lt;b&gt;Entra ID → Manage → All applications&lt;/b&gt;, cliquez sur &lt;b&gt;+ New application&lt;/b&gt; puis &lt;b&gt;+ Create your own application&lt;/b&gt; ; nommez-la et créez-la.</translation>
    </message>
    <message>
        <source>In the new application open &lt;b&gt;Manage → Provisioning&lt;/b&gt; and set &lt;b&gt;Provisioning Mode&lt;/b&gt; to &lt;b&gt;Automatic&lt;/b&gt;.</source>
        <translation>Dans la nouvelle application, ouvrez &lt;b&gt;Manage → Provisioning&lt;/b&gt; et réglez &lt;b&gt;Provisioning Mode&lt;/b&gt; sur &lt;b&gt;Automatic&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Admin Credentials&lt;/b&gt; paste the endpoint URL into &lt;b&gt;“Tenant URL”&lt;/b&gt; and the token into &lt;b&gt;“Secret Token”&lt;/b&gt;; click &lt;b&gt;Test Connection&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Sous &lt;b&gt;Admin Credentials&lt;/b&gt;, collez l&apos;URL du point de terminaison dans &lt;b&gt;« Tenant URL »&lt;/b&gt; et le jeton dans &lt;b&gt;« Secret Token »&lt;/b&gt; ; cliquez sur &lt;b&gt;Test Connection&lt;/b&gt; et &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Mappings&lt;/b&gt; open &lt;b&gt;“Provision Microsoft Entra ID Users”&lt;/b&gt; and set &lt;b&gt;Enabled&lt;/b&gt; to &lt;b&gt;Yes&lt;/b&gt;.</source>
        <translation>Sous &lt;b&gt;Mappings&lt;/b&gt;, ouvrez &lt;b&gt;« Provision Microsoft Entra ID Users »&lt;/b&gt; et réglez &lt;b&gt;Enabled&lt;/b&gt; sur &lt;b&gt;Yes&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Assign users and groups to the application, set &lt;b&gt;Provisioning Status&lt;/b&gt; to &lt;b&gt;On&lt;/b&gt; and &lt;b&gt;Save&lt;/b&gt;. Use &lt;b&gt;Provision on demand&lt;/b&gt; to send one user now; a full cycle can take up to 40 minutes.</source>
        <translation>Affectez des utilisateurs et des groupes à l&apos;application, réglez &lt;b&gt;Provisioning Status&lt;/b&gt; sur &lt;b&gt;On&lt;/b&gt; et cliquez sur &lt;b&gt;Save&lt;/b&gt;. Utilisez &lt;b&gt;Provision on demand&lt;/b&gt; pour envoyer un utilisateur tout de suite ; un cycle complet peut prendre jusqu&apos;à 40 minutes.</translation>
    </message>
    <message>
        <source>In the JumpCloud Admin Portal open &lt;b&gt;SSO Applications&lt;/b&gt; and click &lt;b&gt;+ Add New Application&lt;/b&gt;; search for a name that does not exist and create a custom application.</source>
        <translation>Dans le JumpCloud Admin Portal, ouvrez &lt;b&gt;SSO Applications&lt;/b&gt; et cliquez sur &lt;b&gt;+ Add New Application&lt;/b&gt; ; recherchez un nom qui n&apos;existe pas et créez une application personnalisée.</translation>
    </message>
    <message>
        <source>Select the feature &lt;b&gt;“Export users to this app (Identity Management)”&lt;/b&gt; and click &lt;b&gt;Save Application&lt;/b&gt;, then &lt;b&gt;Configure Application&lt;/b&gt;.</source>
        <translation>Sélectionnez la fonctionnalité &lt;b&gt;« Export users to this app (Identity Management) »&lt;/b&gt; et cliquez sur &lt;b&gt;Save Application&lt;/b&gt;, puis sur &lt;b&gt;Configure Application&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Identity Management&lt;/b&gt; tab paste the endpoint URL into &lt;b&gt;“Endpoint URL”&lt;/b&gt; and the token into &lt;b&gt;“Bearer Token”&lt;/b&gt;.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Identity Management&lt;/b&gt;, collez l&apos;URL du point de terminaison dans &lt;b&gt;« Endpoint URL »&lt;/b&gt; et le jeton dans &lt;b&gt;« Bearer Token »&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Group management&lt;/b&gt; click &lt;b&gt;Activate&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Sous &lt;b&gt;Group management&lt;/b&gt;, cliquez sur &lt;b&gt;Activate&lt;/b&gt;, puis sur &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;User Groups&lt;/b&gt; tab assign the groups to provision. Note: removing a group from the app unassigns its users but does not remove the group.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;User Groups&lt;/b&gt;, affectez les groupes à provisionner. Remarque : retirer un groupe de l&apos;application désaffecte ses utilisateurs mais ne supprime pas le groupe.</translation>
    </message>
    <message>
        <source>In OneLogin open &lt;b&gt;Administration → Applications → Add App&lt;/b&gt;, choose &lt;b&gt;“SCIM Provisioner with SAML (SCIM v2 Enterprise)”&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Dans OneLogin, ouvrez &lt;b&gt;Administration → Applications → Add App&lt;/b&gt;, choisissez &lt;b&gt;« SCIM Provisioner with SAML (SCIM v2 Enterprise) »&lt;/b&gt; et cliquez sur &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Configuration&lt;/b&gt; tab paste the endpoint URL into &lt;b&gt;“SCIM Base URL”&lt;/b&gt; and the token into &lt;b&gt;“SCIM Bearer Token”&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Configuration&lt;/b&gt;, collez l&apos;URL du point de terminaison dans &lt;b&gt;« SCIM Base URL »&lt;/b&gt; et le jeton dans &lt;b&gt;« SCIM Bearer Token »&lt;/b&gt;, puis cliquez sur &lt;b&gt;Save&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Provisioning&lt;/b&gt; tab enable provisioning and &lt;b&gt;Save&lt;/b&gt;. Users need a unique &lt;b&gt;username&lt;/b&gt; (an email address is fine).</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Provisioning&lt;/b&gt;, activez le provisionnement et cliquez sur &lt;b&gt;Save&lt;/b&gt;. Les utilisateurs ont besoin d&apos;un &lt;b&gt;username&lt;/b&gt; unique (une adresse e-mail convient).</translation>
    </message>
    <message>
        <source>Assign the app to users and approve the &lt;b&gt;Pending&lt;/b&gt; ones until they show &lt;b&gt;Provisioned&lt;/b&gt;.</source>
        <translation>Affectez l&apos;application aux utilisateurs et approuvez ceux en &lt;b&gt;Pending&lt;/b&gt; jusqu&apos;à ce qu&apos;ils affichent &lt;b&gt;Provisioned&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For groups: under &lt;b&gt;Parameters → Groups&lt;/b&gt; tick &lt;b&gt;Include in User Provisioning&lt;/b&gt;, and add a &lt;b&gt;Rules&lt;/b&gt; entry “Set Groups in &amp;lt;App&amp;gt;” for each role to send.</source>
        <translation>Pour les groupes : sous &lt;b&gt;Parameters → Groups&lt;/b&gt;, cochez &lt;b&gt;Include in User Provisioning&lt;/b&gt; et ajoutez dans &lt;b&gt;Rules&lt;/b&gt; une entrée « Set Groups in &amp;lt;App&amp;gt; » pour chaque rôle à envoyer.</translation>
    </message>
    <message>
        <source>Other SCIM 2.0 provider</source>
        <translation>Autre fournisseur SCIM 2.0</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>URL de base SCIM</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>In your identity provider create a SCIM 2.0 provisioning application (RFC 7644).</source>
        <translation>Dans votre fournisseur d&apos;identité, créez une application de provisionnement SCIM 2.0 (RFC 7644).</translation>
    </message>
    <message>
        <source>Enter the endpoint URL as the SCIM base URL; the server offers &lt;b&gt;/Users&lt;/b&gt;, &lt;b&gt;/Groups&lt;/b&gt;, &lt;b&gt;/ServiceProviderConfig&lt;/b&gt;, &lt;b&gt;/Schemas&lt;/b&gt; and &lt;b&gt;/ResourceTypes&lt;/b&gt; below it.</source>
        <translation>Saisissez l&apos;URL du point de terminaison comme URL de base SCIM ; le serveur propose en dessous &lt;b&gt;/Users&lt;/b&gt;, &lt;b&gt;/Groups&lt;/b&gt;, &lt;b&gt;/ServiceProviderConfig&lt;/b&gt;, &lt;b&gt;/Schemas&lt;/b&gt; et &lt;b&gt;/ResourceTypes&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose bearer-token (OAuth bearer) authentication and paste the token.</source>
        <translation>Choisissez l&apos;authentification par jeton bearer (OAuth bearer) et collez le jeton.</translation>
    </message>
    <message>
        <source>Enable creating, updating and deactivating users, and pushing groups with their members.</source>
        <translation>Activez la création, la mise à jour et la désactivation des utilisateurs, ainsi que l&apos;envoi des groupes avec leurs membres.</translation>
    </message>
    <message>
        <source>Assign users and groups and start provisioning.</source>
        <translation>Affectez des utilisateurs et des groupes et démarrez le provisionnement.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AddEnvironmentDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation>Ajouter un environnement</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Nom de l&apos;environnement</translation>
    </message>
    <message>
        <source>e.g. Acme staging</source>
        <translation>p. ex. Acme préproduction</translation>
    </message>
    <message>
        <source>Environment type</source>
        <translation>Type d&apos;environnement</translation>
    </message>
    <message>
        <source>Gatehouse engine</source>
        <translation>Moteur Gatehouse</translation>
    </message>
    <message>
        <source>Scalekit environment</source>
        <translation>Environnement Scalekit</translation>
    </message>
    <message>
        <source>Environment URL</source>
        <translation>URL de l&apos;environnement</translation>
    </message>
    <message>
        <source>https://your-environment.example.com</source>
        <translation>https://votre-environnement.example.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>skc_…</source>
        <translation>skc_…</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Add the environment</source>
        <translation>Ajouter l&apos;environnement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>The client secret is stored in the system keychain, never in a settings file. Remote environments must use https; certificates are always verified.</source>
        <translation>Le secret client est conservé dans le trousseau du système, jamais dans un fichier de paramètres. Les environnements distants doivent utiliser https ; les certificats sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>Edit Environment</source>
        <translation>Modifier l&apos;environnement</translation>
    </message>
    <message>
        <source>Save the environment</source>
        <translation>Enregistrer l&apos;environnement</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n organization(s).</source>
        <translation>
            <numerusform>Connecté : %n organisation.</numerusform>
            <numerusform>Connecté : %n organisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AggregatePanel</name>
    <message>
        <source>Show &amp;All Entities</source>
        <translation>&amp;Afficher toutes les entités</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agrégat</translation>
    </message>
    <message>
        <source>Aggregate summary</source>
        <translation>Résumé de l&apos;agrégat</translation>
    </message>
    <message>
        <source>Search entities</source>
        <translation>Rechercher des entités</translation>
    </message>
    <message>
        <source>Search by entity ID, name or role…</source>
        <translation>Rechercher par Entity ID, nom ou rôle…</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Show the findings and certificates of all entities</source>
        <translation>Afficher les constats et certificats de toutes les entités</translation>
    </message>
    <message>
        <source>&amp;Entities:</source>
        <translation>&amp;Entités :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Per role: %1.</source>
        <translation>Par rôle : %1.</translation>
    </message>
    <message>
        <source>Duplicate entity IDs: %1. Expired certificates: %2. Expiring certificates: %3. Weak keys: %4.</source>
        <translation>Entity ID en double : %1. Certificats expirés : %2. Certificats bientôt expirés : %3. Clés faibles : %4.</translation>
    </message>
    <message>
        <source>The document is signed.</source>
        <translation>Le document est signé.</translation>
    </message>
    <message>
        <source>The document is not signed.</source>
        <translation>Le document n&apos;est pas signé.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AttributeMappingPage</name>
    <message>
        <source>&amp;Add Custom Attribute</source>
        <translation>&amp;Ajouter un attribut personnalisé</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>Mappage des attributs</translation>
    </message>
    <message>
        <source>Gatehouse attribute</source>
        <translation>Attribut Gatehouse</translation>
    </message>
    <message>
        <source>Attribute name sent by the IdP</source>
        <translation>Nom d&apos;attribut envoyé par l&apos;IdP</translation>
    </message>
    <message>
        <source>Add a custom attribute</source>
        <translation>Ajouter un attribut personnalisé</translation>
    </message>
    <message>
        <source>Remove the selected custom attribute</source>
        <translation>Supprimer l&apos;attribut personnalisé sélectionné</translation>
    </message>
    <message>
        <source>Email is required. Names are matched without regard to case; the usual aliases (claim URIs, urn:oid forms, mail, givenName, sn) are recognised even when not listed. Custom attributes appear in the profile&apos;s custom_attributes.</source>
        <translation>L&apos;e-mail est obligatoire. Les noms sont comparés sans tenir compte de la casse ; les alias usuels (URI de claims, formes urn:oid, mail, givenName, sn) sont reconnus même s&apos;ils ne sont pas listés. Les attributs personnalisés apparaissent dans custom_attributes du profil.</translation>
    </message>
    <message>
        <source>Send these attributes from %1 with exactly these names.</source>
        <translation>Envoyez ces attributs depuis %1 avec exactement ces noms.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid attribute name (letters, digits and _; starting with a letter).</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas un nom d&apos;attribut valide (lettres, chiffres et _ ; commençant par une lettre).</translation>
    </message>
    <message>
        <source>Row %1: the attribute %2 is listed twice.</source>
        <translation>Ligne %1 : l&apos;attribut %2 figure deux fois.</translation>
    </message>
    <message>
        <source>Email is required: enter the name the IdP sends the email address under.</source>
        <translation>L&apos;e-mail est obligatoire : saisissez le nom sous lequel l&apos;IdP envoie l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Row %1: the IdP attribute name is longer than 256 characters.</source>
        <translation>Ligne %1 : le nom d&apos;attribut de l&apos;IdP dépasse 256 caractères.</translation>
    </message>
    <message>
        <source>The attribute mapping was not saved: %1</source>
        <translation>Le mappage des attributs n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::BrowsingData</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Browser data cleared (open test browsers: %1, stored folders removed: %2).</source>
        <translation>Données du navigateur effacées (navigateurs de test ouverts : %1, dossiers enregistrés supprimés : %2).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CertificatePanel</name>
    <message>
        <source>Select a certificate to see its validity, key and fingerprints.</source>
        <translation>Sélectionnez un certificat pour voir sa validité, sa clé et ses empreintes.</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>Empreinte SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Key type and size</source>
        <translation>Type et taille de clé</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1 :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (auto-signé)</translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation>Du %1 au %2. %3</translation>
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
        <translation>— faible : utilisez au moins 2048 bits</translation>
    </message>
    <message>
        <source>— weak hash (%1)</source>
        <translation>— hachage faible (%1)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CertificateTree</name>
    <message>
        <source>Entities and certificates</source>
        <translation>Entités et certificats</translation>
    </message>
    <message>
        <source>Entity, role or certificate</source>
        <translation>Entité, rôle ou certificat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>(no entity ID)</source>
        <translation>(pas d&apos;Entity ID)</translation>
    </message>
    <message>
        <source>No certificates</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <source>Signing and encryption</source>
        <translation>Signature et chiffrement</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>%1: unreadable certificate</source>
        <translation>%1 : certificat illisible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Valide à partir du %1</translation>
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
        <translation>Émetteur %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionValuesPanel</name>
    <message>
        <source>Service provider values</source>
        <translation>Valeurs du fournisseur de services</translation>
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
        <translation>URL des métadonnées SP</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <source>Test URI</source>
        <translation>URI de test</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DirectoryLiveView</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Provisioned users and groups</source>
        <translation>Utilisateurs et groupes provisionnés</translation>
    </message>
    <message>
        <source>Live view error</source>
        <translation>Erreur de la vue en direct</translation>
    </message>
    <message>
        <source>Provisioned users</source>
        <translation>Utilisateurs provisionnés</translation>
    </message>
    <message>
        <source>Provisioned groups</source>
        <translation>Groupes provisionnés</translation>
    </message>
    <message>
        <source>Could not read the directory: %1</source>
        <translation>Impossible de lire l&apos;annuaire : %1</translation>
    </message>
    <message>
        <source>Waiting for your identity provider to send users and groups…</source>
        <translation>En attente des utilisateurs et groupes de votre fournisseur d&apos;identité…</translation>
    </message>
    <message>
        <source>%1 and %2 provisioned so far.</source>
        <extracomment>%1 is &quot;N user(s)&quot;, %2 is &quot;N group(s)&quot;</extracomment>
        <translation>%1 et %2 provisionnés jusqu&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DirectoryMembersPanel</name>
    <message>
        <source>Directory users and groups</source>
        <translation>Utilisateurs et groupes de l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>Search directory users</source>
        <translation>Rechercher des utilisateurs de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Search by email, name, user name or ID</source>
        <translation>Rechercher par e-mail, nom, nom d&apos;utilisateur ou ID</translation>
    </message>
    <message>
        <source>Directory users</source>
        <translation>Utilisateurs de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Copy directory user ID</source>
        <translation>Copier l&apos;ID de l&apos;utilisateur de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Raw attributes of the directory user</source>
        <translation>Attributs bruts de l&apos;utilisateur de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Groups of the directory user</source>
        <translation>Groupes de l&apos;utilisateur de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Effective roles of the directory user</source>
        <translation>Rôles effectifs de l&apos;utilisateur de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Through groups</source>
        <translation>Via les groupes</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <source>Effective roles:</source>
        <translation>Rôles effectifs :</translation>
    </message>
    <message>
        <source>Raw attributes:</source>
        <translation>Attributs bruts :</translation>
    </message>
    <message>
        <source>Search directory groups</source>
        <translation>Rechercher des groupes de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Rechercher par nom ou ID</translation>
    </message>
    <message>
        <source>Directory groups</source>
        <translation>Groupes de l&apos;annuaire</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Aucun utilisateur sélectionné</translation>
    </message>
    <message>
        <source>(no groups)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Chargement des rôles…</translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation>Impossible de lire les rôles : %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rôle par défaut</translation>
    </message>
    <message>
        <source>No roles.</source>
        <translation>Aucun rôle.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainCheckPanel</name>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Mark as Verified &amp;Manually</source>
        <translation>Marquer comme vérifié &amp;manuellement</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Mark as verified manually</source>
        <translation>Marquer comme vérifié manuellement</translation>
    </message>
    <message>
        <source>Domain status</source>
        <translation>État du domaine</translation>
    </message>
    <message>
        <source>What DNS returned</source>
        <translation>Réponse du DNS</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>Interrogation du DNS…</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>Could not read the domain: %1</source>
        <translation>Impossible de lire le domaine : %1</translation>
    </message>
    <message>
        <source>✔ %1 is verified.</source>
        <translation>✔ %1 est vérifié.</translation>
    </message>
    <message>
        <source>Verification failed: the record was not found in time. Restart the verification to get a new value.</source>
        <translation>Échec de la vérification : l&apos;enregistrement n&apos;a pas été trouvé à temps. Relancez la vérification pour obtenir une nouvelle valeur.</translation>
    </message>
    <message>
        <source>Pending: not checked yet.</source>
        <translation>En attente : pas encore vérifié.</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>TXT records found: %1</source>
        <translation>Enregistrements TXT trouvés : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Resolver: %1 (%2 ms)</source>
        <translation>Résolveur : %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Checked at: %1</source>
        <translation>Vérifié le : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainRecordView</name>
    <message>
        <source>Record name (full)</source>
        <translation>Nom de l&apos;enregistrement (complet)</translation>
    </message>
    <message>
        <source>Record name (relative to the zone)</source>
        <translation>Nom de l&apos;enregistrement (relatif à la zone)</translation>
    </message>
    <message>
        <source>Record value</source>
        <translation>Valeur de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Name (full):</source>
        <translation>Nom (complet) :</translation>
    </message>
    <message>
        <source>Name (short):</source>
        <translation>Nom (court) :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Some DNS providers append your domain to the name you type. If yours does (the name field ends with “.%1” already), enter the short name; otherwise enter the full name. Keep the value exactly as shown, without quotes.</source>
        <translation>Certains fournisseurs DNS ajoutent votre domaine au nom saisi. Si c&apos;est le cas du vôtre (le champ du nom se termine déjà par « .%1 »), saisissez le nom court ; sinon le nom complet. Reprenez la valeur exactement telle qu&apos;affichée, sans guillemets.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainVerifyDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Verify the domain %1</source>
        <translation>Vérifier le domaine %1</translation>
    </message>
    <message>
        <source>At your DNS provider, add a record of type TXT with this name and value, then check it. DNS changes can take a few minutes to appear; pending domains are also re-checked in the background.</source>
        <translation>Chez votre fournisseur DNS, ajoutez un enregistrement de type TXT avec ce nom et cette valeur, puis vérifiez-le. Les modifications DNS peuvent mettre quelques minutes à apparaître ; les domaines en attente sont aussi revérifiés en arrière-plan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DomainWizard</name>
    <message>
        <source>&amp;Add Domain</source>
        <translation>&amp;Ajouter le domaine</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Add your email domain</source>
        <translation>Ajoutez votre domaine de messagerie</translation>
    </message>
    <message>
        <source>Users whose email addresses end in a verified domain sign in through your organization&apos;s single sign-on.</source>
        <translation>Les utilisateurs dont l&apos;adresse e-mail se termine par un domaine vérifié se connectent via l&apos;authentification unique de votre organisation.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Ajouter le domaine</translation>
    </message>
    <message>
        <source>Add domain error</source>
        <translation>Erreur d&apos;ajout du domaine</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Pending domain</source>
        <translation>Domaine en attente</translation>
    </message>
    <message>
        <source>Continue with the pending domain</source>
        <translation>Continuer avec le domaine en attente</translation>
    </message>
    <message>
        <source>Or &amp;continue with a pending domain:</source>
        <translation>Ou &amp;continuer avec un domaine en attente :</translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine comme example.com.</translation>
    </message>
    <message>
        <source>The domain was not added: %1</source>
        <translation>Le domaine n&apos;a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>Publish a TXT record</source>
        <translation>Publier un enregistrement TXT</translation>
    </message>
    <message>
        <source>At your DNS provider, add a record of type TXT with this name and value.</source>
        <translation>Chez votre fournisseur DNS, ajoutez un enregistrement de type TXT avec ce nom et cette valeur.</translation>
    </message>
    <message>
        <source>Check the record</source>
        <translation>Vérifier l&apos;enregistrement</translation>
    </message>
    <message>
        <source>DNS changes can take a few minutes to appear. The domain is also re-checked in the background.</source>
        <translation>Les modifications DNS peuvent prendre quelques minutes avant d&apos;apparaître. Le domaine est aussi revérifié en arrière-plan.</translation>
    </message>
    <message>
        <source>Verify a Domain</source>
        <translation>Vérifier un domaine</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DonePage</name>
    <message>
        <source>Single sign-on is on</source>
        <translation>L&apos;authentification unique est active</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Connection %1 is enabled. Users of %2 can now sign in with %3.</source>
        <translation>La connexion %1 est activée. Les utilisateurs de %2 peuvent désormais se connecter avec %3.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EnablePage</name>
    <message>
        <source>Enable &amp;without a passed test</source>
        <translation>Activer &amp;sans test réussi</translation>
    </message>
    <message>
        <source>Enable the connection</source>
        <translation>Activer la connexion</translation>
    </message>
    <message>
        <source>Once enabled, the organization&apos;s users sign in through this connection.</source>
        <translation>Une fois activée, les utilisateurs de l&apos;organisation se connectent via cette connexion.</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Résumé de la connexion</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Enable without a passed test</source>
        <translation>Activer sans test réussi</translation>
    </message>
    <message>
        <source>⚠ No test of this connection has passed in this session. Users may be unable to sign in; test it first unless you know the configuration works.</source>
        <translation>⚠ Aucun test de cette connexion n&apos;a réussi pendant cette session. Les utilisateurs risquent de ne pas pouvoir se connecter ; testez-la d&apos;abord, sauf si vous savez que la configuration fonctionne.</translation>
    </message>
    <message>
        <source>%1 connection %2 for %3 (%4). Status: %5.</source>
        <translation>Connexion %1 %2 pour %3 (%4). État : %5.</translation>
    </message>
    <message>
        <source>The connection was not enabled: %1</source>
        <translation>La connexion n&apos;a pas été activée : %1</translation>
    </message>
    <message>
        <source>The environment left the connection disabled.</source>
        <translation>L&apos;environnement a laissé la connexion désactivée.</translation>
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
        <translation>Autorité d&apos;attributs</translation>
    </message>
    <message>
        <source>Authentication authority</source>
        <translation>Autorité d&apos;authentification</translation>
    </message>
    <message>
        <source>Policy decision point</source>
        <translation>Point de décision de politique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>(no entity ID)</source>
        <translation>(pas d&apos;Entity ID)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entity ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EnvironmentBar</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation>Ajouter un environnement</translation>
    </message>
    <message>
        <source>Add Environment…</source>
        <translation>Ajouter un environnement…</translation>
    </message>
    <message>
        <source>Edit environment</source>
        <translation>Modifier l&apos;environnement</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Supprimer l&apos;environnement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Enter client secret</source>
        <translation>Saisir le secret client</translation>
    </message>
    <message>
        <source>Enter Secret…</source>
        <translation>Saisir le secret…</translation>
    </message>
    <message>
        <source>Show the local engine&apos;s log</source>
        <translation>Afficher le journal du moteur local</translation>
    </message>
    <message>
        <source>Engine Log…</source>
        <translation>Journal du moteur…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Aucun environnement</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation>Supprimer l&apos;environnement</translation>
    </message>
    <message>
        <source>Remove the environment “%1” and its stored client secret from this computer? The environment itself is not changed.</source>
        <translation>Supprimer l&apos;environnement « %1 » et son secret client enregistré de cet ordinateur ? L&apos;environnement lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client secret for %1 (client ID %2):</source>
        <translation>Secret client pour %1 (ID client %2) :</translation>
    </message>
    <message>
        <source>Local Engine Log</source>
        <translation>Journal du moteur local</translation>
    </message>
    <message>
        <source>Engine log</source>
        <translation>Journal du moteur</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EventsView</name>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>&amp;Apply Filter</source>
        <translation>&amp;Appliquer le filtre</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID de l&apos;organisation</translation>
    </message>
    <message>
        <source>all organizations (or org_…)</source>
        <translation>toutes les organisations (ou org_…)</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>all types (or e.g. organization.created, organization.domain_created)</source>
        <translation>tous les types (ou p. ex. organization.created, organization.domain_created)</translation>
    </message>
    <message>
        <source>Only events since a time</source>
        <translation>Uniquement les événements depuis une date</translation>
    </message>
    <message>
        <source>Events since</source>
        <translation>Événements depuis</translation>
    </message>
    <message>
        <source>Apply the event filter</source>
        <translation>Appliquer le filtre d&apos;événements</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Types:</source>
        <translation>&amp;Types :</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Severity of an informational finding</extracomment>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Selected finding details</source>
        <translation>Détails du constat sélectionné</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation>Sélectionnez un constat pour voir comment le corriger.</translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation>Afficher les constats de gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Filtrer les constats par texte</translation>
    </message>
    <message>
        <source>Filter by rule, message or fix…</source>
        <translation>Filtrer par règle, message ou correction…</translation>
    </message>
    <message>
        <source>&amp;Copy Finding</source>
        <translation>&amp;Copier le constat</translation>
    </message>
    <message>
        <source>Copy the selected finding</source>
        <translation>Copier le constat sélectionné</translation>
    </message>
    <message>
        <source>Copy Finding</source>
        <translation>Copier le constat</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entité : %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::InspectorView</name>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Search by name, ID or external ID</source>
        <translation>Rechercher par nom, ID ou ID externe</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Delete the selected organization</source>
        <translation>Supprimer l&apos;organisation sélectionnée</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Not connected. Choose an environment in the toolbar, or add one with “Add Environment…”.</source>
        <translation>Non connecté. Choisissez un environnement dans la barre d&apos;outils, ou ajoutez-en un avec « Ajouter un environnement… ».</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>The organization was not created: %1</source>
        <translation>L&apos;organisation n&apos;a pas été créée : %1</translation>
    </message>
    <message>
        <source>Organization %1 created</source>
        <translation>Organisation %1 créée</translation>
    </message>
    <message>
        <source>The organization was not deleted: %1</source>
        <translation>L&apos;organisation n&apos;a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>Organization %1 deleted</source>
        <translation>Organisation %1 supprimée</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>optional: your application&apos;s id for it</source>
        <translation>facultatif : son identifiant dans votre application</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;External ID:</source>
        <translation>ID e&amp;xterne :</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete the organization “%1” (%2) with its connections, directories and domains? This cannot be undone.</source>
        <translation>Supprimer l&apos;organisation « %1 » (%2) avec ses connexions, annuaires et domaines ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Organization %1 saved</source>
        <translation>Organisation %1 enregistrée</translation>
    </message>
    <message>
        <source>Confirm deleting the organization %1</source>
        <translation>Confirmer la suppression de l&apos;organisation %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Page actuelle</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Metadata validator</source>
        <translation>Validateur de métadonnées</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Aucun environnement</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Metadata File…</source>
        <translation>&amp;Ouvrir un fichier de métadonnées…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Open &amp;Portal Link…</source>
        <translation>Ouvrir un lien de &amp;portail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Enter Metadata &amp;URL</source>
        <translation>Saisir l&apos;&amp;URL des métadonnées</translation>
    </message>
    <message>
        <source>&amp;Re-validate</source>
        <translation>&amp;Revalider</translation>
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation>E&amp;nvironnement</translation>
    </message>
    <message>
        <source>&amp;Add Environment…</source>
        <translation>&amp;Ajouter un environnement…</translation>
    </message>
    <message>
        <source>&amp;Switch Environment</source>
        <translation>&amp;Changer d&apos;environnement</translation>
    </message>
    <message>
        <source>Local Engine &amp;Log</source>
        <translation>&amp;Journal du moteur local</translation>
    </message>
    <message>
        <source>&amp;Find Organization</source>
        <translation>&amp;Rechercher une organisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <source>Open Admin-Portal Link</source>
        <translation>Ouvrir un lien de portail d&apos;administration</translation>
    </message>
    <message>
        <source>This admin-portal link connects Gatehouse to &lt;b&gt;%1&lt;/b&gt;, a server you have not used before.</source>
        <translation>Ce lien de portail d&apos;administration connecte Gatehouse à &lt;b&gt;%1&lt;/b&gt;, un serveur que vous n&apos;avez encore jamais utilisé.</translation>
    </message>
    <message>
        <source>Confirm a new server</source>
        <translation>Confirmer un nouveau serveur</translation>
    </message>
    <message>
        <source>Connect only if you expected a link from %1 (for example in an email from your identity team). Gatehouse remembers the server once you connect.</source>
        <translation>Ne vous connectez que si vous attendiez un lien de %1 (par exemple dans un e-mail de votre équipe identité). Gatehouse mémorise le serveur dès que vous vous connectez.</translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation>Se &amp;connecter à %1</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation>Ne pas ouvrir le lien</translation>
    </message>
    <message>
        <source>Admin-portal link not opened</source>
        <translation>Lien de portail d&apos;administration non ouvert</translation>
    </message>
    <message>
        <source>Connection saved</source>
        <translation>Connexion enregistrée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Desktop admin portal for enterprise single sign-on and directory sync. This version contains the tenant inspector and the offline SAML metadata validator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Portail d&apos;administration de bureau pour l&apos;authentification unique d&apos;entreprise et la synchronisation d&apos;annuaires. Cette version contient l&apos;inspecteur de locataires et le validateur hors ligne de métadonnées SAML.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings saved; some changes take effect after a restart</source>
        <translation>Paramètres enregistrés ; certaines modifications prennent effet après un redémarrage</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Restarting the local engine…</source>
        <translation>Redémarrage du moteur local…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataInputPanel</name>
    <message>
        <source>Metadata source</source>
        <translation>Source des métadonnées</translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation>URL des métadonnées</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Metadata file path</source>
        <translation>Chemin du fichier de métadonnées</translation>
    </message>
    <message>
        <source>Path to a metadata XML file</source>
        <translation>Chemin d&apos;un fichier XML de métadonnées</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a metadata file</source>
        <translation>Ouvrir un fichier de métadonnées</translation>
    </message>
    <message>
        <source>You can also drop a metadata file on this window.</source>
        <translation>Vous pouvez aussi déposer un fichier de métadonnées sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Pasted metadata XML</source>
        <translation>XML de métadonnées collé</translation>
    </message>
    <message>
        <source>Paste the metadata XML here…</source>
        <translation>Collez le XML des métadonnées ici…</translation>
    </message>
    <message>
        <source>&amp;Validate Pasted Text</source>
        <translation>&amp;Valider le texte collé</translation>
    </message>
    <message>
        <source>Validate the pasted metadata</source>
        <translation>Valider les métadonnées collées</translation>
    </message>
    <message>
        <source>Open Metadata File</source>
        <translation>Ouvrir un fichier de métadonnées</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation>Métadonnées SAML (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the path of a metadata file first.</source>
        <translation>Saisissez d&apos;abord le chemin d&apos;un fichier de métadonnées.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 100 MB; refusing to load it.</source>
        <translation>%1 dépasse 100 Mo ; chargement refusé.</translation>
    </message>
    <message>
        <source>Paste the metadata XML first.</source>
        <translation>Collez d&apos;abord le XML des métadonnées.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MetadataValidatorView</name>
    <message>
        <source>Metadata source</source>
        <translation>Source des métadonnées</translation>
    </message>
    <message>
        <source>Validation policy</source>
        <translation>Politique de validation</translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation>Résultats de la validation</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Cons&amp;tats</translation>
    </message>
    <message>
        <source>&amp;Entities and Certificates</source>
        <translation>&amp;Entités et certificats</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Nothing to re-validate yet: open a file, fetch a URL or paste metadata first.</source>
        <translation>Rien à revalider pour l&apos;instant : ouvrez d&apos;abord un fichier, chargez une URL ou collez des métadonnées.</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>Validation de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Il n&apos;y a pas encore de rapport à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Rapport exporté vers %1.</translation>
    </message>
    <message>
        <source>A&amp;ggregate</source>
        <translation>A&amp;grégat</translation>
    </message>
    <message>
        <source>Highlighted line</source>
        <translation>Ligne mise en évidence</translation>
    </message>
    <message>
        <source>Source (Enter on a line shows its finding)</source>
        <translation>Source (Entrée sur une ligne affiche son constat)</translation>
    </message>
    <message>
        <source>Source — line %1 highlighted (Enter on a line shows its finding)</source>
        <translation>Source — ligne %1 mise en évidence (Entrée sur une ligne affiche son constat)</translation>
    </message>
    <message>
        <source>No finding on line %1.</source>
        <translation>Aucun constat à la ligne %1.</translation>
    </message>
    <message>
        <source>Showing all entities</source>
        <translation>Toutes les entités sont affichées</translation>
    </message>
    <message>
        <source>Showing the findings and certificates of %1</source>
        <translation>Constats et certificats de %1 affichés</translation>
    </message>
    <message>
        <source>Validation of %1 cancelled.</source>
        <translation>Validation de %1 annulée.</translation>
    </message>
    <message>
        <source>Cancelling the validation…</source>
        <translation>Annulation de la validation…</translation>
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
        <translation>Utiliser &amp;PKCE</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Simulator</source>
        <translation>Utiliser le simulateur &amp;intégré</translation>
    </message>
    <message>
        <source>Identity provider configuration</source>
        <translation>Configuration du fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l&apos;émetteur (issuer)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Request the profile scope</source>
        <translation>Demander le scope profile</translation>
    </message>
    <message>
        <source>Request the email scope</source>
        <translation>Demander le scope email</translation>
    </message>
    <message>
        <source>Use PKCE</source>
        <translation>Utiliser PKCE</translation>
    </message>
    <message>
        <source>Use the environment&apos;s built-in OIDC simulator</source>
        <translation>Utiliser le simulateur OIDC intégré de l&apos;environnement</translation>
    </message>
    <message>
        <source>https://idp.example.com (or …/.well-known/openid-configuration)</source>
        <translation>https://idp.example.com (ou …/.well-known/openid-configuration)</translation>
    </message>
    <message>
        <source>openid (always)</source>
        <translation>openid (toujours)</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>URL de l&apos;&amp;émetteur :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes :</translation>
    </message>
    <message>
        <source>Copy these from %1&apos;s application: %2</source>
        <translation>Copiez-les depuis l&apos;application de %1 : %2</translation>
    </message>
    <message>
        <source>(stored; leave empty to keep it)</source>
        <translation>(enregistré ; laissez vide pour le conserver)</translation>
    </message>
    <message>
        <source>The issuer must be an absolute https URL, e.g. https://idp.example.com.</source>
        <translation>L&apos;émetteur doit être une URL https absolue, p. ex. https://idp.example.com.</translation>
    </message>
    <message>
        <source>The environment refused the OIDC configuration: %1</source>
        <translation>L&apos;environnement a refusé la configuration OIDC : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationDetailView</name>
    <message>
        <source>Organization details</source>
        <translation>Détails de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>&amp;Directories</source>
        <translation>&amp;Annuaires</translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation>Do&amp;maines</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>Copy organization ID</source>
        <translation>Copier l&apos;ID de l&apos;organisation</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Organization metadata</source>
        <translation>Métadonnées de l&apos;organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>ID externe :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modifiée :</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Fonctionnalités :</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Métadonnées :</translation>
    </message>
    <message>
        <source>No organization selected</source>
        <translation>Aucune organisation sélectionnée</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1 : activé</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1 : désactivé</translation>
    </message>
    <message>
        <source>Admin-portal links:</source>
        <translation>Liens de portail d&apos;administration :</translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delete Domain</source>
        <translation>Supprimer le domaine</translation>
    </message>
    <message>
        <source>Delete the domain “%1” from this organization? Users of that domain are no longer routed to its connections.</source>
        <translation>Supprimer le domaine « %1 » de cette organisation ? Les utilisateurs de ce domaine ne sont plus dirigés vers ses connexions.</translation>
    </message>
    <message>
        <source>Confirm deleting the domain %1</source>
        <translation>Confirmer la suppression du domaine %1</translation>
    </message>
    <message>
        <source>Domain %1 deleted.</source>
        <translation>Domaine %1 supprimé.</translation>
    </message>
    <message>
        <source>Connection enabled.</source>
        <translation>Connexion activée.</translation>
    </message>
    <message>
        <source>Connection disabled.</source>
        <translation>Connexion désactivée.</translation>
    </message>
    <message>
        <source>Directory enabled.</source>
        <translation>Annuaire activé.</translation>
    </message>
    <message>
        <source>Directory disabled.</source>
        <translation>Annuaire désactivé.</translation>
    </message>
    <message>
        <source>Delete Domain…</source>
        <translation>Supprimer le domaine…</translation>
    </message>
    <message>
        <source>Delete the selected domain</source>
        <translation>Supprimer le domaine sélectionné</translation>
    </message>
    <message>
        <source>Disable Connection</source>
        <translation>Désactiver la connexion</translation>
    </message>
    <message>
        <source>Enable Connection</source>
        <translation>Activer la connexion</translation>
    </message>
    <message>
        <source>Disable the selected connection</source>
        <translation>Désactiver la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Enable the selected connection</source>
        <translation>Activer la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Disable Directory</source>
        <translation>Désactiver l&apos;annuaire</translation>
    </message>
    <message>
        <source>Enable Directory</source>
        <translation>Activer l&apos;annuaire</translation>
    </message>
    <message>
        <source>Disable the selected directory</source>
        <translation>Désactiver l&apos;annuaire sélectionné</translation>
    </message>
    <message>
        <source>Enable the selected directory</source>
        <translation>Activer l&apos;annuaire sélectionné</translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation>Le moteur a refusé la modification : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete Connection…</source>
        <translation>Supprimer la connexion…</translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation>Supprimer la connexion sélectionnée</translation>
    </message>
    <message>
        <source>New domain name</source>
        <translation>Nom du nouveau domaine</translation>
    </message>
    <message>
        <source>Domain to add, e.g. example.com</source>
        <translation>Domaine à ajouter, p. ex. example.com</translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation>Ajouter le domaine</translation>
    </message>
    <message>
        <source>Add the domain to this organization</source>
        <translation>Ajouter le domaine à cette organisation</translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>Nouveau rôle…</translation>
    </message>
    <message>
        <source>Create a role in this environment</source>
        <translation>Créer un rôle dans cet environnement</translation>
    </message>
    <message>
        <source>Edit Role…</source>
        <translation>Modifier le rôle…</translation>
    </message>
    <message>
        <source>Edit the selected role</source>
        <translation>Modifier le rôle sélectionné</translation>
    </message>
    <message>
        <source>Delete Role…</source>
        <translation>Supprimer le rôle…</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation>Supprimer le rôle sélectionné</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> It is enabled: its users can no longer sign in through it.</source>
        <translation> Elle est activée : ses utilisateurs ne pourront plus s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the connection %1 from this organization? Its configuration and test results are removed; this cannot be undone.</source>
        <translation>Supprimer la connexion %1 de cette organisation ? Sa configuration et ses résultats de test sont effacés ; cette action est irréversible.</translation>
    </message>
    <message>
        <source>Confirm deleting the connection %1</source>
        <translation>Confirmer la suppression de la connexion %1</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>Connexion %1 supprimée.</translation>
    </message>
    <message>
        <source>Domain %1 added. Publish its TXT record to verify it.</source>
        <translation>Domaine %1 ajouté. Publiez son enregistrement TXT pour le vérifier.</translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation>Rôle %1 créé.</translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation>Rôle %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete the role “%1” from this environment? Group-to-role mappings to it are removed and users who hold it through a group lose it, in every organization.</source>
        <translation>Supprimer le rôle « %1 » de cet environnement ? Les correspondances de groupes vers ce rôle sont supprimées et les utilisateurs qui le détiennent par un groupe le perdent, dans toutes les organisations.</translation>
    </message>
    <message>
        <source>Other roles extend it and it extends no role: the engine will refuse until they extend another role.</source>
        <translation>D&apos;autres rôles l&apos;étendent et il n&apos;étend aucun rôle : le moteur refusera tant qu&apos;ils n&apos;étendent pas un autre rôle.</translation>
    </message>
    <message>
        <source>Other roles extend it: they will extend “%1” instead.</source>
        <translation>D&apos;autres rôles l&apos;étendent : ils étendront désormais « %1 ».</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Confirm deleting the role %1</source>
        <translation>Confirmer la suppression du rôle %1</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>Rôle %1 supprimé.</translation>
    </message>
    <message>
        <source>Delete Directory…</source>
        <translation>Supprimer l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Delete the selected directory</source>
        <translation>Supprimer l&apos;annuaire sélectionné</translation>
    </message>
    <message>
        <source>Delete Directory</source>
        <translation>Supprimer l&apos;annuaire</translation>
    </message>
    <message numerus="yes">
        <source>Delete the directory %1 from this organization? Its %n synced user(s), its groups and its SCIM tokens are removed; the identity provider can no longer sync to it. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer l&apos;annuaire %1 de cette organisation ? Ses groupes, ses jetons SCIM et %n utilisateur synchronisé sont supprimés ; le fournisseur d&apos;identité ne pourra plus y synchroniser. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer l&apos;annuaire %1 de cette organisation ? Ses groupes, ses jetons SCIM et ses %n utilisateurs synchronisés sont supprimés ; le fournisseur d&apos;identité ne pourra plus y synchroniser. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm deleting the directory %1</source>
        <translation>Confirmer la suppression de l&apos;annuaire %1</translation>
    </message>
    <message>
        <source>Directory %1 deleted.</source>
        <translation>Annuaire %1 supprimé.</translation>
    </message>
    <message>
        <source>New Directory…</source>
        <translation>Nouvel annuaire…</translation>
    </message>
    <message>
        <source>Connect a new SCIM directory to this organization</source>
        <translation>Connecter un nouvel annuaire SCIM à cette organisation</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Verify the selected pending domain</source>
        <translation>Vérifier le domaine en attente sélectionné</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OrganizationEditDialog</name>
    <message>
        <source>Edit Organization</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Edit organization %1</source>
        <translation>Modifier l&apos;organisation %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Empty: no external ID</source>
        <translation>Vide : pas d&apos;ID externe</translation>
    </message>
    <message>
        <source>Metadata, one key=value a line</source>
        <translation>Métadonnées, une paire clé=valeur par ligne</translation>
    </message>
    <message>
        <source>key=value, one a line (keys 3 to 25 characters, at most 10)</source>
        <translation>clé=valeur, une par ligne (clés de 3 à 25 caractères, 10 au plus)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why the organization was not saved</source>
        <translation>Pourquoi l&apos;organisation n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Save the organization</source>
        <translation>Enregistrer l&apos;organisation</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d&apos;&amp;affichage :</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID e&amp;xterne :</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Métadonnées :</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>Le nom d&apos;affichage est obligatoire.</translation>
    </message>
    <message>
        <source>Metadata line %1 is not key=value: “%2”.</source>
        <translation>La ligne de métadonnées %1 n&apos;est pas de la forme clé=valeur : « %2 ».</translation>
    </message>
    <message>
        <source>Metadata line %1 repeats the key “%2”.</source>
        <translation>La ligne de métadonnées %1 répète la clé « %2 ».</translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation>Le moteur a refusé la modification : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PolicyPanel</name>
    <message>
        <source>Require a valid &amp;signature by the trusted signer</source>
        <translation>Exiger une &amp;signature valide du signataire de confiance</translation>
    </message>
    <message>
        <source>&amp;Lab mode (allow http and local addresses)</source>
        <translation>Mode &amp;labo (autoriser http et les adresses locales)</translation>
    </message>
    <message>
        <source>Expected role</source>
        <translation>Rôle attendu</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Fournisseur de services</translation>
    </message>
    <message>
        <source>Certificate expiry warning, in days</source>
        <translation>Avertissement d&apos;expiration des certificats, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Require a valid signature by the trusted signer</source>
        <translation>Exiger une signature valide du signataire de confiance</translation>
    </message>
    <message>
        <source>Lab mode: allow http and local addresses</source>
        <translation>Mode labo : autoriser http et les adresses locales</translation>
    </message>
    <message>
        <source>Only for test setups: allows http:// URLs, localhost and private addresses.</source>
        <translation>Uniquement pour les installations de test : autorise les URL http://, localhost et les adresses privées.</translation>
    </message>
    <message>
        <source>Expected &amp;role:</source>
        <translation>&amp;Rôle attendu :</translation>
    </message>
    <message>
        <source>&amp;Warn about certificates expiring within:</source>
        <translation>&amp;Avertir des certificats expirant dans :</translation>
    </message>
    <message>
        <source>Trusted si&amp;gner certificate:</source>
        <translation>Certificat du si&amp;gnataire de confiance :</translation>
    </message>
    <message>
        <source>Trusted signer certificate file (PEM)</source>
        <translation>Fichier du certificat du signataire de confiance (PEM)</translation>
    </message>
    <message>
        <source>None (PEM file)</source>
        <translation>Aucun (fichier PEM)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the trusted signer certificate file</source>
        <translation>Choisir le fichier du certificat du signataire de confiance</translation>
    </message>
    <message>
        <source>Trusted Signer Certificate</source>
        <translation>Certificat du signataire de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the trusted signer certificate %1: %2</source>
        <translation>Impossible de lire le certificat du signataire de confiance %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate.</source>
        <translation>%1 ne contient pas de certificat PEM.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PortalLinkDialog</name>
    <message>
        <source>Open Portal Link</source>
        <translation>Ouvrir un lien de portail</translation>
    </message>
    <message>
        <source>Paste the admin-portal link you received from the application vendor. It opens one organization with the setup it allows; nothing is stored.</source>
        <translation>Collez le lien de portail d&apos;administration reçu de l&apos;éditeur de l&apos;application. Il ouvre une organisation avec la configuration qu&apos;il autorise ; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>Lien de portail</translation>
    </message>
    <message>
        <source>Portal link error</source>
        <translation>Erreur du lien de portail</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
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
        <translation>S&amp;ynchronisation d&apos;annuaire</translation>
    </message>
    <message>
        <source>S&amp;hareable (7 days, until revoked)</source>
        <translation>&amp;Partageable (7 jours, jusqu&apos;à révocation)</translation>
    </message>
    <message>
        <source>&amp;Generate Link</source>
        <translation>&amp;Générer un lien</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the new admin-portal link</source>
        <translation>Copier le nouveau lien de portail d&apos;administration</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh admin-portal links</source>
        <translation>Actualiser les liens de portail d&apos;administration</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected admin-portal link</source>
        <translation>Révoquer le lien de portail d&apos;administration sélectionné</translation>
    </message>
    <message>
        <source>Revoke All…</source>
        <translation>Tout révoquer…</translation>
    </message>
    <message>
        <source>Revoke every admin-portal link</source>
        <translation>Révoquer tous les liens de portail d&apos;administration</translation>
    </message>
    <message>
        <source>Link grants SSO setup</source>
        <translation>Le lien donne accès à la configuration SSO</translation>
    </message>
    <message>
        <source>Link grants directory sync setup</source>
        <translation>Le lien donne accès à la configuration de la synchronisation d&apos;annuaire</translation>
    </message>
    <message>
        <source>Shareable link</source>
        <translation>Lien partageable</translation>
    </message>
    <message>
        <source>Generate admin-portal link</source>
        <translation>Générer un lien de portail d&apos;administration</translation>
    </message>
    <message>
        <source>New admin-portal link</source>
        <translation>Nouveau lien de portail d&apos;administration</translation>
    </message>
    <message>
        <source>A new link is shown here once; it cannot be read again.</source>
        <translation>Un nouveau lien n&apos;est affiché ici qu&apos;une seule fois ; il ne pourra plus être consulté.</translation>
    </message>
    <message>
        <source>Admin-portal links</source>
        <translation>Liens de portail d&apos;administration</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Partageable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Revoke Link</source>
        <translation>Révoquer le lien</translation>
    </message>
    <message>
        <source>Revoke the admin-portal link %1? Sessions opened with it end at once.</source>
        <translation>Révoquer le lien de portail d&apos;administration %1 ? Les sessions ouvertes avec ce lien prennent fin immédiatement.</translation>
    </message>
    <message>
        <source>Revoke All Links</source>
        <translation>Révoquer tous les liens</translation>
    </message>
    <message>
        <source>Revoke every admin-portal link of this organization? All their sessions end at once.</source>
        <translation>Révoquer tous les liens de portail d&apos;administration de cette organisation ? Toutes leurs sessions prennent fin immédiatement.</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Chargement des liens…</translation>
    </message>
    <message>
        <source>Could not list the links: %1</source>
        <translation>Impossible de lister les liens : %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Aucun lien.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <source>Could not generate a link: %1</source>
        <translation>Impossible de générer un lien : %1</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation en cours…</translation>
    </message>
    <message>
        <source>Could not revoke: %1</source>
        <translation>Impossible de révoquer : %1</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy the ID of the selected admin-portal link</source>
        <translation>Copier l&apos;ID du lien de portail d&apos;administration sélectionné</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the admin-portal links to CSV or JSON</source>
        <translation>Exporter les liens du portail d’administration en CSV ou JSON</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1.</source>
        <translation>
            <numerusform>%n lien exporté vers %1.</numerusform>
            <numerusform>%n liens exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Admin-Portal Links</source>
        <translation>Exporter les liens du portail d’administration</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ProviderPage</name>
    <message>
        <source>Choose the identity provider</source>
        <translation>Choisir le fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Which identity provider does the organization sign in with? The next pages use that provider&apos;s own names for every value.</source>
        <translation>Avec quel fournisseur d&apos;identité l&apos;organisation se connecte-t-elle ? Les pages suivantes utilisent les libellés de ce fournisseur pour chaque valeur.</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Fournisseurs d&apos;identité</translation>
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
        <translation>Fournisseur d&apos;&amp;identité :</translation>
    </message>
    <message>
        <source>Connection %1 already exists; its identity provider cannot be changed here.</source>
        <translation>La connexion %1 existe déjà ; son fournisseur d&apos;identité ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Creating the connection…</source>
        <translation>Création de la connexion…</translation>
    </message>
    <message>
        <source>The connection could not be created: %1</source>
        <translation>La connexion n&apos;a pas pu être créée : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ReportSummaryBar</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Exporter le rapport en JSON</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Valid with warnings</source>
        <translation>Valide avec avertissements</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>No metadata validated yet</source>
        <translation>Aucune métadonnée validée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entity(ies) in %2</source>
        <translation>
            <numerusform>%1 — %n entité en %2</numerusform>
            <numerusform>%1 — %n entités en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation in progress</source>
        <translation>Validation en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the validation</source>
        <translation>Annuler la validation</translation>
    </message>
    <message>
        <source>%1% validated</source>
        <translation>%1 % validé</translation>
    </message>
    <message>
        <source>Validation cancelled</source>
        <translation>Validation annulée</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ResourceTablePanel</name>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>Actualiser %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export %1 to CSV or JSON</source>
        <translation>Exporter %1 en CSV ou JSON</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown, more available</source>
        <translation>
            <numerusform>%n affiché, d&apos;autres disponibles</numerusform>
            <numerusform>%n affichés, d&apos;autres disponibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy the ID of the selected row of %1</source>
        <translation>Copier l&apos;ID de la ligne sélectionnée dans %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleEditDialog</name>
    <message>
        <source>New Role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Modifier le rôle %1</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>letters, digits and _, e.g. billing_admin</source>
        <translation>lettres, chiffres et _, p. ex. billing_admin</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Role it extends</source>
        <translation>Rôle qu&apos;il étend</translation>
    </message>
    <message>
        <source>Empty: extends no role</source>
        <translation>Vide : n&apos;étend aucun rôle</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why the role was not saved</source>
        <translation>Pourquoi le rôle n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Save the role</source>
        <translation>Enregistrer le rôle</translation>
    </message>
    <message>
        <source>Cancel editing the role</source>
        <translation>Annuler la modification du rôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d&apos;&amp;affichage :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>E&amp;xtends:</source>
        <translation>É&amp;tend :</translation>
    </message>
    <message>
        <source>The name cannot be changed. An empty description or “Extends” keeps the stored value.</source>
        <translation>Le nom ne peut pas être modifié. Une description ou un champ « Étend » vide conserve la valeur enregistrée.</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 letters, digits or underscores.</source>
        <translation>Le nom doit comporter de 1 à 64 lettres, chiffres ou traits de soulignement.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>Le nom d&apos;affichage est obligatoire.</translation>
    </message>
    <message>
        <source>“Extends” must name another role.</source>
        <translation>« Étend » doit désigner un autre rôle.</translation>
    </message>
    <message>
        <source>The engine refused the role: %1</source>
        <translation>Le moteur a refusé le rôle : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RoleMappingEditor</name>
    <message>
        <source>App roles</source>
        <translation>Rôles de l&apos;application</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>e.g. billing_admin (letters, digits, _)</source>
        <translation>p. ex. billing_admin (lettres, chiffres, _)</translation>
    </message>
    <message>
        <source>Role display name</source>
        <translation>Nom d&apos;affichage du rôle</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Description du rôle</translation>
    </message>
    <message>
        <source>&amp;New Role</source>
        <translation>&amp;Nouveau rôle</translation>
    </message>
    <message>
        <source>&amp;Edit Role</source>
        <translation>&amp;Modifier le rôle</translation>
    </message>
    <message>
        <source>Set as &amp;Default Role</source>
        <translation>Définir comme rôle par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Save Role</source>
        <translation>&amp;Enregistrer le rôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Displa&amp;y name:</source>
        <translation>Nom d&apos;&amp;affichage :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>Directory groups → roles</source>
        <translation>Groupes de l&apos;annuaire → rôles</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Rechercher des groupes</translation>
    </message>
    <message>
        <source>Search groups…</source>
        <translation>Rechercher des groupes…</translation>
    </message>
    <message>
        <source>Directory groups</source>
        <translation>Groupes de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Role for the selected groups</source>
        <translation>Rôle pour les groupes sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Map Selected Groups</source>
        <translation>&amp;Mapper les groupes sélectionnés</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Group-to-role mapping</source>
        <translation>Mappage des groupes vers les rôles</translation>
    </message>
    <message>
        <source>&amp;Remove Mapping</source>
        <translation>&amp;Supprimer le mappage</translation>
    </message>
    <message>
        <source>Save &amp;Mapping</source>
        <translation>Enregistrer le &amp;mappage</translation>
    </message>
    <message>
        <source>Mapping state</source>
        <translation>État du mappage</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Preview a user&apos;s effective roles</source>
        <translation>Aperçu des rôles effectifs d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>User to preview</source>
        <translation>Utilisateur à prévisualiser</translation>
    </message>
    <message>
        <source>Show &amp;Roles</source>
        <translation>Afficher les &amp;rôles</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Effective roles</source>
        <translation>Rôles effectifs</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>État de l&apos;aperçu</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Could not load the roles</source>
        <translation>Impossible de charger les rôles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s groups</source>
        <translation>Impossible de charger les groupes de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Could not load the directory</source>
        <translation>Impossible de charger l&apos;annuaire</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) saved.</source>
        <translation>
            <numerusform>%n mappage enregistré.</numerusform>
            <numerusform>%n mappages enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group is mapped yet: every user gets the default role.</source>
        <translation>Aucun groupe n&apos;est encore mappé : chaque utilisateur reçoit le rôle par défaut.</translation>
    </message>
    <message>
        <source>Could not load the directory&apos;s users</source>
        <translation>Impossible de charger les utilisateurs de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Select one or more groups and a role first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs groupes et un rôle.</translation>
    </message>
    <message>
        <source>Not saved yet: click Save Mapping.</source>
        <translation>Pas encore enregistré : cliquez sur « Enregistrer le mappage ».</translation>
    </message>
    <message>
        <source>This environment does not offer group-to-role mapping (HTTP 404).</source>
        <translation>Cet environnement ne propose pas de mappage des groupes vers les rôles (HTTP 404).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n mapping(s).</source>
        <translation>
            <numerusform>Enregistré : %n mappage.</numerusform>
            <numerusform>Enregistré : %n mappages.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user to preview yet: provision users first.</source>
        <translation>Aucun utilisateur à prévisualiser : provisionnez d&apos;abord des utilisateurs.</translation>
    </message>
    <message>
        <source>This environment does not compute effective roles (HTTP 404).</source>
        <translation>Cet environnement ne calcule pas les rôles effectifs (HTTP 404).</translation>
    </message>
    <message>
        <source>Could not read the user&apos;s roles: %1</source>
        <translation>Impossible de lire les rôles de l&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>Default role (in no mapped group)</source>
        <translation>Rôle par défaut (dans aucun groupe mappé)</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>Membre de %1</translation>
    </message>
    <message>
        <source>This user has no role.</source>
        <translation>Cet utilisateur n&apos;a aucun rôle.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s).</source>
        <translation>
            <numerusform>%n rôle.</numerusform>
            <numerusform>%n rôles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>select a role in the table first</source>
        <translation>sélectionnez d&apos;abord un rôle dans le tableau</translation>
    </message>
    <message>
        <source>Role not saved</source>
        <translation>Rôle non enregistré</translation>
    </message>
    <message>
        <source>the name must be 1–64 letters, digits or underscores (it goes into tokens)</source>
        <translation>le nom doit comporter 1 à 64 lettres, chiffres ou tirets bas (il figure dans les jetons)</translation>
    </message>
    <message>
        <source>a display name is required</source>
        <translation>un nom d&apos;affichage est obligatoire</translation>
    </message>
    <message>
        <source>Role saved.</source>
        <translation>Rôle enregistré.</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rôle par défaut</translation>
    </message>
    <message>
        <source>Default role not changed</source>
        <translation>Rôle par défaut inchangé</translation>
    </message>
    <message>
        <source>%1 is now the default role.</source>
        <translation>%1 est désormais le rôle par défaut.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SamlIdpPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Identity provider configuration</source>
        <translation>Configuration du fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Configure using &amp;Metadata URL</source>
        <translation>Configurer avec l&apos;URL des &amp;métadonnées</translation>
    </message>
    <message>
        <source>Upload metadata &amp;file</source>
        <translation>Importer un &amp;fichier de métadonnées</translation>
    </message>
    <message>
        <source>Configure ma&amp;nually</source>
        <translation>Configurer ma&amp;nuellement</translation>
    </message>
    <message>
        <source>Configure using the metadata URL</source>
        <translation>Configurer avec l&apos;URL des métadonnées</translation>
    </message>
    <message>
        <source>Configure with a metadata file</source>
        <translation>Configurer avec un fichier de métadonnées</translation>
    </message>
    <message>
        <source>Configure manually</source>
        <translation>Configurer manuellement</translation>
    </message>
    <message>
        <source>Metadata validation result</source>
        <translation>Résultat de la validation des métadonnées</translation>
    </message>
    <message>
        <source>Metadata findings and fixes</source>
        <translation>Constats et corrections des métadonnées</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>&amp;Lab mode (allow http and private addresses)</source>
        <translation>Mode &amp;labo (autoriser http et les adresses privées)</translation>
    </message>
    <message>
        <source>Lab mode: allow http and private addresses</source>
        <translation>Mode labo : autoriser http et les adresses privées</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Simulator</source>
        <translation>Utiliser le simulateur &amp;intégré</translation>
    </message>
    <message>
        <source>Use the environment&apos;s built-in IdP simulator</source>
        <translation>Utiliser le simulateur d&apos;IdP intégré de l&apos;environnement</translation>
    </message>
    <message>
        <source>IdP metadata file</source>
        <translation>Fichier de métadonnées de l&apos;IdP</translation>
    </message>
    <message>
        <source>Path to the IdP&apos;s metadata XML (Enter to load)</source>
        <translation>Chemin du XML de métadonnées de l&apos;IdP (Entrée pour charger)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the IdP metadata file</source>
        <translation>Choisir le fichier de métadonnées de l&apos;IdP</translation>
    </message>
    <message>
        <source>IdP Metadata</source>
        <translation>Métadonnées de l&apos;IdP</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation>Métadonnées SAML (*.xml);;Tous les fichiers (*)</translation>
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
        <translation>Charger un fichier de &amp;certificat…</translation>
    </message>
    <message>
        <source>Load the signing certificate from a file</source>
        <translation>Charger le certificat de signature depuis un fichier</translation>
    </message>
    <message>
        <source>Signing Certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>larger than 64 KiB</source>
        <translation>plus de 64 Kio</translation>
    </message>
    <message>
        <source>Where to find it in %1: %2</source>
        <translation>Où le trouver dans %1 : %2</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; that is not an IdP&apos;s metadata.</source>
        <translation>%1 dépasse 20 Mo ; ce ne sont pas les métadonnées d&apos;un IdP.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>Unreadable: this is not SAML metadata.</source>
        <translation>Illisible : ce ne sont pas des métadonnées SAML.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid: %n error(s); fix them in the IdP and fetch again.</source>
        <translation>
            <numerusform>Non valide : %n erreur ; corrigez-la dans l&apos;IdP et rechargez.</numerusform>
            <numerusform>Non valide : %n erreurs ; corrigez-les dans l&apos;IdP et rechargez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid with %n warning(s).</source>
        <translation>
            <numerusform>Valide avec %n avertissement.</numerusform>
            <numerusform>Valide avec %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>The metadata has errors; fix them first.</source>
        <translation>Les métadonnées contiennent des erreurs ; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The environment refused the IdP configuration: %1</source>
        <translation>L&apos;environnement a refusé la configuration de l&apos;IdP : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimCheckPage</name>
    <message>
        <source>&amp;Send Test Request</source>
        <translation>&amp;Envoyer une requête de test</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <source>“Send Test Request” replays a SCIM client&apos;s requests against your endpoint (it creates and deletes a test user and group). Below, users and groups appear as your provider sends them.</source>
        <translation>« Envoyer une requête de test » rejoue les requêtes d&apos;un client SCIM sur votre point de terminaison (il crée puis supprime un utilisateur et un groupe de test). En dessous, les utilisateurs et groupes apparaissent à mesure que votre fournisseur les envoie.</translation>
    </message>
    <message>
        <source>Send test request</source>
        <translation>Envoyer une requête de test</translation>
    </message>
    <message>
        <source>Test request results</source>
        <translation>Résultats de la requête de test</translation>
    </message>
    <message>
        <source>Test request summary</source>
        <translation>Résumé de la requête de test</translation>
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
        <translation>Le test s&apos;est arrêté : %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed: the endpoint and the token work.</source>
        <translation>
            <numerusform>La %n vérification a réussi : le point de terminaison et le jeton fonctionnent.</numerusform>
            <numerusform>Les %n vérifications ont réussi : le point de terminaison et le jeton fonctionnent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed.</source>
        <translation>
            <numerusform>%1 vérification sur %n a échoué.</numerusform>
            <numerusform>%1 vérifications sur %n ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending test requests…</source>
        <translation>Envoi des requêtes de test…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimCredentialsPage</name>
    <message>
        <source>SCIM endpoint URL</source>
        <translation>URL du point de terminaison SCIM</translation>
    </message>
    <message>
        <source>SCIM bearer token</source>
        <translation>Jeton bearer SCIM</translation>
    </message>
    <message>
        <source>&amp;Rotate Token</source>
        <translation>&amp;Renouveler le jeton</translation>
    </message>
    <message>
        <source>Endpoint URL and token</source>
        <translation>URL du point de terminaison et jeton</translation>
    </message>
    <message>
        <source>One-time token warning</source>
        <translation>Avertissement sur le jeton à usage unique</translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>Token rotation state</source>
        <translation>État du renouvellement du jeton</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the token now.&lt;/b&gt; It is shown only this once and cannot be displayed again; Gatehouse stores only a hash of it. If you lose it, rotate the token and paste the new one into your identity provider.</source>
        <translation>&lt;b&gt;Copiez le jeton maintenant.&lt;/b&gt; Il n&apos;est affiché qu&apos;une seule fois et ne pourra plus l&apos;être ; Gatehouse n&apos;en conserve qu&apos;une empreinte. Si vous le perdez, renouvelez le jeton et collez le nouveau dans votre fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>Paste these into %1.</source>
        <translation>Collez-les dans %1.</translation>
    </message>
    <message>
        <source>Endpoint URL
(%1 calls it “%2”):</source>
        <extracomment>%1 is the identity provider&apos;s own name for the field, e.g. &quot;Tenant URL&quot;</extracomment>
        <translation>URL du point de terminaison
(« %2 » dans %1) :</translation>
    </message>
    <message>
        <source>Bearer token
(%1 calls it “%2”):</source>
        <translation>Jeton bearer
(« %2 » dans %1) :</translation>
    </message>
    <message>
        <source>The token was not rotated: %1</source>
        <translation>Le jeton n&apos;a pas été renouvelé : %1</translation>
    </message>
    <message>
        <source>New token issued; copy it now. The previous token keeps working for a while (7 days by default) so provisioning does not stop while you update %1.</source>
        <translation>Nouveau jeton émis ; copiez-le maintenant. L&apos;ancien jeton reste valable un certain temps (7 jours par défaut) afin que le provisionnement ne s&apos;arrête pas pendant la mise à jour de %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimMappingPage</name>
    <message>
        <source>Map groups to roles</source>
        <translation>Mapper les groupes vers les rôles</translation>
    </message>
    <message>
        <source>Users get the roles of the groups they are in; users in no mapped group get the default role.</source>
        <translation>Les utilisateurs reçoivent les rôles de leurs groupes ; ceux qui ne sont dans aucun groupe mappé reçoivent le rôle par défaut.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimProviderPage</name>
    <message>
        <source>&amp;Create Directory</source>
        <translation>&amp;Créer l&apos;annuaire</translation>
    </message>
    <message>
        <source>Which identity provider sends your users?</source>
        <translation>Quel fournisseur d&apos;identité envoie vos utilisateurs ?</translation>
    </message>
    <message>
        <source>Gatehouse creates a SCIM 2.0 endpoint for it and shows the provider&apos;s own steps.</source>
        <translation>Gatehouse crée pour lui un point de terminaison SCIM 2.0 et affiche les étapes propres au fournisseur.</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Create directory</source>
        <translation>Créer l&apos;annuaire</translation>
    </message>
    <message>
        <source>Create directory error</source>
        <translation>Erreur de création de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Creating the directory…</source>
        <translation>Création de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>The directory was not created: %1</source>
        <translation>L&apos;annuaire n&apos;a pas été créé : %1</translation>
    </message>
    <message>
        <source>The directory was created but not enabled: %1</source>
        <translation>L&apos;annuaire a été créé mais pas activé : %1</translation>
    </message>
    <message>
        <source>The directory was created but no token was issued: %1</source>
        <translation>L&apos;annuaire a été créé mais aucun jeton n&apos;a été émis : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimSetupWizard</name>
    <message>
        <source>Connect a SCIM Directory</source>
        <translation>Connecter un annuaire SCIM</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ScimStepsPage</name>
    <message>
        <source>Steps in the identity provider</source>
        <translation>Étapes dans le fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>Follow these steps in %1&apos;s admin console, then come back to check.</source>
        <translation>Suivez ces étapes dans la console d&apos;administration de %1, puis revenez pour vérifier.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ServiceProviderPage</name>
    <message>
        <source>&amp;Download Metadata XML…</source>
        <translation>&amp;Télécharger le XML des métadonnées…</translation>
    </message>
    <message>
        <source>Service provider details</source>
        <translation>Détails du fournisseur de services</translation>
    </message>
    <message>
        <source>Download the SP metadata XML</source>
        <translation>Télécharger le XML des métadonnées SP</translation>
    </message>
    <message>
        <source>Save SP Metadata</source>
        <translation>Enregistrer les métadonnées SP</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml)</source>
        <translation>Métadonnées SAML (*.xml)</translation>
    </message>
    <message>
        <source>Steps in the identity provider</source>
        <translation>Étapes dans le fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Copy these values into %1. Each is labelled with the name %1 gives the field.</source>
        <translation>Copiez ces valeurs dans %1. Chacune porte le nom que %1 donne au champ.</translation>
    </message>
    <message>
        <source>Register this redirect URI with %1.</source>
        <translation>Enregistrez cette Redirect URI auprès de %1.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>Dans %1 :</translation>
    </message>
    <message>
        <source>The SP metadata could not be downloaded: %1</source>
        <translation>Les métadonnées SP n&apos;ont pas pu être téléchargées : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved the SP metadata to %1.</source>
        <translation>Métadonnées SP enregistrées dans %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>&amp;Start the local engine when Gatehouse starts</source>
        <translation>Démarrer le moteur local au &amp;lancement de Gatehouse</translation>
    </message>
    <message>
        <source>&amp;Clear Browser Data</source>
        <translation>Effacer les données du &amp;navigateur</translation>
    </message>
    <message>
        <source>Restart &amp;Engine Now</source>
        <translation>R&amp;edémarrer le moteur maintenant</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>E&amp;nvironments</source>
        <translation>E&amp;nvironnements</translation>
    </message>
    <message>
        <source>&amp;Local Engine</source>
        <translation>Moteur l&amp;ocal</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Appa&amp;rence</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erreur dans les paramètres</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation>Ajouter un environnement</translation>
    </message>
    <message>
        <source>Edit the selected environment</source>
        <translation>Modifier l&apos;environnement sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected environment</source>
        <translation>Retirer l&apos;environnement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Known environments:</source>
        <translation>Environnements &amp;connus :</translation>
    </message>
    <message>
        <source>Client secrets are kept in the system keychain, never in the settings file. The local engine is always present and cannot be edited or removed here.</source>
        <translation>Les secrets client sont conservés dans le trousseau du système, jamais dans le fichier de paramètres. Le moteur local est toujours présent et ne peut être ni modifié ni retiré ici.</translation>
    </message>
    <message>
        <source>Local engine</source>
        <translation>Moteur local</translation>
    </message>
    <message>
        <source>Local engine data folder</source>
        <translation>Dossier de données du moteur local</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Ouvrir le dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Local engine port</source>
        <translation>Port du moteur local</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Start the local engine when Gatehouse starts</source>
        <translation>Démarrer le moteur local au lancement de Gatehouse</translation>
    </message>
    <message>
        <source>Local engine log level</source>
        <translation>Niveau de journalisation du moteur local</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Informations (par défaut)</translation>
    </message>
    <message>
        <source>Debug (troubleshooting)</source>
        <translation>Débogage (dépannage)</translation>
    </message>
    <message>
        <source>Restart the local engine now</source>
        <translation>Redémarrer le moteur local maintenant</translation>
    </message>
    <message>
        <source>Local engine restart progress</source>
        <translation>Progression du redémarrage du moteur local</translation>
    </message>
    <message>
        <source>Local engine status</source>
        <translation>État du moteur local</translation>
    </message>
    <message>
        <source>Local engine restart needed</source>
        <translation>Redémarrage du moteur local nécessaire</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <source>Po&amp;rt on 127.0.0.1:</source>
        <translation>Po&amp;rt sur 127.0.0.1 :</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>Niveau de &amp;journalisation :</translation>
    </message>
    <message>
        <source>The port, the data folder and the log level take effect when the local engine restarts: apply them, then restart the engine. The port is part of the local engine&apos;s SP entity IDs, ACS URLs and token issuer: changing it breaks connections already configured at an identity provider. A new data folder starts an empty engine with new credentials.</source>
        <translation>Le port, le dossier de données et le niveau de journalisation prennent effet au redémarrage du moteur local : appliquez-les, puis redémarrez le moteur. Le port fait partie des Entity ID SP, des ACS URL et de l&apos;émetteur des jetons du moteur local : le changer casse les connexions déjà configurées chez un fournisseur d&apos;identité. Un nouveau dossier de données démarre un moteur vide avec de nouveaux identifiants.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect after Gatehouse is restarted. Colours follow the system&apos;s light or dark appearance.</source>
        <translation>Une nouvelle langue prend effet après le redémarrage de Gatehouse. Les couleurs suivent l&apos;apparence claire ou sombre du système.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Clear the embedded browser&apos;s cookies and cache</source>
        <translation>Effacer les cookies et le cache du navigateur intégré</translation>
    </message>
    <message>
        <source>Result of clearing browser data</source>
        <translation>Résultat de l&apos;effacement des données du navigateur</translation>
    </message>
    <message>
        <source>The connection test browser keeps no cookies or cache after it closes. Clearing now also ends the identity-provider sessions of test browsers that are open.</source>
        <translation>Le navigateur de test des connexions ne garde ni cookies ni cache après sa fermeture. Effacer maintenant met aussi fin aux sessions chez le fournisseur d&apos;identité des navigateurs de test ouverts.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation>Retirer l&apos;environnement</translation>
    </message>
    <message>
        <source>Remove the environment “%1” and its stored client secret from this computer? The environment itself is not changed.</source>
        <translation>Retirer l&apos;environnement « %1 » et son secret client enregistré de cet ordinateur ? L&apos;environnement lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Confirm removing an environment</source>
        <translation>Confirmer le retrait d&apos;un environnement</translation>
    </message>
    <message>
        <source>Local Engine Data Folder</source>
        <translation>Dossier de données du moteur local</translation>
    </message>
    <message>
        <source>The data folder must be an absolute path.</source>
        <translation>Le dossier de données doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The data folder must be an absolute path, e.g. %1.</source>
        <translation>Le dossier de données doit être un chemin absolu, par exemple %1.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights: choose a port from 1024 to 65535, or Automatic.</source>
        <translation>Le port %1 exige des droits d&apos;administrateur : choisissez un port entre 1024 et 65535, ou « Automatique ».</translation>
    </message>
    <message>
        <source>The local engine cannot be restarted right now; try again in a moment.</source>
        <translation>Le moteur local ne peut pas être redémarré pour le moment ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Restarted. %1</source>
        <translation>Redémarré. %1</translation>
    </message>
    <message>
        <source>The restart failed: %1</source>
        <translation>Le redémarrage a échoué : %1</translation>
    </message>
    <message>
        <source>No environments are available here, so the local engine cannot be restarted.</source>
        <translation>Aucun environnement n&apos;est disponible ici : le moteur local ne peut donc pas être redémarré.</translation>
    </message>
    <message>
        <source>The current environment is remote: only the bundled local engine can be restarted from here.</source>
        <translation>L&apos;environnement actuel est distant : seul le moteur local fourni peut être redémarré ici.</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>log level</source>
        <translation>niveau de journalisation</translation>
    </message>
    <message>
        <source>Changed since the local engine started: %1. Restart it now to use the saved settings.</source>
        <translation>Modifié depuis le démarrage du moteur local : %1. Redémarrez-le maintenant pour utiliser les paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Store client secrets in a plain &amp;file when the system keychain is not available (not recommended)</source>
        <translation>Enregistrer les secrets client dans un &amp;fichier en clair quand le trousseau du système n’est pas disponible (déconseillé)</translation>
    </message>
    <message>
        <source>Store client secrets in a plain file without a keychain</source>
        <translation>Enregistrer les secrets client dans un fichier en clair sans trousseau</translation>
    </message>
    <message>
        <source>Only where the system keychain is not available: client secrets are written to %1, readable by your user account and by anything running as you. Turning this off deletes the file.</source>
        <translation>Uniquement quand le trousseau du système n’est pas disponible : les secrets client sont écrits dans %1, lisible par votre compte utilisateur et par tout ce qui s’exécute sous ce compte. Désactiver l’option supprime le fichier.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SetupView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Setup mode</source>
        <translation>Mode de configuration</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>No directory yet: connect one with the SCIM wizard</source>
        <translation>Pas encore d&apos;annuaire : connectez-en un avec l&apos;assistant SCIM</translation>
    </message>
    <message>
        <source>Set Up &amp;Single Sign-On…</source>
        <translation>Configurer l&apos;authentification &amp;unique…</translation>
    </message>
    <message>
        <source>Connect the organization&apos;s identity provider (SAML or OIDC).</source>
        <translation>Connecter le fournisseur d&apos;identité de l&apos;organisation (SAML ou OIDC).</translation>
    </message>
    <message>
        <source>&amp;Verify a Domain…</source>
        <translation>&amp;Vérifier un domaine…</translation>
    </message>
    <message>
        <source>Prove ownership of an email domain with a DNS TXT record.</source>
        <translation>Prouver la propriété d&apos;un domaine de messagerie avec un enregistrement DNS TXT.</translation>
    </message>
    <message>
        <source>Connect a SCIM &amp;Directory…</source>
        <translation>Connecter un &amp;annuaire SCIM…</translation>
    </message>
    <message>
        <source>Provision users and groups from Okta, Entra ID, JumpCloud, OneLogin or any SCIM 2.0 provider.</source>
        <translation>Provisionner les utilisateurs et groupes depuis Okta, Entra ID, JumpCloud, OneLogin ou tout fournisseur SCIM 2.0.</translation>
    </message>
    <message>
        <source>&amp;Map Groups to Roles…</source>
        <translation>&amp;Mapper les groupes vers les rôles…</translation>
    </message>
    <message>
        <source>Give directory groups app roles.</source>
        <translation>Attribuer des rôles de l&apos;application aux groupes de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Directory (for role mapping):</source>
        <translation>&amp;Annuaire (pour le mappage des rôles) :</translation>
    </message>
    <message>
        <source>Guided setup</source>
        <translation>Configuration guidée</translation>
    </message>
    <message>
        <source>Opening the admin-portal link…</source>
        <translation>Ouverture du lien de portail d&apos;administration…</translation>
    </message>
    <message>
        <source>single sign-on and domains</source>
        <translation>l&apos;authentification unique et les domaines</translation>
    </message>
    <message>
        <source>directory sync and role mapping</source>
        <translation>la synchronisation d&apos;annuaire et le mappage des rôles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin portal&lt;/b&gt; for %1 on %2 — this link grants %3. The session ends %4 or when Gatehouse quits.</source>
        <translation>&lt;b&gt;Portail d&apos;administration&lt;/b&gt; pour %1 sur %2 — ce lien donne accès à %3. La session se termine %4 ou à la fermeture de Gatehouse.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>when the environment says so</source>
        <translation>lorsque l&apos;environnement le décide</translation>
    </message>
    <message>
        <source>Admin-portal session opened</source>
        <translation>Session de portail d&apos;administration ouverte</translation>
    </message>
    <message>
        <source>Not connected to an environment. Connect one, or open an admin-portal link (File → Open Portal Link…).</source>
        <translation>Non connecté à un environnement. Connectez-en un, ou ouvrez un lien de portail d&apos;administration (Fichier → Ouvrir un lien de portail…).</translation>
    </message>
    <message>
        <source>Environment administrator: every organization and every wizard.</source>
        <translation>Administrateur de l&apos;environnement : toutes les organisations et tous les assistants.</translation>
    </message>
    <message>
        <source>Could not list organizations: %1</source>
        <translation>Impossible de lister les organisations : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not list directories: %1</source>
        <translation>Impossible de lister les annuaires : %1</translation>
    </message>
    <message>
        <source>Map Groups to Roles</source>
        <translation>Mapper les groupes vers les rôles</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SourceView</name>
    <message>
        <source>Metadata source</source>
        <translation>Source des métadonnées</translation>
    </message>
    <message>
        <source>The validated document appears here.</source>
        <translation>Le document validé apparaît ici.</translation>
    </message>
    <message>
        <source>The document (%1) is too large to show here; the findings name their lines.</source>
        <translation>Le document (%1) est trop volumineux pour être affiché ici ; les constats indiquent leurs lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoActionsBar</name>
    <message>
        <source>Contin&amp;ue Setup…</source>
        <translation>&amp;Reprendre la configuration…</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Tester…</translation>
    </message>
    <message>
        <source>Continue setting up the selected connection</source>
        <translation>Reprendre la configuration de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Test the selected connection in the embedded browser</source>
        <translation>Tester la connexion sélectionnée dans le navigateur intégré</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Set up a new single sign-on connection for this organization</source>
        <translation>Configurer une nouvelle connexion d’authentification unique pour cette organisation</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoApi</name>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoWizard</name>
    <message>
        <source>Single sign-on setup</source>
        <translation>Configuration de l&apos;authentification unique</translation>
    </message>
    <message>
        <source>Set Up Single Sign-On — %1</source>
        <translation>Configurer l&apos;authentification unique — %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Close the wizard (the setup can be continued later)</source>
        <translation>Fermer l&apos;assistant (la configuration peut être reprise plus tard)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Enable the connection</source>
        <translation>Activer la connexion</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Enable Connection</source>
        <translation>&amp;Activer la connexion</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SsoWizardPage</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestBrowser</name>
    <message>
        <source>Refused %1: %2. The page was not loaded.</source>
        <translation>%1 refusé : %2. La page n&apos;a pas été chargée.</translation>
    </message>
    <message>
        <source>
• Subject: %1
  Issuer: %2
  Valid: %3 – %4
  SHA-256: %5</source>
        <translation>
• Sujet : %1
  Émetteur : %2
  Validité : %3 – %4
  SHA-256 : %5</translation>
    </message>
    <message>
        <source>Connection test browser</source>
        <translation>Navigateur de test de connexion</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Identity provider pages</source>
        <translation>Pages du fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Address (codes and tokens hidden)</source>
        <translation>Adresse (codes et jetons masqués)</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <source>Start a new SP-initiated test</source>
        <translation>Lancer un nouveau test initié par le SP</translation>
    </message>
    <message>
        <source>&amp;IdP-Initiated</source>
        <translation>Initié par l&apos;&amp;IdP</translation>
    </message>
    <message>
        <source>Start an IdP-initiated login at the simulator</source>
        <translation>Lancer une connexion initiée par l&apos;IdP sur le simulateur</translation>
    </message>
    <message>
        <source>Simulator scenario</source>
        <translation>Scénario du simulateur</translation>
    </message>
    <message>
        <source>Scenario: choose on the simulator page</source>
        <translation>Scénario : à choisir sur la page du simulateur</translation>
    </message>
    <message>
        <source>User login (success)</source>
        <translation>Connexion utilisateur (succès)</translation>
    </message>
    <message>
        <source>Error: bad signature</source>
        <translation>Erreur : signature invalide</translation>
    </message>
    <message>
        <source>Error: expired assertion</source>
        <translation>Erreur : assertion expirée</translation>
    </message>
    <message>
        <source>Error: wrong audience</source>
        <translation>Erreur : mauvaise audience</translation>
    </message>
    <message>
        <source>Error: missing email</source>
        <translation>Erreur : e-mail manquant</translation>
    </message>
    <message>
        <source>Error: IdP error status</source>
        <translation>Erreur : statut d&apos;erreur de l&apos;IdP</translation>
    </message>
    <message>
        <source>Error: unsigned response</source>
        <translation>Erreur : réponse non signée</translation>
    </message>
    <message>
        <source>Error: wrong issuer</source>
        <translation>Erreur : mauvais émetteur</translation>
    </message>
    <message>
        <source>Error: replayed assertion</source>
        <translation>Erreur : assertion rejouée</translation>
    </message>
    <message>
        <source>S&amp;ubmit automatically</source>
        <translation>Envoyer a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>Submit the simulator&apos;s form automatically</source>
        <translation>Envoyer automatiquement le formulaire du simulateur</translation>
    </message>
    <message>
        <source>E&amp;xport Trace…</source>
        <translation>E&amp;xporter la trace…</translation>
    </message>
    <message>
        <source>Export the trace to a file</source>
        <translation>Exporter la trace dans un fichier</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Exporter la trace</translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Trace exported to %1.</source>
        <translation>Trace exportée vers %1.</translation>
    </message>
    <message>
        <source>Certificate error</source>
        <translation>Erreur de certificat</translation>
    </message>
    <message>
        <source>Trace steps</source>
        <translation>Étapes de la trace</translation>
    </message>
    <message>
        <source>Notes on the selected step</source>
        <translation>Remarques sur l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Selected step, decoded</source>
        <translation>Étape sélectionnée, décodée</translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation>Tester la connexion — %1</translation>
    </message>
    <message>
        <source>This connection has no test URI.</source>
        <translation>Cette connexion n&apos;a pas d&apos;URI de test.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish…</source>
        <translation>En attente de la fin de la connexion…</translation>
    </message>
    <message>
        <source>IdP-initiated login: the SAML trace shows what the IdP sent; the service provider then redirects to the application (no test result is stored).</source>
        <translation>Connexion initiée par l&apos;IdP : la trace SAML montre ce que l&apos;IdP a envoyé ; le fournisseur de services redirige ensuite vers l&apos;application (aucun résultat de test n&apos;est enregistré).</translation>
    </message>
    <message>
        <source>Redirect: %1 %2</source>
        <translation>Redirection : %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>RelayState: %1</source>
        <translation>RelayState : %1</translation>
    </message>
    <message>
        <source>Redirect signature: %1</source>
        <translation>Signature de la redirection : %1</translation>
    </message>
    <message>
        <source>Form %1 to %2</source>
        <translation>Formulaire %1 vers %2</translation>
    </message>
    <message>
        <source>Reading the test result…</source>
        <translation>Lecture du résultat du test…</translation>
    </message>
    <message>
        <source>The test result could not be read: %1</source>
        <translation>Le résultat du test n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>AuthnRequest (as the engine sent it)</source>
        <translation>AuthnRequest (telle qu&apos;envoyée par le moteur)</translation>
    </message>
    <message>
        <source>SAMLResponse (as the engine received it)</source>
        <translation>SAMLResponse (telle que reçue par le moteur)</translation>
    </message>
    <message>
        <source>The service provider&apos;s checks</source>
        <translation>Vérifications du fournisseur de services</translation>
    </message>
    <message>
        <source>Test result: %1</source>
        <translation>Résultat du test : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Certificate refused: %1</source>
        <translation>Certificat refusé : %1</translation>
    </message>
    <message>
        <source>Pop-up opened in the system browser</source>
        <translation>Fenêtre contextuelle ouverte dans le navigateur du système</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestOutcome</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Normalized profile</source>
        <translation>Profil normalisé</translation>
    </message>
    <message>
        <source>Raw attributes from the IdP</source>
        <translation>Attributs bruts de l&apos;IdP</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>État du test</translation>
    </message>
    <message>
        <source>Error, reason and fix</source>
        <translation>Erreur, cause et correction</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Raw &amp;attributes:</source>
        <translation>&amp;Attributs bruts :</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish…</source>
        <translation>En attente de la fin de la connexion…</translation>
    </message>
    <message>
        <source>✔ Test connection succeeded</source>
        <translation>✔ Test de connexion réussi</translation>
    </message>
    <message>
        <source>✘ Test connection failed</source>
        <translation>✘ Échec du test de connexion</translation>
    </message>
    <message>
        <source>The test is still pending (%1).</source>
        <translation>Le test est toujours en attente (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test passed.&lt;/b&gt; Signed in as %1.</source>
        <translation>&lt;b&gt;Test réussi.&lt;/b&gt; Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The test has not finished (%1).</source>
        <translation>Le test n&apos;est pas terminé (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test failed:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; — %2</source>
        <translation>&lt;b&gt;Échec du test :&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Reason:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Cause :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Correction :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TestPage</name>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Sign in once through the identity provider in the test browser. The result, and a trace of every SAML or OIDC message, appear there and here.</source>
        <translation>Connectez-vous une fois via le fournisseur d&apos;identité dans le navigateur de test. Le résultat, ainsi qu&apos;une trace de chaque message SAML ou OIDC, s&apos;affichent là-bas et ici.</translation>
    </message>
    <message>
        <source>Connection under test</source>
        <translation>Connexion testée</translation>
    </message>
    <message>
        <source>Test outcome</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Test the connection in the embedded browser</source>
        <translation>Tester la connexion dans le navigateur intégré</translation>
    </message>
    <message>
        <source>Connection %1 (%2, %3), status %4.</source>
        <translation>Connexion %1 (%2, %3), état %4.</translation>
    </message>
    <message>
        <source>No test has run in this session yet.</source>
        <translation>Aucun test n&apos;a encore été exécuté pendant cette session.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TraceDecoder</name>
    <message numerus="yes">
        <source>(redacted, %n character(s))</source>
        <translation>
            <numerusform>(masqué, %n caractère)</numerusform>
            <numerusform>(masqué, %n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TraceModel</name>
    <message>
        <source>Gatehouse SSO trace</source>
        <translation>Trace SSO Gatehouse</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UrlFetchWidget</name>
    <message>
        <source>&amp;Fetch and Validate</source>
        <translation>&amp;Charger et valider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation>URL des métadonnées</translation>
    </message>
    <message>
        <source>https://idp.example.com/saml/metadata</source>
        <translation>https://idp.example.com/saml/metadata</translation>
    </message>
    <message>
        <source>Fetch and validate the metadata URL</source>
        <translation>Charger et valider l&apos;URL des métadonnées</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Download in progress</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Enter the metadata URL first.</source>
        <translation>Saisissez d&apos;abord l&apos;URL des métadonnées.</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ValidityTimeline</name>
    <message>
        <source>Certificate validity timeline</source>
        <translation>Chronologie de validité du certificat</translation>
    </message>
    <message>
        <source>The validity dates could not be read.</source>
        <translation>Les dates de validité sont illisibles.</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago, on %1.</source>
        <translation>
            <numerusform>Expiré depuis %n jour, le %1.</numerusform>
            <numerusform>Expiré depuis %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Pas encore valide : valide à partir du %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1 — inside the %2-day warning window.</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1 — dans la fenêtre d&apos;alerte de %2 jours.</numerusform>
            <numerusform>Expire dans %n jours, le %1 — dans la fenêtre d&apos;alerte de %2 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n more day(s), until %1; the warning window starts on %2.</source>
        <translation>
            <numerusform>Valide encore %n jour, jusqu&apos;au %1 ; la fenêtre d&apos;alerte commence le %2.</numerusform>
            <numerusform>Valide encore %n jours, jusqu&apos;au %1 ; la fenêtre d&apos;alerte commence le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WebhookEditDialog</name>
    <message>
        <source>E&amp;nabled (events are delivered to it)</source>
        <translation>A&amp;ctivé (les événements lui sont livrés)</translation>
    </message>
    <message>
        <source>Edit Webhook Endpoint</source>
        <translation>Modifier le point de terminaison webhook</translation>
    </message>
    <message>
        <source>Edit webhook endpoint</source>
        <translation>Modifier le point de terminaison webhook</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. organization.*, connection.enabled; empty = all</source>
        <translation>Séparés par des virgules, p. ex. organization.*, connection.enabled ; vide = tous</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>Endpoint description</source>
        <translation>Description du point de terminaison</translation>
    </message>
    <message>
        <source>Endpoint enabled</source>
        <translation>Point de terminaison activé</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why the endpoint was not saved</source>
        <translation>Pourquoi le point de terminaison n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Save the endpoint</source>
        <translation>Enregistrer le point de terminaison</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation>Types d&apos;&amp;événements :</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription :</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Non connecté à un environnement.</translation>
    </message>
    <message>
        <source>The URL is required.</source>
        <translation>L&apos;URL est obligatoire.</translation>
    </message>
    <message>
        <source>The engine refused the change: %1</source>
        <translation>Le moteur a refusé la modification : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WebhooksView</name>
    <message>
        <source>&amp;Create Endpoint</source>
        <translation>&amp;Créer un point de terminaison</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Copier le secret de signature</translation>
    </message>
    <message>
        <source>Webhook endpoints</source>
        <translation>Points de terminaison de webhook</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Livraisons de webhook</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable or disable the endpoint</source>
        <translation>Activer ou désactiver le point de terminaison</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Rotate the signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <source>Send Test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Send a test event to the endpoint</source>
        <translation>Envoyer un événement de test au point de terminaison</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Redeliver the selected delivery</source>
        <translation>Renvoyer la livraison sélectionnée</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>https://app.example.com/hooks/gatehouse</source>
        <translation>https://app.example.com/hooks/gatehouse</translation>
    </message>
    <message>
        <source>Endpoint description</source>
        <translation>Description du point de terminaison</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. organization.*, connection.enabled; empty = all</source>
        <translation>Séparés par des virgules, p. ex. organization.*, connection.enabled ; vide = tous</translation>
    </message>
    <message>
        <source>Create webhook endpoint</source>
        <translation>Créer un point de terminaison de webhook</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>A new signing secret is shown here once.</source>
        <translation>Un nouveau secret de signature n&apos;est affiché ici qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription :</translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation>&amp;Types d&apos;événements :</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <source>Delivery log of the selected endpoint</source>
        <translation>Journal des livraisons du point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Delete the webhook endpoint %1 and its delivery log? Events are no longer sent to it.</source>
        <translation>Supprimer le point de terminaison de webhook %1 et son journal des livraisons ? Les événements ne lui seront plus envoyés.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Could not create the endpoint: %1</source>
        <translation>Impossible de créer le point de terminaison : %1</translation>
    </message>
    <message>
        <source>Copy the signing secret now: it is shown only once.</source>
        <translation>Copiez le secret de signature maintenant : il n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Endpoint created.</source>
        <translation>Point de terminaison créé.</translation>
    </message>
    <message>
        <source>Could not change the endpoint: %1</source>
        <translation>Impossible de modifier le point de terminaison : %1</translation>
    </message>
    <message>
        <source>Endpoint enabled.</source>
        <translation>Point de terminaison activé.</translation>
    </message>
    <message>
        <source>Endpoint disabled.</source>
        <translation>Point de terminaison désactivé.</translation>
    </message>
    <message>
        <source>Could not rotate the secret: %1</source>
        <translation>Impossible de renouveler le secret : %1</translation>
    </message>
    <message>
        <source>The new signing secret is shown only once.</source>
        <translation>Le nouveau secret de signature n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>The new signing secret is shown only once; the previous one keeps signing until %1.</source>
        <translation>Le nouveau secret de signature n&apos;est affiché qu&apos;une seule fois ; l&apos;ancien continue de signer jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Secret rotated.</source>
        <translation>Secret renouvelé.</translation>
    </message>
    <message>
        <source>Could not send a test event: %1</source>
        <translation>Impossible d&apos;envoyer un événement de test : %1</translation>
    </message>
    <message>
        <source>Test event queued.</source>
        <translation>Événement de test mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Could not delete the endpoint: %1</source>
        <translation>Impossible de supprimer le point de terminaison : %1</translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation>Point de terminaison supprimé.</translation>
    </message>
    <message>
        <source>Could not redeliver: %1</source>
        <translation>Impossible de renvoyer : %1</translation>
    </message>
    <message>
        <source>Delivery queued again.</source>
        <translation>Livraison remise en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the endpoint</source>
        <translation>Modifier le point de terminaison</translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation>Point de terminaison enregistré.</translation>
    </message>
    <message>
        <source>Show deliveries with this status</source>
        <translation>Afficher les livraisons ayant ce statut</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Toutes les livraisons</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Pending (waiting for a retry)</source>
        <translation>En attente (nouvelle tentative prévue)</translation>
    </message>
    <message>
        <source>Delivering now</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Attempts of the selected delivery</source>
        <translation>Tentatives de la livraison sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Attempts of the selected delivery:</source>
        <translation>&amp;Tentatives de la livraison sélectionnée :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gatehouse desktop admin portal</source>
        <translation>Gatehouse, portail d&apos;administration de bureau</translation>
    </message>
    <message>
        <source>Do not start the bundled engine at start-up.</source>
        <translation>Ne pas démarrer le moteur intégré au lancement.</translation>
    </message>
    <message>
        <source>SAML metadata file to validate, or an admin-portal link (…/magicLink/…_p or gatehouse://portal?link=…) to open.</source>
        <translation>Fichier de métadonnées SAML à valider, ou lien de portail d&apos;administration (…/magicLink/…_p ou gatehouse://portal?link=…) à ouvrir.</translation>
    </message>
</context>
</TS>
