<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Alert</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
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
        <translation>Uptrack-Test</translation>
    </message>
    <message>
        <source>%1 is DOWN</source>
        <translation>%1 ist AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1: %2. Last good ping: %3.</source>
        <translation>%1: %2. Letzter guter Ping: %3.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last good ping</source>
        <translation>Letzter guter Ping</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Exit-Status</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>%1 is back UP</source>
        <translation>%1 ist wieder OK</translation>
    </message>
    <message>
        <source>%1 recovered after %2 down.</source>
        <translation>%1 ist nach %2 Ausfall wieder OK.</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>Ausgefallen seit</translation>
    </message>
    <message>
        <source>%1 is still DOWN</source>
        <translation>%1 ist noch immer AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1 has been down for %2.</source>
        <translation>%1 ist seit %2 ausgefallen.</translation>
    </message>
    <message>
        <source>Down for</source>
        <translation>Ausfalldauer</translation>
    </message>
    <message>
        <source>%1 ran slow</source>
        <translation>%1 lief langsam</translation>
    </message>
    <message>
        <source>%1 finished, but took %2 (more than %3).</source>
        <translation>%1 ist fertig, hat aber %2 gebraucht (mehr als %3).</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Slow after</source>
        <translation>Langsam ab</translation>
    </message>
    <message>
        <source>Uptrack test message</source>
        <translation>Uptrack-Testnachricht</translation>
    </message>
    <message>
        <source>This is a test of the channel &quot;%1&quot;. If you read this, alerts will reach you here.</source>
        <translation>Dies ist ein Test des Kanals „%1“. Wenn Sie das lesen, erreichen Alarme Sie hier.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>%1: certificate expires in %2</source>
        <translation>%1: Zertifikat läuft in %2 ab</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 expires %2 (in %3). Renew it before browsers and clients refuse it.</source>
        <translation>Das TLS-Zertifikat von %1 läuft %2 ab (in %3). Erneuern Sie es, bevor Browser und Clients es ablehnen.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1: maintenance began</source>
        <translation>%1: Wartung begonnen</translation>
    </message>
    <message>
        <source>%1 is in the maintenance window &quot;%2&quot; until %3: its misses and failures do not alert meanwhile.</source>
        <translation>%1 ist bis %3 im Wartungsfenster „%2“: Verpasste Pings und Fehler lösen so lange keinen Alarm aus.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>%1: maintenance ended</source>
        <translation>%1: Wartung beendet</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; of %2 ended: it is watched again.</source>
        <translation>Das Wartungsfenster „%1“ von %2 ist zu Ende: Es wird wieder überwacht.</translation>
    </message>
    <message>
        <source>%1 is still DOWN after %2</source>
        <translation>%1 ist nach %2 noch immer AUSGEFALLEN</translation>
    </message>
    <message numerus="yes">
        <source>%1 is DOWN — and %n dependent monitor(s): %2</source>
        <translation>
            <numerusform>%1 ist AUSGEFALLEN – und %n abhängiger Monitor: %2</numerusform>
            <numerusform>%1 ist AUSGEFALLEN – und %n abhängige Monitore: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Depending on it, and not alerting on their own: %1.</source>
        <translation>Davon abhängig und ohne eigenen Alarm: %1.</translation>
    </message>
    <message>
        <source>Dependent monitors</source>
        <translation>Abhängige Monitore</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovered</source>
        <translation>
            <numerusform>%n wieder OK</numerusform>
            <numerusform>%n wieder OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>While muted: %1</source>
        <translation>Während der Stummschaltung: %1</translation>
    </message>
    <message>
        <source>While muted (since %1): %2; nothing is down now.</source>
        <translation>Während der Stummschaltung (seit %1): %2; jetzt ist nichts ausgefallen.</translation>
    </message>
    <message>
        <source>While muted (since %1): %2; still down: %3.</source>
        <translation>Während der Stummschaltung (seit %1): %2; noch ausgefallen: %3.</translation>
    </message>
    <message>
        <source>Muted since</source>
        <translation>Stumm seit</translation>
    </message>
    <message>
        <source>Still down</source>
        <translation>Noch ausgefallen</translation>
    </message>
    <message>
        <source>finished in %1, expected at least %2</source>
        <translation>fertig nach %1, erwartet mindestens %2</translation>
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
        <translation>Geben Sie dem Schlüssel einen Namen, der sagt, wer ihn benutzt (zum Beispiel „deploy“).</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name may not contain control characters.</source>
        <translation>Der Name darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not read back correctly; it was removed.</source>
        <translation>Die Sicherung %1 lässt sich nicht fehlerfrei zurücklesen; sie wurde entfernt.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>no console is running to show a desktop popup (headless)</source>
        <translation>keine Konsole läuft, die ein Desktop-Popup zeigen könnte (headless)</translation>
    </message>
    <message>
        <source>Discord webhook URL</source>
        <translation>Discord-Webhook-URL</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl konnte nicht starten</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>An email channel needs an SMTP host (--smtp-host).</source>
        <translation>Ein E-Mail-Kanal braucht einen SMTP-Server (--smtp-host).</translation>
    </message>
    <message>
        <source>TLS must be none, starttls or tls (got %1).</source>
        <translation>TLS muss none, starttls oder tls sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The SMTP port must be 1-65535.</source>
        <translation>Der SMTP-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The sender address (--from) is missing or not an address.</source>
        <translation>Die Absenderadresse (--from) fehlt oder ist keine Adresse.</translation>
    </message>
    <message>
        <source>An email channel needs at least one recipient (--to).</source>
        <translation>Ein E-Mail-Kanal braucht mindestens einen Empfänger (--to).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Slack incoming webhook URL</source>
        <translation>Slack-Incoming-Webhook-URL</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>The method must be POST, PUT, PATCH or GET (got %1).</source>
        <translation>Die Methode muss POST, PUT, PATCH oder GET sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}; known: %2</source>
        <translation>Unbekannter Platzhalter {%1}; bekannt sind: %2</translation>
    </message>
    <message>
        <source>Kept in the system keychain only; read from standard input on the command line.</source>
        <translation>Wird nur im Schlüsselbund des Systems aufbewahrt; auf der Kommandozeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>The mail server that sends the alerts.</source>
        <translation>Der Mailserver, der die Alarme verschickt.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SMTP port (default 587, or 465 with TLS).</source>
        <translation>SMTP-Port (Standard 587, mit TLS 465).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>587 (465 with TLS)</source>
        <translation>587 (465 mit TLS)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>none, starttls (default) or tls.</source>
        <translation>none, starttls (Standard) oder tls.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>SMTP login; the password is read like a secret.</source>
        <translation>SMTP-Anmeldung; das Passwort wird wie ein Geheimnis gelesen.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Absenderadresse.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Recipient address (repeat for more).</source>
        <translation>Empfängeradresse (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Extra CA certificate for the SMTP server (a LAN server&apos;s own).</source>
        <translation>Zusätzliches CA-Zertifikat für den SMTP-Server (das eigene eines Servers im LAN).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Do not verify the SMTP server&apos;s certificate.</source>
        <translation>Das Zertifikat des SMTP-Servers nicht prüfen.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>The HTTP method of the request (default POST).</source>
        <translation>Die HTTP-Methode der Anfrage (Standard POST).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>The body&apos;s content type (default application/json).</source>
        <translation>Der Inhaltstyp des Rumpfs (Standard application/json).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>A header &quot;Name: value&quot; sent with every alert (repeat).</source>
        <translation>Ein Header „Name: Wert“, der mit jedem Alarm gesendet wird (wiederholbar).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>Secret headers</source>
        <translation>Geheime Header</translation>
    </message>
    <message>
        <source>A header whose value is a secret (Authorization: Bearer …), kept in the system keychain only; on the command line its name, the value read like the URL (repeat).</source>
        <translation>Ein Header, dessen Wert geheim ist (Authorization: Bearer …), nur im Schlüsselbund des Systems aufbewahrt; auf der Kommandozeile sein Name, der Wert wird wie die URL gelesen (wiederholbar).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Vorlage für den Rumpf</translation>
    </message>
    <message>
        <source>The body with {placeholders}; empty: a JSON object of every fact.</source>
        <translation>Der Rumpf mit {Platzhaltern}; leer: ein JSON-Objekt aller Angaben.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Leave empty for a JSON object of every fact. Placeholders: %1</source>
        <translation>Leer lassen für ein JSON-Objekt mit allen Angaben. Platzhalter: %1</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>Der Header „%1“ ist nicht „Name: Wert“.</translation>
    </message>
    <message>
        <source>Gotify application token</source>
        <translation>Gotify-Anwendungstoken</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The Gotify server&apos;s address.</source>
        <translation>Die Adresse des Gotify-Servers.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Anwendungstoken</translation>
    </message>
    <message>
        <source>An application&apos;s token from Gotify&apos;s Apps page; kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Das Token einer Anwendung von Gotifys Seite „Apps“; nur im Schlüsselbund des Systems gespeichert, auf der Befehlszeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Priority when down</source>
        <translation>Priorität bei Ausfall</translation>
    </message>
    <message>
        <source>0 to 10; 8 and above make Android ring (default 8).</source>
        <translation>0 bis 10; ab 8 klingelt Android (Standard 8).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Priority when up</source>
        <translation>Priorität bei Erholung</translation>
    </message>
    <message>
        <source>0 to 10 (default 4).</source>
        <translation>0 bis 10 (Standard 4).</translation>
    </message>
    <message>
        <source>Gotify server</source>
        <translation>Gotify-Server</translation>
    </message>
    <message>
        <source>A Gotify priority is 0 to 10 (got %1).</source>
        <translation>Eine Gotify-Priorität ist 0 bis 10 (erhalten: %1).</translation>
    </message>
    <message>
        <source>A Gotify application token is letters, digits, dots and dashes, as Gotify&apos;s Apps page shows it.</source>
        <translation>Ein Gotify-Anwendungstoken besteht aus Buchstaben, Ziffern, Punkten und Bindestrichen, so wie Gotifys Seite „Apps“ es zeigt.</translation>
    </message>
    <message>
        <source>Matrix access token</source>
        <translation>Matrix-Zugriffstoken</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <source>The homeserver&apos;s client address.</source>
        <translation>Die Client-Adresse des Homeservers.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>A bot account&apos;s access token (Element: Settings → Help &amp; About); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Das Zugriffstoken eines Bot-Kontos (Element: Einstellungen → Hilfe &amp; Info); nur im Schlüsselbund des Systems gespeichert, auf der Befehlszeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>The room&apos;s id (!…:server, in the room&apos;s settings → Advanced); the account must have joined it.</source>
        <translation>Die ID des Raums (!…:server, in den Raumeinstellungen → Erweitert); das Konto muss ihm beigetreten sein.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Matrix homeserver</source>
        <translation>Matrix-Homeserver</translation>
    </message>
    <message>
        <source>Matrix needs a --room-id.</source>
        <translation>Matrix braucht eine --room-id.</translation>
    </message>
    <message>
        <source>A Matrix room id looks like !AbCdEfGh:example.org (a room&apos;s #alias is not its id; got &quot;%1&quot;).</source>
        <translation>Eine Matrix-Raum-ID sieht aus wie !AbCdEfGh:example.org (der #Alias eines Raums ist nicht seine ID; erhalten: „%1“).</translation>
    </message>
    <message>
        <source>A Matrix access token is one word of 8 or more printable characters.</source>
        <translation>Ein Matrix-Zugriffstoken ist ein Wort aus 8 oder mehr druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>ntfy access token</source>
        <translation>ntfy-Zugriffstoken</translation>
    </message>
    <message>
        <source>The ntfy server (default https://ntfy.sh).</source>
        <translation>Der ntfy-Server (Standard https://ntfy.sh).</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>The topic the phones subscribe to (letters, digits, - and _; a long random one on ntfy.sh).</source>
        <translation>Das Thema, das die Telefone abonnieren (Buchstaben, Ziffern, - und _; auf ntfy.sh ein langes zufälliges).</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Optional: for a protected topic (tk_…); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Optional: für ein geschütztes Thema (tk_…); nur im Schlüsselbund des Systems gespeichert, auf der Befehlszeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>1 (min) to 5 (max, rings through Do Not Disturb); default 4.</source>
        <translation>1 (min.) bis 5 (max., klingelt auch bei „Nicht stören“); Standard 4.</translation>
    </message>
    <message>
        <source>1 (min) to 5 (max); default 3.</source>
        <translation>1 (min.) bis 5 (max.); Standard 3.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Opened when the notification is tapped (optional).</source>
        <translation>Wird geöffnet, wenn man auf die Benachrichtigung tippt (optional).</translation>
    </message>
    <message>
        <source>ntfy server</source>
        <translation>ntfy-Server</translation>
    </message>
    <message>
        <source>ntfy needs a --topic.</source>
        <translation>ntfy braucht ein --topic.</translation>
    </message>
    <message>
        <source>An ntfy topic is 1 to 64 letters, digits, - and _ (got &quot;%1&quot;).</source>
        <translation>Ein ntfy-Thema besteht aus 1 bis 64 Buchstaben, Ziffern, - und _ (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>An ntfy priority is 1 to 5 (got %1).</source>
        <translation>Eine ntfy-Priorität ist 1 bis 5 (erhalten: %1).</translation>
    </message>
    <message>
        <source>The link must be an http(s) URL (got &quot;%1&quot;).</source>
        <translation>Der Link muss eine http(s)-URL sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>An ntfy access token has no spaces.</source>
        <translation>Ein ntfy-Zugriffstoken enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Opsgenie API key</source>
        <translation>Opsgenie-API-Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The API key of an API integration (a UUID); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Der API-Schlüssel einer API-Integration (eine UUID); nur im Schlüsselbund des Systems gespeichert, auf der Befehlszeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where the Opsgenie account lives: us (default) or eu.</source>
        <translation>Wo das Opsgenie-Konto liegt: us (Standard) oder eu.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>P1 (critical) to P5 (informational); default P2.</source>
        <translation>P1 (kritisch) bis P5 (informativ); Standard P2.</translation>
    </message>
    <message>
        <source>P1-P5</source>
        <translation>P1-P5</translation>
    </message>
    <message>
        <source>The Opsgenie region is us or eu (got &quot;%1&quot;).</source>
        <translation>Die Opsgenie-Region ist us oder eu (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The priority is P1 to P5 (got &quot;%1&quot;).</source>
        <translation>Die Priorität ist P1 bis P5 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>An Opsgenie API key is a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), as the API integration shows it.</source>
        <translation>Ein Opsgenie-API-Schlüssel ist eine UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), so wie die API-Integration ihn zeigt.</translation>
    </message>
    <message>
        <source>not sent: Opsgenie keeps the alert open and notifies on its own</source>
        <translation>nicht gesendet: Opsgenie hält den Alarm offen und benachrichtigt selbst</translation>
    </message>
    <message>
        <source>not sent: Opsgenie gets downs, recoveries and warnings only</source>
        <translation>nicht gesendet: Opsgenie bekommt nur Ausfälle, Erholungen und Warnungen</translation>
    </message>
    <message>
        <source>PagerDuty integration key</source>
        <translation>PagerDuty-Integrationsschlüssel</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Integrationsschlüssel</translation>
    </message>
    <message>
        <source>The Events API v2 integration key of a service (32 characters); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Der Integrationsschlüssel (Events API v2) eines Dienstes (32 Zeichen); nur im Schlüsselbund des Systems gespeichert, auf der Befehlszeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Severity when down</source>
        <translation>Schweregrad bei Ausfall</translation>
    </message>
    <message>
        <source>What a down is in PagerDuty: critical (default), error, warning or info.</source>
        <translation>Was ein Ausfall in PagerDuty ist: critical (Standard), error, warning oder info.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>The severity is critical, error, warning or info (got &quot;%1&quot;).</source>
        <translation>Der Schweregrad ist critical, error, warning oder info (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>A PagerDuty integration key is 32 letters and digits (the service&apos;s Integrations tab, Events API v2).</source>
        <translation>Ein PagerDuty-Integrationsschlüssel besteht aus 32 Buchstaben und Ziffern (Reiter „Integrations“ des Dienstes, Events API v2).</translation>
    </message>
    <message>
        <source>not sent: PagerDuty keeps the incident open and escalates it itself</source>
        <translation>nicht gesendet: PagerDuty hält den Vorfall offen und eskaliert ihn selbst</translation>
    </message>
    <message>
        <source>not sent: PagerDuty gets downs, recoveries and warnings only</source>
        <translation>nicht gesendet: PagerDuty bekommt nur Ausfälle, Erholungen und Warnungen</translation>
    </message>
    <message>
        <source>Pushover application token and user key</source>
        <translation>Pushover-Anwendungstoken und Benutzerschlüssel</translation>
    </message>
    <message>
        <source>The API token of an application registered at pushover.net (30 letters and digits); kept in the system keychain only.</source>
        <translation>Das API-Token einer bei pushover.net registrierten Anwendung (30 Buchstaben und Ziffern); nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>User or group key</source>
        <translation>Benutzer- oder Gruppenschlüssel</translation>
    </message>
    <message>
        <source>Who gets the messages (30 letters and digits); read from standard input after the token.</source>
        <translation>Wer die Nachrichten bekommt (30 Buchstaben und Ziffern); nach dem Token von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>One of Pushover&apos;s sounds (siren, pushover, none, …); empty: the user&apos;s default.</source>
        <translation>Einer der Töne von Pushover (siren, pushover, none, …); leer: der des Benutzers.</translation>
    </message>
    <message>
        <source>A link shown with the message (optional).</source>
        <translation>Ein Link, der mit der Nachricht angezeigt wird (optional).</translation>
    </message>
    <message>
        <source>-2 (silent) to 2 (emergency: repeats until acknowledged); default 1 (high).</source>
        <translation>-2 (still) bis 2 (Notfall: wiederholt sich bis zur Bestätigung); Standard 1 (hoch).</translation>
    </message>
    <message>
        <source>-2 to 2; default 0 (normal).</source>
        <translation>-2 bis 2; Standard 0 (normal).</translation>
    </message>
    <message>
        <source>Repeat every (s)</source>
        <translation>Wiederholen alle (s)</translation>
    </message>
    <message>
        <source>Emergency priority: seconds between repeats, at least 30 (default 300).</source>
        <translation>Notfallpriorität: Sekunden zwischen den Wiederholungen, mindestens 30 (Standard 300).</translation>
    </message>
    <message>
        <source>Repeat for (s)</source>
        <translation>Wiederholen für (s)</translation>
    </message>
    <message>
        <source>Emergency priority: seconds it keeps repeating, at most 10800 (default 3600).</source>
        <translation>Notfallpriorität: wie viele Sekunden es sich wiederholt, höchstens 10800 (Standard 3600).</translation>
    </message>
    <message>
        <source>A Pushover priority is -2 to 2 (got %1).</source>
        <translation>Eine Pushover-Priorität ist -2 bis 2 (erhalten: %1).</translation>
    </message>
    <message>
        <source>Pushover repeats at most every 30 s (got %1).</source>
        <translation>Pushover wiederholt höchstens alle 30 s (erhalten: %1).</translation>
    </message>
    <message>
        <source>Pushover repeats for 1 to 10800 s (got %1).</source>
        <translation>Pushover wiederholt 1 bis 10800 s lang (erhalten: %1).</translation>
    </message>
    <message>
        <source>A Pushover sound is a name such as siren (got &quot;%1&quot;).</source>
        <translation>Ein Pushover-Ton ist ein Name wie siren (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>A Pushover application token is 30 letters and digits, as pushover.net shows it.</source>
        <translation>Ein Pushover-Anwendungstoken besteht aus 30 Buchstaben und Ziffern, so wie pushover.net es zeigt.</translation>
    </message>
    <message>
        <source>A Pushover user or group key is 30 letters and digits, as pushover.net shows it.</source>
        <translation>Ein Pushover-Benutzer- oder Gruppenschlüssel besteht aus 30 Buchstaben und Ziffern, so wie pushover.net ihn zeigt.</translation>
    </message>
    <message>
        <source>Teams workflow webhook URL</source>
        <translation>Teams-Workflow-Webhook-URL</translation>
    </message>
    <message>
        <source>In Teams: the channel&apos;s … menu → Workflows → &quot;Post to a channel when a webhook request is received&quot;; copy its URL. Kept in the system keychain only; read from standard input on the command line.</source>
        <translation>In Teams: Menü … des Kanals → Workflows → „Bei Empfang einer Webhook-Anforderung in einem Kanal posten“; dessen URL kopieren. Nur im Schlüsselbund des Systems gespeichert; auf der Befehlszeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>The Teams workflow webhook URL is empty.</source>
        <translation>Die Teams-Workflow-Webhook-URL ist leer.</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>From @BotFather (123456:ABC-…); kept in the system keychain only, read from standard input on the command line.</source>
        <translation>Von @BotFather (123456:ABC-…); nur im Schlüsselbund des Systems gespeichert, auf der Befehlszeile von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>The chat&apos;s id (-100… for a group) or a channel&apos;s @name; the bot must be a member.</source>
        <translation>Die ID des Chats (-100… für eine Gruppe) oder der @Name eines Kanals; der Bot muss Mitglied sein.</translation>
    </message>
    <message>
        <source>A topic of a forum group, by its id (optional).</source>
        <translation>Ein Thema einer Forengruppe, über seine ID (optional).</translation>
    </message>
    <message>
        <source>Telegram needs a --chat-id.</source>
        <translation>Telegram braucht eine --chat-id.</translation>
    </message>
    <message>
        <source>A Telegram chat is a number (-100… for a group) or a channel&apos;s @name (got &quot;%1&quot;).</source>
        <translation>Ein Telegram-Chat ist eine Zahl (-100… für eine Gruppe) oder der @Name eines Kanals (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>A topic is a positive number (got &quot;%1&quot;).</source>
        <translation>Ein Thema ist eine positive Zahl (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The Telegram bot token is empty.</source>
        <translation>Das Telegram-Bot-Token ist leer.</translation>
    </message>
    <message>
        <source>A Telegram bot token looks like 123456789:AAE… (the bot&apos;s id, a colon and its key), as @BotFather gives it.</source>
        <translation>Ein Telegram-Bot-Token sieht aus wie 123456789:AAE… (die ID des Bots, ein Doppelpunkt und sein Schlüssel), so wie @BotFather es ausgibt.</translation>
    </message>
    <message>
        <source>--api-url must be an http(s) URL with a host, such as https://relay.example.lan:8443 (got &quot;%1&quot;).</source>
        <translation>--api-url muss eine http(s)-URL mit Host sein, etwa https://relay.example.lan:8443 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--api-url replaces only the scheme, host and port: leave out the path &quot;%1&quot; (the service&apos;s own path is added).</source>
        <translation>--api-url ersetzt nur Schema, Host und Port: den Pfad „%1“ weglassen (der eigene Pfad des Dienstes wird angehängt).</translation>
    </message>
    <message>
        <source>--api-url takes no user, query or fragment: only scheme, host and port.</source>
        <translation>--api-url nimmt keinen Benutzer, keine Abfrage und kein Fragment: nur Schema, Host und Port.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Another scheme, host and port for the service (a relay or a test server); its own path is added. Empty: %1.</source>
        <translation>Ein anderes Schema, ein anderer Host und Port für den Dienst (ein Relay oder ein Testserver); sein eigener Pfad wird angehängt. Leer: %1.</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>The %1 must be an http(s) URL with a host (got &quot;%2&quot;).</source>
        <translation>%1 muss eine http(s)-URL mit Host sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>The program to run for each alert (an absolute path; no shell: the alert&apos;s facts are in UPTRACK_* environment variables).</source>
        <translation>Das Programm, das für jeden Alarm läuft (ein absoluter Pfad; keine Shell: die Fakten des Alarms stehen in UPTRACK_*-Umgebungsvariablen).</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>An argument for the program, as it is (repeat).</source>
        <translation>Ein Argument für das Programm, unverändert (wiederholbar).</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>How long a run may take before it is stopped and counted as failed (default 30s, at most 10m).</source>
        <translation>Wie lange ein Lauf dauern darf, bevor er gestoppt und als fehlgeschlagen gezählt wird (Standard 30s, höchstens 10m).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is not a duration: %2</source>
        <translation>Das Zeitlimit „%1“ ist keine Dauer: %2</translation>
    </message>
    <message>
        <source>A command channel needs --command PATH.</source>
        <translation>Ein Befehlskanal braucht --command PFAD.</translation>
    </message>
    <message>
        <source>The program must be an absolute path (got &quot;%1&quot;): it runs without a shell or a search path.</source>
        <translation>Das Programm muss ein absoluter Pfad sein (erhalten: „%1“): es läuft ohne Shell und ohne Suchpfad.</translation>
    </message>
    <message>
        <source>There is no %1.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not an executable file (chmod +x?).</source>
        <translation>%1 ist keine ausführbare Datei (chmod +x?).</translation>
    </message>
    <message>
        <source>The time limit is 1s to 10m (got %1).</source>
        <translation>Das Zeitlimit ist 1s bis 10m (erhalten: %1).</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>kann %1 nicht ausführen: %2</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>Desktop popup</source>
        <translation>Desktop-Popup</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
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
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>admin@example.com, boss@example.com</source>
        <translation>admin@example.com, chefin@example.com</translation>
    </message>
    <message>
        <source>optional: a CA certificate file for a LAN server</source>
        <translation>optional: eine CA-Zertifikatsdatei für einen Server im LAN</translation>
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
        <translation>Lokaler Befehl</translation>
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
        <translation>DNS: Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>a redirect from HTTPS to HTTP (not followed)</source>
        <translation>eine Weiterleitung von HTTPS zu HTTP (nicht gefolgt)</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>weitergeleitet zu %1</translation>
    </message>
    <message>
        <source>redirects to %1 (not followed)</source>
        <translation>leitet weiter zu %1 (nicht gefolgt)</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>status %1 (expected %2)</source>
        <translation>Status %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is in the page</source>
        <translation>das Stichwort „%1“ steht auf der Seite</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; is missing</source>
        <translation>das Stichwort „%1“ fehlt</translation>
    </message>
    <message>
        <source>too slow: %1 (limit %2)</source>
        <translation>zu langsam: %1 (Grenze %2)</translation>
    </message>
    <message>
        <source>connected in %1</source>
        <translation>verbunden in %1</translation>
    </message>
    <message>
        <source>no connection within %1</source>
        <translation>keine Verbindung innerhalb von %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The method of a check is GET or HEAD (got %1).</source>
        <translation>Die Methode einer Prüfung ist GET oder HEAD (erhalten: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of status codes like 200-299,301.</source>
        <translation>„%1“ ist keine Liste von Statuscodes wie 200-299,301.</translation>
    </message>
    <message>
        <source>A HEAD request has no body to find a keyword in; use GET.</source>
        <translation>Eine HEAD-Anfrage hat keinen Inhalt, in dem ein Stichwort stehen könnte; verwenden Sie GET.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not &quot;Name: value&quot;.</source>
        <translation>Der Header „%1“ ist nicht „Name: Wert“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT.</source>
        <translation>„%1“ ist nicht HOST:PORT.</translation>
    </message>
    <message>
        <source>A check runs at most every 10 seconds.</source>
        <translation>Eine Prüfung läuft höchstens alle 10 Sekunden.</translation>
    </message>
    <message>
        <source>The timeout must be at least 1 second and shorter than the interval.</source>
        <translation>Das Zeitlimit muss mindestens 1 Sekunde betragen und kürzer als das Intervall sein.</translation>
    </message>
    <message>
        <source>The response-time limit must not be negative.</source>
        <translation>Die Antwortzeitgrenze darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Certificate warnings come 0 to 365 days ahead.</source>
        <translation>Zertifikatswarnungen kommen 0 bis 365 Tage vorher.</translation>
    </message>
    <message>
        <source>no keychain for the secret header values</source>
        <translation>kein Schlüsselbund für die geheimen Header-Werte</translation>
    </message>
    <message>
        <source>the secret header values could not be read: %1</source>
        <translation>die geheimen Header-Werte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name.</source>
        <translation>„%1“ ist kein Header-Name.</translation>
    </message>
    <message>
        <source>The secret header values are not in the keychain.</source>
        <translation>Die geheimen Header-Werte sind nicht im Schlüsselbund.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 record</source>
        <translation>kein %1-Eintrag</translation>
    </message>
    <message>
        <source>no answer from the name server within %1</source>
        <translation>keine Antwort vom Nameserver innerhalb von %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation>keine Antwort von %1 innerhalb von %2</translation>
    </message>
    <message>
        <source>DNS: %1 does not exist (NXDOMAIN)</source>
        <translation>DNS: %1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>DNS: the name server failed to answer (SERVFAIL)</source>
        <translation>DNS: Der Nameserver konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>DNS: the name server refused the query (REFUSED)</source>
        <translation>DNS: Der Nameserver hat die Anfrage abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>DNS: %1 has no %2 record</source>
        <translation>DNS: %1 hat keinen %2-Eintrag</translation>
    </message>
    <message>
        <source>no %1 record equals &quot;%2&quot; (got %3)</source>
        <translation>kein %1-Eintrag ist gleich „%2“ (erhalten: %3)</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>the system refused to send (a firewall?)</source>
        <translation>das System hat das Senden verweigert (eine Firewall?)</translation>
    </message>
    <message>
        <source>this system does not allow ICMP echo (ping) sockets for the group Uptrack runs as%1; allow them with: sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot; (and the same line in /etc/sysctl.d/ to keep it)</source>
        <translation>dieses System erlaubt der Gruppe, unter der Uptrack läuft, keine ICMP-Echo-Sockets (Ping)%1; erlauben mit: sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot; (und dieselbe Zeile in /etc/sysctl.d/, damit es bleibt)</translation>
    </message>
    <message>
        <source> (net.ipv4.ping_group_range is &quot;%1&quot;)</source>
        <translation> (net.ipv4.ping_group_range ist „%1“)</translation>
    </message>
    <message>
        <source>this system has no IPv6 ICMP echo sockets</source>
        <translation>dieses System hat keine IPv6-ICMP-Echo-Sockets</translation>
    </message>
    <message>
        <source>this system has no ICMP echo sockets</source>
        <translation>dieses System hat keine ICMP-Echo-Sockets</translation>
    </message>
    <message>
        <source>cannot open an ICMP socket: %1</source>
        <translation>ICMP-Socket kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 replies</source>
        <translation>%1 von %2 Antworten</translation>
    </message>
    <message>
        <source>%1 average, %2 slowest</source>
        <translation>%1 im Mittel, %2 am langsamsten</translation>
    </message>
    <message numerus="yes">
        <source>no reply to %n echo requests within %1</source>
        <translation>
            <numerusform>keine Antwort auf %n Echo-Anfrage innerhalb von %1</numerusform>
            <numerusform>keine Antwort auf %n Echo-Anfragen innerhalb von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 echo requests lost (%3 % loss; %4 % allowed)</source>
        <translation>%1 von %2 Echo-Anfragen verloren (%3 % Verlust; %4 % erlaubt)</translation>
    </message>
    <message>
        <source>too slow: %1 average round trip (limit %2)</source>
        <translation>zu langsam: %1 Umlaufzeit im Mittel (Grenze %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>A run sends 1 to %1 echo requests.</source>
        <translation>Ein Lauf sendet 1 bis %1 Echo-Anfragen.</translation>
    </message>
    <message>
        <source>%1 echo requests go out half a second apart: the timeout must be at least %2 seconds.</source>
        <translation>%1 Echo-Anfragen gehen im Abstand einer halben Sekunde hinaus: Das Zeitlimit muss mindestens %2 Sekunden betragen.</translation>
    </message>
    <message>
        <source>The packet loss allowed is 0 to 99 percent (all lost is always down).</source>
        <translation>Der erlaubte Paketverlust beträgt 0 bis 99 Prozent (alles verloren ist immer ausgefallen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name.</source>
        <translation>„%1“ ist kein DNS-Name.</translation>
    </message>
    <message>
        <source>The record type is one of %1 (got %2).</source>
        <translation>Der Eintragstyp ist einer von %1 (erhalten: %2).</translation>
    </message>
    <message>
        <source>The name server is an IP address (port 53), not &quot;%1&quot;.</source>
        <translation>Der Nameserver ist eine IP-Adresse (Port 53), nicht „%1“.</translation>
    </message>
    <message>
        <source>An A record is an IPv4 address, not &quot;%1&quot;.</source>
        <translation>Ein A-Eintrag ist eine IPv4-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>An AAAA record is an IPv6 address, not &quot;%1&quot;.</source>
        <translation>Ein AAAA-Eintrag ist eine IPv6-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>A check goes down after 1 to %1 failures in a row.</source>
        <translation>Eine Prüfung fällt nach 1 bis %1 Fehlern in Folge aus.</translation>
    </message>
</context>
<context>
    <name>CommandHandler</name>
    <message>
        <source>No channel is named &quot;%1&quot;.</source>
        <translation>Kein Kanal heißt „%1“.</translation>
    </message>
    <message>
        <source>Alerts are not running here.</source>
        <translation>Alarme laufen hier nicht.</translation>
    </message>
    <message>
        <source>The test ping could not be stored.</source>
        <translation>Der Test-Ping konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This Uptrack runs without a window (--headless).</source>
        <translation>Dieses Uptrack läuft ohne Fenster (--headless).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown channel kind &quot;%1&quot; (%2).</source>
        <translation>Unbekannte Kanalart „%1“ (%2).</translation>
    </message>
    <message>
        <source>A %1 channel needs its %2.</source>
        <translation>Ein %1-Kanal braucht Folgendes: %2.</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot; (give an id, a slug or a token).</source>
        <translation>Kein Monitor heißt „%1“ (geben Sie eine ID, einen Slug oder ein Token an).</translation>
    </message>
    <message>
        <source>Its secret could not be removed from the keychain: %1</source>
        <translation>Sein Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>A channel sends down alerts, recovery notices, or both.</source>
        <translation>Ein Kanal sendet Ausfallalarme, Entwarnungen oder beides.</translation>
    </message>
    <message>
        <source>Reminders: at least 1 min, or 0 for none.</source>
        <translation>Erinnerungen: mindestens 1 min, oder 0 für keine.</translation>
    </message>
    <message>
        <source>Unknown monitor kind &quot;%1&quot; (heartbeat, http, tcp, icmp, dns).</source>
        <translation>Unbekannte Monitor-Art „%1“ (heartbeat, http, tcp, icmp, dns).</translation>
    </message>
    <message>
        <source>Give a monitor or a tag, not both.</source>
        <translation>Geben Sie einen Monitor oder ein Tag an, nicht beides.</translation>
    </message>
    <message>
        <source>No monitor &quot;%1&quot; (give an id, slug or token).</source>
        <translation>Kein Monitor „%1“ (geben Sie eine ID, einen Slug oder ein Token an).</translation>
    </message>
    <message>
        <source>Nothing is muted for %1.</source>
        <translation>Für %1 ist nichts stummgeschaltet.</translation>
    </message>
    <message>
        <source>%1 has no open incident: there is nothing to acknowledge.</source>
        <translation>%1 hat keinen offenen Vorfall: Es gibt nichts zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>&quot;%1&quot; is not ADDR:PORT</source>
        <translation>„%1“ ist nicht ADRESSE:PORT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (0-65535)</source>
        <translation>„%1“ ist kein Port (0–65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (use e.g. 0.0.0.0, 127.0.0.1 or [::1])</source>
        <translation>„%1“ ist keine IP-Adresse (z. B. 0.0.0.0, 127.0.0.1 oder [::1])</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>The control socket %1 belongs to another user; refusing to use it.</source>
        <translation>Der Steuer-Socket %1 gehört einem anderen Benutzer; er wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The running Uptrack instance did not answer.</source>
        <translation>Die laufende Uptrack-Instanz hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>ControlServer</name>
    <message>
        <source>Cannot open the control socket %1: %2</source>
        <translation>Der Steuer-Socket %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Cron</name>
    <message>
        <source>field %1 (%2)</source>
        <translation>Feld %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is out of range %3-%4</source>
        <translation>%1: %2 liegt außerhalb des Bereichs %3–%4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a month name (jan-dec)</source>
        <translation>%1: „%2“ ist weder eine Zahl noch ein Monatsname (jan–dec)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a day name (sun-sat)</source>
        <translation>%1: „%2“ ist weder eine Zahl noch ein Tagesname (sun–sat)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than one step</source>
        <translation>%1: „%2“ hat mehr als eine Schrittweite</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a range like 1-5</source>
        <translation>%1: „%2“ ist kein Bereich wie 1-5</translation>
    </message>
    <message>
        <source>%1: the range %2 goes backwards</source>
        <translation>%1: Der Bereich %2 läuft rückwärts</translation>
    </message>
    <message>
        <source>%1: an empty item in &quot;%2&quot;</source>
        <translation>%1: ein leerer Eintrag in „%2“</translation>
    </message>
    <message>
        <source>@reboot runs once at boot, not on a schedule Uptrack could expect; use a period instead</source>
        <translation>@reboot läuft einmal beim Systemstart, nicht nach einem Zeitplan, den Uptrack erwarten könnte; verwenden Sie stattdessen ein Intervall</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly</source>
        <translation>„%1“ ist keines von @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>5 Felder erwartet (Minute Stunde Tag-des-Monats Monat Wochentag), erhalten: %1</translation>
    </message>
    <message>
        <source>%1: in &quot;%2&quot;, the week number must be 1-5</source>
        <translation>%1: In „%2“ muss die Wochennummer 1–5 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can never fire: no chosen month has the chosen day of month</source>
        <translation>„%1“ löst nie aus: Kein gewählter Monat hat den gewählten Tag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin or America/New_York)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York)</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>This expression never fires.</source>
        <translation>Dieser Ausdruck löst nie aus.</translation>
    </message>
    <message>
        <source>%1: step &quot;%2&quot; must be a whole number from 1</source>
        <translation>%1: Schrittweite „%2“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>%1: in &quot;%2&quot;, L must follow a day number 0-7 (5L: the last Friday of the month)</source>
        <translation>%1: in „%2“ muss L auf eine Tagesnummer 0-7 folgen (5L: der letzte Freitag im Monat)</translation>
    </message>
</context>
<context>
    <name>Crontab</name>
    <message>
        <source>%1 names no known time zone; the jobs after it are read in %2</source>
        <translation>%1 nennt keine bekannte Zeitzone; die Jobs danach werden in %2 gelesen</translation>
    </message>
    <message>
        <source>not a crontab line: it needs %1 fields and a command</source>
        <translation>keine Crontab-Zeile: Sie braucht %1 Felder und einen Befehl</translation>
    </message>
    <message>
        <source>@reboot runs once at boot, not on a schedule Uptrack could expect</source>
        <translation>@reboot läuft einmal beim Start, nicht nach einem Zeitplan, den Uptrack erwarten könnte</translation>
    </message>
    <message>
        <source>already reports to Uptrack</source>
        <translation>meldet sich schon bei Uptrack</translation>
    </message>
    <message>
        <source>the schedule does not parse: %1</source>
        <translation>der Zeitplan ist ungültig: %1</translation>
    </message>
    <message>
        <source>the schedule never runs</source>
        <translation>der Zeitplan läuft nie</translation>
    </message>
    <message>
        <source>more than %1 jobs in one crontab: import the rest on its own</source>
        <translation>mehr als %1 Jobs in einer Crontab: Importieren Sie den Rest für sich</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist yet.</source>
        <translation>Die Datenbank %1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable. Choose another place with --db PATH or fix the folder&apos;s permissions.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: Der Ordner %2 ist nicht beschreibbar. Wählen Sie mit --db PFAD einen anderen Ort oder korrigieren Sie die Rechte des Ordners.</translation>
    </message>
    <message>
        <source>The database %1 is not writable. Fix its permissions (it must belong to you) or choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 ist nicht beschreibbar. Korrigieren Sie ihre Rechte (sie muss Ihnen gehören) oder wählen Sie mit --db PFAD eine andere Datei.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Uptrack (schema %2; this one knows up to %3). Upgrade Uptrack; the file was left untouched.</source>
        <translation>Die Datenbank %1 stammt von einem neueren Uptrack (Schema %2; dieses kennt bis %3). Aktualisieren Sie Uptrack; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema; start Uptrack once to upgrade it.</source>
        <translation>Die Datenbank %1 hat ein älteres Schema; starten Sie Uptrack einmal, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Uptrack database (SQLite: %2). It was left untouched: move it aside and start again, or restore a backup.</source>
        <translation>Die Datei %1 ist beschädigt oder keine Uptrack-Datenbank (SQLite: %2). Sie wurde nicht verändert: Legen Sie sie beiseite und starten Sie neu, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (SQLite: %2). Free some space; Uptrack resumes by itself.</source>
        <translation>Der Datenträger mit %1 ist voll (SQLite: %2). Geben Sie Speicherplatz frei; Uptrack macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Cannot write the database %1 (SQLite: %2). Check the permissions of the file and its folder, or choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 kann nicht geschrieben werden (SQLite: %2). Prüfen Sie die Rechte der Datei und ihres Ordners oder wählen Sie mit --db PFAD eine andere Datei.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (SQLite: %2). Close it and try again.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt (SQLite: %2). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (SQLite: %2). Check the disk.</source>
        <translation>Lesen oder Schreiben von %1 ist fehlgeschlagen (SQLite: %2). Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>empty duration</source>
        <translation>leere Dauer</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (examples: 90s, 5m, 1h30m, 1d)</source>
        <translation>„%1“ ist keine Dauer (Beispiele: 90s, 5m, 1h30m, 1d)</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day %1 h</source>
        <translation>
            <numerusform>%n Tag %1 h</numerusform>
            <numerusform>%n Tage %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation>
            <numerusform>%n Tag %1 h</numerusform>
            <numerusform>%n Tage %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message numerus="yes">
        <source>every %n day</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour</source>
        <translation>
            <numerusform>stündlich</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>stündlich</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>%1, grace %2</source>
        <translation>%1, Toleranz %2</translation>
    </message>
    <message>
        <source>success (exit %1)</source>
        <translation>Erfolg (Exit %1)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>failure (exit %1)</source>
        <translation>Fehlschlag (Exit %1)</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>log message</source>
        <translation>Lognachricht</translation>
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
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>sonntags</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>montags</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>freitags</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>samstags</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>weekdays at %1</source>
        <translation>werktags um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>monthly on day %1 at %2</source>
        <translation>monatlich am %1. um %2</translation>
    </message>
    <message>
        <source>hourly at :%1</source>
        <translation>stündlich um :%1</translation>
    </message>
    <message>
        <source>%1 at :%2</source>
        <translation>%1 um :%2</translation>
    </message>
    <message>
        <source>%1%2, grace %3</source>
        <translation>%1%2, Toleranz %3</translation>
    </message>
    <message>
        <source>ping %1, %2</source>
        <translation>Ping %1, %2</translation>
    </message>
    <message>
        <source>DNS %1 %2, %3</source>
        <translation>DNS %1 %2, %3</translation>
    </message>
    <message>
        <source>DNS %1 %2 at %3, %4</source>
        <translation>DNS %1 %2 bei %3, %4</translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>While this computer slept or Uptrack was stopped (%1–%2)</source>
        <translation>Während dieser Rechner schlief oder Uptrack beendet war (%1–%2)</translation>
    </message>
    <message>
        <source>Before Uptrack started (%1)</source>
        <translation>Bevor Uptrack startete (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n deadline(s) passed unwatched: %2. Pings sent meanwhile may still arrive (uptrack-run keeps them); the rest go down in a few minutes. To watch through the night, run Uptrack on an always-on machine (uptrack --headless).</source>
        <translation>
            <numerusform>%1 verstrich eine Frist ohne Aufsicht: %2. Inzwischen gesendete Pings können noch ankommen (uptrack-run bewahrt sie auf); die übrigen fallen in wenigen Minuten aus. Um die Nacht hindurch zu überwachen, betreiben Sie Uptrack auf einem ständig laufenden Rechner (uptrack --headless).</numerusform>
            <numerusform>%1 verstrichen %n Fristen ohne Aufsicht: %2. Inzwischen gesendete Pings können noch ankommen (uptrack-run bewahrt sie auf); die übrigen fallen in wenigen Minuten aus. Um die Nacht hindurch zu überwachen, betreiben Sie Uptrack auf einem ständig laufenden Rechner (uptrack --headless).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>cannot keep this computer awake: out of file descriptors</source>
        <translation>kann diesen Rechner nicht wach halten: keine Dateideskriptoren mehr</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und ein weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is due; its ping must be heard</source>
        <translation>%1 ist fällig; sein Ping muss gehört werden</translation>
    </message>
    <message>
        <source>Keeping this computer awake until %1 for %2</source>
        <translation>Dieser Rechner bleibt bis %1 wach für %2</translation>
    </message>
    <message>
        <source> (due: %1)</source>
        <translation> (fällig: %1)</translation>
    </message>
    <message>
        <source>cannot keep this computer awake: logind is not available</source>
        <translation>kann diesen Rechner nicht wach halten: logind ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot keep this computer awake: logind refused</source>
        <translation>kann diesen Rechner nicht wach halten: logind lehnte ab</translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>Hourly, on the hour</source>
        <translation>Stündlich, zur vollen Stunde</translation>
    </message>
    <message>
        <source>Daily at 02:00</source>
        <translation>Täglich um 02:00</translation>
    </message>
    <message>
        <source>Weekdays at 09:00</source>
        <translation>Werktags um 09:00</translation>
    </message>
    <message>
        <source>Sundays at 03:30</source>
        <translation>Sonntags um 03:30</translation>
    </message>
    <message>
        <source>First of the month at 04:00</source>
        <translation>Am Monatsersten um 04:00</translation>
    </message>
</context>
<context>
    <name>MonitorRules</name>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The period must be at least 1s (got %1).</source>
        <translation>Das Intervall muss mindestens 1s sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>Run times must not be negative.</source>
        <translation>Laufzeiten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The grace period must not be negative.</source>
        <translation>Die Toleranz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Tags are single words; &quot;%1&quot; is not.</source>
        <translation>Tags sind einzelne Wörter; „%1“ ist keines.</translation>
    </message>
    <message>
        <source>A monitor needs a name.</source>
        <translation>Ein Monitor braucht einen Namen.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; may only use lower-case letters a-z, digits 0-9, &apos;-&apos; and &apos;_&apos; (at most %2 characters).</source>
        <translation>Der Slug „%1“ darf nur Kleinbuchstaben a–z, Ziffern 0–9, „-“ und „_“ enthalten (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by another monitor.</source>
        <translation>Der Slug „%1“ wird schon von einem anderen Monitor verwendet.</translation>
    </message>
    <message>
        <source>Give the monitor a name.</source>
        <translation>Geben Sie dem Monitor einen Namen.</translation>
    </message>
    <message>
        <source>A slug is needed for the readable ping URL.</source>
        <translation>Für die lesbare Ping-URL wird ein Slug gebraucht.</translation>
    </message>
    <message>
        <source>Methods is &quot;POST&quot; (only POST pings count) or empty (any method).</source>
        <translation>Methoden ist „POST“ (nur POST-Pings zählen) oder leer (jede Methode).</translation>
    </message>
    <message>
        <source>An escalation delay is 0 to 7 days (%1: %2).</source>
        <translation>Eine Eskalationsverzögerung beträgt 0 bis 7 Tage (%1: %2).</translation>
    </message>
    <message>
        <source>A delay is for a channel the monitor uses (%1).</source>
        <translation>Eine Verzögerung gilt für einen Kanal, den der Monitor benutzt (%1).</translation>
    </message>
    <message>
        <source>A monitor goes down after 1 to %1 misses or failures in a row (got %2).</source>
        <translation>Ein Monitor fällt nach 1 bis %1 verpassten Pings oder Fehlern in Folge aus (erhalten: %2).</translation>
    </message>
</context>
<context>
    <name>OwnApi</name>
    <message>
        <source>%1 is a string.</source>
        <translation>%1 ist eine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1 is a number of seconds.</source>
        <translation>%1 ist eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>%1 is an array of strings.</source>
        <translation>%1 ist ein Array von Zeichenketten.</translation>
    </message>
    <message>
        <source>schedule is a cron expression, or null for a period.</source>
        <translation>schedule ist ein Cron-Ausdruck, oder null für eine Periode.</translation>
    </message>
    <message>
        <source>resume_on_ping is true or false.</source>
        <translation>resume_on_ping ist true oder false.</translation>
    </message>
    <message>
        <source>kind is heartbeat, http, tcp, icmp or dns.</source>
        <translation>kind ist heartbeat, http, tcp, icmp oder dns.</translation>
    </message>
    <message>
        <source>check is an object (the check&apos;s settings).</source>
        <translation>check ist ein Objekt (die Einstellungen der Prüfung).</translation>
    </message>
    <message>
        <source>on is an array of &quot;down&quot; and &quot;up&quot; (the events the channel alerts on).</source>
        <translation>on ist ein Array aus &quot;down&quot; und &quot;up&quot; (die Ereignisse, bei denen der Kanal alarmiert).</translation>
    </message>
    <message>
        <source>reminder is a number of seconds (0 or null: no reminders).</source>
        <translation>reminder ist eine Zahl von Sekunden (0 oder null: keine Erinnerungen).</translation>
    </message>
    <message>
        <source>default is true or false.</source>
        <translation>default ist true oder false.</translation>
    </message>
    <message>
        <source>name is the channel&apos;s name, a string.</source>
        <translation>name ist der Name des Kanals, eine Zeichenkette.</translation>
    </message>
    <message>
        <source>kind is one of %1.</source>
        <translation>kind ist eines von %1.</translation>
    </message>
    <message>
        <source>apply_to_existing is true or false.</source>
        <translation>apply_to_existing ist true oder false.</translation>
    </message>
    <message>
        <source>fields is an object: the kind&apos;s settings by name.</source>
        <translation>fields ist ein Objekt: die Einstellungen der Art nach Namen.</translation>
    </message>
    <message>
        <source>%1 is true or false.</source>
        <translation>%1 ist true oder false.</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 ist eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is an array of &quot;Name: value&quot; strings, or an object.</source>
        <translation>%1 ist ein Array aus Zeichenketten &quot;Name: Wert&quot; oder ein Objekt.</translation>
    </message>
    <message>
        <source>A %1 channel has no field &quot;%2&quot; (it has: %3).</source>
        <translation>Ein Kanal der Art %1 hat kein Feld &quot;%2&quot; (er hat: %3).</translation>
    </message>
    <message>
        <source>A channel&apos;s kind, settings and secret stay as they were made: add a new channel (and remove this one) to change them.</source>
        <translation>Art, Einstellungen und Geheimnis eines Kanals bleiben, wie sie angelegt wurden: Legen Sie einen neuen Kanal an (und entfernen Sie diesen), um sie zu ändern.</translation>
    </message>
    <message>
        <source>down_after is a whole number from 1.</source>
        <translation>down_after ist eine ganze Zahl ab 1.</translation>
    </message>
</context>
<context>
    <name>PingIgnored</name>
    <message>
        <source>the monitor is paused and pings do not resume it</source>
        <translation>der Monitor ist pausiert, und Pings setzen ihn nicht fort</translation>
    </message>
    <message>
        <source>no keyword matched the body</source>
        <translation>kein Schlüsselwort passte zum Inhalt</translation>
    </message>
    <message>
        <source>the monitor takes POST pings only</source>
        <translation>der Monitor nimmt nur POST-Pings an</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Uptrack cannot start</source>
        <translation>Uptrack kann nicht starten</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the new one either way, so nothing is deleted.</source>
        <translation>Die beschädigte Datei bleibt in jedem Fall neben der neuen erhalten; es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (%1)</source>
        <translation>Neueste Sicherung &amp;wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Start with a &amp;new database</source>
        <translation>Mit einer &amp;neuen Datenbank beginnen</translation>
    </message>
    <message>
        <source>the damaged database was moved to %1</source>
        <translation>die beschädigte Datenbank wurde nach %1 verschoben</translation>
    </message>
    <message>
        <source>Uptrack cannot connect</source>
        <translation>Uptrack kann keine Verbindung herstellen</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>missed the deadline</source>
        <translation>Frist verpasst</translation>
    </message>
    <message>
        <source>started but did not finish (hung)</source>
        <translation>gestartet, aber nicht beendet (hängt)</translation>
    </message>
    <message>
        <source>reported failure</source>
        <translation>Fehlschlag gemeldet</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>past due, inside the grace period</source>
        <translation>überfällig, innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>Uptrack was not listening</source>
        <translation>Uptrack hat nicht zugehört</translation>
    </message>
    <message>
        <source>ping received</source>
        <translation>Ping empfangen</translation>
    </message>
    <message>
        <source>check passed</source>
        <translation>Prüfung bestanden</translation>
    </message>
    <message>
        <source>check failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the deadline passed while Uptrack was not listening; waiting for pings sent meanwhile</source>
        <translation>die Frist verstrich, während Uptrack nicht zuhörte; es wartet auf Pings, die inzwischen gesendet wurden</translation>
    </message>
    <message>
        <source>missed while Uptrack was not listening (the computer asleep or Uptrack stopped)</source>
        <translation>verpasst, während Uptrack nicht zuhörte (der Rechner schlief oder Uptrack war beendet)</translation>
    </message>
    <message>
        <source>in a maintenance window</source>
        <translation>in einem Wartungsfenster</translation>
    </message>
    <message>
        <source>a maintenance window ended</source>
        <translation>ein Wartungsfenster ist zu Ende</translation>
    </message>
    <message>
        <source>a monitor it depends on is down</source>
        <translation>ein Monitor, von dem er abhängt, ist ausgefallen</translation>
    </message>
    <message>
        <source>the monitor it depends on is up again; expected afresh</source>
        <translation>der Monitor, von dem er abhängt, ist wieder OK; neu erwartet</translation>
    </message>
    <message>
        <source>finished faster than its minimum run time</source>
        <translation>schneller fertig als seine Mindestlaufzeit</translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <source>cannot take pings by e-mail at %1 port %2: %3 (choose another with --smtp-listen ADDR:PORT; ports below 1024 need CAP_NET_BIND_SERVICE)</source>
        <translation>kann keine Pings per E-Mail an %1 Port %2 annehmen: %3 (einen anderen mit --smtp-listen ADR:PORT wählen; Ports unter 1024 brauchen CAP_NET_BIND_SERVICE)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Die Sicherung %1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>There is no backup of it. Move the file aside to start with a new database; the damaged one may still be read with sqlite3&apos;s .recover.</source>
        <translation>Es gibt keine Sicherung davon. Legen Sie die Datei beiseite, um mit einer neuen Datenbank zu beginnen; die beschädigte lässt sich eventuell noch mit .recover von sqlite3 lesen.</translation>
    </message>
    <message>
        <source>The newest backup is %1. To use it: stop Uptrack, move %2 aside and copy the backup in its place. The console offers to do this for you.</source>
        <translation>Die neueste Sicherung ist %1. So verwenden Sie sie: Beenden Sie Uptrack, legen Sie %2 beiseite und kopieren Sie die Sicherung an ihre Stelle. Die Konsole bietet an, das für Sie zu erledigen.</translation>
    </message>
</context>
<context>
    <name>RemoteHistory</name>
    <message>
        <source>The history could not be read from the server: %1</source>
        <translation>Der Verlauf konnte nicht vom Server gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The period is empty: the end must come after the start.</source>
        <translation>Der Zeitraum ist leer: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot; (give an id, a slug or a token).</source>
        <translation>Kein Monitor heißt „%1“ (geben Sie eine ID, einen Slug oder ein Token an).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation>(entfernter Kanal)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>down alert</source>
        <translation>Ausfallalarm</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>still retrying</source>
        <translation>wird noch wiederholt</translation>
    </message>
    <message>
        <source>%1 at %2 to %3: %4</source>
        <translation>%1 um %2 an %3: %4</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Zeitleiste von %1</translation>
    </message>
    <message>
        <source>Uptrack incident report</source>
        <translation>Uptrack-Vorfallsbericht</translation>
    </message>
    <message>
        <source>Period: %1 (the end not included)</source>
        <translation>Zeitraum: %1 (ohne das Ende)</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längster</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Median run</source>
        <translation>Median-Lauf</translation>
    </message>
    <message>
        <source>95% run</source>
        <translation>95-%-Lauf</translation>
    </message>
    <message>
        <source>measured from its creation, %1</source>
        <translation>gemessen ab seiner Erstellung, %1</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>Zeitleisten</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Keine Vorfälle in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last good ping</source>
        <translation>Letzter guter Ping</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>began before the period</source>
        <translation>begann vor dem Zeitraum</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>continued after the period</source>
        <translation>dauerte über den Zeitraum hinaus</translation>
    </message>
    <message>
        <source>plus %1 without data</source>
        <translation>zuzüglich %1 ohne Daten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Uptrack incident report: %1</source>
        <translation>Uptrack-Vorfallsbericht: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html, csv or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie pdf, html, csv oder json.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Uptrack incident report · page %1</source>
        <translation>Uptrack-Vorfallsbericht · Seite %1</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>%1 %2 → %3: %4</source>
        <translation>%1 %2 → %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>no channel — nobody was alerted</source>
        <translation>kein Kanal — niemand wurde alarmiert</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>new — no data yet</source>
        <translation>neu — noch keine Daten</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>Das PDF konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>all monitors</source>
        <translation>alle Monitore</translation>
    </message>
    <message>
        <source>Uptime is measured while Uptrack was listening; time without data (Uptrack not running or the computer asleep) is shown apart and counts neither as up nor as down; so is time in maintenance windows.</source>
        <translation>Die Verfügbarkeit wird gemessen, solange Uptrack zugehört hat; Zeit ohne Daten (Uptrack lief nicht oder der Rechner schlief) wird getrennt gezeigt und zählt weder als verfügbar noch als ausgefallen; ebenso die Zeit in Wartungsfenstern.</translation>
    </message>
    <message>
        <source>Green: up. Red: down. Grey: no data. Purple: maintenance. Light: before the monitor existed or after now.</source>
        <translation>Grün: OK. Rot: ausgefallen. Grau: keine Daten. Lila: Wartung. Hell: bevor der Monitor existierte oder nach jetzt.</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4)</source>
        <translation>%1: %2 bis %3 (%4)</translation>
    </message>
    <message>
        <source>plus %1 in maintenance</source>
        <translation>plus %1 in Wartung</translation>
    </message>
    <message>
        <source>muted, not sent</source>
        <translation>stummgeschaltet, nicht gesendet</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Bestätigt von %1 am %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>every %1, grace %2</source>
        <translation>alle %1, Toleranz %2</translation>
    </message>
    <message>
        <source>%1 %2, grace %3</source>
        <translation>%1 %2, Toleranz %3</translation>
    </message>
    <message>
        <source>%1, every %2</source>
        <translation>%1, alle %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret is not in the keychain (was it removed?). Set it again with &quot;uptrack channel add&quot;.</source>
        <translation>Das Geheimnis ist nicht im Schlüsselbund (wurde es entfernt?). Legen Sie es mit „uptrack channel add“ erneut an.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the secrets file.</source>
        <translation>Kann den Ordner %1 für die Geheimnisdatei nicht anlegen.</translation>
    </message>
    <message>
        <source>The secrets key %1 can be read by others: make it private (chmod 600 %1) and try again.</source>
        <translation>Der Geheimnisschlüssel %1 ist für andere lesbar: machen Sie ihn privat (chmod 600 %1) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read the secrets key %1: %2</source>
        <translation>Kann den Geheimnisschlüssel %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The secrets key %1 is too short (at least 32 bytes).</source>
        <translation>Der Geheimnisschlüssel %1 ist zu kurz (mindestens 32 Bytes).</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Kann die Geheimnisdatei %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be decrypted with the key %2 (was the key replaced or the file changed?). Put the original key back; or remove both files and give each channel its secret again. Nothing was changed.</source>
        <translation>Die Geheimnisdatei %1 lässt sich mit dem Schlüssel %2 nicht entschlüsseln (wurde der Schlüssel ersetzt oder die Datei verändert?). Legen Sie den ursprünglichen Schlüssel zurück, oder entfernen Sie beide Dateien und geben Sie jedem Kanal sein Geheimnis erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not encrypt the secrets file (OpenSSL failed).</source>
        <translation>Konnte die Geheimnisdatei nicht verschlüsseln (OpenSSL schlug fehl).</translation>
    </message>
    <message>
        <source>The secrets file %1 is locked by another Uptrack (%2).</source>
        <translation>Die Geheimnisdatei %1 ist von einem anderen Uptrack gesperrt (%2).</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Run Uptrack in a desktop session with a Secret Service (GNOME Keyring, KWallet), or start one, e.g. &quot;gnome-keyring-daemon --unlock&quot;; or keep secrets in an encrypted file instead with --secrets file. Nothing was stored.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Starten Sie Uptrack in einer Desktop-Sitzung mit einem Secret Service (GNOME Keyring, KWallet) oder starten Sie einen, z. B. „gnome-keyring-daemon --unlock“; oder bewahren Sie Geheimnisse stattdessen mit --secrets file in einer verschlüsselten Datei auf. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The secret is not in the secrets file %1 (was it removed?). Set it again with &quot;uptrack channel add&quot;.</source>
        <translation>Das Geheimnis ist nicht in der Geheimnisdatei %1 (wurde es entfernt?). Legen Sie es mit „uptrack channel add“ erneut an.</translation>
    </message>
    <message>
        <source>Secrets are kept in the desktop keychain.</source>
        <translation>Geheimnisse liegen im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1, encrypted with the key in %2 (or a systemd credential): anyone who can read both as this user can read the secrets.</source>
        <translation>Geheimnisse liegen in %1, verschlüsselt mit dem Schlüssel in %2 (oder einem systemd-Credential): wer beide als dieser Benutzer lesen kann, kann die Geheimnisse lesen.</translation>
    </message>
</context>
<context>
    <name>SelfPing</name>
    <message>
        <source>The self-ping URL must be an http:// or https:// ping URL, such as https://hc-ping.com/UUID or http://other-box:8470/ping/TOKEN.</source>
        <translation>Die Selbst-Ping-URL muss eine http://- oder https://-Ping-URL sein, etwa https://hc-ping.com/UUID oder http://anderer-rechner:8470/ping/TOKEN.</translation>
    </message>
    <message>
        <source>The self-ping URL may not carry a password: it would be kept in the settings. Use a ping URL whose token is the credential.</source>
        <translation>Die Selbst-Ping-URL darf kein Passwort enthalten: es stünde in den Einstellungen. Verwenden Sie eine Ping-URL, deren Token der Zugang ist.</translation>
    </message>
</context>
<context>
    <name>SetupSnippets</name>
    <message>
        <source>Bash: ping when the job succeeded</source>
        <translation>Bash: Ping, wenn der Job erfolgreich war</translation>
    </message>
    <message>
        <source>Crontab line</source>
        <translation>Crontab-Zeile</translation>
    </message>
    <message>
        <source>Crontab line with uptrack-run (start, run time, exit status and output)</source>
        <translation>Crontab-Zeile mit uptrack-run (Start, Laufzeit, Exit-Status und Ausgabe)</translation>
    </message>
    <message>
        <source>Bash: report start, run time and exit status</source>
        <translation>Bash: Start, Laufzeit und Exit-Status melden</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Node.js (18 or later)</source>
        <translation>Node.js (18 oder neuer)</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source># Uptrack expects this job every %1; cron cannot say that exactly:
# put the job&apos;s own schedule in place of the five fields.
</source>
        <translation># Uptrack erwartet diesen Job alle %1; cron kann das nicht genau ausdrücken:
# setzen Sie den Zeitplan des Jobs an die Stelle der fünf Felder.
</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>Tls</name>
    <message>
        <source>OpenSSL could not make a key (libcrypto).</source>
        <translation>OpenSSL konnte keinen Schlüssel erzeugen (libcrypto).</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate (libcrypto).</source>
        <translation>OpenSSL konnte das Zertifikat nicht signieren (libcrypto).</translation>
    </message>
    <message>
        <source>OpenSSL could not write the certificate (libcrypto).</source>
        <translation>OpenSSL konnte das Zertifikat nicht schreiben (libcrypto).</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for the TLS certificate.</source>
        <translation>Der Ordner %1 für das TLS-Zertifikat kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The private key %1 can be read by every user of this machine: make it owner-only (chmod 600 %1).</source>
        <translation>Den privaten Schlüssel %1 kann jeder Benutzer dieses Rechners lesen: Machen Sie ihn nur für den Eigentümer lesbar (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>Der private Schlüssel %1 gehört nicht zum Zertifikat %2.</translation>
    </message>
    <message>
        <source>%1: only RSA and EC private keys are supported.</source>
        <translation>%1: Nur private RSA- und EC-Schlüssel werden unterstützt.</translation>
    </message>
    <message>
        <source>No certificate at %1.</source>
        <translation>Kein Zertifikat unter %1.</translation>
    </message>
</context>
<context>
    <name>UptrackRun</name>
    <message>
        <source>uptrack-run: --timeout takes a duration like 90s, 30m or 2h
</source>
        <translation>uptrack-run: --timeout nimmt eine Dauer wie 90s, 30m oder 2h
</translation>
    </message>
    <message>
        <source>uptrack-run: &quot;%1&quot; is not an http(s) URL
</source>
        <translation>uptrack-run: „%1“ ist keine http(s)-URL
</translation>
    </message>
    <message>
        <source>the job ran past its --timeout; stopping it</source>
        <translation>der Job lief über sein --timeout hinaus; er wird beendet</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>could not send the /start ping to %1 (%2); the job runs anyway</source>
        <translation>der /start-Ping an %1 konnte nicht gesendet werden (%2); der Job läuft trotzdem</translation>
    </message>
    <message>
        <source>could not send the /%1 ping to %2 (%3); the job is done anyway</source>
        <translation>der /%1-Ping an %2 konnte nicht gesendet werden (%3); der Job ist trotzdem fertig</translation>
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
        <translation>Aufruf: uptrack-run [--timeout DAUER] [--no-start] [--spool-for DAUER]
                   URL [URL...] -- BEFEHL [ARGUMENTE...]
  Führt BEFEHL zwischen einem /start-Ping und einem /&lt;Exit-Status&gt;-Ping an URL
  (eine Healthchecks-kompatible Ping-URL) aus, der die letzten 100 KB seiner
  Ausgabe trägt, und endet mit dem Exit-Status des Befehls. Jeder Ping geht an
  die erste URL, die antwortet; einer, den keine annahm, wartet in
  ~/.cache/uptrack-run und wird später gesendet, höchstens --spool-for lang
  (Standard 24h; 0: nicht aufbewahrt).
  DAUER: 90s, 30m, 2h, 1d.
</translation>
    </message>
    <message>
        <source>uptrack-run: --spool-for takes a duration like 30m, 24h or 2d, or 0 to keep nothing
</source>
        <translation>uptrack-run: --spool-for erwartet eine Dauer wie 30m, 24h oder 2d, oder 0, um nichts aufzubewahren
</translation>
    </message>
    <message>
        <source>could not send the /%1 ping to %2 (%3), nor keep it to send later: %4</source>
        <translation>konnte den /%1-Ping weder an %2 senden (%3) noch für später aufbewahren: %4</translation>
    </message>
    <message numerus="yes">
        <source>the spool in %1 was full: dropped its %n oldest ping(s)</source>
        <translation>
            <numerusform>der Spool in %1 war voll: sein ältester Ping wurde verworfen</numerusform>
            <numerusform>der Spool in %1 war voll: seine %n ältesten Pings wurden verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not send the /%1 ping yet; it waits in %2 behind the earlier ones</source>
        <translation>konnte den /%1-Ping noch nicht senden; er wartet in %2 hinter den früheren</translation>
    </message>
    <message>
        <source>could not send the /%1 ping to %2 (%3); it waits in %4 and is sent when the server answers (for up to %5 h)</source>
        <translation>konnte den /%1-Ping nicht an %2 senden (%3); er wartet in %4 und wird gesendet, sobald der Server antwortet (höchstens %5 h lang)</translation>
    </message>
    <message>
        <source>could not start the retrier for the spool in %1; the next run sends it</source>
        <translation>konnte den Wiederholer für den Spool in %1 nicht starten; der nächste Lauf sendet ihn</translation>
    </message>
    <message>
        <source>cannot create the spool folder %1</source>
        <translation>kann den Spool-Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>cannot make the spool folder %1 private</source>
        <translation>kann den Spool-Ordner %1 nicht privat machen</translation>
    </message>
    <message>
        <source>cannot write to the spool folder %1: %2</source>
        <translation>kann nicht in den Spool-Ordner %1 schreiben: %2</translation>
    </message>
    <message>
        <source>could not keep the /%1 ping to send later: %2</source>
        <translation>konnte den /%1-Ping nicht für später aufbewahren: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Uptrack: know when your cron jobs stop running.</source>
        <translation>Uptrack: merken, wenn Ihre Cronjobs nicht mehr laufen.</translation>
    </message>
    <message>
        <source>The database (default: %1).</source>
        <translation>Die Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The monitor&apos;s name.</source>
        <translation>Der Name des Monitors.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The monitor&apos;s slug (a-z, 0-9, -, _).</source>
        <translation>Der Slug des Monitors (a-z, 0-9, -, _).</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <source>How often the job runs: 90s, 5m, 1h30m, 1d.</source>
        <translation>Wie oft der Job läuft: 90s, 5m, 1h30m, 1d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>dauer</translation>
    </message>
    <message>
        <source>How late a ping may be before an alert.</source>
        <translation>Wie spät ein Ping kommen darf, bevor ein Alarm ausgelöst wird.</translation>
    </message>
    <message>
        <source>A tag (repeat for more).</source>
        <translation>Ein Tag (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>Eine Beschreibung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>A ping resumes the monitor when paused.</source>
        <translation>Ein Ping setzt den pausierten Monitor fort.</translation>
    </message>
    <message>
        <source>Pings leave a paused monitor paused.</source>
        <translation>Pings lassen einen pausierten Monitor pausiert.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Only monitors in this state.</source>
        <translation>Nur Monitore in diesem Zustand.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>zustand</translation>
    </message>
    <message>
        <source>The monitor uses no channel.</source>
        <translation>Der Monitor verwendet keinen Kanal.</translation>
    </message>
    <message>
        <source>Only alerts of this monitor.</source>
        <translation>Nur Alarme dieses Monitors.</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>What the channel gets: down, up, or down,up (default).</source>
        <translation>Was der Kanal erhält: down, up oder down,up (Standard).</translation>
    </message>
    <message>
        <source>events</source>
        <translation>ereignisse</translation>
    </message>
    <message>
        <source>Repeat down alerts this often while down (0: off).</source>
        <translation>Ausfallalarme so oft wiederholen, solange der Ausfall dauert (0: aus).</translation>
    </message>
    <message>
        <source>New monitors use this channel.</source>
        <translation>Neue Monitore verwenden diesen Kanal.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>A run still open after this is down (hung), whatever the grace (0: none).</source>
        <translation>Ein Lauf, der danach noch offen ist, gilt als ausgefallen (hängt), unabhängig von der Toleranz (0: keine).</translation>
    </message>
    <message>
        <source>A run that took longer raises a warning alert (0: none).</source>
        <translation>Ein Lauf, der länger dauerte, löst einen Warnalarm aus (0: keiner).</translation>
    </message>
    <message>
        <source>Comma-separated words that make a plain ping&apos;s body a success.</source>
        <translation>Kommagetrennte Wörter, die den Inhalt eines einfachen Pings zum Erfolg machen.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>wörter</translation>
    </message>
    <message>
        <source>Comma-separated words that make a plain ping&apos;s body a failure.</source>
        <translation>Kommagetrennte Wörter, die den Inhalt eines einfachen Pings zum Fehlschlag machen.</translation>
    </message>
    <message>
        <source>Comma-separated words that make a plain ping&apos;s body a start.</source>
        <translation>Kommagetrennte Wörter, die den Inhalt eines einfachen Pings zum Start machen.</translation>
    </message>
    <message>
        <source>A cron expression (5 fields, or @daily and friends).</source>
        <translation>Ein Cron-Ausdruck (5 Felder, oder @daily und Verwandte).</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>ausdruck</translation>
    </message>
    <message>
        <source>An IANA time zone (default: this machine&apos;s).</source>
        <translation>Eine IANA-Zeitzone (Standard: die dieses Rechners).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Start after this ISO 8601 time (default: now).</source>
        <translation>Nach diesem ISO-8601-Zeitpunkt beginnen (Standard: jetzt).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>zeit</translation>
    </message>
    <message>
        <source>How many fire times (default 5).</source>
        <translation>Wie viele Auslösezeiten (Standard 5).</translation>
    </message>
    <message>
        <source>Report format: pdf, html, csv or json.</source>
        <translation>Berichtsformat: pdf, html, csv oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>Den Bericht in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Put excerpts of the failing pings&apos; bodies in the report.</source>
        <translation>Auszüge aus dem Inhalt der fehlgeschlagenen Pings in den Bericht aufnehmen.</translation>
    </message>
    <message>
        <source>Ignored by sub-commands.</source>
        <translation>Von Unterbefehlen ignoriert.</translation>
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
        <translation>unbekannter Befehl „monitor %1“ (add, edit, list, show, pause, resume, remove, pings)</translation>
    </message>
    <message>
        <source>usage: uptrack monitor %1 MONITOR (an id, slug or token)</source>
        <translation>Aufruf: uptrack monitor %1 MONITOR (eine ID, ein Slug oder ein Token)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot; (give an id, a slug or a token; see &quot;uptrack monitor list&quot;).</source>
        <translation>Kein Monitor heißt „%1“ (geben Sie eine ID, einen Slug oder ein Token an; siehe „uptrack monitor list“).</translation>
    </message>
    <message>
        <source>give either --period or --cron, not both</source>
        <translation>geben Sie entweder --period oder --cron an, nicht beides</translation>
    </message>
    <message>
        <source>Another Uptrack holds the database %1 but does not answer. Is it stuck? Stop it and try again.</source>
        <translation>Ein anderes Uptrack hält die Datenbank %1, antwortet aber nicht. Hängt es? Beenden Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>The monitor %1 disappeared.</source>
        <translation>Der Monitor %1 ist verschwunden.</translation>
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
        <translation>  ID:            %1
</translation>
    </message>
    <message>
        <source>  status:      %1
</source>
        <translation>  Zustand:       %1
</translation>
    </message>
    <message>
        <source>  schedule:    %1
</source>
        <translation>  Zeitplan:      %1
</translation>
    </message>
    <message>
        <source>  last ping:   %1
</source>
        <translation>  letzter Ping:  %1
</translation>
    </message>
    <message>
        <source>  next due:    %1
</source>
        <translation>  fällig:        %1
</translation>
    </message>
    <message>
        <source>  pings:       %1
</source>
        <translation>  Pings:         %1
</translation>
    </message>
    <message>
        <source>  last run:    %1
</source>
        <translation>  letzter Lauf:  %1
</translation>
    </message>
    <message>
        <source>  tags:        %1
</source>
        <translation>  Tags:          %1
</translation>
    </message>
    <message>
        <source>  ping URL:    %1
</source>
        <translation>  Ping-URL:      %1
</translation>
    </message>
    <message>
        <source>  slug URL:    %1
</source>
        <translation>  Slug-URL:      %1
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (did you mean --name?)</source>
        <translation>unerwartetes Argument „%1“ (meinten Sie --name?)</translation>
    </message>
    <message>
        <source>uptrack monitor add needs --name NAME</source>
        <translation>uptrack monitor add braucht --name NAME</translation>
    </message>
    <message>
        <source>No monitor is named &quot;%1&quot;: the database %2 does not exist yet.</source>
        <translation>Kein Monitor heißt „%1“: Die Datenbank %2 existiert noch nicht.</translation>
    </message>
    <message>
        <source>Removed %1 (%2).
</source>
        <translation>%1 (%2) entfernt.
</translation>
    </message>
    <message>
        <source>No monitors. Add one with: uptrack monitor add --name NAME --period 1d
</source>
        <translation>Keine Monitore. Legen Sie einen an mit: uptrack monitor add --name NAME --period 1d
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LAST PING</source>
        <translation>LETZTER PING</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>  exit %1</source>
        <translation>  Exit %1</translation>
    </message>
    <message>
        <source>  took %1</source>
        <translation>  dauerte %1</translation>
    </message>
    <message>
        <source>value of header %1</source>
        <translation>Wert des Headers %1</translation>
    </message>
    <message>
        <source>Expected the %1 on standard input (for example: echo &quot;$URL&quot; | uptrack channel add ...). Secrets are never taken from the command line.</source>
        <translation>Erwartet wurde die %1 auf der Standardeingabe (zum Beispiel: echo &quot;$URL&quot; | uptrack channel add ...). Geheimnisse werden nie von der Befehlszeile genommen.</translation>
    </message>
    <message>
        <source>usage: uptrack channel %1 NAME</source>
        <translation>Aufruf: uptrack channel %1 NAME</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: secrets are read from standard input, never from the command line</source>
        <translation>unerwartetes Argument „%1“: Geheimnisse werden von der Standardeingabe gelesen, nie von der Befehlszeile</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind muss eines von %1 sein</translation>
    </message>
    <message>
        <source>uptrack channel add needs --name NAME</source>
        <translation>uptrack channel add braucht --name NAME</translation>
    </message>
    <message>
        <source>--on: down, up or down,up</source>
        <translation>--on: down, up oder down,up</translation>
    </message>
    <message>
        <source>--reminder: %1</source>
        <translation>--reminder: %1</translation>
    </message>
    <message>
        <source>at least 1m, or 0 for none</source>
        <translation>mindestens 1m, oder 0 für keine</translation>
    </message>
    <message>
        <source>Added the %1 channel &quot;%2&quot;. Try it: uptrack channel test %2
</source>
        <translation>Der %1-Kanal „%2“ wurde angelegt. Probieren Sie ihn aus: uptrack channel test %2
</translation>
    </message>
    <message>
        <source>No channels. Add one with: echo &quot;$WEBHOOK_URL&quot; | uptrack channel add --kind slack --name ops
</source>
        <translation>Keine Kanäle. Legen Sie einen an mit: echo &quot;$WEBHOOK_URL&quot; | uptrack channel add --kind slack --name ops
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
        <translation>, Erinnerung alle %1</translation>
    </message>
    <message>
        <source>, default</source>
        <translation>, Standard</translation>
    </message>
    <message>
        <source>Delivered (%1).
</source>
        <translation>Zugestellt (%1).
</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Removed the channel &quot;%1&quot;.
</source>
        <translation>Der Kanal „%1“ wurde entfernt.
</translation>
    </message>
    <message>
        <source>No alerts yet.
</source>
        <translation>Noch keine Alarme.
</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: uptrack report --from DATE --to DATE [--monitor M]... [--tag T] [--tz ZONE] --format pdf|html|csv|json -o FILE</source>
        <translation>Aufruf: uptrack report --from DATUM --to DATUM [--monitor M]... [--tag T] [--tz ZONE] --format pdf|html|csv|json -o DATEI</translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-03-01, 2026-03-01T08:00 or 2026-03-01T08:00:00+02:00 (&quot;%1&quot; is not one).</source>
        <translation>--from und --to nehmen Daten wie 2026-03-01, 2026-03-01T08:00 oder 2026-03-01T08:00:00+02:00 („%1“ ist keines).</translation>
    </message>
    <message>
        <source>--to must come after --from (the period is half-open: --to is not included).</source>
        <translation>--to muss nach --from liegen (der Zeitraum ist halboffen: --to gehört nicht dazu).</translation>
    </message>
    <message>
        <source>usage: uptrack incident note ID TEXT   (an empty TEXT removes the note)</source>
        <translation>Aufruf: uptrack incident note ID TEXT   (ein leerer TEXT entfernt die Notiz)</translation>
    </message>
    <message>
        <source>usage: uptrack schedule --cron EXPR [--tz ZONE] [--after ISO-8601] [--count N]</source>
        <translation>Aufruf: uptrack schedule --cron AUSDRUCK [--tz ZONE] [--after ISO-8601] [--count N]</translation>
    </message>
    <message>
        <source>--cron: %1</source>
        <translation>--cron: %1</translation>
    </message>
    <message>
        <source>--tz: %1</source>
        <translation>--tz: %1</translation>
    </message>
    <message>
        <source>--after: &quot;%1&quot; is not an ISO 8601 date and time (like 2026-03-08T01:30:00 or 2026-03-08T06:30:00Z)</source>
        <translation>--after: „%1“ ist kein ISO-8601-Datum mit Uhrzeit (wie 2026-03-08T01:30:00 oder 2026-03-08T06:30:00Z)</translation>
    </message>
    <message>
        <source>--count: a number from 1 to 1000</source>
        <translation>--count: eine Zahl von 1 bis 1000</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.</source>
        <translation>%1 geschrieben: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n Monitor</numerusform>
            <numerusform>%n Monitore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>An uptime check of this http(s) URL.</source>
        <translation>Eine Verfügbarkeitsprüfung dieser http(s)-URL.</translation>
    </message>
    <message>
        <source>An uptime check: HOST:PORT must accept a connection.</source>
        <translation>Eine Verfügbarkeitsprüfung: HOST:PORT muss eine Verbindung annehmen.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>How often a check runs (default 60s; 10s at least).</source>
        <translation>Wie oft eine Prüfung läuft (Standard 60s; mindestens 10s).</translation>
    </message>
    <message>
        <source>How long a check waits for an answer (default 10s).</source>
        <translation>Wie lange eine Prüfung auf eine Antwort wartet (Standard 10s).</translation>
    </message>
    <message>
        <source>Status codes an HTTP check accepts (default 200-299).</source>
        <translation>Statuscodes, die eine HTTP-Prüfung annimmt (Standard 200-299).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>Text the checked page must contain.</source>
        <translation>Text, den die geprüfte Seite enthalten muss.</translation>
    </message>
    <message>
        <source>The keyword must not be in the page.</source>
        <translation>Das Stichwort darf nicht auf der Seite stehen.</translation>
    </message>
    <message>
        <source>Follow redirects, also to other hosts (the result shows where).</source>
        <translation>Weiterleitungen folgen, auch zu anderen Hosts (das Ergebnis zeigt, wohin).</translation>
    </message>
    <message>
        <source>Do not follow redirects (default).</source>
        <translation>Weiterleitungen nicht folgen (Standard).</translation>
    </message>
    <message>
        <source>Accept a self-signed or invalid certificate (a LAN service).</source>
        <translation>Ein selbstsigniertes oder ungültiges Zertifikat annehmen (ein Dienst im LAN).</translation>
    </message>
    <message>
        <source>Require a valid certificate (default).</source>
        <translation>Ein gültiges Zertifikat verlangen (Standard).</translation>
    </message>
    <message>
        <source>Warn this many days before the certificate expires (default 14; 0: never).</source>
        <translation>So viele Tage vor Ablauf des Zertifikats warnen (Standard 14; 0: nie).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>tage</translation>
    </message>
    <message>
        <source>--%1: a number from 0 to %2</source>
        <translation>--%1: eine Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>Expected the value of header %1 on standard input (one line per --secret-header). Secrets are never taken from the command line.</source>
        <translation>Erwartet wurde der Wert des Headers %1 auf der Standardeingabe (eine Zeile je --secret-header). Geheimnisse werden nie von der Befehlszeile genommen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command. Commands: %2 (uptrack --help for the console&apos;s options, uptrack monitor --help for the commands&apos;).</source>
        <translation>„%1“ ist kein Befehl. Befehle: %2 (uptrack --help für die Optionen der Konsole, uptrack monitor --help für die der Befehle).</translation>
    </message>
    <message>
        <source>usage: uptrack %1 %2 ... (uptrack %1 --help for more)</source>
        <translation>Aufruf: uptrack %1 %2 ... (uptrack %1 --help für mehr)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot; (%3)</source>
        <translation>unbekannter Befehl „%1 %2“ (%3)</translation>
    </message>
    <message>
        <source> (uptrack %1 --help lists what it takes)</source>
        <translation> (uptrack %1 --help zeigt, was er annimmt)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack %2 --help)</source>
        <translation>unerwartetes Argument „%1“ (uptrack %2 --help)</translation>
    </message>
    <message>
        <source>--%1-file: cannot read %2</source>
        <translation>--%1-file: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>HTTP check method (GET or HEAD).</source>
        <translation>Methode der HTTP-Prüfung (GET oder HEAD).</translation>
    </message>
    <message>
        <source>HTTP check header &quot;Name: value&quot; (repeat).</source>
        <translation>Header der HTTP-Prüfung „Name: Wert“ (wiederholbar).</translation>
    </message>
    <message>
        <source>HTTP check header whose value is a secret, read from standard input into the keychain (repeat).</source>
        <translation>Header der HTTP-Prüfung mit geheimem Wert, von der Standardeingabe in den Schlüsselbund gelesen (wiederholbar).</translation>
    </message>
    <message>
        <source>Channel kind: %1.</source>
        <translation>Art des Kanals: %1.</translation>
    </message>
    <message>
        <source>The channel&apos;s name.</source>
        <translation>Der Name des Kanals.</translation>
    </message>
    <message>
        <source>%1: the same, read from a file.</source>
        <translation>%1: dasselbe, aus einer Datei gelesen.</translation>
    </message>
    <message>
        <source>At most this many (the newest).</source>
        <translation>Höchstens so viele (die neuesten).</translation>
    </message>
    <message>
        <source>Only monitors with this tag (repeat: all).</source>
        <translation>Nur Monitore mit diesem Tag (wiederholt: alle).</translation>
    </message>
    <message>
        <source>The first day or instant of the period.</source>
        <translation>Der erste Tag oder Zeitpunkt des Zeitraums.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>The end of the period (not included).</source>
        <translation>Das Ende des Zeitraums (nicht eingeschlossen).</translation>
    </message>
    <message>
        <source>Only this monitor (repeat for more).</source>
        <translation>Nur dieser Monitor (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Only monitors with this tag.</source>
        <translation>Nur Monitore mit diesem Tag.</translation>
    </message>
    <message>
        <source>The zone dates are read and shown in.</source>
        <translation>Die Zeitzone, in der Daten gelesen und gezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>New monitors will use it; the %n existing monitor(s) do not (give it to one with: uptrack monitor edit MONITOR --channel %1; to all, add the channel with --apply-to-existing).
</source>
        <translation>
            <numerusform>Neue Monitore nutzen ihn; der %n vorhandene Monitor nicht (einem zuweisen: uptrack monitor edit MONITOR --channel %1; allen: den Kanal mit --apply-to-existing hinzufügen).
</numerusform>
            <numerusform>Neue Monitore nutzen ihn; die %n vorhandenen Monitore nicht (einem zuweisen: uptrack monitor edit MONITOR --channel %1; allen: den Kanal mit --apply-to-existing hinzufügen).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n monitor(s) have no channel at all: nobody is alerted when they fail.</source>
        <translation>
            <numerusform>Warnung: %n Monitor hat gar keinen Kanal: niemand wird alarmiert, wenn er ausfällt.</numerusform>
            <numerusform>Warnung: %n Monitore haben gar keinen Kanal: niemand wird alarmiert, wenn sie ausfallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1 has no channel: nobody is alerted when it fails. Give it one with: uptrack monitor edit %2 --channel NAME (uptrack channel list shows them).</source>
        <translation>Warnung: %1 hat keinen Kanal: niemand wird alarmiert, wenn er ausfällt. Einen zuweisen mit: uptrack monitor edit %2 --channel NAME (uptrack channel list zeigt die Kanäle).</translation>
    </message>
    <message>
        <source>  channels:    %1
</source>
        <translation>  Kanäle:      %1
</translation>
    </message>
    <message>
        <source>none — nobody is alerted</source>
        <translation>keine — niemand wird alarmiert</translation>
    </message>
    <message>
        <source>Every existing monitor uses this channel too.</source>
        <translation>Auch jeder vorhandene Monitor nutzt diesen Kanal.</translation>
    </message>
    <message>
        <source>Every monitor uses it now (%1 in all).
</source>
        <translation>Alle Monitore nutzen ihn jetzt (insgesamt %1).
</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: that is no crontab.</source>
        <translation>%1 ist größer als 4 MB: Das ist keine Crontab.</translation>
    </message>
    <message>
        <source>Could not run &quot;crontab -l&quot; (%1). Give the crontab as a file, or - for standard input.</source>
        <translation>„crontab -l“ konnte nicht ausgeführt werden (%1). Geben Sie die Crontab als Datei an, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>&quot;crontab %1&quot; failed: %2</source>
        <translation>„crontab %1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack import crontab [FILE|-])</source>
        <translation>unerwartetes Argument „%1“ (uptrack import crontab [DATEI|-])</translation>
    </message>
    <message>
        <source>--dry-run and --apply: choose one (a dry run is the default).</source>
        <translation>--dry-run und --apply: Wählen Sie eines (ein Probelauf ist der Standard).</translation>
    </message>
    <message>
        <source>--user reads that user&apos;s crontab (crontab -l -u USER); give it without a FILE.</source>
        <translation>--user liest die Crontab dieses Benutzers (crontab -l -u BENUTZER); geben Sie es ohne DATEI an.</translation>
    </message>
    <message>
        <source>Imported from a crontab, line %1: %2</source>
        <translation>Aus einer Crontab importiert, Zeile %1: %2</translation>
    </message>
    <message>
        <source>MAILTO=%1</source>
        <translation>MAILTO=%1</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The monitors were created; run the import again with --dry-run and save the crontab it prints.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Monitore wurden angelegt; führen Sie den Import mit --dry-run erneut aus und speichern Sie die ausgegebene Crontab.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to watch:
</source>
        <translation>
            <numerusform>%n Job zu überwachen:
</numerusform>
            <numerusform>%n Jobs zu überwachen:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2%3, grace %4  (line %5)%6
</source>
        <translation>  %1  %2%3, Toleranz %4  (Zeile %5)%6
</translation>
    </message>
    <message>
        <source>  already a monitor</source>
        <translation>  schon ein Monitor</translation>
    </message>
    <message>
        <source>Left as they are:
</source>
        <translation>Unverändert gelassen:
</translation>
    </message>
    <message>
        <source>  line %1: %2
      %3
</source>
        <translation>  Zeile %1: %2
      %3
</translation>
    </message>
    <message>
        <source>
The crontab, each job reporting to Uptrack:

</source>
        <translation>
Die Crontab, jeder Job meldet sich bei Uptrack:

</translation>
    </message>
    <message>
        <source>Nothing was changed. --apply creates the monitors and writes the crontab above to %1.
</source>
        <translation>Nichts wurde geändert. --apply legt die Monitore an und schreibt die Crontab oben nach %1.
</translation>
    </message>
    <message numerus="yes">
        <source>Created %n monitor(s); %1 existed already.
</source>
        <translation>
            <numerusform>%n Monitor angelegt; %1 gab es schon.
</numerusform>
            <numerusform>%n Monitore angelegt; %1 gab es schon.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1. Put it in place of the original: cp %1 %2
</source>
        <translation>%1 geschrieben. Setzen Sie sie an die Stelle des Originals: cp %1 %2
</translation>
    </message>
    <message>
        <source>Wrote %1. Install it with: crontab %1
</source>
        <translation>%1 geschrieben. Installieren mit: crontab %1
</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Warning: there is no channel yet, so nobody is alerted when a job fails. Add one: uptrack channel add --kind slack --name ops --default --apply-to-existing</source>
        <translation>Warnung: Es gibt noch keinen Kanal, also wird niemand alarmiert, wenn ein Job ausfällt. Legen Sie einen an: uptrack channel add --kind slack --name ops --default --apply-to-existing</translation>
    </message>
    <message>
        <source>Read this user&apos;s crontab (crontab -l -u USER) instead of a file.</source>
        <translation>Die Crontab dieses Benutzers lesen (crontab -l -u BENUTZER) statt einer Datei.</translation>
    </message>
    <message>
        <source>The machine the jobs run on: a tag of each.</source>
        <translation>Der Rechner, auf dem die Jobs laufen: ein Tag für jeden.</translation>
    </message>
    <message>
        <source>A tag for each monitor (repeat for more).</source>
        <translation>Ein Tag für jeden Monitor (wiederholen für mehr).</translation>
    </message>
    <message>
        <source>Only show what would be done (the default).</source>
        <translation>Nur zeigen, was getan würde (der Standard).</translation>
    </message>
    <message>
        <source>Create the monitors and write the crontab beside the original.</source>
        <translation>Die Monitore anlegen und die Crontab neben das Original schreiben.</translation>
    </message>
    <message>
        <source>--default and --not-default: choose one.</source>
        <translation>--default und --not-default: Wählen Sie eines.</translation>
    </message>
    <message>
        <source>Changed the channel &quot;%1&quot;.
</source>
        <translation>Der Kanal „%1“ wurde geändert.
</translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation>Ein neuer Name.</translation>
    </message>
    <message>
        <source>What the channel gets: down, up, or down,up.</source>
        <translation>Was der Kanal bekommt: down, up oder down,up.</translation>
    </message>
    <message>
        <source>New monitors no longer get this channel.</source>
        <translation>Neue Monitore bekommen diesen Kanal nicht mehr.</translation>
    </message>
    <message>
        <source>give one of --http, --tcp, --icmp and --dns, not %1</source>
        <translation>geben Sie eines von --http, --tcp, --icmp und --dns an, nicht %1</translation>
    </message>
    <message>
        <source>--%1 is a setting of %2 checks, not of %3 checks</source>
        <translation>--%1 ist eine Einstellung von %2-Prüfungen, nicht von %3-Prüfungen</translation>
    </message>
    <message>
        <source>  check:       %1
</source>
        <translation>  Prüfung:     %1
</translation>
    </message>
    <message>
        <source>  why:         %1
</source>
        <translation>  Grund:       %1
</translation>
    </message>
    <message>
        <source>An uptime check: HOST must answer ICMP echo (ping), over IPv4 or IPv6.</source>
        <translation>Eine Verfügbarkeitsprüfung: HOST muss auf ICMP-Echo (Ping) antworten, über IPv4 oder IPv6.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>An uptime check: NAME must resolve (see --record, --expect-value, --server).</source>
        <translation>Eine Verfügbarkeitsprüfung: NAME muss sich auflösen lassen (siehe --record, --expect-value, --server).</translation>
    </message>
    <message>
        <source>A slower answer fails the check; for ICMP, the average round trip (0: no limit).</source>
        <translation>Eine langsamere Antwort lässt die Prüfung scheitern; bei ICMP die mittlere Umlaufzeit (0: keine Grenze).</translation>
    </message>
    <message>
        <source>ICMP echo requests per run, half a second apart (default 3).</source>
        <translation>ICMP-Echo-Anfragen pro Lauf, im Abstand einer halben Sekunde (Standard 3).</translation>
    </message>
    <message>
        <source>ICMP packet loss a run may have, in percent (default 50; all lost is always down).</source>
        <translation>Erlaubter ICMP-Paketverlust eines Laufs in Prozent (Standard 50; alles verloren ist immer ausgefallen).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>DNS record type: A (default), AAAA, MX, TXT, CNAME.</source>
        <translation>DNS-Eintragstyp: A (Standard), AAAA, MX, TXT, CNAME.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>A DNS answer must equal this (an address, &quot;10 mx.example.com&quot;, the TXT text, the CNAME target).</source>
        <translation>Eine DNS-Antwort muss gleich diesem Wert sein (eine Adresse, „10 mx.example.com“, der TXT-Text, das CNAME-Ziel).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The name server a DNS check asks (an IP address; port 53). Default: the system&apos;s resolver.</source>
        <translation>Der Nameserver, den eine DNS-Prüfung fragt (eine IP-Adresse; Port 53). Standard: der Resolver des Systems.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack apikey list --help)</source>
        <translation>unerwartetes Argument „%1“ (uptrack apikey list --help)</translation>
    </message>
    <message>
        <source>No API keys. Make one with: uptrack apikey add --name deploy
</source>
        <translation>Keine API-Schlüssel. Einen erzeugen mit: uptrack apikey add --name deploy
</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ZUGRIFF</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT BENUTZT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>usage: uptrack apikey remove NAME</source>
        <translation>Aufruf: uptrack apikey remove NAME</translation>
    </message>
    <message>
        <source>Removed the API key &quot;%1&quot;: it no longer works.
</source>
        <translation>Der API-Schlüssel „%1“ wurde entfernt: Er funktioniert nicht mehr.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack apikey add --name NAME)</source>
        <translation>unerwartetes Argument „%1“ (uptrack apikey add --name NAME)</translation>
    </message>
    <message>
        <source>uptrack apikey add needs --name NAME (what the key is for, e.g. deploy)</source>
        <translation>uptrack apikey add braucht --name NAME (wofür der Schlüssel ist, z. B. deploy)</translation>
    </message>
    <message>
        <source>Made the %1 API key &quot;%2&quot;. Copy it now: it is not shown again.
</source>
        <translation>Der API-Schlüssel „%2“ (%1) wurde erzeugt. Kopieren Sie ihn jetzt: Er wird nicht wieder angezeigt.
</translation>
    </message>
    <message>
        <source>There is no certificate yet: start Uptrack once with --tls auto (it makes one in %1), or name yours with --tls-cert FILE.</source>
        <translation>Es gibt noch kein Zertifikat: Starten Sie Uptrack einmal mit --tls auto (es legt eines in %1 an), oder nennen Sie Ihres mit --tls-cert DATEI.</translation>
    </message>
    <message>
        <source>Ignored: the certificate is --tls-cert&apos;s, or the one --tls auto made.</source>
        <translation>Ignoriert: Das Zertifikat ist das von --tls-cert oder das von --tls auto erzeugte.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The certificate the core serves (PEM).</source>
        <translation>Das Zertifikat, das der Kern ausliefert (PEM).</translation>
    </message>
    <message>
        <source>Ignored.</source>
        <translation>Ignoriert.</translation>
    </message>
    <message>
        <source>What the key is for (for example deploy).</source>
        <translation>Wofür der Schlüssel ist (zum Beispiel deploy).</translation>
    </message>
    <message>
        <source>The key may read, never change (dashboards, badges).</source>
        <translation>Der Schlüssel darf lesen, nie ändern (Dashboards, Badges).</translation>
    </message>
    <message>
        <source>--%1 cannot be sent to a server: it is the server&apos;s own to choose.</source>
        <translation>--%1 kann nicht an einen Server geschickt werden: Das bestimmt der Server selbst.</translation>
    </message>
    <message>
        <source>-o: a server writes a report under a plain file name only.</source>
        <translation>-o: Ein Server schreibt einen Bericht nur unter einem einfachen Dateinamen.</translation>
    </message>
    <message>
        <source>import crontab: a server reads the crontab from standard input only (-).</source>
        <translation>import crontab: Ein Server liest die Crontab nur von der Standardeingabe (-).</translation>
    </message>
    <message>
        <source>This API key is read-only: &quot;%1&quot; %2 on the server. Use a read-write key (uptrack apikey add --name NAME on the server makes one).</source>
        <translation>Dieser API-Schlüssel darf nur lesen: „%1“ %2 auf dem Server. Verwenden Sie einen Schlüssel zum Lesen und Schreiben (uptrack apikey add --name NAME auf dem Server erzeugt einen).</translation>
    </message>
    <message>
        <source>shows the monitors&apos; ping tokens</source>
        <translation>zeigt die Ping-Tokens der Monitore</translation>
    </message>
    <message>
        <source>changes something</source>
        <translation>ändert etwas</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint the server&apos;s certificate must have (or UPTRACK_FINGERPRINT): what &quot;uptrack tls fingerprint&quot; prints there.</source>
        <translation>Der SHA-256-Fingerabdruck, den das Zertifikat des Servers haben muss (oder UPTRACK_FINGERPRINT): was „uptrack tls fingerprint“ dort ausgibt.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>--fingerprint (or UPTRACK_FINGERPRINT): &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, as &quot;uptrack tls fingerprint&quot; prints them).</source>
        <translation>--fingerprint (oder UPTRACK_FINGERPRINT): „%1“ ist kein SHA-256-Fingerabdruck (64 Hex-Ziffern, wie „uptrack tls fingerprint“ sie ausgibt).</translation>
    </message>
    <message>
        <source>No API key for %1: set UPTRACK_API_KEY (&quot;uptrack apikey add --name NAME&quot; on the server makes one), or run the command once on a terminal to enter it and keep it in this computer&apos;s keychain.</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie UPTRACK_API_KEY („uptrack apikey add --name NAME“ auf dem Server erzeugt einen), oder führen Sie den Befehl einmal im Terminal aus, um ihn einzugeben und im Schlüsselbund dieses Rechners aufzubewahren.</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>No API key given.</source>
        <translation>Kein API-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not known here yet. Its SHA-256 fingerprint is
  %2
Compare it with what &quot;uptrack tls fingerprint&quot; prints on the server.</source>
        <translation>Das Zertifikat von %1 ist hier noch nicht bekannt. Sein SHA-256-Fingerabdruck ist
  %2
Vergleichen Sie ihn mit dem, was „uptrack tls fingerprint“ auf dem Server ausgibt.</translation>
    </message>
    <message>
        <source>Do they match? Trust this certificate [y/N]: </source>
        <translation>Stimmen sie überein? Diesem Zertifikat vertrauen [y/N]: </translation>
    </message>
    <message>
        <source>Not trusted: nothing was sent to %1.</source>
        <translation>Nicht vertraut: Nichts wurde an %1 geschickt.</translation>
    </message>
    <message>
        <source>%1 refused the API key kept for it in this computer&apos;s keychain (%2). Give a valid one in UPTRACK_API_KEY (&quot;uptrack apikey add&quot; on the server makes one).</source>
        <translation>%1 hat den API-Schlüssel abgelehnt, der dafür im Schlüsselbund dieses Rechners liegt (%2). Geben Sie einen gültigen in UPTRACK_API_KEY an („uptrack apikey add“ auf dem Server erzeugt einen).</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2). Check it, or make one with &quot;uptrack apikey add --name NAME&quot; on the server.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (%2). Prüfen Sie ihn, oder erzeugen Sie einen mit „uptrack apikey add --name NAME“ auf dem Server.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>%1 does not look like an Uptrack server (it answered HTTP %2 to %3). Check the address and port; an Uptrack older than this one cannot run commands for others.</source>
        <translation>%1 sieht nicht wie ein Uptrack-Server aus (er antwortete HTTP %2 auf %3). Prüfen Sie Adresse und Port; ein älteres Uptrack als dieses kann keine Befehle für andere ausführen.</translation>
    </message>
    <message>
        <source>The Uptrack at %1 does not run commands for others.</source>
        <translation>Das Uptrack unter %1 führt keine Befehle für andere aus.</translation>
    </message>
    <message>
        <source>The API key works but could not be kept (%1); you will be asked again.</source>
        <translation>Der API-Schlüssel funktioniert, konnte aber nicht aufbewahrt werden (%1); Sie werden erneut gefragt.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack import --help)</source>
        <translation>unerwartetes Argument „%1“ (uptrack import --help)</translation>
    </message>
    <message>
        <source>The crontab is larger than %1 KB: too large to send.</source>
        <translation>Die Crontab ist größer als %1 KB: zu groß zum Senden.</translation>
    </message>
    <message>
        <source>Standard input is larger than %1 KB: too large to send.</source>
        <translation>Die Standardeingabe ist größer als %1 KB: zu groß zum Senden.</translation>
    </message>
    <message>
        <source>%1 could not run the command (HTTP %2): %3</source>
        <translation>%1 konnte den Befehl nicht ausführen (HTTP %2): %3</translation>
    </message>
    <message>
        <source>uptrack: cannot write %1: %2</source>
        <translation>uptrack: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--%1 cannot be sent to a server: give the text itself.</source>
        <translation>--%1 kann nicht an einen Server geschickt werden: Geben Sie den Text selbst an.</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB: too large to send.</source>
        <translation>%1: %2 ist größer als %3 KB: zu groß zum Senden.</translation>
    </message>
    <message>
        <source>No maintenance window is named &quot;%1&quot; (see &quot;uptrack maintenance list&quot;).</source>
        <translation>Kein Wartungsfenster heißt „%1“ (siehe „uptrack maintenance list“).</translation>
    </message>
    <message>
        <source>A window is either once (--from and --to) or recurring (--cron and --duration), not both.</source>
        <translation>Ein Fenster ist entweder einmalig (--from und --to) oder wiederkehrend (--cron und --duration), nicht beides.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 2026-03-01T22:00, 2026-03-01T22:00:00+02:00 or &quot;now&quot; (&quot;%2&quot; is not one).</source>
        <translation>--%1 erwartet eine Zeit wie 2026-03-01T22:00, 2026-03-01T22:00:00+02:00 oder „now“ („%2“ ist keine).</translation>
    </message>
    <message>
        <source>A window once needs both --from and --to.</source>
        <translation>Ein einmaliges Fenster braucht --from und --to.</translation>
    </message>
    <message>
        <source>The window was recurring: give both --from and --to.</source>
        <translation>Das Fenster war wiederkehrend: Geben Sie --from und --to an.</translation>
    </message>
    <message>
        <source>A recurring window needs both --cron and --duration.</source>
        <translation>Ein wiederkehrendes Fenster braucht --cron und --duration.</translation>
    </message>
    <message>
        <source>Say when: --from TIME --to TIME, or --cron EXPR --duration D.</source>
        <translation>Sagen Sie, wann: --from ZEIT --to ZEIT, oder --cron AUSDRUCK --duration D.</translation>
    </message>
    <message>
        <source>every monitor</source>
        <translation>jeder Monitor</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 (id %2)
</source>
        <translation>%1 (ID %2)
</translation>
    </message>
    <message>
        <source>  covers:   %1
</source>
        <translation>  umfasst:  %1
</translation>
    </message>
    <message>
        <source>  when:     %1 (%2), for %3 each
</source>
        <translation>  wann:     %1 (%2), jeweils %3
</translation>
    </message>
    <message>
        <source>this machine&apos;s zone</source>
        <translation>Zeitzone dieses Rechners</translation>
    </message>
    <message>
        <source>  when:     %1 to %2
</source>
        <translation>  wann:     %1 bis %2
</translation>
    </message>
    <message>
        <source>  now:      in maintenance until %1
</source>
        <translation>  jetzt:    in Wartung bis %1
</translation>
    </message>
    <message>
        <source>  next:     %1 to %2
</source>
        <translation>  nächstes: %1 bis %2
</translation>
    </message>
    <message>
        <source>  next:     never again
</source>
        <translation>  nächstes: nie mehr
</translation>
    </message>
    <message>
        <source>  notify:   %1
</source>
        <translation>  melden:   %1
</translation>
    </message>
    <message>
        <source>yes, when it begins and ends</source>
        <translation>ja, bei Beginn und Ende</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (uptrack maintenance list --help)</source>
        <translation>unerwartetes Argument „%1“ (uptrack maintenance list --help)</translation>
    </message>
    <message>
        <source>No maintenance windows. Add one with: uptrack maintenance add --name NAME --all --from 2026-03-01T22:00 --to 2026-03-01T23:00
</source>
        <translation>Keine Wartungsfenster. Eines anlegen mit: uptrack maintenance add --name NAME --all --from 2026-03-01T22:00 --to 2026-03-01T23:00
</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>uptrack maintenance add needs --name NAME</source>
        <translation>uptrack maintenance add braucht --name NAME</translation>
    </message>
    <message>
        <source>usage: uptrack maintenance %1 NAME</source>
        <translation>Aufruf: uptrack maintenance %1 NAME</translation>
    </message>
    <message>
        <source>No maintenance window is named &quot;%1&quot;: the database %2 does not exist yet.</source>
        <translation>Kein Wartungsfenster heißt „%1“: Die Datenbank %2 gibt es noch nicht.</translation>
    </message>
    <message>
        <source>Removed the maintenance window &quot;%1&quot;.
</source>
        <translation>Das Wartungsfenster „%1“ wurde entfernt.
</translation>
    </message>
    <message>
        <source>  maintenance: %1, until %2
</source>
        <translation>  Wartung:       %1, bis %2
</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of new, up, late, down, started, paused, maintenance</source>
        <translation>--status: „%1“ ist keiner von new, up, late, down, started, paused, maintenance</translation>
    </message>
    <message>
        <source>The window&apos;s name.</source>
        <translation>Der Name des Fensters.</translation>
    </message>
    <message>
        <source>A monitor it covers (repeat for more).</source>
        <translation>Ein Monitor, den es umfasst (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Monitors with this tag (repeat for more).</source>
        <translation>Monitore mit diesem Tag (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Every monitor.</source>
        <translation>Jeder Monitor.</translation>
    </message>
    <message>
        <source>When it starts (ISO 8601; without an offset, local time or --tz).</source>
        <translation>Wann es beginnt (ISO 8601; ohne Versatz Ortszeit oder --tz).</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation>Wann es endet.</translation>
    </message>
    <message>
        <source>Recurring: a cron expression for each start (5 fields).</source>
        <translation>Wiederkehrend: ein Cron-Ausdruck für jeden Beginn (5 Felder).</translation>
    </message>
    <message>
        <source>Recurring: how long each lasts (2h, 30m).</source>
        <translation>Wiederkehrend: wie lange jedes dauert (2h, 30m).</translation>
    </message>
    <message>
        <source>The IANA zone of --cron and of times without an offset.</source>
        <translation>Die IANA-Zeitzone von --cron und von Zeiten ohne Versatz.</translation>
    </message>
    <message>
        <source>Alert the monitors&apos; channels when it begins and ends.</source>
        <translation>Die Kanäle der Monitore bei Beginn und Ende benachrichtigen.</translation>
    </message>
    <message>
        <source>No alerts when it begins and ends (the default).</source>
        <translation>Keine Alarme bei Beginn und Ende (Standard).</translation>
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
Unterbefehle:
  monitor add --name NAME [--period 1d | --cron AUSDRUCK [--tz ZONE]] [--grace 1h]
              [--slug S] [--tag T]... [--channel NAME]...
  monitor edit MONITOR [--name ...] [--period ...] [--grace ...] ...
  monitor list [--status S] [--tag T]
  monitor show|pause|resume|remove MONITOR
  monitor pings MONITOR [--limit N]
  channel add --kind slack|discord|webhook|email|desktop --name NAME [Optionen]
      (das Geheimnis – Webhook-URL oder SMTP-Passwort – wird von der Standard-
       eingabe gelesen oder ohne Echo abgefragt)
  channel edit NAME [--name N] [--on down,up] [--reminder 1h]
               [--default|--not-default]
  channel list | test NAME | remove NAME
  apikey add --name NAME [--read-only] | apikey list | apikey remove NAME
      (ein Schlüssel der Verwaltungs-API; er wird einmal gezeigt, beim Erzeugen)
  maintenance add --name NAME (--monitor M... | --tag T... | --all)
      (--from ISO --to ISO | --cron AUSDRUCK --duration D) [--tz ZONE] [--notify]
  maintenance list | show NAME | edit NAME [Optionen] | remove NAME
      (in einem Fenster lösen Fristen keinen Alarm aus, Prüfungen laufen nicht)
  mute --for DAUER|--until ZEIT [--monitor M | --tag T]
      (Alarme werden aufgezeichnet, nicht gesendet; am Ende bekommt jeder Kanal,
       dem welche entgangen sind, eine Zusammenfassung. Ohne Option: was jetzt stumm ist)
  unmute [--monitor M | --tag T]   (ohne Option: alle Stummschaltungen)
  tls fingerprint [--tls-cert DATEI]
      (der SHA-256-Fingerabdruck des HTTPS-Zertifikats, zum Vergleich am Client)
  alerts [--monitor MONITOR] [--limit N]
  schedule --cron AUSDRUCK [--tz ZONE] [--after ISO-8601] [--count N]
  report --from DATUM --to DATUM [--monitor M]... [--tag T] [--tz ZONE]
         --format pdf|html|csv|json -o DATEI [--include-bodies]
      (Daten in Ortszeit oder in der Zone von --tz, sofern sie keinen Versatz
       tragen; der Zeitraum ist halboffen: --to gehört nicht dazu)
  incident note ID TEXT   (ein leerer TEXT entfernt die Notiz)
  incident ack ID|MONITOR [--note TEXT]
      („Ich kümmere mich“: seine Erinnerungen und Eskalationen hören auf; die
       Erholung geht trotzdem hinaus. MONITOR: sein offener Vorfall)
  import crontab [DATEI|-] [--user NAME] [--host NAME] [--tag T]...
                 [--dry-run|--apply]
      (ohne DATEI: crontab -l; ein Monitor je Job, und die Crontab mit
       jedem Job in uptrack-run; --apply legt sie an und schreibt
       DATEI.uptrack neben das Original)
MONITOR ist eine ID, ein Slug oder ein Token. Mit --json gibt es JSON aus.
Auf einem Server: uptrack --server https://HOST:8471 [--fingerprint SHA256] BEFEHL
  (oder UPTRACK_SERVER; der Schlüssel in UPTRACK_API_KEY, oder einmal im Terminal
   eingegeben und im Schlüsselbund aufbewahrt; das Zertifikat nach der Annahme gepinnt)
</translation>
    </message>
    <message>
        <source>--%1: a number from 1 to %2</source>
        <translation>--%1: eine Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>--confirm is another name for --down-after: give one of them</source>
        <translation>--confirm ist ein anderer Name für --down-after: geben Sie eines davon an</translation>
    </message>
    <message>
        <source>  down after:  %1 misses or failures in a row (%2 so far)
</source>
        <translation>  ausgefallen nach: %1 verpassten Pings oder Fehlern in Folge (bisher %2)
</translation>
    </message>
    <message>
        <source>  min run:     %1 (a shorter run is a failure)
</source>
        <translation>  Mindestlauf: %1 (ein kürzerer Lauf ist ein Fehler)
</translation>
    </message>
    <message>
        <source>  depends on:  %1
</source>
        <translation>  hängt ab von: %1
</translation>
    </message>
    <message>
        <source>  parent:      %1 is down: this one alerts nothing of its own
</source>
        <translation>  übergeordnet: %1 ist ausgefallen: dieser Monitor alarmiert nicht selbst
</translation>
    </message>
    <message>
        <source>  parent:      waiting for %1&apos;s verdict
</source>
        <translation>  übergeordnet: wartet auf das Urteil von %1
</translation>
    </message>
    <message>
        <source>give --monitor or --tag, not both (without either: every monitor)</source>
        <translation>geben Sie --monitor oder --tag an, nicht beides (ohne beide: alle Monitore)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>uptrack mute needs --for DURATION (4h, 30m) or --until TIME</source>
        <translation>uptrack mute braucht --for DAUER (4h, 30m) oder --until ZEIT</translation>
    </message>
    <message>
        <source>Nothing was muted.
</source>
        <translation>Nichts war stummgeschaltet.
</translation>
    </message>
    <message>
        <source>Unmuted %1: alerts go out again; each channel that missed some gets a summary.
</source>
        <translation>Stummschaltung von %1 aufgehoben: Alarme gehen wieder hinaus; jeder Kanal, dem welche entgangen sind, bekommt eine Zusammenfassung.
</translation>
    </message>
    <message>
        <source>give --for or --until, not both</source>
        <translation>geben Sie --for oder --until an, nicht beides</translation>
    </message>
    <message>
        <source>a mute lasts longer than 0s</source>
        <translation>eine Stummschaltung dauert länger als 0s</translation>
    </message>
    <message>
        <source>--until takes a time like 2026-03-01T08:00 or 2026-03-01T08:00:00+02:00 (&quot;%1&quot; is not one).</source>
        <translation>--until nimmt eine Zeit wie 2026-03-01T08:00 oder 2026-03-01T08:00:00+02:00 („%1“ ist keine).</translation>
    </message>
    <message>
        <source>Muted %1 until %2: alerts are recorded, not sent; then each channel that missed some gets one summary.
</source>
        <translation>%1 stummgeschaltet bis %2: Alarme werden aufgezeichnet, nicht gesendet; danach bekommt jeder Kanal, dem welche entgangen sind, eine Zusammenfassung.
</translation>
    </message>
    <message>
        <source>The mute ended already.</source>
        <translation>Die Stummschaltung ist schon zu Ende.</translation>
    </message>
    <message>
        <source>Nothing is muted. (uptrack mute --for 4h mutes every monitor.)
</source>
        <translation>Nichts ist stummgeschaltet. (uptrack mute --for 4h schaltet alle Monitore stumm.)
</translation>
    </message>
    <message>
        <source>%1 muted until %2
</source>
        <translation>%1 stummgeschaltet bis %2
</translation>
    </message>
    <message>
        <source>A channel for this monitor (repeat for more); NAME:30m escalates: that channel hears of an outage only once it lasted 30 min.</source>
        <translation>Ein Kanal für diesen Monitor (für mehrere wiederholen); NAME:30m eskaliert: dieser Kanal erfährt von einem Ausfall erst, wenn er 30 min gedauert hat.</translation>
    </message>
    <message>
        <source>name[:delay]</source>
        <translation>name[:verzögerung]</translation>
    </message>
    <message>
        <source>A run (a finish after its /start) shorter than this is a failure, &quot;too_fast&quot;: the backup that did nothing (0: none).</source>
        <translation>Ein Lauf (ein Ende nach seinem /start), der kürzer ist, ist ein Fehler, „too_fast“: die Sicherung, die nichts getan hat (0: keine).</translation>
    </message>
    <message>
        <source>Misses or failures in a row before the monitor is down (default 1; checks: 2). Until then it is late.</source>
        <translation>Verpasste Pings oder Fehler in Folge, bevor der Monitor ausgefallen ist (Standard 1; Prüfungen: 2). Bis dahin ist er verspätet.</translation>
    </message>
    <message>
        <source>A monitor this one depends on (repeatable): while it is down, this one&apos;s failures are recorded but alert nothing of their own.</source>
        <translation>Ein Monitor, von dem dieser abhängt (wiederholbar): Solange er ausgefallen ist, werden die Fehler dieses Monitors aufgezeichnet, alarmieren aber nicht selbst.</translation>
    </message>
    <message>
        <source>The monitor depends on no other.</source>
        <translation>Der Monitor hängt von keinem anderen ab.</translation>
    </message>
    <message>
        <source>The same as --down-after (failures in a row before a check is down).</source>
        <translation>Dasselbe wie --down-after (Fehler in Folge, bevor eine Prüfung ausgefallen ist).</translation>
    </message>
    <message>
        <source>Only this monitor.</source>
        <translation>Nur dieser Monitor.</translation>
    </message>
    <message>
        <source>How long (4h, 30m, 1d).</source>
        <translation>Wie lange (4h, 30m, 1d).</translation>
    </message>
    <message>
        <source>Until this time (ISO 8601, local time without an offset).</source>
        <translation>Bis zu dieser Zeit (ISO 8601, Ortszeit ohne Versatz).</translation>
    </message>
    <message>
        <source>Why, or what is being done (for the others).</source>
        <translation>Warum, oder was getan wird (für die anderen).</translation>
    </message>
    <message>
        <source>usage: uptrack incident ack ID|MONITOR [--note TEXT]   (MONITOR: its open incident)</source>
        <translation>Aufruf: uptrack incident ack ID|MONITOR [--note TEXT]   (MONITOR: sein offener Vorfall)</translation>
    </message>
    <message>
        <source>Acknowledged incident %1 as %2: its reminders stop; its recovery will still be announced.
</source>
        <translation>Vorfall %1 als %2 bestätigt: Seine Erinnerungen hören auf; seine Erholung wird trotzdem gemeldet.
</translation>
    </message>
    <message>
        <source>%1 (optional; Enter for none)</source>
        <translation>%1 (optional; Eingabetaste für keins)</translation>
    </message>
    <message>
        <source>A command channel runs a program on the server: add it there with uptrack channel add --kind command, or start the server with --api-allows-command-channels.</source>
        <translation>Ein Befehlskanal führt ein Programm auf dem Server aus: dort mit uptrack channel add --kind command anlegen, oder den Server mit --api-allows-command-channels starten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Uptrack watches your cron jobs: they ping it when they finish, and it alerts you when a ping does not come.

Sub-commands: uptrack monitor --help</source>
        <translation>Uptrack überwacht Ihre Cronjobs: Sie pingen es, wenn sie fertig sind, und es alarmiert Sie, wenn ein Ping ausbleibt.

Unterbefehle: uptrack monitor --help</translation>
    </message>
    <message>
        <source>Run the core without a window.</source>
        <translation>Den Kern ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>The database (default: %1).</source>
        <translation>Die Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>The base of the ping URLs shown to users, when jobs reach this machine by another name.</source>
        <translation>Der Anfang der Ping-URLs, die angezeigt werden, wenn Jobs diesen Rechner unter einem anderen Namen erreichen.</translation>
    </message>
    <message>
        <source>normal: survives a crash of Uptrack (default); full: also survives a power loss, slower.</source>
        <translation>normal: übersteht einen Absturz von Uptrack (Standard); full: übersteht auch einen Stromausfall, langsamer.</translation>
    </message>
    <message>
        <source>Start the console hidden in the system tray, when there is one (as the login entry does).</source>
        <translation>Die Konsole versteckt im Infobereich starten, sofern es einen gibt (wie der Anmelde-Eintrag).</translation>
    </message>
    <message>
        <source>--sync: normal or full</source>
        <translation>--sync: normal oder full</translation>
    </message>
    <message>
        <source>listening for pings at %1 (database %2)</source>
        <translation>empfange Pings unter %1 (Datenbank %2)</translation>
    </message>
    <message>
        <source>already running; brought its window to the front.</source>
        <translation>läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start the console from your desktop session, or run &quot;uptrack --headless&quot; on a machine without one.</source>
        <translation>keine grafische Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie die Konsole aus Ihrer Desktop-Sitzung oder führen Sie „uptrack --headless“ auf einem Rechner ohne Desktop aus.</translation>
    </message>
    <message>
        <source>--%1: a number from %2 to %3</source>
        <translation>--%1: eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--%1: from %2 to %3</source>
        <translation>--%1: von %2 bis %3</translation>
    </message>
    <message>
        <source>Where to listen for pings (default: all interfaces, port %1).</source>
        <translation>Wo auf Pings gewartet wird (Standard: alle Schnittstellen, Port %1).</translation>
    </message>
    <message>
        <source>Bytes of a ping&apos;s body to store (default: %1).</source>
        <translation>Wie viele Bytes vom Rumpf eines Pings gespeichert werden (Standard: %1).</translation>
    </message>
    <message>
        <source>Pings kept per monitor; older ones are deleted (default: %1).</source>
        <translation>Pro Monitor aufbewahrte Pings; ältere werden gelöscht (Standard: %1).</translation>
    </message>
    <message>
        <source>Days of flips, incidents and alerts kept; older ones are deleted daily (default: %1).</source>
        <translation>Tage, für die Zustandswechsel, Vorfälle und Alarme aufbewahrt werden; ältere werden täglich gelöscht (Standard: %1).</translation>
    </message>
    <message>
        <source>First delay before a failed alert delivery is tried again; it doubles up to an hour (default: %1).</source>
        <translation>Erste Wartezeit, bevor eine gescheiterte Alarmzustellung erneut versucht wird; sie verdoppelt sich bis zu einer Stunde (Standard: %1).</translation>
    </message>
    <message>
        <source>Pings a monitor may send at once before its rate limit applies (default %1; 0: no limit).</source>
        <translation>Pings, die ein Monitor auf einmal senden darf, bevor seine Ratenbegrenzung greift (Standard %1; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>Pings a minute a monitor may send after the burst; more are answered 429 (default %1; 0: no limit).</source>
        <translation>Pings pro Minute, die ein Monitor nach dem Stoß senden darf; weitere werden mit 429 beantwortet (Standard %1; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>Connections at once; more are closed at once (default %1).</source>
        <translation>Gleichzeitige Verbindungen; weitere werden sofort geschlossen (Standard %1).</translation>
    </message>
    <message>
        <source>Connections at once from one address (default %1; 0: no limit).</source>
        <translation>Gleichzeitige Verbindungen von einer Adresse (Standard %1; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>Time for a request to arrive whole, else 408 and the connection is closed (default: %1).</source>
        <translation>Zeit, in der eine Anfrage vollständig ankommen muss, sonst 408 und die Verbindung wird geschlossen (Standard: %1).</translation>
    </message>
    <message>
        <source>An idle keep-alive connection is closed after this (default: %1).</source>
        <translation>Eine untätige Keep-alive-Verbindung wird danach geschlossen (Standard: %1).</translation>
    </message>
    <message>
        <source>--tls: auto or off (or give --tls-cert FILE --tls-key FILE)</source>
        <translation>--tls: auto oder off (oder geben Sie --tls-cert DATEI --tls-key DATEI an)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: the certificate and its private key</source>
        <translation>--tls-cert und --tls-key gehören zusammen: das Zertifikat und sein privater Schlüssel</translation>
    </message>
    <message>
        <source>--tls auto makes its own certificate: leave out --tls-cert and --tls-key, or --tls auto</source>
        <translation>--tls auto erzeugt sein eigenes Zertifikat: Lassen Sie --tls-cert und --tls-key weg, oder --tls auto</translation>
    </message>
    <message>
        <source>--tls-listen needs --tls auto or --tls-cert FILE --tls-key FILE</source>
        <translation>--tls-listen braucht --tls auto oder --tls-cert DATEI --tls-key DATEI</translation>
    </message>
    <message>
        <source>The base of the URLs in management API answers (default: the ping URL base).</source>
        <translation>Die Basis der URLs in Antworten der Verwaltungs-API (Standard: die Basis der Ping-URLs).</translation>
    </message>
    <message>
        <source>auto: serve the management API over HTTPS with a self-signed certificate made for this machine (kept in %1); off (default, unless --tls-cert is given).</source>
        <translation>auto: die Verwaltungs-API über HTTPS mit einem selbstsignierten Zertifikat für diesen Rechner anbieten (in %1 abgelegt); off (Standard, außer --tls-cert ist angegeben).</translation>
    </message>
    <message>
        <source>The HTTPS certificate (PEM, with its chain); needs --tls-key.</source>
        <translation>Das HTTPS-Zertifikat (PEM, mit seiner Kette); braucht --tls-key.</translation>
    </message>
    <message>
        <source>The HTTPS private key (PEM, owner-only).</source>
        <translation>Der private HTTPS-Schlüssel (PEM, nur für den Eigentümer lesbar).</translation>
    </message>
    <message>
        <source>Where to serve HTTPS (default: the --listen address, port %1).</source>
        <translation>Wo HTTPS angeboten wird (Standard: die Adresse von --listen, Port %1).</translation>
    </message>
    <message>
        <source>Accept management API keys over plain HTTP from other machines too (keys then cross the LAN in clear text; default: HTTPS, or this machine only).</source>
        <translation>API-Schlüssel der Verwaltungs-API auch über einfaches HTTP von anderen Rechnern annehmen (Schlüssel gehen dann im Klartext durchs LAN; Standard: HTTPS oder nur dieser Rechner).</translation>
    </message>
    <message>
        <source>A reverse proxy whose X-Forwarded-For names a ping&apos;s source (comma-separated addresses; never trusted otherwise).</source>
        <translation>Ein Reverse-Proxy, dessen X-Forwarded-For die Quelle eines Pings nennt (Adressen durch Kommas getrennt; sonst nie vertraut).</translation>
    </message>
    <message>
        <source>--public-url: an http:// or https:// URL, such as https://uptrack.example.lan:8471</source>
        <translation>--public-url: eine http://- oder https://-URL wie https://uptrack.example.lan:8471</translation>
    </message>
    <message>
        <source>--trusted-proxy: &quot;%1&quot; is not an IP address</source>
        <translation>--trusted-proxy: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>After a time without listening (asleep, stopped), how long monitors whose deadline passed meanwhile wait for their delayed pings before they go down (default: %1; 0: at once).</source>
        <translation>Nach einer Zeit ohne Zuhören (Ruhezustand, beendet): wie lange Monitore, deren Frist inzwischen verstrich, auf ihre verspäteten Pings warten, bevor sie ausfallen (Standard: %1; 0: sofort).</translation>
    </message>
    <message>
        <source>Where secrets (webhook URLs, passwords) are kept: keychain (the desktop&apos;s), file (an encrypted owner-only file, for servers) or auto (the keychain when one answers, else the file; the default, also from UPTRACK_SECRETS).</source>
        <translation>Wo Geheimnisse (Webhook-URLs, Tokens, Passwörter) liegen: keychain (der Schlüsselbund des Desktops), file (eine verschlüsselte, nur für den Besitzer lesbare Datei, für Server) oder auto (der Schlüsselbund, wenn einer antwortet, sonst die Datei; Standard, auch aus UPTRACK_SECRETS).</translation>
    </message>
    <message>
        <source>--secrets (or UPTRACK_SECRETS): keychain, file or auto, not &quot;%1&quot;</source>
        <translation>--secrets (oder UPTRACK_SECRETS): keychain, file oder auto, nicht „%1“</translation>
    </message>
    <message>
        <source>Watch the watcher: ping this Healthchecks-compatible URL (another Uptrack, Healthchecks.io) while listening, so it alerts when this one is down or asleep.</source>
        <translation>Den Wächter bewachen: diese Healthchecks-kompatible URL (ein anderes Uptrack, Healthchecks.io) anpingen, solange zugehört wird, damit sie alarmiert, wenn dieses ausfällt oder schläft.</translation>
    </message>
    <message>
        <source>How often to send the self-ping (default: 1m; at least 10s).</source>
        <translation>Wie oft der Selbst-Ping gesendet wird (Standard: 1m; mindestens 10s).</translation>
    </message>
    <message>
        <source>Keep this computer from sleeping while a job is due: from a few minutes before its deadline until its ping comes or its grace runs out (a logind sleep inhibitor).</source>
        <translation>Diesen Rechner nicht schlafen lassen, solange ein Job fällig ist: von einigen Minuten vor seiner Frist, bis sein Ping kommt oder seine Karenz abläuft (eine logind-Schlafsperre).</translation>
    </message>
    <message>
        <source>Attach the console to the Uptrack core on another machine (such as https://office-server:8471) instead of running one here.</source>
        <translation>Die Konsole an den Uptrack-Kern auf einem anderen Rechner anbinden (etwa https://office-server:8471), statt hier einen zu starten.</translation>
    </message>
    <message>
        <source>With --connect: the server certificate&apos;s SHA-256 fingerprint, as &quot;uptrack tls fingerprint&quot; prints it there (also UPTRACK_FINGERPRINT; else it is shown once to compare).</source>
        <translation>Mit --connect: der SHA-256-Fingerabdruck des Serverzertifikats, wie &quot;uptrack tls fingerprint&quot; ihn dort ausgibt (auch UPTRACK_FINGERPRINT; sonst wird er einmal zum Vergleich gezeigt).</translation>
    </message>
    <message>
        <source>--connect and --fingerprint are for the console (not with --headless).</source>
        <translation>--connect und --fingerprint gelten für die Konsole (nicht mit --headless).</translation>
    </message>
    <message>
        <source>--fingerprint goes with --connect URL.</source>
        <translation>--fingerprint gehört zu --connect URL.</translation>
    </message>
    <message>
        <source>--fingerprint (or UPTRACK_FINGERPRINT): &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, as &quot;uptrack tls fingerprint&quot; prints them).</source>
        <translation>--fingerprint (oder UPTRACK_FINGERPRINT): &quot;%1&quot; ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, wie &quot;uptrack tls fingerprint&quot; sie ausgibt).</translation>
    </message>
    <message>
        <source>attached to %1 (%2)</source>
        <translation>verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>Let the management API add and change channels of the command kind (a program run on this machine for each alert; default: the command line and the console here only).</source>
        <translation>Der Verwaltungs-API erlauben, Kanäle der Art command anzulegen und zu ändern (ein Programm, das für jeden Alarm auf diesem Rechner läuft; Standard: nur die Befehlszeile und die Konsole hier).</translation>
    </message>
    <message>
        <source>Take pings by e-mail here: a message to &lt;token&gt;@this host is a ping (off by default; 2525, or 25 with CAP_NET_BIND_SERVICE).</source>
        <translation>Hier Pings per E-Mail annehmen: eine Nachricht an &lt;token&gt;@dieser Host ist ein Ping (standardmäßig aus; 2525, oder 25 mit CAP_NET_BIND_SERVICE).</translation>
    </message>
</context>
<context>
    <name>remote</name>
    <message>
        <source>The certificate of %1 has changed: it is now %2, but %3 is the one trusted here. If the server&apos;s certificate was renewed or replaced, compare the new one with &quot;uptrack tls fingerprint&quot; on the server and give it with --fingerprint; if not, something else answers at that address: do not go on.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Es ist jetzt %2, hier vertraut wird aber %3. Wenn das Zertifikat des Servers erneuert oder ersetzt wurde, vergleichen Sie das neue mit „uptrack tls fingerprint“ auf dem Server und geben Sie es mit --fingerprint an; wenn nicht, antwortet unter dieser Adresse etwas anderes: Machen Sie nicht weiter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: give https://HOST:8471 (the address of the machine whose Uptrack you want).</source>
        <translation>„%1“ ist keine Serveradresse: Geben Sie https://HOST:8471 an (die Adresse des Rechners, dessen Uptrack Sie meinen).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid now (it runs from %2 to %3). On the server, restart Uptrack with --tls auto to renew it, or replace the --tls-cert file.</source>
        <translation>Das Zertifikat von %1 ist jetzt nicht gültig (es gilt von %2 bis %3). Starten Sie Uptrack auf dem Server mit --tls auto neu, um es zu erneuern, oder ersetzen Sie die --tls-cert-Datei.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2.</source>
        <translation>Dem Zertifikat von %1 kann nicht vertraut werden: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not known here yet (no CA vouches for it). Its SHA-256 fingerprint is %2: compare it with what &quot;uptrack tls fingerprint&quot; prints on the server, then give it with --fingerprint or UPTRACK_FINGERPRINT (or run the command once on a terminal to accept it).</source>
        <translation>Das Zertifikat von %1 ist hier noch nicht bekannt (keine Zertifizierungsstelle bürgt dafür). Sein SHA-256-Fingerabdruck ist %2: Vergleichen Sie ihn mit dem, was „uptrack tls fingerprint“ auf dem Server ausgibt, und geben Sie ihn dann mit --fingerprint oder UPTRACK_FINGERPRINT an (oder führen Sie den Befehl einmal im Terminal aus, um ihn anzunehmen).</translation>
    </message>
    <message>
        <source>Could not reach the Uptrack server at %1: no answer in %2 s. Is the address right, and the machine on?</source>
        <translation>Der Uptrack-Server unter %1 war nicht erreichbar: keine Antwort in %2 s. Stimmt die Adresse, und ist der Rechner an?</translation>
    </message>
    <message>
        <source>Could not reach the Uptrack server at %1: %2. Is it running there (systemctl status uptrack) and is this its address and HTTPS port?</source>
        <translation>Der Uptrack-Server unter %1 war nicht erreichbar: %2. Läuft er dort (systemctl status uptrack), und sind das seine Adresse und sein HTTPS-Port?</translation>
    </message>
    <message>
        <source>%1 does not speak HTTPS (the TLS handshake failed: %2). Is it the plain-HTTP ping port? The API&apos;s HTTPS port is 8471 by default (uptrack --tls auto).</source>
        <translation>%1 spricht kein HTTPS (der TLS-Handshake schlug fehl: %2). Ist das der HTTP-Port für Pings? Der HTTPS-Port der API ist standardmäßig 8471 (uptrack --tls auto).</translation>
    </message>
    <message>
        <source>%1 did not answer as an Uptrack server does: %2.</source>
        <translation>%1 antwortete nicht wie ein Uptrack-Server: %2.</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2).</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to the event stream: %3</source>
        <translation>%1 antwortete HTTP %2 auf den Ereignisstrom: %3</translation>
    </message>
    <message>
        <source>No word from %1 for %2 s: the connection is lost.</source>
        <translation>Seit %2 s nichts von %1: Die Verbindung ist verloren.</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2.</source>
        <translation>Die Verbindung zu %1 ist verloren: %2.</translation>
    </message>
    <message>
        <source>%1 closed the event stream.</source>
        <translation>%1 hat den Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3: %4</source>
        <translation>%1 antwortete HTTP %2 auf %3: %4</translation>
    </message>
</context>
<context>
    <name>uptrack::AlertHistoryModel</name>
    <message>
        <source>Down alert</source>
        <translation>Ausfallalarm</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Slow run</source>
        <translation>Langsamer Lauf</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>(test)</source>
        <translation>(Test)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>trying now</source>
        <translation>wird gerade versucht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Delivered / next</source>
        <translation>Zugestellt / nächster</translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation>(entfernter Kanal)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The monitor had no channel when this alert was raised. Add one under Channels, and give it to the monitor.</source>
        <translation>Der Monitor hatte keinen Kanal, als dieser Alarm ausgelöst wurde. Legen Sie unter „Kanäle“ einen an und weisen Sie ihn dem Monitor zu.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>no channel — nobody was alerted</source>
        <translation>kein Kanal — niemand wurde alarmiert</translation>
    </message>
    <message>
        <source>Maintenance began</source>
        <translation>Wartung begonnen</translation>
    </message>
    <message>
        <source>Maintenance ended</source>
        <translation>Wartung beendet</translation>
    </message>
    <message>
        <source>While muted</source>
        <translation>Während stumm</translation>
    </message>
    <message>
        <source>Muted (not sent)</source>
        <translation>Stumm (nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>uptrack::ApiKeysDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Read-only (may read checks, never change them)</source>
        <translation>Nur &amp;lesen (darf Prüfungen lesen, nie ändern)</translation>
    </message>
    <message>
        <source>Create &amp;key</source>
        <translation>Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys for scripts and tools that use the management API (Healthchecks&apos; API under /api/v3/). A key is shown once, when it is made: only its hash is kept.</source>
        <translation>Schlüssel für Skripte und Werkzeuge, die die Verwaltungs-API nutzen (die API von Healthchecks unter /api/v3/). Ein Schlüssel wird einmal gezeigt, beim Erzeugen: Gespeichert wird nur sein Hash.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>what it is for, e.g. deploy</source>
        <translation>wofür er ist, z. B. deploy</translation>
    </message>
    <message>
        <source>Name of the new key</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>Der neue Schlüssel</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>HTTPS is off: keys are accepted from this computer only. Start Uptrack with --tls auto to use the API from other machines.</source>
        <translation>HTTPS ist aus: Schlüssel werden nur von diesem Computer angenommen. Starten Sie Uptrack mit --tls auto, um die API von anderen Rechnern zu nutzen.</translation>
    </message>
    <message>
        <source>HTTPS certificate (SHA-256), to compare on a client:
%1</source>
        <translation>HTTPS-Zertifikat (SHA-256), zum Vergleich am Client:
%1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot;: copy it now, it is not shown again.</source>
        <translation>Der Schlüssel „%1“: Kopieren Sie ihn jetzt, er wird nicht wieder gezeigt.</translation>
    </message>
    <message>
        <source>Remove the API key?</source>
        <translation>API-Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>Remove the API key &quot;%1&quot;? Scripts that use it stop working at once.</source>
        <translation>Den API-Schlüssel „%1“ entfernen? Skripte, die ihn benutzen, funktionieren sofort nicht mehr.</translation>
    </message>
</context>
<context>
    <name>uptrack::ChannelEditor</name>
    <message>
        <source>Down alerts (and reminders)</source>
        <translation>Ausfallalarme (und Erinnerungen)</translation>
    </message>
    <message>
        <source>Recovery notices</source>
        <translation>Entwarnungen</translation>
    </message>
    <message>
        <source>Use for new monitors</source>
        <translation>Für neue Monitore verwenden</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <source>Repeat down alerts this often while down, e.g. 1h; 0 for never.</source>
        <translation>Ausfallalarme so oft wiederholen, solange der Ausfall dauert, z. B. 1h; 0 für nie.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Sendet:</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Geben Sie dem Kanal einen Namen.</translation>
    </message>
    <message>
        <source>Reminders: a duration of at least 1m (like 30m or 2h), or 0 for none.</source>
        <translation>Erinnerungen: eine Dauer von mindestens 1m (wie 30m oder 2h), oder 0 für keine.</translation>
    </message>
    <message>
        <source>The channel must get down alerts, recovery notices, or both.</source>
        <translation>Der Kanal muss Ausfallalarme, Entwarnungen oder beides erhalten.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Remind every</source>
        <translation>Erinnern alle</translation>
    </message>
    <message>
        <source>Remind &amp;every:</source>
        <translation>&amp;Erinnern alle:</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Kanal %1 bearbeiten</translation>
    </message>
    <message>
        <source>Its %1 settings and secret stay as they are. To change them, add a new channel and remove this one.</source>
        <translation>Seine %1-Einstellungen und sein Geheimnis bleiben, wie sie sind. Um sie zu ändern, legen Sie einen neuen Kanal an und entfernen diesen.</translation>
    </message>
    <message>
        <source>never (e.g. 1h repeats the alert hourly)</source>
        <translation>nie (z. B. 1h wiederholt den Alarm stündlich)</translation>
    </message>
    <message>
        <source>e.g. Ops %1</source>
        <translation>z. B. Ops %1</translation>
    </message>
</context>
<context>
    <name>uptrack::ChannelFieldWidget</name>
    <message>
        <source>kept in the system keychain only</source>
        <translation>wird nur im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
</context>
<context>
    <name>uptrack::ChannelsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Where alerts go. Secrets (webhook URLs, tokens, passwords) are kept in the system keychain only.</source>
        <translation>Wohin Alarme gehen. Geheimnisse (Webhook-URLs, Tokens, Passwörter) werden nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>down</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>, reminder every %1</source>
        <translation>, Erinnerung alle %1</translation>
    </message>
    <message>
        <source>, default</source>
        <translation>, Standard</translation>
    </message>
    <message>
        <source>Channel not added</source>
        <translation>Kanal nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Added. Use &quot;Send test&quot; to try it.</source>
        <translation>Hinzugefügt. Probieren Sie ihn mit „Test senden“ aus.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Remove the channel &quot;%1&quot;? Monitors stop using it and its pending alerts are dropped.</source>
        <translation>Den Kanal „%1“ entfernen? Monitore verwenden ihn dann nicht mehr und seine ausstehenden Alarme werden verworfen.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>Sending a test message through &quot;%1&quot;…</source>
        <translation>Sende eine Testnachricht über „%1“…</translation>
    </message>
    <message>
        <source>✔ Delivered through &quot;%1&quot; (%2).</source>
        <translation>✔ Über „%1“ zugestellt (%2).</translation>
    </message>
    <message>
        <source>✘ Not delivered through &quot;%1&quot;: %2</source>
        <translation>✘ Nicht über „%1“ zugestellt: %2</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Existing monitors</source>
        <translation>Vorhandene Monitore</translation>
    </message>
    <message numerus="yes">
        <source>New monitors will use &quot;%1&quot;. Should the %n existing monitor(s) use it too?</source>
        <translation>
            <numerusform>Neue Monitore nutzen „%1“. Soll der %n vorhandene Monitor ihn auch nutzen?</numerusform>
            <numerusform>Neue Monitore nutzen „%1“. Sollen die %n vorhandenen Monitore ihn auch nutzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Channel not changed</source>
        <translation>Kanal nicht geändert</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Geändert.</translation>
    </message>
    <message>
        <source>Where %1 sends alerts. Secrets (webhook URLs, tokens, passwords) travel encrypted to its secret store and are kept there only, never on this computer.</source>
        <translation>Wohin %1 Alarme sendet. Geheimnisse (Webhook-URLs, Tokens, Passwörter) gehen verschlüsselt in seinen Geheimnisspeicher und werden nur dort aufbewahrt, nie auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>uptrack::CheckEditor</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>must not a&amp;ppear</source>
        <translation>darf nicht &amp;vorkommen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>e.g. 30s, 1m, 5m</source>
        <translation>z. B. 30s, 1m, 5m</translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation>z. B. 10s</translation>
    </message>
    <message>
        <source>e.g. 200-299,301</source>
        <translation>z. B. 200-299,301</translation>
    </message>
    <message>
        <source>optional: text the page must contain</source>
        <translation>optional: Text, den die Seite enthalten muss</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>An answer slower than this fails the check.</source>
        <translation>Eine langsamere Antwort lässt die Prüfung fehlschlagen.</translation>
    </message>
    <message>
        <source>optional, one per line: Authorization: Bearer …</source>
        <translation>optional, einer pro Zeile: Authorization: Bearer …</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> Tage vor Ablauf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> Fehlschläge in Folge</translation>
    </message>
    <message>
        <source>One failed check may be a blip: the check is down only after this many in a row, and each failure is kept with its reason.</source>
        <translation>Ein einzelner Fehlschlag kann ein Ausrutscher sein: Die Prüfung gilt erst nach so vielen in Folge als ausgefallen, und jeder Fehlschlag wird mit seinem Grund aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>Met&amp;hode:</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>&amp;Prüfintervall:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Expected stat&amp;us:</source>
        <translation>Erwarteter &amp;Status:</translation>
    </message>
    <message>
        <source>Key&amp;word:</source>
        <translation>Stich&amp;wort:</translation>
    </message>
    <message>
        <source>Response-time l&amp;imit:</source>
        <translation>Antwortzeit&amp;grenze:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Head&amp;er:</translation>
    </message>
    <message>
        <source>Every: %1</source>
        <translation>Prüfintervall: %1</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Zeitlimit: %1</translation>
    </message>
    <message>
        <source>Response-time limit: %1</source>
        <translation>Antwortzeitgrenze: %1</translation>
    </message>
    <message>
        <source>Enter the URL to check.</source>
        <translation>Geben Sie die zu prüfende URL ein.</translation>
    </message>
    <message>
        <source>Enter the HOST:PORT to connect to.</source>
        <translation>Geben Sie HOST:PORT für die Verbindung ein.</translation>
    </message>
    <message>
        <source> echo requests, half a second apart</source>
        <translation> Echo-Anfragen, im Abstand einer halben Sekunde</translation>
    </message>
    <message>
        <source> % of them may be lost</source>
        <translation> % davon dürfen verloren gehen</translation>
    </message>
    <message>
        <source>A run that loses more fails; a run that loses all always fails.</source>
        <translation>Ein Lauf, der mehr verliert, scheitert; ein Lauf, der alle verliert, scheitert immer.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Eintragstyp</translation>
    </message>
    <message>
        <source>optional: an answer must equal this</source>
        <translation>optional: eine Antwort muss gleich diesem Wert sein</translation>
    </message>
    <message>
        <source>An address for A and AAAA, &quot;10 mail.example.com&quot; or just the host for MX, the text for TXT, the target for CNAME.</source>
        <translation>Eine Adresse für A und AAAA, „10 mail.example.com“ oder nur der Host für MX, der Text für TXT, das Ziel für CNAME.</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>Resolver dieses Computers</translation>
    </message>
    <message>
        <source>The IP address of the name server to ask (port 53), e.g. the office&apos;s DNS server.</source>
        <translation>Die IP-Adresse des zu fragenden Nameservers (Port 53), z. B. der DNS-Server des Büros.</translation>
    </message>
    <message>
        <source>Echo re&amp;quests:</source>
        <translation>Echo-An&amp;fragen:</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Eintragstyp:</translation>
    </message>
    <message>
        <source>E&amp;xpected value:</source>
        <translation>E&amp;rwarteter Wert:</translation>
    </message>
    <message>
        <source>Name &amp;server:</source>
        <translation>Name&amp;server:</translation>
    </message>
    <message>
        <source>An average round trip slower than this fails the check.</source>
        <translation>Eine mittlere Umlaufzeit über diesem Wert lässt die Prüfung scheitern.</translation>
    </message>
    <message>
        <source>printer.lan or 192.168.1.20</source>
        <translation>printer.lan oder 192.168.1.20</translation>
    </message>
    <message>
        <source>Enter the host name or address to ping.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse zum Anpingen ein.</translation>
    </message>
    <message>
        <source>Enter the name to look up.</source>
        <translation>Geben Sie den aufzulösenden Namen ein.</translation>
    </message>
    <message>
        <source>Follow &amp;redirects (also to other hosts; the result shows where)</source>
        <translation>Weiterleitungen &amp;folgen (auch zu anderen Hosts; das Ergebnis zeigt, wohin)</translation>
    </message>
    <message>
        <source>Accept a self-signed or in&amp;valid certificate (LAN services)</source>
        <translation>Selbstsigniertes oder ungültiges Zertifikat anneh&amp;men (Dienste im LAN)</translation>
    </message>
    <message>
        <source>Certificate warnin&amp;g:</source>
        <translation>Zertifikatswarn&amp;ung:</translation>
    </message>
    <message>
        <source>Packet lo&amp;ss:</source>
        <translation>Paket&amp;verlust:</translation>
    </message>
    <message>
        <source>Down a&amp;fter:</source>
        <translation>Ausgefallen na&amp;ch:</translation>
    </message>
</context>
<context>
    <name>uptrack::ConnectDialog</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Uptrack</source>
        <translation>Uptrack</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Show the monitors of an Uptrack core on another machine (one that is always on, so it watches while this computer sleeps), or of this computer&apos;s own. On the server, &lt;tt&gt;uptrack apikey add --name NAME&lt;/tt&gt; makes the key it asks for.</source>
        <translation>Die Monitore eines Uptrack-Kerns auf einem anderen Rechner zeigen (einem, der immer läuft und so auch wacht, während dieser Computer schläft) oder die dieses Computers. Auf dem Server erzeugt &lt;tt&gt;uptrack apikey add --name NAME&lt;/tt&gt; den Schlüssel, nach dem gefragt wird.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Zuletzt verwendete Server</translation>
    </message>
    <message>
        <source>office-server or https://office-server:8471</source>
        <translation>office-server oder https://office-server:8471</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>The API key for %1 (on the server, &quot;uptrack apikey add --name NAME&quot; makes one):</source>
        <translation>Der API-Schlüssel für %1 (auf dem Server erzeugt &quot;uptrack apikey add --name NAME&quot; einen):</translation>
    </message>
    <message>
        <source>%1 refused the key (%2). The API key for %1:</source>
        <translation>%1 hat den Schlüssel abgelehnt (%2). Der API-Schlüssel für %1:</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>%1 does not look like an Uptrack server (it answered HTTP %2 to %3). Check the address and port.</source>
        <translation>%1 scheint kein Uptrack-Server zu sein (er antwortete HTTP %2 auf %3). Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>The API key works but could not be kept in the keychain (%1); you will be asked again next time.</source>
        <translation>Der API-Schlüssel funktioniert, konnte aber nicht im Schlüsselbund gespeichert werden (%1); beim nächsten Mal wird erneut gefragt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not known here yet (SHA-256 fingerprint %2). Compare it with &quot;uptrack tls fingerprint&quot; on the server and give it with --fingerprint (or UPTRACK_FINGERPRINT), or connect once from a desktop to be asked.</source>
        <translation>Das Zertifikat von %1 ist hier noch nicht bekannt (SHA-256-Fingerabdruck %2). Vergleichen Sie ihn mit &quot;uptrack tls fingerprint&quot; auf dem Server und geben Sie ihn mit --fingerprint (oder UPTRACK_FINGERPRINT) an, oder verbinden Sie sich einmal von einem Desktop aus, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>No API key for %1: set UPTRACK_API_KEY (&quot;uptrack apikey add --name NAME&quot; on the server makes one), or connect once from a desktop to enter it.</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie UPTRACK_API_KEY (&quot;uptrack apikey add --name NAME&quot; auf dem Server erzeugt einen), oder verbinden Sie sich einmal von einem Desktop aus, um ihn einzugeben.</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2). Check it, or make one with &quot;uptrack apikey add --name NAME&quot; on the server.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (%2). Prüfen Sie ihn, oder erzeugen Sie einen mit &quot;uptrack apikey add --name NAME&quot; auf dem Server.</translation>
    </message>
</context>
<context>
    <name>uptrack::CoreRuntime</name>
    <message>
        <source>Cannot create the folder %1 for the database. Choose another place with --db PATH.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden. Wählen Sie mit --db PFAD einen anderen Ort.</translation>
    </message>
    <message>
        <source>Another Uptrack (process %1) is already running on the database %2. Use it, or stop it first; sub-commands such as &quot;uptrack monitor list&quot; work beside it.</source>
        <translation>Ein anderes Uptrack (Prozess %1) läuft bereits mit der Datenbank %2. Verwenden Sie es oder beenden Sie es zuerst; Unterbefehle wie „uptrack monitor list“ funktionieren daneben.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1: check the folder&apos;s permissions.</source>
        <translation>Die Sperrdatei neben %1 kann nicht angelegt werden: Prüfen Sie die Rechte des Ordners.</translation>
    </message>
    <message>
        <source>not listening (disabled)</source>
        <translation>empfängt nicht (abgeschaltet)</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>empfängt nicht</translation>
    </message>
</context>
<context>
    <name>uptrack::Engine</name>
    <message>
        <source>The database refused the pending writes; try again.</source>
        <translation>Die Datenbank hat die ausstehenden Schreibvorgänge abgelehnt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is already used by another monitor.</source>
        <translation>Der Slug „%1“ wird schon von einem anderen Monitor verwendet.</translation>
    </message>
    <message>
        <source>No monitor with id %1.</source>
        <translation>Kein Monitor mit der ID %1.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was paused.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt; nichts wurde pausiert.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was resumed.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt; nichts wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>No channel is named &quot;%1&quot; (see &quot;uptrack channel list&quot;).</source>
        <translation>Kein Kanal heißt „%1“ (siehe „uptrack channel list“).</translation>
    </message>
    <message>
        <source>The note is too long (at most 10,000 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens 10.000 Zeichen).</translation>
    </message>
    <message>
        <source>There is no incident %1 (uptrack report lists them with their ids).</source>
        <translation>Es gibt keinen Vorfall %1 (uptrack report listet sie mit ihren IDs).</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>Ein Kanal braucht einen Namen.</translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; already exists.</source>
        <translation>Ein Kanal namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No channel with id %1.</source>
        <translation>Kein Kanal mit der ID %1.</translation>
    </message>
    <message>
        <source>A check runs on its interval (--interval), not on a schedule.</source>
        <translation>Eine Prüfung läuft in ihrem Intervall (--interval), nicht nach einem Zeitplan.</translation>
    </message>
    <message>
        <source>Only uptime checks (HTTP, TCP, ICMP, DNS) have check settings.</source>
        <translation>Nur Verfügbarkeitsprüfungen (HTTP, TCP, ICMP, DNS) haben Prüfeinstellungen.</translation>
    </message>
    <message>
        <source>A monitor&apos;s kind (%1) does not change; add a new monitor instead.</source>
        <translation>Die Art eines Monitors (%1) ändert sich nicht; legen Sie stattdessen einen neuen Monitor an.</translation>
    </message>
    <message>
        <source>An API key named &quot;%1&quot; exists already (uptrack apikey remove &quot;%1&quot; first, or choose another name).</source>
        <translation>Ein API-Schlüssel namens „%1“ existiert schon (erst uptrack apikey remove „%1“, oder wählen Sie einen anderen Namen).</translation>
    </message>
    <message>
        <source>No API key is named &quot;%1&quot; (uptrack apikey list shows them).</source>
        <translation>Kein API-Schlüssel heißt „%1“ (uptrack apikey list zeigt sie).</translation>
    </message>
    <message>
        <source>A maintenance window needs a name (--name).</source>
        <translation>Ein Wartungsfenster braucht einen Namen (--name).</translation>
    </message>
    <message>
        <source>There is already a maintenance window called &quot;%1&quot;.</source>
        <translation>Es gibt schon ein Wartungsfenster namens „%1“.</translation>
    </message>
    <message>
        <source>Say which monitors the window covers: --monitor M, --tag T or --all.</source>
        <translation>Sagen Sie, welche Monitore das Fenster umfasst: --monitor M, --tag T oder --all.</translation>
    </message>
    <message>
        <source>No monitor has the tag &quot;%1&quot; (see uptrack monitor list).</source>
        <translation>Kein Monitor hat das Tag „%1“ (siehe uptrack monitor list).</translation>
    </message>
    <message>
        <source>Give the window&apos;s start and end (--from and --to), or a --cron expression and a --duration.</source>
        <translation>Geben Sie Beginn und Ende des Fensters an (--from und --to) oder einen --cron-Ausdruck und eine --duration.</translation>
    </message>
    <message>
        <source>The window ends before it starts: --to must be after --from.</source>
        <translation>Das Fenster endet, bevor es beginnt: --to muss nach --from liegen.</translation>
    </message>
    <message>
        <source>The window is already over: --to is in the past.</source>
        <translation>Das Fenster ist schon vorbei: --to liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>--cron: %1</source>
        <translation>--cron: %1</translation>
    </message>
    <message>
        <source>--tz: %1</source>
        <translation>--tz: %1</translation>
    </message>
    <message>
        <source>A recurring window needs a --duration (like 2h or 30m).</source>
        <translation>Ein wiederkehrendes Fenster braucht eine --duration (wie 2h oder 30m).</translation>
    </message>
    <message>
        <source>The window never occurs again: its --cron expression has no future match.</source>
        <translation>Das Fenster kommt nie wieder: Sein --cron-Ausdruck trifft in Zukunft nie zu.</translation>
    </message>
    <message>
        <source>No maintenance window with id %1.</source>
        <translation>Kein Wartungsfenster mit der ID %1.</translation>
    </message>
    <message>
        <source>Incident %1 is over already: there is nothing to acknowledge.</source>
        <translation>Vorfall %1 ist schon vorbei: Es gibt nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>A check goes down after 1 to %1 failures in a row.</source>
        <translation>Eine Prüfung fällt nach 1 bis %1 Fehlern in Folge aus.</translation>
    </message>
    <message>
        <source>A check has no runs to time; --min-run is for jobs that send /start and a finish.</source>
        <translation>Eine Prüfung hat keine Läufe, die sich messen ließen; --min-run ist für Jobs, die /start und ein Ende senden.</translation>
    </message>
    <message>
        <source>No monitor &quot;%1&quot; to depend on (give an id, slug or token).</source>
        <translation>Kein Monitor „%1“, von dem abgehangen werden könnte (geben Sie eine ID, einen Slug oder ein Token an).</translation>
    </message>
    <message>
        <source>%1 cannot depend on itself.</source>
        <translation>%1 kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>That would make a cycle of dependencies: %1.</source>
        <translation>Das ergäbe einen Kreis von Abhängigkeiten: %1.</translation>
    </message>
    <message>
        <source>A mute ends in the future: give --for a positive duration, or an --until that has not passed.</source>
        <translation>Eine Stummschaltung endet in der Zukunft: Geben Sie --for eine positive Dauer oder ein --until, das noch nicht vorbei ist.</translation>
    </message>
    <message>
        <source>A mute lasts at most 30 days; pause the monitors for longer.</source>
        <translation>Eine Stummschaltung dauert höchstens 30 Tage; pausieren Sie die Monitore für länger.</translation>
    </message>
    <message>
        <source>Tags are single words; &quot;%1&quot; is not.</source>
        <translation>Tags sind einzelne Wörter; „%1“ ist keines.</translation>
    </message>
</context>
<context>
    <name>uptrack::FingerprintDialog</name>
    <message>
        <source>Is this %1?</source>
        <translation>Ist das %1?</translation>
    </message>
    <message>
        <source>&lt;p&gt;This computer has not connected to &lt;b&gt;%1&lt;/b&gt; before. Its certificate is not vouched for by an authority, so check that it is really your server before anything is sent to it.&lt;/p&gt;&lt;p&gt;On the server, run &lt;tt&gt;uptrack tls fingerprint&lt;/tt&gt; and compare what it prints with this SHA-256 fingerprint:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Computer war noch nie mit &lt;b&gt;%1&lt;/b&gt; verbunden. Für sein Zertifikat bürgt keine Zertifizierungsstelle; prüfen Sie also, ob es wirklich Ihr Server ist, bevor etwas an ihn gesendet wird.&lt;/p&gt;&lt;p&gt;Führen Sie auf dem Server &lt;tt&gt;uptrack tls fingerprint&lt;/tt&gt; aus und vergleichen Sie die Ausgabe mit diesem SHA-256-Fingerabdruck:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Fingerabdruck des Zertifikats</translation>
    </message>
    <message>
        <source>When they match, this certificate is remembered; if it ever changes, Uptrack refuses to connect and says so.</source>
        <translation>Wenn sie übereinstimmen, merkt sich Uptrack dieses Zertifikat; ändert es sich je, verweigert Uptrack die Verbindung und sagt es.</translation>
    </message>
    <message>
        <source>They &amp;match: connect</source>
        <translation>Sie &amp;stimmen überein: verbinden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>uptrack::Form</name>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>Das Formular schließen und die Eingaben verlieren?</translation>
    </message>
</context>
<context>
    <name>uptrack::HistoryPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Show &amp;all monitors</source>
        <translation>&amp;Alle Monitore zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt; — %1, &lt;span style=&apos;color:#d13438&apos;&gt;%2 ongoing&lt;/span&gt;</source>
        <translation>&lt;b&gt;Vorfälle&lt;/b&gt; — %1, &lt;span style=&apos;color:#d13438&apos;&gt;%2 andauernd&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Vorfälle&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alerts and deliveries&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Alarme und Zustellungen&lt;/b&gt; — %1</translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n failed&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n fehlgeschlagen&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#d13438&apos;&gt;&lt;b&gt;%n fehlgeschlagen&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n heard by nobody&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n von niemandem gehört&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#c87800&apos;&gt;&lt;b&gt;%n von niemandem gehört&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an incident (or press Enter) to write a note on it; notes appear in reports. Ctrl+K acknowledges an open one: its reminders stop.</source>
        <translation>Doppelklicken Sie auf einen Vorfall (oder drücken Sie Enter), um eine Notiz dazu zu schreiben; Notizen erscheinen in Berichten. Strg+K bestätigt einen offenen: Seine Erinnerungen hören auf.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Write a &amp;note…</source>
        <translation>&amp;Notiz schreiben…</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
</context>
<context>
    <name>uptrack::HttpServer</name>
    <message>
        <source>Cannot listen on %1: the port is already in use (another Uptrack or another program?). Stop it, or start Uptrack with --listen ADDR:PORT to use another port.</source>
        <translation>Auf %1 kann nicht empfangen werden: Der Port ist schon belegt (ein anderes Uptrack oder ein anderes Programm?). Beenden Sie es oder starten Sie Uptrack mit --listen ADRESSE:PORT auf einem anderen Port.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: that address does not belong to this machine. Use --listen 0.0.0.0:%2 for all interfaces.</source>
        <translation>Auf %1 kann nicht empfangen werden: Diese Adresse gehört nicht zu diesem Rechner. Verwenden Sie --listen 0.0.0.0:%2 für alle Schnittstellen.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: permission denied (ports below 1024 need privileges). Use a port above 1024 with --listen.</source>
        <translation>Auf %1 kann nicht empfangen werden: Zugriff verweigert (Ports unter 1024 brauchen Rechte). Verwenden Sie mit --listen einen Port über 1024.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht empfangen werden: %2</translation>
    </message>
</context>
<context>
    <name>uptrack::ImportCrontabDialog</name>
    <message>
        <source>&amp;Copy crontab</source>
        <translation>Crontab &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;reate monitors</source>
        <translation>Monitore an&amp;legen</translation>
    </message>
    <message>
        <source>Import a crontab</source>
        <translation>Crontab importieren</translation>
    </message>
    <message>
        <source>Paste a crontab here: the output of crontab -l, /etc/crontab or a file of /etc/cron.d.</source>
        <translation>Fügen Sie hier eine Crontab ein: die Ausgabe von crontab -l, /etc/crontab oder eine Datei aus /etc/cron.d.</translation>
    </message>
    <message>
        <source>Crontab to import</source>
        <translation>Zu importierende Crontab</translation>
    </message>
    <message>
        <source>Rewritten crontab</source>
        <translation>Umgeschriebene Crontab</translation>
    </message>
    <message>
        <source>e.g. fileserver nightly</source>
        <translation>z. B. fileserver nachts</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags for every monitor made, separated by spaces (the host name, say).</source>
        <translation>Tags für jeden angelegten Monitor, durch Leerzeichen getrennt (etwa der Rechnername).</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Proposed monitors</source>
        <translation>Vorgeschlagene Monitore</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>One monitor for each job; the jobs&apos; own schedules and time zones (CRON_TZ=) are kept.</source>
        <translation>Ein Monitor je Job; die Zeitpläne und Zeitzonen der Jobs (CRON_TZ=) bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Install this in place of the original (crontab FILE): each job then reports to Uptrack through uptrack-run.</source>
        <translation>Installieren Sie dies an Stelle des Originals (crontab DATEI): Jeder Job meldet sich dann über uptrack-run bei Uptrack.</translation>
    </message>
    <message>
        <source>Open a crontab</source>
        <translation>Crontab öffnen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>A monitor with this name exists already: it is kept as it is.</source>
        <translation>Ein Monitor mit diesem Namen existiert schon: Er bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Untick to leave this job as it is.</source>
        <translation>Abwählen, um diesen Job unverändert zu lassen.</translation>
    </message>
    <message>
        <source>Default channels</source>
        <translation>Standardkanäle</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Channel for %1</source>
        <translation>Kanal für %1</translation>
    </message>
    <message>
        <source>line %1: grace: %2</source>
        <translation>Zeile %1: Toleranz: %2</translation>
    </message>
    <message>
        <source>line %1: a monitor needs a name</source>
        <translation>Zeile %1: Ein Monitor braucht einen Namen</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs found, %1 to make into monitors.</source>
        <translation>
            <numerusform>%n Job gefunden, %1 wird ein Monitor.</numerusform>
            <numerusform>%n Jobs gefunden, %1 werden Monitore.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Left as they are: %1</source>
        <translation>Unverändert gelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n monitors</source>
        <translation>
            <numerusform>%n Monitor an&amp;legen</numerusform>
            <numerusform>%n Monitore an&amp;legen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from a crontab, line %1: %2</source>
        <translation>Aus einer Crontab importiert, Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %n monitors. Copy the crontab below and install it (crontab FILE) so that the jobs report to Uptrack.</source>
        <translation>
            <numerusform>%n Monitor angelegt. Kopieren Sie die Crontab unten und installieren Sie sie (crontab DATEI), damit sich der Job bei Uptrack meldet.</numerusform>
            <numerusform>%n Monitore angelegt. Kopieren Sie die Crontab unten und installieren Sie sie (crontab DATEI), damit sich die Jobs bei Uptrack melden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <source>How late a run may be before it is down: 5 % of the time between two runs, from 5 min to 1 h.</source>
        <translation>Wie spät ein Lauf sein darf, bevor er als ausgefallen gilt: 5 % der Zeit zwischen zwei Läufen, 5 min bis 1 h.</translation>
    </message>
</context>
<context>
    <name>uptrack::IncidentModel</name>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>uptrack::LocalConsole</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>uptrack::MainWindow</name>
    <message>
        <source>(removed monitor)</source>
        <translation>(entfernter Monitor)</translation>
    </message>
    <message>
        <source>Uptrack</source>
        <translation>Uptrack</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>No system tray here: alert popups appear in this window.</source>
        <translation>Hier gibt es keinen Infobereich: Alarm-Popups erscheinen in diesem Fenster.</translation>
    </message>
    <message>
        <source>Pings cannot be stored: %1 Jobs are told to retry.</source>
        <translation>Pings können nicht gespeichert werden: %1 Jobs werden aufgefordert, es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No timed runs yet: send /start before the finish to time a run.</source>
        <translation>Noch keine gemessenen Läufe: Senden Sie /start vor dem Abschluss, um einen Lauf zu messen.</translation>
    </message>
    <message>
        <source>Last %1 timed runs: median %2, 95th percentile %3</source>
        <translation>Letzte %1 gemessene Läufe: Median %2, 95. Perzentil %3</translation>
    </message>
    <message>
        <source>History cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Hides the window; Uptrack keeps watching from the tray</source>
        <translation>Verbirgt das Fenster; Uptrack überwacht weiter aus dem Infobereich</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;New monitor…</source>
        <translation>&amp;Neuer Monitor…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Copy ping URL</source>
        <translation>Ping-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Send a &amp;test ping</source>
        <translation>&amp;Test-Ping senden</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;All incidents and alerts</source>
        <translation>&amp;Alle Vorfälle und Alarme</translation>
    </message>
    <message>
        <source>&amp;Setup help</source>
        <translation>&amp;Einrichtungshilfe</translation>
    </message>
    <message>
        <source>&amp;Reload history</source>
        <translation>Verlauf neu &amp;laden</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show down</source>
        <translation>Ausgefallene zeigen</translation>
    </message>
    <message>
        <source>Show late</source>
        <translation>Verspätete zeigen</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanäle…</translation>
    </message>
    <message>
        <source>%1 Change the address or port in File → Settings.</source>
        <translation>%1 Ändern Sie Adresse oder Port unter Datei → Einstellungen.</translation>
    </message>
    <message>
        <source>Uptrack — %1 down</source>
        <translation>Uptrack — %1 ausgefallen</translation>
    </message>
    <message>
        <source>Copied the ping URL of %1.</source>
        <translation>Die Ping-URL von %1 wurde kopiert.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 pausiert.</translation>
    </message>
    <message>
        <source>Sent a test ping to %1.</source>
        <translation>Test-Ping an %1 gesendet.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete the monitor &quot;%1&quot; with its stored pings, incidents and alerts? Jobs that still ping it will get &quot;not found&quot;. This cannot be undone.</source>
        <translation>Den Monitor „%1“ mit seinen gespeicherten Pings, Vorfällen und Alarmen löschen? Jobs, die ihn noch anpingen, erhalten „nicht gefunden“. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Created the monitor. Its job&apos;s setup is under Setup.</source>
        <translation>Der Monitor wurde angelegt. Die Einrichtung seines Jobs steht unter Einrichtung.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Wrote the report %1.</source>
        <translation>Der Bericht %1 wurde geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Note on incident %1</source>
        <translation>Notiz zu Vorfall %1</translation>
    </message>
    <message>
        <source>What happened and what was done (it appears in reports):</source>
        <translation>Was geschah und was getan wurde (erscheint in Berichten):</translation>
    </message>
    <message>
        <source>Saved the note.</source>
        <translation>Die Notiz wurde gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved and applied.</source>
        <translation>Einstellungen gespeichert und angewendet.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Set&amp;up help</source>
        <translation>&amp;Einrichtungshilfe</translation>
    </message>
    <message>
        <source>E&amp;xport report for this monitor…</source>
        <translation>Bericht für diesen Monitor e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Uptrack keeps watching</source>
        <translation>Uptrack überwacht weiter</translation>
    </message>
    <message>
        <source>Uptrack is still running in the system tray, so your jobs stay watched and alerts still arrive. Click the tray icon to open this window again; use File → Quit (Ctrl+Q) to stop Uptrack.</source>
        <translation>Uptrack läuft weiter im Infobereich, Ihre Jobs bleiben überwacht und Alarme kommen weiterhin an. Klicken Sie auf das Symbol im Infobereich, um dieses Fenster wieder zu öffnen; mit Datei → Beenden (Strg+Q) beenden Sie Uptrack.</translation>
    </message>
    <message>
        <source>&amp;Import crontab…</source>
        <translation>Crontab &amp;importieren…</translation>
    </message>
    <message>
        <source>Nothing is watched yet</source>
        <translation>Noch wird nichts überwacht</translation>
    </message>
    <message>
        <source>Uptrack watches by absence: each job pings it when it finishes, and when a ping does not come on time, Uptrack alerts you. Add a monitor for one job, or bring every job of a crontab under watch at once.</source>
        <translation>Uptrack überwacht durch Ausbleiben: Jeder Job pingt Uptrack, wenn er fertig ist, und kommt ein Ping nicht rechtzeitig, alarmiert Uptrack Sie. Legen Sie einen Monitor für einen Job an, oder stellen Sie alle Jobs einer Crontab auf einmal unter Beobachtung.</translation>
    </message>
    <message>
        <source>&amp;Add a monitor</source>
        <translation>Monitor &amp;anlegen</translation>
    </message>
    <message>
        <source>Import a &amp;crontab</source>
        <translation>&amp;Crontab importieren</translation>
    </message>
    <message>
        <source>Deadlines passed while not watching</source>
        <translation>Fristen verstrichen ohne Aufsicht</translation>
    </message>
    <message>
        <source>Reading the run times…</source>
        <translation>Laufzeiten werden gelesen…</translation>
    </message>
    <message>
        <source>C&amp;onnect to server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Uptrack — %1 — %2 down</source>
        <translation>Uptrack — %1 — %2 ausgefallen</translation>
    </message>
    <message>
        <source>Uptrack — %1</source>
        <translation>Uptrack — %1</translation>
    </message>
    <message>
        <source>Settings saved on %1.</source>
        <translation>Einstellungen auf %1 gespeichert.</translation>
    </message>
    <message>
        <source>Attached to %1 (%2)</source>
        <translation>Verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected to %1 since %2 — retrying. What you see is how it was then.</source>
        <translation>Seit %2 nicht mit %1 verbunden — neuer Versuch läuft. Angezeigt wird der Stand von damals.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>A monitor</source>
        <translation>Ein Monitor</translation>
    </message>
    <message>
        <source>%1 is DOWN</source>
        <translation>%1 ist AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>%1 is up again</source>
        <translation>%1 läuft wieder</translation>
    </message>
    <message>
        <source>It was down for %1 (on %2).</source>
        <translation>Ausgefallen für %1 (auf %2).</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Auf %1.</translation>
    </message>
    <message>
        <source>%1 went down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 läuft wieder</translation>
    </message>
    <message>
        <source>%1 was still down</source>
        <translation>%1 war weiterhin ausgefallen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) since %1: </source>
        <translation>
            <numerusform>%n Alarm seit %1: </numerusform>
            <numerusform>%n Alarme seit %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more (Incidents and alerts has them all)</source>
        <translation>
            <numerusform> und %n weiterer (alle unter Vorfälle und Alarme)</numerusform>
            <numerusform> und %n weitere (alle unter Vorfälle und Alarme)</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Während Sie weg waren</translation>
    </message>
    <message>
        <source>A new console could not be started (%1).</source>
        <translation>Eine neue Konsole konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>Opening this computer&apos;s console…</source>
        <translation>Die Konsole dieses Computers wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening a console of %1…</source>
        <translation>Eine Konsole von %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Start &amp;maintenance now for 1 h</source>
        <translation>&amp;Wartung jetzt für 1 h beginnen</translation>
    </message>
    <message>
        <source>%1 is in maintenance until %2: it does not alert meanwhile.</source>
        <translation>%1 ist bis %2 in Wartung: So lange gibt es keine Alarme.</translation>
    </message>
    <message>
        <source>Maintenance of %1 from %2</source>
        <translation>Wartung von %1 ab %2</translation>
    </message>
    <message>
        <source>Alerts are muted until %1: they are recorded, and each channel gets one summary when the mute ends.</source>
        <translation>Alarme sind bis %1 stummgeschaltet: Sie werden aufgezeichnet, und jeder Kanal bekommt am Ende eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Alerts go out again.</source>
        <translation>Alarme gehen wieder hinaus.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>You are on it: its reminders and escalations stop; the recovery is still announced. A note for the others (optional):</source>
        <translation>Sie kümmern sich darum: Erinnerungen und Eskalationen hören auf; die Erholung wird trotzdem gemeldet. Eine Notiz für die anderen (optional):</translation>
    </message>
    <message>
        <source>Acknowledged: its reminders stop.</source>
        <translation>Bestätigt: Die Erinnerungen hören auf.</translation>
    </message>
    <message>
        <source>&amp;Maintenance windows…</source>
        <translation>&amp;Wartungsfenster…</translation>
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
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Planned time in which monitors are expected to miss or fail: they do not alert and their checks do not run. Reports show that time apart.</source>
        <translation>Geplante Zeiten, in denen Monitore ausbleiben oder fehlschlagen dürfen: Sie lösen keinen Alarm aus, ihre Prüfungen laufen nicht. Berichte weisen diese Zeit gesondert aus.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>A new maintenance window (%1)</source>
        <translation>Ein neues Wartungsfenster (%1)</translation>
    </message>
    <message>
        <source>every monitor</source>
        <translation>alle Monitore</translation>
    </message>
    <message>
        <source>(removed monitor)</source>
        <translation>(entfernter Monitor)</translation>
    </message>
    <message>
        <source>tag:%1</source>
        <translation>Tag:%1</translation>
    </message>
    <message>
        <source>%1 for %2%3</source>
        <translation>%1 für %2%3</translation>
    </message>
    <message>
        <source>now, until %1</source>
        <translation>jetzt, bis %1</translation>
    </message>
    <message>
        <source>never again</source>
        <translation>nie wieder</translation>
    </message>
    <message>
        <source>on entering and leaving</source>
        <translation>bei Beginn und Ende</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The management API of %1 does not offer maintenance windows yet: use &quot;uptrack maintenance&quot; on that machine.</source>
        <translation>Die Verwaltungs-API von %1 bietet noch keine Wartungsfenster: Verwenden Sie „uptrack maintenance“ auf jenem Rechner.</translation>
    </message>
    <message>
        <source>Remove the maintenance window?</source>
        <translation>Wartungsfenster entfernen?</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Monitors in it now are expected afresh from now on.</source>
        <translation>„%1“ entfernen? Monitore, die jetzt darin sind, werden ab sofort neu erwartet.</translation>
    </message>
</context>
<context>
    <name>uptrack::MaintenanceEditor</name>
    <message>
        <source>&amp;Every monitor</source>
        <translation>&amp;Alle Monitore</translation>
    </message>
    <message>
        <source>&amp;These monitors and tags:</source>
        <translation>&amp;Diese Monitore und Tags:</translation>
    </message>
    <message>
        <source>&amp;Once</source>
        <translation>&amp;Einmal</translation>
    </message>
    <message>
        <source>&amp;Repeating</source>
        <translation>&amp;Wiederkehrend</translation>
    </message>
    <message>
        <source>Send an &amp;alert when it begins and when it ends</source>
        <translation>Bei Beginn und Ende &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
    <message>
        <source>Edit maintenance window %1</source>
        <translation>Wartungsfenster %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Router update</source>
        <translation>z. B. Router-Update</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Monitors the window covers</source>
        <translation>Monitore, für die das Fenster gilt</translation>
    </message>
    <message>
        <source>tags, separated by spaces or commas</source>
        <translation>Tags, durch Leerzeichen oder Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags the window covers</source>
        <translation>Tags, für die das Fenster gilt</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>e.g. 0 3 * * 0 (Sundays at 03:00)</source>
        <translation>z. B. 0 3 * * 0 (sonntags um 03:00)</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>e.g. 2h or 30m</source>
        <translation>z. B. 2h oder 30m</translation>
    </message>
    <message>
        <source>Duration of each occurrence</source>
        <translation>Dauer jedes Vorkommens</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Die dieses Computers (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation>Cron:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>During a window its monitors do not alert and their checks do not run; pings are kept. Afterwards each is expected afresh.</source>
        <translation>Während eines Fensters lösen seine Monitore keinen Alarm aus und ihre Prüfungen laufen nicht; Pings werden gespeichert. Danach wird jeder neu erwartet.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the window a name.</source>
        <translation>Geben Sie dem Fenster einen Namen.</translation>
    </message>
    <message>
        <source>Tick the monitors it covers, name a tag, or choose every monitor.</source>
        <translation>Haken Sie die Monitore an, für die es gilt, nennen Sie einen Tag oder wählen Sie alle Monitore.</translation>
    </message>
    <message>
        <source>The window ends before it starts: its end must be after its start.</source>
        <translation>Das Fenster endet, bevor es beginnt: Sein Ende muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>The window is already over: its end is in the past.</source>
        <translation>Das Fenster ist schon vorbei: Sein Ende liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Give the cron expression that starts each occurrence.</source>
        <translation>Geben Sie den Cron-Ausdruck an, der jedes Vorkommen beginnen lässt.</translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation>Cron: %1</translation>
    </message>
    <message>
        <source>Give how long each occurrence lasts, like 2h or 30m.</source>
        <translation>Geben Sie an, wie lange jedes Vorkommen dauert, etwa 2h oder 30m.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
</context>
<context>
    <name>uptrack::MaintenanceStrip</name>
    <message>
        <source>Maintenance in the coming two weeks</source>
        <translation>Wartung in den kommenden zwei Wochen</translation>
    </message>
    <message>
        <source>No maintenance in the coming two weeks.</source>
        <translation>Keine Wartung in den kommenden zwei Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance period(s) in the coming two weeks.</source>
        <translation>
            <numerusform>%n Wartungszeitraum in den kommenden zwei Wochen.</numerusform>
            <numerusform>%n Wartungszeiträume in den kommenden zwei Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the coming two weeks</source>
        <translation>nicht in den kommenden zwei Wochen</translation>
    </message>
    <message>
        <source>No maintenance planned in the coming two weeks.</source>
        <translation>Keine Wartung in den kommenden zwei Wochen geplant.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
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
        <translation>Ak&amp;tivität</translation>
    </message>
    <message>
        <source>&amp;Incidents and alerts</source>
        <translation>&amp;Vorfälle und Alarme</translation>
    </message>
    <message>
        <source>Set&amp;up</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>Details of the selected monitor</source>
        <translation>Details des gewählten Monitors</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New monitor</source>
        <translation>Neuer Monitor</translation>
    </message>
    <message>
        <source>e.g. Nightly backup</source>
        <translation>z. B. Nächtliche Sicherung</translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation>aus dem Namen gebildet</translation>
    </message>
    <message>
        <source>The readable part of the slug URL: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der lesbare Teil der Slug-URL: Kleinbuchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>e.g. backup, prod (separated by commas)</source>
        <translation>z. B. backup, prod (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>What the job does, who owns it, what to do when it fails</source>
        <translation>Was der Job tut, wem er gehört, was bei einem Fehlschlag zu tun ist</translation>
    </message>
    <message>
        <source>none (the grace period decides)</source>
        <translation>keine (die Toleranz entscheidet)</translation>
    </message>
    <message>
        <source>A run that started (/start) and has not finished after this long is down (hung).</source>
        <translation>Ein Lauf, der gestartet wurde (/start) und nach dieser Zeit nicht fertig ist, gilt als ausgefallen (hängt).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Max run time:</source>
        <translation>&amp;Maximale Laufzeit:</translation>
    </message>
    <message>
        <source>Max run time: %1</source>
        <translation>Maximale Laufzeit: %1</translation>
    </message>
    <message>
        <source>Heartbeat: the job pings Uptrack</source>
        <translation>Heartbeat: Der Job pingt Uptrack</translation>
    </message>
    <message>
        <source>HTTP(S) check: Uptrack opens a URL</source>
        <translation>HTTP(S)-Prüfung: Uptrack ruft eine URL auf</translation>
    </message>
    <message>
        <source>TCP check: Uptrack connects to a port</source>
        <translation>TCP-Prüfung: Uptrack verbindet sich mit einem Port</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Überwachungsart:</translation>
    </message>
    <message>
        <source>Ping (ICMP) check: a printer, switch or NAS must answer</source>
        <translation>Ping-Prüfung (ICMP): ein Drucker, Switch oder NAS muss antworten</translation>
    </message>
    <message>
        <source>DNS check: a name must resolve</source>
        <translation>DNS-Prüfung: ein Name muss sich auflösen lassen</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Alerting</source>
        <translation>Alarmierung</translation>
    </message>
    <message>
        <source>Misses in a row before down, the shortest run, dependencies, and which channels hear of it when (Ctrl+Tab)</source>
        <translation>Ausfälle in Folge bis „ausgefallen“, der kürzeste Lauf, Abhängigkeiten und welche Kanäle wann davon erfahren (Strg+Tab)</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorHeader</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>State of the selected monitor</source>
        <translation>Zustand des gewählten Monitors</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>no data since %1: Uptrack was not listening</source>
        <translation>keine Daten seit %1: Uptrack hat nicht zugehört</translation>
    </message>
    <message>
        <source>no ping yet: no data</source>
        <translation>noch kein Ping: keine Daten</translation>
    </message>
    <message>
        <source>hung since %1</source>
        <translation>hängt seit %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Uptime: 24 h %1 · 7 d %2 · 30 d %3</source>
        <translation>Verfügbarkeit: 24 h %1 · 7 T %2 · 30 T %3</translation>
    </message>
    <message>
        <source>median run %1</source>
        <translation>mittlerer Lauf %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>last response %1</source>
        <translation>letzte Antwort %1</translation>
    </message>
    <message>
        <source>certificate expires %1 (%2)</source>
        <translation>Zertifikat läuft ab %1 (%2)</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>war fällig %1</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>nächste Fälligkeit %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no channel: nobody is alerted</source>
        <translation>kein Kanal: niemand wird alarmiert</translation>
    </message>
    <message>
        <source>last round trip %1</source>
        <translation>letzte Umlaufzeit %1</translation>
    </message>
    <message>
        <source>last answer in %1</source>
        <translation>letzte Antwort in %1</translation>
    </message>
    <message>
        <source>%1, until %2: no alerts meanwhile</source>
        <translation>%1, bis %2: so lange keine Alarme</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorListPane</name>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Search by name, slug or tag (Ctrl+F)</source>
        <translation>Nach Name, Slug oder Tag suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search monitors</source>
        <translation>Monitore durchsuchen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
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
        <translation>Noch keine anderen Monitore.</translation>
    </message>
    <message>
        <source>No channels yet: add them under Alerts → Channels. Desktop popups still appear.</source>
        <translation>Noch keine Kanäle: Fügen Sie sie unter Alarme → Kanäle hinzu. Desktop-Hinweise erscheinen trotzdem.</translation>
    </message>
    <message>
        <source>Down after this many misses or failures in a row</source>
        <translation>Ausgefallen nach so vielen Ausfällen oder Fehlern in Folge</translation>
    </message>
    <message>
        <source>A job that fails now and then need not page anyone: it is late after each miss, and down only after this many in a row.</source>
        <translation>Ein Job, der ab und zu fehlschlägt, muss niemanden alarmieren: Er ist nach jedem Ausbleiben verspätet und erst nach so vielen in Folge ausgefallen.</translation>
    </message>
    <message numerus="yes">
        <source>missed or failed run(s) in a row</source>
        <translation>
            <numerusform>ausgebliebener oder fehlgeschlagener Lauf in Folge</numerusform>
            <numerusform>ausgebliebene oder fehlgeschlagene Läufe in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Shortest believable run</source>
        <translation>Kürzester glaubwürdiger Lauf</translation>
    </message>
    <message>
        <source>A run (from /start to its success) shorter than this counts as a failure: the backup that finished in 2 seconds did nothing.</source>
        <translation>Ein Lauf (von /start bis zum Erfolg), der kürzer ist, zählt als Fehler: Das Backup, das nach 2 Sekunden fertig war, hat nichts getan.</translation>
    </message>
    <message>
        <source>Monitors this one depends on</source>
        <translation>Monitore, von denen dieser abhängt</translation>
    </message>
    <message>
        <source>While one of these is down, this monitor&apos;s own failures are recorded but not alerted: the parent&apos;s alert names it.</source>
        <translation>Solange einer davon ausgefallen ist, werden die Fehler dieses Monitors aufgezeichnet, aber nicht gemeldet: Der Alarm des übergeordneten Monitors nennt ihn.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>Alarm nach</translation>
    </message>
    <message>
        <source>Channels that hear about this monitor</source>
        <translation>Kanäle, die von diesem Monitor erfahren</translation>
    </message>
    <message>
        <source>Tick the channels that hear about this monitor. A delay (like 30m) escalates: that channel hears of an outage only once it has lasted that long, and of the recovery only if it heard of the outage.</source>
        <translation>Haken Sie die Kanäle an, die von diesem Monitor erfahren. Eine Verzögerung (etwa 30m) eskaliert: Dieser Kanal erfährt von einem Ausfall erst, wenn er so lange angedauert hat, und von der Erholung nur, wenn er vom Ausfall erfahren hat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Empty: at once. Or a delay such as 30m or 2h (at most 7 days).</source>
        <translation>Leer: sofort. Oder eine Verzögerung wie 30m oder 2h (höchstens 7 Tage).</translation>
    </message>
    <message>
        <source>Down a&amp;fter:</source>
        <translation>Ausgefallen na&amp;ch:</translation>
    </message>
    <message>
        <source>M&amp;in run time:</source>
        <translation>Mindestlau&amp;fzeit:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Hängt ab von:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>Min run time: %1</source>
        <translation>Mindestlaufzeit: %1</translation>
    </message>
    <message>
        <source>Delay for %1: %2</source>
        <translation>Verzögerung für %1: %2</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>keine Dauer</translation>
    </message>
</context>
<context>
    <name>uptrack::MonitorTableModel</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message>
        <source>No data since %1: Uptrack was not listening, so nothing is known of that time. Expected again by the next deadline.</source>
        <translation>Keine Daten seit %1: Uptrack hat nicht zugehört, daher ist über diese Zeit nichts bekannt. Wieder erwartet bis zur nächsten Frist.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n pings, oldest on the left: green success, red failure, blue start, grey log. Bar height is the run&apos;s duration.</source>
        <translation>
            <numerusform>Der letzte Ping: grün Erfolg, rot Fehlschlag, blau Start, grau Log. Die Balkenhöhe ist die Laufzeit.</numerusform>
            <numerusform>Die letzten %n Pings, die ältesten links: grün Erfolg, rot Fehlschlag, blau Start, grau Log. Die Balkenhöhe ist die Laufzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Last ping</source>
        <translation>Letzter Ping</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>no pings yet</source>
        <translation>noch keine Pings</translation>
    </message>
    <message>
        <source>%1
No channel: nobody is alerted when it fails. Edit the monitor to give it one.</source>
        <translation>%1
Kein Kanal: niemand wird alarmiert, wenn er ausfällt. Bearbeiten Sie den Monitor, um ihm einen zuzuweisen.</translation>
    </message>
    <message numerus="yes">
        <source>last %n pings: %1 succeeded, %2 failed, %3 starts</source>
        <translation>
            <numerusform>letzter Ping: %1 erfolgreich, %2 fehlgeschlagen, %3 Starts</numerusform>
            <numerusform>letzte %n Pings: %1 erfolgreich, %2 fehlgeschlagen, %3 Starts</numerusform>
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
        <translation>unbekannte Kanalart „%1“</translation>
    </message>
    <message>
        <source>the channel has no %1 in the keychain; remove it and add it again with one</source>
        <translation>Der Kanal hat keine %1 im Schlüsselbund; entfernen Sie ihn und legen Sie ihn mit einer neu an</translation>
    </message>
    <message>
        <source>gave up after %1 attempts over %2: %3</source>
        <translation>nach %1 Versuchen in %2 aufgegeben: %3</translation>
    </message>
    <message>
        <source>No such channel.</source>
        <translation>Kein solcher Kanal.</translation>
    </message>
</context>
<context>
    <name>uptrack::PingLogModel</name>
    <message>
        <source>The body was longer than the cap and was cut when stored.</source>
        <translation>Der Inhalt war länger als die Obergrenze und wurde beim Speichern abgeschnitten.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Exit-Status</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>uptrack::PingLogPanel</name>
    <message>
        <source>&amp;Copy body</source>
        <translation>Inhalt &amp;kopieren</translation>
    </message>
    <message>
        <source>Ping log</source>
        <translation>Ping-Protokoll</translation>
    </message>
    <message>
        <source>Select a ping to see the body it carried (the job&apos;s output).</source>
        <translation>Wählen Sie einen Ping, um den mitgesendeten Inhalt (die Ausgabe des Jobs) zu sehen.</translation>
    </message>
    <message>
        <source>Ping body</source>
        <translation>Ping-Inhalt</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source>Body: %L1 bytes, cut at the cap</source>
        <translation>Inhalt: %L1 Bytes, an der Obergrenze abgeschnitten</translation>
    </message>
    <message>
        <source>Body: %L1 bytes</source>
        <translation>Inhalt: %L1 Bytes</translation>
    </message>
</context>
<context>
    <name>uptrack::RemoteSettingsDialog</name>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>These are the settings of the Uptrack core on %1: what you save here applies there at once and stays after it restarts (options on its command line still win).</source>
        <translation>Dies sind die Einstellungen des Uptrack-Kerns auf %1: Was Sie hier speichern, gilt dort sofort und bleibt nach einem Neustart erhalten (Optionen auf seiner Befehlszeile haben weiterhin Vorrang).</translation>
    </message>
    <message>
        <source>Where the core receives pings (ADDRESS:PORT). Move it with care: jobs and this console must reach the new address.</source>
        <translation>Wo der Kern Pings empfängt (ADRESSE:PORT). Vorsicht beim Ändern: Jobs und diese Konsole müssen die neue Adresse erreichen.</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>How much of a POSTed body (the job&apos;s output) is stored with each ping</source>
        <translation>Wie viel eines per POST gesendeten Inhalts (der Ausgabe des Jobs) mit jedem Ping gespeichert wird</translation>
    </message>
    <message>
        <source> pings per monitor</source>
        <translation> Pings pro Monitor</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Empfangen auf:</translation>
    </message>
    <message>
        <source>Largest ping &amp;body:</source>
        <translation>Größter Ping-&amp;Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Reading the settings from %1…</source>
        <translation>Einstellungen werden von %1 gelesen…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pings go to %1. HTTPS: %2. History kept %3 days. Database: %4. Secrets: %5. Uptrack %6.</source>
        <translation>Pings gehen an %1. HTTPS: %2. Verlauf wird %3 Tage aufbewahrt. Datenbank: %4. Geheimnisse: %5. Uptrack %6.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Saving on %1…</source>
        <translation>Wird auf %1 gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>uptrack::ReportDialog</name>
    <message>
        <source>&amp;All monitors</source>
        <translation>&amp;Alle Monitore</translation>
    </message>
    <message>
        <source>Monitors &amp;tagged</source>
        <translation>Monitore mit dem &amp;Tag</translation>
    </message>
    <message>
        <source>&amp;These monitors:</source>
        <translation>&amp;Diese Monitore:</translation>
    </message>
    <message>
        <source>Include &amp;excerpts of the failing jobs&apos; output</source>
        <translation>Aus&amp;züge aus der Ausgabe fehlgeschlagener Jobs aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is written</source>
        <translation>Den Bericht nach dem Schreiben &amp;öffnen</translation>
    </message>
    <message>
        <source>Export incident report</source>
        <translation>Vorfallsbericht exportieren</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Times are in %1; the end is not included.</source>
        <translation>Zeiten in %1; das Ende gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Monitors in the report</source>
        <translation>Monitore im Bericht</translation>
    </message>
    <message>
        <source>PDF (to send or print)</source>
        <translation>PDF (zum Versenden oder Drucken)</translation>
    </message>
    <message>
        <source>HTML (a web page)</source>
        <translation>HTML (eine Webseite)</translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON (for scripts)</source>
        <translation>JSON (für Skripte)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Tick at least one monitor, or choose all monitors.</source>
        <translation>Kreuzen Sie mindestens einen Monitor an oder wählen Sie alle Monitore.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lese den Verlauf…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Schreibe die Datei…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>End of the period (not included)</source>
        <translation>Ende des Zeitraums (nicht enthalten)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Building the report on %1…</source>
        <translation>Der Bericht wird auf %1 erstellt…</translation>
    </message>
    <message>
        <source>Receiving the report from %1…</source>
        <translation>Der Bericht wird von %1 empfangen…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>uptrack::ScheduleEditor</name>
    <message>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Simple: every period</source>
        <translation>&amp;Einfach: jedes Intervall</translation>
    </message>
    <message>
        <source>C&amp;ron expression</source>
        <translation>C&amp;ron-Ausdruck</translation>
    </message>
    <message>
        <source>e.g. 1h, 30m, 1d</source>
        <translation>z. B. 1h, 30m, 1d</translation>
    </message>
    <message>
        <source>e.g. 5m</source>
        <translation>z. B. 5m</translation>
    </message>
    <message>
        <source>How long after the expected time the job may still report before it is down.</source>
        <translation>Wie lange nach der erwarteten Zeit sich der Job noch melden darf, bevor er als ausgefallen gilt.</translation>
    </message>
    <message>
        <source>e.g. 0 2 * * *</source>
        <translation>z. B. 0 2 * * *</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week — the same line as in the crontab; @daily and friends work too.</source>
        <translation>Fünf Felder: Minute, Stunde, Tag des Monats, Monat, Wochentag — dieselbe Zeile wie in der Crontab; @daily und Verwandte gehen auch.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Period presets</source>
        <translation>Vorlagen für das Intervall</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>A&amp;usdruck:</translation>
    </message>
    <message>
        <source>Cron expression presets</source>
        <translation>Vorlagen für Cron-Ausdrücke</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <source>&amp;Grace:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Grace presets</source>
        <translation>Vorlagen für die Toleranz</translation>
    </message>
    <message>
        <source>Grace: %1</source>
        <translation>Toleranz: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Intervall: %1</translation>
    </message>
</context>
<context>
    <name>uptrack::SettingsDialog</name>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>&amp;Launch at login</source>
        <translation>Bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>How much of a POSTed body (the job&apos;s output) is stored with each ping; the rest is cut off.</source>
        <translation>Wie viel vom Inhalt eines POST (der Ausgabe des Jobs) mit jedem Ping gespeichert wird; der Rest wird abgeschnitten.</translation>
    </message>
    <message>
        <source> pings per monitor</source>
        <translation> Pings je Monitor</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>Auf diesem Desktop gibt es keinen Infobereich.</translation>
    </message>
    <message>
        <source>Ping key</source>
        <translation>Ping-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Neu erzeugen…</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>Empfangen &amp;auf:</translation>
    </message>
    <message>
        <source>&amp;Body cap:</source>
        <translation>&amp;Inhaltsgrenze:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>Ping &amp;key:</source>
        <translation>Ping-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key in readable ping URLs (/ping/KEY/slug). Regenerating it stops every slug URL in use.</source>
        <translation>Der Schlüssel in lesbaren Ping-URLs (/ping/SCHLÜSSEL/slug). Ein neuer Schlüssel legt jede verwendete Slug-URL still.</translation>
    </message>
    <message>
        <source>Regenerate the ping key?</source>
        <translation>Den Ping-Schlüssel neu erzeugen?</translation>
    </message>
    <message>
        <source>Every job that pings a readable URL (/ping/KEY/slug) will get &quot;not found&quot; until its URL is updated. Jobs that use the token URLs are not affected.</source>
        <translation>Jeder Job, der eine lesbare URL (/ping/SCHLÜSSEL/slug) anpingt, erhält „nicht gefunden“, bis seine URL angepasst ist. Jobs mit Token-URLs sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Start Uptrack in the tray when you log in to this desktop.</source>
        <translation>Uptrack im Infobereich starten, wenn Sie sich an diesem Desktop anmelden.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect the next time Uptrack starts.</source>
        <translation>Wirkt ab dem nächsten Start von Uptrack.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Where jobs send pings: ADDRESS:PORT, or :PORT for every network interface (the default, :%1).</source>
        <translation>Wohin Jobs Pings senden: ADRESSE:PORT, oder :PORT für alle Netzwerkschnittstellen (der Standard, :%1).</translation>
    </message>
    <message>
        <source>&amp;API keys…</source>
        <translation>AP&amp;I-Schlüssel…</translation>
    </message>
    <message>
        <source>Keys for scripts and tools that use the management API, and the HTTPS certificate&apos;s fingerprint.</source>
        <translation>Schlüssel für Skripte und Werkzeuge, die die Verwaltungs-API nutzen, und der Fingerabdruck des HTTPS-Zertifikats.</translation>
    </message>
    <message>
        <source>Management API:</source>
        <translation>Verwaltungs-API:</translation>
    </message>
    <message>
        <source>https://hc-ping.com/… or http://other-box:8470/ping/…</source>
        <translation>https://hc-ping.com/… oder http://anderer-rechner:8470/ping/…</translation>
    </message>
    <message>
        <source>Watch the watcher: Uptrack pings this URL (another Uptrack, or Healthchecks.io) while it listens, so that one alerts you when this computer is asleep, off or cut off. Empty: no self-ping.</source>
        <translation>Den Wächter bewachen: Uptrack pingt diese URL (ein anderes Uptrack oder Healthchecks.io), solange es zuhört, damit jenes Sie alarmiert, wenn dieser Rechner schläft, aus ist oder keine Verbindung hat. Leer: kein Selbst-Ping.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Self-ping interval</source>
        <translation>Selbst-Ping-Intervall</translation>
    </message>
    <message>
        <source>&amp;Self-ping:</source>
        <translation>&amp;Selbst-Ping:</translation>
    </message>
    <message>
        <source>Keep this computer a&amp;wake while jobs are due</source>
        <translation>Diesen Rechner &amp;wach halten, solange Jobs fällig sind</translation>
    </message>
    <message>
        <source>From a few minutes before a job&apos;s deadline until its ping comes or its grace runs out, this computer may not go to sleep: its pings are heard. Only then, never all night; jobs every few minutes do not count. Needs logind (systemd).</source>
        <translation>Von einigen Minuten vor der Frist eines Jobs, bis sein Ping kommt oder seine Karenz abläuft, darf dieser Rechner nicht schlafen: seine Pings werden gehört. Nur dann, nie die ganze Nacht; Jobs alle paar Minuten zählen nicht. Braucht logind (systemd).</translation>
    </message>
</context>
<context>
    <name>uptrack::SetupPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Select a monitor to see how its job reports in.</source>
        <translation>Wählen Sie einen Monitor, um zu sehen, wie sich sein Job meldet.</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;%1&lt;/b&gt; report in: add one request at the end of the job. Uptrack alerts when it does not come on time. Append &lt;tt&gt;/start&lt;/tt&gt; when the job begins to time runs, &lt;tt&gt;/fail&lt;/tt&gt; or &lt;tt&gt;/&amp;lt;exit status&amp;gt;&lt;/tt&gt; to report failures.</source>
        <translation>So meldet sich &lt;b&gt;%1&lt;/b&gt;: Fügen Sie am Ende des Jobs eine Anfrage hinzu. Uptrack alarmiert, wenn sie nicht rechtzeitig kommt. Hängen Sie &lt;tt&gt;/start&lt;/tt&gt; an, wenn der Job beginnt, um Läufe zu messen, und &lt;tt&gt;/fail&lt;/tt&gt; oder &lt;tt&gt;/&amp;lt;Exit-Status&amp;gt;&lt;/tt&gt;, um Fehlschläge zu melden.</translation>
    </message>
    <message>
        <source>Ping URL</source>
        <translation>Ping-URL</translation>
    </message>
    <message>
        <source>Readable ping URL (by slug)</source>
        <translation>Lesbare Ping-URL (per Slug)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: Uptrack itself connects to &lt;tt&gt;%2&lt;/tt&gt; every %3 and keeps each result. Nothing needs to be set up on that machine; make sure this computer can reach it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist eine Prüfung: Uptrack verbindet sich selbst alle %3 mit &lt;tt&gt;%2&lt;/tt&gt; und bewahrt jedes Ergebnis auf. Auf jenem Rechner ist nichts einzurichten; sorgen Sie dafür, dass dieser Computer ihn erreicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: Uptrack itself pings &lt;tt&gt;%2&lt;/tt&gt; (%3 ICMP echo requests) every %4 and keeps each result. Nothing needs to be set up on that machine, but it must answer ping, and this computer must allow unprivileged ICMP sockets: if every run fails naming &lt;tt&gt;net.ipv4.ping_group_range&lt;/tt&gt;, run &lt;tt&gt;sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot;&lt;/tt&gt; and keep that line in &lt;tt&gt;/etc/sysctl.d/&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist eine Prüfung: Uptrack selbst pingt &lt;tt&gt;%2&lt;/tt&gt; (%3 ICMP-Echo-Anfragen) alle %4 an und behält jedes Ergebnis. Auf jenem Gerät ist nichts einzurichten, aber es muss auf Ping antworten, und dieser Computer muss unprivilegierte ICMP-Sockets erlauben: Scheitert jeder Lauf mit Verweis auf &lt;tt&gt;net.ipv4.ping_group_range&lt;/tt&gt;, führen Sie &lt;tt&gt;sudo sysctl -w net.ipv4.ping_group_range=&quot;0 2147483647&quot;&lt;/tt&gt; aus und behalten diese Zeile in &lt;tt&gt;/etc/sysctl.d/&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: every %4 Uptrack asks this computer&apos;s resolver for the %3 record of &lt;tt&gt;%2&lt;/tt&gt; and keeps each answer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist eine Prüfung: Alle %4 fragt Uptrack den Resolver dieses Computers nach dem %3-Eintrag von &lt;tt&gt;%2&lt;/tt&gt; und behält jede Antwort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a check: every %4 Uptrack asks the name server &lt;tt&gt;%5&lt;/tt&gt; (port 53) for the %3 record of &lt;tt&gt;%2&lt;/tt&gt; and keeps each answer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist eine Prüfung: Alle %4 fragt Uptrack den Nameserver &lt;tt&gt;%5&lt;/tt&gt; (Port 53) nach dem %3-Eintrag von &lt;tt&gt;%2&lt;/tt&gt; und behält jede Antwort.</translation>
    </message>
</context>
<context>
    <name>uptrack::StatusIndicators</name>
    <message>
        <source>Listening at %1</source>
        <translation>Empfängt unter %1</translation>
    </message>
    <message>
        <source>⚠ Not listening for pings</source>
        <translation>⚠ Es werden keine Pings empfangen</translation>
    </message>
    <message>
        <source>%L1 pings/min</source>
        <translation>%L1 Pings/min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitor(s): %1 down, %2 late</source>
        <translation>
            <numerusform>%Ln Monitor: %1 ausgefallen, %2 verspätet</numerusform>
            <numerusform>%Ln Monitore: %1 ausgefallen, %2 verspätet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uptrack::StatusSidebar</name>
    <message>
        <source>Filter by status</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Alle Monitore</translation>
    </message>
    <message>
        <source>All monitors (%1)</source>
        <translation>Alle Monitore (%1)</translation>
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
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Zoom out to the whole range (Home)</source>
        <translation>Auf den ganzen Zeitraum herauszoomen (Pos1)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lese den Verlauf…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ping(s)</source>
        <translation>
            <numerusform>%Ln Ping</numerusform>
            <numerusform>%Ln Pings</numerusform>
        </translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>ausgefallen %1</translation>
    </message>
    <message>
        <source>no data %1</source>
        <translation>keine Daten %1</translation>
    </message>
</context>
<context>
    <name>uptrack::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Pings, runs, down periods and times without data. Wheel or +/- to zoom, drag or arrow keys to scroll, Home to see all.</source>
        <translation>Pings, Läufe, Ausfälle und Zeiten ohne Daten. Mausrad oder +/- zum Zoomen, Ziehen oder Pfeiltasten zum Blättern, Pos1 zeigt alles.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Run took %1</source>
        <translation>Lauf dauerte %1</translation>
    </message>
    <message>
        <source>Click to show it in the ping log.</source>
        <translation>Klicken, um ihn im Ping-Protokoll zu zeigen.</translation>
    </message>
    <message>
        <source>Run from %1 to %2 (%3)</source>
        <translation>Lauf von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>No data from %1 to %2 (%3): Uptrack was not listening, so pings sent then were not received.</source>
        <translation>Keine Daten von %1 bis %2 (%3): Uptrack hat nicht zugehört, daher wurden damals gesendete Pings nicht empfangen.</translation>
    </message>
    <message>
        <source>Down from %1 to %2 (%3)</source>
        <translation>Ausgefallen von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Response time %1</source>
        <translation>Antwortzeit %1</translation>
    </message>
</context>
<context>
    <name>uptrack::TrayIcon</name>
    <message>
        <source>Open Uptrack</source>
        <translation>Uptrack öffnen</translation>
    </message>
    <message>
        <source>Snooze popups for 1 hour</source>
        <translation>Popups für 1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Uptrack</source>
        <translation>Uptrack</translation>
    </message>
    <message>
        <source>Uptrack — %1 down, %2 late, %3 up, %4 paused</source>
        <translation>Uptrack — %1 ausgefallen, %2 verspätet, %3 OK, %4 pausiert</translation>
    </message>
    <message>
        <source>Popups snoozed until %1 (click to resume)</source>
        <translation>Popups stumm bis %1 (zum Fortsetzen klicken)</translation>
    </message>
    <message>
        <source>popups snoozed until %1</source>
        <translation>Popups stumm bis %1</translation>
    </message>
    <message>
        <source>no system tray: shown in the console window</source>
        <translation>kein Infobereich: im Konsolenfenster gezeigt</translation>
    </message>
    <message>
        <source>shown in the tray</source>
        <translation>im Infobereich gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation>Ausgefallen: %1</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n in Wartung</numerusform>
            <numerusform>%n in Wartung</numerusform>
        </translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Für 4 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow 08:00</source>
        <translation>Bis morgen 08:00</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Alerts muted until %1</source>
        <translation>Alarme stumm bis %1</translation>
    </message>
    <message>
        <source>Muted: %1</source>
        <translation>Stumm: %1</translation>
    </message>
    <message>
        <source>M&amp;ute alerts</source>
        <translation>Alarme &amp;stummschalten</translation>
    </message>
    <message>
        <source>Alerts m&amp;uted until %1</source>
        <translation>Alarme &amp;stumm bis %1</translation>
    </message>
</context>
</TS>
