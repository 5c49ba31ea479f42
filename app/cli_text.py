"""What `rapport <command>` prints, in German or English like the window.

The window's .qm files are the one source of translations. The CLI has no Qt application
(no QtWidgets, no QCoreApplication): it asks a QTranslator from QtCore directly, which costs
one import of PySide6.QtCore (measured ~0.03-0.1 s warm, beside ~0.5 s for sqlmodel).
The strings live in this class so that lupdate files them under the context "CliText".

The language follows the setting ("de", "en"), else the locale (LC_ALL, LC_MESSAGES, LANG),
as the window's app/ui/i18n.py does. Dates stay ISO (2026-11-23): DIN 5008 allows it in
German and scripts read it.
"""

from __future__ import annotations

from app.domain.today import ItemKind, TodayItem


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def language_for(setting: str | None) -> str:
    return setting if setting in ("de", "en") else system_language()


class CliText:
    def __init__(self, language: str | None = None) -> None:
        self.language = language or "en"
        self._translator = None
        if language is not None:
            from PySide6.QtCore import QTranslator

            from app.ui.resources import resource  # Qt-free: where resources/ is

            translator = QTranslator()
            if translator.load(f"rapport_{self.language}", str(resource("translations"))):
                self._translator = translator

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        text = ""
        if self._translator is not None:
            text = self._translator.translate("CliText", source, disambiguation or None, n)
        return (text or source).replace("%n", str(n)) if n >= 0 else (text or source)

    # --- today ----------------------------------------------------------------------------
    def bucket(self, bucket: str, total: str) -> str:
        titles = {"overdue": self.tr("Overdue (%1)"), "today": self.tr("Today (%1)"),
                  "upcoming": self.tr("Coming up (%1)")}  # fmt: skip
        return titles[bucket].replace("%1", total)

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
            return self.tr("they promised: %1 (a gentle nudge?)").replace("%1", item.text)
        if item.kind is ItemKind.BIRTHDAY:
            if item.count:
                return self.tr("birthday, turns %1").replace("%1", str(item.count))
            return self.tr("birthday")
        if item.kind is ItemKind.WAITING:
            return self.tr("waiting for a reply: %n message(s) unanswered since %1", "",
                           item.count).replace("%1", since)  # fmt: skip
        if item.kind is ItemKind.STOP:
            return self.tr("%n message(s) unanswered since %1: stop and change approach (pause, "
                           "another channel, a kind check-in)", "", item.count).replace("%1", since)  # fmt: skip
        return self.tr("reminder: %1").replace("%1", item.text)

    # --- ask ------------------------------------------------------------------------------
    def nobody(self, topic: str) -> str:
        return self.tr("Nobody in your network has “%1” yet.").replace("%1", topic)

    def topics(self, names: str) -> str:
        return self.tr("Topics: %1").replace("%1", names)

    def kind(self, kind: str) -> str:
        names = {"interest": self.tr("Interests"), "goal": self.tr("Goals"),
                 "looking_for": self.tr("Looking for"), "offering": self.tr("Offering")}  # fmt: skip
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
                .replace("%1", str(archived)).replace("%2", str(rows)).replace("%3", path))  # fmt: skip

    def wrote_calendar(self, birthdays: int, reminders: int, promises: int, path: str) -> str:
        return (self.tr("Wrote %1 birthdays, %2 reminders and %3 promises to %4")
                .replace("%1", str(birthdays)).replace("%2", str(reminders))
                .replace("%3", str(promises)).replace("%4", path))  # fmt: skip

    def cannot_write(self, path: str, reason: str) -> str:
        return self.tr("rapport: cannot write %1: %2").replace("%1", path).replace("%2", reason)

    def unknown_command(self, word: str, commands: str) -> str:
        return (self.tr("rapport: unknown command “%1”. The commands are: %2. "
                        "Without a command, Rapport opens its window.")
                .replace("%1", word).replace("%2", commands))  # fmt: skip
