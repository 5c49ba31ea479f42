"""Help: the keyboard shortcuts (made from the shortcut map, so the list cannot drift),
About (version, data folder, log), and opening the data folder or the log.

Dialogs open with open(), not exec(): window-modal without a nested event loop.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)  # fmt: skip

from app import __version__
from app.ui import shortcuts


def add_help_menu(window) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    window.shortcuts_help_action = shortcuts.make_action(
        "shortcuts_help", window, lambda: show_shortcuts(window), QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"))
    menu.addAction(window.shortcuts_help_action)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("HelpMenu", "Open &data folder"), lambda: open_path(window, data_folder(window)))
    menu.addAction(QCoreApplication.translate("HelpMenu", "Open &log"), lambda: open_path(window, log_file()))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("HelpMenu", "&About Rapport"), lambda: show_about(window))


def data_folder(window) -> Path:
    return Path(window.services.db.path).parent


def log_file() -> Path | None:
    """The file the app logs to (set up at start by crash.setup_logging), if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def open_path(window, path: Path | None) -> bool:
    """Open a folder or file with the desktop's program for it; say so when that fails."""
    if path is not None and path.exists() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    if path is None:
        text = QCoreApplication.translate("HelpMenu", "Rapport is not writing a log file in this session.")
    else:
        text = QCoreApplication.translate("HelpMenu", "Could not open %1. Open it yourself from your file manager.").replace(
            "%1", str(path))  # fmt: skip
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("HelpMenu", "Could not open"), text,
                      QMessageBox.StandardButton.Ok, window)  # fmt: skip
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("open_failed")
    box.open()
    return False


def show_about(window) -> QMessageBox:
    log = log_file()
    text = QCoreApplication.translate("HelpMenu", "<h3>Rapport %1</h3><p>A local-first address book for people who network.</p>"
               "<p>Data folder: %2<br>Log: %3</p>")  # fmt: skip
    text = (text.replace("%1", __version__).replace("%2", str(data_folder(window)))
            .replace("%3", str(log) if log else QCoreApplication.translate("HelpMenu", "(none in this session)")))  # fmt: skip
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("HelpMenu", "About Rapport"), text,
                      QMessageBox.StandardButton.Close, window)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("about")
    box.open()
    return box


class ShortcutsDialog(QDialog):
    COL_KEYS, COL_WHAT = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HelpMenu", "Keyboard shortcuts"))
        entries = sorted(shortcuts.SHORTCUTS.values(),
                         key=lambda s: list(shortcuts.CONTEXT_TITLES).index(s.context))  # fmt: skip
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("HelpMenu", "Keys"), QCoreApplication.translate("HelpMenu", "What it does")])
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
                and item.data(Qt.ItemDataRole.UserRole)]  # fmt: skip


def show_shortcuts(window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
