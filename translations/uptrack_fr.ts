<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Alert</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>Uptrack test</source>
        <translation>Test Uptrack</translation>
    </message>
    <message>
        <source>%1 is DOWN</source>
        <translation>%1 est EN PANNE</translation>
    </message>
    <message>
        <source>%1: %2. Last good ping: %3.</source>
        <translation>%1&#xa0;: %2. Dernier ping valide&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Last good ping</source>
        <translation>Dernier ping valide</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>%1 is back UP</source>
        <translation>%1 est de nouveau OK</translation>
    </message>
    <message>
        <source>%1 recovered after %2 down.</source>
        <translation>%1 est rétablie après %2 de panne.</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Durée de la panne</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>En panne depuis</translation>
    </message>
    <message>
        <source>%1 is still DOWN</source>
        <translation>%1 est toujours EN PANNE</translation>
    </message>
    <message>
        <source>%1 has been down for %2.</source>
        <translation>%1 est en panne depuis %2.</translation>
    </message>
    <message>
        <source>Down for</source>
        <translation>Durée de la panne</translation>
    </message>
    <message>
        <source>%1 ran slow</source>
        <translation>%1 a été lente</translation>
    </message>
    <message>
        <source>%1 finished, but took %2 (more than %3).</source>
        <translation>%1 s’est terminée, mais a pris %2 (plus de %3).</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Slow after</source>
        <translation>Lente au-delà de</translation>
    </message>
    <message>
        <source>Uptrack test message</source>
        <translation>Message de test Uptrack</translation>
    </message>
    <message>
        <source>This is a test of the channel &quot;%1&quot;. If you read this, alerts will reach you here.</source>
        <translation>Ceci est un test du canal «&#xa0;%1&#xa0;». Si vous lisez ceci, les alertes vous parviendront ici.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>%1: certificate expires in %2</source>
        <translation>%1&#xa0;: le certificat expire dans %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 expires %2 (in %3). Renew it before browsers and clients refuse it.</source>
        <translation>Le certificat TLS de %1 expire %2 (dans %3). Renouvelez-le avant que navigateurs et clients ne le refusent.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>%1: maintenance began</source>
        <translation>%1&#xa0;: maintenance commencée</translation>
    </message>
    <message>
        <source>%1 is in the maintenance window &quot;%2&quot; until %3: its misses and failures do not alert meanwhile.</source>
        <translation>%1 est dans la fenêtre de maintenance «&#xa0;%2&#xa0;» jusqu’à %3&#xa0;: ses absences et ses échecs ne déclenchent pas d’alerte d’ici là.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>%1: maintenance ended</source>
        <translation>%1&#xa0;: maintenance terminée</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; of %2 ended: it is watched again.</source>
        <translation>La fenêtre de maintenance «&#xa0;%1&#xa0;» de %2 est terminée&#xa0;: il est de nouveau surveillé.</translation>
    </message>
    <message>
        <source>%1 is still DOWN after %2</source>
        <translation>%1 est toujours EN PANNE après %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is DOWN — and %n dependent monitor(s): %2</source>
        <translation>
            <numerusform>%1 est EN PANNE – et %n sonde dépendante&#xa0;: %2</numerusform>
            <numerusform>%1 est EN PANNE – et %n sondes dépendantes&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Depending on it, and not alerting on their own: %1.</source>
        <translation>En dépendent, sans alerter d’elles-mêmes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Dependent monitors</source>
        <translation>Sondes dépendantes</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n en panne</numerusform>
            <numerusform>%n en panne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovered</source>
        <translation>
            <numerusform>%n rétablie</numerusform>
            <numerusform>%n rétablies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>While muted: %1</source>
        <translation>Pendant la mise en sourdine&#xa0;: %1</translation>
    </message>
    <message>
        <source>While muted (since %1): %2; nothing is down now.</source>
        <translation>Pendant la mise en sourdine (depuis %1)&#xa0;: %2&#xa0;; rien n’est en panne maintenant.</translation>
    </message>
    <message>
        <source>While muted (since %1): %2; still down: %3.</source>
        <translation>Pendant la mise en sourdine (depuis %1)&#xa0;: %2&#xa0;; toujours en panne&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Muted since</source>
        <translation>En sourdine depuis</translation>
    </message>
    <message>
        <source>Still down</source>
        <translation>Toujours en panne</translation>
    </message>
    <message>
        <source>finished in %1, expected at least %2</source>
        <translation>terminé en %1, au moins %2 attendu</translation>
    </message>
    <message>
        <source>Uptrack</source>
        <translation>Uptrack</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>Give the key a name that says who uses it (for example &quot;deploy&quot;).</source>
        <translation>Donnez à la clé un nom qui dit qui l’utilise (par exemple « deploy »).</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The name may not contain control characters.</source>
        <translation>Le nom ne peut pas contenir de caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>La sauvegarde vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not read back correctly; it was removed.</source>
        <translation>La sauvegarde %1 ne se relit pas correctement&#xa0;; elle a été supprimée.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http(s).</translation>
    </message>
    <message>
        <source>no console is running to show a desktop popup (headless)</source>
        <translation>aucune console ne tourne pour afficher une notification de bureau (headless)</translation>
    </message>
    <message>
        <source>Discord webhook URL</source>
        <translation>URL du webhook Discord</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>mot de passe SMTP</translation>
    </message>
    <message>
        <source>An email channel needs an SMTP host (--smtp-host).</source>
        <translation>Un canal e-mail a besoin d’un serveur SMTP (--smtp-host).</translation>
    </message>
    <message>
        <source>TLS must be none, starttls or tls (got %1).</source>
        <translation>TLS doit valoir none, starttls ou tls (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The SMTP port must be 1-65535.</source>
        <translation>Le port SMTP doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The sender address (--from) is missing or not an address.</source>
        <translation>L’adresse d’expéditeur (--from) manque ou n’est pas une adresse.</translation>
    </message>
    <message>
        <source>An email channel needs at least one recipient (--to).</source>
        <translation>Un canal e-mail a besoin d’au moins un destinataire (--to).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Slack incoming webhook URL</source>
        <translation>URL du webhook entrant Slack</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>The method must be POST, PUT, PATCH or GET (got %1).</source>
        <translation>La méthode doit être POST, PUT, PATCH ou GET (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}; known: %2</source>
        <translation>Espace réservé inconnu {%1}&#xa0;; connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kept in the system keychain only; read from standard input on the command line.</source>
        <translation>Conservé uniquement dans le trousseau du système&#xa0;; lu sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>The mail server that sends the alerts.</source>
        <translation>Le serveur de messagerie qui envoie les alertes.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SMTP port (default 587, or 465 with TLS).</source>
        <translation>Port SMTP (par défaut 587, ou 465 avec TLS).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>587 (465 with TLS)</source>
        <translation>587 (465 avec TLS)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>none, starttls (default) or tls.</source>
        <translation>none, starttls (par défaut) ou tls.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>SMTP login; the password is read like a secret.</source>
        <translation>Identifiant SMTP&#xa0;; le mot de passe est lu comme un secret.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Recipient address (repeat for more).</source>
        <translation>Adresse du destinataire (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <source>Extra CA certificate for the SMTP server (a LAN server&apos;s own).</source>
        <translation>Certificat d’AC supplémentaire pour le serveur SMTP (celui d’un serveur du réseau local).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Do not verify the SMTP server&apos;s certificate.</source>
        <translation>Ne pas vérifier le certificat du serveur SMTP.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>The HTTP method of the request (default POST).</source>
        <translation>La méthode HTTP de la requête (par défaut POST).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>The body&apos;s content type (default application/json).</source>
        <translation>Le type de contenu du corps (par défaut application/json).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>A header &quot;Name: value&quot; sent with every alert (repeat).</source>
        <translation>Un en-tête «&#xa0;Nom: valeur&#xa0;» envoyé avec chaque alerte (à répéter).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Secret headers</source>
        <translation>En-têtes secrets</translation>
    </message>
    <message>
        <source>A header whose value is a secret (Authorization: Bearer …), kept in the system keychain only; on the command line its name, the value read like the URL (repeat).</source>
        <translation>Un en-tête dont la valeur est secrète (Authorization: Bearer …), conservé uniquement dans le trousseau du système&#xa0;; en ligne de commande son nom, la valeur étant lue comme l’URL (à répéter).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Modèle du corps</translation>
    </message>
    <message>
        <source>The body with {placeholders}; empty: a JSON object of every fact.</source>
        <translation>Le corps avec des {variables}&#xa0;; vide&#xa0;: un objet JSON de tous les faits.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Leave empty for a JSON object of every fact. Placeholders: %1</source>
        <translation>Laisser vide pour un objet JSON avec toutes les informations. Espaces réservés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>L’en-tête «&#xa0;%1&#xa0;» n’est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Gotify application token</source>
        <translation>jeton d’application Gotify</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The Gotify server&apos;s address.</source>
        <translation>L’adresse du serveur Gotify.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Jeton d’application</translation>
    </message>
    <message>
        <source>An application&apos;s token from Gotify&apos;s Apps page; kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Le jeton d’une application, sur la page Apps de Gotify&#xa0;; gardé dans le trousseau du système seulement, lu sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>Priority when down</source>
        <translation>Priorité en cas de panne</translation>
    </message>
    <message>
        <source>0 to 10; 8 and above make Android ring (default 8).</source>
        <translation>0 à 10&#xa0;; à partir de 8, Android sonne (8 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Priority when up</source>
        <translation>Priorité au rétablissement</translation>
    </message>
    <message>
        <source>0 to 10 (default 4).</source>
        <translation>0 à 10 (4 par défaut).</translation>
    </message>
    <message>
        <source>Gotify server</source>
        <translation>serveur Gotify</translation>
    </message>
    <message>
        <source>A Gotify priority is 0 to 10 (got %1).</source>
        <translation>Une priorité Gotify va de 0 à 10 (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>A Gotify application token is letters, digits, dots and dashes, as Gotify&apos;s Apps page shows it.</source>
        <translation>Un jeton d’application Gotify est fait de lettres, chiffres, points et tirets, tel que la page Apps de Gotify l’affiche.</translation>
    </message>
    <message>
        <source>Matrix access token</source>
        <translation>jeton d’accès Matrix</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Serveur d’accueil</translation>
    </message>
    <message>
        <source>The homeserver&apos;s client address.</source>
        <translation>L’adresse client du serveur d’accueil.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>A bot account&apos;s access token (Element: Settings → Help &amp; About); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Le jeton d’accès d’un compte robot (Element&#xa0;: Paramètres → Aide &amp; À propos)&#xa0;; gardé dans le trousseau du système seulement, lu sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>The room&apos;s id (!…:server, in the room&apos;s settings → Advanced); the account must have joined it.</source>
        <translation>L’identifiant du salon (!…:serveur, dans les paramètres du salon → Avancé)&#xa0;; le compte doit l’avoir rejoint.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Matrix homeserver</source>
        <translation>serveur d’accueil Matrix</translation>
    </message>
    <message>
        <source>Matrix needs a --room-id.</source>
        <translation>Matrix a besoin d’un --room-id.</translation>
    </message>
    <message>
        <source>A Matrix room id looks like !AbCdEfGh:example.org (a room&apos;s #alias is not its id; got &quot;%1&quot;).</source>
        <translation>Un identifiant de salon Matrix ressemble à !AbCdEfGh:example.org (l’#alias d’un salon n’est pas son identifiant&#xa0;; reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>A Matrix access token is one word of 8 or more printable characters.</source>
        <translation>Un jeton d’accès Matrix est un mot de 8 caractères imprimables ou plus.</translation>
    </message>
    <message>
        <source>ntfy access token</source>
        <translation>jeton d’accès ntfy</translation>
    </message>
    <message>
        <source>The ntfy server (default https://ntfy.sh).</source>
        <translation>Le serveur ntfy (https://ntfy.sh par défaut).</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>The topic the phones subscribe to (letters, digits, - and _; a long random one on ntfy.sh).</source>
        <translation>Le sujet auquel les téléphones s’abonnent (lettres, chiffres, - et _&#xa0;; sur ntfy.sh, un long sujet aléatoire).</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>Optional: for a protected topic (tk_…); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Facultatif&#xa0;: pour un sujet protégé (tk_…)&#xa0;; gardé dans le trousseau du système seulement, lu sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>1 (min) to 5 (max, rings through Do Not Disturb); default 4.</source>
        <translation>1 (min.) à 5 (max., sonne même en mode Ne pas déranger)&#xa0;; 4 par défaut.</translation>
    </message>
    <message>
        <source>1 (min) to 5 (max); default 3.</source>
        <translation>1 (min.) à 5 (max.)&#xa0;; 3 par défaut.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Opened when the notification is tapped (optional).</source>
        <translation>Ouvert quand on touche la notification (facultatif).</translation>
    </message>
    <message>
        <source>ntfy server</source>
        <translation>serveur ntfy</translation>
    </message>
    <message>
        <source>ntfy needs a --topic.</source>
        <translation>ntfy a besoin d’un --topic.</translation>
    </message>
    <message>
        <source>An ntfy topic is 1 to 64 letters, digits, - and _ (got &quot;%1&quot;).</source>
        <translation>Un sujet ntfy compte 1 à 64 lettres, chiffres, - et _ (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>An ntfy priority is 1 to 5 (got %1).</source>
        <translation>Une priorité ntfy va de 1 à 5 (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The link must be an http(s) URL (got &quot;%1&quot;).</source>
        <translation>Le lien doit être une URL http(s) (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>An ntfy access token has no spaces.</source>
        <translation>Un jeton d’accès ntfy ne contient pas d’espace.</translation>
    </message>
    <message>
        <source>Opsgenie API key</source>
        <translation>clé d’API Opsgenie</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>The API key of an API integration (a UUID); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>La clé d’API d’une intégration API (un UUID)&#xa0;; gardée dans le trousseau du système seulement, lue sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Where the Opsgenie account lives: us (default) or eu.</source>
        <translation>Où se trouve le compte Opsgenie&#xa0;: us (par défaut) ou eu.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>P1 (critical) to P5 (informational); default P2.</source>
        <translation>P1 (critique) à P5 (informatif)&#xa0;; P2 par défaut.</translation>
    </message>
    <message>
        <source>P1-P5</source>
        <translation>P1-P5</translation>
    </message>
    <message>
        <source>The Opsgenie region is us or eu (got &quot;%1&quot;).</source>
        <translation>La région Opsgenie est us ou eu (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The priority is P1 to P5 (got &quot;%1&quot;).</source>
        <translation>La priorité va de P1 à P5 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>An Opsgenie API key is a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), as the API integration shows it.</source>
        <translation>Une clé d’API Opsgenie est un UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), tel que l’intégration API l’affiche.</translation>
    </message>
    <message>
        <source>not sent: Opsgenie keeps the alert open and notifies on its own</source>
        <translation>non envoyé&#xa0;: Opsgenie garde l’alerte ouverte et notifie lui-même</translation>
    </message>
    <message>
        <source>not sent: Opsgenie gets downs, recoveries and warnings only</source>
        <translation>non envoyé&#xa0;: Opsgenie ne reçoit que les pannes, les rétablissements et les avertissements</translation>
    </message>
    <message>
        <source>PagerDuty integration key</source>
        <translation>clé d’intégration PagerDuty</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Clé d’intégration</translation>
    </message>
    <message>
        <source>The Events API v2 integration key of a service (32 characters); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>La clé d’intégration Events API v2 d’un service (32 caractères)&#xa0;; gardée dans le trousseau du système seulement, lue sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>Severity when down</source>
        <translation>Gravité en cas de panne</translation>
    </message>
    <message>
        <source>What a down is in PagerDuty: critical (default), error, warning or info.</source>
        <translation>Ce qu’est une panne dans PagerDuty&#xa0;: critical (par défaut), error, warning ou info.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>The severity is critical, error, warning or info (got &quot;%1&quot;).</source>
        <translation>La gravité est critical, error, warning ou info (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>A PagerDuty integration key is 32 letters and digits (the service&apos;s Integrations tab, Events API v2).</source>
        <translation>Une clé d’intégration PagerDuty compte 32 lettres et chiffres (onglet Integrations du service, Events API v2).</translation>
    </message>
    <message>
        <source>not sent: PagerDuty keeps the incident open and escalates it itself</source>
        <translation>non envoyé&#xa0;: PagerDuty garde l’incident ouvert et l’escalade lui-même</translation>
    </message>
    <message>
        <source>not sent: PagerDuty gets downs, recoveries and warnings only</source>
        <translation>non envoyé&#xa0;: PagerDuty ne reçoit que les pannes, les rétablissements et les avertissements</translation>
    </message>
    <message>
        <source>Pushover application token and user key</source>
        <translation>jeton d’application et clé d’utilisateur Pushover</translation>
    </message>
    <message>
        <source>The API token of an application registered at pushover.net (30 letters and digits); kept in the system keychain only.</source>
        <translation>Le jeton d’API d’une application enregistrée sur pushover.net (30 lettres et chiffres)&#xa0;; gardé dans le trousseau du système seulement.</translation>
    </message>
    <message>
        <source>User or group key</source>
        <translation>Clé d’utilisateur ou de groupe</translation>
    </message>
    <message>
        <source>Who gets the messages (30 letters and digits); read from standard input after the token.</source>
        <translation>Qui reçoit les messages (30 lettres et chiffres)&#xa0;; lue sur l’entrée standard après le jeton.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>One of Pushover&apos;s sounds (siren, pushover, none, …); empty: the user&apos;s default.</source>
        <translation>Un des sons de Pushover (siren, pushover, none, …)&#xa0;; vide&#xa0;: celui de l’utilisateur.</translation>
    </message>
    <message>
        <source>A link shown with the message (optional).</source>
        <translation>Un lien affiché avec le message (facultatif).</translation>
    </message>
    <message>
        <source>-2 (silent) to 2 (emergency: repeats until acknowledged); default 1 (high).</source>
        <translation>-2 (silencieux) à 2 (urgence&#xa0;: se répète jusqu’à l’acquittement)&#xa0;; 1 (haute) par défaut.</translation>
    </message>
    <message>
        <source>-2 to 2; default 0 (normal).</source>
        <translation>-2 à 2&#xa0;; 0 (normale) par défaut.</translation>
    </message>
    <message>
        <source>Repeat every (s)</source>
        <translation>Répéter toutes les (s)</translation>
    </message>
    <message>
        <source>Emergency priority: seconds between repeats, at least 30 (default 300).</source>
        <translation>Priorité d’urgence&#xa0;: secondes entre les répétitions, au moins 30 (300 par défaut).</translation>
    </message>
    <message>
        <source>Repeat for (s)</source>
        <translation>Répéter pendant (s)</translation>
    </message>
    <message>
        <source>Emergency priority: seconds it keeps repeating, at most 10800 (default 3600).</source>
        <translation>Priorité d’urgence&#xa0;: secondes pendant lesquelles elle se répète, au plus 10800 (3600 par défaut).</translation>
    </message>
    <message>
        <source>A Pushover priority is -2 to 2 (got %1).</source>
        <translation>Une priorité Pushover va de -2 à 2 (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Pushover repeats at most every 30 s (got %1).</source>
        <translation>Pushover répète au plus toutes les 30&#xa0;s (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Pushover repeats for 1 to 10800 s (got %1).</source>
        <translation>Pushover répète pendant 1 à 10800&#xa0;s (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>A Pushover sound is a name such as siren (got &quot;%1&quot;).</source>
        <translation>Un son Pushover est un nom comme siren (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>A Pushover application token is 30 letters and digits, as pushover.net shows it.</source>
        <translation>Un jeton d’application Pushover compte 30 lettres et chiffres, tel que pushover.net l’affiche.</translation>
    </message>
    <message>
        <source>A Pushover user or group key is 30 letters and digits, as pushover.net shows it.</source>
        <translation>Une clé d’utilisateur ou de groupe Pushover compte 30 lettres et chiffres, telle que pushover.net l’affiche.</translation>
    </message>
    <message>
        <source>Teams workflow webhook URL</source>
        <translation>URL de webhook du workflow Teams</translation>
    </message>
    <message>
        <source>In Teams: the channel&apos;s … menu → Workflows → &quot;Post to a channel when a webhook request is received&quot;; copy its URL. Kept in the system keychain only; read from standard input on the command line.</source>
        <translation>Dans Teams&#xa0;: menu … du canal → Workflows → «&#xa0;Publier dans un canal à la réception d’une requête webhook&#xa0;»&#xa0;; copiez son URL. Gardée dans le trousseau du système seulement&#xa0;; lue sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>The Teams workflow webhook URL is empty.</source>
        <translation>L’URL de webhook du workflow Teams est vide.</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>jeton de robot Telegram</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du robot</translation>
    </message>
    <message>
        <source>From @BotFather (123456:ABC-…); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>De @BotFather (123456:ABC-…)&#xa0;; gardé dans le trousseau du système seulement, lu sur l’entrée standard en ligne de commande.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>The chat&apos;s id (-100… for a group) or a channel&apos;s @name; the bot must be a member.</source>
        <translation>L’identifiant de la discussion (-100… pour un groupe) ou le @nom d’un canal&#xa0;; le robot doit en être membre.</translation>
    </message>
    <message>
        <source>A topic of a forum group, by its id (optional).</source>
        <translation>Un sujet d’un groupe forum, par son identifiant (facultatif).</translation>
    </message>
    <message>
        <source>Telegram needs a --chat-id.</source>
        <translation>Telegram a besoin d’un --chat-id.</translation>
    </message>
    <message>
        <source>A Telegram chat is a number (-100… for a group) or a channel&apos;s @name (got &quot;%1&quot;).</source>
        <translation>Une discussion Telegram est un nombre (-100… pour un groupe) ou le @nom d’un canal (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>A topic is a positive number (got &quot;%1&quot;).</source>
        <translation>Un sujet est un nombre positif (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The Telegram bot token is empty.</source>
        <translation>Le jeton du robot Telegram est vide.</translation>
    </message>
    <message>
        <source>A Telegram bot token looks like 123456789:AAE… (the bot&apos;s id, a colon and its key), as @BotFather gives it.</source>
        <translation>Un jeton de robot Telegram ressemble à 123456789:AAE… (l’identifiant du robot, deux-points et sa clé), tel que @BotFather le donne.</translation>
    </message>
    <message>
        <source>--api-url must be an http(s) URL with a host, such as https://relay.example.lan:8443 (got &quot;%1&quot;).</source>
        <translation>--api-url doit être une URL http(s) avec un hôte, comme https://relay.example.lan:8443 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--api-url replaces only the scheme, host and port: leave out the path &quot;%1&quot; (the service&apos;s own path is added).</source>
        <translation>--api-url ne remplace que le schéma, l’hôte et le port&#xa0;: retirez le chemin «&#xa0;%1&#xa0;» (le chemin propre au service est ajouté).</translation>
    </message>
    <message>
        <source>--api-url takes no user, query or fragment: only scheme, host and port.</source>
        <translation>--api-url ne prend ni utilisateur, ni requête, ni fragment&#xa0;: seulement schéma, hôte et port.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Another scheme, host and port for the service (a relay or a test server); its own path is added. Empty: %1.</source>
        <translation>Un autre schéma, hôte et port pour le service (un relais ou un serveur de test)&#xa0;; son propre chemin est ajouté. Vide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>Il manque le %1.</translation>
    </message>
    <message>
        <source>The %1 must be an http(s) URL with a host (got &quot;%2&quot;).</source>
        <translation>Le %1 doit être une URL http(s) avec un hôte (reçu&#xa0;: «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The program to run for each alert (an absolute path; no shell: the alert&apos;s facts are in UPTRACK_* environment variables).</source>
        <translation>Le programme lancé pour chaque alerte (un chemin absolu&#xa0;; sans shell&#xa0;: les faits de l’alerte sont dans des variables d’environnement UPTRACK_*).</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>An argument for the program, as it is (repeat).</source>
        <translation>Un argument pour le programme, tel quel (à répéter).</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Durée limite</translation>
    </message>
    <message>
        <source>How long a run may take before it is stopped and counted as failed (default 30s, at most 10m).</source>
        <translation>Combien de temps une exécution peut durer avant d’être arrêtée et comptée comme échouée (30s par défaut, au plus 10m).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is not a duration: %2</source>
        <translation>La durée limite «&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: %2</translation>
    </message>
    <message>
        <source>A command channel needs --command PATH.</source>
        <translation>Un canal commande a besoin de --command CHEMIN.</translation>
    </message>
    <message>
        <source>The program must be an absolute path (got &quot;%1&quot;): it runs without a shell or a search path.</source>
        <translation>Le programme doit être un chemin absolu (reçu&#xa0;: «&#xa0;%1&#xa0;»)&#xa0;: il est lancé sans shell ni chemin de recherche.</translation>
    </message>
    <message>
        <source>There is no %1.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not an executable file (chmod +x?).</source>
        <translation>%1 n’est pas un fichier exécutable (chmod +x&#xa0;?).</translation>
    </message>
    <message>
        <source>The time limit is 1s to 10m (got %1).</source>
        <translation>La durée limite va de 1s à 10m (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible de lancer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>Desktop popup</source>
        <translation>Notification de bureau</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>Aucune (texte en clair)</translation>
    </message>
    <message>
        <source>admin@example.com, boss@example.com</source>
        <translation>admin@example.com, patronne@example.com</translation>
    </message>
    <message>
        <source>optional: a CA certificate file for a LAN server</source>
        <translation>facultatif&#xa0;: un fichier de certificat d’autorité pour un serveur du réseau local</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Gotify</source>
        <translation>Gotify</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Opsgenie</source>
        <translation>Opsgenie</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Pushover</source>
        <translation>Pushover</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Local command</source>
        <translation>Commande locale</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>DNS: host not found</source>
        <translation>DNS&#xa0;: hôte introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>a redirect from HTTPS to HTTP (not followed)</source>
        <translation>une redirection de HTTPS vers HTTP (non suivie)</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>redirigé vers %1</translation>
    </message>
    <message>
        <source>redirects to %1 (not followed)</source>
        <translation>redirige vers %1 (non suivi)</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>pas de réponse en %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>status %1 (expected %2)</source>
        <translation>code %1 (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is in the page</source>
        <translation>le mot-clé «&#xa0;%1&#xa0;» est dans la page</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is missing</source>
        <translation>le mot-clé «&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>too slow: %1 (limit %2)</source>
        <translation>trop lent&#xa0;: %1 (limite %2)</translation>
    </message>
    <message>
        <source>connected in %1</source>
        <translation>connecté en %1</translation>
    </message>
    <message>
        <source>no connection within %1</source>
        <translation>pas de connexion en %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The method of a check is GET or HEAD (got %1).</source>
        <translation>La méthode d’un test est GET ou HEAD (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of status codes like 200-299,301.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une liste de codes d’état comme 200-299,301.</translation>
    </message>
    <message>
        <source>A HEAD request has no body to find a keyword in; use GET.</source>
        <translation>Une requête HEAD n’a pas de contenu où chercher un mot-clé&#xa0;; utilisez GET.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>L’en-tête «&#xa0;%1&#xa0;» n’est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme HÔTE:PORT.</translation>
    </message>
    <message>
        <source>A check runs at most every 10 seconds.</source>
        <translation>Un test s’exécute au plus toutes les 10 secondes.</translation>
    </message>
    <message>
        <source>The timeout must be at least 1 second and shorter than the interval.</source>
        <translation>Le délai d’attente doit être d’au moins 1 seconde et plus court que l’intervalle.</translation>
    </message>
    <message>
        <source>The response-time limit must not be negative.</source>
        <translation>La limite de temps de réponse ne doit pas être négative.</translation>
    </message>
    <message>
        <source>Certificate warnings come 0 to 365 days ahead.</source>
        <translation>Les avertissements de certificat arrivent de 0 à 365 jours à l’avance.</translation>
    </message>
    <message>
        <source>no keychain for the secret header values</source>
        <translation>pas de trousseau pour les valeurs d’en-têtes secrètes</translation>
    </message>
    <message>
        <source>the secret header values could not be read: %1</source>
        <translation>les valeurs d’en-têtes secrètes n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête.</translation>
    </message>
    <message>
        <source>The secret header values are not in the keychain.</source>
        <translation>Les valeurs d’en-têtes secrètes ne sont pas dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 record</source>
        <translation>aucun enregistrement %1</translation>
    </message>
    <message>
        <source>no answer from the name server within %1</source>
        <translation>aucune réponse du serveur de noms en %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation>aucune réponse de %1 en %2</translation>
    </message>
    <message>
        <source>DNS: %1 does not exist (NXDOMAIN)</source>
        <translation>DNS : %1 n’existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>DNS: the name server failed to answer (SERVFAIL)</source>
        <translation>DNS : le serveur de noms n’a pas pu répondre (SERVFAIL)</translation>
    </message>
    <message>
        <source>DNS: the name server refused the query (REFUSED)</source>
        <translation>DNS : le serveur de noms a refusé la requête (REFUSED)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS : %1</translation>
    </message>
    <message>
        <source>DNS: %1 has no %2 record</source>
        <translation>DNS : %1 n’a pas d’enregistrement %2</translation>
    </message>
    <message>
        <source>no %1 record equals &quot;%2&quot; (got %3)</source>
        <translation>aucun enregistrement %1 ne vaut « %2 » (reçu : %3)</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte injoignable</translation>
    </message>
    <message>
        <source>the system refused to send (a firewall?)</source>
        <translation>le système a refusé l’envoi (un pare-feu ?)</translation>
    </message>
    <message>
        <source>this system does not allow ICMP echo (ping) sockets for the group Uptrack runs as%1; allow them with: sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot; (and the same line in /etc/sysctl.d/ to keep it)</source>
        <translation>ce système n’autorise pas les sockets ICMP echo (ping) pour le groupe d’Uptrack%1 ; autorisez-les avec : sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot; (et la même ligne dans /etc/sysctl.d/ pour la garder)</translation>
    </message>
    <message>
        <source> (net.ipv4.ping_group_range is &quot;%1&quot;)</source>
        <translation> (net.ipv4.ping_group_range vaut « %1 »)</translation>
    </message>
    <message>
        <source>this system has no IPv6 ICMP echo sockets</source>
        <translation>ce système n’a pas de sockets ICMP echo IPv6</translation>
    </message>
    <message>
        <source>this system has no ICMP echo sockets</source>
        <translation>ce système n’a pas de sockets ICMP echo</translation>
    </message>
    <message>
        <source>cannot open an ICMP socket: %1</source>
        <translation>impossible d’ouvrir un socket ICMP : %1</translation>
    </message>
    <message>
        <source>%1 of %2 replies</source>
        <translation>%1 réponses sur %2</translation>
    </message>
    <message>
        <source>%1 average, %2 slowest</source>
        <translation>%1 en moyenne, %2 au plus lent</translation>
    </message>
    <message numerus="yes">
        <source>no reply to %n echo requests within %1</source>
        <translation>
            <numerusform>aucune réponse à %n requête echo en %1</numerusform>
            <numerusform>aucune réponse aux %n requêtes echo en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 echo requests lost (%3 % loss; %4 % allowed)</source>
        <translation>%1 requêtes echo sur %2 perdues (%3 % de perte ; %4 % autorisés)</translation>
    </message>
    <message>
        <source>too slow: %1 average round trip (limit %2)</source>
        <translation>trop lent : %1 d’aller-retour en moyenne (limite %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>« %1 » n’est ni un nom d’hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>A run sends 1 to %1 echo requests.</source>
        <translation>Une exécution envoie de 1 à %1 requêtes echo.</translation>
    </message>
    <message>
        <source>%1 echo requests go out half a second apart: the timeout must be at least %2 seconds.</source>
        <translation>Les %1 requêtes echo partent à une demi-seconde d’intervalle : le délai doit être d’au moins %2 secondes.</translation>
    </message>
    <message>
        <source>The packet loss allowed is 0 to 99 percent (all lost is always down).</source>
        <translation>La perte de paquets autorisée va de 0 à 99 pour cent (tout perdre est toujours une panne).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name.</source>
        <translation>« %1 » n’est pas un nom DNS.</translation>
    </message>
    <message>
        <source>The record type is one of %1 (got %2).</source>
        <translation>Le type d’enregistrement est l’un de %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>The name server is an IP address (port 53), not &quot;%1&quot;.</source>
        <translation>Le serveur de noms est une adresse IP (port 53), pas « %1 ».</translation>
    </message>
    <message>
        <source>An A record is an IPv4 address, not &quot;%1&quot;.</source>
        <translation>Un enregistrement A est une adresse IPv4, pas « %1 ».</translation>
    </message>
    <message>
        <source>An AAAA record is an IPv6 address, not &quot;%1&quot;.</source>
        <translation>Un enregistrement AAAA est une adresse IPv6, pas « %1 ».</translation>
    </message>
    <message>
        <source>A check goes down after 1 to %1 failures in a row.</source>
        <translation>Une vérification tombe en panne après 1 à %1 échecs d’affilée.</translation>
    </message>
</context>
<context>
    <name>CommandHandler</name>
    <message>
        <source>No channel is named &quot;%1&quot;.</source>
        <translation>Aucun canal ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Alerts are not running here.</source>
        <translation>Les alertes ne tournent pas ici.</translation>
    </message>
    <message>
        <source>The test ping could not be stored.</source>
        <translation>Le ping de test n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>This Uptrack runs without a window (--headless).</source>
        <translation>Cet Uptrack tourne sans fenêtre (--headless).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown channel kind &quot;%1&quot; (%2).</source>
        <translation>Type de canal inconnu «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>A %1 channel needs its %2.</source>
        <translation>Un canal %1 a besoin de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot; (give an id, a slug or a token).</source>
        <translation>Aucune sonde ne s’appelle «&#xa0;%1&#xa0;» (donnez un identifiant, un slug ou un jeton).</translation>
    </message>
    <message>
        <source>Its secret could not be removed from the keychain: %1</source>
        <translation>Son secret n’a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>A channel sends down alerts, recovery notices, or both.</source>
        <translation>Un canal envoie les alertes de panne, les rétablissements, ou les deux.</translation>
    </message>
    <message>
        <source>Reminders: at least 1 min, or 0 for none.</source>
        <translation>Rappels : au moins 1 min, ou 0 pour aucun.</translation>
    </message>
    <message>
        <source>Unknown monitor kind &quot;%1&quot; (heartbeat, http, tcp, icmp, dns).</source>
        <translation>Type de sonde inconnu « %1 » (heartbeat, http, tcp, icmp, dns).</translation>
    </message>
    <message>
        <source>Give a monitor or a tag, not both.</source>
        <translation>Donnez une sonde ou une étiquette, pas les deux.</translation>
    </message>
    <message>
        <source>No monitor &quot;%1&quot; (give an id, slug or token).</source>
        <translation>Aucune sonde «&#xa0;%1&#xa0;» (donnez un identifiant, un slug ou un jeton).</translation>
    </message>
    <message>
        <source>Nothing is muted for %1.</source>
        <translation>Rien n’est en sourdine pour %1.</translation>
    </message>
    <message>
        <source>%1 has no open incident: there is nothing to acknowledge.</source>
        <translation>%1 n’a pas d’incident ouvert&#xa0;: il n’y a rien à prendre en charge.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>&quot;%1&quot; is not ADDR:PORT</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme ADRESSE:PORT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (0-65535)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un port (0–65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (use e.g. 0.0.0.0, 127.0.0.1 or [::1])</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP (par exemple 0.0.0.0, 127.0.0.1 ou [::1])</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>The control socket %1 belongs to another user; refusing to use it.</source>
        <translation>Le socket de contrôle %1 appartient à un autre utilisateur&#xa0;; il ne sera pas utilisé.</translation>
    </message>
    <message>
        <source>The running Uptrack instance did not answer.</source>
        <translation>L’instance d’Uptrack en cours n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>ControlServer</name>
    <message>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Impossible d’ouvrir le socket de contrôle %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cron</name>
    <message>
        <source>field %1 (%2)</source>
        <translation>champ %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is out of range %3-%4</source>
        <translation>%1&#xa0;: %2 est hors de l’intervalle %3–%4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a month name (jan-dec)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni un nombre ni un nom de mois (jan–dec)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a day name (sun-sat)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est ni un nombre ni un nom de jour (sun–sat)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than one step</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a plus d’un pas</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a range like 1-5</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une plage comme 1-5</translation>
    </message>
    <message>
        <source>%1: the range %2 goes backwards</source>
        <translation>%1&#xa0;: la plage %2 est à l’envers</translation>
    </message>
    <message>
        <source>%1: an empty item in &quot;%2&quot;</source>
        <translation>%1&#xa0;: un élément vide dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>@reboot runs once at boot, not on a schedule Uptrack could expect; use a period instead</source>
        <translation>@reboot s’exécute une fois au démarrage, pas selon un planning qu’Uptrack pourrait attendre&#xa0;; utilisez plutôt une période</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly</source>
        <translation>«&#xa0;%1&#xa0;» n’est aucun de @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>5 champs attendus (minute heure jour-du-mois mois jour-de-la-semaine), reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: in &quot;%2&quot;, the week number must be 1-5</source>
        <translation>%1&#xa0;: dans «&#xa0;%2&#xa0;», le numéro de semaine doit être compris entre 1 et 5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can never fire: no chosen month has the chosen day of month</source>
        <translation>«&#xa0;%1&#xa0;» ne se déclenche jamais&#xa0;: aucun des mois choisis n’a le jour choisi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin or America/New_York)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu (utilisez un nom IANA comme Europe/Paris ou America/New_York)</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>This expression never fires.</source>
        <translation>Cette expression ne se déclenche jamais.</translation>
    </message>
    <message>
        <source>%1: step &quot;%2&quot; must be a whole number from 1</source>
        <translation>%1 : le pas « %2 » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>%1: in &quot;%2&quot;, L must follow a day number 0-7 (5L: the last Friday of the month)</source>
        <translation>%1 : dans « %2 », L doit suivre un numéro de jour 0-7 (5L : le dernier vendredi du mois)</translation>
    </message>
</context>
<context>
    <name>Crontab</name>
    <message>
        <source>%1 names no known time zone; the jobs after it are read in %2</source>
        <translation>%1 ne nomme aucun fuseau horaire connu ; les jobs suivants sont lus en %2</translation>
    </message>
    <message>
        <source>not a crontab line: it needs %1 fields and a command</source>
        <translation>pas une ligne de crontab : il faut %1 champs et une commande</translation>
    </message>
    <message>
        <source>@reboot runs once at boot, not on a schedule Uptrack could expect</source>
        <translation>@reboot s’exécute une fois au démarrage, pas selon un calendrier qu’Uptrack pourrait attendre</translation>
    </message>
    <message>
        <source>already reports to Uptrack</source>
        <translation>rend déjà compte à Uptrack</translation>
    </message>
    <message>
        <source>the schedule does not parse: %1</source>
        <translation>le calendrier est invalide : %1</translation>
    </message>
    <message>
        <source>the schedule never runs</source>
        <translation>le calendrier ne s’exécute jamais</translation>
    </message>
    <message>
        <source>more than %1 jobs in one crontab: import the rest on its own</source>
        <translation>plus de %1 jobs dans une crontab : importez le reste à part</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist yet.</source>
        <translation>La base de données %1 n’existe pas encore.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable. Choose another place with --db PATH or fix the folder&apos;s permissions.</source>
        <translation>Impossible de créer la base de données %1&#xa0;: le dossier %2 n’est pas accessible en écriture. Choisissez un autre emplacement avec --db CHEMIN ou corrigez les droits du dossier.</translation>
    </message>
    <message>
        <source>The database %1 is not writable. Fix its permissions (it must belong to you) or choose another file with --db PATH.</source>
        <translation>La base de données %1 n’est pas accessible en écriture. Corrigez ses droits (elle doit vous appartenir) ou choisissez un autre fichier avec --db CHEMIN.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Uptrack (schema %2; this one knows up to %3). Upgrade Uptrack; the file was left untouched.</source>
        <translation>La base de données %1 a été écrite par un Uptrack plus récent (schéma %2&#xa0;; celui-ci connaît jusqu’à %3). Mettez Uptrack à jour&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema; start Uptrack once to upgrade it.</source>
        <translation>La base de données %1 a un schéma plus ancien&#xa0;; lancez Uptrack une fois pour la mettre à jour.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Uptrack database (SQLite: %2). It was left untouched: move it aside and start again, or restore a backup.</source>
        <translation>Le fichier %1 est endommagé ou n’est pas une base de données Uptrack (SQLite&#xa0;: %2). Il n’a pas été modifié&#xa0;: mettez-le de côté et relancez, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (SQLite: %2). Free some space; Uptrack resumes by itself.</source>
        <translation>Le disque contenant %1 est plein (SQLite&#xa0;: %2). Libérez de l’espace&#xa0;; Uptrack reprend de lui-même.</translation>
    </message>
    <message>
        <source>Cannot write the database %1 (SQLite: %2). Check the permissions of the file and its folder, or choose another file with --db PATH.</source>
        <translation>Impossible d’écrire la base de données %1 (SQLite&#xa0;: %2). Vérifiez les droits du fichier et de son dossier, ou choisissez un autre fichier avec --db CHEMIN.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (SQLite: %2). Close it and try again.</source>
        <translation>La base de données %1 est verrouillée par un autre programme (SQLite&#xa0;: %2). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (SQLite: %2). Check the disk.</source>
        <translation>La lecture ou l’écriture de %1 a échoué (SQLite&#xa0;: %2). Vérifiez le disque.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>empty duration</source>
        <translation>durée vide</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (examples: 90s, 5m, 1h30m, 1d)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée (exemples&#xa0;: 90s, 5m, 1h30m, 1d)</translation>
    </message>
</context>
<context>
    <name>Human</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day %1 h</source>
        <translation>
            <numerusform>%n jour %1 h</numerusform>
            <numerusform>%n jours %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation>
            <numerusform>%n jour %1 h</numerusform>
            <numerusform>%n jours %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd’hui %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message numerus="yes">
        <source>every %n day</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour</source>
        <translation>
            <numerusform>chaque heure</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>chaque heure</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute</source>
        <translation>
            <numerusform>chaque minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>chaque minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second</source>
        <translation>
            <numerusform>chaque seconde</numerusform>
            <numerusform>toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>chaque seconde</numerusform>
            <numerusform>toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>toutes les %1</translation>
    </message>
    <message>
        <source>%1, grace %2</source>
        <translation>%1, tolérance %2</translation>
    </message>
    <message>
        <source>success (exit %1)</source>
        <translation>succès (sortie %1)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>failure (exit %1)</source>
        <translation>échec (sortie %1)</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>log message</source>
        <translation>message de journal</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>TCP %1, %2</source>
        <translation>TCP %1, %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>le dimanche</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>le lundi</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>le mardi</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>le mercredi</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>le jeudi</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>le vendredi</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>le samedi</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>tous les jours à %1</translation>
    </message>
    <message>
        <source>weekdays at %1</source>
        <translation>en semaine à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>monthly on day %1 at %2</source>
        <translation>chaque mois le %1 à %2</translation>
    </message>
    <message>
        <source>hourly at :%1</source>
        <translation>toutes les heures à :%1</translation>
    </message>
    <message>
        <source>%1 at :%2</source>
        <translation>%1 à :%2</translation>
    </message>
    <message>
        <source>%1%2, grace %3</source>
        <translation>%1%2, tolérance %3</translation>
    </message>
    <message>
        <source>ping %1, %2</source>
        <translation>ping %1, %2</translation>
    </message>
    <message>
        <source>DNS %1 %2, %3</source>
        <translation>DNS %1 %2, %3</translation>
    </message>
    <message>
        <source>DNS %1 %2 at %3, %4</source>
        <translation>DNS %1 %2 auprès de %3, %4</translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>While this computer slept or Uptrack was stopped (%1–%2)</source>
        <translation>Pendant que cet ordinateur dormait ou qu’Uptrack était arrêté (%1–%2)</translation>
    </message>
    <message>
        <source>Before Uptrack started (%1)</source>
        <translation>Avant le démarrage d’Uptrack (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n deadline(s) passed unwatched: %2. Pings sent meanwhile may still arrive (uptrack-run keeps them); the rest go down in a few minutes. To watch through the night, run Uptrack on an always-on machine (uptrack --headless).</source>
        <translation>
            <numerusform>%1, une échéance est passée sans surveillance&#xa0;: %2. Les pings envoyés entre-temps peuvent encore arriver (uptrack-run les garde)&#xa0;; les autres passeront en panne dans quelques minutes. Pour surveiller toute la nuit, faites tourner Uptrack sur une machine toujours allumée (uptrack --headless).</numerusform>
            <numerusform>%1, %n échéances sont passées sans surveillance&#xa0;: %2. Les pings envoyés entre-temps peuvent encore arriver (uptrack-run les garde)&#xa0;; les autres passeront en panne dans quelques minutes. Pour surveiller toute la nuit, faites tourner Uptrack sur une machine toujours allumée (uptrack --headless).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>cannot keep this computer awake: out of file descriptors</source>
        <translation>impossible de garder cet ordinateur éveillé&#xa0;: plus de descripteurs de fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et un autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is due; its ping must be heard</source>
        <translation>%1 est attendu&#xa0;; son ping doit être entendu</translation>
    </message>
    <message>
        <source>Keeping this computer awake until %1 for %2</source>
        <translation>Cet ordinateur reste éveillé jusqu’à %1 pour %2</translation>
    </message>
    <message>
        <source> (due: %1)</source>
        <translation> (attendu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>cannot keep this computer awake: logind is not available</source>
        <translation>impossible de garder cet ordinateur éveillé&#xa0;: logind n’est pas disponible</translation>
    </message>
    <message>
        <source>cannot keep this computer awake: logind refused</source>
        <translation>impossible de garder cet ordinateur éveillé&#xa0;: logind a refusé</translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Every minute</source>
        <translation>Chaque minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Chaque heure</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <source>Hourly, on the hour</source>
        <translation>Chaque heure, à l’heure pile</translation>
    </message>
    <message>
        <source>Daily at 02:00</source>
        <translation>Chaque jour à 02:00</translation>
    </message>
    <message>
        <source>Weekdays at 09:00</source>
        <translation>En semaine à 09:00</translation>
    </message>
    <message>
        <source>Sundays at 03:30</source>
        <translation>Le dimanche à 03:30</translation>
    </message>
    <message>
        <source>First of the month at 04:00</source>
        <translation>Le premier du mois à 04:00</translation>
    </message>
</context>
<context>
    <name>MonitorRules</name>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The period must be at least 1s (got %1).</source>
        <translation>La période doit être d’au moins 1s (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Run times must not be negative.</source>
        <translation>Les durées d’exécution ne doivent pas être négatives.</translation>
    </message>
    <message>
        <source>The grace period must not be negative.</source>
        <translation>La tolérance ne doit pas être négative.</translation>
    </message>
    <message>
        <source>Tags are single words; &quot;%1&quot; is not.</source>
        <translation>Les étiquettes sont des mots simples&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>A monitor needs a name.</source>
        <translation>Une sonde a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; may only use lower-case letters a-z, digits 0-9, &apos;-&apos; and &apos;_&apos; (at most %2 characters).</source>
        <translation>Le slug «&#xa0;%1&#xa0;» ne peut contenir que des minuscules a–z, des chiffres 0–9, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» (au plus %2 caractères).</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by another monitor.</source>
        <translation>Le slug «&#xa0;%1&#xa0;» est déjà utilisé par une autre sonde.</translation>
    </message>
    <message>
        <source>Give the monitor a name.</source>
        <translation>Donnez un nom à la sonde.</translation>
    </message>
    <message>
        <source>A slug is needed for the readable ping URL.</source>
        <translation>Un slug est nécessaire pour l’URL de ping lisible.</translation>
    </message>
    <message>
        <source>Methods is &quot;POST&quot; (only POST pings count) or empty (any method).</source>
        <translation>Les méthodes sont « POST » (seuls les pings POST comptent) ou vides (toute méthode).</translation>
    </message>
    <message>
        <source>An escalation delay is 0 to 7 days (%1: %2).</source>
        <translation>Un délai d’escalade va de 0 à 7 jours (%1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>A delay is for a channel the monitor uses (%1).</source>
        <translation>Un délai vaut pour un canal qu’utilise la sonde (%1).</translation>
    </message>
    <message>
        <source>A monitor goes down after 1 to %1 misses or failures in a row (got %2).</source>
        <translation>Une sonde tombe en panne après 1 à %1 absences ou échecs d’affilée (reçu %2).</translation>
    </message>
</context>
<context>
    <name>OwnApi</name>
    <message>
        <source>%1 is a string.</source>
        <translation>%1 est une chaîne.</translation>
    </message>
    <message>
        <source>%1 is a number of seconds.</source>
        <translation>%1 est un nombre de secondes.</translation>
    </message>
    <message>
        <source>%1 is an array of strings.</source>
        <translation>%1 est un tableau de chaînes.</translation>
    </message>
    <message>
        <source>schedule is a cron expression, or null for a period.</source>
        <translation>schedule est une expression cron, ou null pour une période.</translation>
    </message>
    <message>
        <source>resume_on_ping is true or false.</source>
        <translation>resume_on_ping vaut true ou false.</translation>
    </message>
    <message>
        <source>kind is heartbeat, http, tcp, icmp or dns.</source>
        <translation>kind vaut heartbeat, http, tcp, icmp ou dns.</translation>
    </message>
    <message>
        <source>check is an object (the check&apos;s settings).</source>
        <translation>check est un objet (les réglages du contrôle).</translation>
    </message>
    <message>
        <source>on is an array of &quot;down&quot; and &quot;up&quot; (the events the channel alerts on).</source>
        <translation>on est un tableau de &quot;down&quot; et &quot;up&quot; (les événements pour lesquels le canal alerte).</translation>
    </message>
    <message>
        <source>reminder is a number of seconds (0 or null: no reminders).</source>
        <translation>reminder est un nombre de secondes (0 ou null&#xa0;: pas de rappels).</translation>
    </message>
    <message>
        <source>default is true or false.</source>
        <translation>default vaut true ou false.</translation>
    </message>
    <message>
        <source>name is the channel&apos;s name, a string.</source>
        <translation>name est le nom du canal, une chaîne.</translation>
    </message>
    <message>
        <source>kind is one of %1.</source>
        <translation>kind est l’un de %1.</translation>
    </message>
    <message>
        <source>apply_to_existing is true or false.</source>
        <translation>apply_to_existing vaut true ou false.</translation>
    </message>
    <message>
        <source>fields is an object: the kind&apos;s settings by name.</source>
        <translation>fields est un objet&#xa0;: les réglages du type, par nom.</translation>
    </message>
    <message>
        <source>%1 is true or false.</source>
        <translation>%1 vaut true ou false.</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 est un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is an array of &quot;Name: value&quot; strings, or an object.</source>
        <translation>%1 est un tableau de chaînes &quot;Nom: valeur&quot;, ou un objet.</translation>
    </message>
    <message>
        <source>A %1 channel has no field &quot;%2&quot; (it has: %3).</source>
        <translation>Un canal %1 n’a pas de champ &quot;%2&quot; (il a&#xa0;: %3).</translation>
    </message>
    <message>
        <source>A channel&apos;s kind, settings and secret stay as they were made: add a new channel (and remove this one) to change them.</source>
        <translation>Le type, les réglages et le secret d’un canal restent tels qu’ils ont été créés&#xa0;: ajoutez un nouveau canal (et supprimez celui-ci) pour les changer.</translation>
    </message>
    <message>
        <source>down_after is a whole number from 1.</source>
        <translation>down_after est un nombre entier à partir de 1.</translation>
    </message>
</context>
<context>
    <name>PingIgnored</name>
    <message>
        <source>the monitor is paused and pings do not resume it</source>
        <translation>la sonde est en pause et les pings ne la reprennent pas</translation>
    </message>
    <message>
        <source>no keyword matched the body</source>
        <translation>aucun mot-clé ne correspond au contenu</translation>
    </message>
    <message>
        <source>the monitor takes POST pings only</source>
        <translation>la sonde n’accepte que les pings POST</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Uptrack cannot start</source>
        <translation>Uptrack ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the new one either way, so nothing is deleted.</source>
        <translation>Le fichier endommagé est conservé à côté du nouveau dans tous les cas&#xa0;: rien n’est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (%1)</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente (%1)</translation>
    </message>
    <message>
        <source>Start with a &amp;new database</source>
        <translation>Commencer avec une &amp;nouvelle base de données</translation>
    </message>
    <message>
        <source>the damaged database was moved to %1</source>
        <translation>la base de données endommagée a été déplacée vers %1</translation>
    </message>
    <message>
        <source>Uptrack cannot connect</source>
        <translation>Uptrack ne peut pas se connecter</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>missed the deadline</source>
        <translation>échéance manquée</translation>
    </message>
    <message>
        <source>started but did not finish (hung)</source>
        <translation>démarrée mais pas terminée (bloquée)</translation>
    </message>
    <message>
        <source>reported failure</source>
        <translation>échec signalé</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>past due, inside the grace period</source>
        <translation>en retard, dans la tolérance</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>Uptrack was not listening</source>
        <translation>Uptrack n’écoutait pas</translation>
    </message>
    <message>
        <source>ping received</source>
        <translation>ping reçu</translation>
    </message>
    <message>
        <source>check passed</source>
        <translation>test réussi</translation>
    </message>
    <message>
        <source>check failed: %1</source>
        <translation>test en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>the deadline passed while Uptrack was not listening; waiting for pings sent meanwhile</source>
        <translation>l’échéance est passée pendant qu’Uptrack n’écoutait pas ; en attente des pings envoyés entre-temps</translation>
    </message>
    <message>
        <source>missed while Uptrack was not listening (the computer asleep or Uptrack stopped)</source>
        <translation>manqué pendant qu’Uptrack n’écoutait pas (ordinateur en veille ou Uptrack arrêté)</translation>
    </message>
    <message>
        <source>in a maintenance window</source>
        <translation>dans une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>a maintenance window ended</source>
        <translation>une fenêtre de maintenance s’est terminée</translation>
    </message>
    <message>
        <source>a monitor it depends on is down</source>
        <translation>une sonde dont elle dépend est en panne</translation>
    </message>
    <message>
        <source>the monitor it depends on is up again; expected afresh</source>
        <translation>la sonde dont elle dépend est rétablie&#xa0;; attendue à nouveau</translation>
    </message>
    <message>
        <source>finished faster than its minimum run time</source>
        <translation>terminé plus vite que sa durée minimale</translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <source>cannot take pings by e-mail at %1 port %2: %3 (choose another with --smtp-listen ADDR:PORT; ports below 1024 need CAP_NET_BIND_SERVICE)</source>
        <translation>impossible de recevoir les pings par e-mail sur %1 port %2&#xa0;: %3 (choisissez-en un autre avec --smtp-listen ADR:PORT&#xa0;; les ports sous 1024 demandent CAP_NET_BIND_SERVICE)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Impossible de copier la sauvegarde %1 vers %2.</translation>
    </message>
    <message>
        <source>There is no backup of it. Move the file aside to start with a new database; the damaged one may still be read with sqlite3&apos;s .recover.</source>
        <translation>Il n’en existe aucune sauvegarde. Mettez le fichier de côté pour commencer avec une nouvelle base&#xa0;; l’ancienne peut encore être lue avec la commande .recover de sqlite3.</translation>
    </message>
    <message>
        <source>The newest backup is %1. To use it: stop Uptrack, move %2 aside and copy the backup in its place. The console offers to do this for you.</source>
        <translation>La sauvegarde la plus récente est %1. Pour l’utiliser&#xa0;: arrêtez Uptrack, mettez %2 de côté et copiez la sauvegarde à sa place. La console propose de le faire pour vous.</translation>
    </message>
</context>
<context>
    <name>RemoteHistory</name>
    <message>
        <source>The history could not be read from the server: %1</source>
        <translation>L’historique n’a pas pu être lu sur le serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The period is empty: the end must come after the start.</source>
        <translation>La période est vide&#xa0;: la fin doit venir après le début.</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot; (give an id, a slug or a token).</source>
        <translation>Aucune sonde ne s’appelle «&#xa0;%1&#xa0;» (donnez un identifiant, un slug ou un jeton).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation>(canal supprimé)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>down alert</source>
        <translation>alerte de panne</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>still retrying</source>
        <translation>nouvelles tentatives en cours</translation>
    </message>
    <message>
        <source>%1 at %2 to %3: %4</source>
        <translation>%1 à %2 vers %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Chronologie de %1</translation>
    </message>
    <message>
        <source>Uptrack incident report</source>
        <translation>Rapport d’incidents Uptrack</translation>
    </message>
    <message>
        <source>Period: %1 (the end not included)</source>
        <translation>Période&#xa0;: %1 (fin non incluse)</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Durée de la panne</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Le plus long</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Median run</source>
        <translation>Exécution médiane</translation>
    </message>
    <message>
        <source>95% run</source>
        <translation>Exécution à 95 %</translation>
    </message>
    <message>
        <source>measured from its creation, %1</source>
        <translation>mesurée depuis sa création, %1</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>Chronologies</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Aucun incident pendant cette période.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Last good ping</source>
        <translation>Dernier ping valide</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>began before the period</source>
        <translation>a commencé avant la période</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>continued after the period</source>
        <translation>s’est poursuivi après la période</translation>
    </message>
    <message>
        <source>plus %1 without data</source>
        <translation>plus %1 sans données</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Uptrack incident report: %1</source>
        <translation>Rapport d’incidents Uptrack&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html, csv or json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez pdf, html, csv ou json.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Uptrack incident report · page %1</source>
        <translation>Rapport d’incidents Uptrack · page %1</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>%1 %2 → %3: %4</source>
        <translation>%1 %2 → %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Impossible d’écrire %1&#xa0;: le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>no channel — nobody was alerted</source>
        <translation>aucun canal — personne n’a été alerté</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>new — no data yet</source>
        <translation>nouveau — pas encore de données</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>Le PDF n’a pas pu être mis en page.</translation>
    </message>
    <message>
        <source>all monitors</source>
        <translation>tous les moniteurs</translation>
    </message>
    <message>
        <source>Uptime is measured while Uptrack was listening; time without data (Uptrack not running or the computer asleep) is shown apart and counts neither as up nor as down; so is time in maintenance windows.</source>
        <translation>La disponibilité est mesurée pendant qu’Uptrack écoutait&#xa0;; le temps sans données (Uptrack arrêté ou ordinateur en veille) est montré à part et ne compte ni comme disponible ni comme en panne&#xa0;; de même pour le temps en fenêtre de maintenance.</translation>
    </message>
    <message>
        <source>Green: up. Red: down. Grey: no data. Purple: maintenance. Light: before the monitor existed or after now.</source>
        <translation>Vert&#xa0;: OK. Rouge&#xa0;: en panne. Gris&#xa0;: pas de données. Violet&#xa0;: maintenance. Clair&#xa0;: avant l’existence de la sonde ou après maintenant.</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Fenêtres de maintenance</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4)</source>
        <translation>%1&#xa0;: de %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>plus %1 in maintenance</source>
        <translation>plus %1 en maintenance</translation>
    </message>
    <message>
        <source>muted, not sent</source>
        <translation>en sourdine, non envoyée</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Pris en charge par %1 le %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>every %1, grace %2</source>
        <translation>toutes les %1, tolérance %2</translation>
    </message>
    <message>
        <source>%1 %2, grace %3</source>
        <translation>%1 %2, tolérance %3</translation>
    </message>
    <message>
        <source>%1, every %2</source>
        <translation>%1, toutes les %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret is not in the keychain (was it removed?). Set it again with &quot;uptrack channel add&quot;.</source>
        <translation>Le secret n’est pas dans le trousseau (a-t-il été supprimé&#xa0;?). Redéfinissez-le avec «&#xa0;uptrack channel add&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau a refusé l’accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the secrets file.</source>
        <translation>Impossible de créer le dossier %1 du fichier de secrets.</translation>
    </message>
    <message>
        <source>The secrets key %1 can be read by others: make it private (chmod 600 %1) and try again.</source>
        <translation>La clé des secrets %1 est lisible par d’autres&#xa0;: rendez-la privée (chmod 600 %1) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the secrets key %1: %2</source>
        <translation>Impossible de lire la clé des secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secrets key %1 is too short (at least 32 bytes).</source>
        <translation>La clé des secrets %1 est trop courte (32 octets au moins).</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be decrypted with the key %2 (was the key replaced or the file changed?). Put the original key back; or remove both files and give each channel its secret again. Nothing was changed.</source>
        <translation>Le fichier de secrets %1 ne peut pas être déchiffré avec la clé %2 (la clé a-t-elle été remplacée ou le fichier modifié ?). Remettez la clé d’origine, ou supprimez les deux fichiers et redonnez son secret à chaque canal. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not encrypt the secrets file (OpenSSL failed).</source>
        <translation>Impossible de chiffrer le fichier de secrets (échec d’OpenSSL).</translation>
    </message>
    <message>
        <source>The secrets file %1 is locked by another Uptrack (%2).</source>
        <translation>Le fichier de secrets %1 est verrouillé par un autre Uptrack (%2).</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Run Uptrack in a desktop session with a Secret Service (GNOME Keyring, KWallet), or start one, e.g. &quot;gnome-keyring-daemon --unlock&quot;; or keep secrets in an encrypted file instead with --secrets file. Nothing was stored.</source>
        <translation>Aucun trousseau disponible (%1). Lancez Uptrack dans une session de bureau avec un Secret Service (GNOME Keyring, KWallet), ou démarrez-en un, par ex. «&#xa0;gnome-keyring-daemon --unlock&#xa0;»&#xa0;; ou gardez les secrets dans un fichier chiffré avec --secrets file. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The secret is not in the secrets file %1 (was it removed?). Set it again with &quot;uptrack channel add&quot;.</source>
        <translation>Le secret n’est pas dans le fichier de secrets %1 (a-t-il été supprimé&#xa0;?). Définissez-le à nouveau avec «&#xa0;uptrack channel add&#xa0;».</translation>
    </message>
    <message>
        <source>Secrets are kept in the desktop keychain.</source>
        <translation>Les secrets sont gardés dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1, encrypted with the key in %2 (or a systemd credential): anyone who can read both as this user can read the secrets.</source>
        <translation>Les secrets sont gardés dans %1, chiffrés avec la clé de %2 (ou un identifiant systemd)&#xa0;: quiconque peut lire les deux en tant que cet utilisateur peut lire les secrets.</translation>
    </message>
</context>
<context>
    <name>SelfPing</name>
    <message>
        <source>The self-ping URL must be an http:// or https:// ping URL, such as https://hc-ping.com/UUID or http://other-box:8470/ping/TOKEN.</source>
        <translation>L’URL d’auto-ping doit être une URL de ping http:// ou https://, comme https://hc-ping.com/UUID ou http://autre-machine:8470/ping/JETON.</translation>
    </message>
    <message>
        <source>The self-ping URL may not carry a password: it would be kept in the settings. Use a ping URL whose token is the credential.</source>
        <translation>L’URL d’auto-ping ne peut pas contenir de mot de passe&#xa0;: il serait gardé dans les réglages. Utilisez une URL de ping dont le jeton sert d’identifiant.</translation>
    </message>
</context>
<context>
    <name>SetupSnippets</name>
    <message>
        <source>Bash: ping when the job succeeded</source>
        <translation>Bash&#xa0;: ping quand la tâche a réussi</translation>
    </message>
    <message>
        <source>Crontab line</source>
        <translation>Ligne de crontab</translation>
    </message>
    <message>
        <source>Crontab line with uptrack-run (start, run time, exit status and output)</source>
        <translation>Ligne de crontab avec uptrack-run (début, durée, code de sortie et sortie)</translation>
    </message>
    <message>
        <source>Bash: report start, run time and exit status</source>
        <translation>Bash&#xa0;: signaler le début, la durée et le code de sortie</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Node.js (18 or later)</source>
        <translation>Node.js (18 ou plus récent)</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source># Uptrack expects this job every %1; cron cannot say that exactly:
# put the job&apos;s own schedule in place of the five fields.
</source>
        <translation># Uptrack attend ce job toutes les %1 ; cron ne sait pas le dire exactement :
# remplacez les cinq champs par le calendrier du job.
</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
</context>
<context>
    <name>Tls</name>
    <message>
        <source>OpenSSL could not make a key (libcrypto).</source>
        <translation>OpenSSL n’a pas pu créer de clé (libcrypto).</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate (libcrypto).</source>
        <translation>OpenSSL n’a pas pu signer le certificat (libcrypto).</translation>
    </message>
    <message>
        <source>OpenSSL could not write the certificate (libcrypto).</source>
        <translation>OpenSSL n’a pas pu écrire le certificat (libcrypto).</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for the TLS certificate.</source>
        <translation>Impossible de créer le dossier %1 du certificat TLS.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Impossible de lire la clé privée %1 : %2</translation>
    </message>
    <message>
        <source>The private key %1 can be read by every user of this machine: make it owner-only (chmod 600 %1).</source>
        <translation>La clé privée %1 est lisible par tous les utilisateurs de cette machine : réservez-la à son propriétaire (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>La clé privée %1 n’appartient pas au certificat %2.</translation>
    </message>
    <message>
        <source>%1: only RSA and EC private keys are supported.</source>
        <translation>%1 : seules les clés privées RSA et EC sont prises en charge.</translation>
    </message>
    <message>
        <source>No certificate at %1.</source>
        <translation>Aucun certificat à %1.</translation>
    </message>
</context>
<context>
    <name>UptrackRun</name>
    <message>
        <source>uptrack-run: --timeout takes a duration like 90s, 30m or 2h
</source>
        <translation>uptrack-run&#xa0;: --timeout prend une durée comme 90s, 30m ou 2h
</translation>
    </message>
    <message>
        <source>uptrack-run: &quot;%1&quot; is not an http(s) URL
</source>
        <translation>uptrack-run&#xa0;: «&#xa0;%1&#xa0;» n’est pas une URL http(s)
</translation>
    </message>
    <message>
        <source>the job ran past its --timeout; stopping it</source>
        <translation>la tâche a dépassé son --timeout&#xa0;; elle est arrêtée</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible d’exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not send the /start ping to %1 (%2); the job runs anyway</source>
        <translation>le ping /start n’a pas pu être envoyé à %1 (%2)&#xa0;; la tâche s’exécute malgré tout</translation>
    </message>
    <message>
        <source>could not send the /%1 ping to %2 (%3); the job is done anyway</source>
        <translation>le ping /%1 n’a pas pu être envoyé à %2 (%3)&#xa0;; la tâche est terminée malgré tout</translation>
    </message>
    <message>
        <source>usage: uptrack-run [--timeout DURATION] [--no-start] [--spool-for DURATION]
                   URL [URL...] -- COMMAND [ARGS...]
  Runs COMMAND between a /start ping and a /&lt;exit status&gt; ping to URL (any
  Healthchecks-compatible ping URL) carrying the last 100 KB of its output,
  and exits with the command&apos;s exit status. Each ping goes to the first URL
  that answers; one that none took waits in ~/.cache/uptrack-run and is sent
  later, for up to --spool-for (default 24h; 0: not kept).
  DURATION: 90s, 30m, 2h, 1d.
</source>
        <translation>usage&#xa0;: uptrack-run [--timeout DURÉE] [--no-start] [--spool-for DURÉE]
                   URL [URL...] -- COMMANDE [ARGS...]
  Exécute COMMANDE entre un ping /start et un ping /&lt;code de sortie&gt; vers URL
  (toute URL de ping compatible Healthchecks) portant les 100 Ko de sortie
  finaux, et sort avec le code de sortie de la commande. Chaque ping va à la
  première URL qui répond ; celui qu’aucune n’a pris attend dans
  ~/.cache/uptrack-run et est envoyé plus tard, au plus --spool-for (24h par
  défaut ; 0&#xa0;: non conservé).
  DURÉE&#xa0;: 90s, 30m, 2h, 1d.
</translation>
    </message>
    <message>
        <source>uptrack-run: --spool-for takes a duration like 30m, 24h or 2d, or 0 to keep nothing
</source>
        <translation>uptrack-run&#xa0;: --spool-for attend une durée comme 30m, 24h ou 2d, ou 0 pour ne rien garder
</translation>
    </message>
    <message>
        <source>could not send the /%1 ping to %2 (%3), nor keep it to send later: %4</source>
        <translation>impossible d’envoyer le ping /%1 à %2 (%3) ni de le garder pour plus tard&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>the spool in %1 was full: dropped its %n oldest ping(s)</source>
        <translation>
            <numerusform>le spool dans %1 était plein&#xa0;: son ping le plus ancien a été supprimé</numerusform>
            <numerusform>le spool dans %1 était plein&#xa0;: ses %n pings les plus anciens ont été supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>could not send the /%1 ping yet; it waits in %2 behind the earlier ones</source>
        <translation>le ping /%1 n’a pas encore pu être envoyé ; il attend dans %2 derrière les précédents</translation>
    </message>
    <message>
        <source>could not send the /%1 ping to %2 (%3); it waits in %4 and is sent when the server answers (for up to %5 h)</source>
        <translation>impossible d’envoyer le ping /%1 à %2 (%3) ; il attend dans %4 et sera envoyé quand le serveur répondra (pendant %5 h au plus)</translation>
    </message>
    <message>
        <source>could not start the retrier for the spool in %1; the next run sends it</source>
        <translation>impossible de lancer le renvoi du spool dans %1 ; la prochaine exécution l’enverra</translation>
    </message>
    <message>
        <source>cannot create the spool folder %1</source>
        <translation>impossible de créer le dossier de spool %1</translation>
    </message>
    <message>
        <source>cannot make the spool folder %1 private</source>
        <translation>impossible de rendre privé le dossier de spool %1</translation>
    </message>
    <message>
        <source>cannot write to the spool folder %1: %2</source>
        <translation>impossible d’écrire dans le dossier de spool %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not keep the /%1 ping to send later: %2</source>
        <translation>impossible de garder le ping /%1 pour plus tard&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Uptrack: know when your cron jobs stop running.</source>
        <translation>Uptrack&#xa0;: savoir quand vos tâches cron ne s’exécutent plus.</translation>
    </message>
    <message>
        <source>The database (default: %1).</source>
        <translation>La base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>The monitor&apos;s name.</source>
        <translation>Le nom de la sonde.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The monitor&apos;s slug (a-z, 0-9, -, _).</source>
        <translation>Le slug de la sonde (a-z, 0-9, -, _).</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <source>How often the job runs: 90s, 5m, 1h30m, 1d.</source>
        <translation>À quelle fréquence la tâche s’exécute&#xa0;: 90s, 5m, 1h30m, 1d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>How late a ping may be before an alert.</source>
        <translation>Le retard toléré pour un ping avant une alerte.</translation>
    </message>
    <message>
        <source>A tag (repeat for more).</source>
        <translation>Une étiquette (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>Une description.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>A ping resumes the monitor when paused.</source>
        <translation>Un ping reprend la sonde en pause.</translation>
    </message>
    <message>
        <source>Pings leave a paused monitor paused.</source>
        <translation>Les pings laissent une sonde en pause en pause.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Only monitors in this state.</source>
        <translation>Seulement les sondes dans cet état.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>The monitor uses no channel.</source>
        <translation>La sonde n’utilise aucun canal.</translation>
    </message>
    <message>
        <source>Only alerts of this monitor.</source>
        <translation>Seulement les alertes de cette sonde.</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>sonde</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>What the channel gets: down, up, or down,up (default).</source>
        <translation>Ce que reçoit le canal&#xa0;: down, up ou down,up (par défaut).</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>Repeat down alerts this often while down (0: off).</source>
        <translation>Répéter les alertes de panne à cet intervalle tant que dure la panne (0&#xa0;: désactivé).</translation>
    </message>
    <message>
        <source>New monitors use this channel.</source>
        <translation>Les nouvelles sondes utilisent ce canal.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>A run still open after this is down (hung), whatever the grace (0: none).</source>
        <translation>Une exécution encore ouverte après cette durée est en panne (bloquée), quelle que soit la tolérance (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>A run that took longer raises a warning alert (0: none).</source>
        <translation>Une exécution plus longue déclenche une alerte d’avertissement (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Comma-separated words that make a plain ping&apos;s body a success.</source>
        <translation>Mots séparés par des virgules qui font du contenu d’un ping simple un succès.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>Comma-separated words that make a plain ping&apos;s body a failure.</source>
        <translation>Mots séparés par des virgules qui font du contenu d’un ping simple un échec.</translation>
    </message>
    <message>
        <source>Comma-separated words that make a plain ping&apos;s body a start.</source>
        <translation>Mots séparés par des virgules qui font du contenu d’un ping simple un début.</translation>
    </message>
    <message>
        <source>A cron expression (5 fields, or @daily and friends).</source>
        <translation>Une expression cron (5 champs, ou @daily et ses semblables).</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>An IANA time zone (default: this machine&apos;s).</source>
        <translation>Un fuseau horaire IANA (par défaut&#xa0;: celui de cette machine).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>Start after this ISO 8601 time (default: now).</source>
        <translation>Commencer après cette date ISO 8601 (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>date</translation>
    </message>
    <message>
        <source>How many fire times (default 5).</source>
        <translation>Combien de déclenchements (5 par défaut).</translation>
    </message>
    <message>
        <source>Report format: pdf, html, csv or json.</source>
        <translation>Format du rapport&#xa0;: pdf, html, csv ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>Écrire le rapport dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Put excerpts of the failing pings&apos; bodies in the report.</source>
        <translation>Inclure dans le rapport des extraits du contenu des pings en échec.</translation>
    </message>
    <message>
        <source>Ignored by sub-commands.</source>
        <translation>Ignoré par les sous-commandes.</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>adr:port</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>unknown command &quot;monitor %1&quot; (add, edit, list, show, pause, resume, remove, pings)</source>
        <translation>commande inconnue «&#xa0;monitor %1&#xa0;» (add, edit, list, show, pause, resume, remove, pings)</translation>
    </message>
    <message>
        <source>usage: uptrack monitor %1 MONITOR (an id, slug or token)</source>
        <translation>usage&#xa0;: uptrack monitor %1 SONDE (un identifiant, un slug ou un jeton)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot; (give an id, a slug or a token; see &quot;uptrack monitor list&quot;).</source>
        <translation>Aucune sonde ne s’appelle «&#xa0;%1&#xa0;» (donnez un identifiant, un slug ou un jeton&#xa0;; voir «&#xa0;uptrack monitor list&#xa0;»).</translation>
    </message>
    <message>
        <source>give either --period or --cron, not both</source>
        <translation>donnez --period ou --cron, pas les deux</translation>
    </message>
    <message>
        <source>Another Uptrack holds the database %1 but does not answer. Is it stuck? Stop it and try again.</source>
        <translation>Un autre Uptrack tient la base de données %1 mais ne répond pas. Est-il bloqué&#xa0;? Arrêtez-le et réessayez.</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>The monitor %1 disappeared.</source>
        <translation>La sonde %1 a disparu.</translation>
    </message>
    <message>
        <source>%1 (%2)
</source>
        <translation>%1 (%2)
</translation>
    </message>
    <message>
        <source>  id:          %1
</source>
        <translation>  id                &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  status:      %1
</source>
        <translation>  état              &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  schedule:    %1
</source>
        <translation>  planning          &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  last ping:   %1
</source>
        <translation>  dernier ping      &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  next due:    %1
</source>
        <translation>  prochaine échéance&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  pings:       %1
</source>
        <translation>  pings             &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  last run:    %1
</source>
        <translation>  dernière exécution&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  tags:        %1
</source>
        <translation>  étiquettes        &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  ping URL:    %1
</source>
        <translation>  URL de ping       &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  slug URL:    %1
</source>
        <translation>  URL par slug      &#xa0;: %1
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (did you mean --name?)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (vouliez-vous dire --name&#xa0;?)</translation>
    </message>
    <message>
        <source>uptrack monitor add needs --name NAME</source>
        <translation>uptrack monitor add a besoin de --name NOM</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot;: the database %2 does not exist yet.</source>
        <translation>Aucune sonde ne s’appelle «&#xa0;%1&#xa0;»&#xa0;: la base de données %2 n’existe pas encore.</translation>
    </message>
    <message>
        <source>Removed %1 (%2).
</source>
        <translation>%1 (%2) supprimée.
</translation>
    </message>
    <message>
        <source>No monitors. Add one with: uptrack monitor add --name NAME --period 1d
</source>
        <translation>Aucune sonde. Ajoutez-en une avec&#xa0;: uptrack monitor add --name NOM --period 1d
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>LAST PING</source>
        <translation>DERNIER PING</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>  exit %1</source>
        <translation>  sortie %1</translation>
    </message>
    <message>
        <source>  took %1</source>
        <translation>  a duré %1</translation>
    </message>
    <message>
        <source>value of header %1</source>
        <translation>valeur de l’en-tête %1</translation>
    </message>
    <message>
        <source>Expected the %1 on standard input (for example: echo &quot;$URL&quot; | uptrack channel add ...). Secrets are never taken from the command line.</source>
        <translation>%1 attendue sur l’entrée standard (par exemple&#xa0;: echo &quot;$URL&quot; | uptrack channel add ...). Les secrets ne sont jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>usage: uptrack channel %1 NAME</source>
        <translation>usage&#xa0;: uptrack channel %1 NOM</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: secrets are read from standard input, never from the command line</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;: les secrets sont lus sur l’entrée standard, jamais sur la ligne de commande</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind doit être l’un de %1</translation>
    </message>
    <message>
        <source>uptrack channel add needs --name NAME</source>
        <translation>uptrack channel add a besoin de --name NOM</translation>
    </message>
    <message>
        <source>--on: down, up or down,up</source>
        <translation>--on&#xa0;: down, up ou down,up</translation>
    </message>
    <message>
        <source>--reminder: %1</source>
        <translation>--reminder&#xa0;: %1</translation>
    </message>
    <message>
        <source>at least 1m, or 0 for none</source>
        <translation>au moins 1m, ou 0 pour aucun</translation>
    </message>
    <message>
        <source>Added the %1 channel &quot;%2&quot;. Try it: uptrack channel test %2
</source>
        <translation>Canal %1 «&#xa0;%2&#xa0;» ajouté. Essayez-le&#xa0;: uptrack channel test %2
</translation>
    </message>
    <message>
        <source>No channels. Add one with: echo &quot;$WEBHOOK_URL&quot; | uptrack channel add --kind slack --name ops
</source>
        <translation>Aucun canal. Ajoutez-en un avec&#xa0;: echo &quot;$WEBHOOK_URL&quot; | uptrack channel add --kind slack --name ops
</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>, reminder every %1</source>
        <translation>, rappel toutes les %1</translation>
    </message>
    <message>
        <source>, default</source>
        <translation>, par défaut</translation>
    </message>
    <message>
        <source>Delivered (%1).
</source>
        <translation>Remise (%1).
</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed the channel &quot;%1&quot;.
</source>
        <translation>Canal «&#xa0;%1&#xa0;» supprimé.
</translation>
    </message>
    <message>
        <source>No alerts yet.
</source>
        <translation>Aucune alerte pour l’instant.
</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: uptrack report --from DATE --to DATE [--monitor M]... [--tag T] [--tz ZONE] --format pdf|html|csv|json -o FILE</source>
        <translation>usage&#xa0;: uptrack report --from DATE --to DATE [--monitor S]... [--tag T] [--tz FUSEAU] --format pdf|html|csv|json -o FICHIER</translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-03-01, 2026-03-01T08:00 or 2026-03-01T08:00:00+02:00 (&quot;%1&quot; is not one).</source>
        <translation>--from et --to prennent des dates comme 2026-03-01, 2026-03-01T08:00 ou 2026-03-01T08:00:00+02:00 («&#xa0;%1&#xa0;» n’en est pas une).</translation>
    </message>
    <message>
        <source>--to must come after --from (the period is half-open: --to is not included).</source>
        <translation>--to doit venir après --from (la période est semi-ouverte&#xa0;: --to n’est pas inclus).</translation>
    </message>
    <message>
        <source>usage: uptrack incident note ID TEXT   (an empty TEXT removes the note)</source>
        <translation>usage&#xa0;: uptrack incident note ID TEXTE   (un TEXTE vide supprime la note)</translation>
    </message>
    <message>
        <source>usage: uptrack schedule --cron EXPR [--tz ZONE] [--after ISO-8601] [--count N]</source>
        <translation>usage&#xa0;: uptrack schedule --cron EXPR [--tz FUSEAU] [--after ISO-8601] [--count N]</translation>
    </message>
    <message>
        <source>--cron: %1</source>
        <translation>--cron&#xa0;: %1</translation>
    </message>
    <message>
        <source>--tz: %1</source>
        <translation>--tz&#xa0;: %1</translation>
    </message>
    <message>
        <source>--after: &quot;%1&quot; is not an ISO 8601 date and time (like 2026-03-08T01:30:00 or 2026-03-08T06:30:00Z)</source>
        <translation>--after&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date et heure ISO 8601 (comme 2026-03-08T01:30:00 ou 2026-03-08T06:30:00Z)</translation>
    </message>
    <message>
        <source>--count: a number from 1 to 1000</source>
        <translation>--count&#xa0;: un nombre de 1 à 1000</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.</source>
        <translation>%1 écrit&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n sonde</numerusform>
            <numerusform>%n sondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>An uptime check of this http(s) URL.</source>
        <translation>Un test de disponibilité de cette URL http(s).</translation>
    </message>
    <message>
        <source>An uptime check: HOST:PORT must accept a connection.</source>
        <translation>Un test de disponibilité&#xa0;: HÔTE:PORT doit accepter une connexion.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>How often a check runs (default 60s; 10s at least).</source>
        <translation>À quelle fréquence un test s’exécute (60s par défaut&#xa0;; 10s au moins).</translation>
    </message>
    <message>
        <source>How long a check waits for an answer (default 10s).</source>
        <translation>Combien de temps un test attend une réponse (10s par défaut).</translation>
    </message>
    <message>
        <source>Status codes an HTTP check accepts (default 200-299).</source>
        <translation>Codes d’état acceptés par un test HTTP (200-299 par défaut).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>Text the checked page must contain.</source>
        <translation>Texte que la page testée doit contenir.</translation>
    </message>
    <message>
        <source>The keyword must not be in the page.</source>
        <translation>Le mot-clé ne doit pas être dans la page.</translation>
    </message>
    <message>
        <source>Follow redirects, also to other hosts (the result shows where).</source>
        <translation>Suivre les redirections, y compris vers d’autres hôtes (le résultat indique où).</translation>
    </message>
    <message>
        <source>Do not follow redirects (default).</source>
        <translation>Ne pas suivre les redirections (par défaut).</translation>
    </message>
    <message>
        <source>Accept a self-signed or invalid certificate (a LAN service).</source>
        <translation>Accepter un certificat auto-signé ou invalide (un service du réseau local).</translation>
    </message>
    <message>
        <source>Require a valid certificate (default).</source>
        <translation>Exiger un certificat valide (par défaut).</translation>
    </message>
    <message>
        <source>Warn this many days before the certificate expires (default 14; 0: never).</source>
        <translation>Avertir ce nombre de jours avant l’expiration du certificat (14 par défaut&#xa0;; 0&#xa0;: jamais).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>--%1: a number from 0 to %2</source>
        <translation>--%1&#xa0;: un nombre de 0 à %2</translation>
    </message>
    <message>
        <source>Expected the value of header %1 on standard input (one line per --secret-header). Secrets are never taken from the command line.</source>
        <translation>Valeur de l’en-tête %1 attendue sur l’entrée standard (une ligne par --secret-header). Les secrets ne sont jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command. Commands: %2 (uptrack --help for the console&apos;s options, uptrack monitor --help for the commands&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande. Commandes&#xa0;: %2 (uptrack --help pour les options de la console, uptrack monitor --help pour celles des commandes).</translation>
    </message>
    <message>
        <source>usage: uptrack %1 %2 ... (uptrack %1 --help for more)</source>
        <translation>usage&#xa0;: uptrack %1 %2 ... (uptrack %1 --help pour en savoir plus)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot; (%3)</source>
        <translation>commande inconnue «&#xa0;%1 %2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source> (uptrack %1 --help lists what it takes)</source>
        <translation> (uptrack %1 --help indique ce qu’elle accepte)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack %2 --help)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (uptrack %2 --help)</translation>
    </message>
    <message>
        <source>--%1-file: cannot read %2</source>
        <translation>--%1-file&#xa0;: impossible de lire %2</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>HTTP check method (GET or HEAD).</source>
        <translation>Méthode du test HTTP (GET ou HEAD).</translation>
    </message>
    <message>
        <source>HTTP check header &quot;Name: value&quot; (repeat).</source>
        <translation>En-tête du test HTTP «&#xa0;Nom: valeur&#xa0;» (à répéter).</translation>
    </message>
    <message>
        <source>HTTP check header whose value is a secret, read from standard input into the keychain (repeat).</source>
        <translation>En-tête du test HTTP dont la valeur est secrète, lue sur l’entrée standard et placée dans le trousseau (à répéter).</translation>
    </message>
    <message>
        <source>Channel kind: %1.</source>
        <translation>Type de canal&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The channel&apos;s name.</source>
        <translation>Le nom du canal.</translation>
    </message>
    <message>
        <source>%1: the same, read from a file.</source>
        <translation>%1&#xa0;: la même chose, lue dans un fichier.</translation>
    </message>
    <message>
        <source>At most this many (the newest).</source>
        <translation>Au plus autant (les plus récents).</translation>
    </message>
    <message>
        <source>Only monitors with this tag (repeat: all).</source>
        <translation>Seulement les sondes avec cette étiquette (répétée&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>The first day or instant of the period.</source>
        <translation>Le premier jour ou instant de la période.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The end of the period (not included).</source>
        <translation>La fin de la période (non incluse).</translation>
    </message>
    <message>
        <source>Only this monitor (repeat for more).</source>
        <translation>Seulement cette sonde (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Only monitors with this tag.</source>
        <translation>Seulement les sondes avec cette étiquette.</translation>
    </message>
    <message>
        <source>The zone dates are read and shown in.</source>
        <translation>Le fuseau dans lequel les dates sont lues et affichées.</translation>
    </message>
    <message numerus="yes">
        <source>New monitors will use it; the %n existing monitor(s) do not (give it to one with: uptrack monitor edit MONITOR --channel %1; to all, add the channel with --apply-to-existing).
</source>
        <translation>
            <numerusform>Les nouvelles sondes l’utiliseront ; la sonde existante (%n) non (pour un : uptrack monitor edit MONITEUR --channel %1 ; pour tous : ajoutez le canal avec --apply-to-existing).
</numerusform>
            <numerusform>Les nouvelles sondes l’utiliseront ; les %n sondes existantes non (pour un : uptrack monitor edit MONITEUR --channel %1 ; pour tous : ajoutez le canal avec --apply-to-existing).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n monitor(s) have no channel at all: nobody is alerted when they fail.</source>
        <translation>
            <numerusform>Attention : %n sonde n’a aucun canal : personne n’est alerté quand elle échoue.</numerusform>
            <numerusform>Attention : %n sondes n’ont aucun canal : personne n’est alerté quand elles échouent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 has no channel: nobody is alerted when it fails. Give it one with: uptrack monitor edit %2 --channel NAME (uptrack channel list shows them).</source>
        <translation>Attention : %1 n’a aucun canal : personne n’est alerté quand il échoue. Attribuez-en un avec : uptrack monitor edit %2 --channel NOM (uptrack channel list les affiche).</translation>
    </message>
    <message>
        <source>  channels:    %1
</source>
        <translation>  canaux :     %1
</translation>
    </message>
    <message>
        <source>none — nobody is alerted</source>
        <translation>aucun — personne n’est alerté</translation>
    </message>
    <message>
        <source>Every existing monitor uses this channel too.</source>
        <translation>Chaque sonde existante utilise aussi ce canal.</translation>
    </message>
    <message>
        <source>Every monitor uses it now (%1 in all).
</source>
        <translation>Toutes les sondes l’utilisent maintenant (%1 au total).
</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is no crontab.</source>
        <translation>%1 dépasse 4 Mo : ce n’est pas une crontab.</translation>
    </message>
    <message>
        <source>Could not run &quot;crontab -l&quot; (%1). Give the crontab as a file, or - for standard input.</source>
        <translation>Impossible d’exécuter « crontab -l » (%1). Donnez la crontab en fichier, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>&quot;crontab %1&quot; failed: %2</source>
        <translation>« crontab %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack import crontab [FILE|-])</source>
        <translation>argument inattendu « %1 » (uptrack import crontab [FICHIER|-])</translation>
    </message>
    <message>
        <source>--dry-run and --apply: choose one (a dry run is the default).</source>
        <translation>--dry-run et --apply : choisissez-en un (un essai à blanc est la valeur par défaut).</translation>
    </message>
    <message>
        <source>--user reads that user&apos;s crontab (crontab -l -u USER); give it without a FILE.</source>
        <translation>--user lit la crontab de cet utilisateur (crontab -l -u UTILISATEUR) ; donnez-le sans FICHIER.</translation>
    </message>
    <message>
        <source>Imported from a crontab, line %1: %2</source>
        <translation>Importé d’une crontab, ligne %1 : %2</translation>
    </message>
    <message>
        <source>MAILTO=%1</source>
        <translation>MAILTO=%1</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (ligne %2) : %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The monitors were created; run the import again with --dry-run and save the crontab it prints.</source>
        <translation>Impossible d’écrire %1 : %2. Les sondes ont été créées ; relancez l’import avec --dry-run et enregistrez la crontab affichée.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to watch:
</source>
        <translation>
            <numerusform>%n job à surveiller :
</numerusform>
            <numerusform>%n jobs à surveiller :
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2%3, grace %4  (line %5)%6
</source>
        <translation>  %1  %2%3, tolérance %4  (ligne %5)%6
</translation>
    </message>
    <message>
        <source>  already a monitor</source>
        <translation>  déjà une sonde</translation>
    </message>
    <message>
        <source>Left as they are:
</source>
        <translation>Laissées telles quelles :
</translation>
    </message>
    <message>
        <source>  line %1: %2
      %3
</source>
        <translation>  ligne %1 : %2
      %3
</translation>
    </message>
    <message>
        <source>
The crontab, each job reporting to Uptrack:

</source>
        <translation>
La crontab, chaque job rendant compte à Uptrack :

</translation>
    </message>
    <message>
        <source>Nothing was changed. --apply creates the monitors and writes the crontab above to %1.
</source>
        <translation>Rien n’a été modifié. --apply crée les sondes et écrit la crontab ci-dessus dans %1.
</translation>
    </message>
    <message numerus="yes">
        <source>Created %n monitor(s); %1 existed already.
</source>
        <translation>
            <numerusform>%n sonde créée ; %1 existaient déjà.
</numerusform>
            <numerusform>%n sondes créées ; %1 existaient déjà.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1. Put it in place of the original: cp %1 %2
</source>
        <translation>%1 écrit. Mettez-le à la place de l’original : cp %1 %2
</translation>
    </message>
    <message>
        <source>Wrote %1. Install it with: crontab %1
</source>
        <translation>%1 écrit. Installez-le avec : crontab %1
</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé : %1</translation>
    </message>
    <message>
        <source>Warning: there is no channel yet, so nobody is alerted when a job fails. Add one: uptrack channel add --kind slack --name ops --default --apply-to-existing</source>
        <translation>Attention : il n’y a encore aucun canal, donc personne n’est alerté quand un job échoue. Ajoutez-en un : uptrack channel add --kind slack --name ops --default --apply-to-existing</translation>
    </message>
    <message>
        <source>Read this user&apos;s crontab (crontab -l -u USER) instead of a file.</source>
        <translation>Lire la crontab de cet utilisateur (crontab -l -u UTILISATEUR) au lieu d’un fichier.</translation>
    </message>
    <message>
        <source>The machine the jobs run on: a tag of each.</source>
        <translation>La machine où tournent les jobs : une étiquette de chacun.</translation>
    </message>
    <message>
        <source>A tag for each monitor (repeat for more).</source>
        <translation>Une étiquette pour chaque sonde (répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Only show what would be done (the default).</source>
        <translation>Montrer seulement ce qui serait fait (par défaut).</translation>
    </message>
    <message>
        <source>Create the monitors and write the crontab beside the original.</source>
        <translation>Créer les sondes et écrire la crontab à côté de l’original.</translation>
    </message>
    <message>
        <source>--default and --not-default: choose one.</source>
        <translation>--default et --not-default : choisissez-en un.</translation>
    </message>
    <message>
        <source>Changed the channel &quot;%1&quot;.
</source>
        <translation>Le canal « %1 » a été modifié.
</translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation>Un nouveau nom.</translation>
    </message>
    <message>
        <source>What the channel gets: down, up, or down,up.</source>
        <translation>Ce que reçoit le canal : down, up ou down,up.</translation>
    </message>
    <message>
        <source>New monitors no longer get this channel.</source>
        <translation>Les nouvelles sondes ne reçoivent plus ce canal.</translation>
    </message>
    <message>
        <source>give one of --http, --tcp, --icmp and --dns, not %1</source>
        <translation>indiquez une seule option parmi --http, --tcp, --icmp et --dns, pas %1</translation>
    </message>
    <message>
        <source>--%1 is a setting of %2 checks, not of %3 checks</source>
        <translation>--%1 est un réglage des vérifications %2, pas des vérifications %3</translation>
    </message>
    <message>
        <source>  check:       %1
</source>
        <translation>  vérification : %1
</translation>
    </message>
    <message>
        <source>  why:         %1
</source>
        <translation>  raison :     %1
</translation>
    </message>
    <message>
        <source>An uptime check: HOST must answer ICMP echo (ping), over IPv4 or IPv6.</source>
        <translation>Une vérification de disponibilité : HÔTE doit répondre à l’ICMP echo (ping), en IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>An uptime check: NAME must resolve (see --record, --expect-value, --server).</source>
        <translation>Une vérification de disponibilité : NOM doit se résoudre (voir --record, --expect-value, --server).</translation>
    </message>
    <message>
        <source>A slower answer fails the check; for ICMP, the average round trip (0: no limit).</source>
        <translation>Une réponse plus lente fait échouer la vérification ; pour l’ICMP, l’aller-retour moyen (0 : aucune limite).</translation>
    </message>
    <message>
        <source>ICMP echo requests per run, half a second apart (default 3).</source>
        <translation>Requêtes ICMP echo par exécution, à une demi-seconde d’intervalle (3 par défaut).</translation>
    </message>
    <message>
        <source>ICMP packet loss a run may have, in percent (default 50; all lost is always down).</source>
        <translation>Perte de paquets ICMP admise par exécution, en pour cent (50 par défaut ; tout perdre est toujours une panne).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>DNS record type: A (default), AAAA, MX, TXT, CNAME.</source>
        <translation>Type d’enregistrement DNS : A (par défaut), AAAA, MX, TXT, CNAME.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>A DNS answer must equal this (an address, &quot;10 mx.example.com&quot;, the TXT text, the CNAME target).</source>
        <translation>Une réponse DNS doit valoir ceci (une adresse, « 10 mx.example.com », le texte TXT, la cible du CNAME).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>The name server a DNS check asks (an IP address; port 53). Default: the system&apos;s resolver.</source>
        <translation>Le serveur de noms interrogé par une vérification DNS (une adresse IP ; port 53). Par défaut : le résolveur du système.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack apikey list --help)</source>
        <translation>argument inattendu « %1 » (uptrack apikey list --help)</translation>
    </message>
    <message>
        <source>No API keys. Make one with: uptrack apikey add --name deploy
</source>
        <translation>Aucune clé d’API. Créez-en une avec : uptrack apikey add --name deploy
</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ACCÈS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>usage: uptrack apikey remove NAME</source>
        <translation>usage : uptrack apikey remove NOM</translation>
    </message>
    <message>
        <source>Removed the API key &quot;%1&quot;: it no longer works.
</source>
        <translation>La clé d’API « %1 » a été supprimée : elle ne fonctionne plus.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack apikey add --name NAME)</source>
        <translation>argument inattendu « %1 » (uptrack apikey add --name NOM)</translation>
    </message>
    <message>
        <source>uptrack apikey add needs --name NAME (what the key is for, e.g. deploy)</source>
        <translation>uptrack apikey add demande --name NOM (à quoi sert la clé, p. ex. deploy)</translation>
    </message>
    <message>
        <source>Made the %1 API key &quot;%2&quot;. Copy it now: it is not shown again.
</source>
        <translation>La clé d’API « %2 » (%1) a été créée. Copiez-la maintenant : elle ne sera plus affichée.
</translation>
    </message>
    <message>
        <source>There is no certificate yet: start Uptrack once with --tls auto (it makes one in %1), or name yours with --tls-cert FILE.</source>
        <translation>Il n’y a pas encore de certificat : lancez Uptrack une fois avec --tls auto (il en crée un dans %1), ou indiquez le vôtre avec --tls-cert FICHIER.</translation>
    </message>
    <message>
        <source>Ignored: the certificate is --tls-cert&apos;s, or the one --tls auto made.</source>
        <translation>Ignoré : le certificat est celui de --tls-cert, ou celui créé par --tls auto.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>The certificate the core serves (PEM).</source>
        <translation>Le certificat que sert le cœur (PEM).</translation>
    </message>
    <message>
        <source>Ignored.</source>
        <translation>Ignoré.</translation>
    </message>
    <message>
        <source>What the key is for (for example deploy).</source>
        <translation>À quoi sert la clé (par exemple deploy).</translation>
    </message>
    <message>
        <source>The key may read, never change (dashboards, badges).</source>
        <translation>La clé peut lire, jamais modifier (tableaux de bord, badges).</translation>
    </message>
    <message>
        <source>--%1 cannot be sent to a server: it is the server&apos;s own to choose.</source>
        <translation>--%1 ne peut pas être envoyé à un serveur&#xa0;: c’est au serveur d’en décider.</translation>
    </message>
    <message>
        <source>-o: a server writes a report under a plain file name only.</source>
        <translation>-o&#xa0;: un serveur n’écrit un rapport que sous un simple nom de fichier.</translation>
    </message>
    <message>
        <source>import crontab: a server reads the crontab from standard input only (-).</source>
        <translation>import crontab&#xa0;: un serveur ne lit la crontab que sur l’entrée standard (-).</translation>
    </message>
    <message>
        <source>This API key is read-only: &quot;%1&quot; %2 on the server. Use a read-write key (uptrack apikey add --name NAME on the server makes one).</source>
        <translation>Cette clé d’API est en lecture seule&#xa0;: «&#xa0;%1&#xa0;» %2 sur le serveur. Utilisez une clé en lecture et écriture (uptrack apikey add --name NOM sur le serveur en crée une).</translation>
    </message>
    <message>
        <source>shows the monitors&apos; ping tokens</source>
        <translation>montre les jetons de ping des sondes</translation>
    </message>
    <message>
        <source>changes something</source>
        <translation>modifie quelque chose</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint the server&apos;s certificate must have (or UPTRACK_FINGERPRINT): what &quot;uptrack tls fingerprint&quot; prints there.</source>
        <translation>L’empreinte SHA-256 que doit avoir le certificat du serveur (ou UPTRACK_FINGERPRINT)&#xa0;: ce qu’affiche «&#xa0;uptrack tls fingerprint&#xa0;» là-bas.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>--fingerprint (or UPTRACK_FINGERPRINT): &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, as &quot;uptrack tls fingerprint&quot; prints them).</source>
        <translation>--fingerprint (ou UPTRACK_FINGERPRINT)&#xa0;: «&#xa0;%1&#xa0;» n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux, tels que les affiche «&#xa0;uptrack tls fingerprint&#xa0;»).</translation>
    </message>
    <message>
        <source>No API key for %1: set UPTRACK_API_KEY (&quot;uptrack apikey add --name NAME&quot; on the server makes one), or run the command once on a terminal to enter it and keep it in this computer&apos;s keychain.</source>
        <translation>Pas de clé d’API pour %1&#xa0;: définissez UPTRACK_API_KEY («&#xa0;uptrack apikey add --name NOM&#xa0;» sur le serveur en crée une), ou lancez la commande une fois dans un terminal pour la saisir et la garder dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>Clé d’API pour %1</translation>
    </message>
    <message>
        <source>No API key given.</source>
        <translation>Aucune clé d’API donnée.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not known here yet. Its SHA-256 fingerprint is
  %2
Compare it with what &quot;uptrack tls fingerprint&quot; prints on the server.</source>
        <translation>Le certificat de %1 n’est pas encore connu ici. Son empreinte SHA-256 est
  %2
Comparez-la avec ce qu’affiche «&#xa0;uptrack tls fingerprint&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>Do they match? Trust this certificate [y/N]: </source>
        <translation>Correspondent-elles&#xa0;? Faire confiance à ce certificat [y/N]&#xa0;: </translation>
    </message>
    <message>
        <source>Not trusted: nothing was sent to %1.</source>
        <translation>Pas de confiance&#xa0;: rien n’a été envoyé à %1.</translation>
    </message>
    <message>
        <source>%1 refused the API key kept for it in this computer&apos;s keychain (%2). Give a valid one in UPTRACK_API_KEY (&quot;uptrack apikey add&quot; on the server makes one).</source>
        <translation>%1 a refusé la clé d’API gardée pour lui dans le trousseau de cet ordinateur (%2). Donnez-en une valide dans UPTRACK_API_KEY («&#xa0;uptrack apikey add&#xa0;» sur le serveur en crée une).</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2). Check it, or make one with &quot;uptrack apikey add --name NAME&quot; on the server.</source>
        <translation>%1 a refusé la clé d’API (%2). Vérifiez-la, ou créez-en une avec «&#xa0;uptrack apikey add --name NOM&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 does not look like an Uptrack server (it answered HTTP %2 to %3). Check the address and port; an Uptrack older than this one cannot run commands for others.</source>
        <translation>%1 ne ressemble pas à un serveur Uptrack (il a répondu HTTP %2 à %3). Vérifiez l’adresse et le port&#xa0;; un Uptrack plus ancien que celui-ci ne peut pas exécuter de commandes pour d’autres.</translation>
    </message>
    <message>
        <source>The Uptrack at %1 does not run commands for others.</source>
        <translation>L’Uptrack à %1 n’exécute pas de commandes pour d’autres.</translation>
    </message>
    <message>
        <source>The API key works but could not be kept (%1); you will be asked again.</source>
        <translation>La clé d’API fonctionne mais n’a pas pu être gardée (%1)&#xa0;; elle vous sera redemandée.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack import --help)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (uptrack import --help)</translation>
    </message>
    <message>
        <source>The crontab is larger than %1 KB: too large to send.</source>
        <translation>La crontab dépasse %1 Ko&#xa0;: trop grande pour être envoyée.</translation>
    </message>
    <message>
        <source>Standard input is larger than %1 KB: too large to send.</source>
        <translation>L’entrée standard dépasse %1 Ko&#xa0;: trop grande pour être envoyée.</translation>
    </message>
    <message>
        <source>%1 could not run the command (HTTP %2): %3</source>
        <translation>%1 n’a pas pu exécuter la commande (HTTP %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>uptrack: cannot write %1: %2</source>
        <translation>uptrack&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--%1 cannot be sent to a server: give the text itself.</source>
        <translation>--%1 ne peut pas être envoyé à un serveur&#xa0;: donnez le texte lui-même.</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1&#xa0;: impossible de lire %2</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB: too large to send.</source>
        <translation>%1&#xa0;: %2 dépasse %3&#xa0;Ko&#xa0;: trop grand pour être envoyé.</translation>
    </message>
    <message>
        <source>No maintenance window is named &quot;%1&quot; (see &quot;uptrack maintenance list&quot;).</source>
        <translation>Aucune fenêtre de maintenance ne s’appelle «&#xa0;%1&#xa0;» (voir «&#xa0;uptrack maintenance list&#xa0;»).</translation>
    </message>
    <message>
        <source>A window is either once (--from and --to) or recurring (--cron and --duration), not both.</source>
        <translation>Une fenêtre est soit unique (--from et --to), soit récurrente (--cron et --duration), pas les deux.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 2026-03-01T22:00, 2026-03-01T22:00:00+02:00 or &quot;now&quot; (&quot;%2&quot; is not one).</source>
        <translation>--%1 attend une heure comme 2026-03-01T22:00, 2026-03-01T22:00:00+02:00 ou «&#xa0;now&#xa0;» («&#xa0;%2&#xa0;» n’en est pas une).</translation>
    </message>
    <message>
        <source>A window once needs both --from and --to.</source>
        <translation>Une fenêtre unique demande --from et --to.</translation>
    </message>
    <message>
        <source>The window was recurring: give both --from and --to.</source>
        <translation>La fenêtre était récurrente&#xa0;: donnez --from et --to.</translation>
    </message>
    <message>
        <source>A recurring window needs both --cron and --duration.</source>
        <translation>Une fenêtre récurrente demande --cron et --duration.</translation>
    </message>
    <message>
        <source>Say when: --from TIME --to TIME, or --cron EXPR --duration D.</source>
        <translation>Dites quand&#xa0;: --from HEURE --to HEURE, ou --cron EXPR --duration D.</translation>
    </message>
    <message>
        <source>every monitor</source>
        <translation>tous les moniteurs</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>%1 (id %2)
</source>
        <translation>%1 (id %2)
</translation>
    </message>
    <message>
        <source>  covers:   %1
</source>
        <translation>  couvre        &#xa0;: %1
</translation>
    </message>
    <message>
        <source>  when:     %1 (%2), for %3 each
</source>
        <translation>  quand         &#xa0;: %1 (%2), %3 chaque fois
</translation>
    </message>
    <message>
        <source>this machine&apos;s zone</source>
        <translation>le fuseau de cette machine</translation>
    </message>
    <message>
        <source>  when:     %1 to %2
</source>
        <translation>  quand         &#xa0;: de %1 à %2
</translation>
    </message>
    <message>
        <source>  now:      in maintenance until %1
</source>
        <translation>  maintenant    &#xa0;: en maintenance jusqu’à %1
</translation>
    </message>
    <message>
        <source>  next:     %1 to %2
</source>
        <translation>  prochaine     &#xa0;: de %1 à %2
</translation>
    </message>
    <message>
        <source>  next:     never again
</source>
        <translation>  prochaine     &#xa0;: plus jamais
</translation>
    </message>
    <message>
        <source>  notify:   %1
</source>
        <translation>  avertir       &#xa0;: %1
</translation>
    </message>
    <message>
        <source>yes, when it begins and ends</source>
        <translation>oui, au début et à la fin</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack maintenance list --help)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (uptrack maintenance list --help)</translation>
    </message>
    <message>
        <source>No maintenance windows. Add one with: uptrack maintenance add --name NAME --all --from 2026-03-01T22:00 --to 2026-03-01T23:00
</source>
        <translation>Aucune fenêtre de maintenance. Ajoutez-en une avec&#xa0;: uptrack maintenance add --name NOM --all --from 2026-03-01T22:00 --to 2026-03-01T23:00
</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>uptrack maintenance add needs --name NAME</source>
        <translation>uptrack maintenance add demande --name NOM</translation>
    </message>
    <message>
        <source>usage: uptrack maintenance %1 NAME</source>
        <translation>usage&#xa0;: uptrack maintenance %1 NOM</translation>
    </message>
    <message>
        <source>No maintenance window is named &quot;%1&quot;: the database %2 does not exist yet.</source>
        <translation>Aucune fenêtre de maintenance ne s’appelle «&#xa0;%1&#xa0;»&#xa0;: la base de données %2 n’existe pas encore.</translation>
    </message>
    <message>
        <source>Removed the maintenance window &quot;%1&quot;.
</source>
        <translation>La fenêtre de maintenance «&#xa0;%1&#xa0;» a été supprimée.
</translation>
    </message>
    <message>
        <source>  maintenance: %1, until %2
</source>
        <translation>  maintenance       &#xa0;: %1, jusqu’à %2
</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of new, up, late, down, started, paused, maintenance</source>
        <translation>--status&#xa0;: «&#xa0;%1&#xa0;» n’est pas l’un de new, up, late, down, started, paused, maintenance</translation>
    </message>
    <message>
        <source>The window&apos;s name.</source>
        <translation>Le nom de la fenêtre.</translation>
    </message>
    <message>
        <source>A monitor it covers (repeat for more).</source>
        <translation>Un moniteur qu’elle couvre (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Monitors with this tag (repeat for more).</source>
        <translation>Les moniteurs qui portent cette étiquette (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Every monitor.</source>
        <translation>Tous les moniteurs.</translation>
    </message>
    <message>
        <source>When it starts (ISO 8601; without an offset, local time or --tz).</source>
        <translation>Quand elle commence (ISO 8601&#xa0;; sans décalage, heure locale ou --tz).</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation>Quand elle finit.</translation>
    </message>
    <message>
        <source>Recurring: a cron expression for each start (5 fields).</source>
        <translation>Récurrente&#xa0;: une expression cron pour chaque début (5 champs).</translation>
    </message>
    <message>
        <source>Recurring: how long each lasts (2h, 30m).</source>
        <translation>Récurrente&#xa0;: la durée de chacune (2h, 30m).</translation>
    </message>
    <message>
        <source>The IANA zone of --cron and of times without an offset.</source>
        <translation>Le fuseau IANA de --cron et des heures sans décalage.</translation>
    </message>
    <message>
        <source>Alert the monitors&apos; channels when it begins and ends.</source>
        <translation>Avertir les canaux des moniteurs au début et à la fin.</translation>
    </message>
    <message>
        <source>No alerts when it begins and ends (the default).</source>
        <translation>Pas d’alerte au début ni à la fin (par défaut).</translation>
    </message>
    <message>
        <source>
Sub-commands:
  monitor add --name NAME [--period 1d | --cron EXPR [--tz ZONE]] [--grace 1h]
              [--slug S] [--tag T]... [--channel NAME]...
  monitor edit MONITOR [--name ...] [--period ...] [--grace ...] ...
  monitor list [--status S] [--tag T]
  monitor show|pause|resume|remove MONITOR
  monitor pings MONITOR [--limit N]
  channel add --kind slack|discord|webhook|email|desktop --name NAME [options]
      (the secret - webhook URL or SMTP password - is read from standard
       input, or prompted for without echo)
  channel edit NAME [--name N] [--on down,up] [--reminder 1h]
               [--default|--not-default]
  channel list | test NAME | remove NAME
  apikey add --name NAME [--read-only] | apikey list | apikey remove NAME
      (a management API key; it is shown once, when it is made)
  maintenance add --name NAME (--monitor M... | --tag T... | --all)
      (--from ISO --to ISO | --cron EXPR --duration D) [--tz ZONE] [--notify]
  maintenance list | show NAME | edit NAME [options] | remove NAME
      (during a window deadlines do not alert and checks do not run)
  mute --for DURATION|--until TIME [--monitor M | --tag T]
      (alerts are recorded, not sent; at the end each channel that missed some
       gets one summary. No option: what is muted now)
  unmute [--monitor M | --tag T]   (no option: every mute)
  tls fingerprint [--tls-cert FILE]
      (the SHA-256 fingerprint of the HTTPS certificate, to compare on a client)
  alerts [--monitor MONITOR] [--limit N]
  schedule --cron EXPR [--tz ZONE] [--after ISO-8601] [--count N]
  report --from DATE --to DATE [--monitor M]... [--tag T] [--tz ZONE]
         --format pdf|html|csv|json -o FILE [--include-bodies]
      (dates in local time, or the --tz zone, unless they carry an offset;
       the period is half-open: --to is not included)
  incident note ID TEXT   (an empty TEXT removes the note)
  incident ack ID|MONITOR [--note TEXT]
      (&quot;I&apos;m on it&quot;: its reminders and escalations stop; the recovery still
       goes out. MONITOR: its open incident)
  import crontab [FILE|-] [--user NAME] [--host NAME] [--tag T]...
                 [--dry-run|--apply]
      (no FILE: crontab -l; a monitor for each job, and the crontab with
       each job wrapped in uptrack-run; --apply creates them and writes
       FILE.uptrack beside the original)
MONITOR is an id, a slug or a token. Add --json for JSON output.
On a server: uptrack --server https://HOST:8471 [--fingerprint SHA256] COMMAND
  (or UPTRACK_SERVER; the key in UPTRACK_API_KEY, or typed once on a terminal
   and kept in the keychain; the certificate pinned once accepted)
</source>
        <translation>
Sous-commandes&#xa0;:
  monitor add --name NOM [--period 1d | --cron EXPR [--tz FUSEAU]] [--grace 1h]
              [--slug S] [--tag T]... [--channel NOM]...
  monitor edit SONDE [--name ...] [--period ...] [--grace ...] ...
  monitor list [--status S] [--tag T]
  monitor show|pause|resume|remove SONDE
  monitor pings SONDE [--limit N]
  channel add --kind slack|discord|webhook|email|desktop --name NOM [options]
      (le secret – URL du webhook ou mot de passe SMTP – est lu sur l’entrée
       standard, ou demandé sans écho)
  channel edit NAME [--name N] [--on down,up] [--reminder 1h]
               [--default|--not-default]
  channel list | test NOM | remove NOM
  apikey add --name NOM [--read-only] | apikey list | apikey remove NOM
      (une clé de l’API de gestion ; elle n’est affichée qu’une fois, à sa création)
  maintenance add --name NOM (--monitor M... | --tag T... | --all)
      (--from ISO --to ISO | --cron EXPR --duration D) [--tz FUSEAU] [--notify]
  maintenance list | show NOM | edit NOM [options] | remove NOM
      (pendant une fenêtre, les échéances n’alertent pas et les vérifications ne tournent pas)
  mute --for DURÉE|--until HEURE [--monitor S | --tag T]
      (les alertes sont enregistrées, pas envoyées&#xa0;; à la fin chaque canal qui en a
       manqué reçoit un résumé. Sans option&#xa0;: ce qui est en sourdine)
  unmute [--monitor S | --tag T]   (sans option&#xa0;: toutes les mises en sourdine)
  tls fingerprint [--tls-cert FICHIER]
      (l’empreinte SHA-256 du certificat HTTPS, à comparer sur un client)
  alerts [--monitor SONDE] [--limit N]
  schedule --cron EXPR [--tz FUSEAU] [--after ISO-8601] [--count N]
  report --from DATE --to DATE [--monitor S]... [--tag T] [--tz FUSEAU]
         --format pdf|html|csv|json -o FICHIER [--include-bodies]
      (dates en heure locale, ou dans le fuseau de --tz, sauf si elles portent
       un décalage&#xa0;; la période est semi-ouverte&#xa0;: --to n’est pas inclus)
  incident note ID TEXTE   (un TEXTE vide supprime la note)
  incident ack ID|SONDE [--note TEXTE]
      («&#xa0;Je m’en occupe&#xa0;»&#xa0;: ses rappels et escalades s’arrêtent&#xa0;; le
       rétablissement part quand même. SONDE&#xa0;: son incident ouvert)
  import crontab [FICHIER|-] [--user NOM] [--host NOM] [--tag T]...
                 [--dry-run|--apply]
      (sans FICHIER : crontab -l ; une sonde par job, et la crontab avec
       chaque job dans uptrack-run ; --apply les crée et écrit
       FICHIER.uptrack à côté de l’original)
SONDE est un identifiant, un slug ou un jeton. Ajoutez --json pour du JSON.
Sur un serveur&#xa0;: uptrack --server https://HÔTE:8471 [--fingerprint SHA256] COMMANDE
  (ou UPTRACK_SERVER&#xa0;; la clé dans UPTRACK_API_KEY, ou saisie une fois dans un terminal
   et gardée dans le trousseau&#xa0;; le certificat épinglé une fois accepté)
</translation>
    </message>
    <message>
        <source>--%1: a number from 1 to %2</source>
        <translation>--%1&#xa0;: un nombre de 1 à %2</translation>
    </message>
    <message>
        <source>--confirm is another name for --down-after: give one of them</source>
        <translation>--confirm est un autre nom de --down-after&#xa0;: donnez l’un des deux</translation>
    </message>
    <message>
        <source>  down after:  %1 misses or failures in a row (%2 so far)
</source>
        <translation>  en panne après&#xa0;: %1 absences ou échecs d’affilée (%2 jusqu’ici)
</translation>
    </message>
    <message>
        <source>  min run:     %1 (a shorter run is a failure)
</source>
        <translation>  durée min.&#xa0;: %1 (une exécution plus courte est un échec)
</translation>
    </message>
    <message>
        <source>  depends on:  %1
</source>
        <translation>  dépend de&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  parent:      %1 is down: this one alerts nothing of its own
</source>
        <translation>  parent&#xa0;: %1 est en panne&#xa0;: celle-ci n’alerte pas d’elle-même
</translation>
    </message>
    <message>
        <source>  parent:      waiting for %1&apos;s verdict
</source>
        <translation>  parent&#xa0;: attend le verdict de %1
</translation>
    </message>
    <message>
        <source>give --monitor or --tag, not both (without either: every monitor)</source>
        <translation>donnez --monitor ou --tag, pas les deux (sans l’un ni l’autre&#xa0;: toutes les sondes)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>uptrack mute needs --for DURATION (4h, 30m) or --until TIME</source>
        <translation>uptrack mute demande --for DURÉE (4h, 30m) ou --until HEURE</translation>
    </message>
    <message>
        <source>Nothing was muted.
</source>
        <translation>Rien n’était en sourdine.
</translation>
    </message>
    <message>
        <source>Unmuted %1: alerts go out again; each channel that missed some gets a summary.
</source>
        <translation>Sourdine levée pour %1&#xa0;: les alertes repartent&#xa0;; chaque canal qui en a manqué reçoit un résumé.
</translation>
    </message>
    <message>
        <source>give --for or --until, not both</source>
        <translation>donnez --for ou --until, pas les deux</translation>
    </message>
    <message>
        <source>a mute lasts longer than 0s</source>
        <translation>une mise en sourdine dure plus de 0s</translation>
    </message>
    <message>
        <source>--until takes a time like 2026-03-01T08:00 or 2026-03-01T08:00:00+02:00 (&quot;%1&quot; is not one).</source>
        <translation>--until prend une heure comme 2026-03-01T08:00 ou 2026-03-01T08:00:00+02:00 («&#xa0;%1&#xa0;» n’en est pas une).</translation>
    </message>
    <message>
        <source>Muted %1 until %2: alerts are recorded, not sent; then each channel that missed some gets one summary.
</source>
        <translation>%1 en sourdine jusqu’à %2&#xa0;: les alertes sont enregistrées, pas envoyées&#xa0;; ensuite chaque canal qui en a manqué reçoit un résumé.
</translation>
    </message>
    <message>
        <source>The mute ended already.</source>
        <translation>La mise en sourdine est déjà terminée.</translation>
    </message>
    <message>
        <source>Nothing is muted. (uptrack mute --for 4h mutes every monitor.)
</source>
        <translation>Rien n’est en sourdine. (uptrack mute --for 4h met toutes les sondes en sourdine.)
</translation>
    </message>
    <message>
        <source>%1 muted until %2
</source>
        <translation>%1 en sourdine jusqu’à %2
</translation>
    </message>
    <message>
        <source>A channel for this monitor (repeat for more); NAME:30m escalates: that channel hears of an outage only once it lasted 30 min.</source>
        <translation>Un canal pour cette sonde (à répéter)&#xa0;; NOM:30m escalade&#xa0;: ce canal n’apprend une panne qu’une fois qu’elle a duré 30 min.</translation>
    </message>
    <message>
        <source>name[:delay]</source>
        <translation>nom[:délai]</translation>
    </message>
    <message>
        <source>A run (a finish after its /start) shorter than this is a failure, &quot;too_fast&quot;: the backup that did nothing (0: none).</source>
        <translation>Une exécution (une fin après son /start) plus courte est un échec, «&#xa0;too_fast&#xa0;»&#xa0;: la sauvegarde qui n’a rien fait (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Misses or failures in a row before the monitor is down (default 1; checks: 2). Until then it is late.</source>
        <translation>Absences ou échecs d’affilée avant que la sonde soit en panne (1 par défaut&#xa0;; vérifications&#xa0;: 2). D’ici là elle est en retard.</translation>
    </message>
    <message>
        <source>A monitor this one depends on (repeatable): while it is down, this one&apos;s failures are recorded but alert nothing of their own.</source>
        <translation>Une sonde dont celle-ci dépend (à répéter)&#xa0;: tant qu’elle est en panne, les échecs de celle-ci sont enregistrés mais n’alertent pas d’eux-mêmes.</translation>
    </message>
    <message>
        <source>The monitor depends on no other.</source>
        <translation>La sonde ne dépend d’aucune autre.</translation>
    </message>
    <message>
        <source>The same as --down-after (failures in a row before a check is down).</source>
        <translation>Comme --down-after (échecs d’affilée avant qu’une vérification soit en panne).</translation>
    </message>
    <message>
        <source>Only this monitor.</source>
        <translation>Seulement cette sonde.</translation>
    </message>
    <message>
        <source>How long (4h, 30m, 1d).</source>
        <translation>Combien de temps (4h, 30m, 1d).</translation>
    </message>
    <message>
        <source>Until this time (ISO 8601, local time without an offset).</source>
        <translation>Jusqu’à cette heure (ISO 8601, heure locale sans décalage).</translation>
    </message>
    <message>
        <source>Why, or what is being done (for the others).</source>
        <translation>Pourquoi, ou ce qui est fait (pour les autres).</translation>
    </message>
    <message>
        <source>usage: uptrack incident ack ID|MONITOR [--note TEXT]   (MONITOR: its open incident)</source>
        <translation>usage&#xa0;: uptrack incident ack ID|SONDE [--note TEXTE]   (SONDE&#xa0;: son incident ouvert)</translation>
    </message>
    <message>
        <source>Acknowledged incident %1 as %2: its reminders stop; its recovery will still be announced.
</source>
        <translation>Incident %1 pris en charge par %2&#xa0;: ses rappels s’arrêtent&#xa0;; son rétablissement sera quand même annoncé.
</translation>
    </message>
    <message>
        <source>%1 (optional; Enter for none)</source>
        <translation>%1 (facultatif&#xa0;; Entrée pour aucun)</translation>
    </message>
    <message>
        <source>A command channel runs a program on the server: add it there with uptrack channel add --kind command, or start the server with --api-allows-command-channels.</source>
        <translation>Un canal commande lance un programme sur le serveur&#xa0;: ajoutez-le là-bas avec uptrack channel add --kind command, ou démarrez le serveur avec --api-allows-command-channels.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Uptrack watches your cron jobs: they ping it when they finish, and it alerts you when a ping does not come.

Sub-commands: uptrack monitor --help</source>
        <translation>Uptrack surveille vos tâches cron&#xa0;: elles lui envoient un ping quand elles se terminent, et il vous alerte quand un ping ne vient pas.

Sous-commandes&#xa0;: uptrack monitor --help</translation>
    </message>
    <message>
        <source>Run the core without a window.</source>
        <translation>Faire tourner le cœur sans fenêtre.</translation>
    </message>
    <message>
        <source>The database (default: %1).</source>
        <translation>La base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The base of the ping URLs shown to users, when jobs reach this machine by another name.</source>
        <translation>La base des URL de ping montrées aux utilisateurs, quand les tâches joignent cette machine sous un autre nom.</translation>
    </message>
    <message>
        <source>normal: survives a crash of Uptrack (default); full: also survives a power loss, slower.</source>
        <translation>normal&#xa0;: survit à un plantage d’Uptrack (par défaut)&#xa0;; full&#xa0;: survit aussi à une coupure de courant, plus lent.</translation>
    </message>
    <message>
        <source>Start the console hidden in the system tray, when there is one (as the login entry does).</source>
        <translation>Démarrer la console cachée dans la zone de notification, s’il y en a une (comme l’entrée de connexion).</translation>
    </message>
    <message>
        <source>--sync: normal or full</source>
        <translation>--sync&#xa0;: normal ou full</translation>
    </message>
    <message>
        <source>listening for pings at %1 (database %2)</source>
        <translation>écoute les pings sur %1 (base de données %2)</translation>
    </message>
    <message>
        <source>already running; brought its window to the front.</source>
        <translation>déjà lancé&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start the console from your desktop session, or run &quot;uptrack --headless&quot; on a machine without one.</source>
        <translation>aucun affichage graphique (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez la console depuis votre session de bureau, ou lancez «&#xa0;uptrack --headless&#xa0;» sur une machine sans bureau.</translation>
    </message>
    <message>
        <source>--%1: a number from %2 to %3</source>
        <translation>--%1&#xa0;: un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--%1: from %2 to %3</source>
        <translation>--%1&#xa0;: de %2 à %3</translation>
    </message>
    <message>
        <source>Where to listen for pings (default: all interfaces, port %1).</source>
        <translation>Où écouter les pings (par défaut&#xa0;: toutes les interfaces, port %1).</translation>
    </message>
    <message>
        <source>Bytes of a ping&apos;s body to store (default: %1).</source>
        <translation>Nombre d’octets du corps d’un ping à conserver (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Pings kept per monitor; older ones are deleted (default: %1).</source>
        <translation>Pings conservés par sonde&#xa0;; les plus anciens sont supprimés (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Days of flips, incidents and alerts kept; older ones are deleted daily (default: %1).</source>
        <translation>Jours de conservation des changements d’état, incidents et alertes&#xa0;; les plus anciens sont supprimés chaque jour (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>First delay before a failed alert delivery is tried again; it doubles up to an hour (default: %1).</source>
        <translation>Premier délai avant de réessayer l’envoi d’une alerte qui a échoué&#xa0;; il double jusqu’à une heure (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Pings a monitor may send at once before its rate limit applies (default %1; 0: no limit).</source>
        <translation>Pings qu’une sonde peut envoyer d’un coup avant que sa limite de débit s’applique (par défaut %1&#xa0;; 0&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>Pings a minute a monitor may send after the burst; more are answered 429 (default %1; 0: no limit).</source>
        <translation>Pings par minute qu’une sonde peut envoyer après la rafale&#xa0;; les suivants reçoivent 429 (par défaut %1&#xa0;; 0&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>Connections at once; more are closed at once (default %1).</source>
        <translation>Connexions simultanées&#xa0;; les suivantes sont fermées aussitôt (par défaut %1).</translation>
    </message>
    <message>
        <source>Connections at once from one address (default %1; 0: no limit).</source>
        <translation>Connexions simultanées depuis une adresse (par défaut %1&#xa0;; 0&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>Time for a request to arrive whole, else 408 and the connection is closed (default: %1).</source>
        <translation>Délai pour qu’une requête arrive en entier, sinon 408 et la connexion est fermée (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>An idle keep-alive connection is closed after this (default: %1).</source>
        <translation>Une connexion keep-alive inactive est fermée après ce délai (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>--tls: auto or off (or give --tls-cert FILE --tls-key FILE)</source>
        <translation>--tls : auto ou off (ou indiquez --tls-cert FICHIER --tls-key FICHIER)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: the certificate and its private key</source>
        <translation>--tls-cert et --tls-key vont ensemble : le certificat et sa clé privée</translation>
    </message>
    <message>
        <source>--tls auto makes its own certificate: leave out --tls-cert and --tls-key, or --tls auto</source>
        <translation>--tls auto crée son propre certificat : omettez --tls-cert et --tls-key, ou --tls auto</translation>
    </message>
    <message>
        <source>--tls-listen needs --tls auto or --tls-cert FILE --tls-key FILE</source>
        <translation>--tls-listen demande --tls auto ou --tls-cert FICHIER --tls-key FICHIER</translation>
    </message>
    <message>
        <source>The base of the URLs in management API answers (default: the ping URL base).</source>
        <translation>La base des URL dans les réponses de l’API de gestion (par défaut : la base des URL de ping).</translation>
    </message>
    <message>
        <source>auto: serve the management API over HTTPS with a self-signed certificate made for this machine (kept in %1); off (default, unless --tls-cert is given).</source>
        <translation>auto : servir l’API de gestion en HTTPS avec un certificat autosigné créé pour cette machine (conservé dans %1) ; off (par défaut, sauf si --tls-cert est donné).</translation>
    </message>
    <message>
        <source>The HTTPS certificate (PEM, with its chain); needs --tls-key.</source>
        <translation>Le certificat HTTPS (PEM, avec sa chaîne) ; demande --tls-key.</translation>
    </message>
    <message>
        <source>The HTTPS private key (PEM, owner-only).</source>
        <translation>La clé privée HTTPS (PEM, réservée au propriétaire).</translation>
    </message>
    <message>
        <source>Where to serve HTTPS (default: the --listen address, port %1).</source>
        <translation>Où servir HTTPS (par défaut : l’adresse de --listen, port %1).</translation>
    </message>
    <message>
        <source>Accept management API keys over plain HTTP from other machines too (keys then cross the LAN in clear text; default: HTTPS, or this machine only).</source>
        <translation>Accepter les clés de l’API de gestion en HTTP simple depuis d’autres machines aussi (les clés traversent alors le réseau en clair ; par défaut : HTTPS, ou cette machine seulement).</translation>
    </message>
    <message>
        <source>A reverse proxy whose X-Forwarded-For names a ping&apos;s source (comma-separated addresses; never trusted otherwise).</source>
        <translation>Un proxy inverse dont le X-Forwarded-For donne la source d’un ping (adresses séparées par des virgules ; jamais cru sinon).</translation>
    </message>
    <message>
        <source>--public-url: an http:// or https:// URL, such as https://uptrack.example.lan:8471</source>
        <translation>--public-url : une URL http:// ou https://, comme https://uptrack.example.lan:8471</translation>
    </message>
    <message>
        <source>--trusted-proxy: &quot;%1&quot; is not an IP address</source>
        <translation>--trusted-proxy : « %1 » n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>After a time without listening (asleep, stopped), how long monitors whose deadline passed meanwhile wait for their delayed pings before they go down (default: %1; 0: at once).</source>
        <translation>Après une période sans écoute (veille, arrêt), durée pendant laquelle les moniteurs dont l’échéance est passée entre-temps attendent leurs pings retardés avant de passer en panne (par défaut&#xa0;: %1 ; 0&#xa0;: aussitôt).</translation>
    </message>
    <message>
        <source>Where secrets (webhook URLs, passwords) are kept: keychain (the desktop&apos;s), file (an encrypted owner-only file, for servers) or auto (the keychain when one answers, else the file; the default, also from UPTRACK_SECRETS).</source>
        <translation>Où sont gardés les secrets (URL de webhook, mots de passe)&#xa0;: keychain (le trousseau du bureau), file (un fichier chiffré réservé au propriétaire, pour les serveurs) ou auto (le trousseau quand il répond, sinon le fichier&#xa0;; par défaut, aussi depuis UPTRACK_SECRETS).</translation>
    </message>
    <message>
        <source>--secrets (or UPTRACK_SECRETS): keychain, file or auto, not &quot;%1&quot;</source>
        <translation>--secrets (ou UPTRACK_SECRETS)&#xa0;: keychain, file ou auto, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Watch the watcher: ping this Healthchecks-compatible URL (another Uptrack, Healthchecks.io) while listening, so it alerts when this one is down or asleep.</source>
        <translation>Surveiller le surveillant&#xa0;: pinguer cette URL compatible Healthchecks (un autre Uptrack, Healthchecks.io) pendant l’écoute, pour qu’elle alerte quand celui-ci est arrêté ou en veille.</translation>
    </message>
    <message>
        <source>How often to send the self-ping (default: 1m; at least 10s).</source>
        <translation>Fréquence de l’auto-ping (par défaut&#xa0;: 1m&#xa0;; au moins 10s).</translation>
    </message>
    <message>
        <source>Keep this computer from sleeping while a job is due: from a few minutes before its deadline until its ping comes or its grace runs out (a logind sleep inhibitor).</source>
        <translation>Empêcher cet ordinateur de se mettre en veille quand une tâche est attendue&#xa0;: de quelques minutes avant son échéance jusqu’à son ping ou la fin de son délai de grâce (un inhibiteur de veille logind).</translation>
    </message>
    <message>
        <source>Attach the console to the Uptrack core on another machine (such as https://office-server:8471) instead of running one here.</source>
        <translation>Relier la console au cœur Uptrack d’une autre machine (comme https://office-server:8471) au lieu d’en lancer un ici.</translation>
    </message>
    <message>
        <source>With --connect: the server certificate&apos;s SHA-256 fingerprint, as &quot;uptrack tls fingerprint&quot; prints it there (also UPTRACK_FINGERPRINT; else it is shown once to compare).</source>
        <translation>Avec --connect&#xa0;: l’empreinte SHA-256 du certificat du serveur, telle que «&#xa0;uptrack tls fingerprint&#xa0;» l’affiche là-bas (aussi UPTRACK_FINGERPRINT&#xa0;; sinon elle est montrée une fois pour comparaison).</translation>
    </message>
    <message>
        <source>--connect and --fingerprint are for the console (not with --headless).</source>
        <translation>--connect et --fingerprint sont pour la console (pas avec --headless).</translation>
    </message>
    <message>
        <source>--fingerprint goes with --connect URL.</source>
        <translation>--fingerprint va avec --connect URL.</translation>
    </message>
    <message>
        <source>--fingerprint (or UPTRACK_FINGERPRINT): &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, as &quot;uptrack tls fingerprint&quot; prints them).</source>
        <translation>--fingerprint (ou UPTRACK_FINGERPRINT)&#xa0;: «&#xa0;%1&#xa0;» n’est pas une empreinte SHA-256 (64&#xa0;chiffres hexadécimaux, comme «&#xa0;uptrack tls fingerprint&#xa0;» les affiche).</translation>
    </message>
    <message>
        <source>attached to %1 (%2)</source>
        <translation>relié à %1 (%2)</translation>
    </message>
    <message>
        <source>Let the management API add and change channels of the command kind (a program run on this machine for each alert; default: the command line and the console here only).</source>
        <translation>Laisser l’API de gestion ajouter et modifier des canaux de type command (un programme lancé sur cette machine pour chaque alerte&#xa0;; par défaut&#xa0;: seulement la ligne de commande et la console d’ici).</translation>
    </message>
    <message>
        <source>Take pings by e-mail here: a message to &lt;token&gt;@this host is a ping (off by default; 2525, or 25 with CAP_NET_BIND_SERVICE).</source>
        <translation>Recevoir ici les pings par e-mail&#xa0;: un message à &lt;jeton&gt;@cet hôte est un ping (désactivé par défaut&#xa0;; 2525, ou 25 avec CAP_NET_BIND_SERVICE).</translation>
    </message>
</context>
<context>
    <name>remote</name>
    <message>
        <source>The certificate of %1 has changed: it is now %2, but %3 is the one trusted here. If the server&apos;s certificate was renewed or replaced, compare the new one with &quot;uptrack tls fingerprint&quot; on the server and give it with --fingerprint; if not, something else answers at that address: do not go on.</source>
        <translation>Le certificat de %1 a changé&#xa0;: c’est maintenant %2, mais c’est %3 qui est approuvé ici. Si le certificat du serveur a été renouvelé ou remplacé, comparez le nouveau avec «&#xa0;uptrack tls fingerprint&#xa0;» sur le serveur et donnez-le avec --fingerprint&#xa0;; sinon, quelque chose d’autre répond à cette adresse&#xa0;: n’allez pas plus loin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: give https://HOST:8471 (the address of the machine whose Uptrack you want).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur&#xa0;: donnez https://HÔTE:8471 (l’adresse de la machine dont vous voulez l’Uptrack).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid now (it runs from %2 to %3). On the server, restart Uptrack with --tls auto to renew it, or replace the --tls-cert file.</source>
        <translation>Le certificat de %1 n’est pas valide maintenant (il va de %2 à %3). Sur le serveur, redémarrez Uptrack avec --tls auto pour le renouveler, ou remplacez le fichier --tls-cert.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2.</source>
        <translation>Le certificat de %1 n’est pas digne de confiance&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not known here yet (no CA vouches for it). Its SHA-256 fingerprint is %2: compare it with what &quot;uptrack tls fingerprint&quot; prints on the server, then give it with --fingerprint or UPTRACK_FINGERPRINT (or run the command once on a terminal to accept it).</source>
        <translation>Le certificat de %1 n’est pas encore connu ici (aucune autorité ne s’en porte garante). Son empreinte SHA-256 est %2&#xa0;: comparez-la avec ce qu’affiche «&#xa0;uptrack tls fingerprint&#xa0;» sur le serveur, puis donnez-la avec --fingerprint ou UPTRACK_FINGERPRINT (ou lancez la commande une fois dans un terminal pour l’accepter).</translation>
    </message>
    <message>
        <source>Could not reach the Uptrack server at %1: no answer in %2 s. Is the address right, and the machine on?</source>
        <translation>Impossible de joindre le serveur Uptrack à %1&#xa0;: pas de réponse en %2&#xa0;s. L’adresse est-elle juste, et la machine allumée&#xa0;?</translation>
    </message>
    <message>
        <source>Could not reach the Uptrack server at %1: %2. Is it running there (systemctl status uptrack) and is this its address and HTTPS port?</source>
        <translation>Impossible de joindre le serveur Uptrack à %1&#xa0;: %2. Tourne-t-il là-bas (systemctl status uptrack), et est-ce bien son adresse et son port HTTPS&#xa0;?</translation>
    </message>
    <message>
        <source>%1 does not speak HTTPS (the TLS handshake failed: %2). Is it the plain-HTTP ping port? The API&apos;s HTTPS port is 8471 by default (uptrack --tls auto).</source>
        <translation>%1 ne parle pas HTTPS (la négociation TLS a échoué&#xa0;: %2). Est-ce le port HTTP des pings&#xa0;? Le port HTTPS de l’API est 8471 par défaut (uptrack --tls auto).</translation>
    </message>
    <message>
        <source>%1 did not answer as an Uptrack server does: %2.</source>
        <translation>%1 n’a pas répondu comme un serveur Uptrack&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2).</source>
        <translation>%1 a refusé la clé d’API (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to the event stream: %3</source>
        <translation>%1 a répondu HTTP %2 au flux d’événements&#xa0;: %3</translation>
    </message>
    <message>
        <source>No word from %1 for %2 s: the connection is lost.</source>
        <translation>Rien de %1 depuis %2&#xa0;s&#xa0;: la connexion est perdue.</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2.</source>
        <translation>Connexion à %1 perdue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 closed the event stream.</source>
        <translation>%1 a fermé le flux d’événements.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3: %4</source>
        <translation>%1 a répondu HTTP %2 à %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>uptrack::AlertHistoryModel</name>
    <message>
        <source>Down alert</source>
        <translation>Alerte de panne</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Slow run</source>
        <translation>Exécution lente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>(test)</source>
        <translation>(test)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochain essai %1</translation>
    </message>
    <message>
        <source>trying now</source>
        <translation>essai en cours</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Delivered / next</source>
        <translation>Remise / prochaine</translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation>(canal supprimé)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>The monitor had no channel when this alert was raised. Add one under Channels, and give it to the monitor.</source>
        <translation>La sonde n’avait aucun canal quand cette alerte a été levée. Ajoutez-en un sous « Canaux » et attribuez-le à la sonde.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no channel — nobody was alerted</source>
        <translation>aucun canal — personne n’a été alerté</translation>
    </message>
    <message>
        <source>Maintenance began</source>
        <translation>Maintenance commencée</translation>
    </message>
    <message>
        <source>Maintenance ended</source>
        <translation>Maintenance terminée</translation>
    </message>
    <message>
        <source>While muted</source>
        <translation>Pendant la sourdine</translation>
    </message>
    <message>
        <source>Muted (not sent)</source>
        <translation>En sourdine (non envoyée)</translation>
    </message>
</context>
<context>
    <name>uptrack::ApiKeysDialog</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&amp;Read-only (may read checks, never change them)</source>
        <translation>&amp;Lecture seule (peut lire les contrôles, jamais les modifier)</translation>
    </message>
    <message>
        <source>Create &amp;key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Keys for scripts and tools that use the management API (Healthchecks&apos; API under /api/v3/). A key is shown once, when it is made: only its hash is kept.</source>
        <translation>Des clés pour les scripts et outils qui utilisent l’API de gestion (l’API de Healthchecks sous /api/v3/). Une clé n’est affichée qu’une fois, à sa création : seul son hachage est conservé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>what it is for, e.g. deploy</source>
        <translation>à quoi elle sert, p. ex. deploy</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Nom de la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>La nouvelle clé</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>HTTPS is off: keys are accepted from this computer only. Start Uptrack with --tls auto to use the API from other machines.</source>
        <translation>HTTPS est désactivé : les clés ne sont acceptées que depuis cet ordinateur. Lancez Uptrack avec --tls auto pour utiliser l’API depuis d’autres machines.</translation>
    </message>
    <message>
        <source>HTTPS certificate (SHA-256), to compare on a client:
%1</source>
        <translation>Certificat HTTPS (SHA-256), à comparer sur un client :
%1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot;: copy it now, it is not shown again.</source>
        <translation>La clé « %1 » : copiez-la maintenant, elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>Remove the API key?</source>
        <translation>Supprimer la clé d’API ?</translation>
    </message>
    <message>
        <source>Remove the API key &quot;%1&quot;? Scripts that use it stop working at once.</source>
        <translation>Supprimer la clé d’API « %1 » ? Les scripts qui l’utilisent cessent aussitôt de fonctionner.</translation>
    </message>
</context>
<context>
    <name>uptrack::ChannelEditor</name>
    <message>
        <source>Down alerts (and reminders)</source>
        <translation>Alertes de panne (et rappels)</translation>
    </message>
    <message>
        <source>Recovery notices</source>
        <translation>Avis de rétablissement</translation>
    </message>
    <message>
        <source>Use for new monitors</source>
        <translation>Utiliser pour les nouvelles sondes</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <source>Repeat down alerts this often while down, e.g. 1h; 0 for never.</source>
        <translation>Répéter les alertes de panne à cet intervalle tant que dure la panne, par ex. 1h&#xa0;; 0 pour jamais.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Envoie&#xa0;:</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Donnez un nom au canal.</translation>
    </message>
    <message>
        <source>Reminders: a duration of at least 1m (like 30m or 2h), or 0 for none.</source>
        <translation>Rappels&#xa0;: une durée d’au moins 1m (comme 30m ou 2h), ou 0 pour aucun.</translation>
    </message>
    <message>
        <source>The channel must get down alerts, recovery notices, or both.</source>
        <translation>Le canal doit recevoir les alertes de panne, les avis de rétablissement, ou les deux.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Remind every</source>
        <translation>Rappeler toutes les</translation>
    </message>
    <message>
        <source>Remind &amp;every:</source>
        <translation>Rapp&amp;eler toutes les :</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Modifier le canal %1</translation>
    </message>
    <message>
        <source>Its %1 settings and secret stay as they are. To change them, add a new channel and remove this one.</source>
        <translation>Ses réglages %1 et son secret restent tels quels. Pour les changer, ajoutez un nouveau canal et supprimez celui-ci.</translation>
    </message>
    <message>
        <source>never (e.g. 1h repeats the alert hourly)</source>
        <translation>jamais (par ex. 1h répète l’alerte toutes les heures)</translation>
    </message>
    <message>
        <source>e.g. Ops %1</source>
        <translation>p. ex. Exploitation %1</translation>
    </message>
</context>
<context>
    <name>uptrack::ChannelFieldWidget</name>
    <message>
        <source>kept in the system keychain only</source>
        <translation>conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
</context>
<context>
    <name>uptrack::ChannelsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Canaux de notification</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Where alerts go. Secrets (webhook URLs, tokens, passwords) are kept in the system keychain only.</source>
        <translation>Où vont les alertes. Les secrets (URL de webhook, jetons, mots de passe) sont conservés uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>down</source>
        <translation>panne</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>, reminder every %1</source>
        <translation>, rappel toutes les %1</translation>
    </message>
    <message>
        <source>, default</source>
        <translation>, par défaut</translation>
    </message>
    <message>
        <source>Channel not added</source>
        <translation>Canal non ajouté</translation>
    </message>
    <message>
        <source>Added. Use &quot;Send test&quot; to try it.</source>
        <translation>Ajouté. Utilisez «&#xa0;Envoyer un test&#xa0;» pour l’essayer.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <source>Remove the channel &quot;%1&quot;? Monitors stop using it and its pending alerts are dropped.</source>
        <translation>Supprimer le canal «&#xa0;%1&#xa0;»&#xa0;? Les sondes cessent de l’utiliser et ses alertes en attente sont abandonnées.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Sending a test message through &quot;%1&quot;…</source>
        <translation>Envoi d’un message de test par «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>✔ Delivered through &quot;%1&quot; (%2).</source>
        <translation>✔ Remis par «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>✘ Not delivered through &quot;%1&quot;: %2</source>
        <translation>✘ Non remis par «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Existing monitors</source>
        <translation>Sondes existantes</translation>
    </message>
    <message numerus="yes">
        <source>New monitors will use &quot;%1&quot;. Should the %n existing monitor(s) use it too?</source>
        <translation>
            <numerusform>Les nouvelles sondes utiliseront « %1 ». La sonde existante (%n) doit-elle l’utiliser aussi ?</numerusform>
            <numerusform>Les nouvelles sondes utiliseront « %1 ». Les %n sondes existantes doivent-elles l’utiliser aussi ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Channel not changed</source>
        <translation>Canal non modifié</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Modifié.</translation>
    </message>
    <message>
        <source>Where %1 sends alerts. Secrets (webhook URLs, tokens, passwords) travel encrypted to its secret store and are kept there only, never on this computer.</source>
        <translation>Où %1 envoie les alertes. Les secrets (URL de webhook, jetons, mots de passe) voyagent chiffrés jusqu’à son coffre de secrets et ne sont gardés que là, jamais sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>uptrack::CheckEditor</name>
    <message>
        <source>Check</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>must not a&amp;ppear</source>
        <translation>ne doit &amp;pas apparaître</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>e.g. 30s, 1m, 5m</source>
        <translation>par ex. 30s, 1m, 5m</translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation>par ex. 10s</translation>
    </message>
    <message>
        <source>e.g. 200-299,301</source>
        <translation>par ex. 200-299,301</translation>
    </message>
    <message>
        <source>optional: text the page must contain</source>
        <translation>facultatif&#xa0;: texte que la page doit contenir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>An answer slower than this fails the check.</source>
        <translation>Une réponse plus lente fait échouer le test.</translation>
    </message>
    <message>
        <source>optional, one per line: Authorization: Bearer …</source>
        <translation>facultatif, un par ligne&#xa0;: Authorization: Bearer …</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> jours avant l’expiration</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> échecs consécutifs</translation>
    </message>
    <message>
        <source>One failed check may be a blip: the check is down only after this many in a row, and each failure is kept with its reason.</source>
        <translation>Un échec isolé peut être un accident&#xa0;: le test n’est en panne qu’après ce nombre d’échecs consécutifs, et chaque échec est conservé avec son motif.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>Méth&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Délai d’att&amp;ente&#xa0;:</translation>
    </message>
    <message>
        <source>Expected stat&amp;us:</source>
        <translation>Codes d’&amp;état acceptés&#xa0;:</translation>
    </message>
    <message>
        <source>Key&amp;word:</source>
        <translation>&amp;Mot-clé&#xa0;:</translation>
    </message>
    <message>
        <source>Response-time l&amp;imit:</source>
        <translation>Temps de réponse ma&amp;ximal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>En-tê&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Every: %1</source>
        <translation>Intervalle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Délai d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Response-time limit: %1</source>
        <translation>Temps de réponse maximal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the URL to check.</source>
        <translation>Saisissez l’URL à tester.</translation>
    </message>
    <message>
        <source>Enter the HOST:PORT to connect to.</source>
        <translation>Saisissez l’HÔTE:PORT auquel se connecter.</translation>
    </message>
    <message>
        <source> echo requests, half a second apart</source>
        <translation> requêtes echo, à une demi-seconde d’intervalle</translation>
    </message>
    <message>
        <source> % of them may be lost</source>
        <translation> % peuvent en être perdues</translation>
    </message>
    <message>
        <source>A run that loses more fails; a run that loses all always fails.</source>
        <translation>Une exécution qui en perd davantage échoue ; une exécution qui les perd toutes échoue toujours.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>optional: an answer must equal this</source>
        <translation>facultatif : une réponse doit valoir ceci</translation>
    </message>
    <message>
        <source>An address for A and AAAA, &quot;10 mail.example.com&quot; or just the host for MX, the text for TXT, the target for CNAME.</source>
        <translation>Une adresse pour A et AAAA, « 10 mail.example.com » ou seulement l’hôte pour MX, le texte pour TXT, la cible pour CNAME.</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>résolveur de cet ordinateur</translation>
    </message>
    <message>
        <source>The IP address of the name server to ask (port 53), e.g. the office&apos;s DNS server.</source>
        <translation>L’adresse IP du serveur de noms à interroger (port 53), par ex. le serveur DNS du bureau.</translation>
    </message>
    <message>
        <source>Echo re&amp;quests:</source>
        <translation>Requêtes ec&amp;ho :</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>Type d’enregistre&amp;ment :</translation>
    </message>
    <message>
        <source>E&amp;xpected value:</source>
        <translation>Valeur a&amp;ttendue :</translation>
    </message>
    <message>
        <source>Name &amp;server:</source>
        <translation>Ser&amp;veur de noms :</translation>
    </message>
    <message>
        <source>An average round trip slower than this fails the check.</source>
        <translation>Un aller-retour moyen plus lent que ceci fait échouer la vérification.</translation>
    </message>
    <message>
        <source>printer.lan or 192.168.1.20</source>
        <translation>printer.lan ou 192.168.1.20</translation>
    </message>
    <message>
        <source>Enter the host name or address to ping.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse à pinguer.</translation>
    </message>
    <message>
        <source>Enter the name to look up.</source>
        <translation>Saisissez le nom à résoudre.</translation>
    </message>
    <message>
        <source>Follow &amp;redirects (also to other hosts; the result shows where)</source>
        <translation>&amp;Suivre les redirections (y compris vers d’autres hôtes ; le résultat indique où)</translation>
    </message>
    <message>
        <source>Accept a self-signed or in&amp;valid certificate (LAN services)</source>
        <translation>Accepter un certificat auto-si&amp;gné ou invalide (services du réseau local)</translation>
    </message>
    <message>
        <source>Certificate warnin&amp;g:</source>
        <translation>A&amp;vertissement de certificat :</translation>
    </message>
    <message>
        <source>Packet lo&amp;ss:</source>
        <translation>&amp;Perte de paquets :</translation>
    </message>
    <message>
        <source>Down a&amp;fter:</source>
        <translation>En panne ap&amp;rès :</translation>
    </message>
</context>
<context>
    <name>uptrack::ConnectDialog</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Uptrack</source>
        <translation>Uptrack</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Show the monitors of an Uptrack core on another machine (one that is always on, so it watches while this computer sleeps), or of this computer&apos;s own. On the server, &lt;tt&gt;uptrack apikey add --name NAME&lt;/tt&gt; makes the key it asks for.</source>
        <translation>Afficher les moniteurs d’un cœur Uptrack sur une autre machine (une machine toujours allumée, qui veille pendant que cet ordinateur dort), ou ceux de cet ordinateur. Sur le serveur, &lt;tt&gt;uptrack apikey add --name NOM&lt;/tt&gt; crée la clé demandée.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Serveurs récents</translation>
    </message>
    <message>
        <source>office-server or https://office-server:8471</source>
        <translation>office-server ou https://office-server:8471</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>The API key for %1 (on the server, &quot;uptrack apikey add --name NAME&quot; makes one):</source>
        <translation>La clé d’API de %1 (sur le serveur, «&#xa0;uptrack apikey add --name NOM&#xa0;» en crée une)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 refused the key (%2). The API key for %1:</source>
        <translation>%1 a refusé la clé (%2). La clé d’API de %1&#xa0;:</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>Clé d’API de %1</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 does not look like an Uptrack server (it answered HTTP %2 to %3). Check the address and port.</source>
        <translation>%1 ne ressemble pas à un serveur Uptrack (il a répondu HTTP %2 à %3). Vérifiez l’adresse et le port.</translation>
    </message>
    <message>
        <source>The API key works but could not be kept in the keychain (%1); you will be asked again next time.</source>
        <translation>La clé d’API fonctionne mais n’a pas pu être gardée dans le trousseau (%1)&#xa0;; elle sera redemandée la prochaine fois.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not known here yet (SHA-256 fingerprint %2). Compare it with &quot;uptrack tls fingerprint&quot; on the server and give it with --fingerprint (or UPTRACK_FINGERPRINT), or connect once from a desktop to be asked.</source>
        <translation>Le certificat de %1 n’est pas encore connu ici (empreinte SHA-256 %2). Comparez-la avec «&#xa0;uptrack tls fingerprint&#xa0;» sur le serveur et donnez-la avec --fingerprint (ou UPTRACK_FINGERPRINT), ou connectez-vous une fois depuis un bureau pour qu’elle vous soit demandée.</translation>
    </message>
    <message>
        <source>No API key for %1: set UPTRACK_API_KEY (&quot;uptrack apikey add --name NAME&quot; on the server makes one), or connect once from a desktop to enter it.</source>
        <translation>Pas de clé d’API pour %1&#xa0;: définissez UPTRACK_API_KEY («&#xa0;uptrack apikey add --name NOM&#xa0;» sur le serveur en crée une), ou connectez-vous une fois depuis un bureau pour la saisir.</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2). Check it, or make one with &quot;uptrack apikey add --name NAME&quot; on the server.</source>
        <translation>%1 a refusé la clé d’API (%2). Vérifiez-la, ou créez-en une avec «&#xa0;uptrack apikey add --name NOM&#xa0;» sur le serveur.</translation>
    </message>
</context>
<context>
    <name>uptrack::CoreRuntime</name>
    <message>
        <source>Cannot create the folder %1 for the database. Choose another place with --db PATH.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données. Choisissez un autre emplacement avec --db CHEMIN.</translation>
    </message>
    <message>
        <source>Another Uptrack (process %1) is already running on the database %2. Use it, or stop it first; sub-commands such as &quot;uptrack monitor list&quot; work beside it.</source>
        <translation>Un autre Uptrack (processus %1) tourne déjà sur la base de données %2. Utilisez-le, ou arrêtez-le d’abord&#xa0;; les sous-commandes comme «&#xa0;uptrack monitor list&#xa0;» fonctionnent à côté.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1: check the folder&apos;s permissions.</source>
        <translation>Impossible de créer le fichier de verrou à côté de %1&#xa0;: vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>not listening (disabled)</source>
        <translation>n’écoute pas (désactivé)</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>n’écoute pas</translation>
    </message>
</context>
<context>
    <name>uptrack::Engine</name>
    <message>
        <source>The database refused the pending writes; try again.</source>
        <translation>La base de données a refusé les écritures en attente&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by another monitor.</source>
        <translation>Le slug «&#xa0;%1&#xa0;» est déjà utilisé par une autre sonde.</translation>
    </message>
    <message>
        <source>No monitor with id %1.</source>
        <translation>Aucune sonde avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was paused.</source>
        <translation>La base de données a refusé la modification&#xa0;; rien n’a été mis en pause.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was resumed.</source>
        <translation>La base de données a refusé la modification&#xa0;; rien n’a été repris.</translation>
    </message>
    <message>
        <source>No channel is named &quot;%1&quot; (see &quot;uptrack channel list&quot;).</source>
        <translation>Aucun canal ne s’appelle «&#xa0;%1&#xa0;» (voir «&#xa0;uptrack channel list&#xa0;»).</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>La note est trop longue (au plus 10 000 caractères).</translation>
    </message>
    <message>
        <source>There is no incident %1 (uptrack report lists them with their ids).</source>
        <translation>Il n’y a pas d’incident %1 (uptrack report les liste avec leurs identifiants).</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>Un canal a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; already exists.</source>
        <translation>Un canal nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>No channel with id %1.</source>
        <translation>Aucun canal avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>A check runs on its interval (--interval), not on a schedule.</source>
        <translation>Un test s’exécute à son intervalle (--interval), pas selon un planning.</translation>
    </message>
    <message>
        <source>Only uptime checks (HTTP, TCP, ICMP, DNS) have check settings.</source>
        <translation>Seules les vérifications de disponibilité (HTTP, TCP, ICMP, DNS) ont des réglages de vérification.</translation>
    </message>
    <message>
        <source>A monitor&apos;s kind (%1) does not change; add a new monitor instead.</source>
        <translation>Le type d’une sonde (%1) ne change pas ; ajoutez plutôt une nouvelle sonde.</translation>
    </message>
    <message>
        <source>An API key named &quot;%1&quot; exists already (uptrack apikey remove &quot;%1&quot; first, or choose another name).</source>
        <translation>Une clé d’API nommée « %1 » existe déjà (d’abord uptrack apikey remove « %1 », ou choisissez un autre nom).</translation>
    </message>
    <message>
        <source>No API key is named &quot;%1&quot; (uptrack apikey list shows them).</source>
        <translation>Aucune clé d’API ne s’appelle « %1 » (uptrack apikey list les affiche).</translation>
    </message>
    <message>
        <source>A maintenance window needs a name (--name).</source>
        <translation>Une fenêtre de maintenance demande un nom (--name).</translation>
    </message>
    <message>
        <source>There is already a maintenance window called &quot;%1&quot;.</source>
        <translation>Il existe déjà une fenêtre de maintenance appelée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say which monitors the window covers: --monitor M, --tag T or --all.</source>
        <translation>Dites quels moniteurs la fenêtre couvre&#xa0;: --monitor M, --tag T ou --all.</translation>
    </message>
    <message>
        <source>No monitor has the tag &quot;%1&quot; (see uptrack monitor list).</source>
        <translation>Aucun moniteur ne porte l’étiquette «&#xa0;%1&#xa0;» (voir uptrack monitor list).</translation>
    </message>
    <message>
        <source>Give the window&apos;s start and end (--from and --to), or a --cron expression and a --duration.</source>
        <translation>Donnez le début et la fin de la fenêtre (--from et --to), ou une expression --cron et une --duration.</translation>
    </message>
    <message>
        <source>The window ends before it starts: --to must be after --from.</source>
        <translation>La fenêtre finit avant de commencer&#xa0;: --to doit venir après --from.</translation>
    </message>
    <message>
        <source>The window is already over: --to is in the past.</source>
        <translation>La fenêtre est déjà passée&#xa0;: --to est dans le passé.</translation>
    </message>
    <message>
        <source>--cron: %1</source>
        <translation>--cron&#xa0;: %1</translation>
    </message>
    <message>
        <source>--tz: %1</source>
        <translation>--tz&#xa0;: %1</translation>
    </message>
    <message>
        <source>A recurring window needs a --duration (like 2h or 30m).</source>
        <translation>Une fenêtre récurrente demande une --duration (comme 2h ou 30m).</translation>
    </message>
    <message>
        <source>The window never occurs again: its --cron expression has no future match.</source>
        <translation>La fenêtre ne reviendra jamais&#xa0;: son expression --cron ne correspond à aucune date future.</translation>
    </message>
    <message>
        <source>No maintenance window with id %1.</source>
        <translation>Aucune fenêtre de maintenance avec l’id %1.</translation>
    </message>
    <message>
        <source>Incident %1 is over already: there is nothing to acknowledge.</source>
        <translation>L’incident %1 est déjà terminé&#xa0;: il n’y a rien à prendre en charge.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>A check goes down after 1 to %1 failures in a row.</source>
        <translation>Une vérification tombe en panne après 1 à %1 échecs d’affilée.</translation>
    </message>
    <message>
        <source>A check has no runs to time; --min-run is for jobs that send /start and a finish.</source>
        <translation>Une vérification n’a pas d’exécutions à chronométrer&#xa0;; --min-run est pour les jobs qui envoient /start et une fin.</translation>
    </message>
    <message>
        <source>No monitor &quot;%1&quot; to depend on (give an id, slug or token).</source>
        <translation>Aucune sonde «&#xa0;%1&#xa0;» dont dépendre (donnez un identifiant, un slug ou un jeton).</translation>
    </message>
    <message>
        <source>%1 cannot depend on itself.</source>
        <translation>%1 ne peut pas dépendre d’elle-même.</translation>
    </message>
    <message>
        <source>That would make a cycle of dependencies: %1.</source>
        <translation>Cela ferait un cycle de dépendances&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A mute ends in the future: give --for a positive duration, or an --until that has not passed.</source>
        <translation>Une mise en sourdine finit dans le futur&#xa0;: donnez à --for une durée positive, ou un --until pas encore passé.</translation>
    </message>
    <message>
        <source>A mute lasts at most 30 days; pause the monitors for longer.</source>
        <translation>Une mise en sourdine dure 30 jours au plus&#xa0;; mettez les sondes en pause pour plus longtemps.</translation>
    </message>
    <message>
        <source>Tags are single words; &quot;%1&quot; is not.</source>
        <translation>Les étiquettes sont des mots seuls&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
</context>
<context>
    <name>uptrack::FingerprintDialog</name>
    <message>
        <source>Is this %1?</source>
        <translation>Est-ce bien %1&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;This computer has not connected to &lt;b&gt;%1&lt;/b&gt; before. Its certificate is not vouched for by an authority, so check that it is really your server before anything is sent to it.&lt;/p&gt;&lt;p&gt;On the server, run &lt;tt&gt;uptrack tls fingerprint&lt;/tt&gt; and compare what it prints with this SHA-256 fingerprint:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet ordinateur ne s’est jamais connecté à &lt;b&gt;%1&lt;/b&gt;. Aucune autorité ne garantit son certificat&#xa0;: vérifiez que c’est bien votre serveur avant de lui envoyer quoi que ce soit.&lt;/p&gt;&lt;p&gt;Sur le serveur, lancez &lt;tt&gt;uptrack tls fingerprint&lt;/tt&gt; et comparez ce qu’il affiche avec cette empreinte SHA-256&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <source>When they match, this certificate is remembered; if it ever changes, Uptrack refuses to connect and says so.</source>
        <translation>Si elles concordent, ce certificat est retenu&#xa0;; s’il change un jour, Uptrack refuse de se connecter et le dit.</translation>
    </message>
    <message>
        <source>They &amp;match: connect</source>
        <translation>Elles &amp;concordent&#xa0;: se connecter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>uptrack::Form</name>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>Fermer le formulaire et perdre ce que vous avez saisi ?</translation>
    </message>
</context>
<context>
    <name>uptrack::HistoryPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Show &amp;all monitors</source>
        <translation>Afficher &amp;toutes les sondes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt; — %1, &lt;span style=&apos;color:#d13438&apos;&gt;%2 ongoing&lt;/span&gt;</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt; — %1, &lt;span style=&apos;color:#d13438&apos;&gt;%2 en cours&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alerts and deliveries&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Alertes et remises&lt;/b&gt; — %1</translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n failed&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n en échec&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n en échec&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n heard by nobody&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n reçue par personne&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n reçues par personne&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an incident (or press Enter) to write a note on it; notes appear in reports. Ctrl+K acknowledges an open one: its reminders stop.</source>
        <translation>Double-cliquez sur un incident (ou appuyez sur Entrée) pour y écrire une note&#xa0;; les notes figurent dans les rapports. Ctrl+K prend en charge un incident ouvert&#xa0;: ses rappels s’arrêtent.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Prendre en charge…</translation>
    </message>
    <message>
        <source>Write a &amp;note…</source>
        <translation>Écrire une &amp;note…</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Pris en charge par %1</translation>
    </message>
</context>
<context>
    <name>uptrack::HttpServer</name>
    <message>
        <source>Cannot listen on %1: the port is already in use (another Uptrack or another program?). Stop it, or start Uptrack with --listen ADDR:PORT to use another port.</source>
        <translation>Impossible d’écouter sur %1&#xa0;: le port est déjà utilisé (un autre Uptrack ou un autre programme&#xa0;?). Arrêtez-le, ou lancez Uptrack avec --listen ADRESSE:PORT pour utiliser un autre port.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: that address does not belong to this machine. Use --listen 0.0.0.0:%2 for all interfaces.</source>
        <translation>Impossible d’écouter sur %1&#xa0;: cette adresse n’appartient pas à cette machine. Utilisez --listen 0.0.0.0:%2 pour toutes les interfaces.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: permission denied (ports below 1024 need privileges). Use a port above 1024 with --listen.</source>
        <translation>Impossible d’écouter sur %1&#xa0;: permission refusée (les ports sous 1024 demandent des privilèges). Utilisez un port au-dessus de 1024 avec --listen.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>uptrack::ImportCrontabDialog</name>
    <message>
        <source>&amp;Copy crontab</source>
        <translation>&amp;Copier la crontab</translation>
    </message>
    <message>
        <source>C&amp;reate monitors</source>
        <translation>C&amp;réer les sondes</translation>
    </message>
    <message>
        <source>Import a crontab</source>
        <translation>Importer une crontab</translation>
    </message>
    <message>
        <source>Paste a crontab here: the output of crontab -l, /etc/crontab or a file of /etc/cron.d.</source>
        <translation>Collez une crontab ici : la sortie de crontab -l, /etc/crontab ou un fichier de /etc/cron.d.</translation>
    </message>
    <message>
        <source>Crontab to import</source>
        <translation>Crontab à importer</translation>
    </message>
    <message>
        <source>Rewritten crontab</source>
        <translation>Crontab réécrite</translation>
    </message>
    <message>
        <source>e.g. fileserver nightly</source>
        <translation>p. ex. fileserver nuit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags for every monitor made, separated by spaces (the host name, say).</source>
        <translation>Étiquettes de chaque sonde créée, séparées par des espaces (le nom de la machine, par exemple).</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Proposed monitors</source>
        <translation>Sondes proposées</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>One monitor for each job; the jobs&apos; own schedules and time zones (CRON_TZ=) are kept.</source>
        <translation>Une sonde par job ; les calendriers et fuseaux horaires des jobs (CRON_TZ=) sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Install this in place of the original (crontab FILE): each job then reports to Uptrack through uptrack-run.</source>
        <translation>Installez ceci à la place de l’original (crontab FICHIER) : chaque job rend alors compte à Uptrack via uptrack-run.</translation>
    </message>
    <message>
        <source>Open a crontab</source>
        <translation>Ouvrir une crontab</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <source>A monitor with this name exists already: it is kept as it is.</source>
        <translation>Une sonde de ce nom existe déjà : elle reste telle quelle.</translation>
    </message>
    <message>
        <source>Untick to leave this job as it is.</source>
        <translation>Décochez pour laisser ce job tel quel.</translation>
    </message>
    <message>
        <source>Default channels</source>
        <translation>Canaux par défaut</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <source>Channel for %1</source>
        <translation>Canal pour %1</translation>
    </message>
    <message>
        <source>line %1: grace: %2</source>
        <translation>ligne %1 : tolérance : %2</translation>
    </message>
    <message>
        <source>line %1: a monitor needs a name</source>
        <translation>ligne %1 : une sonde a besoin d’un nom</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs found, %1 to make into monitors.</source>
        <translation>
            <numerusform>%n job trouvé, %1 à transformer en sonde.</numerusform>
            <numerusform>%n jobs trouvés, %1 à transformer en sondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Left as they are: %1</source>
        <translation>Laissées telles quelles : %1</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n monitors</source>
        <translation>
            <numerusform>C&amp;réer %n sonde</numerusform>
            <numerusform>C&amp;réer %n sondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from a crontab, line %1: %2</source>
        <translation>Importé d’une crontab, ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %n monitors. Copy the crontab below and install it (crontab FILE) so that the jobs report to Uptrack.</source>
        <translation>
            <numerusform>%n sonde créée. Copiez la crontab ci-dessous et installez-la (crontab FICHIER) pour que le job rende compte à Uptrack.</numerusform>
            <numerusform>%n sondes créées. Copiez la crontab ci-dessous et installez-la (crontab FICHIER) pour que les jobs rendent compte à Uptrack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé : %1</translation>
    </message>
    <message>
        <source>How late a run may be before it is down: 5 % of the time between two runs, from 5 min to 1 h.</source>
        <translation>Le retard permis avant la panne : 5 % du temps entre deux exécutions, de 5 min à 1 h.</translation>
    </message>
</context>
<context>
    <name>uptrack::IncidentModel</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>uptrack::LocalConsole</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu’à %2</translation>
    </message>
</context>
<context>
    <name>uptrack::MainWindow</name>
    <message>
        <source>(removed monitor)</source>
        <translation>(sonde supprimée)</translation>
    </message>
    <message>
        <source>Uptrack</source>
        <translation>Uptrack</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>No system tray here: alert popups appear in this window.</source>
        <translation>Pas de zone de notification ici&#xa0;: les notifications d’alerte apparaissent dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Pings cannot be stored: %1 Jobs are told to retry.</source>
        <translation>Les pings ne peuvent pas être enregistrés&#xa0;: %1 Les tâches sont invitées à réessayer.</translation>
    </message>
    <message>
        <source>No timed runs yet: send /start before the finish to time a run.</source>
        <translation>Aucune exécution chronométrée&#xa0;: envoyez /start avant la fin pour chronométrer une exécution.</translation>
    </message>
    <message>
        <source>Last %1 timed runs: median %2, 95th percentile %3</source>
        <translation>%1 dernières exécutions chronométrées&#xa0;: médiane %2, 95e centile %3</translation>
    </message>
    <message>
        <source>History cannot be read: %1</source>
        <translation>L’historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Hides the window; Uptrack keeps watching from the tray</source>
        <translation>Cache la fenêtre&#xa0;; Uptrack continue de surveiller depuis la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Sonde</translation>
    </message>
    <message>
        <source>&amp;New monitor…</source>
        <translation>&amp;Nouvelle sonde…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / reprise</translation>
    </message>
    <message>
        <source>&amp;Copy ping URL</source>
        <translation>&amp;Copier l’URL de ping</translation>
    </message>
    <message>
        <source>Send a &amp;test ping</source>
        <translation>Envoyer un ping de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;All incidents and alerts</source>
        <translation>&amp;Tous les incidents et alertes</translation>
    </message>
    <message>
        <source>&amp;Setup help</source>
        <translation>&amp;Aide à la configuration</translation>
    </message>
    <message>
        <source>&amp;Reload history</source>
        <translation>Re&amp;charger l’historique</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show down</source>
        <translation>Afficher les pannes</translation>
    </message>
    <message>
        <source>Show late</source>
        <translation>Afficher les retards</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Canaux…</translation>
    </message>
    <message>
        <source>%1 Change the address or port in File → Settings.</source>
        <translation>%1 Changez l’adresse ou le port dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>Uptrack — %1 down</source>
        <translation>Uptrack — %1 en panne</translation>
    </message>
    <message>
        <source>Copied the ping URL of %1.</source>
        <translation>URL de ping de %1 copiée.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 reprise.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 mise en pause.</translation>
    </message>
    <message>
        <source>Sent a test ping to %1.</source>
        <translation>Ping de test envoyé à %1.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the monitor &quot;%1&quot; with its stored pings, incidents and alerts? Jobs that still ping it will get &quot;not found&quot;. This cannot be undone.</source>
        <translation>Supprimer la sonde «&#xa0;%1&#xa0;» avec ses pings, incidents et alertes enregistrés&#xa0;? Les tâches qui l’appellent encore recevront «&#xa0;introuvable&#xa0;». Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Created the monitor. Its job&apos;s setup is under Setup.</source>
        <translation>La sonde est créée. La configuration de sa tâche est sous Configuration.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Wrote the report %1.</source>
        <translation>Rapport %1 écrit.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note on incident %1</source>
        <translation>Note sur l’incident %1</translation>
    </message>
    <message>
        <source>What happened and what was done (it appears in reports):</source>
        <translation>Ce qui s’est passé et ce qui a été fait (apparaît dans les rapports)&#xa0;:</translation>
    </message>
    <message>
        <source>Saved the note.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Settings saved and applied.</source>
        <translation>Paramètres enregistrés et appliqués.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Set&amp;up help</source>
        <translation>&amp;Aide à la configuration</translation>
    </message>
    <message>
        <source>E&amp;xport report for this monitor…</source>
        <translation>E&amp;xporter un rapport pour cette sonde…</translation>
    </message>
    <message>
        <source>Uptrack keeps watching</source>
        <translation>Uptrack continue de surveiller</translation>
    </message>
    <message>
        <source>Uptrack is still running in the system tray, so your jobs stay watched and alerts still arrive. Click the tray icon to open this window again; use File → Quit (Ctrl+Q) to stop Uptrack.</source>
        <translation>Uptrack tourne toujours dans la zone de notification&#xa0;: vos tâches restent surveillées et les alertes arrivent toujours. Cliquez sur l’icône de la zone de notification pour rouvrir cette fenêtre&#xa0;; utilisez Fichier → Quitter (Ctrl+Q) pour arrêter Uptrack.</translation>
    </message>
    <message>
        <source>&amp;Import crontab…</source>
        <translation>&amp;Importer une crontab…</translation>
    </message>
    <message>
        <source>Nothing is watched yet</source>
        <translation>Rien n’est encore surveillé</translation>
    </message>
    <message>
        <source>Uptrack watches by absence: each job pings it when it finishes, and when a ping does not come on time, Uptrack alerts you. Add a monitor for one job, or bring every job of a crontab under watch at once.</source>
        <translation>Uptrack surveille par l’absence : chaque job le pingue quand il se termine, et quand un ping n’arrive pas à temps, Uptrack vous alerte. Ajoutez une sonde pour un job, ou placez d’un coup tous les jobs d’une crontab sous surveillance.</translation>
    </message>
    <message>
        <source>&amp;Add a monitor</source>
        <translation>&amp;Ajouter une sonde</translation>
    </message>
    <message>
        <source>Import a &amp;crontab</source>
        <translation>Importer une &amp;crontab</translation>
    </message>
    <message>
        <source>Deadlines passed while not watching</source>
        <translation>Échéances passées sans surveillance</translation>
    </message>
    <message>
        <source>Reading the run times…</source>
        <translation>Lecture des durées d’exécution…</translation>
    </message>
    <message>
        <source>C&amp;onnect to server…</source>
        <translation>Se c&amp;onnecter à un serveur…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>Uptrack — %1 — %2 down</source>
        <translation>Uptrack — %1 — %2 en panne</translation>
    </message>
    <message>
        <source>Uptrack — %1</source>
        <translation>Uptrack — %1</translation>
    </message>
    <message>
        <source>Settings saved on %1.</source>
        <translation>Réglages enregistrés sur %1.</translation>
    </message>
    <message>
        <source>Attached to %1 (%2)</source>
        <translation>Relié à %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected to %1 since %2 — retrying. What you see is how it was then.</source>
        <translation>Non connecté à %1 depuis %2 — nouvel essai en cours. Ce qui est affiché est l’état d’alors.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
    <message>
        <source>A monitor</source>
        <translation>Un moniteur</translation>
    </message>
    <message>
        <source>%1 is DOWN</source>
        <translation>%1 est EN PANNE</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>%1 is up again</source>
        <translation>%1 fonctionne de nouveau</translation>
    </message>
    <message>
        <source>It was down for %1 (on %2).</source>
        <translation>En panne pendant %1 (sur %2).</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Sur %1.</translation>
    </message>
    <message>
        <source>%1 went down</source>
        <translation>%1 est tombé en panne</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 est rétabli</translation>
    </message>
    <message>
        <source>%1 was still down</source>
        <translation>%1 était toujours en panne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) since %1: </source>
        <translation>
            <numerusform>%n alerte depuis %1&#xa0;: </numerusform>
            <numerusform>%n alertes depuis %1&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more (Incidents and alerts has them all)</source>
        <translation>
            <numerusform> et %n autre (toutes dans Incidents et alertes)</numerusform>
            <numerusform> et %n autres (toutes dans Incidents et alertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Pendant votre absence</translation>
    </message>
    <message>
        <source>A new console could not be started (%1).</source>
        <translation>Une nouvelle console n’a pas pu être lancée (%1).</translation>
    </message>
    <message>
        <source>Opening this computer&apos;s console…</source>
        <translation>Ouverture de la console de cet ordinateur…</translation>
    </message>
    <message>
        <source>Opening a console of %1…</source>
        <translation>Ouverture d’une console de %1…</translation>
    </message>
    <message>
        <source>Start &amp;maintenance now for 1 h</source>
        <translation>Commencer une &amp;maintenance maintenant pour 1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 is in maintenance until %2: it does not alert meanwhile.</source>
        <translation>%1 est en maintenance jusqu’à %2&#xa0;: pas d’alerte d’ici là.</translation>
    </message>
    <message>
        <source>Maintenance of %1 from %2</source>
        <translation>Maintenance de %1 depuis %2</translation>
    </message>
    <message>
        <source>Alerts are muted until %1: they are recorded, and each channel gets one summary when the mute ends.</source>
        <translation>Les alertes sont en sourdine jusqu’à %1&#xa0;: elles sont enregistrées, et chaque canal reçoit un résumé à la fin.</translation>
    </message>
    <message>
        <source>Alerts go out again.</source>
        <translation>Les alertes repartent.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>You are on it: its reminders and escalations stop; the recovery is still announced. A note for the others (optional):</source>
        <translation>Vous vous en occupez&#xa0;: rappels et escalades s’arrêtent&#xa0;; le rétablissement est quand même annoncé. Une note pour les autres (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledged: its reminders stop.</source>
        <translation>Pris en charge&#xa0;: ses rappels s’arrêtent.</translation>
    </message>
    <message>
        <source>&amp;Maintenance windows…</source>
        <translation>Fenêtres de &amp;maintenance…</translation>
    </message>
</context>
<context>
    <name>uptrack::MaintenanceDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Fenêtres de maintenance</translation>
    </message>
    <message>
        <source>Planned time in which monitors are expected to miss or fail: they do not alert and their checks do not run. Reports show that time apart.</source>
        <translation>Périodes prévues où des sondes peuvent manquer ou échouer&#xa0;: elles ne déclenchent pas d’alerte et leurs vérifications ne tournent pas. Les rapports montrent ce temps à part.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine fois</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>A new maintenance window (%1)</source>
        <translation>Une nouvelle fenêtre de maintenance (%1)</translation>
    </message>
    <message>
        <source>every monitor</source>
        <translation>toutes les sondes</translation>
    </message>
    <message>
        <source>(removed monitor)</source>
        <translation>(sonde supprimée)</translation>
    </message>
    <message>
        <source>tag:%1</source>
        <translation>étiquette&#xa0;:%1</translation>
    </message>
    <message>
        <source>%1 for %2%3</source>
        <translation>%1 pendant %2%3</translation>
    </message>
    <message>
        <source>now, until %1</source>
        <translation>maintenant, jusqu’à %1</translation>
    </message>
    <message>
        <source>never again</source>
        <translation>plus jamais</translation>
    </message>
    <message>
        <source>on entering and leaving</source>
        <translation>au début et à la fin</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The management API of %1 does not offer maintenance windows yet: use &quot;uptrack maintenance&quot; on that machine.</source>
        <translation>L’API de gestion de %1 ne propose pas encore de fenêtres de maintenance&#xa0;: utilisez «&#xa0;uptrack maintenance&#xa0;» sur cette machine.</translation>
    </message>
    <message>
        <source>Remove the maintenance window?</source>
        <translation>Supprimer la fenêtre de maintenance&#xa0;?</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Monitors in it now are expected afresh from now on.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Les sondes qui y sont maintenant sont de nouveau attendues à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>uptrack::MaintenanceEditor</name>
    <message>
        <source>&amp;Every monitor</source>
        <translation>&amp;Toutes les sondes</translation>
    </message>
    <message>
        <source>&amp;These monitors and tags:</source>
        <translation>&amp;Ces sondes et étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Once</source>
        <translation>&amp;Une fois</translation>
    </message>
    <message>
        <source>&amp;Repeating</source>
        <translation>&amp;Récurrente</translation>
    </message>
    <message>
        <source>Send an &amp;alert when it begins and when it ends</source>
        <translation>Envoyer une alerte au &amp;début et à la fin</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Nouvelle fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Edit maintenance window %1</source>
        <translation>Modifier la fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>e.g. Router update</source>
        <translation>p. ex. Mise à jour du routeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Monitors the window covers</source>
        <translation>Sondes couvertes par la fenêtre</translation>
    </message>
    <message>
        <source>tags, separated by spaces or commas</source>
        <translation>étiquettes, séparées par des espaces ou des virgules</translation>
    </message>
    <message>
        <source>Tags the window covers</source>
        <translation>Étiquettes couvertes par la fenêtre</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>e.g. 0 3 * * 0 (Sundays at 03:00)</source>
        <translation>p. ex. 0 3 * * 0 (le dimanche à 03:00)</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <source>e.g. 2h or 30m</source>
        <translation>p. ex. 2h ou 30m</translation>
    </message>
    <message>
        <source>Duration of each occurrence</source>
        <translation>Durée de chaque occurrence</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Celui de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation>Cron&#xa0;:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>During a window its monitors do not alert and their checks do not run; pings are kept. Afterwards each is expected afresh.</source>
        <translation>Pendant une fenêtre, ses sondes ne déclenchent pas d’alerte et leurs vérifications ne tournent pas&#xa0;; les pings sont conservés. Ensuite, chacune est de nouveau attendue.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Give the window a name.</source>
        <translation>Donnez un nom à la fenêtre.</translation>
    </message>
    <message>
        <source>Tick the monitors it covers, name a tag, or choose every monitor.</source>
        <translation>Cochez les sondes qu’elle couvre, nommez une étiquette ou choisissez toutes les sondes.</translation>
    </message>
    <message>
        <source>The window ends before it starts: its end must be after its start.</source>
        <translation>La fenêtre se termine avant de commencer&#xa0;: sa fin doit être après son début.</translation>
    </message>
    <message>
        <source>The window is already over: its end is in the past.</source>
        <translation>La fenêtre est déjà terminée&#xa0;: sa fin est dans le passé.</translation>
    </message>
    <message>
        <source>Give the cron expression that starts each occurrence.</source>
        <translation>Donnez l’expression cron qui lance chaque occurrence.</translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation>Cron&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give how long each occurrence lasts, like 2h or 30m.</source>
        <translation>Indiquez combien de temps dure chaque occurrence, par exemple 2h ou 30m.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>uptrack::MaintenanceStrip</name>
    <message>
        <source>Maintenance in the coming two weeks</source>
        <translation>Maintenance des deux prochaines semaines</translation>
    </message>
    <message>
        <source>No maintenance in the coming two weeks.</source>
        <translation>Aucune maintenance dans les deux prochaines semaines.</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance period(s) in the coming two weeks.</source>
        <translation>
            <numerusform>%n période de maintenance dans les deux prochaines semaines.</numerusform>
            <numerusform>%n périodes de maintenance dans les deux prochaines semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the coming two weeks</source>
        <translation>pas dans les deux prochaines semaines</translation>
    </message>
    <message>
        <source>No maintenance planned in the coming two weeks.</source>
        <translation>Aucune maintenance prévue dans les deux prochaines semaines.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 – %3</source>
        <translation>%1
%2 – %3</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorDetails</name>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ac&amp;tivité</translation>
    </message>
    <message>
        <source>&amp;Incidents and alerts</source>
        <translation>&amp;Incidents et alertes</translation>
    </message>
    <message>
        <source>Set&amp;up</source>
        <translation>Config&amp;uration</translation>
    </message>
    <message>
        <source>Details of the selected monitor</source>
        <translation>Détails de la sonde sélectionnée</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New monitor</source>
        <translation>Nouvelle sonde</translation>
    </message>
    <message>
        <source>e.g. Nightly backup</source>
        <translation>par ex. Sauvegarde nocturne</translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation>tiré du nom</translation>
    </message>
    <message>
        <source>The readable part of the slug URL: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>La partie lisible de l’URL par slug&#xa0;: lettres minuscules, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>e.g. backup, prod (separated by commas)</source>
        <translation>par ex. backup, prod (séparées par des virgules)</translation>
    </message>
    <message>
        <source>What the job does, who owns it, what to do when it fails</source>
        <translation>Ce que fait la tâche, à qui elle appartient, que faire quand elle échoue</translation>
    </message>
    <message>
        <source>none (the grace period decides)</source>
        <translation>aucune (la tolérance décide)</translation>
    </message>
    <message>
        <source>A run that started (/start) and has not finished after this long is down (hung).</source>
        <translation>Une exécution démarrée (/start) et non terminée après cette durée est en panne (bloquée).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Max run time:</source>
        <translation>Durée d’exécution &amp;max.&#xa0;:</translation>
    </message>
    <message>
        <source>Max run time: %1</source>
        <translation>Durée d’exécution max.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Heartbeat: the job pings Uptrack</source>
        <translation>Heartbeat&#xa0;: la tâche envoie un ping à Uptrack</translation>
    </message>
    <message>
        <source>HTTP(S) check: Uptrack opens a URL</source>
        <translation>Test HTTP(S)&#xa0;: Uptrack ouvre une URL</translation>
    </message>
    <message>
        <source>TCP check: Uptrack connects to a port</source>
        <translation>Test TCP&#xa0;: Uptrack se connecte à un port</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Ping (ICMP) check: a printer, switch or NAS must answer</source>
        <translation>Vérification ping (ICMP) : une imprimante, un switch ou un NAS doit répondre</translation>
    </message>
    <message>
        <source>DNS check: a name must resolve</source>
        <translation>Vérification DNS : un nom doit se résoudre</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Alerting</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Misses in a row before down, the shortest run, dependencies, and which channels hear of it when (Ctrl+Tab)</source>
        <translation>Absences d’affilée avant la panne, l’exécution la plus courte, les dépendances, et quels canaux sont informés et quand (Ctrl+Tab)</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorHeader</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>State of the selected monitor</source>
        <translation>État de la sonde sélectionnée</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>en cours depuis %1</translation>
    </message>
    <message>
        <source>no data since %1: Uptrack was not listening</source>
        <translation>pas de données depuis %1 : Uptrack n’écoutait pas</translation>
    </message>
    <message>
        <source>no ping yet: no data</source>
        <translation>pas encore de ping : pas de données</translation>
    </message>
    <message>
        <source>hung since %1</source>
        <translation>bloqué depuis %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Uptime: 24 h %1 · 7 d %2 · 30 d %3</source>
        <translation>Disponibilité : 24 h %1 · 7 j %2 · 30 j %3</translation>
    </message>
    <message>
        <source>median run %1</source>
        <translation>exécution médiane %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Dernier succès : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>last response %1</source>
        <translation>dernière réponse %1</translation>
    </message>
    <message>
        <source>certificate expires %1 (%2)</source>
        <translation>le certificat expire %1 (%2)</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>était attendu %1</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>prochaine échéance %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no channel: nobody is alerted</source>
        <translation>aucun canal : personne n’est alerté</translation>
    </message>
    <message>
        <source>last round trip %1</source>
        <translation>dernier aller-retour %1</translation>
    </message>
    <message>
        <source>last answer in %1</source>
        <translation>dernière réponse en %1</translation>
    </message>
    <message>
        <source>%1, until %2: no alerts meanwhile</source>
        <translation>%1, jusqu’à %2&#xa0;: pas d’alerte d’ici là</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorListPane</name>
    <message>
        <source>Monitors</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>Search by name, slug or tag (Ctrl+F)</source>
        <translation>Rechercher par nom, slug ou étiquette (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search monitors</source>
        <translation>Rechercher des sondes</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorPolicyEditor</name>
    <message>
        <source>No other monitors yet.</source>
        <translation>Pas encore d’autres sondes.</translation>
    </message>
    <message>
        <source>No channels yet: add them under Alerts → Channels. Desktop popups still appear.</source>
        <translation>Pas encore de canaux&#xa0;: ajoutez-les dans Alertes → Canaux. Les notifications du bureau apparaissent quand même.</translation>
    </message>
    <message>
        <source>Down after this many misses or failures in a row</source>
        <translation>En panne après ce nombre d’absences ou d’échecs consécutifs</translation>
    </message>
    <message>
        <source>A job that fails now and then need not page anyone: it is late after each miss, and down only after this many in a row.</source>
        <translation>Une tâche qui échoue de temps en temps n’a pas à alerter qui que ce soit&#xa0;: elle est en retard après chaque absence, et en panne seulement après ce nombre d’affilée.</translation>
    </message>
    <message numerus="yes">
        <source>missed or failed run(s) in a row</source>
        <translation>
            <numerusform>exécution manquée ou échouée d’affilée</numerusform>
            <numerusform>exécutions manquées ou échouées d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Shortest believable run</source>
        <translation>Exécution la plus courte crédible</translation>
    </message>
    <message>
        <source>A run (from /start to its success) shorter than this counts as a failure: the backup that finished in 2 seconds did nothing.</source>
        <translation>Une exécution (de /start à son succès) plus courte compte comme un échec&#xa0;: la sauvegarde terminée en 2 secondes n’a rien fait.</translation>
    </message>
    <message>
        <source>Monitors this one depends on</source>
        <translation>Sondes dont celle-ci dépend</translation>
    </message>
    <message>
        <source>While one of these is down, this monitor&apos;s own failures are recorded but not alerted: the parent&apos;s alert names it.</source>
        <translation>Tant que l’une d’elles est en panne, les échecs de cette sonde sont enregistrés mais pas signalés&#xa0;: l’alerte de la sonde parente la nomme.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>Alerte après</translation>
    </message>
    <message>
        <source>Channels that hear about this monitor</source>
        <translation>Canaux informés de cette sonde</translation>
    </message>
    <message>
        <source>Tick the channels that hear about this monitor. A delay (like 30m) escalates: that channel hears of an outage only once it has lasted that long, and of the recovery only if it heard of the outage.</source>
        <translation>Cochez les canaux informés de cette sonde. Un délai (comme 30m) fait une escalade&#xa0;: ce canal n’apprend une panne qu’une fois qu’elle a duré aussi longtemps, et le rétablissement seulement s’il a appris la panne.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Empty: at once. Or a delay such as 30m or 2h (at most 7 days).</source>
        <translation>Vide&#xa0;: tout de suite. Ou un délai comme 30m ou 2h (7 jours au plus).</translation>
    </message>
    <message>
        <source>Down a&amp;fter:</source>
        <translation>En pann&amp;e après&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;in run time:</source>
        <translation>Durée d’exécution m&amp;in.&#xa0;:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Dépend de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Canaux&#xa0;:</translation>
    </message>
    <message>
        <source>Min run time: %1</source>
        <translation>Durée d’exécution min.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delay for %1: %2</source>
        <translation>Délai pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>pas une durée</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorTableModel</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (pas de données)</translation>
    </message>
    <message>
        <source>No data since %1: Uptrack was not listening, so nothing is known of that time. Expected again by the next deadline.</source>
        <translation>Pas de données depuis %1&#xa0;: Uptrack n’écoutait pas, on ne sait donc rien de cette période. Attendue de nouveau à la prochaine échéance.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n pings, oldest on the left: green success, red failure, blue start, grey log. Bar height is the run&apos;s duration.</source>
        <translation>
            <numerusform>Le dernier ping&#xa0;: vert succès, rouge échec, bleu début, gris journal. La hauteur de la barre est la durée de l’exécution.</numerusform>
            <numerusform>Les %n derniers pings, les plus anciens à gauche&#xa0;: vert succès, rouge échec, bleu début, gris journal. La hauteur de la barre est la durée de l’exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Last ping</source>
        <translation>Dernier ping</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>no pings yet</source>
        <translation>pas encore de ping</translation>
    </message>
    <message>
        <source>%1
No channel: nobody is alerted when it fails. Edit the monitor to give it one.</source>
        <translation>%1
Aucun canal : personne n’est alerté quand elle échoue. Modifiez la sonde pour lui en attribuer un.</translation>
    </message>
    <message numerus="yes">
        <source>last %n pings: %1 succeeded, %2 failed, %3 starts</source>
        <translation>
            <numerusform>dernier ping : %1 réussi, %2 en échec, %3 démarrages</numerusform>
            <numerusform>%n derniers pings : %1 réussis, %2 en échec, %3 démarrages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>uptrack::Notifier</name>
    <message>
        <source>unknown channel kind &quot;%1&quot;</source>
        <translation>type de canal inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the channel has no %1 in the keychain; remove it and add it again with one</source>
        <translation>le canal n’a pas de %1 dans le trousseau&#xa0;; supprimez-le et ajoutez-le de nouveau avec</translation>
    </message>
    <message>
        <source>gave up after %1 attempts over %2: %3</source>
        <translation>abandon après %1 tentatives en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No such channel.</source>
        <translation>Canal introuvable.</translation>
    </message>
</context>
<context>
    <name>uptrack::PingLogModel</name>
    <message>
        <source>The body was longer than the cap and was cut when stored.</source>
        <translation>Le contenu dépassait la limite et a été coupé à l’enregistrement.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d’exécution</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-agent</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>uptrack::PingLogPanel</name>
    <message>
        <source>&amp;Copy body</source>
        <translation>&amp;Copier le contenu</translation>
    </message>
    <message>
        <source>Ping log</source>
        <translation>Journal des pings</translation>
    </message>
    <message>
        <source>Select a ping to see the body it carried (the job&apos;s output).</source>
        <translation>Sélectionnez un ping pour voir le contenu qu’il transportait (la sortie de la tâche).</translation>
    </message>
    <message>
        <source>Ping body</source>
        <translation>Contenu du ping</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Pas de contenu</translation>
    </message>
    <message>
        <source>Body: %L1 bytes, cut at the cap</source>
        <translation>Contenu&#xa0;: %L1 octets, coupé à la limite</translation>
    </message>
    <message>
        <source>Body: %L1 bytes</source>
        <translation>Contenu&#xa0;: %L1 octets</translation>
    </message>
</context>
<context>
    <name>uptrack::RemoteSettingsDialog</name>
    <message>
        <source>Settings of %1</source>
        <translation>Réglages de %1</translation>
    </message>
    <message>
        <source>These are the settings of the Uptrack core on %1: what you save here applies there at once and stays after it restarts (options on its command line still win).</source>
        <translation>Voici les réglages du cœur Uptrack sur %1&#xa0;: ce que vous enregistrez ici s’y applique aussitôt et reste après un redémarrage (les options de sa ligne de commande l’emportent toujours).</translation>
    </message>
    <message>
        <source>Where the core receives pings (ADDRESS:PORT). Move it with care: jobs and this console must reach the new address.</source>
        <translation>Où le cœur reçoit les pings (ADRESSE:PORT). À changer avec prudence&#xa0;: les tâches et cette console doivent atteindre la nouvelle adresse.</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <source>How much of a POSTed body (the job&apos;s output) is stored with each ping</source>
        <translation>Quelle part d’un corps envoyé par POST (la sortie de la tâche) est gardée avec chaque ping</translation>
    </message>
    <message>
        <source> pings per monitor</source>
        <translation> pings par moniteur</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Largest ping &amp;body:</source>
        <translation>Plus grand &amp;corps de ping&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Garder&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the settings from %1…</source>
        <translation>Lecture des réglages de %1…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Les réglages n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pings go to %1. HTTPS: %2. History kept %3 days. Database: %4. Secrets: %5. Uptrack %6.</source>
        <translation>Les pings vont à %1. HTTPS&#xa0;: %2. Historique gardé %3&#xa0;jours. Base de données&#xa0;: %4. Secrets&#xa0;: %5. Uptrack %6.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Saving on %1…</source>
        <translation>Enregistrement sur %1…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>uptrack::ReportDialog</name>
    <message>
        <source>&amp;All monitors</source>
        <translation>&amp;Toutes les sondes</translation>
    </message>
    <message>
        <source>Monitors &amp;tagged</source>
        <translation>Sondes &amp;étiquetées</translation>
    </message>
    <message>
        <source>&amp;These monitors:</source>
        <translation>&amp;Ces sondes&#xa0;:</translation>
    </message>
    <message>
        <source>Include &amp;excerpts of the failing jobs&apos; output</source>
        <translation>&amp;Inclure des extraits de la sortie des tâches en échec</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is written</source>
        <translation>&amp;Ouvrir le rapport une fois écrit</translation>
    </message>
    <message>
        <source>Export incident report</source>
        <translation>Exporter un rapport d’incidents</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Times are in %1; the end is not included.</source>
        <translation>Heures en %1&#xa0;; la fin n’est pas incluse.</translation>
    </message>
    <message>
        <source>Monitors in the report</source>
        <translation>Sondes du rapport</translation>
    </message>
    <message>
        <source>PDF (to send or print)</source>
        <translation>PDF (à envoyer ou imprimer)</translation>
    </message>
    <message>
        <source>HTML (a web page)</source>
        <translation>HTML (une page web)</translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (pour un tableur)</translation>
    </message>
    <message>
        <source>JSON (for scripts)</source>
        <translation>JSON (pour des scripts)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>La fin de la période doit venir après son début.</translation>
    </message>
    <message>
        <source>Tick at least one monitor, or choose all monitors.</source>
        <translation>Cochez au moins une sonde, ou choisissez toutes les sondes.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period (not included)</source>
        <translation>Fin de la période (non incluse)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Building the report on %1…</source>
        <translation>Construction du rapport sur %1…</translation>
    </message>
    <message>
        <source>Receiving the report from %1…</source>
        <translation>Réception du rapport de %1…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>uptrack::ScheduleEditor</name>
    <message>
        <source>Presets…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>&amp;Simple: every period</source>
        <translation>&amp;Simple&#xa0;: à chaque période</translation>
    </message>
    <message>
        <source>C&amp;ron expression</source>
        <translation>Expression c&amp;ron</translation>
    </message>
    <message>
        <source>e.g. 1h, 30m, 1d</source>
        <translation>par ex. 1h, 30m, 1d</translation>
    </message>
    <message>
        <source>e.g. 5m</source>
        <translation>par ex. 5m</translation>
    </message>
    <message>
        <source>How long after the expected time the job may still report before it is down.</source>
        <translation>Combien de temps après l’heure prévue la tâche peut encore se signaler avant d’être en panne.</translation>
    </message>
    <message>
        <source>e.g. 0 2 * * *</source>
        <translation>par ex. 0 2 * * *</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week — the same line as in the crontab; @daily and friends work too.</source>
        <translation>Cinq champs&#xa0;: minute, heure, jour du mois, mois, jour de la semaine — la même ligne que dans la crontab&#xa0;; @daily et ses semblables fonctionnent aussi.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Period presets</source>
        <translation>Modèles de période</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpression&#xa0;:</translation>
    </message>
    <message>
        <source>Cron expression presets</source>
        <translation>Modèles d’expression cron</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Prochaines exécutions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grace:</source>
        <translation>&amp;Tolérance&#xa0;:</translation>
    </message>
    <message>
        <source>Grace presets</source>
        <translation>Modèles de tolérance</translation>
    </message>
    <message>
        <source>Grace: %1</source>
        <translation>Tolérance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>uptrack::SettingsDialog</name>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Launch at login</source>
        <translation>&amp;Lancer à la connexion</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <source>How much of a POSTed body (the job&apos;s output) is stored with each ping; the rest is cut off.</source>
        <translation>Quelle part du corps d’un POST (la sortie de la tâche) est enregistrée avec chaque ping&#xa0;; le reste est coupé.</translation>
    </message>
    <message>
        <source> pings per monitor</source>
        <translation> pings par sonde</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>Il n’y a pas de zone de notification sur ce bureau.</translation>
    </message>
    <message>
        <source>Ping key</source>
        <translation>Clé de ping</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>Ré&amp;générer…</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>Écouter &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body cap:</source>
        <translation>Limite du &amp;contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Conser&amp;ver&#xa0;:</translation>
    </message>
    <message>
        <source>Ping &amp;key:</source>
        <translation>Clé de &amp;ping&#xa0;:</translation>
    </message>
    <message>
        <source>The key in readable ping URLs (/ping/KEY/slug). Regenerating it stops every slug URL in use.</source>
        <translation>La clé des URL de ping lisibles (/ping/CLÉ/slug). La régénérer met hors service toutes les URL par slug utilisées.</translation>
    </message>
    <message>
        <source>Regenerate the ping key?</source>
        <translation>Régénérer la clé de ping&#xa0;?</translation>
    </message>
    <message>
        <source>Every job that pings a readable URL (/ping/KEY/slug) will get &quot;not found&quot; until its URL is updated. Jobs that use the token URLs are not affected.</source>
        <translation>Toute tâche qui appelle une URL lisible (/ping/CLÉ/slug) recevra «&#xa0;introuvable&#xa0;» jusqu’à ce que son URL soit mise à jour. Les tâches qui utilisent les URL à jeton ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Start Uptrack in the tray when you log in to this desktop.</source>
        <translation>Démarrer Uptrack dans la zone de notification à la connexion à ce bureau.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect the next time Uptrack starts.</source>
        <translation>Prend effet au prochain démarrage d’Uptrack.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Where jobs send pings: ADDRESS:PORT, or :PORT for every network interface (the default, :%1).</source>
        <translation>Où les tâches envoient leurs pings&#xa0;: ADRESSE:PORT, ou&#xa0;:PORT pour toutes les interfaces réseau (par défaut,&#xa0;:%1).</translation>
    </message>
    <message>
        <source>&amp;API keys…</source>
        <translation>Clés d’&amp;API…</translation>
    </message>
    <message>
        <source>Keys for scripts and tools that use the management API, and the HTTPS certificate&apos;s fingerprint.</source>
        <translation>Les clés des scripts et outils qui utilisent l’API de gestion, et l’empreinte du certificat HTTPS.</translation>
    </message>
    <message>
        <source>Management API:</source>
        <translation>API de gestion&#xa0;:</translation>
    </message>
    <message>
        <source>https://hc-ping.com/… or http://other-box:8470/ping/…</source>
        <translation>https://hc-ping.com/… ou http://autre-machine:8470/ping/…</translation>
    </message>
    <message>
        <source>Watch the watcher: Uptrack pings this URL (another Uptrack, or Healthchecks.io) while it listens, so that one alerts you when this computer is asleep, off or cut off. Empty: no self-ping.</source>
        <translation>Surveiller le surveillant&#xa0;: Uptrack pingue cette URL (un autre Uptrack, ou Healthchecks.io) pendant qu’il écoute, pour que celui-ci vous alerte quand cet ordinateur est en veille, éteint ou coupé du réseau. Vide&#xa0;: pas d’auto-ping.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source>Self-ping interval</source>
        <translation>Intervalle d’auto-ping</translation>
    </message>
    <message>
        <source>&amp;Self-ping:</source>
        <translation>&amp;Auto-ping&#xa0;:</translation>
    </message>
    <message>
        <source>Keep this computer a&amp;wake while jobs are due</source>
        <translation>Garder cet ordinateur é&amp;veillé quand des tâches sont attendues</translation>
    </message>
    <message>
        <source>From a few minutes before a job&apos;s deadline until its ping comes or its grace runs out, this computer may not go to sleep: its pings are heard. Only then, never all night; jobs every few minutes do not count. Needs logind (systemd).</source>
        <translation>De quelques minutes avant l’échéance d’une tâche jusqu’à son ping ou la fin de son délai de grâce, cet ordinateur ne peut pas se mettre en veille&#xa0;: ses pings sont entendus. Seulement alors, jamais toute la nuit&#xa0;; les tâches de quelques minutes ne comptent pas. Nécessite logind (systemd).</translation>
    </message>
</context>
<context>
    <name>uptrack::SetupPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Select a monitor to see how its job reports in.</source>
        <translation>Sélectionnez une sonde pour voir comment sa tâche se signale.</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;%1&lt;/b&gt; report in: add one request at the end of the job. Uptrack alerts when it does not come on time. Append &lt;tt&gt;/start&lt;/tt&gt; when the job begins to time runs, &lt;tt&gt;/fail&lt;/tt&gt; or &lt;tt&gt;/&amp;lt;exit status&amp;gt;&lt;/tt&gt; to report failures.</source>
        <translation>Pour que &lt;b&gt;%1&lt;/b&gt; se signale, ajoutez une requête à la fin de la tâche. Uptrack alerte quand elle n’arrive pas à temps. Ajoutez &lt;tt&gt;/start&lt;/tt&gt; au début de la tâche pour chronométrer les exécutions, &lt;tt&gt;/fail&lt;/tt&gt; ou &lt;tt&gt;/&amp;lt;code de sortie&amp;gt;&lt;/tt&gt; pour signaler les échecs.</translation>
    </message>
    <message>
        <source>Ping URL</source>
        <translation>URL de ping</translation>
    </message>
    <message>
        <source>Readable ping URL (by slug)</source>
        <translation>URL de ping lisible (par slug)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: Uptrack itself connects to &lt;tt&gt;%2&lt;/tt&gt; every %3 and keeps each result. Nothing needs to be set up on that machine; make sure this computer can reach it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est un test&#xa0;: Uptrack se connecte lui-même à &lt;tt&gt;%2&lt;/tt&gt; toutes les %3 et conserve chaque résultat. Rien n’est à configurer sur cette machine&#xa0;; vérifiez que cet ordinateur peut la joindre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: Uptrack itself pings &lt;tt&gt;%2&lt;/tt&gt; (%3 ICMP echo requests) every %4 and keeps each result. Nothing needs to be set up on that machine, but it must answer ping, and this computer must allow unprivileged ICMP sockets: if every run fails naming &lt;tt&gt;net.ipv4.ping_group_range&lt;/tt&gt;, run &lt;tt&gt;sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot;&lt;/tt&gt; and keep that line in &lt;tt&gt;/etc/sysctl.d/&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est une vérification : Uptrack pingue lui-même &lt;tt&gt;%2&lt;/tt&gt; (%3 requêtes ICMP echo) toutes les %4 et garde chaque résultat. Rien à installer sur cette machine, mais elle doit répondre au ping, et cet ordinateur doit autoriser les sockets ICMP non privilégiés : si chaque exécution échoue en citant &lt;tt&gt;net.ipv4.ping_group_range&lt;/tt&gt;, lancez &lt;tt&gt;sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot;&lt;/tt&gt; et gardez cette ligne dans &lt;tt&gt;/etc/sysctl.d/&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: every %4 Uptrack asks this computer&apos;s resolver for the %3 record of &lt;tt&gt;%2&lt;/tt&gt; and keeps each answer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est une vérification : toutes les %4, Uptrack demande au résolveur de cet ordinateur l’enregistrement %3 de &lt;tt&gt;%2&lt;/tt&gt; et garde chaque réponse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: every %4 Uptrack asks the name server &lt;tt&gt;%5&lt;/tt&gt; (port 53) for the %3 record of &lt;tt&gt;%2&lt;/tt&gt; and keeps each answer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est une vérification : toutes les %4, Uptrack demande au serveur de noms &lt;tt&gt;%5&lt;/tt&gt; (port 53) l’enregistrement %3 de &lt;tt&gt;%2&lt;/tt&gt; et garde chaque réponse.</translation>
    </message>
</context>
<context>
    <name>uptrack::StatusIndicators</name>
    <message>
        <source>Listening at %1</source>
        <translation>Écoute sur %1</translation>
    </message>
    <message>
        <source>⚠ Not listening for pings</source>
        <translation>⚠ Aucun ping n’est écouté</translation>
    </message>
    <message>
        <source>%L1 pings/min</source>
        <translation>%L1 pings/min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitor(s): %1 down, %2 late</source>
        <translation>
            <numerusform>%Ln sonde&#xa0;: %1 en panne, %2 en retard</numerusform>
            <numerusform>%Ln sondes&#xa0;: %1 en panne, %2 en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::StatusSidebar</name>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Toutes les sondes</translation>
    </message>
    <message>
        <source>All monitors (%1)</source>
        <translation>Toutes les sondes (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>uptrack::TimelinePanel</name>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>log</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage de temps</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Zoom out to the whole range (Home)</source>
        <translation>Dézoomer sur toute la plage (Origine)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Plage&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s)</source>
        <translation>
            <numerusform>%Ln ping</numerusform>
            <numerusform>%Ln pings</numerusform>
        </translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>en panne %1</translation>
    </message>
    <message>
        <source>no data %1</source>
        <translation>pas de données %1</translation>
    </message>
</context>
<context>
    <name>uptrack::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Pings, runs, down periods and times without data. Wheel or +/- to zoom, drag or arrow keys to scroll, Home to see all.</source>
        <translation>Pings, exécutions, pannes et périodes sans données. Molette ou +/- pour zoomer, glisser ou flèches pour défiler, Origine pour tout voir.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Run took %1</source>
        <translation>L’exécution a duré %1</translation>
    </message>
    <message>
        <source>Click to show it in the ping log.</source>
        <translation>Cliquez pour l’afficher dans le journal des pings.</translation>
    </message>
    <message>
        <source>Run from %1 to %2 (%3)</source>
        <translation>Exécution du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>No data from %1 to %2 (%3): Uptrack was not listening, so pings sent then were not received.</source>
        <translation>Pas de données du %1 au %2 (%3)&#xa0;: Uptrack n’écoutait pas, les pings envoyés alors n’ont pas été reçus.</translation>
    </message>
    <message>
        <source>Down from %1 to %2 (%3)</source>
        <translation>En panne du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Response time %1</source>
        <translation>Temps de réponse %1</translation>
    </message>
</context>
<context>
    <name>uptrack::TrayIcon</name>
    <message>
        <source>Open Uptrack</source>
        <translation>Ouvrir Uptrack</translation>
    </message>
    <message>
        <source>Snooze popups for 1 hour</source>
        <translation>Suspendre les notifications pendant 1 heure</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Uptrack</source>
        <translation>Uptrack</translation>
    </message>
    <message>
        <source>Uptrack — %1 down, %2 late, %3 up, %4 paused</source>
        <translation>Uptrack — %1 en panne, %2 en retard, %3 OK, %4 en pause</translation>
    </message>
    <message>
        <source>Popups snoozed until %1 (click to resume)</source>
        <translation>Notifications suspendues jusqu’à %1 (cliquer pour reprendre)</translation>
    </message>
    <message>
        <source>popups snoozed until %1</source>
        <translation>notifications suspendues jusqu’à %1</translation>
    </message>
    <message>
        <source>no system tray: shown in the console window</source>
        <translation>pas de zone de notification&#xa0;: affichée dans la fenêtre de la console</translation>
    </message>
    <message>
        <source>shown in the tray</source>
        <translation>affichée dans la zone de notification</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation>En panne : %1</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 est en panne</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n en maintenance</numerusform>
            <numerusform>%n en maintenance</numerusform>
        </translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Pendant 4 heures</translation>
    </message>
    <message>
        <source>Until tomorrow 08:00</source>
        <translation>Jusqu’à demain 08:00</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Lever la sourdine</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Alerts muted until %1</source>
        <translation>Alertes en sourdine jusqu’à %1</translation>
    </message>
    <message>
        <source>Muted: %1</source>
        <translation>En sourdine&#xa0;: %1</translation>
    </message>
    <message>
        <source>M&amp;ute alerts</source>
        <translation>Alertes en &amp;sourdine</translation>
    </message>
    <message>
        <source>Alerts m&amp;uted until %1</source>
        <translation>Alertes en &amp;sourdine jusqu’à %1</translation>
    </message>
</context>
</TS>
