<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>Not signed in to Clockodo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact e-mail address is missing or too long for Clockodo&apos;s limit of %1 characters. Set a shorter one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clockodo address is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
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
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockodo did not accept the e-mail address and API key. Check them in your Clockodo profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Clockodo account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockodo no longer knows this item; it may have been deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockodo rejected the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockodo rejected the input (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to Clockodo. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to Clockodo. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockodo has a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Clockodo. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockodo did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockodo sent an answer this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>clockodo-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available, so the API key cannot be stored securely. Make sure that a keyring service (such as GNOME Keyring or KWallet) is installed and running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>%1 belongs to another program and was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the login item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the login item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>clockodo-desktop (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clockodo-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the demo server. Nothing here is sent to Clockodo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 · demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsAutostart</name>
    <message>
        <source>Could not add the program to the Windows start-up programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the program from the Windows start-up programs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Could not remove the autostart entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the autostart entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program path %1 cannot be used in an autostart entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clockodo time tracking in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a built-in demo server with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at login: stay in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
