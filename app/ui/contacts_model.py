"""The contacts list as a QAbstractTableModel over light ContactRow values."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.services.contacts import ContactRow

Index = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    COL_NAME, COL_COMPANY, COL_POSITION, COL_LAST_CONTACT, COL_FOLLOW_UP, COL_PROMISES = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._headers = (
            self.tr("Name"), self.tr("Company"), self.tr("Position"),
            self.tr("Last two-way contact"), self.tr("Next follow-up"), self.tr("Open promises"),
        )  # fmt: skip

    def set_rows(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_COMPANY:
            return row.company
        if column == self.COL_POSITION:
            return row.position
        if column == self.COL_LAST_CONTACT:
            return _date(row.last_two_way_at)
        if column == self.COL_FOLLOW_UP:
            return _date(row.next_follow_up)
        if column == self.COL_PROMISES:
            return str(row.open_promises) if row.open_promises else ""
        return None


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value.astimezone().date(), QLocale.FormatType.ShortFormat)
