"""The contacts list as a table model that reads pages from the service on demand.

The model never holds all 50,000 contacts: it keeps the rows fetched so far and asks for
more through fetchMore() when the view scrolls near the end. Sorting is done in SQL: sort()
asks the service for the first page in the new order.

Why a QStandardItemModel: painting a screen of rows asks the model about 1,000 times (seven
roles per cell). With data() in Python each of those calls crosses from C++ into Python,
which made a paint 9.7 ms; the same rows held as C++ items paint in 3.4 ms, and making the
items for a page costs about 1 ms once. So rows become items when they are fetched.

A search marks the rows whose notes matched (an icon, the words as tooltip and in
SNIPPET_ROLE). Those snippets are made right after the rows are shown, a batch at a time,
so a keystroke paints its results without waiting for them.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from app.domain.clock import LocalDates
from app.services.contacts import ContactRow
from app.ui import dates

Index = QModelIndex | QPersistentModelIndex
# (sort key, descending, offset, limit) -> rows
Fetcher = Callable[[str, bool, int, int], list[ContactRow]]
# contact ids -> their notes snippets ("" where the notes did not match)
Snippets = Callable[[list[int]], dict[int, str]]

PAGE_SIZE = 50  # about two screens of rows; more come with fetchMore as you scroll
SNIPPET_BATCH = 40  # rows whose snippets are made in one go, about a screen and a half
OVERDUE_COLOUR = QColor("#b3261e")


class ContactsTableModel(QStandardItemModel):
    COL_NAME, COL_COMPANY, COL_POSITION, COL_LAST_CONTACT, COL_FOLLOW_UP, COL_PROMISES = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
    SORT_KEYS = ("name", "company", "position", "last_contact", "follow_up", "promises")

    def __init__(self, parent=None, local_tz: tzinfo | None = None) -> None:
        super().__init__(0, 6, parent)
        self._rows: list[ContactRow] = []
        self._total: int | None = 0
        self._more = False
        self._fetch: Fetcher | None = None
        self._sort = ("", False)  # "" = the fetcher's natural order (name, or relevance)
        self._now: datetime | None = None
        self._local_dates = LocalDates(local_tz)
        self._date_texts: dict[date, str] = {}  # a local date -> as the locale writes it
        self._snippet_source: Snippets | None = None
        self._marked = 0  # rows whose snippets have been looked up
        self._snippet_timer = QTimer(self, singleShot=True, interval=0)
        self._snippet_timer.timeout.connect(self._mark_snippets)
        self._notes_icon = None
        self.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Company"), self.tr("Position"),
            self.tr("Last two-way contact"), self.tr("Next follow-up"), self.tr("Open promises"),
        ])  # fmt: skip

    # --- loading ------------------------------------------------------------------------
    def set_rows(self, rows: list[ContactRow], now: datetime | None = None) -> None:
        """Show exactly these rows (no paging)."""
        self._fetch = None
        self._now = now
        self._replace(list(rows), None)
        self._total = len(self._rows)
        self._more = False

    def set_source(self, fetch: Fetcher, total: int | None, now: datetime | None = None,
                   snippets: Snippets | None = None) -> None:  # fmt: skip
        """Page through `total` rows with fetch (None: as long as pages come back full);
        loads the first page at once. snippets, when searching, finds the notes matches of
        the rows once they are shown."""
        self._fetch = fetch
        self._total = total
        self._now = now
        sort_key, descending = self._sort
        self._replace(fetch(sort_key, descending, 0, PAGE_SIZE) if total != 0 else [], snippets)
        self._more = self._full(len(self._rows))

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
        self._append(more)
        self._more = self._full(len(more))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        self._sort = (self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if self._fetch is not None:
            self.set_source(self._fetch, self._total, self._now, self._snippet_source)
        else:  # fixed rows (a few): sort them here
            key = _SORT_VALUE[self._sort[0]]
            rows = sorted(self._rows, key=lambda r: (key(r) is None, key(r) or 0),
                          reverse=self._sort[1])  # fmt: skip
            self._replace(rows, self._snippet_source)

    def reset_sort(self) -> None:
        self._sort = ("", False)

    def _full(self, fetched: int) -> bool:
        if self._total is None:
            return fetched == PAGE_SIZE
        return len(self._rows) < self._total

    def _replace(self, rows: list[ContactRow], snippets: Snippets | None) -> None:
        # Rows out, rows in (not a model reset): the view then keeps its layout and only
        # lays out the new rows, which is about half the time of a reset.
        self._snippet_source = snippets
        self._marked = 0
        self.setRowCount(0)
        self._rows = []
        self._append(rows)

    def _append(self, rows: list[ContactRow]) -> None:
        for row in rows:
            self.appendRow(self._items(row))
        self._rows.extend(rows)
        if self._snippet_source is not None and rows:
            self._snippet_timer.start()

    def _items(self, row: ContactRow) -> list[QStandardItem]:
        name = QStandardItem(row.name)
        name.setData(row.id, self.ID_ROLE)
        if row.snippet:
            self._show_snippet(name, row.snippet)
        follow_up = QStandardItem(self._date(row.next_follow_up))
        if self._now and row.next_follow_up and row.next_follow_up <= self._now:
            follow_up.setForeground(OVERDUE_COLOUR)
        promises = QStandardItem(str(row.open_promises) if row.open_promises else "")
        promises.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not editable by the view (it has no edit triggers): the contact page edits.
        return [name, QStandardItem(row.company), QStandardItem(row.position),
                QStandardItem(self._date(row.last_two_way_at)), follow_up, promises]  # fmt: skip

    def _date(self, value: datetime | None) -> str:
        if value is None:
            return ""
        day = self._local_dates.date_of(value)
        text = self._date_texts.get(day)
        if text is None:
            today = self._local_dates.date_of(self._now) if self._now else day
            text = self._date_texts[day] = dates.short(day, today)
        return text

    # --- notes snippets -----------------------------------------------------------------
    def _mark_snippets(self) -> None:
        """Look up the snippets of the next batch of rows; again on the next turn of the
        event loop until every row is done, so that typing is never held up for long."""
        if self._snippet_source is None or self._marked >= len(self._rows):
            return
        start, end = self._marked, min(self._marked + SNIPPET_BATCH, len(self._rows))
        found = self._snippet_source([r.id for r in self._rows[start:end]])
        for row in range(start, end):
            snippet = found.get(self._rows[row].id, "")
            if snippet:
                self._show_snippet(self.item(row, self.COL_NAME), snippet)
        self._marked = end
        if end < len(self._rows):
            self._snippet_timer.start()

    def finish_snippets(self) -> None:
        """Make every pending snippet now (for a caller that needs them at once)."""
        while self._snippet_source is not None and self._marked < len(self._rows):
            self._mark_snippets()
        self._snippet_timer.stop()

    def _show_snippet(self, item: QStandardItem, snippet: str) -> None:
        if self._notes_icon is None:
            from app.ui.icons import icon

            self._notes_icon = icon("log-interaction")
        item.setData(snippet, self.SNIPPET_ROLE)
        item.setToolTip(snippet.replace("[", "").replace("]", ""))
        item.setIcon(self._notes_icon)

    # --- reading ------------------------------------------------------------------------
    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def snippet(self, row: int) -> str:
        """The notes snippet shown for this row so far ("" if none, or not made yet)."""
        return self.item(row, self.COL_NAME).data(self.SNIPPET_ROLE) or ""

    def row_of(self, contact_id: int) -> int:
        """The row showing this contact among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == contact_id), -1)

    def total(self) -> int:
        """All rows the source has (as many as loaded while a search has no count)."""
        return len(self._rows) if self._total is None else self._total


_SORT_VALUE = {
    "name": lambda r: r.name.casefold(), "company": lambda r: r.company.casefold() or None,
    "position": lambda r: r.position.casefold() or None, "last_contact": lambda r: r.last_two_way_at,
    "follow_up": lambda r: r.next_follow_up, "promises": lambda r: r.open_promises,
}  # fmt: skip
