<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Also put birthdays, dates, reminders and promises into the calen&amp;dar</source>
        <translation>Geburtstage, Termine, Erinnerungen und Zusagen auch in den &amp;Kalender eintragen</translation>
    </message>
    <message>
        <source>Connected: the address book was found.</source>
        <translation>Verbunden: Das Adressbuch wurde gefunden.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the server URL, starting with https:// (or http://).</source>
        <translation>Geben Sie die Server-URL ein, beginnend mit https:// (oder http://).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Into the account&apos;s first CalDAV calendar, at every sync</source>
        <translation>In den ersten CalDAV-Kalender des Kontos, bei jedem Abgleich</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Only at start and when asked</source>
        <translation>Nur beim Start und auf Wunsch</translation>
    </message>
    <message>
        <source>Rapport also syncs when it starts, and with File → Sync now</source>
        <translation>Rapport gleicht auch beim Start ab und mit Datei → Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Rapport syncs your contacts with an address book on a CardDAV server (Nextcloud, Radicale, Baïkal, Fastmail, iCloud, mailbox.org, Synology…), so your phone and other computers have them too. The password is kept only in the system keyring.</source>
        <translation>Rapport gleicht Ihre Kontakte mit einem Adressbuch auf einem CardDAV-Server ab (Nextcloud, Radicale, Baïkal, Fastmail, iCloud, mailbox.org, Synology …), damit auch Ihr Handy und Ihre anderen Rechner sie haben. Das Passwort liegt nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Abgleichen &amp;alle:</translation>
    </message>
    <message>
        <source>Sync account</source>
        <translation>Konto für den Abgleich</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>The account was removed. Your contacts stay in Rapport.</source>
        <translation>Das Konto wurde entfernt. Ihre Kontakte bleiben in Rapport.</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>Label of address %1</source>
        <translation>Bezeichnung der Adresse %1</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove address %1</source>
        <translation>Adresse %1 entfernen</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
</context>
<context>
    <name>AddressesSection</name>
    <message>
        <source>Add &amp;address</source>
        <translation>&amp;Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>No address yet.</source>
        <translation>Noch keine Adresse.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>„Heute“ öffnen</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>%1 is now a plain SQLite file: anyone who can read it can read your notes.</source>
        <translation>%1 ist jetzt eine unverschlüsselte SQLite-Datei: Wer sie lesen kann, kann Ihre Notizen lesen.</translation>
    </message>
    <message>
        <source>%1 is now encrypted (its key is in the system keyring).</source>
        <translation>%1 ist jetzt verschlüsselt (der Schlüssel liegt im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>%1 is now encrypted (passphrase).</source>
        <translation>%1 ist jetzt verschlüsselt (Passphrase).</translation>
    </message>
    <message>
        <source>%1 now opens with the new key in the system keyring.</source>
        <translation>%1 öffnet sich jetzt mit dem neuen Schlüssel im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>%1 now opens with the new passphrase.</source>
        <translation>%1 öffnet sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s)</source>
        <translation>
            <numerusform>%1, %n Jahr</numerusform>
            <numerusform>%1, %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered since %1: stop and change approach (pause, another channel, a kind check-in)</source>
        <translation>
            <numerusform>%n Nachricht unbeantwortet seit %1: innehalten und anders vorgehen (Pause, anderer Kanal, freundlich nachfragen)</numerusform>
            <numerusform>%n Nachrichten unbeantwortet seit %1: innehalten und anders vorgehen (Pause, anderer Kanal, freundlich nachfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation>
            <numerusform>, %n Problem</numerusform>
            <numerusform>, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up (%1)</source>
        <translation>Demnächst (%1)</translation>
    </message>
    <message>
        <source>Deleting a file does not wipe it: on an SSD, or a copy-on-write or journaling file system, the old blocks may stay readable until they are reused.</source>
        <translation>Löschen ist nicht Überschreiben: Auf einer SSD oder einem Copy-on-Write- oder Journaling-Dateisystem können die alten Blöcke lesbar bleiben, bis sie wiederverwendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n thing(s) to do first</source>
        <translation>
            <numerusform>Fokus: %n Sache zuerst</numerusform>
            <numerusform>Fokus: %n Sachen zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>I promised: %1</source>
        <translation>Ich habe zugesagt: %1</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 merged, %3 skipped, %4 interactions; %5 rejected.</source>
        <translation>Importiert: %1 neu, %2 zusammengeführt, %3 übersprungen, %4 Kontaktpunkte; %5 abgelehnt.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message numerus="yes">
        <source>Later (%n)</source>
        <translation>
            <numerusform>Später (%n)</numerusform>
            <numerusform>Später (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Nobody in your network has “%1” yet.</source>
        <translation>In Ihrem Netzwerk hat noch niemand „%1“.</translation>
    </message>
    <message>
        <source>Note: %1 is not encrypted; anyone who can read it can read it all.</source>
        <translation>Hinweis: %1 ist nicht verschlüsselt; wer die Datei lesen kann, kann alles darin lesen.</translation>
    </message>
    <message>
        <source>Nothing due: no follow-ups, promises or birthdays in the next days.</source>
        <translation>Nichts fällig: keine Nachfass-Termine, Zusagen oder Geburtstage in den nächsten Tagen.</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Bietet</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <source>Passphrase (or recovery key) for %1</source>
        <translation>Passphrase (oder Wiederherstellungsschlüssel) für %1</translation>
    </message>
    <message>
        <source>Passphrase for the backup %1</source>
        <translation>Passphrase für die Sicherung %1</translation>
    </message>
    <message>
        <source>Passphrase for the backup (needed to restore it)</source>
        <translation>Passphrase für die Sicherung (zum Wiederherstellen nötig)</translation>
    </message>
    <message>
        <source>Pulled %1, pushed %2, conflicts merged %3</source>
        <translation>Geholt %1, gesendet %2, Konflikte zusammengeführt %3</translation>
    </message>
    <message>
        <source>Recovery key (shown once; keep it somewhere safe, it opens the database when the passphrase is forgotten):</source>
        <translation>Wiederherstellungsschlüssel (wird nur einmal angezeigt; bewahren Sie ihn sicher auf, er öffnet die Datenbank, wenn die Passphrase vergessen ist):</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Wiederholen Sie sie</translation>
    </message>
    <message>
        <source>Restored %1 contacts and %2 rows into %3</source>
        <translation>%1 Kontakte und %2 Zeilen in %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup is encrypted with the passphrase you chose: without it, nobody can restore it, Rapport included.</source>
        <translation>Die Sicherung ist mit der gewählten Passphrase verschlüsselt: Ohne sie kann niemand sie wiederherstellen, auch Rapport nicht.</translation>
    </message>
    <message>
        <source>The encrypted copy is kept at %1; delete it once you are sure.</source>
        <translation>Die verschlüsselte Kopie liegt unter %1; löschen Sie sie, sobald Sie sicher sind.</translation>
    </message>
    <message>
        <source>The encrypted copy was deleted.</source>
        <translation>Die verschlüsselte Kopie wurde gelöscht.</translation>
    </message>
    <message>
        <source>The saved sync account was forgotten.</source>
        <translation>Das gespeicherte Konto für den Abgleich wurde vergessen.</translation>
    </message>
    <message>
        <source>The unencrypted copy is kept at %1; delete it once you are sure.</source>
        <translation>Die unverschlüsselte Kopie liegt unter %1; löschen Sie sie, sobald Sie sicher sind.</translation>
    </message>
    <message>
        <source>The unencrypted copy was deleted.</source>
        <translation>Die unverschlüsselte Kopie wurde gelöscht.</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Would import %1 new, %2 merged, %3 skipped, %4 interactions; %5 rejected.</source>
        <translation>Würde importieren: %1 neu, %2 zusammengeführt, %3 übersprungen, %4 Kontaktpunkte; %5 abgelehnt.</translation>
    </message>
    <message>
        <source>Wrote %1 birthdays, %2 reminders and %3 promises to %4</source>
        <translation>%1 Geburtstage, %2 Erinnerungen und %3 Zusagen nach %4 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1</source>
        <translation>
            <numerusform>%n Kontakt nach %1 geschrieben</numerusform>
            <numerusform>%n Kontakte nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s), including %1 archived, to %2</source>
        <translation>
            <numerusform>%n Kontakt, davon %1 archiviert, nach %2 geschrieben</numerusform>
            <numerusform>%n Kontakte, davon %1 archiviert, nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a full backup: %n contact(s), including %1 archived, %2 rows in all, to %3</source>
        <translation>
            <numerusform>Vollständige Sicherung geschrieben: %n Kontakt, davon %1 archiviert, insgesamt %2 Zeilen, nach %3</numerusform>
            <numerusform>Vollständige Sicherung geschrieben: %n Kontakte, davon %1 archiviert, insgesamt %2 Zeilen, nach %3</numerusform>
        </translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>birthday, turns %1</source>
        <translation>Geburtstag, wird %1</translation>
    </message>
    <message>
        <source>broken promise: %1 (apologise, give a new date)</source>
        <translation>Versprechen nicht gehalten: %1 (entschuldigen, neues Datum nennen)</translation>
    </message>
    <message>
        <source>calendar: %1 written, %2 deleted</source>
        <translation>Kalender: %1 geschrieben, %2 gelöscht</translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>die ersten %1</translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>in Kontakt bleiben: Abstand %n Tag</numerusform>
            <numerusform>in Kontakt bleiben: alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>last two-way contact %1</source>
        <translation>letzter gegenseitiger Kontakt %1</translation>
    </message>
    <message>
        <source>met on</source>
        <translation>Kennenlerntag</translation>
    </message>
    <message>
        <source>no two-way contact yet</source>
        <translation>noch kein gegenseitiger Kontakt</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>rapport: %1 holds no passphrase (its first line is empty).</source>
        <translation>rapport: %1 enthält keine Passphrase (die erste Zeile ist leer).</translation>
    </message>
    <message>
        <source>rapport: %1 is an encrypted backup, but it is damaged or cut short. Nothing was changed.</source>
        <translation>rapport: %1 ist eine verschlüsselte Sicherung, aber beschädigt oder unvollständig. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>rapport: %1 is not encrypted; nothing was changed.</source>
        <translation>rapport: %1 ist nicht verschlüsselt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>rapport: %1 is not encrypted; use `rapport encrypt`.</source>
        <translation>rapport: %1 ist nicht verschlüsselt; verwenden Sie `rapport encrypt`.</translation>
    </message>
    <message>
        <source>rapport: %1 was sealed by a newer Rapport; update Rapport to restore it. Nothing was changed.</source>
        <translation>rapport: %1 wurde von einer neueren Rapport-Version verschlüsselt; aktualisieren Sie Rapport, um sie wiederherzustellen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>rapport: %1. Nothing was changed.</source>
        <translation>rapport: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>rapport: %1: “%2” is not a phone number; nothing was added.</source>
        <translation>rapport: %1: „%2“ ist keine Telefonnummer; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>rapport: %1: “%2” is not a web address (like https://example.org); nothing was added.</source>
        <translation>rapport: %1: „%2“ ist keine Webadresse (etwa https://example.org); es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>rapport: %1: “%2” is not an e-mail address (like name@example.org); nothing was added.</source>
        <translation>rapport: %1: „%2“ ist keine E-Mail-Adresse (etwa name@example.org); es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>rapport: %1: “%2” is not valid; nothing was added.</source>
        <translation>rapport: %1: „%2“ ist hier nicht gültig; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>rapport: --url needs --user and --password-file</source>
        <translation>rapport: --url braucht --user und --password-file</translation>
    </message>
    <message>
        <source>rapport: cannot read a password from %1</source>
        <translation>rapport: aus %1 lässt sich kein Passwort lesen</translation>
    </message>
    <message>
        <source>rapport: cannot write %1: %2</source>
        <translation>rapport: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>rapport: no passphrase: give --passphrase-file FILE.</source>
        <translation>rapport: keine Passphrase: Geben Sie --passphrase-file DATEI an.</translation>
    </message>
    <message>
        <source>rapport: sync failed: %1</source>
        <translation>rapport: Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>rapport: synced, but the account was not saved: %1</source>
        <translation>rapport: abgeglichen, aber das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>rapport: the database is encrypted, so its JSON backup is sealed with a passphrase of its own, and there is no terminal to type it: give --passphrase-file FILE for unattended backups (its first line is the passphrase). Nothing was written.</source>
        <translation>rapport: Die Datenbank ist verschlüsselt, daher wird ihre JSON-Sicherung mit einer eigenen Passphrase versiegelt, und es gibt kein Terminal, um sie einzugeben: Geben Sie für unbeaufsichtigte Sicherungen --passphrase-file DATEI an (ihre erste Zeile ist die Passphrase). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>rapport: the database is not empty; restoring would replace its contents (use --force to do that). Nothing was changed.</source>
        <translation>rapport: Die Datenbank ist nicht leer; die Wiederherstellung würde ihren Inhalt ersetzen (dafür --force angeben). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>rapport: the passphrase does not open the backup %1. Nothing was changed.</source>
        <translation>rapport: Die Passphrase öffnet die Sicherung %1 nicht. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>rapport: the passphrase is empty; nothing was changed.</source>
        <translation>rapport: Die Passphrase ist leer; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>rapport: the two passphrases differ; nothing was changed.</source>
        <translation>rapport: Die beiden Passphrasen stimmen nicht überein; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>rapport: there is no database at %1 yet.</source>
        <translation>rapport: Unter %1 gibt es noch keine Datenbank.</translation>
    </message>
    <message>
        <source>rapport: unknown command “%1”. The commands are: %2. Without a command, Rapport opens its window.</source>
        <translation>rapport: unbekannter Befehl „%1“. Die Befehle sind: %2. Ohne Befehl öffnet Rapport sein Fenster.</translation>
    </message>
    <message>
        <source>reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>review my decision: %1</source>
        <translation>meine Entscheidung überprüfen: %1</translation>
    </message>
    <message>
        <source>review their decision: %1</source>
        <translation>Entscheidung der anderen Seite überprüfen: %1</translation>
    </message>
    <message>
        <source>still to decide (mine): %1</source>
        <translation>noch zu entscheiden (von mir): %1</translation>
    </message>
    <message numerus="yes">
        <source>they promised: %1 (%n day(s) late: time for a clear ask)</source>
        <translation>
            <numerusform>zugesagt wurde mir: %1 (%n Tag zu spät: Zeit für eine klare Nachfrage)</numerusform>
            <numerusform>zugesagt wurde mir: %1 (%n Tage zu spät: Zeit für eine klare Nachfrage)</numerusform>
        </translation>
    </message>
    <message>
        <source>they promised: %1 (a gentle nudge?)</source>
        <translation>zugesagt wurde mir: %1 (freundlich nachhaken?)</translation>
    </message>
    <message>
        <source>they wrote on %1 and I have not answered yet</source>
        <translation>hat am %1 geschrieben, ich habe noch nicht geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>waiting for a reply: %n message(s) unanswered since %1</source>
        <translation>
            <numerusform>wartet auf Antwort: %n Nachricht unbeantwortet seit %1</numerusform>
            <numerusform>wartet auf Antwort: %n Nachrichten unbeantwortet seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for their decision: %1</source>
        <translation>wartet auf die Entscheidung der anderen Seite: %1</translation>
    </message>
    <message>
        <source>work anniversary</source>
        <translation>Dienstjubiläum</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommonGround</name>
    <message>
        <source>%1 and %2 both like: %3</source>
        <translation>%1 und %2 interessieren sich beide für: %3</translation>
    </message>
    <message>
        <source>%1 and %2 both want: %3</source>
        <translation>%1 und %2 haben beide das Ziel: %3</translation>
    </message>
    <message>
        <source>%1 looks for %3, which %2 offers</source>
        <translation>%1 sucht %3, %2 bietet es an</translation>
    </message>
    <message>
        <source>%1 offers %3, which %2 looks for</source>
        <translation>%1 bietet %3, %2 sucht es</translation>
    </message>
    <message>
        <source>%1 — about %2, which they like</source>
        <translation>%1 – zum Thema %2, das die Person interessiert</translation>
    </message>
    <message>
        <source>%1 — covers %2, which they look for</source>
        <translation>%1 – deckt %2 ab, das die Person sucht</translation>
    </message>
    <message>
        <source>%1 — works on %2, one of their goals</source>
        <translation>%1 – arbeitet an %2, einem Ziel der Person</translation>
    </message>
    <message>
        <source>They look for %1 — you offer it</source>
        <translation>Sucht %1 – Sie bieten es an</translation>
    </message>
    <message>
        <source>They look for %1 — your group %2 covers it</source>
        <translation>Sucht %1 – Ihre Gruppe %2 deckt es ab</translation>
    </message>
    <message>
        <source>You are both in %2</source>
        <translation>Sie sind beide in %2</translation>
    </message>
    <message>
        <source>You both want: %1</source>
        <translation>Gemeinsames Ziel: %1</translation>
    </message>
    <message>
        <source>You both: %1</source>
        <translation>Sie beide: %1</translation>
    </message>
    <message>
        <source>You look for %1 — they offer it</source>
        <translation>Sie suchen %1 – die Person bietet es an</translation>
    </message>
    <message>
        <source>You met at: %3</source>
        <translation>Kennengelernt bei: %3</translation>
    </message>
</context>
<context>
    <name>CommonGroundPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s) suggested</source>
        <translation>
            <numerusform>%n Vorstellung vorgeschlagen</numerusform>
            <numerusform>%n Vorstellungen vorgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Draft intro…</source>
        <translation>Vorstellung &amp;entwerfen …</translation>
    </message>
    <message>
        <source>A topic, e.g. KI</source>
        <translation>Ein Thema, z. B. KI</translation>
    </message>
    <message>
        <source>Ask the network</source>
        <translation>Das Netzwerk fragen</translation>
    </message>
    <message>
        <source>Best introductions in your network</source>
        <translation>Die besten Vorstellungen in Ihrem Netzwerk</translation>
    </message>
    <message>
        <source>Common ground</source>
        <translation>Gemeinsamkeiten</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss introduction %1 – %2</source>
        <translation>Vorstellung %1 – %2 verwerfen</translation>
    </message>
    <message>
        <source>Dismissed. Ctrl+Z brings it back.</source>
        <translation>Verworfen. Strg+Z holt den Vorschlag zurück.</translation>
    </message>
    <message>
        <source>Double-click a topic to ask the network about it</source>
        <translation>Doppelklick auf ein Thema fragt das Netzwerk danach</translation>
    </message>
    <message numerus="yes">
        <source>Have it as a goal (%n)</source>
        <translation>
            <numerusform>Haben es als Ziel (%n)</numerusform>
            <numerusform>Haben es als Ziel (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interested in it (%n)</source>
        <translation>
            <numerusform>Interessieren sich dafür (%n)</numerusform>
            <numerusform>Interessieren sich dafür (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Introduce</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <source>Introduced %1 and %2</source>
        <translation>%1 und %2 einander vorgestellt</translation>
    </message>
    <message>
        <source>Log the introduction with both (Ctrl+Return)</source>
        <translation>Die Vorstellung bei beiden erfassen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>Looking for common ground…</source>
        <translation>Suche nach Gemeinsamkeiten …</translation>
    </message>
    <message numerus="yes">
        <source>Looking for it (%n)</source>
        <translation>
            <numerusform>Suchen es (%n)</numerusform>
            <numerusform>Suchen es (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Manage &amp;topics…</source>
        <translation>&amp;Themen verwalten …</translation>
    </message>
    <message>
        <source>Most in common with you</source>
        <translation>Die meisten Gemeinsamkeiten mit Ihnen</translation>
    </message>
    <message>
        <source>No introductions to suggest yet. They appear when your contacts have topics: what they look for, offer, want or like.</source>
        <translation>Noch keine Vorstellungen vorzuschlagen. Sie erscheinen, sobald Ihre Kontakte Themen haben: was sie suchen, bieten, anstreben oder mögen.</translation>
    </message>
    <message>
        <source>Nobody in your network has this topic yet.</source>
        <translation>Noch niemand in Ihrem Netzwerk hat dieses Thema.</translation>
    </message>
    <message>
        <source>Nobody yet. Add your own interests, goals and what you offer or look for under Edit → Me…, and the people who share them appear here.</source>
        <translation>Noch niemand. Tragen Sie unter Bearbeiten → Ich … Ihre eigenen Interessen, Ziele und was Sie bieten oder suchen ein, dann erscheinen hier die Menschen, die sie teilen.</translation>
    </message>
    <message numerus="yes">
        <source>Offering it (%n)</source>
        <translation>
            <numerusform>Bieten es an (%n)</numerusform>
            <numerusform>Bieten es an (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop suggesting this pair (Del; undo with Ctrl+Z)</source>
        <translation>Dieses Paar nicht mehr vorschlagen (Entf; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Type a topic (for example KI, Python or Italian painting) to see who in your network is interested in it, has it as a goal, looks for it or offers it.

Double-click a name to open the contact, or a topic on the left to ask about it.</source>
        <translation>Tippen Sie ein Thema ein (etwa KI, Python oder italienische Malerei) und sehen Sie, wer in Ihrem Netzwerk sich dafür interessiert, es als Ziel hat, es sucht oder anbietet.

Doppelklick auf einen Namen öffnet den Kontakt, auf ein Thema links fragt danach.</translation>
    </message>
    <message>
        <source>What your network cares about</source>
        <translation>Was Ihr Netzwerk bewegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>mit</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>%1, or %2 without the year</source>
        <translation>%1, oder %2 ohne Jahr</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>+49 711 123456 or 0711 123456</source>
        <translation>+49 711 123456 oder 0711 123456</translation>
    </message>
    <message>
        <source>A contact needs a given name, a family name or a nickname.</source>
        <translation>Ein Kontakt braucht einen Vornamen, Nachnamen oder Spitznamen.</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Über die Person:</translation>
    </message>
    <message>
        <source>Address as:</source>
        <translation>Ansprache:</translation>
    </message>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>Alles, was man sich über die Person merken sollte</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>Birthday: “%1” is not a date (use %2, or %3 without the year).</source>
        <translation>Geburtstag: „%1“ ist kein Datum (etwa %2, oder %3 ohne Jahr).</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Dr., Prof.</source>
        <translation>Dr., Prof.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Email: “%1” is not an email address (like name@example.org).</source>
        <translation>E-Mail: „%1“ ist keine E-Mail-Adresse (etwa name@example.org).</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Frau (Ms)</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>Begrüßung:</translation>
    </message>
    <message>
        <source>Herr (Mr)</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>How we met:</source>
        <translation>Wie wir uns kennen:</translation>
    </message>
    <message>
        <source>Keep in touch every:</source>
        <translation>In Kontakt bleiben alle:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Links: “%1” is not a web address (like https://example.org).</source>
        <translation>Links: „%1“ ist keine Webadresse (etwa https://example.org).</translation>
    </message>
    <message>
        <source>Met on:</source>
        <translation>Kennengelernt am:</translation>
    </message>
    <message>
        <source>Met on: “%1” is not a date (use %2).</source>
        <translation>Kennengelernt am: „%1“ ist kein Datum (etwa %2).</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Phone: “%1” is not a phone number.</source>
        <translation>Telefon: „%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Where we met:</source>
        <translation>Wo wir uns trafen:</translation>
    </message>
    <message>
        <source>Writes in:</source>
        <translation>Schreibt auf:</translation>
    </message>
    <message>
        <source>automatic (from du/Sie)</source>
        <translation>automatisch (nach du/Sie)</translation>
    </message>
    <message>
        <source>formal (Sie)</source>
        <translation>förmlich (Sie)</translation>
    </message>
    <message>
        <source>https://…, several separated by commas</source>
        <translation>https://…, mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>informal (du)</source>
        <translation>informell (du)</translation>
    </message>
    <message>
        <source>name@example.org, several separated by commas</source>
        <translation>name@example.org, mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Anrede</translation>
    </message>
    <message>
        <source>“%1” is not valid here.</source>
        <translation>„%1“ ist hier nicht gültig.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>%1 “%2” is not added yet: Enter adds it, Esc drops it.</source>
        <translation>%1 „%2“ ist noch nicht hinzugefügt: Eingabe fügt es hinzu, Esc verwirft es.</translation>
    </message>
    <message>
        <source>&amp;Draft message…</source>
        <translation>Nachricht &amp;entwerfen …</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Austausch &amp;festhalten …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <source>Del; Ctrl+Z undoes it</source>
        <translation>Entf; Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Move to the trash (Shift+Del); Ctrl+Z brings it back</source>
        <translation>In den Papierkorb (Umschalt+Entf); Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>← Contacts</source>
        <translation>← Kontakte</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Clear the name</source>
        <translation>Namen löschen</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n contact(s) match the filters</source>
        <translation>
            <numerusform>%n Kontakt passt zu den Filtern</numerusform>
            <numerusform>%n Kontakte passen zu den Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s), %1 archived not shown</source>
        <translation>
            <numerusform>%n Kontakt, %1 archivierte nicht angezeigt</numerusform>
            <numerusform>%n Kontakte, %1 archivierte nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Beliebiges Thema</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>In the notes: %1</source>
        <translation>In den Notizen: %1</translation>
    </message>
    <message>
        <source>No contact matches. Try fewer words or clear the filters.</source>
        <translation>Kein Kontakt passt. Versuchen Sie weniger Wörter oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>No contacts yet — import some or add one.</source>
        <translation>Noch keine Kontakte – importieren Sie welche oder legen Sie einen an.</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Search names, companies, topics, notes…</source>
        <translation>Namen, Firmen, Themen, Notizen durchsuchen …</translation>
    </message>
    <message>
        <source>Showing the first %1 matches; scroll for more or type more to narrow the search</source>
        <translation>Die ersten %1 Treffer; scrollen Sie für mehr oder tippen Sie weiter, um die Suche einzugrenzen</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Themenfilter</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
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
        <source>Overdue</source>
        <translation>Überfällig</translation>
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
        <source>Rapport could not save your change: %1</source>
        <translation>Rapport konnte Ihre Änderung nicht speichern: %1</translation>
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
    <message>
        <source>the database file looks damaged. Restore a backup, or ask for help with the log file.</source>
        <translation>die Datenbankdatei scheint beschädigt. Stellen Sie eine Sicherung wieder her oder bitten Sie mit der Protokolldatei um Hilfe.</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written (read-only).</source>
        <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the database is busy (another Rapport window or command is writing to it). Wait a moment and try again.</source>
        <translation>die Datenbank ist belegt (ein anderes Rapport-Fenster oder ein Befehl schreibt gerade). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the database refused it (%1).</source>
        <translation>die Datenbank hat sie abgelehnt (%1).</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again.</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CsvDialectRow</name>
    <message>
        <source>Column separator</source>
        <translation>Spaltentrennzeichen</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Spalten getrennt durch:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
</context>
<context>
    <name>DashboardList</name>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n Tag drüber</numerusform>
            <numerusform>%n Tage drüber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered</source>
        <translation>
            <numerusform>%n Nachricht unbeantwortet</numerusform>
            <numerusform>%n Nachrichten unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>3+ messages without an answer</source>
        <translation>3+ Nachrichten ohne Antwort</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Geburtstage</translation>
    </message>
    <message>
        <source>Decisions to review</source>
        <translation>Entscheidungen zur Wiedervorlage</translation>
    </message>
    <message>
        <source>Drifting past their cadence</source>
        <translation>Über den Kontaktrhythmus hinaus</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Follow-ups</translation>
    </message>
    <message>
        <source>My overdue promises</source>
        <translation>Meine überfälligen Versprechen</translation>
    </message>
    <message>
        <source>My promises due</source>
        <translation>Meine fälligen Versprechen</translation>
    </message>
    <message>
        <source>No decision is waiting on you.</source>
        <translation>Keine Entscheidung wartet auf Sie.</translation>
    </message>
    <message>
        <source>Nothing at risk. Well kept!</source>
        <translation>Nichts gefährdet. Gut gepflegt!</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Diese Woche ist nichts fällig.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Promises waiting on my decision</source>
        <translation>Versprechen, die auf meine Entscheidung warten</translation>
    </message>
    <message>
        <source>Replies I owe</source>
        <translation>Antworten, die ich schulde</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Überprüfen: %1</translation>
    </message>
    <message>
        <source>Still to decide: %1</source>
        <translation>Noch zu entscheiden: %1</translation>
    </message>
    <message>
        <source>Their promises due</source>
        <translation>Fällige Versprechen an mich</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <source>Waits on my decision: %1</source>
        <translation>Wartet auf meine Entscheidung: %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>Rhythmus: %n Tag</numerusform>
            <numerusform>Rhythmus: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they wrote %n day(s) ago</source>
        <translation>
            <numerusform>hat vor %n Tag geschrieben</numerusform>
            <numerusform>hat vor %n Tagen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>wird %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n item(s) at risk</source>
        <translation>
            <numerusform>%n Punkt gefährdet</numerusform>
            <numerusform>%n Punkte gefährdet</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;How these are counted&lt;/b&gt;&lt;br&gt;Promises: mine due that week, kept by the due day; a new agreed date counts, released promises do not.&lt;br&gt;Follow-ups: two-way contact no later than the person&apos;s cadence (people without one are left out).&lt;br&gt;Replies: my messages that week that got an answer, then or later.&lt;br&gt;Hover a bar for its numbers.</source>
        <translation>&lt;b&gt;So wird gezählt&lt;/b&gt;&lt;br&gt;Versprechen: meine, die in der Woche fällig waren, bis zum Fälligkeitstag gehalten; ein neu vereinbartes Datum zählt, freigegebene Versprechen zählen nicht.&lt;br&gt;Follow-ups: Kontakt in beide Richtungen spätestens nach dem Rhythmus der Person (Menschen ohne Rhythmus zählen nicht).&lt;br&gt;Antworten: meine Nachrichten der Woche, die eine Antwort bekamen, gleich oder später.&lt;br&gt;Für die Zahlen mit der Maus über einen Balken fahren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekly review is due.&lt;/b&gt; Ten minutes to look back on the week of %1: promises, people to reconnect with, and what to try next.</source>
        <translation>&lt;b&gt;Der Wochenrückblick ist fällig.&lt;/b&gt; Zehn Minuten für einen Blick auf die Woche vom %1: Versprechen, Menschen, bei denen Sie sich melden sollten, und was Sie als Nächstes ausprobieren.</translation>
    </message>
    <message>
        <source>As PDF document…</source>
        <translation>Als PDF-Dokument…</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) at risk</source>
        <translation>
            <numerusform>Mindestens %n Punkt gefährdet</numerusform>
            <numerusform>Mindestens %n Punkte gefährdet</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Counting 12 weeks of habits…</source>
        <translation>Zähle die Gewohnheiten der letzten 12 Wochen…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Dashboard exported to %1</source>
        <translation>Übersicht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Decisions whose review day has come, and promises linked to a decision of yours that is still open</source>
        <translation>Entscheidungen, deren Wiedervorlage fällig ist, und Versprechen, die an einer noch offenen Entscheidung von Ihnen hängen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <source>Habits over the last 12 weeks</source>
        <translation>Gewohnheiten der letzten 12 Wochen</translation>
    </message>
    <message>
        <source>Look back on the week (Ctrl+R)</source>
        <translation>Auf die Woche zurückblicken (Strg+R)</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Braucht eine Entscheidung</translation>
    </message>
    <message>
        <source>Nothing at risk</source>
        <translation>Nichts gefährdet</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Past reviews…</source>
        <translation>Frühere Rückblicke…</translation>
    </message>
    <message>
        <source>Rapport dashboard</source>
        <translation>Rapport-Übersicht</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the numbers behind the charts as a table</source>
        <translation>Die Zahlen hinter den Diagrammen als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>The habits could not be counted: %1</source>
        <translation>Die Gewohnheiten konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Wochenrückblick…</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DatelessStep</name>
    <message>
        <source>%1 owes me</source>
        <translation>%1 schuldet mir</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s) have no date, so nothing reminds you of them. Give each a date, or release it.</source>
        <translation>
            <numerusform>%n offenes Versprechen hat kein Datum, daher erinnert nichts daran. Gib ihm ein Datum oder löse es auf.</numerusform>
            <numerusform>%n offene Versprechen haben kein Datum, daher erinnert nichts daran. Gib jedem ein Datum oder löse es auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give this date</source>
        <translation>Dieses &amp;Datum geben</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Auflösen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>I owe %1</source>
        <translation>Ich schulde %1</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Promises without a date</source>
        <translation>Versprechen ohne Datum</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Aufgelöst</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DatesSection</name>
    <message>
        <source>Add &amp;date…</source>
        <translation>&amp;Datum hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete date %1</source>
        <translation>Datum %1 löschen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Wichtige Daten</translation>
    </message>
    <message>
        <source>No anniversaries or other dates yet.</source>
        <translation>Noch keine Jahrestage oder anderen Daten.</translation>
    </message>
    <message numerus="yes">
        <source>Today shows it %n day(s) before</source>
        <translation>
            <numerusform>„Heute“ zeigt es %n Tag vorher</numerusform>
            <numerusform>„Heute“ zeigt es %n Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>Today shows it on the day</source>
        <translation>„Heute“ zeigt es am Tag selbst</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>&amp;Decided:</source>
        <translation>&amp;Entschieden:</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>Wieder&amp;vorlage am:</translation>
    </message>
    <message>
        <source>&amp;Whose decision:</source>
        <translation>&amp;Wessen Entscheidung:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>A promise that waits on this decision: while a decision of yours is still open, the Dashboard lists the promise under “Needs a decision”.</source>
        <translation>Ein Versprechen, das auf diese Entscheidung wartet: Solange eine Entscheidung von Ihnen offen ist, führt die Übersicht das Versprechen unter „Braucht eine Entscheidung“.</translation>
    </message>
    <message>
        <source>About a &amp;promise:</source>
        <translation>Zu einem Verspre&amp;chen:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Entscheidung bearbeiten</translation>
    </message>
    <message>
        <source>I decide</source>
        <translation>Ich entscheide</translation>
    </message>
    <message>
        <source>Leave empty while it is still to decide</source>
        <translation>Leer lassen, solange noch nicht entschieden ist</translation>
    </message>
    <message>
        <source>On the review day it shows on Today.</source>
        <translation>Am Tag der Wiedervorlage erscheint sie unter „Heute“.</translation>
    </message>
    <message>
        <source>Promise it is about</source>
        <translation>Versprechen, um das es geht</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>That promise is no longer there; choose another.</source>
        <translation>Dieses Versprechen gibt es nicht mehr; wähle ein anderes.</translation>
    </message>
    <message>
        <source>They decide</source>
        <translation>Die andere Seite entscheidet</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Was entschieden wurde</translation>
    </message>
    <message>
        <source>Whose decision</source>
        <translation>Wessen Entscheidung</translation>
    </message>
    <message>
        <source>Why it came up, what was on the table</source>
        <translation>Wie es dazu kam, was zur Wahl stand</translation>
    </message>
    <message>
        <source>Write what was decided, or what is still to decide.</source>
        <translation>Schreib auf, was entschieden wurde oder was noch zu entscheiden ist.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>%1 (no e-mail address known)</source>
        <translation>%1 (keine E-Mail-Adresse bekannt)</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Pause until %1</source>
        <translation>&amp;Pause bis %1</translation>
    </message>
    <message>
        <source>A link or title to mention (optional)</source>
        <translation>Ein Link oder Titel, der erwähnt werden soll (optional)</translation>
    </message>
    <message>
        <source>Also mark the promise “%1” as kept</source>
        <translation>Das Versprechen „%1“ auch als gehalten markieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copy the message text to the clipboard (Ctrl+Shift+C)</source>
        <translation>Den Nachrichtentext in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Draft for %1</source>
        <translation>Entwurf für %1</translation>
    </message>
    <message>
        <source>Edit &amp;templates…</source>
        <translation>&amp;Vorlagen bearbeiten …</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Log the &amp;call</source>
        <translation>&amp;Anruf eintragen</translation>
    </message>
    <message>
        <source>Log this message as sent by you (Ctrl+Return)</source>
        <translation>Diese Nachricht als von Ihnen gesendet eintragen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Occasion:</source>
        <translation>Anlass:</translation>
    </message>
    <message>
        <source>Open a new e-mail with subject and text (Ctrl+E)</source>
        <translation>Eine neue E-Mail mit Betreff und Text öffnen (Strg+E)</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Opened in your mail program. Mark it as sent once it is out.</source>
        <translation>Im Mailprogramm geöffnet. Markieren Sie die Nachricht als gesendet, sobald sie verschickt ist.</translation>
    </message>
    <message>
        <source>Opening your mail program…</source>
        <translation>E-Mail-Programm wird geöffnet …</translation>
    </message>
    <message>
        <source>Other &amp;wording</source>
        <translation>Andere &amp;Formulierung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Der Text ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>There is no text to send.</source>
        <translation>Es gibt keinen Text zum Senden.</translation>
    </message>
    <message>
        <source>This template has an error (%1, line %2): %3</source>
        <translation>Diese Vorlage enthält einen Fehler (%1, Zeile %2): %3</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Try the next phrasing for this occasion (Ctrl+R)</source>
        <translation>Die nächste Formulierung für diesen Anlass ausprobieren (Strg+R)</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was ist passiert:</translation>
    </message>
    <message>
        <source>Your edits were replaced; press Ctrl+Z in the text to get them back.</source>
        <translation>Ihre Änderungen wurden ersetzt; mit Strg+Z im Text holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>e.g. the new job at Trumpf (optional)</source>
        <translation>z. B. der neue Job bei Trumpf (optional)</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Ask before introducing</source>
        <translation>Vor einer Vorstellung nachfragen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Change approach (3 unanswered: call, LinkedIn/Xing or pause)</source>
        <translation>Anders versuchen (3 ohne Antwort: Anruf, LinkedIn/Xing oder Pause)</translation>
    </message>
    <message>
        <source>Congratulations</source>
        <translation>Glückwünsche</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Feedback (what I noticed, its effect, a proposal)</source>
        <translation>Rückmeldung (was mir auffiel, die Folge, ein Vorschlag)</translation>
    </message>
    <message>
        <source>Follow-up after we met</source>
        <translation>Nachfassen nach einem Treffen</translation>
    </message>
    <message>
        <source>Formal (Sie, Frau/Herr and surname)</source>
        <translation>Förmlich (Sie, Frau/Herr und Nachname)</translation>
    </message>
    <message>
        <source>Formal (title and surname)</source>
        <translation>Förmlich (Anrede und Nachname)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Informal (du, first name)</source>
        <translation>Informell (du, Vorname)</translation>
    </message>
    <message>
        <source>Informal (first name)</source>
        <translation>Informell (Vorname)</translation>
    </message>
    <message>
        <source>Introduction to both</source>
        <translation>Vorstellung an beide</translation>
    </message>
    <message>
        <source>Kind nudge (no reply yet)</source>
        <translation>Freundliche Erinnerung (noch keine Antwort)</translation>
    </message>
    <message>
        <source>Reconnect after a long silence</source>
        <translation>Wieder melden nach langer Funkstille</translation>
    </message>
    <message>
        <source>Share a resource</source>
        <translation>Etwas teilen</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dankeschön</translation>
    </message>
    <message>
        <source>a note for you: pause, then try again</source>
        <translation>eine Notiz für Sie: Pause, dann neuer Versuch</translation>
    </message>
    <message>
        <source>a phone call: talking points for you</source>
        <translation>ein Anruf: Stichpunkte für Sie</translation>
    </message>
    <message>
        <source>a short message on LinkedIn or Xing</source>
        <translation>eine kurze Nachricht über LinkedIn oder Xing</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Move the key to the keyring</source>
        <translation>Schlüssel in den Schlüssel&amp;bund</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>After decrypting, anyone who can read the file can read your notes. The encrypted file is deleted.</source>
        <translation>Nach dem Entschlüsseln kann jeder, der die Datei lesen kann, Ihre Notizen lesen. Die verschlüsselte Datei wird gelöscht.</translation>
    </message>
    <message>
        <source>Behind a &amp;passphrase, asked at every start</source>
        <translation>Hinter einer &amp;Passphrase, bei jedem Start abgefragt</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Decrypt the database?</source>
        <translation>Datenbank entschlüsseln?</translation>
    </message>
    <message>
        <source>Done: Rapport now asks for the new passphrase at start. Your recovery key stays the same.</source>
        <translation>Fertig: Rapport fragt jetzt beim Start nach der neuen Passphrase. Ihr Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <source>Done: Rapport now asks for the passphrase at start.</source>
        <translation>Fertig: Rapport fragt jetzt beim Start nach der Passphrase.</translation>
    </message>
    <message>
        <source>Done: the key is now kept in the system keyring.</source>
        <translation>Fertig: Der Schlüssel liegt jetzt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Done: your database is encrypted. The old unencrypted file was deleted; on an SSD its data may remain on the disk until it is overwritten.</source>
        <translation>Fertig: Ihre Datenbank ist verschlüsselt. Die alte, unverschlüsselte Datei wurde gelöscht; auf einer SSD können ihre Daten auf dem Datenträger bleiben, bis sie überschrieben werden.</translation>
    </message>
    <message>
        <source>Done: your database is no longer encrypted. The encrypted file was deleted.</source>
        <translation>Fertig: Ihre Datenbank ist nicht mehr verschlüsselt. Die verschlüsselte Datei wurde gelöscht.</translation>
    </message>
    <message>
        <source>Encrypting writes an encrypted copy of the database, checks it, puts it in place and then deletes the old unencrypted file; decrypting does the reverse. Deleting is not wiping: on an SSD, or a copy-on-write or journaling file system, the old data may stay readable on the disk until it is overwritten, and Rapport cannot force that. Full-disk encryption protects against it. Backups made from now on are encrypted too; older backups stay as they are.</source>
        <translation>Beim Verschlüsseln schreibt Rapport eine verschlüsselte Kopie der Datenbank, prüft sie, setzt sie an ihre Stelle und löscht dann die alte, unverschlüsselte Datei; beim Entschlüsseln umgekehrt. Löschen ist nicht Überschreiben: Auf einer SSD oder einem Copy-on-Write- oder Journaling-Dateisystem können die alten Daten auf dem Datenträger lesbar bleiben, bis sie überschrieben werden, und Rapport kann das nicht erzwingen. Dagegen schützt eine Verschlüsselung des ganzen Datenträgers. Sicherungen von jetzt an werden ebenfalls verschlüsselt; ältere Sicherungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Encryption needs the optional package sqlcipher3 (SQLCipher), which is not installed in this Rapport. Install it with %1 and start Rapport again.</source>
        <translation>Die Verschlüsselung braucht das optionale Paket sqlcipher3 (SQLCipher), das in diesem Rapport nicht installiert ist. Installieren Sie es mit %1 und starten Sie Rapport neu.</translation>
    </message>
    <message>
        <source>In the system &amp;keyring: a random key, nothing to type at start</source>
        <translation>Im &amp;Schlüsselbund des Systems: ein zufälliger Schlüssel, beim Start nichts einzugeben</translation>
    </message>
    <message>
        <source>In the system keyring (none is available here)</source>
        <translation>Im Schlüsselbund des Systems (hier ist keiner verfügbar)</translation>
    </message>
    <message>
        <source>New pa&amp;ssphrase:</source>
        <translation>Neue Passphr&amp;ase:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Passphr&amp;ase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rapport could not do that: %1</source>
        <translation>Das ging nicht: %1</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Wo der Schlüssel liegt</translation>
    </message>
    <message>
        <source>Your database is &lt;b&gt;encrypted&lt;/b&gt;. Its key is kept in the system keyring, so Rapport opens without asking.</source>
        <translation>Ihre Datenbank ist &lt;b&gt;verschlüsselt&lt;/b&gt;. Ihr Schlüssel liegt im Schlüsselbund des Systems, daher öffnet Rapport ohne Nachfrage.</translation>
    </message>
    <message>
        <source>Your database is &lt;b&gt;encrypted&lt;/b&gt;. Rapport asks for the passphrase at every start.</source>
        <translation>Ihre Datenbank ist &lt;b&gt;verschlüsselt&lt;/b&gt;. Rapport fragt bei jedem Start nach der Passphrase.</translation>
    </message>
    <message>
        <source>Your database is &lt;b&gt;not encrypted&lt;/b&gt;: anyone who can read the file (a lost laptop, a synced folder, a backup disk) can read your notes.</source>
        <translation>Ihre Datenbank ist &lt;b&gt;nicht verschlüsselt&lt;/b&gt;: Wer die Datei lesen kann (ein verlorener Laptop, ein synchronisierter Ordner, eine Sicherungsplatte), kann Ihre Notizen lesen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>, including %n archived</source>
        <translation>
            <numerusform>, davon %n archiviert</numerusform>
            <numerusform>, davon %n archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>Alle %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>CSV — for spreadsheets</source>
        <translation>CSV — für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Cells that begin with = + - or @ get a leading apostrophe (&apos;) so that a spreadsheet shows them as text and never runs them as formulas; Rapport&apos;s import removes it.</source>
        <translation>Zellen, die mit = + - oder @ beginnen, erhalten einen vorangestellten Apostroph (&apos;), damit eine Tabellenkalkulation sie als Text zeigt und nie als Formel ausführt; der Import von Rapport entfernt ihn wieder.</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Bitte eine Datei in einem vorhandenen Ordner wählen.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup.</source>
        <translation>Bitte eine Passphrase für die Sicherung wählen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Contacts, topics, groups, history, promises, reminders, templates, settings and journal entries. `rapport restore` brings it all back.</source>
        <translation>Kontakte, Themen, Gruppen, Verlauf, Zusagen, Erinnerungen, Vorlagen, Einstellungen und Journaleinträge. `rapport restore` stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Full backup (JSON) — everything, for restoring Rapport</source>
        <translation>Vollständige Sicherung (JSON) — alles, zum Wiederherstellen von Rapport</translation>
    </message>
    <message>
        <source>It is encrypted with your passphrase.</source>
        <translation>Sie ist mit Ihrer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>One row per contact; lists are separated by semicolons. UTF-8, which Excel recognises.</source>
        <translation>Eine Zeile pro Kontakt; Listen sind durch Semikolons getrennt. UTF-8, das Excel erkennt.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Passphrase der Sicherung wiederholen</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Kontakt</numerusform>
            <numerusform>Die %n ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; no file was written: %1</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Topics travel as INTEREST, EXPERTISE and Rapport&apos;s own fields, groups as categories, so a re-import loses nothing. Photos are not exported: Rapport keeps none.</source>
        <translation>Themen werden als INTEREST, EXPERTISE und Rapports eigene Felder geschrieben, Gruppen als Kategorien, sodass beim erneuten Import nichts verloren geht. Fotos werden nicht exportiert: Rapport speichert keine.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt in %1 geschrieben.</numerusform>
            <numerusform>%n Kontakte in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s), including %1 archived, to %2.</source>
        <translation>
            <numerusform>%n Kontakt, davon %1 archiviert, in %2 geschrieben.</numerusform>
            <numerusform>%n Kontakte, davon %1 archiviert, in %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your database is encrypted, but this file will not be: anyone who can read it can read everything in it.</source>
        <translation>Ihre Datenbank ist verschlüsselt, diese Datei aber nicht: Wer sie lesen kann, kann alles darin lesen.</translation>
    </message>
    <message>
        <source>Your database is encrypted, so this backup will be too: choose a passphrase for it. Without the passphrase nobody can restore the backup, Rapport included.</source>
        <translation>Ihre Datenbank ist verschlüsselt, also wird es auch diese Sicherung: Wählen Sie eine Passphrase dafür. Ohne die Passphrase kann niemand die Sicherung wiederherstellen, auch Rapport nicht.</translation>
    </message>
    <message>
        <source>vCard 3.0 — for phones, Apple, Google and Outlook</source>
        <translation>vCard 3.0 — für Telefone, Apple, Google und Outlook</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard 4.0 keeps birthdays without a year as --MMDD. Photos are not exported: Rapport keeps none.</source>
        <translation>vCard 4.0 speichert Geburtstage ohne Jahr als --MMTT. Fotos werden nicht exportiert: Rapport speichert keine.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Your network is empty. Would you like to explore Rapport with a sample network of %1 made-up contacts? Your own profile stays empty for you. You can remove the sample later with File → Remove sample network.</source>
        <translation>Ihr Netzwerk ist noch leer. Möchten Sie Rapport mit einem Beispielnetzwerk aus %1 erfundenen Kontakten erkunden? Ihr eigenes Profil bleibt leer, das füllen Sie selbst. Sie können das Beispiel später mit Datei → Beispielnetzwerk entfernen wieder löschen.</translation>
    </message>
</context>
<context>
    <name>GroupChips</name>
    <message>
        <source>Add to a group…</source>
        <translation>Zu einer Gruppe hinzufügen …</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>New or edit groups…</source>
        <translation>Gruppen anlegen oder bearbeiten …</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>Neue &amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add a member: type a name</source>
        <translation>Mitglied hinzufügen: Namen eingeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>I am a &amp;member</source>
        <translation>Ich bin &amp;Mitglied</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>No groups yet. New group makes one: a club, an association, an online group you are in or want to remember.</source>
        <translation>Noch keine Gruppen. „Neue Gruppe“ legt eine an: einen Verein, einen Verband, eine Online-Gruppe, in der Sie sind oder die Sie sich merken wollen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The name is empty or another group has it.</source>
        <translation>Der Name ist leer oder gehört schon einer anderen Gruppe.</translation>
    </message>
    <message>
        <source>e.g. Industrie 4.0, Robotik (separated by commas)</source>
        <translation>z. B. Industrie 4.0, Robotik (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>“%1” is not a web address (like https://www.xing.com/…).</source>
        <translation>„%1“ ist keine Webadresse (wie https://www.xing.com/…).</translation>
    </message>
</context>
<context>
    <name>HabitChart</name>
    <message>
        <source>%1 of %2 answered (%3)</source>
        <translation>%1 von %2 beantwortet (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 kept on time (%3)</source>
        <translation>%1 von %2 pünktlich gehalten (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 within cadence (%3)</source>
        <translation>%1 von %2 im Rhythmus (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) in person</source>
        <translation>
            <numerusform>%n persönliches Treffen</numerusform>
            <numerusform>%n persönliche Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n neuer Kontakt</numerusform>
            <numerusform>%n neue Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>12 weeks: %1</source>
        <translation>12 Wochen: %1</translation>
    </message>
    <message>
        <source>12 weeks: %1 a week on average</source>
        <translation>12 Wochen: durchschnittlich %1 pro Woche</translation>
    </message>
    <message>
        <source>12 weeks: no data yet</source>
        <translation>12 Wochen: noch keine Daten</translation>
    </message>
    <message>
        <source>Follow-ups within cadence</source>
        <translation>Follow-ups im Rhythmus</translation>
    </message>
    <message>
        <source>In-person meetings</source>
        <translation>Persönliche Treffen</translation>
    </message>
    <message>
        <source>My promises kept on time</source>
        <translation>Meine Versprechen pünktlich gehalten</translation>
    </message>
    <message>
        <source>New connections</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Replies to my outreach</source>
        <translation>Antworten auf meine Nachrichten</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>nichts zu messen</translation>
    </message>
</context>
<context>
    <name>HabitTable</name>
    <message>
        <source>Habits over the last 12 weeks, as a table</source>
        <translation>Gewohnheiten der letzten 12 Wochen, als Tabelle</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>(none in this session)</source>
        <translation>(in dieser Sitzung keins)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A local-first address book for people who network.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Log: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Ein lokales Adressbuch für Menschen, die netzwerken.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;br&gt;Protokoll: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1. Open it yourself from your file manager.</source>
        <translation>%1 konnte nicht geöffnet werden. Öffnen Sie es bitte selbst im Dateimanager.</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>Rapport is not writing a log file in this session.</source>
        <translation>Rapport schreibt in dieser Sitzung keine Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (earlier in this file; %2)</source>
        <translation>%1 (weiter oben in dieser Datei; %2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>Already in Rapport as</source>
        <translation>Schon in Rapport als</translation>
    </message>
    <message>
        <source>E-mail / company</source>
        <translation>E-Mail / Firma</translation>
    </message>
    <message>
        <source>Matched by: %1</source>
        <translation>Erkannt an: %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Stelle in der Datei</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <source>%1 is not a date; imported without a birthday</source>
        <translation>%1 ist kein Datum; ohne Geburtstag importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) Rapport has no field for, kept as written and written back on vCard export (in %1 record(s)): %2</source>
        <translation>
            <numerusform>%n Angabe ohne eigenes Feld in Rapport unverändert aufbewahrt und beim vCard-Export wieder geschrieben (in %1 Einträgen): %2</numerusform>
            <numerusform>%n Angaben ohne eigenes Feld in Rapport unverändert aufbewahrt und beim vCard-Export wieder geschrieben (in %1 Einträgen): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not imported (in %1 record(s)): %2</source>
        <translation>
            <numerusform>%n Feld nicht importiert (in %1 Einträgen): %2</numerusform>
            <numerusform>%n Felder nicht importiert (in %1 Einträgen): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not imported: only embedded pictures up to 64 KB are kept.</source>
        <translation>
            <numerusform>%n Foto nicht importiert: Nur eingebettete Bilder bis 64 KB werden übernommen.</numerusform>
            <numerusform>%n Fotos nicht importiert: Nur eingebettete Bilder bis 64 KB werden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail: %1 is not an e-mail address; imported as written</source>
        <translation>E-Mail: %1 ist keine E-Mail-Adresse; so importiert, wie es in der Datei steht</translation>
    </message>
    <message>
        <source>Imported with a warning — %1, %2: %3</source>
        <translation>Mit Warnung importiert — %1, %2: %3</translation>
    </message>
    <message>
        <source>Link: %1 is not a web address; imported as written</source>
        <translation>Link: %1 ist keine Webadresse; so importiert, wie es in der Datei steht</translation>
    </message>
    <message>
        <source>Phone: %1 is not a phone number; imported as written</source>
        <translation>Telefon: %1 ist keine Telefonnummer; so importiert, wie es in der Datei steht</translation>
    </message>
    <message>
        <source>Rejected — %1, %2: %3</source>
        <translation>Abgelehnt — %1, %2: %3</translation>
    </message>
    <message>
        <source>no name and no e-mail</source>
        <translation>kein Name und keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>card %1 (line %2)</source>
        <translation>Karte %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>profile URL</source>
        <translation>Profil-Link</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>similar name (%1%)</source>
        <translation>ähnlicher Name (%1 %)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%1 new, %2 merged, %3 skipped, %n interaction(s).</source>
        <translation>
            <numerusform>%1 neu, %2 zusammengeführt, %3 übersprungen, %n Kontaktpunkt.</numerusform>
            <numerusform>%1 neu, %2 zusammengeführt, %3 übersprungen, %n Kontaktpunkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 new, %3 to merge, %4 to skip; %n possible duplicate(s) found.</source>
        <translation>
            <numerusform>%1: %2 neu, %3 zum Zusammenführen, %4 zum Überspringen; %n mögliches Duplikat gefunden.</numerusform>
            <numerusform>%1: %2 neu, %3 zum Zusammenführen, %4 zum Überspringen; %n mögliche Duplikate gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected or shortened:</source>
        <translation>
            <numerusform>%n Eintrag abgelehnt oder gekürzt:</numerusform>
            <numerusform>%n Einträge abgelehnt oder gekürzt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected, listed below.</source>
        <translation>
            <numerusform>%n Eintrag abgelehnt, unten aufgeführt.</numerusform>
            <numerusform>%n Einträge abgelehnt, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A .vcf or .csv file</source>
        <translation>Eine .vcf- oder .csv-Datei</translation>
    </message>
    <message>
        <source>Add all duplicates as new</source>
        <translation>Alle Doppelten neu anlegen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Choose a Rapport field above each column; the first rows of the file are shown below.</source>
        <translation>Wählen Sie über jeder Spalte ein Rapport-Feld; darunter stehen die ersten Zeilen der Datei.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei für den Import wählen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Columns of the file and their Rapport fields</source>
        <translation>Spalten der Datei und ihre Rapport-Felder</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Contacts to import</source>
        <translation>Zu importierende Kontakte</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Every record could be read.</source>
        <translation>Alle Einträge konnten gelesen werden.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Found automatically when left empty</source>
        <translation>Wird automatisch erkannt, wenn leer</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>Google-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>LinkedIn connections (Connections.csv)</source>
        <translation>LinkedIn-Kontakte (Connections.csv)</translation>
    </message>
    <message>
        <source>LinkedIn messages (messages.csv)</source>
        <translation>LinkedIn-Nachrichten (messages.csv)</translation>
    </message>
    <message>
        <source>Merge all duplicates</source>
        <translation>Alle Doppelten zusammenführen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Other CSV (you map the columns)</source>
        <translation>Andere CSV (Spalten selbst zuordnen)</translation>
    </message>
    <message>
        <source>Outlook CSV (German or English)</source>
        <translation>Outlook (CSV, deutsch oder englisch)</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Rapport reads vCards from phones, Apple, Google, Outlook and Xing, LinkedIn&apos;s data export, Outlook&apos;s and Xing&apos;s CSV and any other CSV. Nothing is written until you confirm the preview, and people already in Rapport are merged instead of added twice. A photo in a vCard is kept when it is a small embedded picture (up to 64 KB).</source>
        <translation>Rapport liest vCards von Telefonen, Apple, Google, Outlook und Xing, den Datenexport von LinkedIn, die CSV-Dateien von Outlook und Xing und beliebige andere CSV-Dateien. Gespeichert wird erst, wenn Sie die Vorschau bestätigen, und wer schon in Rapport ist, wird zusammengeführt statt doppelt angelegt. Ein Foto aus einer vCard wird übernommen, wenn es ein kleines eingebettetes Bild ist (bis 64 KB).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Erkannt als: %1</translation>
    </message>
    <message>
        <source>Skip all duplicates</source>
        <translation>Alle Doppelten überspringen</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>Die erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>To change what happens to a row, click its action: Add as new, Merge (into the contact shown) or Skip.</source>
        <translation>Um zu ändern, was mit einer Zeile geschieht, klicken Sie auf ihre Aktion: Neu anlegen, Zusammenführen (mit dem angezeigten Kontakt) oder Überspringen.</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contact(s)… Cancel stops it and writes nothing.</source>
        <translation>
            <numerusform>%n Kontakt wird gespeichert… Abbrechen beendet den Import, ohne etwas zu speichern.</numerusform>
            <numerusform>%n Kontakte werden gespeichert… Abbrechen beendet den Import, ohne etwas zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Xing contact (vCard)</source>
        <translation>Xing-Kontakt (vCard)</translation>
    </message>
    <message>
        <source>Xing contacts (CSV)</source>
        <translation>Xing-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Your name on LinkedIn:</source>
        <translation>Ihr Name bei LinkedIn:</translation>
    </message>
    <message>
        <source>vCard (.vcf, version 2.1, 3.0 or 4.0)</source>
        <translation>vCard (.vcf, Version 2.1, 3.0 oder 4.0)</translation>
    </message>
</context>
<context>
    <name>ImportantDateDialog</name>
    <message>
        <source>&amp;Alert:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>A date that happens once needs its year.</source>
        <translation>Ein einmaliges Datum braucht das Jahr.</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Datum hinzufügen</translation>
    </message>
    <message>
        <source>An event of your own needs a label.</source>
        <translation>Ein eigenes Ereignis braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Datum bearbeiten</translation>
    </message>
    <message>
        <source>Every &amp;year</source>
        <translation>Jedes &amp;Jahr</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Am Tag selbst</translation>
    </message>
    <message>
        <source>Today shows the date from this many days before it</source>
        <translation>„Heute“ zeigt das Datum so viele Tage vorher an</translation>
    </message>
    <message>
        <source>Type the date like %1 (or %2 without the year).</source>
        <translation>Datum bitte wie %1 eingeben (oder %2 ohne Jahr).</translation>
    </message>
    <message numerus="yes">
        <source>day(s) before</source>
        <translation>
            <numerusform>Tag vorher</numerusform>
            <numerusform>Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. %1 or %2</source>
        <translation>z. B. %1 oder %2</translation>
    </message>
    <message>
        <source>e.g. Wedding, Company founded</source>
        <translation>z. B. Hochzeit, Firmengründung</translation>
    </message>
</context>
<context>
    <name>ImportantDates</name>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Day we met</source>
        <translation>Kennenlerntag</translation>
    </message>
    <message>
        <source>Own event</source>
        <translation>Eigenes Ereignis</translation>
    </message>
    <message>
        <source>Work anniversary</source>
        <translation>Dienstjubiläum</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>No reviews yet. The weekly review saves one here.</source>
        <translation>Noch keine Rückblicke. Der Wochenrückblick speichert sie hier.</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Frühere Rückblicke</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>What I try next</source>
        <translation>Was ich als Nächstes versuche</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>What hurt</source>
        <translation>Was geschadet hat</translation>
    </message>
</context>
<context>
    <name>JsonRestore</name>
    <message>
        <source>%1 is an encrypted backup, but it is damaged or cut short, or made by a newer Rapport. Nothing was changed.</source>
        <translation>%1 ist eine verschlüsselte Sicherung, aber beschädigt, unvollständig oder von einer neueren Rapport-Version. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation>%1 ist verschlüsselt. Ihre Passphrase:</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>Rapport backups (*.json);;All files (*)</source>
        <translation>Rapport-Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace with this backup</source>
        <translation>Durch diese Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Replace your data?</source>
        <translation>Ihre Daten ersetzen?</translation>
    </message>
    <message>
        <source>Restore a JSON backup</source>
        <translation>JSON-Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1. Nothing was changed.</source>
        <translation>Die Passphrase öffnet die Sicherung %1 nicht. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This replaces everything in %1 (now %2 contacts) with the backup %3.

A copy of your current data is saved as a backup first.</source>
        <translation>Das ersetzt alles in %1 (derzeit %2 Kontakte) durch die Sicherung %3.

Vorher wird eine Kopie Ihrer aktuellen Daten als Sicherung gespeichert.</translation>
    </message>
</context>
<context>
    <name>LastWeekStep</name>
    <message>
        <source>&amp;No, not this time</source>
        <translation>&amp;Nein, diesmal nicht</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>&amp;Teilweise</translation>
    </message>
    <message>
        <source>&amp;Yes, it happened</source>
        <translation>&amp;Ja, hat geklappt</translation>
    </message>
    <message>
        <source>Last week you wrote what you would try next. Did it happen?</source>
        <translation>Letzte Woche haben Sie notiert, was Sie als Nächstes versuchen wollten. Hat es geklappt?</translation>
    </message>
    <message>
        <source>Last week&apos;s plan</source>
        <translation>Der Plan der letzten Woche</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No backup was made of it today, and there is no earlier backup to restore. Export your contacts (File → Export) while Rapport can still read them.</source>
        <translation>Heute wurde keine Sicherung davon angelegt, und es gibt keine ältere Sicherung zum Wiederherstellen. Exportieren Sie Ihre Kontakte (Datei → Exportieren), solange Rapport sie noch lesen kann.</translation>
    </message>
    <message>
        <source>No backup was made of it today. The newest backup is from %1: File → Restore from backup… puts it in place and keeps the damaged file beside it under a new name.</source>
        <translation>Heute wurde keine Sicherung davon angelegt. Die neueste Sicherung ist vom %1: Datei → Aus Sicherung wiederherstellen … setzt sie an ihre Stelle und bewahrt die beschädigte Datei unter neuem Namen daneben auf.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Rapport is already running for %1 but does not answer. Close it (or end it in the task manager) and try again.</source>
        <translation>Rapport läuft bereits für %1, antwortet aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rapport restored the backup from %1. The damaged file was kept as %2.</source>
        <translation>Rapport hat die Sicherung vom %1 wiederhergestellt. Die beschädigte Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Rapport can put a copy of it in place; the damaged file is kept beside it under a new name.</source>
        <translation>Die neueste Sicherung ist vom %1. Rapport kann eine Kopie davon an ihre Stelle setzen; die beschädigte Datei bleibt unter neuem Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>Waiting for another Rapport job (an import or a restore) to finish… your change is saved as soon as it has (%1 s).</source>
        <translation>Warte, bis ein anderer Rapport-Vorgang (ein Import oder eine Wiederherstellung) fertig ist … Ihre Änderung wird gespeichert, sobald er fertig ist (%1 s).</translation>
    </message>
    <message>
        <source>Your Rapport database %1 is damaged: SQLite reports a problem in it. It was left untouched.</source>
        <translation>Ihre Rapport-Datenbank %1 ist beschädigt: SQLite meldet einen Fehler darin. Sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Worum ging es:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Add &amp;promise</source>
        <translation>&amp;Zusage hinzufügen</translation>
    </message>
    <message>
        <source>Add someone else who was there</source>
        <translation>Weitere Person hinzufügen, die dabei war</translation>
    </message>
    <message>
        <source>Also &amp;with:</source>
        <translation>Auch &amp;dabei:</translation>
    </message>
    <message>
        <source>Also there</source>
        <translation>Auch dabei</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Alles, was man sich merken sollte</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Choose whom you spoke with: type a name and pick them.</source>
        <translation>Wählen Sie, mit wem Sie gesprochen haben: Namen eingeben und auswählen.</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Austausch festhalten</translation>
    </message>
    <message>
        <source>Promises made:</source>
        <translation>Gemachte Zusagen:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from the people there</source>
        <translation>Aus den Anwesenden entfernen</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben …</translation>
    </message>
    <message>
        <source>What was it about, in a line</source>
        <translation>Worum ging es, in einer Zeile</translation>
    </message>
</context>
<context>
    <name>MailFailure</name>
    <message>
        <source>Copy text instead</source>
        <translation>Stattdessen Text kopieren</translation>
    </message>
    <message>
        <source>Your mail program could not be opened. Copy the text and paste it into a new e-mail.</source>
        <translation>Ihr E-Mail-Programm ließ sich nicht öffnen. Kopieren Sie den Text und fügen Sie ihn in eine neue E-Mail ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Archive contact</source>
        <translation>Kontakt &amp;archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete contact</source>
        <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Draft message…</source>
        <translation>&amp;Nachricht entwerfen …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find contact</source>
        <translation>Kontakt &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Gruppen …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Austausch &amp;festhalten …</translation>
    </message>
    <message>
        <source>&amp;Me…</source>
        <translation>&amp;Ich …</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Mer&amp;ge with duplicate…</source>
        <translation>&amp;Mit Duplikat zusammenführen …</translation>
    </message>
    <message>
        <source>Open or select the contact to keep first.</source>
        <translation>Öffnen oder wählen Sie zuerst den Kontakt, der bleiben soll.</translation>
    </message>
    <message>
        <source>Opening your network…</source>
        <translation>Dein Netzwerk wird geöffnet …</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Remove &amp;sample network</source>
        <translation>&amp;Beispielnetzwerk entfernen</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Wählen Sie zuerst einen Kontakt aus.</translation>
    </message>
    <message>
        <source>This page could not be loaded; see the log.</source>
        <translation>Diese Seite konnte nicht geladen werden; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This page could not be updated; your change is saved. See the log.</source>
        <translation>Diese Seite konnte nicht aktualisiert werden; Ihre Änderung ist gespeichert. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Anrede / title (Frau, Dr.)</source>
        <translation>Anrede / Titel (Frau, Dr.)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>Geburtstag: Tag</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>Geburtstag: Monat</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>Geburtstag: Jahr</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <source>Met how</source>
        <translation>Kennengelernt wie</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <source>Met where</source>
        <translation>Kennengelernt wo</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Bietet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Web / profile link</source>
        <translation>Web- / Profil-Link</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
</context>
<context>
    <name>MeDialog</name>
    <message>
        <source>About me</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Groups I am in</source>
        <translation>Meine Gruppen</translation>
    </message>
    <message>
        <source>My topics</source>
        <translation>Meine Themen</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>Noch keine Gruppen.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Jetzt überspringen</translation>
    </message>
    <message>
        <source>Tell Rapport a little about yourself. It finds common ground between you and your contacts from your interests, what you offer and what you look for. You can change this any time under Edit → Me…</source>
        <translation>Erzählen Sie Rapport ein wenig über sich. Aus Ihren Interessen, Ihrem Angebot und Ihrer Suche findet Rapport Gemeinsamkeiten mit Ihren Kontakten. Sie können das jederzeit unter Bearbeiten → Ich … ändern.</translation>
    </message>
    <message>
        <source>Your own profile: common ground is found against it.</source>
        <translation>Ihr eigenes Profil: Gemeinsamkeiten werden daran gemessen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Every field the second contact has is the same or empty here.</source>
        <translation>Jedes Feld des zweiten Kontakts ist hier gleich oder leer.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Kept from both: e-mails, phones, links, addresses, notes, history, promises, reminders, topics and groups. The second contact is deleted afterwards.</source>
        <translation>Von beiden bleiben erhalten: E-Mails, Telefonnummern, Links, Adressen, Notizen, Verlauf, Zusagen, Erinnerungen, Themen und Gruppen. Der zweite Kontakt wird danach gelöscht.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two contacts into one? This cannot be undone; export a backup first if you are unsure.</source>
        <translation>Die beiden Kontakte zu einem zusammenführen? Das lässt sich nicht rückgängig machen; exportieren Sie vorher eine Sicherung, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Met how</source>
        <translation>Kennengelernt wie</translation>
    </message>
    <message>
        <source>Met where</source>
        <translation>Kennengelernt wo</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>MergePicker</name>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
    <message>
        <source>Merge with duplicate</source>
        <translation>Mit Duplikat zusammenführen</translation>
    </message>
    <message>
        <source>Search names, companies, topics, notes…</source>
        <translation>Namen, Firmen, Themen, Notizen durchsuchen …</translation>
    </message>
    <message>
        <source>Which contact is the same person as %1? Its details, history and promises move to %1.</source>
        <translation>Welcher Kontakt ist dieselbe Person wie %1? Seine Angaben, sein Verlauf und seine Versprechen gehen zu %1 über.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Please enter a given name or a family name.</source>
        <translation>Bitte geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel geöffnet</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>That passphrase does not open the database. Nothing was changed. Tries left: %1</source>
        <translation>Diese Passphrase öffnet die Datenbank nicht. Nichts wurde verändert. Verbleibende Versuche: %1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock Rapport</source>
        <translation>Rapport entsperren</translation>
    </message>
    <message>
        <source>Your Rapport database %1 is encrypted, and the system keyring holds no key for it. Type its passphrase, or your recovery key if you forgot the passphrase.</source>
        <translation>Ihre Rapport-Datenbank %1 ist verschlüsselt, und der Schlüsselbund des Systems enthält keinen Schlüssel dafür. Geben Sie ihre Passphrase ein oder, falls Sie die Passphrase vergessen haben, Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Your recovery key opened the database. Choose a new passphrase now: Edit → Settings → Encryption… → Change passphrase. The recovery key stays valid.</source>
        <translation>Ihr Wiederherstellungsschlüssel hat die Datenbank geöffnet. Wählen Sie jetzt eine neue Passphrase: Bearbeiten → Einstellungen … → Verschlüsselung … → Passphrase ändern. Der Wiederherstellungsschlüssel bleibt gültig.</translation>
    </message>
</context>
<context>
    <name>PhotoButton</name>
    <message>
        <source>Choose a photo, or drop a picture file here; right-click to remove it</source>
        <translation>Foto auswählen oder eine Bilddatei hierher ziehen; Rechtsklick zum Entfernen</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto auswählen …</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>“%1” is not a picture Rapport can read.</source>
        <translation>„%1“ ist kein Bild, das Rapport lesen kann.</translation>
    </message>
</context>
<context>
    <name>PromiseRowEditor</name>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Promise due date</source>
        <translation>Fälligkeit des Versprechens</translation>
    </message>
    <message>
        <source>Who promises</source>
        <translation>Wer verspricht</translation>
    </message>
    <message>
        <source>by</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>e.g. send the slides</source>
        <translation>z. B. Folien schicken</translation>
    </message>
</context>
<context>
    <name>PromisesStep</name>
    <message>
        <source>%1 of %2 open promises due by the end of the week, oldest first.</source>
        <translation>%1 von %2 offenen Versprechen, fällig bis Ende der Woche, älteste zuerst.</translation>
    </message>
    <message>
        <source>%1 owes me</source>
        <translation>%1 schuldet mir</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s) due by the end of the week.</source>
        <translation>
            <numerusform>%n offenes Versprechen bis Ende der Woche fällig.</numerusform>
            <numerusform>%n offene Versprechen bis Ende der Woche fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Gehalten</translation>
    </message>
    <message>
        <source>&amp;New date</source>
        <translation>&amp;Neues Datum</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Draft an &amp;apology…</source>
        <translation>&amp;Entschuldigung entwerfen…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>I owe %1</source>
        <translation>Ich schulde %1</translation>
    </message>
    <message>
        <source>Keep each one, release it honestly, or agree a new date.</source>
        <translation>Halten Sie jedes, geben Sie es ehrlich frei oder vereinbaren Sie ein neues Datum.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>New date: %1</source>
        <translation>Neues Datum: %1</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Neues Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>No open promises from this week. Nothing to decide.</source>
        <translation>Keine offenen Versprechen aus dieser Woche. Nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Offene Versprechen</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Promises due this week</source>
        <translation>Diese Woche fällige Versprechen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <source>%1 (first %2)</source>
        <translation>%1 (zuerst %2)</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>&amp;Gebrochen</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Gehalten</translation>
    </message>
    <message>
        <source>&amp;Released</source>
        <translation>&amp;Entbunden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due date of the new promise</source>
        <translation>Fälligkeit des neuen Versprechens</translation>
    </message>
    <message>
        <source>I promised</source>
        <translation>Ich habe zugesagt</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Neues Versprechen</translation>
    </message>
    <message>
        <source>New promise, e.g. send the slides</source>
        <translation>Neue Zusage, z. B. Folien schicken</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>Die Person hat zugesagt</translation>
    </message>
    <message>
        <source>Untick for a promise without a date; the weekly review lists those</source>
        <translation>Haken entfernen für ein Versprechen ohne Datum; der Wochenrückblick listet diese</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Who promises</source>
        <translation>Wer verspricht</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>released</source>
        <translation>entbunden</translation>
    </message>
</context>
<context>
    <name>QuestionsStep</name>
    <message>
        <source>A few honest lines are enough. You can read them back later.</source>
        <translation>Ein paar ehrliche Zeilen genügen. Sie können sie später nachlesen.</translation>
    </message>
    <message>
        <source>Answer at least one question to save the review.</source>
        <translation>Beantworten Sie mindestens eine Frage, um den Rückblick zu speichern.</translation>
    </message>
    <message>
        <source>Remind me every %1 (the day can be changed in the settings)</source>
        <translation>Erinnere mich jeden %1 (der Tag lässt sich in den Einstellungen ändern)</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>Drei Fragen</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>What &amp;helped this week?</source>
        <translation>Was hat diese Woche &amp;geholfen?</translation>
    </message>
    <message>
        <source>What &amp;hurt?</source>
        <translation>Was hat ge&amp;schadet?</translation>
    </message>
    <message>
        <source>What will I &amp;try next week?</source>
        <translation>Was &amp;probiere ich nächste Woche aus?</translation>
    </message>
</context>
<context>
    <name>ReconnectStep</name>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n Tag drüber</numerusform>
            <numerusform>%n Tage drüber</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due next week.</source>
        <translation>Nächste Woche ist niemand fällig.</translation>
    </message>
    <message>
        <source>People to reconnect with</source>
        <translation>Bei wem Sie sich melden sollten</translation>
    </message>
    <message>
        <source>Their keep-in-touch rhythm runs out by the end of next week. Double-click a name to open the contact.</source>
        <translation>Bei diesen Kontakten läuft der Kontaktrhythmus bis Ende nächster Woche ab. Doppelklicken Sie auf einen Namen, um den Kontakt zu öffnen.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have sa&amp;ved the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel &amp;gesichert</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key opens your database instead. Write it down or keep it in a password manager, away from this computer. Rapport shows it only this once and cannot show it again.</source>
        <translation>Wenn Sie die Passphrase vergessen, öffnet dieser Schlüssel Ihre Datenbank. Schreiben Sie ihn auf oder legen Sie ihn in einem Passwortmanager ab, nicht auf diesem Computer. Rapport zeigt ihn nur dieses eine Mal und kann ihn nicht erneut anzeigen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Familie: %1</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Hat vorgestellt</translation>
    </message>
    <message>
        <source>Introduced %1</source>
        <translation>Hat %1 vorgestellt</translation>
    </message>
    <message>
        <source>Introduced by %1</source>
        <translation>Vorgestellt von %1</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Kennt</translation>
    </message>
    <message>
        <source>Knows %1</source>
        <translation>Kennt %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partner/in: %1</translation>
    </message>
    <message>
        <source>Was introduced by</source>
        <translation>Wurde vorgestellt von</translation>
    </message>
    <message>
        <source>Works with</source>
        <translation>Arbeitet mit</translation>
    </message>
    <message>
        <source>Works with %1</source>
        <translation>Arbeitet mit %1</translation>
    </message>
</context>
<context>
    <name>RelationshipsSection</name>
    <message>
        <source>A contact cannot be linked to themselves.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>Add a person: type a name</source>
        <translation>Person hinzufügen: Namen eingeben</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>How they are related</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <source>No one linked yet: who introduced you, whom they work with, their family.</source>
        <translation>Noch niemand verknüpft: wer euch vorgestellt hat, mit wem die Person arbeitet, ihre Familie.</translation>
    </message>
    <message>
        <source>Related person</source>
        <translation>Verknüpfte Person</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Edit reminder</source>
        <translation>Erinnerung bearbeiten</translation>
    </message>
    <message>
        <source>Edit reminder %1</source>
        <translation>Erinnerung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>New reminder</source>
        <translation>Neue Erinnerung</translation>
    </message>
    <message>
        <source>New reminder %1</source>
        <translation>Neue Erinnerung %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächste:</translation>
    </message>
    <message>
        <source>No contact is called “%1”. Pick one from the list, or leave the field empty.</source>
        <translation>Kein Kontakt heißt „%1“. Wählen Sie einen aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholungsabstand</translation>
    </message>
    <message>
        <source>Say what to be reminded of.</source>
        <translation>Woran soll erinnert werden?</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>Tag(e)</translation>
    </message>
    <message>
        <source>e.g. Ask about the course</source>
        <translation>z. B. Nach dem Kurs fragen</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>Monat(e)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>Woche(n)</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>Jahr(e)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 on day %2</source>
        <translation>%1 am %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>alle %1 Jahre</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>repeats by the rule %1</source>
        <translation>wiederholt sich nach der Regel %1</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>&amp;New reminder…</source>
        <translation>Neue E&amp;rinnerung …</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back</source>
        <translation>Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>No reminders for this contact.</source>
        <translation>Keine Erinnerungen für diesen Kontakt.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>(not verified)</source>
        <translation>(nicht geprüft)</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before an update of Rapport</source>
        <translation>Vor einem Update von Rapport</translation>
    </message>
    <message>
        <source>Copied by hand</source>
        <translation>Von Hand kopiert</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From a &amp;JSON file…</source>
        <translation>Aus einer &amp;JSON-Datei …</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Rapport copies your data once a day and before every import, restore and update. The copies are in %1.</source>
        <translation>Rapport sichert Ihre Daten einmal am Tag und vor jedem Import, jeder Wiederherstellung und jedem Update. Die Sicherungen liegen in %1.</translation>
    </message>
    <message>
        <source>Replace with this backup</source>
        <translation>Durch diese Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Replace your data?</source>
        <translation>Ihre Daten ersetzen?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The data as it was before is kept in %1.</source>
        <translation>Der vorherige Stand ist in %1 gesichert.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>This replaces everything in %1 (now %2 contacts, with all their notes, interactions, promises and reminders) with the backup from %3 (%4 contacts).

A copy of your current data is saved as a backup first.</source>
        <translation>Damit wird alles in %1 (jetzt %2 Kontakte mit allen Notizen, Begegnungen, Versprechen und Erinnerungen) durch die Sicherung vom %3 (%4 Kontakte) ersetzt.

Vorher wird eine Kopie Ihrer jetzigen Daten als Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Your data was restored from the backup from %1.</source>
        <translation>Ihre Daten wurden aus der Sicherung vom %1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ReviewedStep</name>
    <message>
        <source>This week is already reviewed</source>
        <translation>Diese Woche ist schon zurückgeblickt</translation>
    </message>
    <message>
        <source>You reviewed the week of %1 on %2. Read it again under Dashboard → Past reviews; the next review opens next week.</source>
        <translation>Den Rückblick auf die Woche vom %1 haben Sie am %2 gemacht. Nachlesen unter Übersicht → Frühere Rückblicke; der nächste Rückblick öffnet nächste Woche.</translation>
    </message>
</context>
<context>
    <name>SampleNetwork</name>
    <message>
        <source>Remove sample network</source>
        <translation>Beispielnetzwerk entfernen</translation>
    </message>
    <message>
        <source>Removed the sample network (%1 contacts). Ctrl+Z brings it back.</source>
        <translation>Beispielnetzwerk entfernt (%1 Kontakte). Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <source>There is no sample network to remove.</source>
        <translation>Es gibt kein Beispielnetzwerk zu entfernen.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n birthday(s) tomorrow</source>
        <translation>
            <numerusform>%n Geburtstag morgen</numerusform>
            <numerusform>%n Geburtstage morgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) coming up</source>
        <translation>
            <numerusform>%n wichtiges Datum steht bevor</numerusform>
            <numerusform>%n wichtige Daten stehen bevor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n heute fällig</numerusform>
            <numerusform>%n heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>To do today: %1</source>
        <translation>Heute zu erledigen: %1</translation>
    </message>
    <message>
        <source>a broken promise to repair: %1</source>
        <translation>ein gebrochenes Versprechen wiedergutmachen: %1</translation>
    </message>
    <message>
        <source>a decision to look at: %1</source>
        <translation>eine Entscheidung zur Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>a reply you owe</source>
        <translation>Sie schulden eine Antwort</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>birthday tomorrow</source>
        <translation>morgen Geburtstag</translation>
    </message>
    <message>
        <source>keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>no reply to several messages</source>
        <translation>keine Antwort auf mehrere Nachrichten</translation>
    </message>
    <message>
        <source>reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>their promise: %1</source>
        <translation>sein/ihr Versprechen: %1</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>wartet auf Antwort</translation>
    </message>
    <message>
        <source>your promise: %1</source>
        <translation>Ihr Versprechen: %1</translation>
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
        <source>Dark</source>
        <translation>Dunkel</translation>
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
        <source>Encr&amp;yption:</source>
        <translation>Verschl&amp;üsselung:</translation>
    </message>
    <message>
        <source>Encryption…</source>
        <translation>Verschlüsselung …</translation>
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
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is &amp;closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
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
        <source>S&amp;ync account…</source>
        <translation>Konto für den Ab&amp;gleich…</translation>
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
        <source>Th&amp;eme:</source>
        <translation>Farbs&amp;chema:</translation>
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
<context>
    <name>Shortcuts</name>
    <message>
        <source>Another wording</source>
        <translation>Andere Formulierung</translation>
    </message>
    <message>
        <source>Archive the selected or open contact</source>
        <translation>Den ausgewählten oder offenen Kontakt archivieren</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Common ground</source>
        <translation>Gemeinsamkeiten</translation>
    </message>
    <message>
        <source>Contacts and a contact&apos;s page</source>
        <translation>Kontakte und die Seite eines Kontakts</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Den Text kopieren</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Dismiss the selected suggestion</source>
        <translation>Den ausgewählten Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>Draft a message to the selected or open contact</source>
        <translation>Eine Nachricht an den ausgewählten oder offenen Kontakt entwerfen</translation>
    </message>
    <message>
        <source>Draft dialog</source>
        <translation>Nachrichtenentwurf</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Einen Kontakt suchen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Groups: create, edit, members</source>
        <translation>Gruppen: anlegen, bearbeiten, Mitglieder</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>In the notes: delete the selected note</source>
        <translation>In den Notizen: die ausgewählte Notiz löschen</translation>
    </message>
    <message>
        <source>Introduce the selected pair</source>
        <translation>Das ausgewählte Paar einander vorstellen</translation>
    </message>
    <message>
        <source>Log an interaction with the selected or open contact</source>
        <translation>Einen Austausch mit der ausgewählten oder offenen Person festhalten</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>Den ausgewählten Eintrag erledigen</translation>
    </message>
    <message>
        <source>Merge the contact with a duplicate</source>
        <translation>Den Kontakt mit einem Duplikat zusammenführen</translation>
    </message>
    <message>
        <source>Move the contact to the trash</source>
        <translation>Den Kontakt in den Papierkorb legen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Open in the mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Open the selected item&apos;s contact</source>
        <translation>Den Kontakt des ausgewählten Eintrags öffnen</translation>
    </message>
    <message>
        <source>Quit Rapport</source>
        <translation>Rapport beenden</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Die Vorlage speichern</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>Diese Tastenkürzel zeigen</translation>
    </message>
    <message>
        <source>Snooze the selected item until tomorrow</source>
        <translation>Den ausgewählten Eintrag auf morgen zurückstellen</translation>
    </message>
    <message>
        <source>Start the weekly review</source>
        <translation>Den Wochenrückblick beginnen</translation>
    </message>
    <message>
        <source>Sync now with the saved account (CardDAV)</source>
        <translation>Jetzt mit dem gespeicherten Konto abgleichen (CardDAV)</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>Vorlagen-Editor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Undo the last change (Edit menu says which)</source>
        <translation>Die letzte Änderung rückgängig machen (das Menü Bearbeiten sagt, welche)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>No CardDAV server answers at this address. Check the server URL.</source>
        <translation>Unter dieser Adresse antwortet kein CardDAV-Server. Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>No sync account is set up, or its password is no longer in the keyring. Open Settings → Sync account.</source>
        <translation>Es ist kein Konto für den Abgleich eingerichtet, oder sein Passwort ist nicht mehr im Schlüsselbund. Öffnen Sie Einstellungen → Konto für den Abgleich.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password (Secret Service, Keychain or Windows Credential Locker).</source>
        <translation>Es gibt keinen Schlüsselbund des Systems für das Passwort (Secret Service, Schlüsselbund oder Windows-Anmeldeinformationsverwaltung).</translation>
    </message>
    <message>
        <source>Pulled %1, pushed %2, conflicts merged %3</source>
        <translation>%1 geholt, %2 gesendet, %3 Konflikte zusammengeführt</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS-Problem</translation>
    </message>
    <message>
        <source>The account works, but it has no address book yet. Create one on the server first.</source>
        <translation>Das Konto funktioniert, hat aber noch kein Adressbuch. Legen Sie zuerst eines auf dem Server an.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: the server&apos;s certificate is not trusted, or the server does not speak https at this address.</source>
        <translation>Die sichere Verbindung (TLS) ist gescheitert: Dem Zertifikat des Servers wird nicht vertraut, oder der Server spricht unter dieser Adresse kein https.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network, or whether the server is running.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und das Netzwerk, oder ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server is out of space or over its quota.</source>
        <translation>Auf dem Server ist kein Platz mehr, oder das Kontingent ist überschritten.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error; see the log.</source>
        <translation>Der Abgleich wurde wegen eines unerwarteten Fehlers abgebrochen; siehe Protokoll.</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>Der Abgleich wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>no CardDAV server at this address</source>
        <translation>kein CardDAV-Server unter dieser Adresse</translation>
    </message>
    <message>
        <source>no account set up</source>
        <translation>kein Konto eingerichtet</translation>
    </message>
    <message>
        <source>no address book</source>
        <translation>kein Adressbuch</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>siehe Protokoll</translation>
    </message>
    <message>
        <source>server full</source>
        <translation>Server voll</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>user name or password refused</source>
        <translation>Benutzername oder Passwort abgelehnt</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar: %1 event(s) written, %2 removed</source>
        <translation>Kalender: %1 Termin(e) geschrieben, %2 entfernt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Contacts and calendar synced at %1</source>
        <translation>Kontakte und Kalender abgeglichen um %1</translation>
    </message>
    <message>
        <source>Contacts synced at %1; calendar failed: %2</source>
        <translation>Kontakte abgeglichen um %1; Kalender fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt abgeglichen %1</translation>
    </message>
    <message>
        <source>No sync account is set up: Edit → Settings → Sync account.</source>
        <translation>Kein Konto für den Abgleich eingerichtet: Bearbeiten → Einstellungen → Konto für den Abgleich.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Only contacts are synced: the calendar is off in Settings → Sync account.</source>
        <translation>Nur die Kontakte werden abgeglichen: Der Kalender ist unter Einstellungen → Konto für den Abgleich ausgeschaltet.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Stop the sync; the next one goes on from there</source>
        <translation>Den Abgleich anhalten; der nächste macht dort weiter</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Der Abgleich wird angehalten …</translation>
    </message>
    <message>
        <source>Sync cancelled; the next one goes on from there</source>
        <translation>Abgleich abgebrochen; der nächste macht dort weiter</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Status des Abgleichs</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Abgeglichen um %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1, %n card(s) with problems</source>
        <translation>
            <numerusform>Abgeglichen um %1, %n Karte mit Problemen</numerusform>
            <numerusform>Abgeglichen um %1, %n Karten mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft …</translation>
    </message>
    <message>
        <source>The account has no calendar: only contacts are synced.</source>
        <translation>Das Konto hat keinen Kalender: Nur die Kontakte werden abgeglichen.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (Ihre)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Choose a contact to see a preview.</source>
        <translation>Wählen Sie einen Kontakt, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor</source>
        <translation>Doppelklicken Sie auf ein Feld, um es an der Schreibmarke einzufügen</translation>
    </message>
    <message>
        <source>Draft templates</source>
        <translation>Vorlagen für Entwürfe</translation>
    </message>
    <message>
        <source>Fields you can use:</source>
        <translation>Verfügbare Felder:</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Phrasing %1</source>
        <translation>Formulierung %1</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Put the shipped phrasing back into the editor; Ctrl+Z undoes it</source>
        <translation>Die mitgelieferte Formulierung wieder in den Editor setzen; Strg+Z macht das rückgängig</translation>
    </message>
    <message>
        <source>Save this phrasing (Ctrl+S)</source>
        <translation>Diese Formulierung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Search a contact for the preview…</source>
        <translation>Kontakt für die Vorschau suchen …</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Their own form of address</source>
        <translation>Die Anrede des Kontakts</translation>
    </message>
    <message>
        <source>This phrasing has unsaved changes. Discard them?</source>
        <translation>Diese Formulierung hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>TemplateProblem</name>
    <message>
        <source>A format width in the template is too big.</source>
        <translation>Eine Formatbreite in der Vorlage ist zu groß.</translation>
    </message>
    <message>
        <source>Templates may only use the draft&apos;s fields, not Python internals.</source>
        <translation>Vorlagen dürfen nur die Felder des Entwurfs verwenden, keine Python-Interna.</translation>
    </message>
    <message>
        <source>The template builds a text that is too long.</source>
        <translation>Die Vorlage erzeugt einen zu langen Text.</translation>
    </message>
    <message>
        <source>The template computes a number that is too big.</source>
        <translation>Die Vorlage berechnet eine zu große Zahl.</translation>
    </message>
    <message>
        <source>The template is nested too deeply.</source>
        <translation>Die Vorlage ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The template is too long.</source>
        <translation>Die Vorlage ist zu lang.</translation>
    </message>
    <message>
        <source>The template takes too long to render (a loop that is too big?).</source>
        <translation>Die Vorlage braucht zu lange (eine zu große Schleife?).</translation>
    </message>
    <message>
        <source>not allowed:</source>
        <translation>nicht erlaubt:</translation>
    </message>
    <message>
        <source>unknown field:</source>
        <translation>unbekanntes Feld:</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 · %2 · %3 %4</source>
        <translation>%1 · %2 · %3 %4</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Hintergrund: %1</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Entschieden: %1</translation>
    </message>
    <message>
        <source>Decision (mine)</source>
        <translation>Entscheidung (meine)</translation>
    </message>
    <message>
        <source>Decision (theirs)</source>
        <translation>Entscheidung (andere Seite)</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Entscheidung löschen</translation>
    </message>
    <message>
        <source>Delete job entry</source>
        <translation>Jobeintrag löschen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Entscheidung bearbeiten …</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Enter or double-click to edit</source>
        <translation>Enter oder Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>I wrote</source>
        <translation>Ich schrieb</translation>
    </message>
    <message>
        <source>Job change</source>
        <translation>Jobwechsel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No notes yet. Log the first interaction with Ctrl+L.</source>
        <translation>Noch keine Notizen. Halten Sie den ersten Austausch mit Strg+L fest.</translation>
    </message>
    <message>
        <source>Notes and interactions</source>
        <translation>Notizen und Austausch</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Record a d&amp;ecision…</source>
        <translation>Entscheidung &amp;festhalten …</translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation>Ältere Notizen zeigen</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Still to decide</source>
        <translation>Noch zu entscheiden</translation>
    </message>
    <message>
        <source>They wrote</source>
        <translation>Die Person schrieb</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Was %1 at %2 until %3</source>
        <translation>War %1 bei %2 bis %3</translation>
    </message>
    <message>
        <source>Was %1 until %2</source>
        <translation>War %1 bis %2</translation>
    </message>
    <message>
        <source>Was at %1 until %2</source>
        <translation>War bei %1 bis %2</translation>
    </message>
    <message>
        <source>What was decided (or is still to decide), whose it is, and when to look at it again: it comes back on Today that day</source>
        <translation>Was entschieden wurde (oder noch zu entscheiden ist), wessen Entscheidung es ist und wann Sie wieder draufschauen: An dem Tag erscheint sie unter „Heute“</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>überprüft</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%1: %n year(s)</source>
        <translation>
            <numerusform>%1: %n Jahr</numerusform>
            <numerusform>%1: %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keep-in-touch item(s) spread until %1</source>
        <translation>
            <numerusform>%n Kontaktpflege-Eintrag verteilt bis %1</numerusform>
            <numerusform>%n Kontaktpflege-Einträge verteilt bis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered: stop and change approach (pause, another channel, a kind check-in)</source>
        <translation>
            <numerusform>%n Nachricht unbeantwortet: anders vorgehen (Pause, anderer Kanal, freundlich nachfragen)</numerusform>
            <numerusform>%n Nachrichten unbeantwortet: anders vorgehen (Pause, anderer Kanal, freundlich nachfragen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) due today or overdue</source>
        <translation>
            <numerusform>%n Sache heute fällig oder überfällig</numerusform>
            <numerusform>%n Sachen heute fällig oder überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Log interaction</source>
        <translation>&amp;Austausch festhalten</translation>
    </message>
    <message>
        <source>&amp;New reminder…</source>
        <translation>Neue E&amp;rinnerung …</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Birthday: turns %1</source>
        <translation>Geburtstag: wird %1</translation>
    </message>
    <message>
        <source>Broken promise: %1 (apologise, give a new date)</source>
        <translation>Versprechen nicht gehalten: %1 (entschuldigen, neues Datum nennen)</translation>
    </message>
    <message>
        <source>Chosen by importance: what you owe, birthdays, replies you owe, late promises, then who drifted most</source>
        <translation>Nach Wichtigkeit gewählt: was Sie schulden, Geburtstage, offene Antworten, verspätete Zusagen, dann wer am längsten nichts gehört hat</translation>
    </message>
    <message>
        <source>Coming up (%1)</source>
        <translation>Demnächst (%1)</translation>
    </message>
    <message>
        <source>D&amp;raft message</source>
        <translation>&amp;Nachricht entwerfen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due in the next 7 days; birthdays in the next 14</source>
        <translation>Fällig in den nächsten 7 Tagen; Geburtstage in den nächsten 14</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n thing(s) to do first</source>
        <translation>
            <numerusform>Fokus: %n Sache zuerst</numerusform>
            <numerusform>Fokus: %n Sachen zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Give every overdue keep-in-touch a day in the next 4 weeks, a few a day (Ctrl+Z takes it back)</source>
        <translation>Gibt jeder überfälligen Kontaktpflege einen Tag in den nächsten 4 Wochen, ein paar pro Tag (Strg+Z nimmt es zurück)</translation>
    </message>
    <message>
        <source>I promised: %1</source>
        <translation>Ich habe versprochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch: every %n day(s)</source>
        <translation>
            <numerusform>In Kontakt bleiben: Abstand %n Tag</numerusform>
            <numerusform>In Kontakt bleiben: alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch: every %n day(s), no two-way contact yet</source>
        <translation>
            <numerusform>In Kontakt bleiben: Abstand %n Tag, noch kein gegenseitiger Kontakt</numerusform>
            <numerusform>In Kontakt bleiben: alle %n Tage, noch kein gegenseitiger Kontakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later (%n)</source>
        <translation>
            <numerusform>Später (%n)</numerusform>
            <numerusform>Später (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue keep-in-touch to spread.</source>
        <translation>Keine überfällige Kontaktpflege zum Verteilen.</translation>
    </message>
    <message>
        <source>Nothing due. Nobody is waiting on you today.</source>
        <translation>Nichts fällig. Heute wartet niemand auf Sie.</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>Review my decision: %1</source>
        <translation>Meine Entscheidung überprüfen: %1</translation>
    </message>
    <message>
        <source>Review their decision: %1</source>
        <translation>Entscheidung der anderen Seite überprüfen: %1</translation>
    </message>
    <message>
        <source>S&amp;pread the backlog</source>
        <translation>Rückstand &amp;verteilen</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Still to decide (mine): %1</source>
        <translation>Noch zu entscheiden (von mir): %1</translation>
    </message>
    <message numerus="yes">
        <source>They promised: %1 (%n day(s) late: time for a clear ask)</source>
        <translation>
            <numerusform>Zugesagt: %1 (%n Tag zu spät: Zeit für eine klare Nachfrage)</numerusform>
            <numerusform>Zugesagt: %1 (%n Tage zu spät: Zeit für eine klare Nachfrage)</numerusform>
        </translation>
    </message>
    <message>
        <source>They promised: %1 (a gentle nudge?)</source>
        <translation>Zugesagt: %1 (freundlich nachhaken?)</translation>
    </message>
    <message numerus="yes">
        <source>They wrote %n day(s) ago and I have not answered</source>
        <translation>
            <numerusform>Hat vor %n Tag geschrieben, ich habe noch nicht geantwortet</numerusform>
            <numerusform>Hat vor %n Tagen geschrieben, ich habe noch nicht geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <source>Until next week</source>
        <translation>Bis nächste Woche</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a reply: %n message(s) unanswered</source>
        <translation>
            <numerusform>Warte auf Antwort: %n Nachricht unbeantwortet</numerusform>
            <numerusform>Warte auf Antwort: %n Nachrichten unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for their decision: %1</source>
        <translation>Wartet auf die Entscheidung der anderen Seite: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicChips</name>
    <message>
        <source>Add a topic…</source>
        <translation>Thema hinzufügen …</translation>
    </message>
    <message>
        <source>Delete removes it</source>
        <translation>Entf entfernt es</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Interessen:</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <source>Looking for:</source>
        <translation>Ich suche:</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Bietet</translation>
    </message>
    <message>
        <source>Offering:</source>
        <translation>Ich biete:</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>TopicManagerDialog</name>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n Kontakt)</numerusform>
            <numerusform>%1 (%n Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — also: %2</source>
        <translation>%1 – auch: %2</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add an alias&lt;/b&gt; — typing the alias then finds the topic.</source>
        <translation>&lt;b&gt;Alias hinzufügen&lt;/b&gt; – wer den Alias tippt, findet dann das Thema.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge two topics&lt;/b&gt; — everyone holding the second gets the first; the second name stays findable.</source>
        <translation>&lt;b&gt;Zwei Themen zusammenführen&lt;/b&gt; – wer das zweite hat, bekommt das erste; der zweite Name bleibt auffindbar.</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>Add &amp;alias</source>
        <translation>&amp;Alias hinzufügen</translation>
    </message>
    <message>
        <source>Another name, e.g. ML</source>
        <translation>Ein anderer Name, z. B. ML</translation>
    </message>
    <message>
        <source>Choose a topic and type the alias.</source>
        <translation>Wählen Sie ein Thema und tippen Sie den Alias.</translation>
    </message>
    <message>
        <source>Choose two different topics to merge.</source>
        <translation>Wählen Sie zwei verschiedene Themen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Could not add the alias: “%1” is already a topic of its own. Merge the two instead.</source>
        <translation>Alias nicht hinzugefügt: „%1“ ist schon ein eigenes Thema. Führen Sie die beiden stattdessen zusammen.</translation>
    </message>
    <message>
        <source>Manage topics</source>
        <translation>Themen verwalten</translation>
    </message>
    <message>
        <source>Merge &amp;into it:</source>
        <translation>&amp;Darin aufgehen lassen:</translation>
    </message>
    <message>
        <source>Merge topics</source>
        <translation>Themen zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? This cannot be undone.</source>
        <translation>„%1“ in „%2“ zusammenführen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <translation>„%1“ in „%2“ zusammengeführt.</translation>
    </message>
    <message>
        <source>“%1” now finds “%2”.</source>
        <translation>„%1“ findet jetzt „%2“.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren …</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Back to the contacts with their history; Ctrl+Z deletes them again</source>
        <translation>Zurück zu den Kontakten, mit ihrem Verlauf; Strg+Z löscht sie wieder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good, with their notes, promises and reminders? This cannot be undone.</source>
        <translation>
            <numerusform>%n Kontakt endgültig löschen, mit Notizen, Versprechen und Erinnerungen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Kontakte endgültig löschen, mit Notizen, Versprechen und Erinnerungen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every contact in the trash for good</source>
        <translation>Alle Kontakte im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted contacts</source>
        <translation>Gelöschte Kontakte</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt wiederherstellen</numerusform>
            <numerusform>%n Kontakte wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty. Deleted contacts wait here, with their notes and promises, until you empty it.</source>
        <translation>Der Papierkorb ist leer. Gelöschte Kontakte warten hier mit ihren Notizen und Versprechen, bis Sie ihn leeren.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n thing(s) due today</source>
        <translation>
            <numerusform>%n Sache heute fällig</numerusform>
            <numerusform>%n Sachen heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>Austausch festhalten …</translation>
    </message>
    <message>
        <source>Quit Rapport</source>
        <translation>Rapport beenden</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Rapport: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>Show Today</source>
        <translation>Heute anzeigen</translation>
    </message>
</context>
<context>
    <name>TrustLedgerSection</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 kept</source>
        <translation>%1 von %2 gehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n verspätet</numerusform>
            <numerusform>%n verspätet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n released</source>
        <translation>
            <numerusform>%n freigegeben</numerusform>
            <numerusform>%n freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last met in person:</source>
        <translation>Zuletzt persönlich getroffen:</translation>
    </message>
    <message>
        <source>Me: %1 · Them: %2 · Together: %3</source>
        <translation>Ich: %1 · Sie: %2 · Gemeinsam: %3</translation>
    </message>
    <message>
        <source>Me: %1 · Them: %2 · Together: %3 — mostly me</source>
        <translation>Ich: %1 · Sie: %2 · Gemeinsam: %3 – meist ich</translation>
    </message>
    <message>
        <source>Me: %1 · Them: %2 · Together: %3 — mostly them</source>
        <translation>Ich: %1 · Sie: %2 · Gemeinsam: %3 – meist die andere Seite</translation>
    </message>
    <message>
        <source>Messages I sent, messages they sent or answered, and meetings or calls together</source>
        <translation>Nachrichten von mir, Nachrichten oder Antworten der anderen Seite, und gemeinsame Treffen oder Anrufe</translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>Noch kein Kontakt erfasst</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Promises I made:</source>
        <translation>Meine Versprechen:</translation>
    </message>
    <message>
        <source>Promises made to me:</source>
        <translation>Versprechen an mich:</translation>
    </message>
    <message>
        <source>Trust ledger</source>
        <translation>Vertrauensbilanz</translation>
    </message>
    <message>
        <source>Who reaches out:</source>
        <translation>Wer meldet sich:</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: something you added since took its place.</source>
        <translation>„%1“ lässt sich nicht mehr rückgängig machen: etwas, das Sie seitdem angelegt haben, steht an seiner Stelle.</translation>
    </message>
    <message>
        <source>Change address of %1</source>
        <translation>Adresse von %1 ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Entscheidung löschen</translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>Gruppe %1 löschen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete reminder %1</source>
        <translation>Erinnerung %1 löschen</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Entscheidung bearbeiten</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Austausch festhalten</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>Zusage als gebrochen markieren</translation>
    </message>
    <message>
        <source>Mark promise kept</source>
        <translation>Zusage als gehalten markieren</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Release promise</source>
        <translation>Von Zusage entbinden</translation>
    </message>
    <message>
        <source>Remove photo of %1</source>
        <translation>Foto von %1 entfernen</translation>
    </message>
    <message>
        <source>Remove topic %1</source>
        <translation>Thema %1 entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Reopen promise</source>
        <translation>Zusage wieder öffnen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Set photo of %1</source>
        <translation>Foto von %1 festlegen</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Zurückgestellt: %1</translation>
    </message>
    <message>
        <source>Spread the backlog</source>
        <translation>Rückstand verteilen</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>%1 aus dem Archiv holen</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>Save review</source>
        <translation>Rückblick speichern</translation>
    </message>
    <message>
        <source>Weekly review: week of %1</source>
        <translation>Wochenrückblick: Woche vom %1</translation>
    </message>
</context>
<context>
    <name>WhatWeShareSection</name>
    <message>
        <source>Draft a note about it…</source>
        <translation>Eine Nachricht dazu entwerfen …</translation>
    </message>
    <message>
        <source>Groups of yours that fit them</source>
        <translation>Ihre Gruppen, die passen</translation>
    </message>
    <message>
        <source>Nothing in common yet. Add their interests, goals, what they look for and what they offer, and your own under Me, to see common ground here.</source>
        <translation>Noch keine Gemeinsamkeiten. Tragen Sie Interessen, Ziele, Gesuche und Angebote der Person ein – und Ihre eigenen unter „Ich“ –, dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>What we share</source>
        <translation>Was uns verbindet</translation>
    </message>
    <message>
        <source>Worth introducing to</source>
        <translation>Lohnt sich vorzustellen</translation>
    </message>
</context>
</TS>
