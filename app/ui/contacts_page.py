"""The Contacts page: search as you type over the FTS5 index, the list, an empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QStackedWidget, QTableView, QVBoxLayout,
    QWidget,
)  # fmt: skip

from app.services import Services
from app.ui.contacts_model import ContactsTableModel
from app.ui.navigation import Navigator

SEARCH_DELAY_MS = 120  # coalesce fast typing into one query


class ContactsPage(QWidget):
    status_changed = Signal(str)  # a line for the main window's status bar

    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.search = QLineEdit(placeholderText=self.tr("Search names, companies, topics, notes…"))
        self.search.setClearButtonEnabled(True)
        self.model = ContactsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((ContactsTableModel.COL_NAME, 220), (ContactsTableModel.COL_COMPANY, 180),
                              (ContactsTableModel.COL_POSITION, 200),
                              (ContactsTableModel.COL_LAST_CONTACT, 170),
                              (ContactsTableModel.COL_FOLLOW_UP, 150)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("No contacts yet — import some or add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.stack)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status = ""
        self.refresh()

    def title(self) -> str:
        return self.tr("Contacts")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        rows = self.services.contacts.list_rows(self.search.text())
        self.model.set_rows(rows)
        searching = bool(self.search.text().strip())
        self.stack.setCurrentWidget(self.table if rows or searching else self.empty)
        if searching:
            self.status = self.tr("%n contact(s) found", "", len(rows))
        else:
            self.status = self.tr("%n contact(s)", "", len(rows))
        self.status_changed.emit(self.status)

    def _open(self, index) -> None:
        self.navigator.open_contact(index.data(ContactsTableModel.ID_ROLE))
