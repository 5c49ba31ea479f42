"""What `rapport <command>` prints, in German or English like the window.

Qt-free: the CLI has no Qt application and should not pay ~0.4 s to import PySide6.QtCore
(measured here under load, as much as sqlmodel). The words come from the same source as the
window's .qm files, the word lists in resources/translations/<language>/*.tsv, read the way
app/i18n_build.py reads them (which is not imported: it costs 0.1 s of XML and urllib);
tests/test_translations.py keeps them complete for these strings too.
The strings live in this class so that lupdate files them under the context "CliText".

The language follows the setting ("de", "en"), else the locale (LC_ALL, LC_MESSAGES, LANG;
LANGUAGE first, as gettext does). Dates stay ISO (2026-11-23): DIN 5008 allows it in German,
and scripts read it.
"""

from __future__ import annotations

import os
import re

from app.domain.today import ESCALATE_AFTER_DAYS, ItemKind, TodayItem, is_open_decision

CONTEXT = "CliText"


def system_language(environ=os.environ) -> str:
    """'de' when the locale asks for German, else 'en' (also for C and POSIX)."""
    locale = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    if locale in ("", "C", "POSIX") or locale.startswith("C."):
        return "en"
    wanted = [part for part in environ.get("LANGUAGE", "").split(":") if part] + [locale]
    return "de" if wanted[0].lower().startswith("de") else "en"


def language_for(setting: str | None) -> str:
    return setting if setting in ("de", "en") else system_language()


def read_forms(folder) -> dict[str, tuple[str, ...]]:
    """source -> (singular, plural) or (text,) for the CliText lines of folder/*.tsv
    ("context<TAB>English<TAB>translation", \\n escaped, plural forms split by " | ")."""
    forms: dict[str, tuple[str, ...]] = {}
    for path in sorted(folder.glob("*.tsv")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")
            if len(columns) == 3 and columns[0].strip() == CONTEXT:
                source, translation = (_unescape(c) for c in columns[1:])
                forms[source] = tuple(translation.split(" | "))
    return forms


def _unescape(text: str) -> str:
    return re.sub(r"\\([nt\\])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], text)


def _english_forms(source: str) -> tuple[str, ...]:
    """'%n contact(s)' -> ('%n contact', '%n contacts'), as app/i18n_build.py derives them."""
    return (re.sub(r"(\w)\((\w+)\)", r"\1", source), re.sub(r"(\w)\((\w+)\)", r"\1\2", source))


class CliText:
    def __init__(self, language: str | None = None) -> None:
        self.language = language if language in ("de", "en") else "en"
        self._forms: dict[str, tuple[str, ...]] = {}
        try:
            from app.ui.shell.resources import resource  # Qt-free: where resources/ is

            self._forms = read_forms(resource("translations", self.language))
        except OSError:  # no word lists (a broken install): English it is
            self._forms = {}

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        forms = self._forms.get(source)
        if forms is None:
            forms = _english_forms(source) if n >= 0 else (source,)
        text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
        return text.replace("%n", str(n)) if n >= 0 else text

    # --- today ----------------------------------------------------------------------------
    def bucket(self, bucket: str, total: str) -> str:
        titles = {"overdue": self.tr("Overdue (%1)"), "today": self.tr("Today (%1)"),
                  "upcoming": self.tr("Coming up (%1)")}
        return titles[bucket].replace("%1", total)

    def focus(self, shown: int) -> str:
        return self.tr("Focus: %n thing(s) to do first", "", shown)

    def later(self, count: int) -> str:
        return self.tr("Later (%n)", "", count)

    def more(self, hidden: int, plus: str) -> str:
        return self.tr("… and %n more", "", hidden) + plus

    def no_contact(self) -> str:
        return self.tr("(no contact)")

    def nothing_due(self) -> str:
        return self.tr("Nothing due: no follow-ups, promises or birthdays in the next days.")

    def reason(self, item: TodayItem) -> str:
        """Why the item is on the list; its due date is printed once, in front of the line."""
        since = item.since.isoformat() if item.since else ""
        if item.kind is ItemKind.KEEP_IN_TOUCH:
            every = self.tr("keep in touch every %n day(s)", "", item.count)
            if since:
                return every + "; " + self.tr("last two-way contact %1").replace("%1", since)
            return every + "; " + self.tr("no two-way contact yet")
        if item.kind is ItemKind.MY_PROMISE:
            return self.tr("I promised: %1").replace("%1", item.text)
        if item.kind is ItemKind.THEIR_PROMISE:
            if item.count > ESCALATE_AFTER_DAYS:
                return self.tr("they promised: %1 (%n day(s) late: time for a clear ask)", "",
                               item.count).replace("%1", item.text)
            return self.tr("they promised: %1 (a gentle nudge?)").replace("%1", item.text)
        if item.kind is ItemKind.REPAIR:
            return self.tr("broken promise: %1 (apologise, give a new date)").replace("%1", item.text)
        if item.kind is ItemKind.REPLY_OWED:
            return self.tr("they wrote on %1 and I have not answered yet").replace("%1", since)
        if item.kind is ItemKind.DECISION:
            return self.decision(item)
        if item.kind is ItemKind.BIRTHDAY:
            if item.count:
                return self.tr("birthday, turns %1").replace("%1", str(item.count))
            return self.tr("birthday")
        if item.kind is ItemKind.DATE:
            names = {"anniversary": self.tr("anniversary"),
                     "work_anniversary": self.tr("work anniversary"), "met": self.tr("met on")}
            name = item.text or names.get(item.detail, item.detail)
            if item.count:
                return self.tr("%1, %n year(s)", "", item.count).replace("%1", name)
            return name
        if item.kind is ItemKind.WAITING:
            return self.tr("waiting for a reply: %n message(s) unanswered since %1", "",
                           item.count).replace("%1", since)
        if item.kind is ItemKind.STOP:
            return self.tr("%n message(s) unanswered since %1: stop and change approach (pause, "
                           "another channel, a kind check-in)", "", item.count).replace("%1", since)
        return self.tr("reminder: %1").replace("%1", item.text)

    def decision(self, item: TodayItem) -> str:
        mine = item.owner != "them"
        if is_open_decision(item):
            text = (self.tr("still to decide (mine): %1") if mine
                    else self.tr("waiting for their decision: %1"))
        else:
            text = self.tr("review my decision: %1") if mine else self.tr("review their decision: %1")
        return text.replace("%1", item.text)

    # --- ask ------------------------------------------------------------------------------
    def nobody(self, topic: str) -> str:
        return self.tr("Nobody in your network has “%1” yet.").replace("%1", topic)

    def topics(self, names: str) -> str:
        return self.tr("Topics: %1").replace("%1", names)

    def kind(self, kind: str) -> str:
        names = {"interest": self.tr("Interests"), "goal": self.tr("Goals"),
                 "looking_for": self.tr("Looking for"), "offering": self.tr("Offering")}
        return names.get(kind, kind.replace("_", " "))

    def first(self, shown: int) -> str:
        return self.tr("first %1").replace("%1", str(shown))

    # --- export, import, restore ----------------------------------------------------------
    def wrote_contacts(self, contacts: int, archived: int, path: str) -> str:
        if archived:
            text = self.tr("Wrote %n contact(s), including %1 archived, to %2", "", contacts)
            return text.replace("%1", str(archived)).replace("%2", path)
        return self.tr("Wrote %n contact(s) to %1", "", contacts).replace("%1", path)

    def wrote_backup(self, contacts: int, archived: int, rows: int, path: str) -> str:
        return (self.tr("Wrote a full backup: %n contact(s), including %1 archived, %2 rows in "
                        "all, to %3", "", contacts)
                .replace("%1", str(archived)).replace("%2", str(rows)).replace("%3", path))

    def wrote_calendar(self, birthdays: int, reminders: int, promises: int, path: str) -> str:
        return (self.tr("Wrote %1 birthdays, %2 reminders and %3 promises to %4")
                .replace("%1", str(birthdays)).replace("%2", str(reminders))
                .replace("%3", str(promises)).replace("%4", path))

    def imported(self, dry_run: bool, created: int, merged: int, skipped: int,
                 interactions: int, rejected: int) -> str:
        text = (self.tr("Would import %1 new, %2 merged, %3 skipped, %4 interactions; %5 rejected.")
                if dry_run else
                self.tr("Imported %1 new, %2 merged, %3 skipped, %4 interactions; %5 rejected."))
        for number, value in enumerate((created, merged, skipped, interactions, rejected), 1):
            text = text.replace(f"%{number}", str(value))
        return text

    def restored(self, contacts: int, rows: int, path: str) -> str:
        return (self.tr("Restored %1 contacts and %2 rows into %3")
                .replace("%1", str(contacts)).replace("%2", str(rows)).replace("%3", path))

    def cannot_write(self, path: str, reason: str) -> str:
        return self.tr("rapport: cannot write %1: %2").replace("%1", path).replace("%2", reason)

    def unknown_command(self, word: str, commands: str) -> str:
        return (self.tr("rapport: unknown command “%1”. The commands are: %2. "
                        "Without a command, Rapport opens its window.")
                .replace("%1", word).replace("%2", commands))

    # --- encrypt, decrypt, change-key (cli_encryption.py) ---------------------------------
    def passphrase_file_empty(self, file: str) -> str:
        return self.tr("rapport: %1 holds no passphrase (its first line is empty).").replace("%1", file)

    def no_passphrase(self) -> str:
        return self.tr("rapport: no passphrase: give --passphrase-file FILE.")

    def prompt(self, what: str, path: str = "") -> str:
        """What getpass shows: 'new', 'repeat' or 'unlock' (the database at path)."""
        texts = {"new": self.tr("New passphrase"), "repeat": self.tr("Repeat it"),
                 "unlock": self.tr("Passphrase (or recovery key) for %1").replace("%1", path),
                 "new_backup": self.tr("Passphrase for the backup (needed to restore it)"),
                 "backup": self.tr("Passphrase for the backup %1").replace("%1", path)}
        return texts[what] + ": "

    def passphrases_differ(self) -> str:
        return self.tr("rapport: the two passphrases differ; nothing was changed.")

    def passphrase_empty(self) -> str:
        return self.tr("rapport: the passphrase is empty; nothing was changed.")

    def no_database(self, path: str) -> str:
        return self.tr("rapport: there is no database at %1 yet.").replace("%1", path)

    def not_encrypted(self, path: str, hint: bool = False) -> str:
        text = (self.tr("rapport: %1 is not encrypted; use `rapport encrypt`.") if hint
                else self.tr("rapport: %1 is not encrypted; nothing was changed."))
        return text.replace("%1", path)

    def now_encrypted(self, path: str, passphrase: bool) -> str:
        text = (self.tr("%1 is now encrypted (passphrase).") if passphrase
                else self.tr("%1 is now encrypted (its key is in the system keyring)."))
        return text.replace("%1", path)

    def recovery_key(self, key: str) -> str:
        return self.tr("Recovery key (shown once; keep it somewhere safe, it opens the database "
                       "when the passphrase is forgotten):") + "\n    " + key

    def now_plain(self, path: str) -> str:
        return self.tr("%1 is now a plain SQLite file: anyone who can read it can read your "
                       "notes.").replace("%1", path)

    def new_key(self, path: str, keyring: bool) -> str:
        text = (self.tr("%1 now opens with the new key in the system keyring.") if keyring
                else self.tr("%1 now opens with the new passphrase."))
        return text.replace("%1", path)

    def old_form(self, encrypted: bool, kept: str | None) -> str:
        """The old form of the database after a switch: deleted (kept None) or kept."""
        if kept is None:
            text = (self.tr("The encrypted copy was deleted.") if encrypted
                    else self.tr("The unencrypted copy was deleted."))
        else:
            text = (self.tr("The encrypted copy is kept at %1; delete it once you are sure.")
                    if encrypted else
                    self.tr("The unencrypted copy is kept at %1; delete it once you are sure."))
        return text.replace("%1", kept or "") + " " + self.tr(
            "Deleting a file does not wipe it: on an SSD, or a copy-on-write or journaling file "
            "system, the old blocks may stay readable until they are reused.")

    def export_not_encrypted(self, path: str) -> str:
        return self.tr("Note: %1 is not encrypted; anyone who can read it can read it all.") \
            .replace("%1", path)

    # --- sealed JSON backups (storage/sealed_backup.py) -----------------------------------
    def backup_sealed(self) -> str:
        return self.tr("The backup is encrypted with the passphrase you chose: without it, "
                       "nobody can restore it, Rapport included.")

    def backup_wrong_passphrase(self, path: str) -> str:
        return self.tr("rapport: the passphrase does not open the backup %1. Nothing was "
                       "changed.").replace("%1", path)

    def backup_damaged(self, path: str, newer: bool = False) -> str:
        text = (self.tr("rapport: %1 was sealed by a newer Rapport; update Rapport to restore "
                        "it. Nothing was changed.") if newer else
                self.tr("rapport: %1 is an encrypted backup, but it is damaged or cut short. "
                        "Nothing was changed."))
        return text.replace("%1", path)

    def backup_passphrase_needed(self) -> str:
        """`rapport export --format json` of an encrypted database, no file, no terminal."""
        return self.tr("rapport: the database is encrypted, so its JSON backup is sealed with a "
                       "passphrase of its own, and there is no terminal to type it: give "
                       "--passphrase-file FILE for unattended backups (its first line is the "
                       "passphrase). Nothing was written.")

    def restore_refused(self, reason: str, not_empty: bool = False) -> str:
        """`rapport restore`: the backup cannot be restored here (reason: the service's)."""
        if not_empty:
            return self.tr("rapport: the database is not empty; restoring would replace its "
                           "contents (use --force to do that). Nothing was changed.")
        return self.tr("rapport: %1. Nothing was changed.").replace("%1", reason)

    def refused(self, option: str, field: str, value: str) -> str:
        """`rapport add`: a value the contacts service refused, naming the option."""
        text = {
            "emails": self.tr("rapport: %1: “%2” is not an e-mail address (like name@example.org); "
                              "nothing was added."),
            "phones": self.tr("rapport: %1: “%2” is not a phone number; nothing was added."),
            "links": self.tr("rapport: %1: “%2” is not a web address (like https://example.org); "
                             "nothing was added."),
        }.get(field, self.tr("rapport: %1: “%2” is not valid; nothing was added."))
        return text.replace("%1", option).replace("%2", value)

    # --- sync -----------------------------------------------------------------------------
    # The engine's own reasons (a server's answer, a card's field) stay as it words them.
    def sync_needs_user(self) -> str:
        return self.tr("rapport: --url needs --user and --password-file")

    def sync_no_password(self, file: str) -> str:
        return self.tr("rapport: cannot read a password from %1").replace("%1", file)

    def sync_forgotten(self) -> str:
        return self.tr("The saved sync account was forgotten.")

    def sync_failed(self, reason: str) -> str:
        return self.tr("rapport: sync failed: %1").replace("%1", reason)

    def sync_not_saved(self, reason: str) -> str:
        return self.tr("rapport: synced, but the account was not saved: %1").replace("%1", reason)

    def sync_problem(self, problem: str) -> str:
        return self.tr("problem: %1").replace("%1", problem)

    def sync_note(self, warning: str) -> str:
        return self.tr("note: %1").replace("%1", warning)

    def sync_summary(self, contacts, calendar=None) -> str:
        """"Pulled 1, pushed 0, conflicts merged 0; calendar: 3 written, 0 deleted"."""
        parts = [self.tr("Pulled %1, pushed %2, conflicts merged %3").replace(
            "%1", str(contacts.pulled)).replace("%2", str(contacts.pushed)).replace(
            "%3", str(contacts.conflicts))]
        if calendar is not None:
            parts.append(self.tr("calendar: %1 written, %2 deleted").replace(
                "%1", str(calendar.written)).replace("%2", str(calendar.deleted)))
        text = "; ".join(parts)
        problems = len(contacts.problems) + len(calendar.problems if calendar else ())
        if problems:
            text += self.tr(", %n problem(s)", "", problems)
        return text
