"""Two parts of the Contacts page's list view: the keys of the search field that move the
list, and the empty state with its two ways to get contacts."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

# Keys typed in the search field that move the list instead: the list is what you look at
# while searching. End and Home too, when the text cursor is already at that end.
LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class SearchFieldKeys(QObject):
    """Up/Down/PageUp/PageDown (and End/Home at the end of the text) move the list's
    selection; Esc clears the field, and on an empty field does nothing (it does not leave)."""

    def __init__(self, search: QLineEdit, table: QTableView) -> None:
        super().__init__(search)
        self.search = search
        self.table = table
        search.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is not self.search or event.type() != QEvent.Type.KeyPress:
            return False
        key, search = event.key(), self.search
        if key == Qt.Key.Key_Escape:
            if search.text():
                search.clear()
            return True  # an empty field: Esc has nothing to close here
        at_end = search.cursorPosition() == len(search.text()) and not search.hasSelectedText()
        to_list = (key in LIST_KEYS or (key == Qt.Key.Key_End and at_end)
                   or (key == Qt.Key.Key_Home and search.cursorPosition() == 0))
        if not to_list or not self.table.model().rowCount():
            return False
        if not self.table.currentIndex().isValid():  # nothing chosen yet: the first row
            self.table.selectRow(0)
            if key != Qt.Key.Key_End:
                return True
        if key in (Qt.Key.Key_End, Qt.Key.Key_Home):  # the list's last/first row, not column
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(self.table, event)
        return True


def empty_state(new_contact: Callable[[], None], open_import: Callable[[], None]) -> tuple[QWidget, QLabel]:
    """No contacts at all: say so, and offer the two ways to get some. (widget, its text)"""

    empty = QWidget()
    text = QLabel(QCoreApplication.translate("ContactsPage", "No contacts yet — import some or add one."))
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    new = QPushButton(QCoreApplication.translate("ContactsPage", "&New contact…"))
    new.clicked.connect(lambda: new_contact())
    import_button = QPushButton(QCoreApplication.translate("ContactsPage", "&Import…"))
    import_button.clicked.connect(lambda: open_import())
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(new)
    buttons.addWidget(import_button)
    buttons.addStretch(1)
    column = QVBoxLayout(empty)
    column.addStretch(1)
    column.addWidget(text)
    column.addLayout(buttons)
    column.addStretch(2)
    return empty, text
