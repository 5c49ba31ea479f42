"""The main window: a sidebar of pages (see pages.py), a status bar, window state in QSettings."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from app.services import Services
from app.ui.bridge import ChangeBridge
from app.ui.pages import PAGES

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Rapport"))
        self.bridge = ChangeBridge(services.events, self)
        self.bridge.changed.connect(lambda _change: self.refresh_current())

        self.sidebar = QListWidget()
        self.sidebar.setMaximumWidth(200)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, target in PAGES:
            page = self._build_page(target)
            self.pages[key] = page
            self.stack.addWidget(page)
            self.sidebar.addItem(page.title() if hasattr(page, "title") else key)
        self.sidebar.currentRowChanged.connect(self._on_page_changed)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        for keys in ("Ctrl+F", "Ctrl+K"):
            QShortcut(QKeySequence(keys), self, activated=self.focus_search)
        self.resize(1280, 800)
        self._restore_state()
        self.sidebar.setCurrentRow(0)

    def _build_page(self, target: str) -> QWidget:
        module_name, class_name = target.split(":")
        try:
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.services, self)
        except Exception:  # a broken page must not stop the app from starting
            log.exception("could not build page %s", target)
            label = QLabel(self.tr("This page could not be loaded; see the log."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        if hasattr(page, "status_changed"):
            page.status_changed.connect(self._show_status)
        return page

    def _show_status(self, text: str) -> None:
        if self.sender() is self.current_page():
            self.statusBar().showMessage(text)

    # --- Navigator ----------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(list(self.pages).index(key))

    def open_contact(self, contact_id: int) -> None:
        self.show_page("contacts")
        page = self.pages["contacts"]
        if hasattr(page, "open_contact"):
            page.open_contact(contact_id)

    def log_interaction(self, contact_id: int | None = None) -> None:
        self.open_contact(contact_id) if contact_id else self.show_page("contacts")

    def draft_message(self, contact_id: int, occasion: str | None = None, **context) -> None:
        self.open_contact(contact_id)

    # --- helpers ------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def focus_search(self) -> None:
        self.show_page("contacts")
        self.pages["contacts"].focus_search()

    def refresh_current(self) -> None:
        page = self.current_page()
        if hasattr(page, "refresh"):
            page.refresh()
        self.statusBar().showMessage(getattr(page, "status", ""))

    def _on_page_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.refresh_current()

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
