<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSession</name>
    <message>
        <source>Clockodo did not accept this e-mail address and API key. Use the e-mail address you sign in to Clockodo with, and copy the API key again: it may have been changed or revoked.</source>
        <translation>Clockodo hat diese E-Mail-Adresse und diesen API-Schlüssel nicht akzeptiert. Verwenden Sie die E-Mail-Adresse, mit der Sie sich bei Clockodo anmelden, und kopieren Sie den API-Schlüssel erneut: Er wurde möglicherweise geändert oder widerrufen.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached. Check your internet connection and, under Advanced, the API address.</source>
        <translation>Clockodo ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und unter „Erweitert“ die API-Adresse.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time. Check your internet connection and try again.</source>
        <translation>Clockodo hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Clockodo has received too many requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Clockodo hat zu viele Anfragen erhalten. Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Clockodo hat zu viele Anfragen erhalten. Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clockodo has received too many requests. Wait a minute and try again.</source>
        <translation>Clockodo hat zu viele Anfragen erhalten. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Clockodo has a problem right now (server error %1). Try again later.</source>
        <translation>Bei Clockodo gibt es gerade ein Problem (Serverfehler %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Clockodo refused access for this account. Ask your Clockodo administrator whether your account may use the API.</source>
        <translation>Clockodo hat den Zugriff für dieses Konto verweigert. Fragen Sie Ihren Clockodo-Administrator, ob Ihr Konto die API nutzen darf.</translation>
    </message>
    <message>
        <source>The answer did not come from the Clockodo API. Check the API address under Advanced.</source>
        <translation>Die Antwort stammt nicht von der Clockodo-API. Prüfen Sie die API-Adresse unter „Erweitert“.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your Clockodo account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Clockodo-Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your Clockodo API key.</source>
        <translation>Geben Sie Ihren Clockodo-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// only for this computer).</source>
        <translation>Die API-Adresse muss mit https:// beginnen (einfaches http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <source>You can still sign in: the API key is then kept in memory only until you quit clockodo-desktop, and asked for again at the next start.</source>
        <translation>Sie können sich trotzdem anmelden: Der API-Schlüssel wird dann nur bis zum Beenden von clockodo-desktop im Arbeitsspeicher gehalten und beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>You stay signed in: the API key is kept in memory only until you quit clockodo-desktop, and asked for again at the next start.</source>
        <translation>Sie bleiben angemeldet: Der API-Schlüssel wird nur bis zum Beenden von clockodo-desktop im Arbeitsspeicher gehalten und beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be removed from the system keychain. %2 You can delete the entry “%3” with your keyring tool.</source>
        <translation>Der API-Schlüssel von %1 konnte nicht aus dem Schlüsselbund des Systems entfernt werden. %2 Sie können den Eintrag „%3“ mit Ihrer Schlüsselbundverwaltung löschen.</translation>
    </message>
</context>
<context>
    <name>ActivitySettingsPage</name>
    <message>
        <source>Idle and lock</source>
        <translation>Abwesenheit und Sperre</translation>
    </message>
    <message>
        <source>&amp;Ask what to do with time away while a clock runs</source>
        <translation>Bei Abwesenheit mit laufender Stoppuhr &amp;nachfragen</translation>
    </message>
    <message>
        <source>Away after:</source>
        <translation>Abwesend nach:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Away after (minutes)</source>
        <translation>Abwesend nach (Minuten)</translation>
    </message>
    <message>
        <source>Stop the clock when the screen &amp;locks</source>
        <translation>Stoppuhr anhalten, wenn der Bildschirm &amp;gesperrt wird</translation>
    </message>
    <message>
        <source>Stop the clock when the computer &amp;suspends</source>
        <translation>Stoppuhr anhalten, wenn der Computer in den &amp;Ruhezustand geht</translation>
    </message>
    <message>
        <source>Stop the clock when the computer shuts &amp;down</source>
        <translation>Stoppuhr anhalten, wenn der Computer &amp;herunterfährt</translation>
    </message>
    <message>
        <source>Idle time source: not checked yet</source>
        <translation>Quelle der Leerlaufzeit: noch nicht geprüft</translation>
    </message>
    <message>
        <source>Idle time source: none found. The question about time away cannot be asked here.</source>
        <translation>Quelle der Leerlaufzeit: nichts gefunden. Die Frage nach der Abwesenheit kann hier nicht gestellt werden.</translation>
    </message>
    <message>
        <source>Idle time source: %1</source>
        <translation>Quelle der Leerlaufzeit: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Not signed in to Clockodo.</source>
        <translation>Nicht bei Clockodo angemeldet.</translation>
    </message>
    <message>
        <source>The contact e-mail address is missing or too long for Clockodo&apos;s limit of %1 characters. Set a shorter one in Settings.</source>
        <translation>Die Kontakt-E-Mail-Adresse fehlt oder überschreitet Clockodos Grenze von %1 Zeichen. Legen Sie in den Einstellungen eine kürzere fest.</translation>
    </message>
    <message>
        <source>The Clockodo address is not allowed.</source>
        <translation>Die Clockodo-Adresse ist nicht zulässig.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
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
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Clockodo did not accept the e-mail address and API key. Check them in your Clockodo profile.</source>
        <translation>Clockodo hat E-Mail-Adresse und API-Schlüssel nicht akzeptiert. Prüfen Sie beides in Ihrem Clockodo-Profil.</translation>
    </message>
    <message>
        <source>Your Clockodo account is not allowed to do this.</source>
        <translation>Ihr Clockodo-Konto hat dafür keine Berechtigung.</translation>
    </message>
    <message>
        <source>Clockodo no longer knows this item; it may have been deleted elsewhere.</source>
        <translation>Clockodo kennt diesen Datensatz nicht mehr; vielleicht wurde er anderswo gelöscht.</translation>
    </message>
    <message>
        <source>The item was changed elsewhere in the meantime.</source>
        <translation>Der Datensatz wurde inzwischen anderswo geändert.</translation>
    </message>
    <message>
        <source>Clockodo rejected the input.</source>
        <translation>Clockodo hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>Clockodo rejected the input (%1).</source>
        <translation>Clockodo hat die Eingabe abgelehnt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to Clockodo. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen an Clockodo. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen an Clockodo. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to Clockodo. Try again in a moment.</source>
        <translation>Zu viele Anfragen an Clockodo. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Clockodo has a problem (HTTP %1). Try again later.</source>
        <translation>Bei Clockodo ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cannot reach Clockodo. Check your internet connection.</source>
        <translation>Clockodo ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time.</source>
        <translation>Clockodo hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Clockodo sent an answer this version cannot read.</source>
        <translation>Clockodo hat eine Antwort gesendet, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>The connection settings are invalid.</source>
        <translation>Die Verbindungseinstellungen sind ungültig.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Certificate not accepted</source>
        <translation>Zertifikat nicht akzeptiert</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Not signed in: no Clockodo account is set up here. Sign in with clockodo-desktop first.</source>
        <translation>Nicht angemeldet: Hier ist kein Clockodo-Konto eingerichtet. Melden Sie sich zuerst in clockodo-desktop an.</translation>
    </message>
    <message>
        <source>The secure connection to Clockodo failed: the server&apos;s certificate was not accepted. Check the API address, the computer&apos;s date and time, and whether a proxy intercepts the connection.</source>
        <translation>Die sichere Verbindung zu Clockodo ist fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert. Prüfen Sie die API-Adresse, Datum und Uhrzeit des Computers und ob ein Proxy die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>The Clockodo address redirected to another server. The redirect was not followed, so that your API key stays with Clockodo; check the API address.</source>
        <translation>Die Clockodo-Adresse leitete auf einen anderen Server weiter. Der Weiterleitung wurde nicht gefolgt, damit Ihr API-Schlüssel bei Clockodo bleibt; prüfen Sie die API-Adresse.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>clockodo-desktop</source>
        <translation>clockodo-desktop</translation>
    </message>
    <message>
        <source>The demo server could not be started.</source>
        <translation>Der Demo-Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Waiting to upload…</source>
        <translation>Wartet auf Upload…</translation>
    </message>
    <message>
        <source>Simulate offline (demo)</source>
        <translation>Offline simulieren (Demo)</translation>
    </message>
</context>
<context>
    <name>ClockActions</name>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Stoppuhr</translation>
    </message>
    <message>
        <source>S&amp;witch task…</source>
        <translation>Aufgabe &amp;wechseln…</translation>
    </message>
    <message>
        <source>C&amp;ontinue this task</source>
        <translation>Diese Aufgabe f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>&amp;Stop the clock</source>
        <translation>Stoppuhr &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Start the clock…</source>
        <translation>Stoppuhr &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Continue last task</source>
        <translation>&amp;Letzte Aufgabe fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Unpin this task</source>
        <translation>Aufgabe nicht mehr an&amp;heften</translation>
    </message>
    <message>
        <source>&amp;Pin this task to the tray menu</source>
        <translation>Aufgabe im Infobereich-Menü an&amp;heften</translation>
    </message>
</context>
<context>
    <name>CommandLineClient</name>
    <message>
        <source>The Clockodo address is not allowed.</source>
        <translation>Die Clockodo-Adresse ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Not signed in to Clockodo. Start clockodo-desktop to sign in.</source>
        <translation>Nicht bei Clockodo angemeldet. Starten Sie clockodo-desktop, um sich anzumelden.</translation>
    </message>
    <message>
        <source>No API key is stored. Start clockodo-desktop to sign in.</source>
        <translation>Es ist kein API-Schlüssel gespeichert. Starten Sie clockodo-desktop, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation>Der API-Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Print what the clock does (one line) and exit.</source>
        <translation>Den Zustand der Stoppuhr (eine Zeile) ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Die Antwort als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Start the clock: on recent task [N] (1 = newest), or on --customer, --service (and --project, --text).</source>
        <translation>Die Stoppuhr starten: mit der zuletzt verwendeten Aufgabe [N] (1 = neueste) oder mit --customer, --service (und --project, --text).</translation>
    </message>
    <message>
        <source>Stop the running clock.</source>
        <translation>Die laufende Stoppuhr anhalten.</translation>
    </message>
    <message>
        <source>Stop the running clock, or continue the last task.</source>
        <translation>Die laufende Stoppuhr anhalten oder die letzte Aufgabe fortsetzen.</translation>
    </message>
    <message>
        <source>Customer id for --start.</source>
        <translation>Kunden-ID für --start.</translation>
    </message>
    <message>
        <source>Project id for --start.</source>
        <translation>Projekt-ID für --start.</translation>
    </message>
    <message>
        <source>Service id for --start.</source>
        <translation>Leistungs-ID für --start.</translation>
    </message>
    <message>
        <source>Description for --start.</source>
        <translation>Beschreibung für --start.</translation>
    </message>
    <message>
        <source>Use only one of --status, --start, --stop and --toggle.</source>
        <translation>Verwenden Sie nur eine der Optionen --status, --start, --stop und --toggle.</translation>
    </message>
    <message>
        <source>--customer, --project, --service and --text only go with --start.</source>
        <translation>--customer, --project, --service und --text gehen nur zusammen mit --start.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--json goes with --status, --start, --stop or --toggle.</source>
        <translation>--json geht nur zusammen mit --status, --start, --stop oder --toggle.</translation>
    </message>
    <message>
        <source>--start takes the number of a recent task (1 = newest).</source>
        <translation>--start erwartet die Nummer einer zuletzt verwendeten Aufgabe (1 = neueste).</translation>
    </message>
    <message>
        <source>Start either a recent task by number or a task by --customer and --service.</source>
        <translation>Starten Sie entweder eine zuletzt verwendete Aufgabe per Nummer oder eine Aufgabe per --customer und --service.</translation>
    </message>
    <message>
        <source>Ids are positive whole numbers.</source>
        <translation>IDs sind positive ganze Zahlen.</translation>
    </message>
    <message>
        <source>--start needs a recent task number, or --customer and --service.</source>
        <translation>--start benötigt die Nummer einer zuletzt verwendeten Aufgabe oder --customer und --service.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unbekannter Befehl.</translation>
    </message>
    <message>
        <source>Not ready.</source>
        <translation>Nicht bereit.</translation>
    </message>
    <message>
        <source>No command.</source>
        <translation>Kein Befehl.</translation>
    </message>
    <message>
        <source>The clock could not be read: %1</source>
        <translation>Die Stoppuhr konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Es läuft keine Stoppuhr.</translation>
    </message>
    <message>
        <source>There is no recent task %1 (there are %2).</source>
        <translation>Es gibt keine zuletzt verwendete Aufgabe %1 (es gibt %2).</translation>
    </message>
    <message>
        <source>The recent tasks could not be read: %1</source>
        <translation>Die zuletzt verwendeten Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <extracomment>the clock&apos;s state printed by &quot;clockodo-desktop --status&quot;</extracomment>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>task, elapsed</comment>
        <extracomment>&quot;clockodo-desktop --status&quot; while the clock runs: the task, two spaces, the elapsed time &quot;1:23:45&quot;</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>The signed-in account changed before the command was done; nothing was done.</source>
        <translation>Das angemeldete Konto hat gewechselt, bevor der Befehl ausgeführt war; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time; the clock may have changed. Check with --status.</source>
        <translation>Clockodo hat nicht rechtzeitig geantwortet; die Stoppuhr hat sich vielleicht geändert. Prüfen Sie es mit --status.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time; nothing was done.</source>
        <translation>Clockodo hat nicht rechtzeitig geantwortet; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>The customers and services could not be loaded: %1</source>
        <translation>Die Kunden und Leistungen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>CorrectClockDialog</name>
    <message>
        <source>Start at %1 instead</source>
        <translation>Stattdessen um %1 beginnen</translation>
    </message>
    <message>
        <source>Edit running clock</source>
        <translation>Laufende Stoppuhr bearbeiten</translation>
    </message>
    <message>
        <source>S&amp;tarted at:</source>
        <translation>&amp;Gestartet um:</translation>
    </message>
    <message>
        <source>−15 min</source>
        <translation>−15 min</translation>
    </message>
    <message>
        <source>−5 min</source>
        <translation>−5 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Start 15 minutes earlier</source>
        <translation>15 Minuten früher beginnen</translation>
    </message>
    <message>
        <source>Start 5 minutes earlier</source>
        <translation>5 Minuten früher beginnen</translation>
    </message>
    <message>
        <source>Start 5 minutes later</source>
        <translation>5 Minuten später beginnen</translation>
    </message>
    <message>
        <source>Elapsed with this start: %1</source>
        <translation>Dauer mit diesem Beginn: %1</translation>
    </message>
    <message>
        <source>This clock no longer runs.</source>
        <translation>Diese Stoppuhr läuft nicht mehr.</translation>
    </message>
    <message>
        <source>The start must not lie in the future.</source>
        <translation>Der Beginn darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The start %1 was saved as entered and overlaps your previous entry. The earliest start without overlap is %2.</source>
        <extracomment>%1 is the start just saved, %2 the earliest start without overlap</extracomment>
        <translation>Der Beginn %1 wurde wie eingegeben gespeichert und überschneidet sich mit Ihrem vorherigen Eintrag. Der früheste Beginn ohne Überschneidung ist %2.</translation>
    </message>
    <message>
        <source>The start %1 was saved as entered and overlaps your previous entry.</source>
        <translation>Der Beginn %1 wurde wie eingegeben gespeichert und überschneidet sich mit Ihrem vorherigen Eintrag.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available, so the API key cannot be stored securely. Make sure that a keyring service (such as GNOME Keyring or KWallet) is installed and running.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann der API-Schlüssel nicht sicher gespeichert werden. Stellen Sie sicher, dass ein Schlüsselbunddienst (etwa GNOME Keyring oder KWallet) installiert ist und läuft.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for its password.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet. Vielleicht ist er gesperrt und wartet auf sein Passwort.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keyring and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request.</source>
        <translation>Der Schlüsselbund des Systems konnte die Anfrage nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>CsvOptionsDialog</name>
    <message>
        <source>CSV options</source>
        <translation>CSV-Optionen</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Komma (1,5)</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Punkt (1.5)</translation>
    </message>
    <message>
        <source>German and French spreadsheets expect a semicolon and a decimal comma; English ones a comma and a decimal point.</source>
        <translation>Deutsche und französische Tabellenkalkulationen erwarten ein Semikolon und ein Dezimalkomma, englische ein Komma und einen Dezimalpunkt.</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Dezimalzeichen:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>QLocale date pattern for a day row and an entry&apos;s date: short weekday, day, short month. German: ddd d. MMM</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>QLocale date pattern for a day in tooltips: long weekday, day, long month. German: dddd, d. MMMM</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <extracomment>QLocale date pattern under a bar of the hours chart: short weekday and day. German: ddd d.</extracomment>
        <translation>ddd d.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>QLocale date pattern for the start of a range in the same year: day and short month. German: d. MMM</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QLocale date pattern for a date with year: day, short month, year. German: d. MMM yyyy</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Week %1, %2</source>
        <extracomment>%1 is the week number, %2 the days, e.g. &quot;Week 48, 23–29 Nov 2026&quot;</extracomment>
        <translation>KW %1, %2</translation>
    </message>
    <message>
        <source>No entries on this day — start the clock or press Ins</source>
        <translation>Keine Einträge an diesem Tag – starten Sie die Stoppuhr oder drücken Sie Einfg</translation>
    </message>
    <message>
        <source>No entries this week — start the clock or press Ins</source>
        <translation>Keine Einträge in dieser Woche – starten Sie die Stoppuhr oder drücken Sie Einfg</translation>
    </message>
    <message>
        <source>No entries this month — start the clock or press Ins</source>
        <translation>Keine Einträge in diesem Monat – starten Sie die Stoppuhr oder drücken Sie Einfg</translation>
    </message>
    <message>
        <source>No entries in this period — start the clock or press Ins</source>
        <translation>Keine Einträge in diesem Zeitraum – starten Sie die Stoppuhr oder drücken Sie Einfg</translation>
    </message>
</context>
<context>
    <name>DayGroupProxyModel</name>
    <message>
        <source>%1 · today</source>
        <extracomment>a day header of the entry table when the day is today: &quot;Monday, 30 November 2026 · today&quot;</extracomment>
        <translation>%1 · heute</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>a day&apos;s total in the header row of the entry table, hours:minutes: &quot;7:45 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a day header of the entry table: &quot;Monday, 23 November 2026 — 7:45 h&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DayTotalsModel</name>
    <message>
        <source>%1 h</source>
        <extracomment>decimal hours, e.g. &quot;6.75 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1: %2 hours</source>
        <extracomment>e.g. &quot;Monday 23 November: 6:45 hours&quot;</extracomment>
        <translation>%1: %2 Stunden</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>%1 h worked, %2 h booked</source>
        <extracomment>a day or range whose entries overlap: &quot;9:00 h worked, 10:00 h booked&quot;</extracomment>
        <translation>%1 h gearbeitet, %2 h gebucht</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message numerus="yes">
        <source>Delete %n entries?</source>
        <translation>
            <numerusform>%n Eintrag löschen?</numerusform>
            <numerusform>%n Einträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Undo (%1) right after brings them back as new entries.</source>
        <extracomment>%1 is the shortcut of Undo (Ctrl+Z)</extracomment>
        <translation>
            <numerusform>Rückgängig (%1) holt ihn gleich danach als neuen Eintrag zurück.</numerusform>
            <numerusform>Rückgängig (%1) holt sie gleich danach als neue Einträge zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>A running clock entry cannot be brought back once deleted.</source>
        <translation>Ein laufender Stoppuhr-Eintrag lässt sich nach dem Löschen nicht zurückholen.</translation>
    </message>
    <message>
        <source>Undo (%1) right after brings them back as new entries, except the running clock entry.</source>
        <extracomment>%1 is the shortcut of Undo (Ctrl+Z)</extracomment>
        <translation>Rückgängig (%1) holt sie gleich danach als neue Einträge zurück, außer dem laufenden Stoppuhr-Eintrag.</translation>
    </message>
</context>
<context>
    <name>EntryEditDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Save &amp;mine anyway</source>
        <translation>Meine Version trot&amp;zdem speichern</translation>
    </message>
    <message>
        <source>Discard mine, load the ne&amp;wer version</source>
        <translation>Meine verwerfen, &amp;neuere Version laden</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Time entry</source>
        <translation>Zeiteintrag</translation>
    </message>
    <message>
        <source>Lump-sum value</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <source>Lump-sum service</source>
        <translation>Pauschalleistung</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn (Uhrzeit)</translation>
    </message>
    <message>
        <source>For example 9, 930, 9:30, 21:30 or 9pm</source>
        <translation>Zum Beispiel 9, 930, 9:30 oder 21:30</translation>
    </message>
    <message>
        <source>e.g. 9:30</source>
        <translation>z. B. 9:30</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ende (Uhrzeit)</translation>
    </message>
    <message>
        <source>For example 17:00, 1730, or +15m after the start</source>
        <translation>Zum Beispiel 17:00, 1730 oder +15m nach dem Beginn</translation>
    </message>
    <message>
        <source>e.g. 17:00 or +1h</source>
        <translation>z. B. 17:00 oder +1h</translation>
    </message>
    <message>
        <source>Ends the &amp;next day</source>
        <translation>Endet am &amp;Folgetag</translation>
    </message>
    <message>
        <source>Ends the next day</source>
        <translation>Endet am Folgetag</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>For example 1:15, 1.25h or 75m</source>
        <translation>Zum Beispiel 1:15, 1,25h oder 75m</translation>
    </message>
    <message>
        <source>e.g. 1:15, 1.25h or 75m</source>
        <translation>z. B. 1:15, 1,25h oder 75m</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>&amp;Lump-sum service:</source>
        <translation>Pausc&amp;halleistung:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>z. B. 12</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Betra&amp;g:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>e.g. 120.00</source>
        <translation>z. B. 120,00</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Beschre&amp;ibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Was haben Sie gemacht?</translation>
    </message>
    <message>
        <source>&amp;Billable:</source>
        <translation>&amp;Abrechenbar:</translation>
    </message>
    <message>
        <source>Billable state</source>
        <translation>Abrechnungsstatus</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>quotation marks around something the user typed</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>placeholder of the end and duration fields while the clock runs (the entry is still running)</extracomment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>unit</source>
        <extracomment>stands in for a lump-sum service without a unit in &quot;0.30 per unit&quot;</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>%1 per %2 · total %3</source>
        <extracomment>lump-sum service price: &quot;0.30 per km · total 12.60&quot;</extracomment>
        <translation>%1 pro %2 · gesamt %3</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>%1 is not a customer you can choose.</source>
        <translation>%1 ist kein auswählbarer Kunde.</translation>
    </message>
    <message>
        <source>Choose a project of this customer, or leave the field empty.</source>
        <translation>Wählen Sie ein Projekt dieses Kunden oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Choose a lump-sum service.</source>
        <translation>Wählen Sie eine Pauschalleistung.</translation>
    </message>
    <message>
        <source>%1 is not a lump-sum service you can choose.</source>
        <translation>%1 ist keine auswählbare Pauschalleistung.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Wählen Sie eine Leistung.</translation>
    </message>
    <message>
        <source>%1 is not a service you can choose for this customer and project.</source>
        <translation>%1 ist keine Leistung, die Sie für diesen Kunden und dieses Projekt wählen können.</translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation>Geben Sie den Beginn ein.</translation>
    </message>
    <message>
        <source>%1 is not a time. Try 9, 930, 9:30 or 9pm.</source>
        <translation>%1 ist keine Uhrzeit. Versuchen Sie 9, 930, 9:30 oder 21:30.</translation>
    </message>
    <message>
        <source>This time does not exist on that day (the clocks change).</source>
        <translation>Diese Uhrzeit gibt es an diesem Tag nicht (Zeitumstellung).</translation>
    </message>
    <message>
        <source>%1 is not a duration. Try 1:15, 1.25h or 75m.</source>
        <translation>%1 ist keine Dauer. Versuchen Sie 1:15, 1,25h oder 75m.</translation>
    </message>
    <message>
        <source>%1 is not a time. Try 17:00, 1730 or +1h.</source>
        <translation>%1 ist keine Uhrzeit. Versuchen Sie 17:00, 1730 oder +1h.</translation>
    </message>
    <message>
        <source>Enter an end time or a duration.</source>
        <translation>Geben Sie ein Ende oder eine Dauer ein.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>Die Dauer muss größer als null sein.</translation>
    </message>
    <message>
        <source>End must be after start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>End must be after start — or tick “Ends the next day”.</source>
        <translation>Das Ende muss nach dem Beginn liegen – oder aktivieren Sie „Endet am Folgetag“.</translation>
    </message>
    <message>
        <source>An entry can be at most 23:59:59 hours long.</source>
        <translation>Ein Eintrag darf höchstens 23:59:59 Stunden lang sein.</translation>
    </message>
    <message>
        <source>ends %1 (+%2)</source>
        <extracomment>the end computed from start + duration, e.g. &quot;ends 10:45&quot; or &quot;ends 01:30 (+1)&quot;</extracomment>
        <translation>endet um %1 (+%2)</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet um %1</translation>
    </message>
    <message>
        <source>%1 h (%2 h)</source>
        <extracomment>the duration computed from start and end, e.g. &quot;1:15 h (1.25 h)&quot;</extracomment>
        <translation>%1 h (%2 h)</translation>
    </message>
    <message>
        <source>running for %1 h</source>
        <translation>läuft seit %1 h</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation>Geben Sie einen Wert größer als 0 ein.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <source>Enter the quantity.</source>
        <translation>Geben Sie die Menge ein.</translation>
    </message>
    <message>
        <source>Entries up to %1 are locked; Clockodo will probably refuse this change.</source>
        <translation>Einträge bis %1 sind gesperrt; Clockodo wird diese Änderung wahrscheinlich ablehnen.</translation>
    </message>
    <message>
        <source>Decide above how to continue.</source>
        <translation>Entscheiden Sie oben, wie es weitergehen soll.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <extracomment>beside the disabled Save button</extracomment>
        <translation>Speichern noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>Ende</translation>
    </message>
    <message>
        <source>customer</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>project</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>service</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>amount</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>description</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>billable</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English), the billable state</extracomment>
        <translation>Abrechnungsstatus</translation>
    </message>
    <message>
        <source>Loaded the newer version from Clockodo; your changes were discarded.</source>
        <translation>Die neuere Version wurde aus Clockodo geladen; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Tippen zum Suchen…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Edit time entry</source>
        <translation>Zeiteintrag bearbeiten</translation>
    </message>
    <message>
        <source>Edit lump-sum value</source>
        <translation>Pauschale bearbeiten</translation>
    </message>
    <message>
        <source>Edit lump-sum service</source>
        <translation>Pauschalleistung bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <extracomment>window title: a new entry made as a copy of another one (noun, not a command)</extracomment>
        <translation>Eintrag duplizieren</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Neuer Zeiteintrag</translation>
    </message>
    <message>
        <source>New lump-sum value</source>
        <translation>Neue Pauschale</translation>
    </message>
    <message>
        <source>New lump-sum service</source>
        <translation>Neue Pauschalleistung</translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here.</source>
        <extracomment>after a failed save; %1 is the reason</extracomment>
        <translation>Nicht gespeichert: %1 Alle Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>a problem shown next to a form field, after a warning sign</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Last change: %1. Changed there: %2. Save your version over it, or discard your changes and load the newer one?</source>
        <extracomment>%1 is the date and time of the last change, %2 the changed fields</extracomment>
        <translation>Dieser Eintrag wurde in Clockodo geändert, nachdem Sie ihn geöffnet haben. Letzte Änderung: %1. Dort geändert: %2. Ihre Version darüber speichern oder Ihre Änderungen verwerfen und die neuere laden?</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Last change: %1. Save your version over it, or discard your changes and load the newer one?</source>
        <extracomment>%1 is the date and time of the last change</extracomment>
        <translation>Dieser Eintrag wurde in Clockodo geändert, nachdem Sie ihn geöffnet haben. Letzte Änderung: %1. Ihre Version darüber speichern oder Ihre Änderungen verwerfen und die neuere laden?</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Changed there: %1. Save your version over it, or discard your changes and load the newer one?</source>
        <extracomment>%1 are the changed fields, e.g. &quot;start, end and customer&quot;</extracomment>
        <translation>Dieser Eintrag wurde in Clockodo geändert, nachdem Sie ihn geöffnet haben. Dort geändert: %1. Ihre Version darüber speichern oder Ihre Änderungen verwerfen und die neuere laden?</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Save your version over it, or discard your changes and load the newer one?</source>
        <translation>Dieser Eintrag wurde in Clockodo geändert, nachdem Sie ihn geöffnet haben. Ihre Version darüber speichern oder Ihre Änderungen verwerfen und die neuere laden?</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Unlock the billed entry to change it.</source>
        <translation>Entsperren Sie den abgerechneten Eintrag, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Adjust: %1</source>
        <extracomment>what the Adjust button of the overlap question does, e.g. &quot;Adjust: 10:30–12:00&quot;</extracomment>
        <translation>Anpassen: %1</translation>
    </message>
    <message>
        <source>This entry is billed: it is locked so that it stays as invoiced. Unlock it only to correct a mistake.</source>
        <translation>Dieser Eintrag ist abgerechnet: Er ist gesperrt, damit er der Rechnung entspricht. Entsperren Sie ihn nur, um einen Fehler zu korrigieren.</translation>
    </message>
    <message>
        <source>This entry has been billed. Changing it makes it differ from the invoice. Unlock it for changes?</source>
        <translation>Dieser Eintrag wurde bereits abgerechnet. Eine Änderung weicht von der Rechnung ab. Für Änderungen entsperren?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>The day has no time left after its last entry: the copy keeps the original times.</source>
        <translation>Nach dem letzten Eintrag des Tages ist keine Zeit mehr frei: Die Kopie behält die ursprünglichen Zeiten.</translation>
    </message>
    <message>
        <source>The copy starts after the day&apos;s last entry and would pass midnight: it ends at midnight, %1 h shorter than the original.</source>
        <extracomment>%1 is how much shorter the copy is, e.g. &quot;1:30&quot;</extracomment>
        <translation>Die Kopie beginnt nach dem letzten Eintrag des Tages und würde über Mitternacht gehen: Sie endet um Mitternacht, %1 h kürzer als das Original.</translation>
    </message>
    <message>
        <source>No open projects</source>
        <translation>Keine offenen Projekte</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>EntryExporter</name>
    <message>
        <source>The export range is empty.</source>
        <translation>Der Exportzeitraum ist leer.</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EntryFilterBar</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>All customers</source>
        <extracomment>first item of the customer filter, after the label “Customer:”; keep it short</extracomment>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>All projects</source>
        <extracomment>first item of the project filter, after the label “Project:”; keep it short</extracomment>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>All services</source>
        <extracomment>first item of the service filter, after the label “Service:”; keep it short</extracomment>
        <translation>Alle Leistungen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Billable or billed</source>
        <translation>Abrechenbar oder abgerechnet</translation>
    </message>
    <message>
        <source>Search description, customer, project, service…</source>
        <translation>Beschreibung, Kunde, Projekt, Leistung suchen…</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Nach Kunde filtern</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Filter by project</source>
        <translation>Nach Projekt filtern</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Leis&amp;tung:</translation>
    </message>
    <message>
        <source>Filter by service</source>
        <translation>Nach Leistung filtern</translation>
    </message>
    <message>
        <source>Bi&amp;llable:</source>
        <translation>Abrec&amp;henbar:</translation>
    </message>
    <message>
        <source>Filter by billable state</source>
        <translation>Nach Abrechnungsstatus filtern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Close the filter</source>
        <translation>Filter schließen</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <extracomment>an end time on a later day than the start, e.g. &quot;02:00 (+1)&quot;</extracomment>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Hours (decimal)</source>
        <translation>Stunden (dezimal)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>an entry&apos;s time span: &quot;09:00–10:30&quot;, or &quot;09:00–running&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Billed: locked so that the invoice stays right. Open it to unlock it for changes.</source>
        <translation>Abgerechnet: gesperrt, damit die Rechnung stimmt. Öffnen Sie den Eintrag, um ihn für Änderungen zu entsperren.</translation>
    </message>
    <message>
        <source>Overlaps with:
%1
The day&apos;s total counts this time once.</source>
        <extracomment>tooltip of an entry whose time overlaps other entries; %1 lists them, one a line</extracomment>
        <translation>Überschneidet sich mit:
%1
Die Tagessumme zählt diese Zeit einmal.</translation>
    </message>
</context>
<context>
    <name>EntryUndoController</name>
    <message numerus="yes">
        <source>%n entries deleted.</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Eintrag gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored (added again as new entries).</source>
        <translation>
            <numerusform>%n Eintrag wiederhergestellt (als neuer Eintrag angelegt).</numerusform>
            <numerusform>%n Einträge wiederhergestellt (als neue Einträge angelegt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit undone: the previous values are back.</source>
        <translation>Änderung rückgängig gemacht: Die vorherigen Werte sind wieder da.</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>Und&amp;o delete (%n entries)</source>
        <translation>
            <numerusform>&amp;Rückgängig: Löschen (%n Eintrag)</numerusform>
            <numerusform>&amp;Rückgängig: Löschen (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o edit</source>
        <translation>&amp;Rückgängig: Änderung</translation>
    </message>
</context>
<context>
    <name>EntryUndoStack</name>
    <message>
        <source>The edit could not be undone: %1</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Not undone: the entry was changed in Clockodo after your edit, and undoing would overwrite that change.</source>
        <translation>Nicht rückgängig gemacht: Der Eintrag wurde nach Ihrer Änderung in Clockodo geändert, und Rückgängig würde diese Änderung überschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n restored entries could not be marked as billed again.</source>
        <translation>
            <numerusform>%n wiederhergestellter Eintrag konnte nicht wieder als abgerechnet markiert werden.</numerusform>
            <numerusform>%n wiederhergestellte Einträge konnten nicht wieder als abgerechnet markiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted entries could not be restored: %1</source>
        <extracomment>%1 is the reason (a sentence from Clockodo)</extracomment>
        <translation>
            <numerusform>%n gelöschter Eintrag konnte nicht wiederhergestellt werden: %1</numerusform>
            <numerusform>%n gelöschte Einträge konnten nicht wiederhergestellt werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>accessible name of the banner above the entries when it shows an error (noun)</extracomment>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export entries and master data to &lt;file&gt; (.sqlite, .csv or .json) and exit.</source>
        <translation>Einträge und Stammdaten nach &lt;file&gt; exportieren (.sqlite, .csv oder .json) und beenden.</translation>
    </message>
    <message>
        <source>With --export: the first day (YYYY-MM-DD, the account&apos;s time zone; default: the first of this month).</source>
        <translation>Mit --export: der erste Tag (JJJJ-MM-TT, Zeitzone des Kontos; Standard: der Erste dieses Monats).</translation>
    </message>
    <message>
        <source>With --export: the last day, included (default: the end of this month).</source>
        <translation>Mit --export: der letzte Tag, einschließlich (Standard: das Ende dieses Monats).</translation>
    </message>
    <message>
        <source>--since and --until only go with --export.</source>
        <translation>--since und --until gehen nur mit --export.</translation>
    </message>
    <message>
        <source>--export needs a file ending in .sqlite, .csv or .json.</source>
        <translation>--export braucht eine Datei mit der Endung .sqlite, .csv oder .json.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--until is before --since.</source>
        <translation>--until liegt vor --since.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 entries</source>
        <translation>Export: %1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>Exporting: %1 entries</source>
        <translation>Export: %1 Einträge</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the entries and master data of the shown range as SQLite, CSV or JSON</source>
        <translation>Einträge und Stammdaten des angezeigten Zeitraums als SQLite, CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-Datenbank (*.sqlite)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.json)</source>
        <translation>JSON Lines (*.json)</translation>
    </message>
    <message>
        <source>%1 was not exported: the file type must be .sqlite, .csv or .json.</source>
        <translation>%1 wurde nicht exportiert: Der Dateityp muss .sqlite, .csv oder .json sein.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting the entries of %1 to %2 …</source>
        <translation>Die Einträge vom %1 werden nach %2 exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed; the file was left as it was.

%2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen; die Datei blieb unverändert.

%2</translation>
    </message>
</context>
<context>
    <name>FileExportSink</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HoursChartWidget</name>
    <message>
        <source>Hours per day</source>
        <translation>Stunden pro Tag</translation>
    </message>
    <message>
        <source>%1: %2 h (%3 h)</source>
        <extracomment>chart tooltip: &quot;Mon 23 Nov: 6:45 h (6.75 h)&quot;</extracomment>
        <translation>%1: %2 h (%3 h)</translation>
    </message>
</context>
<context>
    <name>IdleQuestionDialog</name>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a date, %2 a time of day</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Abwesend vom Computer</translation>
    </message>
    <message>
        <source>No input from %1 to %2 (%3) while the clock ran on %4. What should happen with this time?</source>
        <translation>Keine Eingabe von %1 bis %2 (%3), während die Stoppuhr für %4 lief. Was soll mit dieser Zeit geschehen?</translation>
    </message>
    <message>
        <source>&amp;Keep the time on the running task</source>
        <translation>Zeit bei der laufenden &amp;Aufgabe belassen</translation>
    </message>
    <message>
        <source>&amp;Stop the clock at %1</source>
        <translation>Stoppuhr um %1 &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop at %1 and &amp;continue the task now</source>
        <translation>Um %1 anhalten und die Aufgabe jetzt &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Book %1 to %2 as another task:</source>
        <translation>%1 bis %2 als andere Aufgabe &amp;buchen:</translation>
    </message>
    <message>
        <source>&amp;Then continue the task that ran</source>
        <translation>&amp;Danach die Aufgabe fortsetzen, die lief</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>IdleTracker</name>
    <message>
        <source>The clock changed meanwhile; nothing was done.</source>
        <translation>Die Stoppuhr wurde inzwischen geändert; nichts wurde getan.</translation>
    </message>
    <message>
        <source>This clock no longer runs.</source>
        <translation>Diese Stoppuhr läuft nicht mehr.</translation>
    </message>
    <message>
        <source>Choose the customer and service for the idle time.</source>
        <translation>Wählen Sie Kunde und Leistung für die Leerlaufzeit.</translation>
    </message>
    <message>
        <source>The idle time could not be booked: %1</source>
        <translation>Die Leerlaufzeit konnte nicht gebucht werden: %1</translation>
    </message>
    <message>
        <source>The idle time could not be recorded: %1</source>
        <translation>Die Leerlaufzeit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The clock stopped at its start, but its empty entry (0:00) could not be removed: %1</source>
        <translation>Die Stoppuhr wurde bei ihrem Start angehalten, aber ihr leerer Eintrag (0:00) konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>The offline journal %1 cannot be read: %2</source>
        <translation>Das Offline-Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The offline journal %1 was written by a newer version of this app (schema %2); it is left unchanged.</source>
        <translation>Das Offline-Journal %1 wurde von einer neueren Version dieser App geschrieben (Schema %2); es bleibt unverändert.</translation>
    </message>
    <message>
        <source>The offline journal could not be upgraded to schema %1: %2</source>
        <translation>Das Offline-Journal konnte nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The offline journal %1 cannot be opened: %2</source>
        <translation>Das Offline-Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The record %1 belongs to another account.</source>
        <translation>Der Datensatz %1 gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>The offline journal %1 is damaged and could not be moved aside.</source>
        <translation>Das Offline-Journal %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The offline journal %1 is damaged.</source>
        <translation>Das Offline-Journal %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>%1 belongs to another program and was left unchanged.</source>
        <translation>%1 gehört zu einem anderen Programm und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not remove the login item %1.</source>
        <translation>Das Anmeldeobjekt %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write the login item %1: %2</source>
        <translation>Das Anmeldeobjekt %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LogindIdleSource</name>
    <message>
        <source>Stopping the running clock</source>
        <translation>Die laufende Stoppuhr wird angehalten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo — clockodo-desktop</source>
        <translation>Demo — clockodo-desktop</translation>
    </message>
    <message>
        <source>clockodo-desktop</source>
        <translation>clockodo-desktop</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Connected as %1 · demo data</source>
        <translation>Verbunden als %1 · Demodaten</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>&amp;New time entry…</source>
        <translation>&amp;Neuer Zeiteintrag…</translation>
    </message>
    <message>
        <source>New &amp;lump-sum value…</source>
        <translation>Neue &amp;Pauschale…</translation>
    </message>
    <message>
        <source>New lump-sum &amp;service…</source>
        <translation>Neue Pauschal&amp;leistung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Custom range</source>
        <translation>&amp;Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter the entries (%1)</source>
        <translation>Einträge filtern (%1)</translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Einträge werden geladen…</translation>
    </message>
    <message>
        <source>Loading entries… (page %1 of %2)</source>
        <translation>Einträge werden geladen… (Seite %1 von %2)</translation>
    </message>
    <message>
        <source>The entries could not be loaded. %1</source>
        <translation>Die Einträge konnten nicht geladen werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers, projects and services could not be loaded. %1</source>
        <translation>Kunden, Projekte und Leistungen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Day: %1 h (%2 h)</source>
        <translation>Tag: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Week: %1 h (%2 h)</source>
        <translation>Woche: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Month: %1 h (%2 h)</source>
        <translation>Monat: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Total: %1 h (%2 h)</source>
        <translation>Summe: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Not connected to Clockodo.</source>
        <translation>Nicht mit Clockodo verbunden.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Keine Einträge passen zum Filter.</translation>
    </message>
    <message>
        <source>The entries could not be loaded.</source>
        <translation>Die Einträge konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No entries on %1.</source>
        <translation>Keine Einträge am %1.</translation>
    </message>
    <message>
        <source>Entry added.</source>
        <translation>Eintrag hinzugefügt.</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Eintrag gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>%n Eintrag wird gelöscht…</numerusform>
            <numerusform>%n Einträge werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export entries as CSV</source>
        <translation>Einträge als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be deleted. %1</source>
        <extracomment>%1 is the reason (a sentence from Clockodo)</extracomment>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelöscht werden. %1</numerusform>
            <numerusform>%n Einträge konnten nicht gelöscht werden. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>status bar, when the Clockodo account&apos;s time zone differs from the computer&apos;s; %1 e.g. &quot;Europe/Berlin&quot;</extracomment>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>All times are shown and entered in your Clockodo account&apos;s time zone, %1. This computer uses %2.</source>
        <extracomment>%1 the account&apos;s zone, %2 the computer&apos;s</extracomment>
        <translation>Alle Zeiten werden in der Zeitzone Ihres Clockodo-Kontos angezeigt und eingegeben: %1. Dieser Computer verwendet %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>OfflineClock</name>
    <message>
        <source>no offline journal is open for this account</source>
        <translation>für dieses Konto ist kein Offline-Journal geöffnet</translation>
    </message>
    <message>
        <source>the local clock no longer runs</source>
        <translation>die lokale Stoppuhr läuft nicht mehr</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached, and this computer could not record the change either (%1). Nothing was recorded.</source>
        <translation>Clockodo ist nicht erreichbar, und auch dieser Computer konnte die Änderung nicht speichern (%1). Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>The clock running on this computer is now %1.</source>
        <translation>Die Stoppuhr auf diesem Computer läuft jetzt für %1.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached: %1 was stopped on this computer after %2. It is uploaded when Clockodo answers again.</source>
        <translation>Clockodo ist nicht erreichbar: %1 wurde auf diesem Computer nach %2 gestoppt. Es wird hochgeladen, sobald Clockodo wieder antwortet.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached: switched to %1 on this computer; %2 was stopped after %3. Both are uploaded when Clockodo answers again.</source>
        <translation>Clockodo ist nicht erreichbar: auf diesem Computer zu %1 gewechselt; %2 wurde nach %3 gestoppt. Beides wird hochgeladen, sobald Clockodo wieder antwortet.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached: %1 runs on this computer since %2. It is uploaded when Clockodo answers again.</source>
        <translation>Clockodo ist nicht erreichbar: %1 läuft seit %2 auf diesem Computer. Es wird hochgeladen, sobald Clockodo wieder antwortet.</translation>
    </message>
    <message>
        <source>Clockodo may have received the request; this is checked before anything is uploaded.</source>
        <translation>Clockodo hat die Anfrage vielleicht erhalten; das wird vor dem Hochladen geprüft.</translation>
    </message>
</context>
<context>
    <name>OfflineConflictText</name>
    <message>
        <source>Another clock was started on Clockodo meanwhile.</source>
        <translation>Inzwischen wurde in Clockodo eine andere Stoppuhr gestartet.</translation>
    </message>
    <message>
        <source>The period overlaps entries made elsewhere meanwhile.</source>
        <translation>Der Zeitraum überschneidet sich mit Einträgen, die inzwischen anderswo erfasst wurden.</translation>
    </message>
    <message>
        <source>Clockodo no longer accepts this customer, project or service.</source>
        <translation>Clockodo nimmt diesen Kunden, dieses Projekt oder diese Leistung nicht mehr an.</translation>
    </message>
    <message>
        <source>The period is longer than an entry may be (23:59:59 h).</source>
        <translation>Der Zeitraum ist länger, als ein Eintrag sein darf (23:59:59 h).</translation>
    </message>
    <message>
        <source>The period is shorter than a second.</source>
        <translation>Der Zeitraum ist kürzer als eine Sekunde.</translation>
    </message>
    <message>
        <source>The clock was stopped elsewhere at another time.</source>
        <translation>Die Stoppuhr wurde anderswo zu einer anderen Zeit gestoppt.</translation>
    </message>
    <message>
        <source>The entry was deleted on Clockodo meanwhile.</source>
        <translation>Der Eintrag wurde inzwischen in Clockodo gelöscht.</translation>
    </message>
    <message>
        <source>Clockodo refused the upload.</source>
        <translation>Clockodo hat das Hochladen abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) made elsewhere overlap it, the first from %1 to %2.</source>
        <translation>
            <numerusform>%n anderswo erfasster Eintrag überschneidet sich damit, von %1 bis %2.</numerusform>
            <numerusform>%n anderswo erfasste Einträge überschneiden sich damit, der erste von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>It runs since %1: &quot;%2&quot;.</source>
        <translation>Sie läuft seit %1: „%2“.</translation>
    </message>
    <message>
        <source>Clockodo has it end at %1; you stopped it at %2.</source>
        <translation>In Clockodo endet sie um %1; Sie haben sie um %2 gestoppt.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>The offline journal belongs to no account.</source>
        <translation>Das Offline-Journal gehört zu keinem Konto.</translation>
    </message>
    <message>
        <source>An offline record needs an id.</source>
        <translation>Ein Offline-Datensatz braucht eine ID.</translation>
    </message>
    <message>
        <source>The offline journal could not be read and was moved aside to %1. A new journal was started: what was recorded offline before is not uploaded.</source>
        <translation>Das Offline-Journal konnte nicht gelesen werden und wurde nach %1 verschoben. Ein neues Journal wurde begonnen: Was zuvor offline erfasst wurde, wird nicht hochgeladen.</translation>
    </message>
</context>
<context>
    <name>OfflineRecordDialog</name>
    <message>
        <source>Edit before uploading</source>
        <translation>Vor dem Hochladen bearbeiten</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>The end must lie after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>OverlapQuestion</name>
    <message numerus="yes">
        <source>This entry overlaps %n other entries:</source>
        <translation>
            <numerusform>Dieser Eintrag überschneidet sich mit %n anderen Eintrag:</numerusform>
            <numerusform>Dieser Eintrag überschneidet sich mit %n anderen Einträgen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Time booked twice counts twice in reports and invoices.</source>
        <extracomment>below the list of overlapping entries</extracomment>
        <translation>Doppelt gebuchte Zeit zählt in Berichten und Rechnungen doppelt.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Trotzdem &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
</context>
<context>
    <name>PortalAutostart</name>
    <message>
        <source>The desktop&apos;s background portal cannot be reached.</source>
        <translation>Das Hintergrund-Portal des Desktops ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Start the Clockodo stopwatch in the system tray at login.</source>
        <translation>Die Clockodo-Stoppuhr bei der Anmeldung im Infobereich starten.</translation>
    </message>
    <message>
        <source>Starting at login was not allowed.</source>
        <translation>Der Start bei der Anmeldung wurde nicht erlaubt.</translation>
    </message>
    <message>
        <source>The desktop&apos;s background portal did not answer.</source>
        <translation>Das Hintergrund-Portal des Desktops hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <source>Switch task</source>
        <translation>Aufgabe wechseln</translation>
    </message>
    <message>
        <source>Start new task</source>
        <translation>Neue Aufgabe starten</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Now running: %1. Starting another task stops it.</source>
        <translation>Läuft gerade: %1. Wenn Sie eine andere Aufgabe starten, wird diese angehalten.</translation>
    </message>
    <message>
        <source>Start the clock on:</source>
        <translation>Stoppuhr starten für:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Pinned and recent tasks</source>
        <translation>Angeheftete und zuletzt genutzte Aufgaben</translation>
    </message>
    <message>
        <source>%1   ★ %2</source>
        <extracomment>a line of the start dialog&apos;s list: %1 the number (Alt+%1 starts it), %2 the task</extracomment>
        <translation>%1   ★ %2</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>&amp;Start this task</source>
        <translation>Diese Aufgabe &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Nicht mehr an&amp;heften</translation>
    </message>
    <message>
        <source>&amp;Pin to the top</source>
        <translation>Oben an&amp;heften</translation>
    </message>
    <message>
        <source>Pinned and &amp;recent tasks (Alt+1 to Alt+%1 starts one at once):</source>
        <translation>Angeheftete und &amp;zuletzt genutzte Aufgaben (Alt+1 bis Alt+%1 startet eine sofort):</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>button: show one day</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>button: show one week</extracomment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>button: show one month</extracomment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Einen Tag anzeigen</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Eine Woche anzeigen</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Einen Monat anzeigen</translation>
    </message>
    <message>
        <source>Show a custom range</source>
        <translation>Einen eigenen Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>The clock stops soon</source>
        <translation>Die Stoppuhr wird bald angehalten</translation>
    </message>
    <message>
        <source>Your clock has run for %1 h. Clockodo stops it at 24 hours; stop or correct it now.</source>
        <translation>Ihre Stoppuhr läuft seit %1 h. Clockodo hält sie nach 24 Stunden an; jetzt anhalten oder korrigieren.</translation>
    </message>
    <message>
        <source>No clock running</source>
        <translation>Keine Stoppuhr läuft</translation>
    </message>
    <message>
        <source>It is working time and no clock is running. Click to start one.</source>
        <translation>Es ist Arbeitszeit und keine Stoppuhr läuft. Klicken Sie, um eine zu starten.</translation>
    </message>
    <message>
        <source>Clock still running</source>
        <translation>Stoppuhr läuft noch</translation>
    </message>
    <message>
        <source>Your clock has run for %1 h. Click to check it.</source>
        <translation>Ihre Stoppuhr läuft seit %1 h. Klicken Sie, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>End of the working day</source>
        <translation>Ende des Arbeitstags</translation>
    </message>
    <message>
        <source>Your working day is over and a clock is still running. Click to stop or edit it.</source>
        <translation>Ihr Arbeitstag ist vorbei und eine Stoppuhr läuft noch. Klicken Sie zum Anhalten oder Bearbeiten.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me when no clock runs in working hours, every</source>
        <translation>Erinnern, wenn in der Arbeitszeit keine Stoppuhr läuft, alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me when a clock has run for</source>
        <translation>Erinnern, wenn eine Stoppuhr läuft seit</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Warn before Clockodo stops a clock at 24 hours</source>
        <translation>Warnen, bevor Clockodo eine Stoppuhr nach 24 Stunden anhält</translation>
    </message>
    <message>
        <source>Remind me at the end of the working day when a clock runs</source>
        <translation>Am Ende des Arbeitstags erinnern, wenn eine Stoppuhr läuft</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Arbeitszeit:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Where Clockodo has target hours for you, they decide the days and the length of the working day; the start always comes from here.</source>
        <translation>Wo Clockodo Sollstunden für Sie kennt, bestimmen diese die Tage und die Länge des Arbeitstags; der Beginn kommt immer von hier.</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Ruhezeiten:</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Day / customer</source>
        <translation>Tag / Kunde</translation>
    </message>
    <message>
        <source>Customer / project / service</source>
        <translation>Kunde / Projekt / Leistung</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Pauschalen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Keine Leistung</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 h · %n entries</source>
        <extracomment>the report&apos;s total line: decimal hours and the number of entries</extracomment>
        <translation>
            <numerusform>Summe: %1 h · %n Eintrag</numerusform>
            <numerusform>Summe: %1 h · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>lump sums %1</source>
        <translation>Pauschalen %1</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>Umsatz %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Customer › project › service</source>
        <translation>Kunde › Projekt › Leistung</translation>
    </message>
    <message>
        <source>Day › customer</source>
        <translation>Tag › Kunde</translation>
    </message>
    <message>
        <source>Hours, lump sums and revenue of the entries shown in the table, with the table&apos;s filters</source>
        <translation>Stunden, Pauschalen und Umsatz der Einträge, die die Tabelle zeigt, mit den Filtern der Tabelle</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the report as shown (grouping and order) as a CSV file for a spreadsheet</source>
        <translation>Die Auswertung wie angezeigt (Gruppierung und Reihenfolge) als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Auswertung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Auswertung gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Die Auswertung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>CLOCKODO_API_URL is not used: only an https address, or http to this computer (127.0.0.1, localhost), is allowed. Correct or unset it.</source>
        <translation>CLOCKODO_API_URL wird nicht verwendet: Erlaubt ist nur eine https-Adresse oder http zu diesem Computer (127.0.0.1, localhost). Korrigieren oder entfernen Sie die Variable.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>language choice: follow the language of the operating system</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Start clockodo-desktop when I log in</source>
        <translation>clockodo-desktop bei der Anmeldung s&amp;tarten</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Show s&amp;econds in running times</source>
        <translation>S&amp;ekunden bei laufenden Zeiten anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;today&apos;s total in the tray tooltip</source>
        <translation>&amp;Heutige Summe im Tooltip des Infobereichs anzeigen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Check for changes every:</source>
        <translation>Auf Änderungen &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>Check for changes every (seconds)</source>
        <translation>Auf Änderungen prüfen alle (Sekunden)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Contact e-mail address sent to Clockodo</source>
        <translation>An Clockodo gesendete Kontakt-E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>Use Clockodo&apos;s own API URL</source>
        <translation>Die API-URL von Clockodo verwenden</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system.</source>
        <translation>Der Start bei der Anmeldung wird auf diesem System nicht unterstützt.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The credentials come from the environment variables CLOCKODO_API_USER and CLOCKODO_API_KEY; they are not stored.</source>
        <translation>Die Zugangsdaten stammen aus den Umgebungsvariablen CLOCKODO_API_USER und CLOCKODO_API_KEY; sie werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available: the API key is kept in memory only until you quit.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Der API-Schlüssel wird nur bis zum Beenden im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The API key is kept in the system keychain.</source>
        <translation>Der API-Schlüssel wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Showing demo data. Nothing is sent to Clockodo.</source>
        <translation>Es werden Demodaten angezeigt. Nichts wird an Clockodo gesendet.</translation>
    </message>
    <message>
        <source>Loading the API key for %1 from the system keychain…</source>
        <translation>API-Schlüssel für %1 wird aus dem Schlüsselbund des Systems geladen…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Enter a complete e-mail address, or leave the field empty to use your account&apos;s address.</source>
        <translation>Geben Sie eine vollständige E-Mail-Adresse ein oder lassen Sie das Feld leer, um die Adresse Ihres Kontos zu verwenden.</translation>
    </message>
    <message>
        <source>Clockodo asks every application for a contact address; your account&apos;s address is used.</source>
        <translation>Clockodo verlangt von jeder Anwendung eine Kontakt-E-Mail-Adresse; die Ihres Kontos wird verwendet.</translation>
    </message>
    <message>
        <source>Sent to Clockodo as “%1” (%2 of %3 characters).</source>
        <translation>Wird als „%1“ an Clockodo gesendet (%2 von %3 Zeichen).</translation>
    </message>
    <message>
        <source>Set by the environment variable CLOCKODO_API_URL.</source>
        <translation>Festgelegt durch die Umgebungsvariable CLOCKODO_API_URL.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (http:// only for this computer). It is not saved until it is valid.</source>
        <translation>Geben Sie eine Adresse ein, die mit https:// beginnt (http:// nur für diesen Computer). Sie wird erst gespeichert, wenn sie gültig ist.</translation>
    </message>
    <message>
        <source>Only change this if Clockodo told you to. Your API key is sent to this address.</source>
        <translation>Ändern Sie dies nur, wenn Clockodo Sie dazu aufgefordert hat. Ihr API-Schlüssel wird an diese Adresse gesendet.</translation>
    </message>
    <message>
        <source>clockodo-desktop could not be set up to start at login: %1</source>
        <translation>clockodo-desktop konnte nicht für den Start bei der Anmeldung eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>clockodo-desktop could not be removed from the programs started at login: %1</source>
        <translation>clockodo-desktop konnte nicht aus den bei der Anmeldung gestarteten Programmen entfernt werden: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>The credentials from the environment variables are used again at the next start.</source>
        <translation>Beim nächsten Start werden wieder die Zugangsdaten aus den Umgebungsvariablen verwendet.</translation>
    </message>
    <message>
        <source>The API key is removed from this computer&apos;s keychain. To sign in again you need the key from Clockodo (My data → API key).</source>
        <translation>Der API-Schlüssel wird aus dem Schlüsselbund dieses Computers entfernt. Um sich erneut anzumelden, benötigen Sie den Schlüssel aus Clockodo (Meine Daten → API-Schlüssel).</translation>
    </message>
    <message>
        <source>With “%1” in front, your account&apos;s address takes %2 characters; Clockodo allows %3. Enter a shorter contact e-mail address.</source>
        <translation>Mit „%1“ davor braucht die Adresse Ihres Kontos %2 Zeichen; Clockodo erlaubt %3. Geben Sie eine kürzere Kontakt-E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>With “%1” in front, this address takes %2 characters; Clockodo allows %3. Enter a shorter address; it is not saved until it fits.</source>
        <translation>Mit „%1“ davor braucht diese Adresse %2 Zeichen; Clockodo erlaubt %3. Geben Sie eine kürzere Adresse ein; sie wird erst gespeichert, wenn sie passt.</translation>
    </message>
    <message>
        <source>Conta&amp;ct e-mail:</source>
        <translation>&amp;Kontakt-E-Mail:</translation>
    </message>
    <message>
        <source>Clockodo writes to this address only if this app causes trouble on its side.</source>
        <translation>Clockodo schreibt an diese Adresse nur, wenn diese App auf seiner Seite Probleme verursacht.</translation>
    </message>
    <message>
        <source>&amp;Notify when the clock starts, switches or continues a task</source>
        <translation>&amp;Benachrichtigen, wenn die Stoppuhr eine Aufgabe startet, wechselt oder fortsetzt</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Activity &amp;&amp; reminders</source>
        <translation>Aktivität &amp;&amp; Erinnerungen</translation>
    </message>
</context>
<context>
    <name>ShortcutCommands</name>
    <message>
        <source>Start or stop the Clockodo clock</source>
        <translation>Clockodo-Stoppuhr starten oder anhalten</translation>
    </message>
    <message>
        <source>Start the most recent Clockodo task</source>
        <translation>Die letzte Clockodo-Aufgabe starten</translation>
    </message>
    <message>
        <source>Stop the Clockodo clock</source>
        <translation>Clockodo-Stoppuhr anhalten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a tooltip: %1 what the action does, %2 its keys</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Clockodo</source>
        <translation>Bei Clockodo anmelden</translation>
    </message>
    <message>
        <source>Connect clockodo-desktop with your Clockodo account.</source>
        <translation>Verbinden Sie clockodo-desktop mit Ihrem Clockodo-Konto.</translation>
    </message>
    <message>
        <source>Why you are asked to sign in</source>
        <translation>Warum Sie sich anmelden sollen</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Clockodo shows your API key under &lt;b&gt;My data&lt;/b&gt; → &lt;b&gt;API key&lt;/b&gt; (your personal data). Copy it from there. It is kept in your system&apos;s keychain, never in a file.</source>
        <translation>Clockodo zeigt Ihren API-Schlüssel unter &lt;b&gt;Meine Daten&lt;/b&gt; → &lt;b&gt;API-Schlüssel&lt;/b&gt; (Ihre persönlichen Daten). Kopieren Sie ihn von dort. Er wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>&amp;Contact e-mail:</source>
        <translation>&amp;Kontakt-E-Mail:</translation>
    </message>
    <message>
        <source>Contact e-mail address sent to Clockodo</source>
        <translation>An Clockodo gesendete Kontakt-E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>No account at hand? Look around with made-up data first.</source>
        <translation>Kein Konto zur Hand? Sehen Sie sich zuerst mit erfundenen Daten um.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The connection works. Clockodo knows you as %1.</source>
        <translation>Die Verbindung funktioniert. Clockodo kennt Sie als %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>No API key for %1 is stored on this computer. Enter it to continue.</source>
        <translation>Auf diesem Computer ist kein API-Schlüssel für %1 gespeichert. Geben Sie ihn ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used right now, so the API key for %1 could not be loaded. Enter it to continue: it is then kept in memory only until you quit clockodo-desktop.</source>
        <translation>Der Schlüsselbund des Systems kann gerade nicht verwendet werden, daher konnte der API-Schlüssel für %1 nicht geladen werden. Geben Sie ihn ein, um fortzufahren: Er wird dann nur bis zum Beenden von clockodo-desktop im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Clockodo no longer accepts the API key for %1; it may have been changed or revoked. Enter the current key to continue. Nothing you were working on is lost.</source>
        <translation>Clockodo akzeptiert den API-Schlüssel für %1 nicht mehr; er wurde möglicherweise geändert oder widerrufen. Geben Sie den aktuellen Schlüssel ein, um fortzufahren. Ihre laufende Arbeit geht nicht verloren.</translation>
    </message>
    <message>
        <source>You have signed out. Sign in again, or with another account.</source>
        <translation>Sie haben sich abgemeldet. Melden Sie sich erneut oder mit einem anderen Konto an.</translation>
    </message>
    <message>
        <source>Set by the environment variable CLOCKODO_API_URL.</source>
        <translation>Festgelegt durch die Umgebungsvariable CLOCKODO_API_URL.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (http:// only for this computer). Leave it empty for Clockodo&apos;s own address.</source>
        <translation>Geben Sie eine Adresse ein, die mit https:// beginnt (http:// nur für diesen Computer). Lassen Sie das Feld leer, um die Adresse von Clockodo zu verwenden.</translation>
    </message>
    <message>
        <source>Only change this if Clockodo told you to.</source>
        <translation>Ändern Sie dies nur, wenn Clockodo Sie dazu aufgefordert hat.</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Clockodo asks every application for a contact address.</source>
        <translation>Clockodo verlangt von jeder Anwendung eine Kontakt-E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Sent to Clockodo as “%1” (%2 of %3 characters).</source>
        <translation>Wird als „%1“ an Clockodo gesendet (%2 von %3 Zeichen).</translation>
    </message>
    <message>
        <source>Testing the connection to Clockodo…</source>
        <translation>Verbindung zu Clockodo wird getestet…</translation>
    </message>
    <message>
        <source>Signing in to Clockodo…</source>
        <translation>Anmeldung bei Clockodo…</translation>
    </message>
    <message>
        <source>With “%1” in front, this address takes %2 characters; Clockodo allows %3. Enter a shorter contact e-mail address.</source>
        <translation>Mit „%1“ davor braucht diese Adresse %2 Zeichen; Clockodo erlaubt %3. Geben Sie eine kürzere Kontakt-E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Clockodo writes to this address only if this app causes trouble on its side.</source>
        <translation>Clockodo schreibt an diese Adresse nur, wenn diese App auf seiner Seite Probleme verursacht.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The running clockodo-desktop did not answer.</source>
        <translation>Das laufende clockodo-desktop hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The running clockodo-desktop closed the connection.</source>
        <translation>Das laufende clockodo-desktop hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>clockodo-desktop is not running.</source>
        <translation>clockodo-desktop läuft nicht.</translation>
    </message>
    <message>
        <source>The running clockodo-desktop cannot be reached.</source>
        <translation>Das laufende clockodo-desktop ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>clockodo-desktop cannot create its lock file %1.</source>
        <translation>clockodo-desktop kann seine Sperrdatei %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>clockodo-desktop cannot open its local socket %1: %2</source>
        <translation>clockodo-desktop kann seinen lokalen Socket %1 nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>SqliteExportSink</name>
    <message>
        <source>The database %1 could not be written: %2</source>
        <translation>Die Datenbank %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 holds the data of %2; it is not exported into for another account (%3). Choose another file.</source>
        <translation>%1 enthält die Daten von %2; für ein anderes Konto (%3) wird nicht hinein exportiert. Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>Stopwatch</name>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>task — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1:%2 h</source>
        <comment>hours:minutes</comment>
        <translation>%1:%2 h</translation>
    </message>
    <message>
        <source>The clock could not be read: %1</source>
        <translation>Die Stoppuhr konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>The clock had been switched on another device; %1 runs now.</source>
        <translation>Die Stoppuhr wurde auf einem anderen Gerät umgeschaltet; jetzt läuft %1.</translation>
    </message>
    <message>
        <source>The clock had already been stopped on another device.</source>
        <translation>Die Stoppuhr wurde bereits auf einem anderen Gerät angehalten.</translation>
    </message>
    <message>
        <source>The clock was started on another device: %1 (since %2).</source>
        <translation>Die Stoppuhr wurde auf einem anderen Gerät gestartet: %1 (seit %2).</translation>
    </message>
    <message>
        <source>The clock was stopped on another device: %1 after %2.</source>
        <translation>Die Stoppuhr wurde auf einem anderen Gerät angehalten: %1 nach %2.</translation>
    </message>
    <message>
        <source>The clock was stopped on another device: %1.</source>
        <translation>Die Stoppuhr wurde auf einem anderen Gerät angehalten: %1.</translation>
    </message>
    <message>
        <source>The clock was switched on another device to %1; %2 was stopped.</source>
        <translation>Die Stoppuhr wurde auf einem anderen Gerät auf %1 umgeschaltet; %2 wurde angehalten.</translation>
    </message>
    <message>
        <source>The running clock was changed on another device: %1 (since %2).</source>
        <translation>Die laufende Stoppuhr wurde auf einem anderen Gerät geändert: %1 (seit %2).</translation>
    </message>
    <message>
        <source>Another change of the clock is still under way.</source>
        <translation>Eine andere Änderung der Stoppuhr ist noch in Bearbeitung.</translation>
    </message>
    <message>
        <source>%1 ran longer than 24 hours; Clockodo cut the entry to 23:59:59 h. Please correct its end time.</source>
        <translation>%1 lief länger als 24 Stunden; Clockodo hat den Eintrag auf 23:59:59 h gekürzt. Bitte korrigieren Sie sein Ende.</translation>
    </message>
    <message>
        <source>There is no previous task to continue.</source>
        <translation>Es gibt keine vorherige Aufgabe zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Choose a customer and a service to start the clock.</source>
        <translation>Wählen Sie einen Kunden und eine Leistung, um die Stoppuhr zu starten.</translation>
    </message>
    <message>
        <source>The clock could not be started: %1</source>
        <translation>Die Stoppuhr konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>a new task</source>
        <translation>eine neue Aufgabe</translation>
    </message>
    <message>
        <source>Switched to %1. Stopped %2 after %3.</source>
        <translation>Zu %1 gewechselt. %2 nach %3 angehalten.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>The clock could not be stopped: %1</source>
        <translation>Die Stoppuhr konnte nicht angehalten werden: %1</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>%1 nach %2 angehalten.</translation>
    </message>
    <message>
        <source>This clock no longer runs.</source>
        <translation>Diese Stoppuhr läuft nicht mehr.</translation>
    </message>
    <message>
        <source>The running clock could not be changed: %1</source>
        <translation>Die laufende Stoppuhr konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The running clock is now %1.</source>
        <translation>Die Stoppuhr läuft jetzt für %1.</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Es läuft keine Stoppuhr.</translation>
    </message>
    <message>
        <source>The start must not lie in the future.</source>
        <translation>Der Beginn darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The clock was changed elsewhere in the meantime; it has been read again.</source>
        <translation>Die Stoppuhr wurde inzwischen anderswo geändert; sie wurde neu abgefragt.</translation>
    </message>
    <message>
        <source>The start could not be changed: %1</source>
        <translation>Der Beginn konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>A start at %1 overlaps your previous entry.</source>
        <translation>Ein Beginn um %1 überschneidet sich mit Ihrem vorherigen Eintrag.</translation>
    </message>
    <message>
        <source>The clock now runs since %1.</source>
        <translation>Die Stoppuhr läuft jetzt seit %1.</translation>
    </message>
    <message>
        <source>A start at %1 overlaps your previous entry. The earliest start without overlap is %2.</source>
        <extracomment>%1 is the start the user chose, %2 the earliest start without overlap</extracomment>
        <translation>Ein Beginn um %1 überschneidet sich mit Ihrem vorherigen Eintrag. Der früheste Beginn ohne Überschneidung ist %2.</translation>
    </message>
    <message>
        <source>Clockodo did not confirm the stop, and the clock could not be read again: %1</source>
        <translation>Clockodo hat das Anhalten nicht bestätigt, und die Stoppuhr ließ sich nicht erneut lesen: %1</translation>
    </message>
    <message>
        <source>Clockodo did not confirm the start, and the clock could not be read again: %1</source>
        <translation>Clockodo hat den Start nicht bestätigt, und die Stoppuhr ließ sich nicht erneut lesen: %1</translation>
    </message>
    <message>
        <source>%1 runs (since %2).</source>
        <translation>%1 läuft (seit %2).</translation>
    </message>
    <message>
        <source>The clock is stopped.</source>
        <translation>Die Stoppuhr steht.</translation>
    </message>
    <message>
        <source>The clock was stopped. %1</source>
        <translation>Die Stoppuhr wurde angehalten. %1</translation>
    </message>
    <message>
        <source>The clock is running: %1, started at %2.</source>
        <translation>Die Stoppuhr läuft: %1, gestartet um %2.</translation>
    </message>
    <message>
        <source>Starting did not reach Clockodo. %1</source>
        <translation>Der Start hat Clockodo nicht erreicht. %1</translation>
    </message>
    <message>
        <source>Clockodo could not stop the clock (%1); %2 still runs (since %3).</source>
        <translation>Clockodo konnte die Stoppuhr nicht anhalten (%1); %2 läuft weiter (seit %3).</translation>
    </message>
    <message>
        <source>Stopping did not reach Clockodo; %1 still runs (since %2).</source>
        <translation>Das Anhalten hat Clockodo nicht erreicht; %1 läuft weiter (seit %2).</translation>
    </message>
    <message>
        <source>Clockodo could not start the clock (%1). %2</source>
        <translation>Clockodo konnte die Stoppuhr nicht starten (%1). %2</translation>
    </message>
    <message>
        <source>Another account was signed in before Clockodo answered; this change may have reached the previous account.</source>
        <translation>Ein anderes Konto wurde angemeldet, bevor Clockodo antwortete; diese Änderung hat vielleicht noch das vorherige Konto erreicht.</translation>
    </message>
    <message>
        <source>This task is not one of the signed-in account&apos;s tasks (its customer, project or service is not known there). Choose the task again.</source>
        <translation>Diese Aufgabe gehört nicht zum angemeldeten Konto (Kunde, Projekt oder Leistung sind dort unbekannt). Wählen Sie die Aufgabe erneut.</translation>
    </message>
    <message>
        <source>The start of a clock that runs offline can be changed once it is uploaded.</source>
        <translation>Der Beginn einer offline laufenden Stoppuhr kann geändert werden, sobald sie hochgeladen ist.</translation>
    </message>
</context>
<context>
    <name>StopwatchWidget</name>
    <message>
        <source>S&amp;witch…</source>
        <translation>&amp;Wechseln…</translation>
    </message>
    <message>
        <source>Change the task, description or start of the running clock</source>
        <translation>Aufgabe, Beschreibung oder Beginn der laufenden Stoppuhr ändern</translation>
    </message>
    <message>
        <source>Start another task; the running one is stopped</source>
        <translation>Eine andere Aufgabe starten; die laufende wird angehalten</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Anhalten</translation>
    </message>
    <message>
        <source>▶ Start…</source>
        <translation>▶ Starten…</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Stoppuhr anhalten</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Stoppuhr starten</translation>
    </message>
    <message>
        <source>Offline — showing the last known state</source>
        <translation>Offline – letzter bekannter Stand</translation>
    </message>
    <message>
        <source>Clockodo asks to slow down — retrying later</source>
        <translation>Clockodo bittet um eine Pause – neuer Versuch später</translation>
    </message>
    <message>
        <source>Clockodo has a problem — retrying later</source>
        <translation>Problem bei Clockodo – neuer Versuch später</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Reading the clock…</source>
        <translation>Stoppuhr wird abgefragt…</translation>
    </message>
    <message>
        <source>The clock is not running</source>
        <translation>Die Stoppuhr läuft nicht</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Bearbe&amp;iten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a tooltip: %1 what the button does, %2 its keys</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting to upload…</source>
        <translation>Wartet auf Upload…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n record(s) waiting to upload</source>
        <translation>
            <numerusform>Offline — %n Eintrag wartet auf Upload</numerusform>
            <numerusform>Offline — %n Einträge warten auf Upload</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the clock runs on this computer</source>
        <translation>Offline — die Stoppuhr läuft auf diesem Computer</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to upload</source>
        <translation>
            <numerusform>%n Eintrag wartet auf Upload</numerusform>
            <numerusform>%n Einträge warten auf Upload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCatalog</name>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Leistung %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>task — description</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Abrechenbar</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Woran arbeiten Sie?</translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation>Tippen, um Kunden zu suchen</translation>
    </message>
    <message>
        <source>Type to search services</source>
        <translation>Tippen, um Leistungen zu suchen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Loading customers, projects and services…</source>
        <translation>Kunden, Projekte und Leistungen werden geladen…</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>Choose a project from the list, or “No project”.</source>
        <translation>Wählen Sie ein Projekt aus der Liste oder „Kein Projekt“.</translation>
    </message>
    <message>
        <source>No service can be booked on this customer or project.</source>
        <translation>Auf diesen Kunden oder dieses Projekt kann keine Leistung gebucht werden.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Wählen Sie eine Leistung.</translation>
    </message>
</context>
<context>
    <name>TrayBalloon</name>
    <message>
        <source>Close</source>
        <extracomment>the close button of the tray&apos;s message popup (tooltip and accessible name)</extracomment>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Edit running clock…</source>
        <translation>Laufende Stoppuhr bearbeiten…</translation>
    </message>
    <message>
        <source>Start new…</source>
        <translation>Neue Aufgabe starten…</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Open clockodo-desktop</source>
        <translation>clockodo-desktop öffnen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>▶ %1 · %2</source>
        <comment>elapsed · running task</comment>
        <translation>▶ %1 · %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Reading the clock…</source>
        <translation>Stoppuhr wird abgefragt…</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>„%1“ fortsetzen</translation>
    </message>
    <message>
        <source>Continue last task</source>
        <translation>Letzte Aufgabe fortsetzen</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>Offline – neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Clockodo asks to slow down — retrying later</source>
        <translation>Clockodo bittet um eine Pause – neuer Versuch später</translation>
    </message>
    <message>
        <source>Clockodo has a problem — retrying later</source>
        <translation>Problem bei Clockodo – neuer Versuch später</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>clockodo-desktop — Demo</source>
        <translation>clockodo-desktop – Demo</translation>
    </message>
    <message>
        <source>clockodo-desktop</source>
        <translation>clockodo-desktop</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Not running · %1</source>
        <translation>Läuft nicht · %1</translation>
    </message>
    <message>
        <source>clockodo-desktop found no system tray, so it keeps running in its window: closing the window minimises it, and Quit ends the app.

On GNOME, install and enable the “AppIndicator and KStatusNotifierItem Support” extension (Debian and Ubuntu: package gnome-shell-extension-appindicator), log out and in again, and the stopwatch appears in the top bar.</source>
        <translation>clockodo-desktop hat keinen Infobereich gefunden und läuft deshalb in seinem Fenster weiter: Das Schließen des Fensters minimiert es, „Beenden“ beendet die App.

Unter GNOME installieren und aktivieren Sie die Erweiterung „AppIndicator and KStatusNotifierItem Support“ (Debian und Ubuntu: Paket gnome-shell-extension-appindicator), melden sich ab und wieder an – dann erscheint die Stoppuhr in der oberen Leiste.</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
    <message>
        <source>★ %1</source>
        <extracomment>a pinned task in the tray menu</extracomment>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Pin tasks</source>
        <translation>Aufgaben anheften</translation>
    </message>
    <message>
        <source>Waiting to upload…</source>
        <translation>Wartet auf Upload…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n record(s) waiting to upload</source>
        <translation>
            <numerusform>Offline — %n Eintrag wartet auf Upload</numerusform>
            <numerusform>Offline — %n Einträge warten auf Upload</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the clock runs on this computer</source>
        <translation>Offline — die Stoppuhr läuft auf diesem Computer</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to upload</source>
        <translation>
            <numerusform>%n Eintrag wartet auf Upload</numerusform>
            <numerusform>%n Einträge warten auf Upload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>WaitingUploadDialog</name>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <source>What you clocked while Clockodo could not be reached. It is uploaded by itself when Clockodo answers again; a record with a problem waits for your decision.</source>
        <translation>Was Sie erfasst haben, während Clockodo nicht erreichbar war. Es wird von selbst hochgeladen, sobald Clockodo wieder antwortet; ein Eintrag mit einem Problem wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>&amp;Upload anyway</source>
        <translation>Trotzdem &amp;hochladen</translation>
    </message>
    <message>
        <source>Upload once without the check that found the problem</source>
        <translation>Einmal ohne die Prüfung hochladen, die das Problem gefunden hat</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The record could not be changed: it is being uploaded or no longer waits.</source>
        <translation>Der Eintrag konnte nicht geändert werden: Er wird gerade hochgeladen oder wartet nicht mehr.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard “%1” (%2)? It will never be uploaded, and this cannot be undone.</source>
        <translation>„%1“ (%2) verwerfen? Er wird nie hochgeladen, und das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>WaitingUploadModel</name>
    <message>
        <source>Customer %1 · Service %2</source>
        <translation>Kunde %1 · Leistung %2</translation>
    </message>
    <message>
        <source>Stop of %1</source>
        <extracomment>a clock that ran on Clockodo and was stopped on this computer; %1 is the task</extracomment>
        <translation>Anhalten von %1</translation>
    </message>
    <message>
        <source>%1 %2 – now</source>
        <extracomment>a period still running: day, start time</extracomment>
        <translation>%1 %2 – jetzt</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <extracomment>day, start time, end time</extracomment>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Running on this computer</source>
        <translation>Läuft auf diesem Computer</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>WindowsAutostart</name>
    <message>
        <source>Could not add the program to the Windows start-up programs.</source>
        <translation>Das Programm konnte nicht zu den Windows-Autostartprogrammen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not remove the program from the Windows start-up programs.</source>
        <translation>Das Programm konnte nicht aus den Windows-Autostartprogrammen entfernt werden.</translation>
    </message>
</context>
<context>
    <name>WorkTimePanel</name>
    <message>
        <source>Work time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Coming up:</source>
        <translation>Demnächst:</translation>
    </message>
</context>
<context>
    <name>WorkTimeText</name>
    <message>
        <source>Today %1 h</source>
        <comment>worked hours:minutes</comment>
        <translation>Heute %1 h</translation>
    </message>
    <message>
        <source>Today %1 of %2 h</source>
        <comment>worked of target, hours:minutes</comment>
        <translation>Heute %1 von %2 h</translation>
    </message>
    <message>
        <source>Week %1 h</source>
        <comment>worked hours:minutes</comment>
        <translation>Woche %1 h</translation>
    </message>
    <message>
        <source>Week %1 of %2 h</source>
        <comment>worked of target, hours:minutes</comment>
        <translation>Woche %1 von %2 h</translation>
    </message>
    <message>
        <source>Overtime: %1 h</source>
        <translation>Überstunden: %1 h</translation>
    </message>
    <message>
        <source>Vacation left: %1 days</source>
        <translation>Resturlaub: %1 Tage</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Special leave</source>
        <translation>Sonderurlaub</translation>
    </message>
    <message>
        <source>Overtime reduction</source>
        <translation>Überstundenabbau</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>Home office</source>
        <translation>Homeoffice</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Außer Haus</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>(requested)</source>
        <translation>(beantragt)</translation>
    </message>
</context>
<context>
    <name>WorkTimeTray</name>
    <message>
        <source>Open</source>
        <extracomment>the button of a reminder notification: opens the start dialog or the running clock&apos;s editor</extracomment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Could not remove the autostart entry %1.</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write the autostart entry %1: %2</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The program path %1 cannot be used in an autostart entry.</source>
        <translation>Der Programmpfad %1 kann nicht in einem Autostart-Eintrag verwendet werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clockodo time tracking in the tray.</source>
        <translation>Clockodo-Zeiterfassung im Infobereich.</translation>
    </message>
    <message>
        <source>Use a built-in demo server with sample data.</source>
        <translation>Einen eingebauten Demo-Server mit Beispieldaten verwenden.</translation>
    </message>
    <message>
        <source>Started at login: stay in the tray.</source>
        <translation>Bei der Anmeldung gestartet: im Infobereich bleiben.</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;dir&gt;.</source>
        <translation>Einstellungen in &lt;dir&gt; lesen und schreiben.</translation>
    </message>
    <message>
        <source>With --start: the recent task to start.</source>
        <translation>Mit --start: die zu startende zuletzt verwendete Aufgabe.</translation>
    </message>
    <message>
        <source>--export goes alone, without another command.</source>
        <translation>--export steht allein, ohne einen anderen Befehl.</translation>
    </message>
</context>
</TS>
