"""The main window: for now the contacts list with search; later issues add Today and more."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)  # fmt: skip

from app.services import Services
from app.ui.bridge import ChangeBridge
from app.ui.contacts_model import ContactsTableModel

SEARCH_DELAY_MS = 120  # coalesce fast typing into one query


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Rapport"))
        self.bridge = ChangeBridge(services.events, self)
        self.bridge.changed.connect(lambda _change: self.refresh())

        self.search = QLineEdit(placeholderText=self.tr("Search names, companies, topics, notes…"))
        self.search.setClearButtonEnabled(True)
        self.model = ContactsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(ContactsTableModel.COL_NAME, 220)
        self.table.setColumnWidth(ContactsTableModel.COL_COMPANY, 180)
        self.table.setColumnWidth(ContactsTableModel.COL_POSITION, 200)
        self.table.setColumnWidth(ContactsTableModel.COL_LAST_CONTACT, 170)
        self.table.setColumnWidth(ContactsTableModel.COL_FOLLOW_UP, 150)
        self.empty = QLabel(self.tr("No contacts yet — import some or add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.stack)
        self.setCentralWidget(central)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for keys in ("Ctrl+F", "Ctrl+K"):
            QShortcut(QKeySequence(keys), self, activated=self.focus_search)
        self.resize(1280, 800)
        self._restore_geometry()
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        rows = self.services.contacts.list_rows(self.search.text())
        self.model.set_rows(rows)
        searching = bool(self.search.text().strip())
        self.stack.setCurrentWidget(self.table if rows or searching else self.empty)
        if searching:
            message = self.tr("%n contact(s) found", "", len(rows))
        else:
            message = self.tr("%n contact(s)", "", len(rows))
        self.statusBar().showMessage(message)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
