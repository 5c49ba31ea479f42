"""Help: the keyboard shortcuts (made from the shortcut map, so the list cannot drift),
About (version, data folder, log), and opening the data folder or the log.

Dialogs open with open(), not exec(): window-modal without a nested event loop.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from app import __version__
from app.ui.widgets import shortcuts


def add_help_menu(window) -> "HelpMenu":
    for old in window.findChildren(HelpMenu):  # the menus are rebuilt on a language change
        old.deleteLater()
    return HelpMenu(window)


def data_folder(window) -> Path:
    return Path(window.services.db.path).parent


def log_file() -> Path | None:
    """The file the app logs to (set up at start by crash.setup_logging), if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


class HelpMenu(QObject):
    """The Help menu of the main window (its parent)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        window.shortcuts_help_action = shortcuts.make_action(
            "shortcuts_help", window, lambda: show_shortcuts(window),
            self.tr("&Keyboard shortcuts"))
        menu.addAction(window.shortcuts_help_action)
        menu.addSeparator()
        menu.addAction(self.tr("Open &data folder"), lambda: self.open_path(data_folder(window)))
        menu.addAction(self.tr("Open &log"), lambda: self.open_path(log_file()))
        menu.addSeparator()
        menu.addAction(self.tr("&About Rapport"), self.show_about)

    def open_path(self, path: Path | None) -> bool:
        """Open a folder or file with the desktop's program for it; say so when that fails."""
        if (path is not None and path.exists()
                and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))):
            return True
        if path is None:
            text = self.tr("Rapport is not writing a log file in this session.")
        else:
            text = self.tr("Could not open %1. Open it yourself from your file manager.")
            text = text.replace("%1", str(path))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not open"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("open_failed")
        self._open(box)
        return False

    def show_about(self) -> QMessageBox:
        log = log_file()
        text = self.tr("<h3>Rapport %1</h3><p>A local-first address book for people who "
                       "network.</p><p>Data folder: %2<br>Log: %3</p>")
        text = (text.replace("%1", __version__).replace("%2", str(data_folder(self.window)))
                .replace("%3", str(log) if log else self.tr("(none in this session)")))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Rapport"), text,
                          QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setObjectName("about")
        self._open(box)
        return box

    @staticmethod
    def _open(box: QMessageBox) -> None:
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class ShortcutsDialog(QDialog):
    COL_KEYS, COL_WHAT = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        entries = sorted(shortcuts.SHORTCUTS.values(),
                         key=lambda s: list(shortcuts.CONTEXT_TITLES).index(s.context))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        bold = QFont(self.font())
        bold.setBold(True)
        context = None
        for entry in entries:
            if entry.context != context:
                context = entry.context
                row = self.table.rowCount()
                self.table.insertRow(row)
                title = QTableWidgetItem(shortcuts.context_title(context))
                title.setFont(bold)
                self.table.setItem(row, self.COL_KEYS, title)
                self.table.setSpan(row, 0, 1, 2)
            row = self.table.rowCount()
            self.table.insertRow(row)
            keys = QTableWidgetItem(entry.key_text())
            keys.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.table.setItem(row, self.COL_KEYS, keys)
            self.table.setItem(row, self.COL_WHAT, QTableWidgetItem(entry.description()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_KEYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def listed_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for row in range(self.table.rowCount())
                if (item := self.table.item(row, self.COL_KEYS)) is not None
                and item.data(Qt.ItemDataRole.UserRole)]


def show_shortcuts(window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
