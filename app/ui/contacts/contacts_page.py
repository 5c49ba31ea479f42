"""The Contacts page: filters, search as you type over the FTS5 index, the list, the contact.

The list has a row per contact but reads only the rows shown (contacts_model) and sorts in
SQL. Opening a contact (Enter or double-click on any column) swaps the list for its page; Esc
or Alt+Left goes back to the list with the search and selection kept, unless the page holds
input that cannot be saved (it stays and says which field).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QLocale, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from app.services import Services
from app.services.base import ValidationError
from app.services.changes import Changes, Kind
from app.services.contact_list import ListFilter
from app.ui.widgets import accessibility
from app.ui.widgets import undo
from app.ui.contacts.columns import fit_to_texts, widest_date_texts
from app.ui.contacts.contacts_list_parts import SearchFieldKeys, empty_state
from app.ui.contacts.contacts_model import ContactsTableModel, VisibleRows
from app.ui.widgets.row_heights import fit_rows_to_font
from app.ui.widgets.wheel_guard import guard_wheel
from app.ui.shell.navigation import Navigator

SEARCH_DELAY_MS = 120  # coalesce fast typing into one query


class ContactsPage(QWidget):
    status_changed = Signal(str)  # a line for the main window's status bar

    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_page = None  # built on first use: most sessions start with the list
        self.search = QLineEdit(placeholderText=self.tr("Search names, companies, topics, notes…"))
        self.search.setClearButtonEnabled(True)
        accessibility.name(self.search, self.tr("Search contacts"))
        self.model = ContactsTableModel(self, services.clock.local_tz())
        self.model.photo_source = services.photos.of_contacts
        self.table = self._build_table()
        self.empty, self.empty_text = empty_state(
            self.new_contact, lambda: getattr(self.navigator, "open_import", lambda: None)())
        self.no_match = QLabel()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        for widget in (self.table, self.empty, self.no_match):
            self.list_stack.addWidget(widget)
        list_view = QWidget()
        layout = QVBoxLayout(list_view)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.search)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.list_stack)
        # While searching: the words around the notes match of the selected contact.
        self.notes_match = QLabel()
        self.notes_match.setTextFormat(Qt.TextFormat.RichText)
        self.notes_match.hide()
        layout.addWidget(self.notes_match)
        self.views = QStackedWidget()
        self.views.addWidget(list_view)
        self.list_view = list_view
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._new_query)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._enter_from_search)
        self._search_keys = SearchFieldKeys(self.search, self.table)  # arrows, End, Esc…
        # Esc is not a shortcut: it reaches the page only when the widget with the focus
        # (a completer popup, a refused field) did not use it. Alt+Left has no such owner.
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.show_list,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model.total_changed.connect(lambda _n: self._show_list_state(self.current_filter()))
        self._list_status = ""
        self.refresh()
        guard_wheel(self)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        accessibility.name(table, self.tr("Contacts"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # the contact page edits
        table.setAlternatingRowColors(True)
        # No indicator at first: the list comes in name order (a search: best match first).
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setWordWrap(False)
        table.setIconSize(QSize(self.model.avatar_size, self.model.avatar_size))  # avatars
        table.verticalHeader().hide()
        fit_rows_to_font(table)  # "Özlem" keeps its dots at any font size
        header = table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)  # a selected row would make every title bold and clip it
        # Names, companies and positions share the room; dates and the count fit their titles
        # (fixed widths lost the last two columns at 1024 pixels).
        model = ContactsTableModel
        fit_to_texts(table, stretch=(model.COL_NAME, model.COL_COMPANY, model.COL_POSITION),
                     fit={model.COL_LAST_CONTACT: widest_date_texts(),
                          model.COL_FOLLOW_UP: widest_date_texts(), model.COL_PROMISES: ["999"]})
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_notes_match())
        self.model.dataChanged.connect(lambda *_: self._show_notes_match())  # a snippet came
        table.doubleClicked.connect(self._open_index)
        table.activated.connect(self._open_index)  # Enter on a row
        self._visible_rows = VisibleRows(table, self.model)  # reads the rows as they show
        return table

    def new_contact(self) -> None:
        """The empty list's "New contact…": the same dialog as Ctrl+N, then its page."""
        dialog = NewContactDialog(self.services, self)
        if dialog.exec() and dialog.contact_id is not None:
            self.open_contact(dialog.contact_id)
        dialog.deleteLater()

    def _build_filters(self) -> QHBoxLayout:
        self.group_filter = QComboBox()
        self.group_filter.setMinimumWidth(180)
        self.topic_filter = QLineEdit(placeholderText=self.tr("Any topic"))
        self.topic_filter.setClearButtonEnabled(True)
        accessibility.name(self.topic_filter, self.tr("Topic filter"))
        self.topic_filter.setMaximumWidth(220)
        self._topic_words = QStringListModel(self)
        completer = QCompleter(self._topic_words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.topic_filter.setCompleter(completer)
        self.topic_filter.textEdited.connect(
            lambda text: self._topic_words.setStringList(self.services.topics.complete(text)))
        self.topic_filter.editingFinished.connect(self._new_query)
        self.topic_filter.textChanged.connect(lambda text: text or self._new_query())
        self.overdue_filter = QCheckBox(self.tr("Overdue only"))
        self.archived_filter = QCheckBox(self.tr("Archived"))
        self._fill_groups()
        self.group_filter.currentIndexChanged.connect(lambda _i: self._new_query())
        for box in (self.overdue_filter, self.archived_filter):
            box.toggled.connect(lambda _on: self._new_query())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Group:")))
        row.addWidget(self.group_filter)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Topic:")))
        row.addWidget(self.topic_filter)
        row.addSpacing(12)
        row.addWidget(self.overdue_filter)
        row.addWidget(self.archived_filter)
        row.addStretch(1)
        return row

    def _fill_groups(self) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        for group in self.services.groups.all():
            self.group_filter.addItem(group.name, group.id)
        found = self.group_filter.findData(current)
        self.group_filter.setCurrentIndex(max(0, found))
        self.group_filter.blockSignals(False)

    def title(self) -> str:
        return self.tr("Contacts")

    # --- the list -----------------------------------------------------------------------
    def current_filter(self) -> ListFilter:
        return ListFilter(
            text=self.search.text(), archived=self.archived_filter.isChecked(),
            group_id=self.group_filter.currentData(), topic=self.topic_filter.text(),
            overdue=self.overdue_filter.isChecked(),
        )

    def _new_query(self) -> None:
        """The filter changed: show the first page, in the chosen sort (name by default)."""
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)

    def refresh(self) -> None:
        if self.contact_page is not None and self.views.currentWidget() is self.contact_page:
            self.contact_page.refresh()  # the list refreshes when it is shown again
            return
        flt = self.current_filter()
        selected, selected_row = self.current_list_id(), self.table.currentIndex().row()
        contacts = self.services.contacts
        now = self.services.clock.now()
        def fetch(sort: str, descending: bool, offset: int, limit: int):
            return contacts.page(flt, sort or "name", descending, offset, limit, snippets=False)

        if flt.searching:
            # No count for a search (it would cost a second full match): keep paging while
            # pages come back full. Snippets are made for the rows as they are shown.
            self.model.set_source(fetch, total=None, now=now,
                                  snippets=lambda ids: contacts.notes_snippets(ids, flt.text),
                                  count=lambda: contacts.count_rows(flt))
        else:
            self.model.set_source(fetch, total=contacts.count_rows(flt), now=now)
        self._reselect(selected, selected_row)
        self._visible_rows.load()
        self._show_list_state(flt)
        self._show_notes_match()

    def on_change(self, changes: Changes) -> None:
        if Kind.GROUPS in changes:
            self._fill_groups()
        if self.contact_page is not None and self.views.currentWidget() is self.contact_page:
            self.contact_page.refresh(changes)  # the list refreshes when it is shown again
            return
        self.refresh()

    def _show_list_state(self, flt: ListFilter) -> None:
        shown = self.model.rowCount()
        if shown:
            self.list_stack.setCurrentWidget(self.table)
        elif flt == ListFilter(archived=flt.archived) and not flt.archived:
            self.list_stack.setCurrentWidget(self.empty)
        else:
            self.no_match.setText(self.tr("No contact matches. Try fewer words or clear the filters."))
            self.list_stack.setCurrentWidget(self.no_match)
        if flt.searching and not self.model.counted():
            self._list_status = self.tr("Showing the first %1 matches; scroll for more or type more "
                                  "to narrow the search").replace("%1", str(shown))
        elif flt.searching:
            self._list_status = self.tr("%n contact(s) found", "", self.model.total())
        elif flt != ListFilter(archived=flt.archived) or flt.archived:
            self._list_status = self.tr("%n contact(s) match the filters", "", self.model.total())
        else:
            # "48,966 contacts" looked like a list cut short: say that the archived are apart.
            archived = self.services.contacts.count_rows(ListFilter(archived=True))
            self._list_status = (
                self.tr("%n contact(s), %1 archived not shown", "", self.model.total())
                .replace("%1", QLocale().toString(archived))
                if archived else self.tr("%n contact(s)", "", self.model.total())
            )
        self.status_changed.emit(self.status)

    @property
    def status(self) -> str:
        """The status bar line: the list's count, nothing while a contact is shown."""
        return "" if self._on_contact_page() else self._list_status

    def _on_contact_page(self) -> bool:
        return self.contact_page is not None and self.views.currentWidget() is self.contact_page

    def _show_notes_match(self) -> None:
        row = self.table.currentIndex().row()
        snippet = self.model.snippet(row) if 0 <= row < self.model.rowCount() else ""
        if snippet:
            words = html.escape(snippet).replace("[", "<b>", 1).replace("]", "</b>", 1)
            self.notes_match.setText(self.tr("In the notes: %1").replace("%1", words))
        self.notes_match.setVisible(bool(snippet))

    def _reselect(self, contact_id: int | None, near_row: int = -1) -> None:
        if contact_id is not None and near_row >= 0:
            self.model.ensure_rows(near_row - 1, near_row + 1)  # where it was, if still there
        row = self.model.row_of(contact_id) if contact_id is not None else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def current_list_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _enter_from_search(self) -> None:
        """Return in the search field opens the selected contact (the first, if none is)."""
        if self._search_timer.isActive():  # typed faster than the search: search now
            self._search_timer.stop()
            self._new_query()
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self._open_index(self.table.currentIndex())

    def keyPressEvent(self, event) -> None:
        """Esc that nothing inside used (a popup, a refused field): back to the list."""
        if event.key() == Qt.Key.Key_Escape and self.views.currentWidget() is not self.list_view:
            self.show_list()
            return
        super().keyPressEvent(event)

    # --- the contact --------------------------------------------------------------------
    def _open_index(self, index) -> None:
        # The row's contact, whichever column was clicked (the id is not on every cell).
        contact_id = self.model.id_at(index.row()) if index.isValid() else None
        if contact_id is not None:
            self.open_contact(contact_id)

    def open_contact(self, contact_id: int) -> None:
        if self._on_contact_page() and contact_id != self.contact_page.contact_id:
            if not self.contact_page.leave():  # input that cannot be saved: stay with it
                return
        if self.contact_page is None:
            from app.ui.contacts.contact_page import ContactPage

            self.contact_page = ContactPage(self.services, self.navigator, self)
            self.contact_page.back_requested.connect(self.show_list)
            self.views.addWidget(self.contact_page)
        self.contact_page.set_contact(contact_id)
        self.views.setCurrentWidget(self.contact_page)
        self.status_changed.emit(self.status)  # the list's "8 contacts found" is not about this

    def show_list(self) -> bool:
        """Back to the list; False (staying) while the contact page holds input that
        cannot be saved, which it then names."""
        if self.views.currentWidget() is self.contact_page and not self.contact_page.leave():
            return False
        if self.views.currentWidget() is not self.list_view:
            self.views.setCurrentWidget(self.list_view)
            self.refresh()
            self.table.setFocus()
        return True

    def current_contact_id(self) -> int | None:
        if self.contact_page is not None and self.views.currentWidget() is self.contact_page:
            return self.contact_page.contact_id
        return self.current_list_id()

    def _current_name(self, contact_id: int) -> str:
        row = self.model.row_of(contact_id)
        if row >= 0:
            return self.model.row_at(row).name
        return self.contact_page.name() if self.contact_page else "?"

    def archive_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is None:
            return
        on_page = self.contact_page is not None and self.views.currentWidget() is self.contact_page
        archived_now = self.contact_page.is_archived() if on_page else self.archived_filter.isChecked()
        undo.archive(self.navigator, self.services, contact_id, self._current_name(contact_id),
                     not archived_now)
        self.show_list()

    def trash_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            undo.trash(self.navigator, self.services, contact_id, self._current_name(contact_id))
            self.show_list()


class NewContactDialog(QDialog):
    """Ctrl+N: the few fields needed to start a contact; the rest is on its page."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id: int | None = None
        self.setWindowTitle(self.tr("New contact"))
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.company = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Given name:"), self.given)
        form.addRow(self.tr("&Family name:"), self.family)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        settings = self.services.settings.load()  # the user's defaults for new contacts
        try:
            self.contact_id = self.services.contacts.create(
                given_name=self.given.text(), family_name=self.family.text(),
                company=self.company.text(), formality=settings.default_formality,
                cadence_days=settings.default_cadence_days or None,
            )
        except ValidationError:
            self.error.setText(self.tr("Please enter a given name or a family name."))
            self.error.show()
            self.given.setFocus()
            return
        super().accept()
