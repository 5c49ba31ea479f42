"""The contacts list as a table model that has as many rows as the list, reading only those shown.

At 50,000 contacts the model never holds every contact: it has one (empty) row per contact,
so that the scrollbar, Ctrl+End and PageDown reach the real end, and reads the rows a page
at a time, by offset, when they are about to be painted (VisibleRows follows the view) or
asked for (row_at). Sorting is done in SQL: sort() asks the service for the first page in
the new order. A search does not count its matches at first (that would cost a second full
match per keystroke): while uncounted it pages on with fetchMore, and once typing pauses the
count arrives and the model grows to it.

Why a QStandardItemModel: painting a screen of rows asks the model about 1,000 times (seven
roles per cell). With data() in Python each of those calls crosses from C++ into Python,
which made a paint 9.7 ms; the same rows held as C++ items paint in 3.4 ms, and making the
items for a page costs about 1 ms once. So rows become items when they are read.

A search marks the rows whose notes matched (an icon, the words as tooltip and in
SNIPPET_ROLE). Those snippets are made right after the rows are shown, a batch at a time,
so a keystroke paints its results without waiting for them.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Callable

from PySide6.QtCore import (
    QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from app.domain.clock import LocalDates
from app.domain.names import fold
from app.services.contacts import ContactRow
from app.ui.widgets import dates

Index = QModelIndex | QPersistentModelIndex
# (sort key, descending, offset, limit) -> rows
Fetcher = Callable[[str, bool, int, int], list[ContactRow]]
# contact ids -> their notes snippets ("" where the notes did not match)
Snippets = Callable[[list[int]], dict[int, str]]

PAGE_SIZE = 50  # about two screens of rows, read together
SNIPPET_BATCH = 40  # rows whose snippets are made in one go, about a screen and a half
COUNT_DELAY_MS = 250  # a search is counted once typing pauses (past the search debounce)
OVERDUE_COLOUR = QColor("#b3261e")


class ContactsTableModel(QStandardItemModel):
    COL_NAME, COL_COMPANY, COL_POSITION, COL_LAST_CONTACT, COL_FOLLOW_UP, COL_PROMISES = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
    SORT_KEYS = ("name", "company", "position", "last_contact", "follow_up", "promises")

    total_changed = Signal(int)  # a search's matches were counted

    def __init__(self, parent=None, local_tz: tzinfo | None = None) -> None:
        super().__init__(0, 6, parent)
        self._rows: list[ContactRow | None] = []  # one per row; None until read
        self._overdue_icon = None  # made on the first overdue row
        self._overdue_text = ""
        self._row_by_id: dict[int, int] = {}
        self._total: int | None = 0
        self._more = False
        self._fetch: Fetcher | None = None
        self._counter: Callable[[], int] | None = None
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count)
        self._sort = ("", False)  # "" = the fetcher's natural order (name, or relevance)
        self._now: datetime | None = None
        self._local_dates = LocalDates(local_tz)
        self._date_texts: dict[date, str] = {}  # a local date -> as the locale writes it
        self._snippet_source: Snippets | None = None
        self._unmarked: list[tuple[int, int]] = []  # row ranges whose snippets are not made yet
        self._snippet_timer = QTimer(self, singleShot=True, interval=0)
        self._snippet_timer.timeout.connect(self._mark_snippets)
        self._notes_icon = None
        # contact ids -> their photos (those that have one): one query per page read
        self.photo_source: Callable[[list[int]], dict[int, bytes]] | None = None
        self.avatar_size = 20
        self.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Company"), self.tr("Position"),
            self.tr("Last two-way contact"), self.tr("Next follow-up"), self.tr("Open promises"),
        ])

    # --- loading ------------------------------------------------------------------------
    def set_rows(self, rows: list[ContactRow], now: datetime | None = None) -> None:
        """Show exactly these rows (no paging)."""
        self._fetch = None
        self._counter = None
        self._count_timer.stop()
        self._now = now
        self._replace(list(rows), len(rows), None)
        self._total = len(rows)
        self._more = False

    def set_source(self, fetch: Fetcher, total: int | None, now: datetime | None = None,
                   snippets: Snippets | None = None,
                   count: Callable[[], int] | None = None) -> None:
        """Show `total` rows read through fetch, a page at a time; the first page at once.
        total None (a search): page on while pages come back full, until count() (called
        once typing pauses) says how many there are. snippets, when searching, finds the
        notes matches of the rows once they are shown."""
        self._fetch = fetch
        self._now = now
        self._counter = count
        self._count_timer.stop()
        sort_key, descending = self._sort
        first = fetch(sort_key, descending, 0, PAGE_SIZE) if total != 0 else []
        if total is None and len(first) < PAGE_SIZE:
            total = len(first)  # all of it came in the first page
        self._total = total
        self._replace(first, len(first) if total is None else total, snippets)
        self._more = total is None
        if total is None and count is not None:
            self._count_timer.start()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        """Only while a search is not counted yet: the next page at the end."""
        if not self.canFetchMore(parent):
            return
        sort_key, descending = self._sort
        start = len(self._rows)
        more = self._fetch(sort_key, descending, start, PAGE_SIZE)
        if len(more) < PAGE_SIZE:  # the end: now the count is known
            self._more = False
            self._total = start + len(more)
            self._count_timer.stop()
        if more:
            self._grow(start + len(more))
            self._put(start, more)

    def _count(self) -> None:
        if self._counter is None or self._total is not None:
            return
        total = self._counter()
        self._more = False
        self._total = max(total, len(self._rows))
        self._grow(self._total)
        self.total_changed.emit(self._total)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        self._sort = (self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if self._fetch is not None:
            self.set_source(self._fetch, self._total, self._now, self._snippet_source,
                            self._counter)
        else:  # fixed rows (a few): sort them here
            key = _SORT_VALUE[self._sort[0]]
            rows = sorted(self._rows, key=lambda r: (key(r) is None, key(r) or 0),
                          reverse=self._sort[1])
            self._replace(rows, len(rows), self._snippet_source)

    def _replace(self, rows: list[ContactRow], count: int, snippets: Snippets | None) -> None:
        # Rows out, rows in (not a model reset): the view then keeps its layout and only
        # lays out the new rows, which is about half the time of a reset.
        self._snippet_source = snippets
        self._unmarked = []
        self.setRowCount(0)
        self._rows = []
        self._row_by_id = {}
        self._grow(count)
        self._put(0, rows)

    def _grow(self, count: int) -> None:
        """Empty rows up to count (read when shown)."""
        if count > len(self._rows):
            self._rows.extend([None] * (count - len(self._rows)))
            self.setRowCount(count)

    def _put(self, start: int, rows: list[ContactRow]) -> None:
        """Fill rows start.. with these (already counted) rows."""
        rows = rows[: max(0, len(self._rows) - start)]
        if not rows:
            return
        photos = self.photo_source([r.id for r in rows]) if self.photo_source else None
        # One dataChanged for the page instead of one per cell.
        blocked = self.blockSignals(True)
        try:
            for offset, row in enumerate(rows):
                self._rows[start + offset] = row
                self._row_by_id[row.id] = start + offset
                for column, item in enumerate(self._items(row, photos)):
                    self.setItem(start + offset, column, item)
        finally:
            self.blockSignals(blocked)
        end = start + len(rows) - 1
        self.dataChanged.emit(self.index(start, 0), self.index(end, self.columnCount() - 1))
        if self._snippet_source is not None:
            self._unmarked.append((start, end + 1))
            self._snippet_timer.start()

    def ensure_rows(self, first: int, last: int) -> None:
        """Read the pages that hold rows first..last, if not read yet."""
        if self._fetch is None or not self._rows:
            return
        first, last = max(0, first), min(last, len(self._rows) - 1)
        sort_key, descending = self._sort
        for page in range(first // PAGE_SIZE, last // PAGE_SIZE + 1):
            start = page * PAGE_SIZE
            end = min(start + PAGE_SIZE, len(self._rows))
            if all(r is not None for r in self._rows[start:end]):
                continue
            self._put(start, self._fetch(sort_key, descending, start, end - start))

    def _items(self, row: ContactRow, photos: dict[int, bytes] | None = None) -> list[QStandardItem]:
        name = QStandardItem(row.name)
        name.setData(row.id, self.ID_ROLE)
        if photos is not None:  # the photo, or the initials on their colour
            from app.ui.widgets.avatars import avatar

            name.setData(avatar(row.name, photos.get(row.id), self.avatar_size),
                         Qt.ItemDataRole.DecorationRole)
        if row.snippet:
            self._show_snippet(name, row.snippet)
        follow_up = QStandardItem(self._date(row.next_follow_up))
        if self._now and row.next_follow_up and row.next_follow_up <= self._now:
            self._mark_overdue(follow_up)
        promises = QStandardItem(str(row.open_promises) if row.open_promises else "")
        promises.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not editable by the view (it has no edit triggers): the contact page edits.
        # The id is on the name only: a row's contact is id_at(row), whatever column.
        return [name, QStandardItem(row.company), QStandardItem(row.position),
                QStandardItem(self._date(row.last_two_way_at)), follow_up, promises]

    def _mark_overdue(self, item: QStandardItem) -> None:
        """Red, and not only red (issue 24): an icon, a tooltip and the word for screen readers."""
        if self._overdue_icon is None:
            from app.ui.widgets.icons import icon

            self._overdue_icon = icon("reminder", OVERDUE_COLOUR)
            self._overdue_text = self.tr("Overdue")
        item.setForeground(OVERDUE_COLOUR)
        item.setIcon(self._overdue_icon)
        item.setToolTip(self._overdue_text)
        item.setData(f"{self._overdue_text}: {item.text()}", Qt.ItemDataRole.AccessibleTextRole)

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
        event loop until every row read is done, so that typing is never held up for long."""
        if self._snippet_source is None or not self._unmarked:
            return
        start, end = self._unmarked[0]
        stop = min(start + SNIPPET_BATCH, end)
        if stop < end:
            self._unmarked[0] = (stop, end)
        else:
            self._unmarked.pop(0)
        rows = [r for r in self._rows[start:stop] if r is not None]
        found = self._snippet_source([r.id for r in rows])
        for row in range(start, stop):
            contact = self._rows[row]
            snippet = found.get(contact.id, "") if contact is not None else ""
            if snippet:
                self._show_snippet(self.item(row, self.COL_NAME), snippet)
        if self._unmarked:
            self._snippet_timer.start()

    def finish_snippets(self) -> None:
        """Make every pending snippet now (for a caller that needs them at once)."""
        while self._snippet_source is not None and self._unmarked:
            self._mark_snippets()
        self._snippet_timer.stop()

    def _show_snippet(self, item: QStandardItem, snippet: str) -> None:
        if self._notes_icon is None:
            from app.ui.widgets.icons import icon

            self._notes_icon = icon("log-interaction")
        item.setData(snippet, self.SNIPPET_ROLE)
        item.setToolTip(snippet.replace("[", "").replace("]", ""))
        item.setIcon(self._notes_icon)

    # --- reading ------------------------------------------------------------------------
    def row_at(self, row: int) -> ContactRow:
        """The contact shown in this row, read now if it was not yet."""
        if self._rows[row] is None:
            self.ensure_rows(row, row)
        found = self._rows[row]
        if found is None:  # the list shrank since it was counted
            raise IndexError(row)
        return found

    def id_at(self, row: int) -> int | None:
        """The id of the contact in this row (whichever column was clicked), or None."""
        if not 0 <= row < len(self._rows):
            return None
        try:
            return self.row_at(row).id
        except IndexError:
            return None

    def snippet(self, row: int) -> str:
        """The notes snippet shown for this row so far ("" if none, or not made yet)."""
        item = self.item(row, self.COL_NAME)
        return (item.data(self.SNIPPET_ROLE) or "") if item is not None else ""

    def row_of(self, contact_id: int) -> int:
        """The row showing this contact among those read, or -1."""
        return self._row_by_id.get(contact_id, -1)

    def total(self) -> int:
        """All rows the source has (as many as read while a search is not counted)."""
        return len(self._rows) if self._total is None else self._total

    def counted(self) -> bool:
        return self._total is not None


class VisibleRows(QObject):
    """Makes the model read the rows a view is about to paint: on scrolling (the wheel,
    the scrollbar, PageDown, Ctrl+End), resizing and new rows."""

    def __init__(self, view, model: ContactsTableModel) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        view.verticalScrollBar().valueChanged.connect(self.load)
        view.verticalScrollBar().rangeChanged.connect(self.load)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.load()
        return False

    def load(self, *_args) -> None:
        count = self.model.rowCount()
        if not count:
            return
        top = max(0, self.view.rowAt(0))
        bottom = self.view.rowAt(self.view.viewport().height() - 1)
        if bottom < 0:  # the rows end above the bottom, or the layout is not done yet
            step = max(1, self.view.verticalHeader().defaultSectionSize())
            bottom = top + self.view.viewport().height() // step + 1
        self.model.ensure_rows(top, min(bottom, count - 1))


_SORT_VALUE = {
    # folded like the list's SQL order: Böhm before Brown, Özlem before Zoë
    "name": lambda r: fold(r.name), "company": lambda r: fold(r.company) or None,
    "position": lambda r: fold(r.position) or None, "last_contact": lambda r: r.last_two_way_at,
    "follow_up": lambda r: r.next_follow_up, "promises": lambda r: r.open_promises,
}
