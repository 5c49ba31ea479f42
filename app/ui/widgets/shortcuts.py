"""Every keyboard shortcut of the app, in one map: action id -> keys, description, context.

The main window and the pages build their QActions from it (make_action), the Help menu's
"Keyboard shortcuts" dialog lists it, and tests walk the live actions against it, so the
three cannot drift apart. The rule that keeps shortcuts unambiguous: a key that does the
same thing on several pages ("log an interaction", "draft a message") is ONE window-wide
action of the main window that asks the current page for its contact; a page binds only
keys that mean something on that page alone, in its own widget context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence

from app.ui.shell.pages import PAGES

WINDOW = "window"  # anywhere in the main window
# Other contexts: a page key from pages.py ("today", "contacts", …), "contact" (one
# contact's page, inside Contacts), or a dialog ("draft", "import", "templates").
CONTEXT_TITLES = {
    WINDOW: QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
    "today": QT_TRANSLATE_NOOP("Shortcuts", "Today"),
    "contacts": QT_TRANSLATE_NOOP("Shortcuts", "Contacts and a contact's page"),
    "common_ground": QT_TRANSLATE_NOOP("Shortcuts", "Common ground"),
    "dashboard": QT_TRANSLATE_NOOP("Shortcuts", "Dashboard"),
    "draft": QT_TRANSLATE_NOOP("Shortcuts", "Draft dialog"),
    "import": QT_TRANSLATE_NOOP("Shortcuts", "Import"),
    "templates": QT_TRANSLATE_NOOP("Shortcuts", "Template editor"),
}


@dataclass(frozen=True)
class Shortcut:
    id: str
    keys: tuple[str, ...]  # portable text ("Ctrl+L"); the first is the one shown in menus
    text: str  # English, translated in the "Shortcuts" context when shown
    context: str = WINDOW
    page: str = ""  # for the Ctrl+1…n entries: the page's English title

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(keys) for keys in self.keys]

    def description(self) -> str:
        text = QCoreApplication.translate("Shortcuts", self.text)
        if self.page:
            key = self.id.removeprefix("page.")
            context = next(entry.context for entry in PAGES if entry.key == key)
            return text.replace("%1", QCoreApplication.translate(context, self.page))
        return text

    def key_text(self) -> str:
        """The keys as the user's platform writes them, e.g. "Ctrl+Shift+Z, Ctrl+Y"."""
        native = QKeySequence.SequenceFormat.NativeText
        return ", ".join(sequence.toString(native) for sequence in self.sequences())


def _map(*shortcuts: Shortcut) -> dict[str, Shortcut]:
    return {shortcut.id: shortcut for shortcut in shortcuts}


SHORTCUTS: dict[str, Shortcut] = _map(
    # --- the main window: the same effect on every page --------------------------------
    Shortcut("new_contact", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "New contact")),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit Rapport")),
    Shortcut("undo", ("Ctrl+Z",),
             QT_TRANSLATE_NOOP("Shortcuts", "Undo the last change (Edit menu says which)")),
    Shortcut("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    Shortcut(
        "log_interaction", ("Ctrl+L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Log an interaction with the selected or open contact"),
    ),
    Shortcut("draft_message", ("Ctrl+M",),
             QT_TRANSLATE_NOOP("Shortcuts", "Draft a message to the selected or open contact")),
    Shortcut("archive", ("Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "Archive the selected or open contact"), "contacts"),
    Shortcut("trash", ("Shift+Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "Move the contact to the trash"), "contacts"),
    Shortcut("merge", ("Ctrl+Shift+M",),
             QT_TRANSLATE_NOOP("Shortcuts", "Merge the contact with a duplicate")),
    Shortcut("settings", ("Ctrl+,",), QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    Shortcut("sync_now", ("F5",),
             QT_TRANSLATE_NOOP("Shortcuts", "Sync now with the saved account (CardDAV)")),
    Shortcut("groups", ("Ctrl+G",),
             QT_TRANSLATE_NOOP("Shortcuts", "Groups: create, edit, members")),
    *(Shortcut(f"page.{entry.key}", (f"Ctrl+{number}",), QT_TRANSLATE_NOOP("Shortcuts", "Go to %1"),
               page=entry.title) for number, entry in enumerate(PAGES[:9], start=1)),
    Shortcut("find", ("Ctrl+F", "Ctrl+K"), QT_TRANSLATE_NOOP("Shortcuts", "Find a contact")),
    Shortcut("shortcuts_help", ("F1",),
             QT_TRANSLATE_NOOP("Shortcuts", "Show these keyboard shortcuts")),
    # --- pages: keys that mean something on one page only -------------------------------
    Shortcut("today.done", ("Ctrl+D",),
             QT_TRANSLATE_NOOP("Shortcuts", "Mark the selected item done"), "today"),
    Shortcut("today.snooze", ("Ctrl+Shift+S",),
             QT_TRANSLATE_NOOP("Shortcuts", "Snooze the selected item until tomorrow"), "today"),
    Shortcut("today.open", ("Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "Open the selected item's contact"), "today"),
    Shortcut("contacts.delete_note", ("Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "In the notes: delete the selected note"), "contacts"),
    Shortcut("contacts.back", ("Esc", "Alt+Left"),
             QT_TRANSLATE_NOOP("Shortcuts", "Back to the list"), "contacts"),
    Shortcut("dashboard.review", ("Ctrl+R",),
             QT_TRANSLATE_NOOP("Shortcuts", "Start the weekly review"), "dashboard"),
    Shortcut("common_ground.accept", ("Ctrl+Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "Introduce the selected pair"), "common_ground"),
    Shortcut("common_ground.dismiss", ("Del",),
             QT_TRANSLATE_NOOP("Shortcuts", "Dismiss the selected suggestion"), "common_ground"),
    # --- dialogs ------------------------------------------------------------------------
    Shortcut("draft.copy", ("Ctrl+Shift+C",),
             QT_TRANSLATE_NOOP("Shortcuts", "Copy the text"), "draft"),
    Shortcut("draft.mail", ("Ctrl+E",),
             QT_TRANSLATE_NOOP("Shortcuts", "Open in the mail program"), "draft"),
    Shortcut("draft.sent", ("Ctrl+Return",),
             QT_TRANSLATE_NOOP("Shortcuts", "Mark as sent"), "draft"),
    Shortcut("draft.other", ("Ctrl+R",),
             QT_TRANSLATE_NOOP("Shortcuts", "Another wording"), "draft"),
    Shortcut("import.browse", ("Ctrl+O",),
             QT_TRANSLATE_NOOP("Shortcuts", "Choose a file"), "import"),
    Shortcut("templates.save", ("Ctrl+S",),
             QT_TRANSLATE_NOOP("Shortcuts", "Save the template"), "templates"),
)


# Main-window actions that act on one page only: window-wide keys, enabled only while
# that page is shown (so Del can dismiss a suggestion on Common ground).
WINDOW_ACTIONS_FOR_ONE_PAGE = {"archive": "contacts", "trash": "contacts"}


def context_title(context: str) -> str:
    return QCoreApplication.translate("Shortcuts", CONTEXT_TITLES[context])


def make_action(shortcut_id: str, parent: QObject, slot=None, text: str | None = None,
                icon: QIcon | None = None) -> QAction:
    """A QAction with the map's keys; window-wide for WINDOW entries, else bound to the
    widget (and its children) it is added to."""
    action = QAction(icon or QIcon(), text if text is not None else
                     SHORTCUTS[shortcut_id].description(), parent)
    apply(shortcut_id, action)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def apply(shortcut_id: str, action: QAction) -> QAction:
    """Give an existing action (e.g. the undo stack's) its keys and context from the map."""
    shortcut = SHORTCUTS[shortcut_id]
    action.setShortcuts(shortcut.sequences())
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if shortcut.context == WINDOW
                              or shortcut.id in WINDOW_ACTIONS_FOR_ONE_PAGE
                              else Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setProperty("shortcut_id", shortcut_id)
    return action



def enable_page_actions(window) -> None:
    """The main window's actions that act on one page only are enabled only there, so
    their keys are free on the other pages (Del dismisses a suggestion on Common ground)."""
    current = window.current_page()
    for action in window.findChildren(QAction):
        page_key = WINDOW_ACTIONS_FOR_ONE_PAGE.get(action.property("shortcut_id"))
        if page_key is not None:
            action.setEnabled(window.pages.is_built(page_key) and current is window.pages[page_key])


def drop_menus(window) -> None:
    """Before the menus are rebuilt (new language): take the old menus and their actions
    away, keys and all; two live actions on one key would make both do nothing."""
    for action in window.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
        action.setShortcuts([])
        action.setEnabled(False)
        action.deleteLater()
    for entry in window.menuBar().actions():
        if entry.menu() is not None:
            entry.menu().deleteLater()
    window.menuBar().clear()


def tooltip(shortcut_id: str, text: str) -> str:
    """"Log interaction (Ctrl+L)": a button's text with the map's key."""
    return f"{text.replace('&', '')} ({SHORTCUTS[shortcut_id].key_text()})"
