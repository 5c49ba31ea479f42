<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n Kontakt gefunden</numerusform>
            <numerusform>%n Kontakte gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No contacts yet — import some or add one.</source>
        <translation>Noch keine Kontakte – importieren Sie welche oder legen Sie einen an.</translation>
    </message>
    <message>
        <source>Search names, companies, topics, notes…</source>
        <translation>Namen, Firmen, Themen, Notizen durchsuchen …</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Last two-way contact</source>
        <translation>Letzter beidseitiger Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Offene Zusagen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Rapport ran into a problem</source>
        <translation>Rapport ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
    <message>
        <source>Your data is safe: everything saved before this is kept, and the change that was interrupted was not written half-way. You can keep working.

The details are in the log file:
%1</source>
        <translation>Ihre Daten sind sicher: Alles, was vorher gespeichert wurde, bleibt erhalten, und die unterbrochene Änderung wurde nicht halb geschrieben. Sie können weiterarbeiten.

Die Details stehen in der Protokolldatei:
%1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Your network is empty. Would you like to explore Rapport with a sample network of %1 made-up contacts? You can empty it later.</source>
        <translation>Ihr Netzwerk ist noch leer. Möchten Sie Rapport mit einem Beispielnetzwerk aus %1 erfundenen Kontakten erkunden? Sie können es später wieder leeren.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Rapport is already running for %1 but does not answer. Close it (or end it in the task manager) and try again.</source>
        <translation>Rapport läuft bereits für %1, antwortet aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>This page could not be loaded; see the log.</source>
        <translation>Diese Seite konnte nicht geladen werden; Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Aufzubewahrende Sic&amp;herungen:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch every:</source>
        <translation>In &amp;Kontakt bleiben alle:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Benachrichtigungen:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Start Rapport when I log in</source>
        <translation>Rapport beim Anmelden s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Weekly review on:</source>
        <translation>&amp;Wochenrückblick am:</translation>
    </message>
    <message>
        <source>Automatic (best available)</source>
        <translation>Automatisch (bestmöglich)</translation>
    </message>
    <message>
        <source>Banner inside Rapport</source>
        <translation>Hinweisleiste in Rapport</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Digest &amp;time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>German &amp;address:</source>
        <translation>Deutsche &amp;Anrede:</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is &amp;closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Rapport could not change whether it starts at login: %1</source>
        <translation>Rapport konnte nicht ändern, ob es beim Anmelden startet: %1</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show the &amp;morning digest of who to follow up with</source>
        <translation>&amp;Morgens zeigen, bei wem ich nachfassen sollte</translation>
    </message>
    <message>
        <source>Show the folder with your database and backups</source>
        <translation>Den Ordner mit Ihrer Datenbank und den Sicherungen anzeigen</translation>
    </message>
    <message>
        <source>Sie (formal)</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Tray messages</source>
        <translation>Meldungen im Infobereich</translation>
    </message>
    <message>
        <source>du (informal)</source>
        <translation>du (informell)</translation>
    </message>
</context>
</TS>
