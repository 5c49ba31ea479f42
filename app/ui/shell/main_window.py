"""The main window: a sidebar of pages (see pages.py), menus, the undo stack, a status bar.

It implements the Navigator protocol for its pages and keeps window geometry and the
splitter in QSettings. The dialogs behind the menus (import, export, settings, drafts) are
imported when first opened, which keeps the start short.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QWidget,
)  # fmt: skip

from app.services import Services
from app.ui.widgets import accessibility, shortcuts, undo
from app.ui.widgets.bridge import ChangeBridge
from app.ui.shell.help_menu import add_help_menu
from app.ui.shell.pages import PAGES, PageEntry
from app.ui.widgets import icons
from app.ui.shell.sample_actions import remove_sample_network
from app.ui.contacts.trash_dialog import open_trash_dialog
from app.ui.widgets.window_size import fit_on_screen

log = logging.getLogger(__name__)
PAGE_ICONS = {"today": "today", "contacts": "contacts", "dashboard": "dashboard",
              "common_ground": "common-ground", "matching": "common-ground"}  # fmt: skip


class PageSet(Mapping):
    """The pages by key, in sidebar order; each is built the first time it is asked for,
    replacing its empty placeholder in the stack."""

    def __init__(self, build, stack: QStackedWidget) -> None:
        self._build = build
        self._stack = stack
        self._targets: dict[str, str] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, entry: PageEntry) -> None:
        self._targets[entry.key] = entry
        self._stack.addWidget(QWidget())

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            target = self._targets[key]  # KeyError for an unknown page, as a dict would
            index = list(self._targets).index(key)
            placeholder = self._stack.widget(index)
            page = self._build(target)
            self._built[key] = page
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
        return self._built[key]

    def __iter__(self):
        return iter(self._targets)

    def __len__(self) -> int:
        return len(self._targets)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def forget(self) -> None:
        """Put placeholders back for every built page; each is built anew when next asked
        for (after a language change: a page translates its texts when it is built)."""
        current = self._stack.currentIndex()
        for key, page in list(self._built.items()):
            index = list(self._targets).index(key)
            self._stack.insertWidget(index, QWidget())
            self._stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self._stack.setCurrentIndex(current)

    def built(self) -> list[tuple[str, QWidget]]:
        return list(self._built.items())


PALETTE_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def themed_icon(name: str) -> QIcon:
    return icons.icon(name)


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Rapport"))
        self.undo_stack = QUndoStack(self)
        self.bridge = ChangeBridge(services.events, self)
        self.bridge.changed.connect(self._on_change)

        self.sidebar = QListWidget()
        self.sidebar.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.pages = PageSet(self._build_page, self.stack)
        for entry in PAGES:
            self.pages.add(entry)
            self.sidebar.addItem(QListWidgetItem(themed_icon(PAGE_ICONS.get(entry.key, entry.key)), ""))
        self._translate_sidebar()
        self._stale: set[str] = set()
        self.sidebar.currentRowChanged.connect(self._on_page_changed)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1100])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.resize(1280, 800)
        self._restore_state()
        fit_on_screen(self)  # the first window, and one saved on a larger monitor
        self.sidebar.setCurrentRow(0)

    # --- building -----------------------------------------------------------------------
    def _build_page(self, entry: PageEntry) -> QWidget:
        try:
            page = entry.load()(self.services, self)
        except Exception:  # a broken page must not stop the app from starting
            log.exception("could not build page %s", entry.key)
            label = QLabel(self.tr("This page could not be loaded; see the log."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        if hasattr(page, "status_changed"):
            page.status_changed.connect(self._show_status)
        return page

    def _translate_sidebar(self) -> None:
        for row, entry in enumerate(PAGES):
            self.sidebar.item(row).setText(QCoreApplication.translate(entry.context, entry.title))
        accessibility.name(self.sidebar, self.tr("Pages"))
        # As wide as its longest title needs (a larger font or German made it scroll sideways).
        need = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 4
        self.sidebar.setMinimumWidth(need)
        self.sidebar.setMaximumWidth(max(220, need))

    def changeEvent(self, event) -> None:
        """A new language (Settings): retitle, rebuild the menus, and rebuild the pages,
        the one in view at once, the others when next shown."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "splitter"):
            self.setWindowTitle(self.tr("Rapport"))
            self._translate_sidebar()
            shortcuts.drop_menus(self)
            self._build_menus()
            row = self.sidebar.currentRow()
            self.pages.forget()
            self._stale.clear()
            if row >= 0:
                self._on_page_changed(row)
        elif event.type() in PALETTE_CHANGES and hasattr(self, "splitter"):
            # A new theme: the icons are drawn in the text colour, so draw them again.
            for row, entry in enumerate(PAGES):
                self.sidebar.item(row).setIcon(themed_icon(PAGE_ICONS.get(entry.key, entry.key)))
            shortcuts.drop_menus(self)
            self._build_menus()
        super().changeEvent(event)

    def _page_title(self, key: str) -> str:
        return self.sidebar.item(list(self.pages).index(key)).text()

    def _action(self, menu, text: str, slot, shortcut_id: str | None = None, icon: str = "",
                enabled=True):  # fmt: skip
        """A menu entry; its keys come from the one shortcut map (shortcuts.py)."""
        icon_ = themed_icon(icon) if icon else QIcon()
        if shortcut_id is None:
            action = QAction(icon_, text, self)
            action.triggered.connect(lambda _checked=False: slot())
        else:
            action = shortcuts.make_action(shortcut_id, self, slot, text, icon_)
        action.setEnabled(enabled)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_contact_action = self._action(
            file_menu, self.tr("&New contact…"), self.new_contact, "new_contact", "contact-new")
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, self.tr("&Import…"), self.open_import, None, "import")
        self.export_action = self._action(
            file_menu, self.tr("&Export…"), self.open_export, None, "export")
        self._action(file_menu, self.tr("&Restore from backup…"), self.open_restore)
        file_menu.addSeparator()
        self.remove_sample_action = self._action(
            file_menu, self.tr("Remove &sample network"),
            lambda: remove_sample_network(self, self.services))  # fmt: skip
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "quit", "quit")

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action = shortcuts.apply("undo", undo)
        self.undo_action.setIcon(themed_icon("undo"))
        redo = shortcuts.apply("redo", self.undo_stack.createRedoAction(self, self.tr("&Redo")))
        redo.setIcon(themed_icon("redo"))
        edit.addActions([self.undo_action, redo])
        edit.addSeparator()
        self.log_action = self._action(edit, self.tr("&Log interaction…"),
                                       self.log_interaction, "log_interaction", "log-interaction")
        self.draft_action = self._action(edit, self.tr("&Draft message…"), self.draft_current,
                                         "draft_message")  # fmt: skip
        self.archive_action = self._action(edit, self.tr("&Archive contact"),
                                           self.archive_current, "archive", "archive")  # fmt: skip
        self.trash_action = self._action(edit, self.tr("&Delete contact"), self.trash_current,
                                         "trash", "delete")  # fmt: skip
        self.merge_action = self._action(edit, self.tr("Mer&ge with duplicate…"),
                                         self.merge_current, "merge")  # fmt: skip
        self.trash_view_action = self._action(
            edit, self.tr("&Trash…"), lambda: open_trash_dialog(self, self.services, self))
        edit.addSeparator()
        self._action(edit, self.tr("&Me…"), self.open_me, None, "me")
        self.groups_action = self._action(edit, self.tr("&Groups…"), self.open_groups, "groups")
        self.settings_action = self._action(
            edit, self.tr("&Settings…"), self.open_settings, "settings", "settings")

        view = bar.addMenu(self.tr("&View"))
        for key in self.pages:
            shortcut_id = f"page.{key}" if f"page.{key}" in shortcuts.SHORTCUTS else None
            self._action(view, self._page_title(key), lambda k=key: self.show_page(k), shortcut_id)
        view.addSeparator()
        self._action(view, self.tr("&Find contact"), self.focus_search, "find", "search")
        add_help_menu(self)
        shortcuts.enable_page_actions(self)

    # --- Navigator ----------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        if key in self.pages:
            self.sidebar.setCurrentRow(list(self.pages).index(key))

    def open_contact(self, contact_id: int) -> None:
        self.show_page("contacts")
        page = self.pages.get("contacts")
        if hasattr(page, "open_contact"):
            page.open_contact(contact_id)

    def log_interaction(self, contact_id: int | None = None) -> None:
        from app.ui.contacts.log_interaction_dialog import LogInteractionDialog

        if contact_id is None:
            contact_id = self.current_contact_id()
        dialog = LogInteractionDialog(self.services, contact_id, self)
        if dialog.exec() and getattr(dialog, "interaction_id", None) is not None:
            # One Ctrl+Z takes the note back; logged from a Today row, it closes that row.
            row = getattr(self.current_page(), "row_for_log", lambda _contact: None)
            undo.logged(self, self.services, dialog.interaction_id, row(dialog.contact_id))
        dialog.deleteLater()

    def draft_message(self, contact_id: int, occasion: str | None = None, **context) -> None:
        from app.ui.drafts.draft_dialog import open_draft_dialog

        open_draft_dialog(self, self.services, contact_id, occasion, **context)

    # --- menu actions -------------------------------------------------------------------
    def new_contact(self) -> None:
        from app.ui.contacts.contacts_page import NewContactDialog

        dialog = NewContactDialog(self.services, self)
        if dialog.exec() and dialog.contact_id is not None:
            self.open_contact(dialog.contact_id)
        dialog.deleteLater()

    def open_import(self) -> None:
        from app.ui.import_export.import_wizard import open_import_wizard

        open_import_wizard(self, self.services)

    def open_export(self) -> None:
        from app.ui.import_export.export_dialog import open_export_dialog

        open_export_dialog(self, self.services, contact_ids=None)

    def open_restore(self) -> None:
        from app.ui.shell.restore_dialog import open_restore_dialog

        open_restore_dialog(self, self.services)

    def open_groups(self) -> None:
        from app.ui.contacts.groups_dialog import open_groups_dialog

        open_groups_dialog(self, self.services, self)

    def open_settings(self) -> None:
        from app.ui.settings.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self).exec()

    def open_me(self) -> None:
        from app.ui.contacts.me_dialog import MeDialog

        dialog = MeDialog(self.services, self)
        dialog.exec()
        dialog.deleteLater()

    def current_contact_id(self) -> int | None:
        """The contact the current page is about: Today's selected row, the selected or
        open contact on Contacts; None elsewhere."""
        page = self.current_page()
        if hasattr(page, "current_contact_id"):
            return page.current_contact_id()
        return None

    def draft_current(self) -> None:
        """Ctrl+M: the page's own draft (Today picks the occasion from the row), else a
        draft to the page's contact."""
        page = self.current_page()
        if hasattr(page, "draft_message"):
            page.draft_message()
            return
        contact_id = self.current_contact_id()
        if contact_id is None:
            self.statusBar().showMessage(self.tr("Select a contact first."))
            return
        self.draft_message(contact_id)

    def archive_current(self) -> None:
        page = self.pages.get("contacts")
        if self.current_page() is page and hasattr(page, "archive_current"):
            page.archive_current()

    def trash_current(self) -> None:
        page = self.pages.get("contacts")
        if self.current_page() is page and hasattr(page, "trash_current"):
            page.trash_current()

    def merge_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is None:
            self.statusBar().showMessage(self.tr("Open or select the contact to keep first."))
            return
        from app.ui.contacts.merge_picker import pick_and_merge

        if pick_and_merge(self, self.services, contact_id):
            self.open_contact(contact_id)

    # --- helpers ------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def focus_search(self) -> None:
        self.show_page("contacts")
        page = self.pages.get("contacts")
        if hasattr(page, "focus_search"):
            page.focus_search()

    def _show_status(self, text: str) -> None:
        if self.sender() is self.current_page():
            self.statusBar().showMessage(text)

    def _on_change(self, change) -> None:
        """Refresh the page in view now; the others when they are next shown."""
        current = self.current_page()
        for key, page in self.pages.built():
            if page is current:
                self._refresh(page, change)
            else:
                self._stale.add(key)

    def _refresh(self, page: QWidget, change=None) -> None:
        if change is not None and hasattr(page, "on_change"):
            page.on_change(change)
        elif hasattr(page, "refresh"):
            page.refresh()
        self.statusBar().showMessage(getattr(page, "status", ""))

    def refresh_current(self) -> None:
        self._refresh(self.current_page())

    def _on_page_changed(self, row: int) -> None:
        key = list(self.pages)[row] if 0 <= row < len(self.pages) else None
        fresh = key is not None and not self.pages.is_built(key)
        if key is not None:
            self.pages[key]  # builds it on first show; a new page has just read its data
        self.stack.setCurrentIndex(row)
        shortcuts.enable_page_actions(self)
        if fresh:
            self.statusBar().showMessage(getattr(self.current_page(), "status", ""))
        elif key in self._stale or not hasattr(self.current_page(), "on_change"):
            self._stale.discard(key)
            self.refresh_current()
        else:
            self.statusBar().showMessage(getattr(self.current_page(), "status", ""))

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        super().closeEvent(event)
