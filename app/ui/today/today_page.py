"""The Today page, the home screen: Overdue / Today / Coming up, with row actions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMenu,
    QStackedWidget, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.clock import local_today
from app.domain.today import ESCALATE_AFTER_DAYS, Bucket, ItemKind, TodayItem
from app.services import Services
from app.ui.widgets import accessibility
from app.ui.widgets import dates, shortcuts, undo
from app.ui.widgets.flow_toolbar import FlowToolbar
from app.ui.widgets.row_heights import fit_tree_rows_to_font
from app.ui.shell.navigation import Navigator
from app.ui.contacts.date_dialog import date_name
from app.ui.contacts.reminder_dialog import open_reminder_dialog
from app.ui.today.today_reasons import decision_reason

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TodayPage(QWidget):
    status_changed = Signal(str)

    COL_WHO, COL_WHY, COL_WHEN, COL_SINCE = range(4)

    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.status = ""
        self._reselect: tuple[ItemKind, int] | None = None  # the row an undo brought back

        self.tree = QTreeWidget()
        self.tree.setIconSize(QSize(20, 20))  # the contacts' avatars
        self.tree.setColumnCount(4)
        accessibility.name(self.tree, self.tr("Follow-ups"))
        self.tree.setHeaderLabels([self.tr("Who"), self.tr("Why"), self.tr("Due"), self.tr("Since")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        fit_tree_rows_to_font(self.tree)  # room for the dots on Ö Ä Ü
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The reason carries the long text and takes what is left; the rest fit their content
        # (fixed widths pushed Due and Since off the window at 1024 pixels).
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (self.COL_WHO, self.COL_WHEN, self.COL_SINCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_WHY, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_contact())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel(self.tr("Nothing due. Nobody is waiting on you today."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        # Wraps onto a second line when narrow (a QToolBar's » menu hid actions from Tab).
        self.toolbar = FlowToolbar()
        self.done_button = self._action(self.tr("&Done"), self.done, "today.done")
        self.snooze_button = QToolButton(text=self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_tomorrow = menu.addAction(self.tr("Until tomorrow"), lambda: self.snooze_days(1))
        shortcuts.apply("today.snooze", self.snooze_tomorrow)
        menu.addAction(self.tr("Until next week"), lambda: self.snooze_days(7))
        menu.addAction(self.tr("Pick a date…"), self.snooze_pick)
        self.snooze_button.setMenu(menu)
        self.addAction(self.snooze_tomorrow)
        self.toolbar.addWidget(self.snooze_button)
        # Ctrl+L and Ctrl+M are the main window's (the same keys on every page, asking
        # current_contact_id() / draft_message() here): the buttons only show them.
        self.log_button = self._action(self.tr("&Log interaction"), self.log_interaction,
                                       "log_interaction", bind=False)
        self.open_button = self._action(self.tr("&Open contact"), self.open_contact, "today.open")
        self.draft_button = self._action(self.tr("D&raft message"), self.draft_message,
                                         "draft_message", bind=False)
        self.new_reminder_action = self.toolbar.addAction(  # for the selected row's contact
            self.tr("&New reminder…"), lambda: open_reminder_dialog(
                self, services, navigator, getattr(self.current_item(), "contact_id", None)))
        self.spread_button = self.toolbar.addAction(self.tr("S&pread the backlog"))
        self.spread_button.triggered.connect(lambda _checked=False: self.spread_backlog())
        self.spread_button.setToolTip(self.tr("Give every overdue keep-in-touch a day in the "
                                              "next 4 weeks, a few a day (Ctrl+Z takes it back)"))
        # The main window's own Undo action ("Undo Done: Maxi Müller"): one stack, one Ctrl+Z.
        undo_action = getattr(navigator, "undo_action", None)
        self.undo_button = undo_action if isinstance(undo_action, QAction) else None
        if self.undo_button is not None:
            self.toolbar.addAction(self.undo_button)

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        accessibility.tab_order([*self.toolbar.buttons(), self.tree])
        self.refresh()

    def _action(self, text: str, slot, shortcut_id: str, bind: bool = True) -> QAction:
        """A toolbar action; bind=False shows the key of a main-window action without
        binding it a second time (two actions on one key would make it do nothing)."""
        if bind:
            action = shortcuts.make_action(shortcut_id, self, slot, text)
            self.addAction(action)
        else:
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False: slot())
        action.setToolTip(shortcuts.tooltip(shortcut_id, text))
        self.toolbar.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Today")

    # --- the list -----------------------------------------------------------------------
    def row_text(self, item: TodayItem, today) -> str:
        """What a screen reader says for a row: who, why, when (issue 24)."""
        who = item.name or self.tr("(no contact)")
        when = dates.short(item.due, today)
        text = self.tr("overdue since %1") if item.due < today else self.tr("due %1")
        return f"{who}: {self.reason(item)}, {text.replace('%1', when)}"

    def refresh(self) -> None:
        selected = self.current_item()
        today = self.services.today.build()
        self.tree.clear()
        self.heading.setText(dates.long(today.today, today.today))
        titles = {Bucket.OVERDUE: self.tr("Overdue (%1)"), Bucket.TODAY: self.tr("Today (%1)"),
                  Bucket.UPCOMING: self.tr("Coming up (%1)")}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        rows: list[tuple[QTreeWidgetItem, TodayItem]] = []

        def add_row(item: TodayItem) -> None:
            row = QTreeWidgetItem(self.tree, [
                item.name or self.tr("(no contact)"), self.reason(item),
                dates.short(item.due, today.today), dates.short(item.since, today.today),
            ])
            row.setData(0, ITEM_ROLE, item)
            row.setToolTip(self.COL_WHY, self.reason(item))
            row.setData(0, accessibility.ROW_TEXT, self.row_text(item, today.today))
            rows.append((row, item))

        def add_header(text: str, tooltip: str = "") -> None:
            header = QTreeWidgetItem(self.tree, [text])
            header.setFirstColumnSpanned(True)
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setToolTip(0, tooltip)

        # The focus first: the few things to do this morning; every other item stays below
        # under "Later", in its bucket and counted, so nothing is hidden without a count.
        in_focus = {(item.kind, item.ref_id, item.occurrence) for item in today.focus}
        if today.focus:
            add_header(self.tr("Focus: %n thing(s) to do first", "", len(today.focus)),
                       self.tr("Chosen by importance: what you owe, birthdays, replies you owe, "
                               "late promises, then who drifted most"))
            for item in today.focus:
                add_row(item)
            if today.later_count > 0:
                later = QTreeWidgetItem(self.tree, [self.tr("Later (%n)", "", today.later_count)])
                later.setFirstColumnSpanned(True)
                later.setFlags(Qt.ItemFlag.NoItemFlags)
        for group in today.groups:
            rest = [i for i in group.items if (i.kind, i.ref_id, i.occurrence) not in in_focus]
            total_left = group.total - (len(group.items) - len(rest))
            if total_left <= 0:
                continue
            total = str(total_left) + ("+" if group.at_least else "")
            add_header(titles[group.bucket].replace("%1", total),
                       self.tr("Due in the next 7 days; birthdays in the next 14")
                       if group.bucket is Bucket.UPCOMING else "")
            for item in rest:
                add_row(item)
            if group.hidden > 0:
                more = QTreeWidgetItem(self.tree, [
                    self.tr("… and %n more", "", group.hidden) + ("+" if group.at_least else "")])
                more.setFirstColumnSpanned(True)
                more.setFlags(Qt.ItemFlag.NoItemFlags)
        _show_avatars(self.services, rows)
        reselect = next((row for row, item in rows if selected is not None
                         and (item.kind, item.ref_id) == (selected.kind, selected.ref_id)), None)
        self.stack.setCurrentWidget(self.tree if self.tree.topLevelItemCount() else self.empty)
        if self._reselect is not None:
            wanted, self._reselect = self._reselect, None
            reselect = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                             if (data := self.tree.topLevelItem(i).data(0, ITEM_ROLE)) is not None
                             and (data.kind, data.ref_id) == wanted), reselect)
        if reselect is None:
            reselect = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                             if self.tree.topLevelItem(i).data(0, ITEM_ROLE)), None)
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        self._update_buttons()
        self.status = self.tr("%n thing(s) due today or overdue", "", today.due_count)
        self.status_changed.emit(self.status)

    def reason(self, item: TodayItem) -> str:
        """Why the item is here, in the user's language."""
        if item.kind is ItemKind.KEEP_IN_TOUCH:
            if item.since is None:  # otherwise the Since column shows the last two-way contact
                return self.tr("Keep in touch: every %n day(s), no two-way contact yet", "",
                               item.count)
            return self.tr("Keep in touch: every %n day(s)", "", item.count)
        if item.kind is ItemKind.MY_PROMISE:
            return self.tr("I promised: %1").replace("%1", item.text)
        if item.kind is ItemKind.THEIR_PROMISE:
            if item.count > ESCALATE_AFTER_DAYS:
                return self.tr("They promised: %1 (%n day(s) late: time for a clear ask)", "",
                               item.count).replace("%1", item.text)
            return self.tr("They promised: %1 (a gentle nudge?)").replace("%1", item.text)
        if item.kind is ItemKind.REPAIR:
            return self.tr("Broken promise: %1 (apologise, give a new date)").replace("%1", item.text)
        if item.kind is ItemKind.REPLY_OWED:
            return self.tr("They wrote %n day(s) ago and I have not answered", "", item.count)
        if item.kind is ItemKind.DECISION:
            return decision_reason(item)
        if item.kind is ItemKind.BIRTHDAY:
            if item.count:
                return self.tr("Birthday: turns %1").replace("%1", str(item.count))
            return self.tr("Birthday")
        if item.kind is ItemKind.DATE:
            name = date_name(item.detail, item.text)
            if item.count:
                return self.tr("%1: %n year(s)", "", item.count).replace("%1", name)
            return name
        if item.kind is ItemKind.WAITING:
            return self.tr("Waiting for a reply: %n message(s) unanswered", "", item.count)
        if item.kind is ItemKind.STOP:
            return self.tr("%n message(s) unanswered: stop and change approach (pause, another "
                           "channel, a kind check-in)", "", item.count)
        return self.tr("Reminder: %1").replace("%1", item.text)

    def current_contact_id(self) -> int | None:
        """The selected row's contact (Ctrl+L and the other main-window actions ask)."""
        item = self.current_item()
        return item.contact_id if item is not None else None

    def current_item(self) -> TodayItem | None:
        row = self.tree.currentItem()
        return row.data(0, ITEM_ROLE) if row is not None else None

    def select(self, kind: ItemKind, ref_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i).data(0, ITEM_ROLE)
            if item is not None and (item.kind, item.ref_id) == (kind, ref_id):
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return True
        return False

    def _update_buttons(self) -> None:
        item = self.current_item()
        for button in (self.done_button, self.snooze_button, self.log_button, self.open_button,
                       self.draft_button):
            button.setEnabled(item is not None)
        has_contact = item is not None and item.contact_id is not None
        for button in (self.log_button, self.open_button, self.draft_button):
            button.setEnabled(has_contact)

    # --- actions ------------------------------------------------------------------------
    def done(self) -> None:
        item = self.current_item()
        if item is None:
            return
        undo.today_done(self.navigator, self.services, item,
                        after_undo=lambda: self._bring_back(item))

    def _bring_back(self, item: TodayItem) -> None:
        """After Ctrl+Z: select the row that came back (now, or at the next refresh)."""
        if not self.select(item.kind, item.ref_id):
            self._reselect = (item.kind, item.ref_id)

    def spread_backlog(self) -> None:
        spread = undo.spread_backlog(self.navigator, self.services)
        if spread.count:
            self.status_changed.emit(self.tr("%n keep-in-touch item(s) spread until %1", "",
                                             spread.count).replace("%1", dates.short(
                spread.last_day, local_today(self.services.clock))))
        else:
            self.status_changed.emit(self.tr("No overdue keep-in-touch to spread."))

    def snooze_days(self, days: int) -> None:
        self.snooze_until(local_today(self.services.clock) + timedelta(days=days))

    def snooze_until(self, until: date) -> None:
        item = self.current_item()
        if item is not None:
            undo.today_snooze(self.navigator, self.services, item, until,
                              after_undo=lambda: self._bring_back(item))

    def snooze_pick(self) -> None:
        today = local_today(self.services.clock)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Snooze until"))
        calendar = QCalendarWidget()
        calendar.setMinimumDate(QDate(today + timedelta(days=1)))
        calendar.setSelectedDate(QDate(today + timedelta(days=3)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.snooze_until(calendar.selectedDate().toPython())

    def log_interaction(self) -> None:
        item = self.current_item()
        if item is not None and item.contact_id is not None:
            self.navigator.log_interaction(item.contact_id)

    def row_for_log(self, contact_id: int) -> TodayItem | None:
        """The selected row, when a note was just logged for its contact: it is closed."""
        item = self.current_item()
        return item if item is not None and item.contact_id == contact_id else None

    def open_contact(self) -> None:
        item = self.current_item()
        if item is not None and item.contact_id is not None:
            self.navigator.open_contact(item.contact_id)

    def draft_message(self) -> None:
        item = self.current_item()
        if item is None or item.contact_id is None:
            return
        occasion, context = draft_occasion(item, local_today(self.services.clock))
        self.navigator.draft_message(item.contact_id, occasion, today_item=item, **context)


def draft_occasion(item: TodayItem, today: date) -> tuple[str, dict]:
    """Which draft fits the row: birthday wishes, a nudge, an apology for my late promise,
    a reconnect for keep-in-touch, a follow-up otherwise."""
    if item.kind is ItemKind.BIRTHDAY:
        return "birthday", {}
    if item.kind is ItemKind.DATE and item.detail in ("anniversary", "work_anniversary"):
        return "congratulations", {}
    if item.kind is ItemKind.STOP:  # 3 unanswered: another channel or a pause, not a 4th mail
        return "change_approach", {}
    if item.kind is ItemKind.WAITING:
        return "nudge", {}
    if item.kind is ItemKind.THEIR_PROMISE:
        return "nudge", {"promise_id": item.ref_id}
    if item.kind is ItemKind.REPAIR:
        return "apology", {"promise_id": item.ref_id}
    if item.kind is ItemKind.MY_PROMISE:
        return ("apology" if item.due < today else "follow_up"), {"promise_id": item.ref_id}
    if item.kind is ItemKind.KEEP_IN_TOUCH:
        return "reconnect", {}
    return "follow_up", {}


def _show_avatars(services, rows) -> None:
    """Each row's contact: the photo, or the initials on their colour (one query)."""
    from PySide6.QtGui import QIcon

    from app.ui.widgets.avatars import avatar

    ids = [item.contact_id for _row, item in rows if item.contact_id is not None]
    photos = services.photos.of_contacts(ids) if ids else {}
    for row, item in rows:
        if item.contact_id is not None and item.name:
            row.setIcon(0, QIcon(avatar(item.name, photos.get(item.contact_id), 20)))
