<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountSession</name>
    <message>
        <source>Clockodo did not accept this e-mail address and API key. Use the e-mail address you sign in to Clockodo with, and copy the API key again: it may have been changed or revoked.</source>
        <translation>Clockodo n’a pas accepté cette adresse e-mail et cette clé API. Utilisez l’adresse e-mail avec laquelle vous vous connectez à Clockodo et copiez à nouveau la clé API&#xa0;: elle a peut-être été modifiée ou révoquée.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached. Check your internet connection and, under Advanced, the API address.</source>
        <translation>Clockodo est injoignable. Vérifiez votre connexion Internet et, sous «&#xa0;Avancé&#xa0;», l’adresse de l’API.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time. Check your internet connection and try again.</source>
        <translation>Clockodo n’a pas répondu à temps. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Clockodo has received too many requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Clockodo a reçu trop de requêtes. Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Clockodo a reçu trop de requêtes. Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clockodo has received too many requests. Wait a minute and try again.</source>
        <translation>Clockodo a reçu trop de requêtes. Attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Clockodo has a problem right now (server error %1). Try again later.</source>
        <translation>Clockodo rencontre actuellement un problème (erreur serveur %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Clockodo refused access for this account. Ask your Clockodo administrator whether your account may use the API.</source>
        <translation>Clockodo a refusé l’accès à ce compte. Demandez à votre administrateur Clockodo si votre compte peut utiliser l’API.</translation>
    </message>
    <message>
        <source>The answer did not come from the Clockodo API. Check the API address under Advanced.</source>
        <translation>La réponse ne provient pas de l’API Clockodo. Vérifiez l’adresse de l’API sous «&#xa0;Avancé&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your Clockodo account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte Clockodo.</translation>
    </message>
    <message>
        <source>Enter your Clockodo API key.</source>
        <translation>Saisissez votre clé API Clockodo.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// only for this computer).</source>
        <translation>L’adresse de l’API doit commencer par https:// (http:// simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>You can still sign in: the API key is then kept in memory only until you quit clockodo-desktop, and asked for again at the next start.</source>
        <translation>Vous pouvez tout de même vous connecter&#xa0;: la clé API est alors conservée en mémoire uniquement jusqu’à la fermeture de clockodo-desktop, puis redemandée au prochain démarrage.</translation>
    </message>
    <message>
        <source>You stay signed in: the API key is kept in memory only until you quit clockodo-desktop, and asked for again at the next start.</source>
        <translation>Vous restez connecté&#xa0;: la clé API est conservée en mémoire uniquement jusqu’à la fermeture de clockodo-desktop, puis redemandée au prochain démarrage.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be removed from the system keychain. %2 You can delete the entry “%3” with your keyring tool.</source>
        <translation>La clé API de %1 n’a pas pu être supprimée du trousseau du système. %2 Vous pouvez supprimer l’entrée «&#xa0;%3&#xa0;» avec votre gestionnaire de trousseau.</translation>
    </message>
</context>
<context>
    <name>ActivitySettingsPage</name>
    <message>
        <source>Idle and lock</source>
        <translation>Inactivité et verrouillage</translation>
    </message>
    <message>
        <source>&amp;Ask what to do with time away while a clock runs</source>
        <translation>&amp;Demander quoi faire du temps d’absence, chronomètre en marche</translation>
    </message>
    <message>
        <source>Away after:</source>
        <translation>Absent après&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Away after (minutes)</source>
        <translation>Absent après (minutes)</translation>
    </message>
    <message>
        <source>Stop the clock when the screen &amp;locks</source>
        <translation>Arrêter le chronomètre quand l’écran se &amp;verrouille</translation>
    </message>
    <message>
        <source>Stop the clock when the computer &amp;suspends</source>
        <translation>Arrêter le chronomètre quand l’ordinateur se met en &amp;veille</translation>
    </message>
    <message>
        <source>Stop the clock when the computer shuts &amp;down</source>
        <translation>Arrêter le chronomètre quand l’ordinateur s’é&amp;teint</translation>
    </message>
    <message>
        <source>Idle time source: not checked yet</source>
        <translation>Source du temps d’inactivité&#xa0;: pas encore vérifié</translation>
    </message>
    <message>
        <source>Idle time source: none found. The question about time away cannot be asked here.</source>
        <translation>Source du temps d’inactivité&#xa0;: aucun trouvé. La question sur le temps d’absence ne peut pas être posée ici.</translation>
    </message>
    <message>
        <source>Idle time source: %1</source>
        <translation>Source du temps d’inactivité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Not signed in to Clockodo.</source>
        <translation>Non connecté à Clockodo.</translation>
    </message>
    <message>
        <source>The contact e-mail address is missing or too long for Clockodo&apos;s limit of %1 characters. Set a shorter one in Settings.</source>
        <translation>L’adresse e-mail de contact est absente ou dépasse la limite de %1 caractères de Clockodo. Indiquez-en une plus courte dans les paramètres.</translation>
    </message>
    <message>
        <source>The Clockodo address is not allowed.</source>
        <translation>L’adresse Clockodo n’est pas autorisée.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
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
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Clockodo did not accept the e-mail address and API key. Check them in your Clockodo profile.</source>
        <translation>Clockodo n’a pas accepté l’adresse e-mail et la clé API. Vérifiez-les dans votre profil Clockodo.</translation>
    </message>
    <message>
        <source>Your Clockodo account is not allowed to do this.</source>
        <translation>Votre compte Clockodo n’est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>Clockodo no longer knows this item; it may have been deleted elsewhere.</source>
        <translation>Clockodo ne connaît plus cet élément&#x202f;; il a peut-être été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>The item was changed elsewhere in the meantime.</source>
        <translation>L’élément a été modifié ailleurs entre-temps.</translation>
    </message>
    <message>
        <source>Clockodo rejected the input.</source>
        <translation>Clockodo a refusé la saisie.</translation>
    </message>
    <message>
        <source>Clockodo rejected the input (%1).</source>
        <translation>Clockodo a refusé la saisie (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to Clockodo. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes envoyées à Clockodo. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de requêtes envoyées à Clockodo. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to Clockodo. Try again in a moment.</source>
        <translation>Trop de requêtes envoyées à Clockodo. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Clockodo has a problem (HTTP %1). Try again later.</source>
        <translation>Clockodo rencontre un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cannot reach Clockodo. Check your internet connection.</source>
        <translation>Impossible de joindre Clockodo. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time.</source>
        <translation>Clockodo n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Clockodo sent an answer this version cannot read.</source>
        <translation>Clockodo a envoyé une réponse que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <source>The connection settings are invalid.</source>
        <translation>Les paramètres de connexion ne sont pas valides.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Certificate not accepted</source>
        <translation>Certificat refusé</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Not signed in: no Clockodo account is set up here. Sign in with clockodo-desktop first.</source>
        <translation>Non connecté : aucun compte Clockodo n’est configuré ici. Connectez-vous d’abord dans clockodo-desktop.</translation>
    </message>
    <message>
        <source>The secure connection to Clockodo failed: the server&apos;s certificate was not accepted. Check the API address, the computer&apos;s date and time, and whether a proxy intercepts the connection.</source>
        <translation>La connexion sécurisée à Clockodo a échoué : le certificat du serveur n’a pas été accepté. Vérifiez l’adresse de l’API, la date et l’heure de l’ordinateur et si un proxy intercepte la connexion.</translation>
    </message>
    <message>
        <source>The Clockodo address redirected to another server. The redirect was not followed, so that your API key stays with Clockodo; check the API address.</source>
        <translation>L’adresse de Clockodo a redirigé vers un autre serveur. La redirection n’a pas été suivie, afin que votre clé API reste chez Clockodo ; vérifiez l’adresse de l’API.</translation>
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
        <translation>Le serveur de démonstration n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Waiting to upload…</source>
        <translation>En attente d’envoi…</translation>
    </message>
    <message>
        <source>Simulate offline (demo)</source>
        <translation>Simuler hors ligne (démo)</translation>
    </message>
</context>
<context>
    <name>ClockActions</name>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Chronomètre</translation>
    </message>
    <message>
        <source>S&amp;witch task…</source>
        <translation>C&amp;hanger de tâche…</translation>
    </message>
    <message>
        <source>C&amp;ontinue this task</source>
        <translation>&amp;Reprendre cette tâche</translation>
    </message>
    <message>
        <source>&amp;Stop the clock</source>
        <translation>&amp;Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>&amp;Start the clock…</source>
        <translation>&amp;Démarrer le chronomètre…</translation>
    </message>
    <message>
        <source>&amp;Continue last task</source>
        <translation>&amp;Reprendre la dernière tâche</translation>
    </message>
    <message>
        <source>&amp;Unpin this task</source>
        <translation>Désé&amp;pingler cette tâche</translation>
    </message>
    <message>
        <source>&amp;Pin this task to the tray menu</source>
        <translation>É&amp;pingler cette tâche au menu de la zone de notification</translation>
    </message>
</context>
<context>
    <name>CommandLineClient</name>
    <message>
        <source>The Clockodo address is not allowed.</source>
        <translation>L’adresse Clockodo n’est pas autorisée.</translation>
    </message>
    <message>
        <source>Not signed in to Clockodo. Start clockodo-desktop to sign in.</source>
        <translation>Non connecté à Clockodo. Lancez clockodo-desktop pour vous connecter.</translation>
    </message>
    <message>
        <source>No API key is stored. Start clockodo-desktop to sign in.</source>
        <translation>Aucune clé API n’est enregistrée. Lancez clockodo-desktop pour vous connecter.</translation>
    </message>
    <message>
        <source>The API key could not be read: %1</source>
        <translation>Impossible de lire la clé API&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Print what the clock does (one line) and exit.</source>
        <translation>Afficher l’état du chronomètre (une ligne) et quitter.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Afficher la réponse au format JSON.</translation>
    </message>
    <message>
        <source>Start the clock: on recent task [N] (1 = newest), or on --customer, --service (and --project, --text).</source>
        <translation>Démarrer le chronomètre&#xa0;: sur la tâche récente [N] (1 = la plus récente), ou sur --customer, --service (et --project, --text).</translation>
    </message>
    <message>
        <source>Stop the running clock.</source>
        <translation>Arrêter le chronomètre en cours.</translation>
    </message>
    <message>
        <source>Stop the running clock, or continue the last task.</source>
        <translation>Arrêter le chronomètre en cours, ou reprendre la dernière tâche.</translation>
    </message>
    <message>
        <source>Customer id for --start.</source>
        <translation>ID du client pour --start.</translation>
    </message>
    <message>
        <source>Project id for --start.</source>
        <translation>ID du projet pour --start.</translation>
    </message>
    <message>
        <source>Service id for --start.</source>
        <translation>ID de la prestation pour --start.</translation>
    </message>
    <message>
        <source>Description for --start.</source>
        <translation>Description pour --start.</translation>
    </message>
    <message>
        <source>Use only one of --status, --start, --stop and --toggle.</source>
        <translation>N’utilisez qu’une seule des options --status, --start, --stop et --toggle.</translation>
    </message>
    <message>
        <source>--customer, --project, --service and --text only go with --start.</source>
        <translation>--customer, --project, --service et --text ne s’utilisent qu’avec --start.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--json goes with --status, --start, --stop or --toggle.</source>
        <translation>--json s’utilise avec --status, --start, --stop ou --toggle.</translation>
    </message>
    <message>
        <source>--start takes the number of a recent task (1 = newest).</source>
        <translation>--start attend le numéro d’une tâche récente (1 = la plus récente).</translation>
    </message>
    <message>
        <source>Start either a recent task by number or a task by --customer and --service.</source>
        <translation>Démarrez soit une tâche récente par son numéro, soit une tâche par --customer et --service.</translation>
    </message>
    <message>
        <source>Ids are positive whole numbers.</source>
        <translation>Les ID sont des nombres entiers positifs.</translation>
    </message>
    <message>
        <source>--start needs a recent task number, or --customer and --service.</source>
        <translation>--start nécessite le numéro d’une tâche récente, ou --customer et --service.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Commande inconnue.</translation>
    </message>
    <message>
        <source>Not ready.</source>
        <translation>Pas prêt.</translation>
    </message>
    <message>
        <source>No command.</source>
        <translation>Aucune commande.</translation>
    </message>
    <message>
        <source>The clock could not be read: %1</source>
        <translation>Impossible de lire l’état du chronomètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Aucun chronomètre en cours.</translation>
    </message>
    <message>
        <source>There is no recent task %1 (there are %2).</source>
        <translation>Il n’y a pas de tâche récente %1 (il y en a %2).</translation>
    </message>
    <message>
        <source>The recent tasks could not be read: %1</source>
        <translation>Impossible de lire les tâches récentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <extracomment>the clock&apos;s state printed by &quot;clockodo-desktop --status&quot;</extracomment>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>task, elapsed</comment>
        <extracomment>&quot;clockodo-desktop --status&quot; while the clock runs: the task, two spaces, the elapsed time &quot;1:23:45&quot;</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>The signed-in account changed before the command was done; nothing was done.</source>
        <translation>Le compte connecté a changé avant que la commande soit exécutée&#xa0;; rien n’a été fait.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time; the clock may have changed. Check with --status.</source>
        <translation>Clockodo n’a pas répondu à temps&#xa0;; le chronomètre a peut-être changé. Vérifiez avec --status.</translation>
    </message>
    <message>
        <source>Clockodo did not answer in time; nothing was done.</source>
        <translation>Clockodo n’a pas répondu à temps&#xa0;; rien n’a été fait.</translation>
    </message>
    <message>
        <source>The customers and services could not be loaded: %1</source>
        <translation>Les clients et les prestations n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CorrectClockDialog</name>
    <message>
        <source>Start at %1 instead</source>
        <translation>Commencer plutôt à %1</translation>
    </message>
    <message>
        <source>Edit running clock</source>
        <translation>Modifier le chronomètre en cours</translation>
    </message>
    <message>
        <source>S&amp;tarted at:</source>
        <translation>&amp;Démarré à&#xa0;:</translation>
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
        <translation>Commencer 15 minutes plus tôt</translation>
    </message>
    <message>
        <source>Start 5 minutes earlier</source>
        <translation>Commencer 5 minutes plus tôt</translation>
    </message>
    <message>
        <source>Start 5 minutes later</source>
        <translation>Commencer 5 minutes plus tard</translation>
    </message>
    <message>
        <source>Elapsed with this start: %1</source>
        <translation>Durée avec ce début&#xa0;: %1</translation>
    </message>
    <message>
        <source>This clock no longer runs.</source>
        <translation>Ce chronomètre ne tourne plus.</translation>
    </message>
    <message>
        <source>The start must not lie in the future.</source>
        <translation>Le début ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The start %1 was saved as entered and overlaps your previous entry. The earliest start without overlap is %2.</source>
        <extracomment>%1 is the start just saved, %2 the earliest start without overlap</extracomment>
        <translation>Le début %1 a été enregistré tel que saisi et chevauche votre saisie précédente. Le début le plus tôt sans chevauchement est %2.</translation>
    </message>
    <message>
        <source>The start %1 was saved as entered and overlaps your previous entry.</source>
        <translation>Le début %1 a été enregistré tel que saisi et chevauche votre saisie précédente.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available, so the API key cannot be stored securely. Make sure that a keyring service (such as GNOME Keyring or KWallet) is installed and running.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: la clé API ne peut donc pas être enregistrée de manière sécurisée. Vérifiez qu’un service de trousseau (comme GNOME Keyring ou KWallet) est installé et en cours d’exécution.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for its password.</source>
        <translation>Le trousseau du système n’a pas répondu à temps. Il est peut-être verrouillé et attend son mot de passe.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keyring and try again.</source>
        <translation>L’accès au trousseau du système a été refusé. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request.</source>
        <translation>Le trousseau du système n’a pas pu traiter la demande.</translation>
    </message>
</context>
<context>
    <name>CsvOptionsDialog</name>
    <message>
        <source>CSV options</source>
        <translation>Options CSV</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Virgule (1,5)</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Point (1.5)</translation>
    </message>
    <message>
        <source>German and French spreadsheets expect a semicolon and a decimal comma; English ones a comma and a decimal point.</source>
        <translation>Les tableurs allemands et français attendent un point-virgule et une virgule décimale ; les tableurs anglais une virgule et un point décimal.</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>Signe &amp;décimal :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>QLocale date pattern for a day row and an entry&apos;s date: short weekday, day, short month. German: ddd d. MMM</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>QLocale date pattern for a day in tooltips: long weekday, day, long month. German: dddd, d. MMMM</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <extracomment>QLocale date pattern under a bar of the hours chart: short weekday and day. German: ddd d.</extracomment>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>QLocale date pattern for the start of a range in the same year: day and short month. German: d. MMM</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QLocale date pattern for a date with year: day, short month, year. German: d. MMM yyyy</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Week %1, %2</source>
        <extracomment>%1 is the week number, %2 the days, e.g. &quot;Week 48, 23–29 Nov 2026&quot;</extracomment>
        <translation>Semaine %1, %2</translation>
    </message>
    <message>
        <source>No entries on this day — start the clock or press Ins</source>
        <translation>Aucune saisie ce jour-là — démarrez le chronomètre ou appuyez sur Inser</translation>
    </message>
    <message>
        <source>No entries this week — start the clock or press Ins</source>
        <translation>Aucune saisie cette semaine — démarrez le chronomètre ou appuyez sur Inser</translation>
    </message>
    <message>
        <source>No entries this month — start the clock or press Ins</source>
        <translation>Aucune saisie ce mois-ci — démarrez le chronomètre ou appuyez sur Inser</translation>
    </message>
    <message>
        <source>No entries in this period — start the clock or press Ins</source>
        <translation>Aucune saisie sur cette période — démarrez le chronomètre ou appuyez sur Inser</translation>
    </message>
</context>
<context>
    <name>DayGroupProxyModel</name>
    <message>
        <source>%1 · today</source>
        <extracomment>a day header of the entry table when the day is today: &quot;Monday, 30 November 2026 · today&quot;</extracomment>
        <translation>%1 · aujourd’hui</translation>
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
        <translation>%1&#xa0;: %2 heures</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>%1 h worked, %2 h booked</source>
        <extracomment>a day or range whose entries overlap: &quot;9:00 h worked, 10:00 h booked&quot;</extracomment>
        <translation>%1 h travaillées, %2 h saisies</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message numerus="yes">
        <source>Delete %n entries?</source>
        <translation>
            <numerusform>Supprimer %n saisie&#x202f;?</numerusform>
            <numerusform>Supprimer %n saisies&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Undo (%1) right after brings them back as new entries.</source>
        <extracomment>%1 is the shortcut of Undo (Ctrl+Z)</extracomment>
        <translation>
            <numerusform>Vous pourrez la rétablir juste après avec %1 : elle sera recréée comme nouvelle saisie.</numerusform>
            <numerusform>Vous pourrez les rétablir juste après avec %1 : elles seront recréées comme nouvelles saisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>A running clock entry cannot be brought back once deleted.</source>
        <translation>Une saisie de chronomètre en cours ne peut pas être rétablie une fois supprimée.</translation>
    </message>
    <message>
        <source>Undo (%1) right after brings them back as new entries, except the running clock entry.</source>
        <extracomment>%1 is the shortcut of Undo (Ctrl+Z)</extracomment>
        <translation>Vous pourrez les rétablir juste après avec %1 (recréées comme nouvelles saisies), sauf la saisie de chronomètre en cours.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EntryEditDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Modifier la saisie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save &amp;mine anyway</source>
        <translation>Enregistrer ma v&amp;ersion quand même</translation>
    </message>
    <message>
        <source>Discard mine, load the ne&amp;wer version</source>
        <translation>Abandonner ma version, charger la &amp;nouvelle</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Type de saisie</translation>
    </message>
    <message>
        <source>Time entry</source>
        <translation>Saisie de temps</translation>
    </message>
    <message>
        <source>Lump-sum value</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Lump-sum service</source>
        <translation>Prestation forfaitaire</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>For example 9, 930, 9:30, 21:30 or 9pm</source>
        <translation>Par exemple 9, 930, 9:30, 9h30 ou 21h30</translation>
    </message>
    <message>
        <source>e.g. 9:30</source>
        <translation>p. ex. 9:30</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>For example 17:00, 1730, or +15m after the start</source>
        <translation>Par exemple 17:00, 1730, 17h30 ou +15m après le début</translation>
    </message>
    <message>
        <source>e.g. 17:00 or +1h</source>
        <translation>p. ex. 17:00 ou +1h</translation>
    </message>
    <message>
        <source>Ends the &amp;next day</source>
        <translation>Se termine le &amp;lendemain</translation>
    </message>
    <message>
        <source>Ends the next day</source>
        <translation>Se termine le lendemain</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>For example 1:15, 1.25h or 75m</source>
        <translation>Par exemple 1:15, 1h15, 1,25h ou 75m</translation>
    </message>
    <message>
        <source>e.g. 1:15, 1.25h or 75m</source>
        <translation>p. ex. 1:15, 1,25h ou 75m</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>P&amp;restation&#xa0;:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>&amp;Lump-sum service:</source>
        <translation>Prestation f&amp;orfaitaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>p. ex. 12</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>e.g. 120.00</source>
        <translation>p. ex. 120,00</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Qu’avez-vous fait&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Billable:</source>
        <translation>F&amp;acturable&#xa0;:</translation>
    </message>
    <message>
        <source>Billable state</source>
        <translation>Statut de facturation</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>quotation marks around something the user typed</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>placeholder of the end and duration fields while the clock runs (the entry is still running)</extracomment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>unit</source>
        <extracomment>stands in for a lump-sum service without a unit in &quot;0.30 per unit&quot;</extracomment>
        <translation>unité</translation>
    </message>
    <message>
        <source>%1 per %2 · total %3</source>
        <extracomment>lump-sum service price: &quot;0.30 per km · total 12.60&quot;</extracomment>
        <translation>%1 par %2 · total %3</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>%1 is not a customer you can choose.</source>
        <translation>%1 n’est pas un client que vous pouvez choisir.</translation>
    </message>
    <message>
        <source>Choose a project of this customer, or leave the field empty.</source>
        <translation>Choisissez un projet de ce client ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Choose a lump-sum service.</source>
        <translation>Choisissez une prestation forfaitaire.</translation>
    </message>
    <message>
        <source>%1 is not a lump-sum service you can choose.</source>
        <translation>%1 n’est pas une prestation forfaitaire que vous pouvez choisir.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Choisissez une prestation.</translation>
    </message>
    <message>
        <source>%1 is not a service you can choose for this customer and project.</source>
        <translation>%1 n’est pas une prestation que vous pouvez choisir pour ce client et ce projet.</translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation>Saisissez l’heure de début.</translation>
    </message>
    <message>
        <source>%1 is not a time. Try 9, 930, 9:30 or 9pm.</source>
        <translation>%1 n’est pas une heure. Essayez 9, 930, 9:30 ou 9h30.</translation>
    </message>
    <message>
        <source>This time does not exist on that day (the clocks change).</source>
        <translation>Cette heure n’existe pas ce jour-là (changement d’heure).</translation>
    </message>
    <message>
        <source>%1 is not a duration. Try 1:15, 1.25h or 75m.</source>
        <translation>%1 n’est pas une durée. Essayez 1:15, 1,25h ou 75m.</translation>
    </message>
    <message>
        <source>%1 is not a time. Try 17:00, 1730 or +1h.</source>
        <translation>%1 n’est pas une heure. Essayez 17:00, 1730 ou +1h.</translation>
    </message>
    <message>
        <source>Enter an end time or a duration.</source>
        <translation>Saisissez une heure de fin ou une durée.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>La durée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>End must be after start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>End must be after start — or tick “Ends the next day”.</source>
        <translation>La fin doit être postérieure au début — ou cochez «&#xa0;Se termine le lendemain&#xa0;».</translation>
    </message>
    <message>
        <source>An entry can be at most 23:59:59 hours long.</source>
        <translation>Une saisie peut durer au plus 23:59:59 heures.</translation>
    </message>
    <message>
        <source>ends %1 (+%2)</source>
        <extracomment>the end computed from start + duration, e.g. &quot;ends 10:45&quot; or &quot;ends 01:30 (+1)&quot;</extracomment>
        <translation>fin à %1 (+%2)</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>fin à %1</translation>
    </message>
    <message>
        <source>%1 h (%2 h)</source>
        <extracomment>the duration computed from start and end, e.g. &quot;1:15 h (1.25 h)&quot;</extracomment>
        <translation>%1 h (%2 h)</translation>
    </message>
    <message>
        <source>running for %1 h</source>
        <translation>en cours depuis %1 h</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation>Saisissez une valeur supérieure à 0.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <source>Enter the quantity.</source>
        <translation>Saisissez la quantité.</translation>
    </message>
    <message>
        <source>Entries up to %1 are locked; Clockodo will probably refuse this change.</source>
        <translation>Les saisies jusqu’au %1 sont verrouillées&#x202f;; Clockodo refusera probablement cette modification.</translation>
    </message>
    <message>
        <source>Decide above how to continue.</source>
        <translation>Choisissez ci-dessus comment continuer.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <extracomment>beside the disabled Save button</extracomment>
        <translation>Enregistrement impossible pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>fin</translation>
    </message>
    <message>
        <source>customer</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <source>project</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>projet</translation>
    </message>
    <message>
        <source>service</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>prestation</translation>
    </message>
    <message>
        <source>amount</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>montant</translation>
    </message>
    <message>
        <source>description</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English)</extracomment>
        <translation>description</translation>
    </message>
    <message>
        <source>billable</source>
        <extracomment>a field name inside &quot;Changed there: %1.&quot; (lowercase in English), the billable state</extracomment>
        <translation>facturation</translation>
    </message>
    <message>
        <source>Loaded the newer version from Clockodo; your changes were discarded.</source>
        <translation>La version la plus récente a été chargée depuis Clockodo&#x202f;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Edit time entry</source>
        <translation>Modifier la saisie de temps</translation>
    </message>
    <message>
        <source>Edit lump-sum value</source>
        <translation>Modifier le forfait</translation>
    </message>
    <message>
        <source>Edit lump-sum service</source>
        <translation>Modifier la prestation forfaitaire</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <extracomment>window title: a new entry made as a copy of another one (noun, not a command)</extracomment>
        <translation>Dupliquer la saisie</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Nouvelle saisie de temps</translation>
    </message>
    <message>
        <source>New lump-sum value</source>
        <translation>Nouveau forfait</translation>
    </message>
    <message>
        <source>New lump-sum service</source>
        <translation>Nouvelle prestation forfaitaire</translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here.</source>
        <extracomment>after a failed save; %1 is the reason</extracomment>
        <translation>Non enregistré&#xa0;: %1 Tout ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>a problem shown next to a form field, after a warning sign</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Last change: %1. Changed there: %2. Save your version over it, or discard your changes and load the newer one?</source>
        <extracomment>%1 is the date and time of the last change, %2 the changed fields</extracomment>
        <translation>Cette saisie a été modifiée dans Clockodo après que vous l’avez ouverte. Dernière modification&#xa0;: %1. Modifié là-bas&#xa0;: %2. Enregistrer votre version par-dessus, ou abandonner vos modifications et charger la plus récente&#x202f;?</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Last change: %1. Save your version over it, or discard your changes and load the newer one?</source>
        <extracomment>%1 is the date and time of the last change</extracomment>
        <translation>Cette saisie a été modifiée dans Clockodo après que vous l’avez ouverte. Dernière modification&#xa0;: %1. Enregistrer votre version par-dessus, ou abandonner vos modifications et charger la plus récente&#x202f;?</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Changed there: %1. Save your version over it, or discard your changes and load the newer one?</source>
        <extracomment>%1 are the changed fields, e.g. &quot;start, end and customer&quot;</extracomment>
        <translation>Cette saisie a été modifiée dans Clockodo après que vous l’avez ouverte. Modifié là-bas&#xa0;: %1. Enregistrer votre version par-dessus, ou abandonner vos modifications et charger la plus récente&#x202f;?</translation>
    </message>
    <message>
        <source>This entry was changed in Clockodo after you opened it. Save your version over it, or discard your changes and load the newer one?</source>
        <translation>Cette saisie a été modifiée dans Clockodo après que vous l’avez ouverte. Enregistrer votre version par-dessus, ou abandonner vos modifications et charger la plus récente&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Unlock the billed entry to change it.</source>
        <translation>Déverrouillez la saisie facturée pour la modifier.</translation>
    </message>
    <message>
        <source>Adjust: %1</source>
        <extracomment>what the Adjust button of the overlap question does, e.g. &quot;Adjust: 10:30–12:00&quot;</extracomment>
        <translation>Ajuster&#xa0;: %1</translation>
    </message>
    <message>
        <source>This entry is billed: it is locked so that it stays as invoiced. Unlock it only to correct a mistake.</source>
        <translation>Cette saisie est facturée&#xa0;: elle est verrouillée pour rester conforme à la facture. Ne la déverrouillez que pour corriger une erreur.</translation>
    </message>
    <message>
        <source>This entry has been billed. Changing it makes it differ from the invoice. Unlock it for changes?</source>
        <translation>Cette saisie a déjà été facturée. La modifier la rendra différente de la facture. La déverrouiller pour la modifier&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>The day has no time left after its last entry: the copy keeps the original times.</source>
        <translation>Il ne reste plus de temps après la dernière saisie de la journée&#xa0;: la copie garde les heures d’origine.</translation>
    </message>
    <message>
        <source>The copy starts after the day&apos;s last entry and would pass midnight: it ends at midnight, %1 h shorter than the original.</source>
        <extracomment>%1 is how much shorter the copy is, e.g. &quot;1:30&quot;</extracomment>
        <translation>La copie commence après la dernière saisie de la journée et dépasserait minuit&#xa0;: elle se termine à minuit, %1 h plus courte que l’original.</translation>
    </message>
    <message>
        <source>No open projects</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>EntryExporter</name>
    <message>
        <source>The export range is empty.</source>
        <translation>La période d’export est vide.</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>EntryFilterBar</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>All customers</source>
        <extracomment>first item of the customer filter, after the label “Customer:”; keep it short</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All projects</source>
        <extracomment>first item of the project filter, after the label “Project:”; keep it short</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All services</source>
        <extracomment>first item of the service filter, after the label “Service:”; keep it short</extracomment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Billable or billed</source>
        <translation>Facturable ou facturé</translation>
    </message>
    <message>
        <source>Search description, customer, project, service…</source>
        <translation>Rechercher description, client, projet, prestation…</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Rechercher dans les saisies</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cl&amp;ient&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Filtrer par client</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by project</source>
        <translation>Filtrer par projet</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Presta&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by service</source>
        <translation>Filtrer par prestation</translation>
    </message>
    <message>
        <source>Bi&amp;llable:</source>
        <translation>Factura&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by billable state</source>
        <translation>Filtrer par statut de facturation</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Close the filter</source>
        <translation>Fermer le filtre</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Not billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <extracomment>an end time on a later day than the start, e.g. &quot;02:00 (+1)&quot;</extracomment>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Hours (decimal)</source>
        <translation>Heures (décimales)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>an entry&apos;s time span: &quot;09:00–10:30&quot;, or &quot;09:00–running&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Billed: locked so that the invoice stays right. Open it to unlock it for changes.</source>
        <translation>Facturée&#xa0;: verrouillée pour que la facture reste juste. Ouvrez-la pour la déverrouiller et la modifier.</translation>
    </message>
    <message>
        <source>Overlaps with:
%1
The day&apos;s total counts this time once.</source>
        <extracomment>tooltip of an entry whose time overlaps other entries; %1 lists them, one a line</extracomment>
        <translation>Chevauche&#xa0;:
%1
Le total de la journée compte ce temps une seule fois.</translation>
    </message>
</context>
<context>
    <name>EntryUndoController</name>
    <message numerus="yes">
        <source>%n entries deleted.</source>
        <translation>
            <numerusform>%n saisie supprimée.</numerusform>
            <numerusform>%n saisies supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Saisie enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored (added again as new entries).</source>
        <translation>
            <numerusform>%n saisie rétablie (recréée comme nouvelle saisie).</numerusform>
            <numerusform>%n saisies rétablies (recréées comme nouvelles saisies).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit undone: the previous values are back.</source>
        <translation>Modification annulée : les valeurs précédentes sont rétablies.</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Und&amp;o delete (%n entries)</source>
        <translation>
            <numerusform>&amp;Annuler la suppression (%n saisie)</numerusform>
            <numerusform>&amp;Annuler la suppression (%n saisies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Und&amp;o edit</source>
        <translation>&amp;Annuler la modification</translation>
    </message>
</context>
<context>
    <name>EntryUndoStack</name>
    <message>
        <source>The edit could not be undone: %1</source>
        <translation>La modification n’a pas pu être annulée : %1</translation>
    </message>
    <message>
        <source>Not undone: the entry was changed in Clockodo after your edit, and undoing would overwrite that change.</source>
        <translation>Rien n’a été annulé : la saisie a été modifiée dans Clockodo après votre modification, et l’annulation écraserait ce changement.</translation>
    </message>
    <message numerus="yes">
        <source>%n restored entries could not be marked as billed again.</source>
        <translation>
            <numerusform>%n saisie rétablie n’a pas pu être marquée à nouveau comme facturée.</numerusform>
            <numerusform>%n saisies rétablies n’ont pas pu être marquées à nouveau comme facturées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted entries could not be restored: %1</source>
        <extracomment>%1 is the reason (a sentence from Clockodo)</extracomment>
        <translation>
            <numerusform>%n saisie supprimée n’a pas pu être rétablie : %1</numerusform>
            <numerusform>%n saisies supprimées n’ont pas pu être rétablies : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>accessible name of the banner above the entries when it shows an error (noun)</extracomment>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export entries and master data to &lt;file&gt; (.sqlite, .csv or .json) and exit.</source>
        <translation>Exporter les saisies et les données de base vers &lt;file&gt; (.sqlite, .csv ou .json) et quitter.</translation>
    </message>
    <message>
        <source>With --export: the first day (YYYY-MM-DD, the account&apos;s time zone; default: the first of this month).</source>
        <translation>Avec --export : le premier jour (AAAA-MM-JJ, fuseau horaire du compte ; par défaut : le premier du mois).</translation>
    </message>
    <message>
        <source>With --export: the last day, included (default: the end of this month).</source>
        <translation>Avec --export : le dernier jour, inclus (par défaut : la fin du mois).</translation>
    </message>
    <message>
        <source>--since and --until only go with --export.</source>
        <translation>--since et --until ne vont qu’avec --export.</translation>
    </message>
    <message>
        <source>--export needs a file ending in .sqlite, .csv or .json.</source>
        <translation>--export demande un fichier se terminant par .sqlite, .csv ou .json.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--until is before --since.</source>
        <translation>--until est avant --since.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n saisie exportée vers %1.</numerusform>
            <numerusform>%n saisies exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 entries</source>
        <translation>Export : %1 saisies sur %2</translation>
    </message>
    <message>
        <source>Exporting: %1 entries</source>
        <translation>Export : %1 saisies</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the entries and master data of the shown range as SQLite, CSV or JSON</source>
        <translation>Exporter les saisies et les données de base de la période affichée en SQLite, CSV ou JSON</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>Exporter les saisies</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>Base de données SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.json)</source>
        <translation>Lignes JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 was not exported: the file type must be .sqlite, .csv or .json.</source>
        <translation>%1 n’a pas été exporté : le type de fichier doit être .sqlite, .csv ou .json.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting the entries of %1 to %2 …</source>
        <translation>Export des saisies du %1 vers %2 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n saisie exportée vers %1.</numerusform>
            <numerusform>%n saisies exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed; the file was left as it was.

%2</source>
        <translation>L’export vers %1 a échoué ; le fichier est resté inchangé.

%2</translation>
    </message>
</context>
<context>
    <name>FileExportSink</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>HoursChartWidget</name>
    <message>
        <source>Hours per day</source>
        <translation>Heures par jour</translation>
    </message>
    <message>
        <source>%1: %2 h (%3 h)</source>
        <extracomment>chart tooltip: &quot;Mon 23 Nov: 6:45 h (6.75 h)&quot;</extracomment>
        <translation>%1&#xa0;: %2 h (%3 h)</translation>
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
        <translation>Absent de l’ordinateur</translation>
    </message>
    <message>
        <source>No input from %1 to %2 (%3) while the clock ran on %4. What should happen with this time?</source>
        <translation>Aucune activité du clavier ni de la souris de %1 à %2 (%3) pendant que le chronomètre tournait pour %4. Que faire de ce temps&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep the time on the running task</source>
        <translation>&amp;Garder le temps sur la tâche en cours</translation>
    </message>
    <message>
        <source>&amp;Stop the clock at %1</source>
        <translation>&amp;Arrêter le chronomètre à %1</translation>
    </message>
    <message>
        <source>Stop at %1 and &amp;continue the task now</source>
        <translation>Arrêter à %1 et &amp;reprendre la tâche maintenant</translation>
    </message>
    <message>
        <source>&amp;Book %1 to %2 as another task:</source>
        <translation>&amp;Imputer de %1 à %2 sur une autre tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Then continue the task that ran</source>
        <translation>&amp;Puis reprendre la tâche qui tournait</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>IdleTracker</name>
    <message>
        <source>The clock changed meanwhile; nothing was done.</source>
        <translation>Le chronomètre a changé entre-temps&#xa0;; rien n’a été fait.</translation>
    </message>
    <message>
        <source>This clock no longer runs.</source>
        <translation>Ce chronomètre ne tourne plus.</translation>
    </message>
    <message>
        <source>Choose the customer and service for the idle time.</source>
        <translation>Choisissez le client et la prestation pour le temps d’inactivité.</translation>
    </message>
    <message>
        <source>The idle time could not be booked: %1</source>
        <translation>Le temps d’inactivité n’a pas pu être imputé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The idle time could not be recorded: %1</source>
        <translation>Le temps d’inactivité n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The clock stopped at its start, but its empty entry (0:00) could not be removed: %1</source>
        <translation>Le chronomètre a été arrêté à son début, mais sa saisie vide (0:00) n’a pas pu être supprimée : %1</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>The offline journal %1 cannot be read: %2</source>
        <translation>Le journal hors ligne %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The offline journal %1 was written by a newer version of this app (schema %2); it is left unchanged.</source>
        <translation>Le journal hors ligne %1 a été écrit par une version plus récente de cette application (schéma %2) ; il reste inchangé.</translation>
    </message>
    <message>
        <source>The offline journal could not be upgraded to schema %1: %2</source>
        <translation>Le journal hors ligne n’a pas pu être mis à jour vers le schéma %1 : %2</translation>
    </message>
    <message>
        <source>The offline journal %1 cannot be opened: %2</source>
        <translation>Le journal hors ligne %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The record %1 belongs to another account.</source>
        <translation>L’enregistrement %1 appartient à un autre compte.</translation>
    </message>
    <message>
        <source>The offline journal %1 is damaged and could not be moved aside.</source>
        <translation>Le journal hors ligne %1 est endommagé et n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The offline journal %1 is damaged.</source>
        <translation>Le journal hors ligne %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>%1 belongs to another program and was left unchanged.</source>
        <translation>%1 appartient à un autre programme et n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not remove the login item %1.</source>
        <translation>Impossible de supprimer l’élément d’ouverture %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write the login item %1: %2</source>
        <translation>Impossible d’écrire l’élément d’ouverture %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LogindIdleSource</name>
    <message>
        <source>Stopping the running clock</source>
        <translation>Arrêt du chronomètre en cours</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo — clockodo-desktop</source>
        <translation>Démo — clockodo-desktop</translation>
    </message>
    <message>
        <source>clockodo-desktop</source>
        <translation>clockodo-desktop</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connected as %1 · demo data</source>
        <translation>Connecté en tant que %1 · données de démo</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>&amp;New time entry…</source>
        <translation>&amp;Nouvelle saisie de temps…</translation>
    </message>
    <message>
        <source>New &amp;lump-sum value…</source>
        <translation>Nouveau &amp;forfait…</translation>
    </message>
    <message>
        <source>New lump-sum &amp;service…</source>
        <translation>Nouvelle &amp;prestation forfaitaire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujourd’&amp;hui</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <source>&amp;Custom range</source>
        <translation>&amp;Période personnalisée</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Saisies</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter the entries (%1)</source>
        <translation>Filtrer les saisies (%1)</translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation>Filtrer les saisies</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Loading entries…</source>
        <translation>Chargement des saisies…</translation>
    </message>
    <message>
        <source>Loading entries… (page %1 of %2)</source>
        <translation>Chargement des saisies… (page %1 sur %2)</translation>
    </message>
    <message>
        <source>The entries could not be loaded. %1</source>
        <translation>Impossible de charger les saisies. %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n saisie supprimée.</numerusform>
            <numerusform>%n saisies supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers, projects and services could not be loaded. %1</source>
        <translation>Impossible de charger les clients, projets et prestations. %1</translation>
    </message>
    <message>
        <source>Day: %1 h (%2 h)</source>
        <translation>Jour&#xa0;: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Week: %1 h (%2 h)</source>
        <translation>Semaine&#xa0;: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Month: %1 h (%2 h)</source>
        <translation>Mois&#xa0;: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Total: %1 h (%2 h)</source>
        <translation>Total&#xa0;: %1 h (%2 h)</translation>
    </message>
    <message>
        <source>Not connected to Clockodo.</source>
        <translation>Non connecté à Clockodo.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Aucune saisie ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The entries could not be loaded.</source>
        <translation>Impossible de charger les saisies.</translation>
    </message>
    <message>
        <source>No entries on %1.</source>
        <translation>Aucune saisie le %1.</translation>
    </message>
    <message>
        <source>Entry added.</source>
        <translation>Saisie ajoutée.</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Saisie enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>Suppression de %n saisie…</numerusform>
            <numerusform>Suppression de %n saisies…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export entries as CSV</source>
        <translation>Exporter les saisies en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n saisie exportée vers %1.</numerusform>
            <numerusform>%n saisies exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Impossible d’écrire le fichier CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be deleted. %1</source>
        <extracomment>%1 is the reason (a sentence from Clockodo)</extracomment>
        <translation>
            <numerusform>%n saisie n’a pas pu être supprimée. %1</numerusform>
            <numerusform>%n saisies n’ont pas pu être supprimées. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>status bar, when the Clockodo account&apos;s time zone differs from the computer&apos;s; %1 e.g. &quot;Europe/Berlin&quot;</extracomment>
        <translation>Heures du fuseau %1</translation>
    </message>
    <message>
        <source>All times are shown and entered in your Clockodo account&apos;s time zone, %1. This computer uses %2.</source>
        <extracomment>%1 the account&apos;s zone, %2 the computer&apos;s</extracomment>
        <translation>Toutes les heures sont affichées et saisies dans le fuseau horaire de votre compte Clockodo, %1. Cet ordinateur utilise %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>OfflineClock</name>
    <message>
        <source>no offline journal is open for this account</source>
        <translation>aucun journal hors ligne n’est ouvert pour ce compte</translation>
    </message>
    <message>
        <source>the local clock no longer runs</source>
        <translation>le chronomètre local ne tourne plus</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached, and this computer could not record the change either (%1). Nothing was recorded.</source>
        <translation>Clockodo est injoignable, et cet ordinateur n’a pas pu enregistrer la modification non plus (%1). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The clock running on this computer is now %1.</source>
        <translation>Le chronomètre de cet ordinateur tourne maintenant pour %1.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached: %1 was stopped on this computer after %2. It is uploaded when Clockodo answers again.</source>
        <translation>Clockodo est injoignable : %1 a été arrêté sur cet ordinateur après %2. Il sera envoyé dès que Clockodo répondra.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached: switched to %1 on this computer; %2 was stopped after %3. Both are uploaded when Clockodo answers again.</source>
        <translation>Clockodo est injoignable : passage à %1 sur cet ordinateur ; %2 a été arrêté après %3. Les deux seront envoyés dès que Clockodo répondra.</translation>
    </message>
    <message>
        <source>Clockodo cannot be reached: %1 runs on this computer since %2. It is uploaded when Clockodo answers again.</source>
        <translation>Clockodo est injoignable : %1 tourne sur cet ordinateur depuis %2. Il sera envoyé dès que Clockodo répondra.</translation>
    </message>
    <message>
        <source>Clockodo may have received the request; this is checked before anything is uploaded.</source>
        <translation>Clockodo a peut-être reçu la demande ; c’est vérifié avant tout envoi.</translation>
    </message>
</context>
<context>
    <name>OfflineConflictText</name>
    <message>
        <source>Another clock was started on Clockodo meanwhile.</source>
        <translation>Entre-temps, un autre chronomètre a été démarré dans Clockodo.</translation>
    </message>
    <message>
        <source>The period overlaps entries made elsewhere meanwhile.</source>
        <translation>La période chevauche des saisies faites ailleurs entre-temps.</translation>
    </message>
    <message>
        <source>Clockodo no longer accepts this customer, project or service.</source>
        <translation>Clockodo n’accepte plus ce client, ce projet ou cette prestation.</translation>
    </message>
    <message>
        <source>The period is longer than an entry may be (23:59:59 h).</source>
        <translation>La période est plus longue qu’une saisie ne peut l’être (23:59:59 h).</translation>
    </message>
    <message>
        <source>The period is shorter than a second.</source>
        <translation>La période dure moins d’une seconde.</translation>
    </message>
    <message>
        <source>The clock was stopped elsewhere at another time.</source>
        <translation>Le chronomètre a été arrêté ailleurs à une autre heure.</translation>
    </message>
    <message>
        <source>The entry was deleted on Clockodo meanwhile.</source>
        <translation>La saisie a été supprimée dans Clockodo entre-temps.</translation>
    </message>
    <message>
        <source>Clockodo refused the upload.</source>
        <translation>Clockodo a refusé l’envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) made elsewhere overlap it, the first from %1 to %2.</source>
        <translation>
            <numerusform>%n saisie faite ailleurs la chevauche, de %1 à %2.</numerusform>
            <numerusform>%n saisies faites ailleurs la chevauchent, la première de %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>It runs since %1: &quot;%2&quot;.</source>
        <translation>Il tourne depuis %1 : « %2 ».</translation>
    </message>
    <message>
        <source>Clockodo has it end at %1; you stopped it at %2.</source>
        <translation>Dans Clockodo, il s’arrête à %1 ; vous l’avez arrêté à %2.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>The offline journal belongs to no account.</source>
        <translation>Le journal hors ligne n’appartient à aucun compte.</translation>
    </message>
    <message>
        <source>An offline record needs an id.</source>
        <translation>Un enregistrement hors ligne a besoin d’un identifiant.</translation>
    </message>
    <message>
        <source>The offline journal could not be read and was moved aside to %1. A new journal was started: what was recorded offline before is not uploaded.</source>
        <translation>Le journal hors ligne n’a pas pu être lu et a été déplacé vers %1. Un nouveau journal a été commencé : ce qui avait été enregistré hors ligne auparavant ne sera pas envoyé.</translation>
    </message>
</context>
<context>
    <name>OfflineRecordDialog</name>
    <message>
        <source>Edit before uploading</source>
        <translation>Modifier avant l’envoi</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>The end must lie after the start.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
</context>
<context>
    <name>OverlapQuestion</name>
    <message numerus="yes">
        <source>This entry overlaps %n other entries:</source>
        <translation>
            <numerusform>Cette saisie chevauche %n autre saisie&#xa0;:</numerusform>
            <numerusform>Cette saisie chevauche %n autres saisies&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Time booked twice counts twice in reports and invoices.</source>
        <extracomment>below the list of overlapping entries</extracomment>
        <translation>Le temps saisi deux fois compte deux fois dans les rapports et les factures.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
</context>
<context>
    <name>PortalAutostart</name>
    <message>
        <source>The desktop&apos;s background portal cannot be reached.</source>
        <translation>Le portail d&apos;arrière-plan du bureau est injoignable.</translation>
    </message>
    <message>
        <source>Start the Clockodo stopwatch in the system tray at login.</source>
        <translation>Démarrer le chronomètre Clockodo dans la zone de notification à la connexion.</translation>
    </message>
    <message>
        <source>Starting at login was not allowed.</source>
        <translation>Le démarrage à la connexion n&apos;a pas été autorisé.</translation>
    </message>
    <message>
        <source>The desktop&apos;s background portal did not answer.</source>
        <translation>Le portail d&apos;arrière-plan du bureau n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
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
        <translation>Changer de tâche</translation>
    </message>
    <message>
        <source>Start new task</source>
        <translation>Démarrer une nouvelle tâche</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>Now running: %1. Starting another task stops it.</source>
        <translation>En cours&#xa0;: %1. Démarrer une autre tâche l’arrête.</translation>
    </message>
    <message>
        <source>Start the clock on:</source>
        <translation>Démarrer le chronomètre sur&#xa0;:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>Pinned and recent tasks</source>
        <translation>Tâches épinglées et récentes</translation>
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
        <translation>&amp;Démarrer cette tâche</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Pin to the top</source>
        <translation>É&amp;pingler en haut</translation>
    </message>
    <message>
        <source>Pinned and &amp;recent tasks (Alt+1 to Alt+%1 starts one at once):</source>
        <translation>&amp;Tâches épinglées et récentes (Alt+1 à Alt+%1 en démarre une aussitôt)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd’hui</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>button: show one day</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>button: show one week</extracomment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>button: show one month</extracomment>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Période…</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Afficher un jour</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Afficher une semaine</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Afficher un mois</translation>
    </message>
    <message>
        <source>Show a custom range</source>
        <translation>Afficher une période personnalisée</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>The clock stops soon</source>
        <translation>Le chronomètre va bientôt s’arrêter</translation>
    </message>
    <message>
        <source>Your clock has run for %1 h. Clockodo stops it at 24 hours; stop or correct it now.</source>
        <translation>Votre chronomètre tourne depuis %1 h. Clockodo l’arrête à 24 heures&#x202f;; arrêtez-le ou corrigez-le maintenant.</translation>
    </message>
    <message>
        <source>No clock running</source>
        <translation>Aucun chronomètre en marche</translation>
    </message>
    <message>
        <source>It is working time and no clock is running. Click to start one.</source>
        <translation>C’est l’heure de travailler et aucun chronomètre ne tourne. Cliquez pour en démarrer un.</translation>
    </message>
    <message>
        <source>Clock still running</source>
        <translation>Le chronomètre tourne encore</translation>
    </message>
    <message>
        <source>Your clock has run for %1 h. Click to check it.</source>
        <translation>Votre chronomètre tourne depuis %1 h. Cliquez pour le vérifier.</translation>
    </message>
    <message>
        <source>End of the working day</source>
        <translation>Fin de la journée de travail</translation>
    </message>
    <message>
        <source>Your working day is over and a clock is still running. Click to stop or edit it.</source>
        <translation>Votre journée de travail est terminée et un chronomètre tourne encore. Cliquez pour l’arrêter ou le modifier.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me when no clock runs in working hours, every</source>
        <translation>Me rappeler quand aucun chronomètre ne tourne pendant les heures de travail, toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me when a clock has run for</source>
        <translation>Me rappeler quand un chronomètre tourne depuis</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Warn before Clockodo stops a clock at 24 hours</source>
        <translation>Avertir avant que Clockodo arrête un chronomètre à 24 heures</translation>
    </message>
    <message>
        <source>Remind me at the end of the working day when a clock runs</source>
        <translation>Me rappeler à la fin de la journée de travail si un chronomètre tourne</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Heures de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Where Clockodo has target hours for you, they decide the days and the length of the working day; the start always comes from here.</source>
        <translation>Si Clockodo a des heures cibles pour vous, elles déterminent les jours et la durée de la journée de travail&#x202f;; le début vient toujours d’ici.</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Heures de silence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Day / customer</source>
        <translation>Jour / client</translation>
    </message>
    <message>
        <source>Customer / project / service</source>
        <translation>Client / projet / prestation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Aucune prestation</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 h · %n entries</source>
        <extracomment>the report&apos;s total line: decimal hours and the number of entries</extracomment>
        <translation>
            <numerusform>Total : %1 h · %n saisie</numerusform>
            <numerusform>Total : %1 h · %n saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>lump sums %1</source>
        <translation>forfaits %1</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>chiffre d’affaires %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par :</translation>
    </message>
    <message>
        <source>Customer › project › service</source>
        <translation>Client › projet › prestation</translation>
    </message>
    <message>
        <source>Day › customer</source>
        <translation>Jour › client</translation>
    </message>
    <message>
        <source>Hours, lump sums and revenue of the entries shown in the table, with the table&apos;s filters</source>
        <translation>Heures, forfaits et chiffre d’affaires des saisies affichées dans le tableau, avec les filtres du tableau</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the report as shown (grouping and order) as a CSV file for a spreadsheet</source>
        <translation>Enregistrer le rapport tel qu’affiché (regroupement et ordre) dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>CLOCKODO_API_URL is not used: only an https address, or http to this computer (127.0.0.1, localhost), is allowed. Correct or unset it.</source>
        <translation>CLOCKODO_API_URL n’est pas utilisée : seule une adresse https, ou http vers cet ordinateur (127.0.0.1, localhost), est autorisée. Corrigez-la ou supprimez-la.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Se déco&amp;nnecter…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>language choice: follow the language of the operating system</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Start clockodo-desktop when I log in</source>
        <translation>Lancer clockodo-desktop à l’ouverture de &amp;session</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Show s&amp;econds in running times</source>
        <translation>Afficher les s&amp;econdes des durées en cours</translation>
    </message>
    <message>
        <source>Show &amp;today&apos;s total in the tray tooltip</source>
        <translation>Afficher le total du &amp;jour dans l’infobulle de l’icône</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Check for changes every:</source>
        <translation>&amp;Vérifier les modifications toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Check for changes every (seconds)</source>
        <translation>Vérifier les modifications toutes les (secondes)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Contact e-mail address sent to Clockodo</source>
        <translation>Adresse e-mail de contact envoyée à Clockodo</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Use Clockodo&apos;s own API URL</source>
        <translation>Utiliser l’URL de l’API de Clockodo</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system.</source>
        <translation>Le lancement à l’ouverture de session n’est pas pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The credentials come from the environment variables CLOCKODO_API_USER and CLOCKODO_API_KEY; they are not stored.</source>
        <translation>Les identifiants proviennent des variables d’environnement CLOCKODO_API_USER et CLOCKODO_API_KEY&#x202f;; ils ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>The system keychain is not available: the API key is kept in memory only until you quit.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: la clé API est conservée en mémoire uniquement jusqu’à la fermeture.</translation>
    </message>
    <message>
        <source>The API key is kept in the system keychain.</source>
        <translation>La clé API est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Showing demo data. Nothing is sent to Clockodo.</source>
        <translation>Données de démonstration affichées. Rien n’est envoyé à Clockodo.</translation>
    </message>
    <message>
        <source>Loading the API key for %1 from the system keychain…</source>
        <translation>Chargement de la clé API de %1 depuis le trousseau du système…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>Enter a complete e-mail address, or leave the field empty to use your account&apos;s address.</source>
        <translation>Saisissez une adresse e-mail complète, ou laissez le champ vide pour utiliser l’adresse de votre compte.</translation>
    </message>
    <message>
        <source>Clockodo asks every application for a contact address; your account&apos;s address is used.</source>
        <translation>Clockodo demande une adresse e-mail de contact à chaque application&#x202f;; l’adresse de votre compte est utilisée.</translation>
    </message>
    <message>
        <source>Sent to Clockodo as “%1” (%2 of %3 characters).</source>
        <translation>Envoyé à Clockodo sous la forme «&#xa0;%1&#xa0;» (%2 caractères sur %3).</translation>
    </message>
    <message>
        <source>Set by the environment variable CLOCKODO_API_URL.</source>
        <translation>Défini par la variable d’environnement CLOCKODO_API_URL.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (http:// only for this computer). It is not saved until it is valid.</source>
        <translation>Saisissez une adresse commençant par https:// (http:// uniquement pour cet ordinateur). Elle ne sera enregistrée qu’une fois valide.</translation>
    </message>
    <message>
        <source>Only change this if Clockodo told you to. Your API key is sent to this address.</source>
        <translation>Ne modifiez ceci que si Clockodo vous l’a demandé. Votre clé API est envoyée à cette adresse.</translation>
    </message>
    <message>
        <source>clockodo-desktop could not be set up to start at login: %1</source>
        <translation>Impossible de configurer le lancement de clockodo-desktop à l’ouverture de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>clockodo-desktop could not be removed from the programs started at login: %1</source>
        <translation>Impossible de retirer clockodo-desktop des programmes lancés à l’ouverture de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Se déconnecter de %1&#x202f;?</translation>
    </message>
    <message>
        <source>The credentials from the environment variables are used again at the next start.</source>
        <translation>Les identifiants des variables d’environnement seront de nouveau utilisés au prochain démarrage.</translation>
    </message>
    <message>
        <source>The API key is removed from this computer&apos;s keychain. To sign in again you need the key from Clockodo (My data → API key).</source>
        <translation>La clé API est supprimée du trousseau de cet ordinateur. Pour vous reconnecter, il vous faudra la clé fournie par Clockodo (Mes données → Clé API).</translation>
    </message>
    <message>
        <source>With “%1” in front, your account&apos;s address takes %2 characters; Clockodo allows %3. Enter a shorter contact e-mail address.</source>
        <translation>Précédée de «&#xa0;%1&#xa0;», l’adresse de votre compte occupe %2 caractères&#x202f;; Clockodo en autorise %3. Saisissez une adresse e-mail de contact plus courte.</translation>
    </message>
    <message>
        <source>With “%1” in front, this address takes %2 characters; Clockodo allows %3. Enter a shorter address; it is not saved until it fits.</source>
        <translation>Précédée de «&#xa0;%1&#xa0;», cette adresse occupe %2 caractères&#x202f;; Clockodo en autorise %3. Saisissez une adresse plus courte&#x202f;; elle ne sera enregistrée qu’une fois conforme.</translation>
    </message>
    <message>
        <source>Conta&amp;ct e-mail:</source>
        <translation>Adresse e-mail de &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <source>Clockodo writes to this address only if this app causes trouble on its side.</source>
        <translation>Clockodo n’écrit à cette adresse que si cette application pose problème de son côté.</translation>
    </message>
    <message>
        <source>&amp;Notify when the clock starts, switches or continues a task</source>
        <translation>&amp;Notifier quand le chronomètre démarre, change ou reprend une tâche</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Activity &amp;&amp; reminders</source>
        <translation>Activité &amp;&amp; rappels</translation>
    </message>
</context>
<context>
    <name>ShortcutCommands</name>
    <message>
        <source>Start or stop the Clockodo clock</source>
        <translation>Démarrer ou arrêter le chronomètre Clockodo</translation>
    </message>
    <message>
        <source>Start the most recent Clockodo task</source>
        <translation>Démarrer la dernière tâche Clockodo</translation>
    </message>
    <message>
        <source>Stop the Clockodo clock</source>
        <translation>Arrêter le chronomètre Clockodo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a tooltip: %1 what the action does, %2 its keys</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Clockodo</source>
        <translation>Se connecter à Clockodo</translation>
    </message>
    <message>
        <source>Connect clockodo-desktop with your Clockodo account.</source>
        <translation>Connectez clockodo-desktop à votre compte Clockodo.</translation>
    </message>
    <message>
        <source>Why you are asked to sign in</source>
        <translation>Pourquoi vous devez vous connecter</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Clockodo shows your API key under &lt;b&gt;My data&lt;/b&gt; → &lt;b&gt;API key&lt;/b&gt; (your personal data). Copy it from there. It is kept in your system&apos;s keychain, never in a file.</source>
        <translation>Clockodo affiche votre clé API sous &lt;b&gt;Mes données&lt;/b&gt; → &lt;b&gt;Clé API&lt;/b&gt; (vos données personnelles). Copiez-la depuis cet endroit. Elle est conservée dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>&amp;Contact e-mail:</source>
        <translation>Adresse e-mail de c&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact e-mail address sent to Clockodo</source>
        <translation>Adresse e-mail de contact envoyée à Clockodo</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>No account at hand? Look around with made-up data first.</source>
        <translation>Pas de compte sous la main&#x202f;? Découvrez d’abord l’application avec des données fictives.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The connection works. Clockodo knows you as %1.</source>
        <translation>La connexion fonctionne. Clockodo vous connaît sous le nom %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>No API key for %1 is stored on this computer. Enter it to continue.</source>
        <translation>Aucune clé API pour %1 n’est enregistrée sur cet ordinateur. Saisissez-la pour continuer.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used right now, so the API key for %1 could not be loaded. Enter it to continue: it is then kept in memory only until you quit clockodo-desktop.</source>
        <translation>Le trousseau du système est indisponible pour le moment&#xa0;: la clé API de %1 n’a donc pas pu être chargée. Saisissez-la pour continuer&#xa0;: elle sera alors conservée en mémoire uniquement jusqu’à la fermeture de clockodo-desktop.</translation>
    </message>
    <message>
        <source>Clockodo no longer accepts the API key for %1; it may have been changed or revoked. Enter the current key to continue. Nothing you were working on is lost.</source>
        <translation>Clockodo n’accepte plus la clé API de %1&#x202f;; elle a peut-être été modifiée ou révoquée. Saisissez la clé actuelle pour continuer. Votre travail en cours n’est pas perdu.</translation>
    </message>
    <message>
        <source>You have signed out. Sign in again, or with another account.</source>
        <translation>Vous vous êtes déconnecté. Reconnectez-vous, avec ce compte ou un autre.</translation>
    </message>
    <message>
        <source>Set by the environment variable CLOCKODO_API_URL.</source>
        <translation>Défini par la variable d’environnement CLOCKODO_API_URL.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (http:// only for this computer). Leave it empty for Clockodo&apos;s own address.</source>
        <translation>Saisissez une adresse commençant par https:// (http:// uniquement pour cet ordinateur). Laissez le champ vide pour utiliser l’adresse de Clockodo.</translation>
    </message>
    <message>
        <source>Only change this if Clockodo told you to.</source>
        <translation>Ne modifiez ceci que si Clockodo vous l’a demandé.</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>Clockodo asks every application for a contact address.</source>
        <translation>Clockodo demande une adresse e-mail de contact à chaque application.</translation>
    </message>
    <message>
        <source>Sent to Clockodo as “%1” (%2 of %3 characters).</source>
        <translation>Envoyé à Clockodo sous la forme «&#xa0;%1&#xa0;» (%2 caractères sur %3).</translation>
    </message>
    <message>
        <source>Testing the connection to Clockodo…</source>
        <translation>Test de la connexion à Clockodo…</translation>
    </message>
    <message>
        <source>Signing in to Clockodo…</source>
        <translation>Connexion à Clockodo…</translation>
    </message>
    <message>
        <source>With “%1” in front, this address takes %2 characters; Clockodo allows %3. Enter a shorter contact e-mail address.</source>
        <translation>Précédée de «&#xa0;%1&#xa0;», cette adresse occupe %2 caractères&#x202f;; Clockodo en autorise %3. Saisissez une adresse e-mail de contact plus courte.</translation>
    </message>
    <message>
        <source>Clockodo writes to this address only if this app causes trouble on its side.</source>
        <translation>Clockodo n’écrit à cette adresse que si cette application pose problème de son côté.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The running clockodo-desktop did not answer.</source>
        <translation>L’instance de clockodo-desktop en cours d’exécution n’a pas répondu.</translation>
    </message>
    <message>
        <source>The running clockodo-desktop closed the connection.</source>
        <translation>L’instance de clockodo-desktop en cours d’exécution a fermé la connexion.</translation>
    </message>
    <message>
        <source>clockodo-desktop is not running.</source>
        <translation>clockodo-desktop n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>The running clockodo-desktop cannot be reached.</source>
        <translation>L’instance de clockodo-desktop en cours d’exécution est injoignable.</translation>
    </message>
    <message>
        <source>clockodo-desktop cannot create its lock file %1.</source>
        <translation>clockodo-desktop ne peut pas créer son fichier de verrouillage %1.</translation>
    </message>
    <message>
        <source>clockodo-desktop cannot open its local socket %1: %2</source>
        <translation>clockodo-desktop ne peut pas ouvrir son socket local %1 : %2</translation>
    </message>
</context>
<context>
    <name>SqliteExportSink</name>
    <message>
        <source>The database %1 could not be written: %2</source>
        <translation>La base de données %1 n’a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>La base de données %1 n’a pas pu être ouverte : %2</translation>
    </message>
    <message>
        <source>%1 holds the data of %2; it is not exported into for another account (%3). Choose another file.</source>
        <translation>%1 contient les données de %2 ; aucun export n’y est fait pour un autre compte (%3). Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>Stopwatch</name>
    <message>
        <source>Entry %1</source>
        <translation>Saisie %1</translation>
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
        <translation>Impossible de lire l’état du chronomètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>The clock had been switched on another device; %1 runs now.</source>
        <translation>Le chronomètre avait été changé sur un autre appareil&#x202f;; %1 est maintenant en cours.</translation>
    </message>
    <message>
        <source>The clock had already been stopped on another device.</source>
        <translation>Le chronomètre avait déjà été arrêté sur un autre appareil.</translation>
    </message>
    <message>
        <source>The clock was started on another device: %1 (since %2).</source>
        <translation>Le chronomètre a été démarré sur un autre appareil&#xa0;: %1 (depuis %2).</translation>
    </message>
    <message>
        <source>The clock was stopped on another device: %1 after %2.</source>
        <translation>Le chronomètre a été arrêté sur un autre appareil&#xa0;: %1 après %2.</translation>
    </message>
    <message>
        <source>The clock was stopped on another device: %1.</source>
        <translation>Le chronomètre a été arrêté sur un autre appareil&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The clock was switched on another device to %1; %2 was stopped.</source>
        <translation>Le chronomètre a été basculé sur %1 depuis un autre appareil&#x202f;; arrêt de %2.</translation>
    </message>
    <message>
        <source>The running clock was changed on another device: %1 (since %2).</source>
        <translation>Le chronomètre en cours a été modifié sur un autre appareil&#xa0;: %1 (depuis %2).</translation>
    </message>
    <message>
        <source>Another change of the clock is still under way.</source>
        <translation>Une autre modification du chronomètre est encore en cours.</translation>
    </message>
    <message>
        <source>%1 ran longer than 24 hours; Clockodo cut the entry to 23:59:59 h. Please correct its end time.</source>
        <translation>%1 a duré plus de 24 heures&#x202f;; Clockodo a raccourci la saisie à 23:59:59 h. Veuillez corriger son heure de fin.</translation>
    </message>
    <message>
        <source>There is no previous task to continue.</source>
        <translation>Il n’y a aucune tâche précédente à reprendre.</translation>
    </message>
    <message>
        <source>Choose a customer and a service to start the clock.</source>
        <translation>Choisissez un client et une prestation pour démarrer le chronomètre.</translation>
    </message>
    <message>
        <source>The clock could not be started: %1</source>
        <translation>Impossible de démarrer le chronomètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>a new task</source>
        <translation>une nouvelle tâche</translation>
    </message>
    <message>
        <source>Switched to %1. Stopped %2 after %3.</source>
        <translation>Passage à %1. Arrêt de %2 après %3.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Chronomètre démarré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The clock could not be stopped: %1</source>
        <translation>Impossible d’arrêter le chronomètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>Arrêt de %1 après %2.</translation>
    </message>
    <message>
        <source>This clock no longer runs.</source>
        <translation>Ce chronomètre ne tourne plus.</translation>
    </message>
    <message>
        <source>The running clock could not be changed: %1</source>
        <translation>Impossible de modifier le chronomètre en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>The running clock is now %1.</source>
        <translation>Le chronomètre tourne maintenant pour %1.</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Aucun chronomètre en cours.</translation>
    </message>
    <message>
        <source>The start must not lie in the future.</source>
        <translation>Le début ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The clock was changed elsewhere in the meantime; it has been read again.</source>
        <translation>Le chronomètre a été modifié ailleurs entre-temps&#x202f;; son état a été relu.</translation>
    </message>
    <message>
        <source>The start could not be changed: %1</source>
        <translation>Impossible de modifier le début&#xa0;: %1</translation>
    </message>
    <message>
        <source>A start at %1 overlaps your previous entry.</source>
        <translation>Un début à %1 chevauche votre saisie précédente.</translation>
    </message>
    <message>
        <source>The clock now runs since %1.</source>
        <translation>Le chronomètre tourne désormais depuis %1.</translation>
    </message>
    <message>
        <source>A start at %1 overlaps your previous entry. The earliest start without overlap is %2.</source>
        <extracomment>%1 is the start the user chose, %2 the earliest start without overlap</extracomment>
        <translation>Un début à %1 chevauche votre saisie précédente. Le début le plus tôt sans chevauchement est %2.</translation>
    </message>
    <message>
        <source>Clockodo did not confirm the stop, and the clock could not be read again: %1</source>
        <translation>Clockodo n’a pas confirmé l’arrêt, et le chronomètre n’a pas pu être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clockodo did not confirm the start, and the clock could not be read again: %1</source>
        <translation>Clockodo n’a pas confirmé le démarrage, et le chronomètre n’a pas pu être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 runs (since %2).</source>
        <translation>%1 est en cours (depuis %2).</translation>
    </message>
    <message>
        <source>The clock is stopped.</source>
        <translation>Le chronomètre est arrêté.</translation>
    </message>
    <message>
        <source>The clock was stopped. %1</source>
        <translation>Le chronomètre a été arrêté. %1</translation>
    </message>
    <message>
        <source>The clock is running: %1, started at %2.</source>
        <translation>Le chronomètre tourne&#xa0;: %1, démarré à %2.</translation>
    </message>
    <message>
        <source>Starting did not reach Clockodo. %1</source>
        <translation>Le démarrage n’a pas atteint Clockodo. %1</translation>
    </message>
    <message>
        <source>Clockodo could not stop the clock (%1); %2 still runs (since %3).</source>
        <translation>Clockodo n’a pas pu arrêter le chronomètre (%1)&#xa0;; %2 continue de tourner (depuis %3).</translation>
    </message>
    <message>
        <source>Stopping did not reach Clockodo; %1 still runs (since %2).</source>
        <translation>L’arrêt n’a pas atteint Clockodo&#xa0;; %1 continue de tourner (depuis %2).</translation>
    </message>
    <message>
        <source>Clockodo could not start the clock (%1). %2</source>
        <translation>Clockodo n’a pas pu démarrer le chronomètre (%1). %2</translation>
    </message>
    <message>
        <source>Another account was signed in before Clockodo answered; this change may have reached the previous account.</source>
        <translation>Un autre compte s’est connecté avant la réponse de Clockodo&#xa0;; cette modification a peut-être atteint le compte précédent.</translation>
    </message>
    <message>
        <source>This task is not one of the signed-in account&apos;s tasks (its customer, project or service is not known there). Choose the task again.</source>
        <translation>Cette tâche n’appartient pas au compte connecté (son client, son projet ou sa prestation y est inconnu). Choisissez de nouveau la tâche.</translation>
    </message>
    <message>
        <source>The start of a clock that runs offline can be changed once it is uploaded.</source>
        <translation>Le début d’un chronomètre qui tourne hors ligne pourra être modifié une fois envoyé.</translation>
    </message>
</context>
<context>
    <name>StopwatchWidget</name>
    <message>
        <source>S&amp;witch…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message>
        <source>Change the task, description or start of the running clock</source>
        <translation>Modifier la tâche, la description ou le début du chronomètre en cours</translation>
    </message>
    <message>
        <source>Start another task; the running one is stopped</source>
        <translation>Démarrer une autre tâche&#x202f;; celle en cours est arrêtée</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <source>▶ Start…</source>
        <translation>▶ Démarrer…</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Démarrer le chronomètre</translation>
    </message>
    <message>
        <source>Offline — showing the last known state</source>
        <translation>Hors ligne — dernier état connu affiché</translation>
    </message>
    <message>
        <source>Clockodo asks to slow down — retrying later</source>
        <translation>Clockodo demande de ralentir — nouvel essai plus tard</translation>
    </message>
    <message>
        <source>Clockodo has a problem — retrying later</source>
        <translation>Clockodo rencontre un problème — nouvel essai plus tard</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Aucune description</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reading the clock…</source>
        <translation>Lecture du chronomètre…</translation>
    </message>
    <message>
        <source>The clock is not running</source>
        <translation>Le chronomètre est à l’arrêt</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Dernière tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a tooltip: %1 what the button does, %2 its keys</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting to upload…</source>
        <translation>En attente d’envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n record(s) waiting to upload</source>
        <translation>
            <numerusform>Hors ligne — %n enregistrement en attente d’envoi</numerusform>
            <numerusform>Hors ligne — %n enregistrements en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the clock runs on this computer</source>
        <translation>Hors ligne — le chronomètre tourne sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to upload</source>
        <translation>
            <numerusform>%n enregistrement en attente d’envoi</numerusform>
            <numerusform>%n enregistrements en attente d’envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCatalog</name>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Prestation %1</translation>
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
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>P&amp;restation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Facturable</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Sur quoi travaillez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation>Tapez pour rechercher un client</translation>
    </message>
    <message>
        <source>Type to search services</source>
        <translation>Tapez pour rechercher une prestation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Loading customers, projects and services…</source>
        <translation>Chargement des clients, projets et prestations…</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>Choose a project from the list, or “No project”.</source>
        <translation>Choisissez un projet dans la liste, ou «&#xa0;Aucun projet&#xa0;».</translation>
    </message>
    <message>
        <source>No service can be booked on this customer or project.</source>
        <translation>Aucune prestation ne peut être saisie pour ce client ou ce projet.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Choisissez une prestation.</translation>
    </message>
</context>
<context>
    <name>TrayBalloon</name>
    <message>
        <source>Close</source>
        <extracomment>the close button of the tray&apos;s message popup (tooltip and accessible name)</extracomment>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Edit running clock…</source>
        <translation>Modifier le chronomètre en cours…</translation>
    </message>
    <message>
        <source>Start new…</source>
        <translation>Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Se reconnecter maintenant</translation>
    </message>
    <message>
        <source>Open clockodo-desktop</source>
        <translation>Ouvrir clockodo-desktop</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>▶ %1 · %2</source>
        <comment>elapsed · running task</comment>
        <translation>▶ %1 · %2</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>À l’arrêt</translation>
    </message>
    <message>
        <source>Reading the clock…</source>
        <translation>Lecture du chronomètre…</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>Reprendre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Continue last task</source>
        <translation>Reprendre la dernière tâche</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>Hors ligne — nouvel essai en cours</translation>
    </message>
    <message>
        <source>Clockodo asks to slow down — retrying later</source>
        <translation>Clockodo demande de ralentir — nouvel essai plus tard</translation>
    </message>
    <message>
        <source>Clockodo has a problem — retrying later</source>
        <translation>Clockodo rencontre un problème — nouvel essai plus tard</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>clockodo-desktop — Demo</source>
        <translation>clockodo-desktop — démo</translation>
    </message>
    <message>
        <source>clockodo-desktop</source>
        <translation>clockodo-desktop</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd’hui %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Not running · %1</source>
        <translation>À l’arrêt · %1</translation>
    </message>
    <message>
        <source>clockodo-desktop found no system tray, so it keeps running in its window: closing the window minimises it, and Quit ends the app.

On GNOME, install and enable the “AppIndicator and KStatusNotifierItem Support” extension (Debian and Ubuntu: package gnome-shell-extension-appindicator), log out and in again, and the stopwatch appears in the top bar.</source>
        <translation>clockodo-desktop n’a trouvé aucune zone de notification et continue donc dans sa fenêtre&#xa0;: fermer la fenêtre la réduit, et «&#xa0;Quitter&#xa0;» ferme l’application.

Sous GNOME, installez et activez l’extension «&#xa0;AppIndicator and KStatusNotifierItem Support&#xa0;» (Debian et Ubuntu&#xa0;: paquet gnome-shell-extension-appindicator), fermez puis rouvrez votre session, et le chronomètre apparaîtra dans la barre supérieure.</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Pas de zone de notification</translation>
    </message>
    <message>
        <source>★ %1</source>
        <extracomment>a pinned task in the tray menu</extracomment>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Pin tasks</source>
        <translation>Épingler des tâches</translation>
    </message>
    <message>
        <source>Waiting to upload…</source>
        <translation>En attente d’envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n record(s) waiting to upload</source>
        <translation>
            <numerusform>Hors ligne — %n enregistrement en attente d’envoi</numerusform>
            <numerusform>Hors ligne — %n enregistrements en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the clock runs on this computer</source>
        <translation>Hors ligne — le chronomètre tourne sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to upload</source>
        <translation>
            <numerusform>%n enregistrement en attente d’envoi</numerusform>
            <numerusform>%n enregistrements en attente d’envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WaitingUploadDialog</name>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>What you clocked while Clockodo could not be reached. It is uploaded by itself when Clockodo answers again; a record with a problem waits for your decision.</source>
        <translation>Ce que vous avez chronométré pendant que Clockodo était injoignable. L’envoi se fait tout seul dès que Clockodo répond ; un enregistrement avec un problème attend votre décision.</translation>
    </message>
    <message>
        <source>&amp;Upload anyway</source>
        <translation>&amp;Envoyer quand même</translation>
    </message>
    <message>
        <source>Upload once without the check that found the problem</source>
        <translation>Envoyer une fois sans la vérification qui a trouvé le problème</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The record could not be changed: it is being uploaded or no longer waits.</source>
        <translation>L’enregistrement n’a pas pu être modifié : il est en cours d’envoi ou n’attend plus.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard “%1” (%2)? It will never be uploaded, and this cannot be undone.</source>
        <translation>Abandonner « %1 » (%2) ? Il ne sera jamais envoyé, et c’est irréversible.</translation>
    </message>
</context>
<context>
    <name>WaitingUploadModel</name>
    <message>
        <source>Customer %1 · Service %2</source>
        <translation>Client %1 · Prestation %2</translation>
    </message>
    <message>
        <source>Stop of %1</source>
        <extracomment>a clock that ran on Clockodo and was stopped on this computer; %1 is the task</extracomment>
        <translation>Arrêt de %1</translation>
    </message>
    <message>
        <source>%1 %2 – now</source>
        <extracomment>a period still running: day, start time</extracomment>
        <translation>%1 %2 – maintenant</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <extracomment>day, start time, end time</extracomment>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Running on this computer</source>
        <translation>Tourne sur cet ordinateur</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Attend votre décision</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>WindowsAutostart</name>
    <message>
        <source>Could not add the program to the Windows start-up programs.</source>
        <translation>Impossible d’ajouter le programme aux programmes de démarrage de Windows.</translation>
    </message>
    <message>
        <source>Could not remove the program from the Windows start-up programs.</source>
        <translation>Impossible de retirer le programme des programmes de démarrage de Windows.</translation>
    </message>
</context>
<context>
    <name>WorkTimePanel</name>
    <message>
        <source>Work time</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>Coming up:</source>
        <translation>À venir&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WorkTimeText</name>
    <message>
        <source>Today %1 h</source>
        <comment>worked hours:minutes</comment>
        <translation>Aujourd’hui %1 h</translation>
    </message>
    <message>
        <source>Today %1 of %2 h</source>
        <comment>worked of target, hours:minutes</comment>
        <translation>Aujourd’hui %1 sur %2 h</translation>
    </message>
    <message>
        <source>Week %1 h</source>
        <comment>worked hours:minutes</comment>
        <translation>Semaine %1 h</translation>
    </message>
    <message>
        <source>Week %1 of %2 h</source>
        <comment>worked of target, hours:minutes</comment>
        <translation>Semaine %1 sur %2 h</translation>
    </message>
    <message>
        <source>Overtime: %1 h</source>
        <translation>Heures supplémentaires&#xa0;: %1 h</translation>
    </message>
    <message>
        <source>Vacation left: %1 days</source>
        <translation>Congés restants&#xa0;: %1 jours</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Special leave</source>
        <translation>Congé spécial</translation>
    </message>
    <message>
        <source>Overtime reduction</source>
        <translation>Récupération d’heures supplémentaires</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Home office</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Hors du bureau</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>(requested)</source>
        <translation>(demandée)</translation>
    </message>
</context>
<context>
    <name>WorkTimeTray</name>
    <message>
        <source>Open</source>
        <extracomment>the button of a reminder notification: opens the start dialog or the running clock&apos;s editor</extracomment>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Could not remove the autostart entry %1.</source>
        <translation>Impossible de supprimer l’entrée de démarrage automatique %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write the autostart entry %1: %2</source>
        <translation>Impossible d’écrire l’entrée de démarrage automatique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The program path %1 cannot be used in an autostart entry.</source>
        <translation>Le chemin du programme %1 ne peut pas être utilisé dans une entrée de démarrage automatique.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clockodo time tracking in the tray.</source>
        <translation>Suivi du temps Clockodo dans la zone de notification.</translation>
    </message>
    <message>
        <source>Use a built-in demo server with sample data.</source>
        <translation>Utiliser un serveur de démonstration intégré avec des données d’exemple.</translation>
    </message>
    <message>
        <source>Started at login: stay in the tray.</source>
        <translation>Lancé à l’ouverture de session&#xa0;: rester dans la zone de notification.</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;dir&gt;.</source>
        <translation>Lire et écrire les paramètres dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>With --start: the recent task to start.</source>
        <translation>Avec --start&#xa0;: la tâche récente à démarrer.</translation>
    </message>
    <message>
        <source>--export goes alone, without another command.</source>
        <translation>--export s’emploie seul, sans autre commande.</translation>
    </message>
</context>
</TS>
