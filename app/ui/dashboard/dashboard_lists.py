"""The dashboard's "This week" and "At risk" boxes: one tree, a heading per kind, every
person clickable to their contact page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from app.services.dashboard import AtRisk, DashItem, ItemKind, ItemList, ThisWeek
from app.services.dashboard_decisions import DECISION_DUE, WAITING_ON_ME, NeedsDecision
from app.ui.widgets import dates
from app.ui.shell.navigation import Navigator

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1


class DashboardList(QGroupBox):
    def __init__(self, title: str, navigator: Navigator, parent=None) -> None:
        super().__init__(title, parent)
        self.navigator = navigator
        self.today: date | None = None  # the Clock's day, given with each list
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(240)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemClicked.connect(self._open)
        self.tree.itemActivated.connect(self._open)  # Enter on the keyboard
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def show_week(self, week: ThisWeek, today: date) -> None:
        self.today = today
        self._fill((
            (self.tr("My promises due"), week.my_promises),
            (self.tr("Their promises due"), week.their_promises),
            (self.tr("Follow-ups due"), week.follow_ups),
            (self.tr("Birthdays"), week.birthdays),
            (self.tr("Waiting for a reply"), week.unanswered),
        ), self.tr("Nothing due this week."))

    def show_risks(self, risks: AtRisk, today: date) -> None:
        self.today = today
        self._fill((
            (self.tr("Drifting past their cadence"), risks.drifting),
            (self.tr("My overdue promises"), risks.overdue_promises),
            (self.tr("3+ messages without an answer"), risks.stalled_threads),
            (self.tr("Replies I owe"), risks.replies_owed),
        ), self.tr("Nothing at risk. Well kept!"))

    def show_decisions(self, needs: NeedsDecision, today: date) -> None:
        self.today = today

        def listed(items: tuple) -> ItemList:
            return ItemList(items, len(items), needs.more)

        self._fill((
            (self.tr("Decisions to review"), listed(needs.decisions_due)),
            (self.tr("Promises waiting on my decision"), listed(needs.waiting_promises)),
        ), self.tr("No decision is waiting on you."))

    def contact_items(self) -> list[QTreeWidgetItem]:
        """The rows that lead to a contact (headings excluded)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            found.extend(heading.child(i) for i in range(heading.childCount()))
        return found

    def _fill(self, parts, empty_text: str) -> None:
        self.tree.clear()
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for title, listed in parts:
            if not listed.items:
                continue
            count = f"{listed.total}+" if listed.more else str(listed.total)
            heading = QTreeWidgetItem([f"{title} ({count})"])
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for item in listed.items:
                row = QTreeWidgetItem([item.name, self._detail(item), self._when(item)])
                row.setData(0, CONTACT_ROLE, item.contact_id)
                row.setToolTip(0, self.tr("Open %1").replace("%1", item.name))
                row.setForeground(2, muted)
                heading.addChild(row)
            heading.setExpanded(True)
        if self.tree.topLevelItemCount() == 0:
            empty = QTreeWidgetItem([empty_text])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)

    def _detail(self, item: DashItem) -> str:
        if item.kind == ItemKind.DRIFTING:
            return self.tr("%n day(s) past", "", item.count)
        if item.kind in (ItemKind.UNANSWERED, ItemKind.STALLED):
            return self.tr("%n message(s) unanswered", "", item.count)
        if item.kind == ItemKind.REPLY_OWED:
            return self.tr("they wrote %n day(s) ago", "", item.count)
        if item.kind == ItemKind.BIRTHDAY:
            return self.tr("turns %1").replace("%1", str(item.count)) if item.count else ""
        if item.kind == DECISION_DUE:
            if item.count:  # nothing decided yet
                return self.tr("Still to decide: %1").replace("%1", item.text)
            return self.tr("Review: %1").replace("%1", item.text)
        if item.kind == WAITING_ON_ME:
            return self.tr("Waits on my decision: %1").replace("%1", item.text)
        if item.kind == ItemKind.FOLLOW_UP:
            return self.tr("every %n day(s)", "", item.count) if item.count else ""
        return item.text

    def _when(self, item: DashItem) -> str:
        """With the weekday within a week of today ("Tue, Dec 1"); further off the weekday is
        noise and the date alone is shorter ("Mar 27, 2025")."""
        if item.due is not None and abs((item.due - self.today).days) <= 6:
            return dates.weekday(item.due, self.today)
        return dates.short(item.due, self.today)

    def _open(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        contact_id = row.data(0, CONTACT_ROLE)
        if contact_id:
            self.navigator.open_contact(contact_id)
