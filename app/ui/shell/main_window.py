"""The main window: a sidebar of pages (see pages.py), menus, the undo stack, a status bar.

It implements the Navigator protocol for its pages and keeps window geometry and the
splitter in QSettings. The dialogs behind the menus (import, export, settings, drafts) are
imported when first opened, which keeps the start short.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QWidget,
)

from app.ui.shell.menus import build_menu_titles, build_menus
from app.ui.shell.page_loaders import page_class
from app.ui.shell.page_set import PageSet
from app.ui.shell.pages import PAGES, PageEntry
from app.ui.widgets import accessibility, icons, shortcuts
from app.ui.widgets.change_aware import ChangeAware, Refreshable
from app.ui.widgets.window_size import fit_on_screen

if TYPE_CHECKING:  # the services (and SQLAlchemy) load after the frame is painted: frame.py
    from app.services import Services
    from app.services.changes import Changes

log = logging.getLogger(__name__)
PAGE_ICONS = {"today": "today", "contacts": "contacts", "dashboard": "dashboard",
              "common_ground": "common-ground"}


PALETTE_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def themed_icon(name: str) -> QIcon:
    return icons.icon(name)


class MainWindow(QMainWindow):
    """Built with its services, or first as the frame (services=None: sidebar and menus,
    disabled) that a start paints before the database is open; attach() then adds them."""

    def __init__(self, services: Services | None = None) -> None:
        super().__init__()
        self.services = None
        self.setWindowTitle(self.tr("Rapport"))
        self.undo_stack = QUndoStack(self)

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
        if services is None:
            build_menu_titles(self)  # the actions come with the services (attach)
        else:
            build_menus(self)
        self.resize(1280, 800)
        self._restore_state()
        fit_on_screen(self)  # the first window, and one saved on a larger monitor
        if services is None:
            self.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening your network…"))
        self.sidebar.setCurrentRow(0)
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        """The services are there: listen to their changes, build the page in view."""
        from app.ui.widgets.bridge import ChangeBridge

        self.services = services
        self.bridge = ChangeBridge(services.events, self)
        self.bridge.changed.connect(self._on_change)
        if not hasattr(self, "undo_action"):  # the frame had the menu titles only
            shortcuts.drop_menus(self)
            build_menus(self)
        self.setEnabled(True)
        self.statusBar().clearMessage()
        self._on_page_changed(self.sidebar.currentRow())

    # --- building -----------------------------------------------------------------------
    def _build_page(self, entry: PageEntry) -> QWidget:
        try:
            page = page_class(entry)(self.services, self)
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
            build_menus(self)
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
            build_menus(self)
        super().changeEvent(event)

    def _page_title(self, key: str) -> str:
        return self.sidebar.item(list(self.pages).index(key)).text()

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
        from app.ui.widgets import undo

        # The Today row is read before the dialog: the note can take it off the list (a reply
        # I owed), and the list refreshes before exec() returns, selecting another row.
        row = getattr(self.current_page(), "row_for_log", lambda _contact: None)(contact_id)
        dialog = LogInteractionDialog(self.services, contact_id, self)
        if dialog.exec() and getattr(dialog, "interaction_id", None) is not None:
            # One Ctrl+Z takes the note back; logged from a Today row, it closes that row.
            if row is not None and row.contact_id != dialog.contact_id:
                row = None
            undo.logged(self, self.services, dialog.interaction_id, row)
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

    def open_trash(self) -> None:
        from app.ui.contacts.trash_dialog import open_trash_dialog

        open_trash_dialog(self, self.services, self)

    def remove_sample(self) -> None:
        from app.ui.shell.sample_actions import remove_sample_network

        remove_sample_network(self, self.services)

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

    def _on_change(self, changes: Changes) -> None:
        """Refresh the page in view now; the others when they are next shown."""
        current = self.current_page()
        for key, page in self.pages.built():
            if page is current:
                self._refresh(page, changes)
            else:
                self._stale.add(key)

    def _refresh(self, page: QWidget, changes: Changes | None = None) -> None:
        # A refresh that fails is reported (the log has the traceback, the status bar says
        # so), never raised into the event loop: the change it shows is committed and its
        # undo command is on the stack already.
        try:
            if changes is not None and isinstance(page, ChangeAware):
                page.on_change(changes)
            elif isinstance(page, Refreshable):
                page.refresh()
        except Exception:
            log.exception("refreshing %s failed", type(page).__name__)
            self.statusBar().showMessage(self.tr(
                "This page could not be updated; your change is saved. See the log."))
            return
        self.statusBar().showMessage(getattr(page, "status", ""))

    def refresh_current(self) -> None:
        self._refresh(self.current_page())

    def _on_page_changed(self, row: int) -> None:
        if self.services is None:  # the frame: the pages come with the services
            self.stack.setCurrentIndex(row)
            return
        key = list(self.pages)[row] if 0 <= row < len(self.pages) else None
        fresh = key is not None and not self.pages.is_built(key)
        if key is not None:
            self.pages[key]  # builds it on first show; a new page has just read its data
        self.stack.setCurrentIndex(row)
        shortcuts.enable_page_actions(self)
        if fresh:
            self.statusBar().showMessage(getattr(self.current_page(), "status", ""))
        elif key in self._stale or not isinstance(self.current_page(), ChangeAware):
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
