"""The contacts list as a QAbstractTableModel that reads pages from the service on demand.

The model never holds all 50,000 contacts: it keeps the rows fetched so far and asks for
more through fetchMore() when the view scrolls near the end. Sorting is done in SQL: sort()
asks the service for the first page in the new order. Dates are formatted only when a
visible cell asks for them.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.contacts import ContactRow

Index = QModelIndex | QPersistentModelIndex
# (sort key, descending, offset, limit) -> rows
Fetcher = Callable[[str, bool, int, int], list[ContactRow]]

PAGE_SIZE = 100  # about four screens of rows; more come with fetchMore as you scroll
OVERDUE_COLOUR = QColor("#b3261e")


class ContactsTableModel(QAbstractTableModel):
    COL_NAME, COL_COMPANY, COL_POSITION, COL_LAST_CONTACT, COL_FOLLOW_UP, COL_PROMISES = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
    SORT_KEYS = ("name", "company", "position", "last_contact", "follow_up", "promises")

    def __init__(self, parent=None, local_tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._total: int | None = 0
        self._more = False
        self._fetch: Fetcher | None = None
        self._sort = ("", False)  # "" = the fetcher's natural order (name, or relevance)
        self._local_tz = local_tz
        self._now: datetime | None = None
        self._headers = (
            self.tr("Name"), self.tr("Company"), self.tr("Position"),
            self.tr("Last two-way contact"), self.tr("Next follow-up"), self.tr("Open promises"),
        )  # fmt: skip

    # --- loading ------------------------------------------------------------------------
    def set_rows(self, rows: list[ContactRow], now: datetime | None = None) -> None:
        """Show exactly these rows (no paging)."""
        self.beginResetModel()
        self._fetch = None
        self._rows = list(rows)
        self._total = len(self._rows)
        self._more = False
        self._now = now
        self.endResetModel()

    def set_source(self, fetch: Fetcher, total: int | None, now: datetime | None = None) -> None:
        """Page through `total` rows with fetch (None: as long as pages come back full);
        loads the first page at once."""
        self.beginResetModel()
        self._fetch = fetch
        self._total = total
        self._now = now
        sort_key, descending = self._sort
        self._rows = fetch(sort_key, descending, 0, PAGE_SIZE) if total != 0 else []
        self._more = len(self._rows) == PAGE_SIZE if total is None else len(self._rows) < total
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        sort_key, descending = self._sort
        more = self._fetch(sort_key, descending, len(self._rows), PAGE_SIZE)
        if not more:  # the data shrank meanwhile; stop asking
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        full = len(more) == PAGE_SIZE
        self._more = full if self._total is None else len(self._rows) < self._total

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        self._sort = (self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if self._fetch is not None:
            self.set_source(self._fetch, self._total, self._now)
        else:  # fixed rows (a few): sort them here
            self.layoutAboutToBeChanged.emit()
            before = self.persistentIndexList()
            ids = [self._rows[i.row()].id for i in before]
            key = _SORT_VALUE[self._sort[0]]
            self._rows.sort(key=lambda r: (key(r) is None, key(r) or 0), reverse=self._sort[1])
            row_of = {r.id: n for n, r in enumerate(self._rows)}
            self.changePersistentIndexList(
                before, [self.index(row_of[i], old.column()) for i, old in zip(ids, before)])
            self.layoutChanged.emit()

    def reset_sort(self) -> None:
        self._sort = ("", False)

    # --- reading ------------------------------------------------------------------------
    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int:
        """The row showing this contact among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == contact_id), -1)

    def total(self) -> int:
        """All rows the source has (as many as loaded while a search has no count)."""
        return len(self._rows) if self._total is None else self._total

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
        column = index.column()
        if role == self.ID_ROLE:
            return row.id
        if role == self.SNIPPET_ROLE:
            return row.snippet
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME and row.snippet:
            return row.snippet.replace("[", "").replace("]", "")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_FOLLOW_UP:
            if self._now and row.next_follow_up and row.next_follow_up <= self._now:
                return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_PROMISES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: ContactRow, column: int):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_COMPANY:
            return row.company
        if column == self.COL_POSITION:
            return row.position
        if column == self.COL_LAST_CONTACT:
            return self._date(row.last_two_way_at)
        if column == self.COL_FOLLOW_UP:
            return self._date(row.next_follow_up)
        if column == self.COL_PROMISES:
            return str(row.open_promises) if row.open_promises else ""
        return None

    def _date(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone(self._local_tz) if self._local_tz else value.astimezone()
        return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


_SORT_VALUE = {
    "name": lambda r: r.name.casefold(), "company": lambda r: r.company.casefold() or None,
    "position": lambda r: r.position.casefold() or None, "last_contact": lambda r: r.last_two_way_at,
    "follow_up": lambda r: r.next_follow_up, "promises": lambda r: r.open_promises,
}  # fmt: skip
