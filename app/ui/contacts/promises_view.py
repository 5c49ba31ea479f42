"""A contact's promises in both directions: open ones first, overdue in colour.

Mark kept / released / broken or reopen with the buttons (or K, R, B, O); every change is
undoable. A new promise can be added here or while logging an interaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLineEdit,
    QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.clock import local_today
from app.domain.enums import PromiseOwner, PromiseState
from app.services import Services
from app.services.base import ValidationError
from app.services.promises import PromiseRow
from app.ui.widgets import accessibility
from app.ui.widgets import dates, undo
from app.ui.widgets.wheel_guard import guard_wheel

OVERDUE = QColor("#b3261e")
ID_ROLE = Qt.ItemDataRole.UserRole + 1



def owner_names() -> dict[PromiseOwner, str]:
    return {PromiseOwner.ME: QCoreApplication.translate("PromisesView", "I promised"), PromiseOwner.THEM: QCoreApplication.translate("PromisesView", "They promised")}


def state_names() -> dict[PromiseState, str]:
    return {
        PromiseState.OPEN: QCoreApplication.translate("PromisesView", "open"), PromiseState.KEPT: QCoreApplication.translate("PromisesView", "kept"),
        PromiseState.RELEASED: QCoreApplication.translate("PromisesView", "released"), PromiseState.BROKEN: QCoreApplication.translate("PromisesView", "broken"),
    }


def short_date(day: date | None, today: date) -> str:
    return dates.short(day, today)


class PromisesView(QWidget):
    def __init__(self, services: Services, navigator=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.tree = QTreeWidget()
        accessibility.name(self.tree, QCoreApplication.translate("PromisesView", "Promises"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([QCoreApplication.translate("PromisesView", "Who"), QCoreApplication.translate("PromisesView", "Promise"), QCoreApplication.translate("PromisesView", "Due"), QCoreApplication.translate("PromisesView", "State")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(120)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        self.state_buttons: dict[PromiseState, QPushButton] = {}
        for state, text in ((PromiseState.KEPT, QCoreApplication.translate("PromisesView", "&Kept")),
                            (PromiseState.RELEASED, QCoreApplication.translate("PromisesView", "&Released")),
                            (PromiseState.BROKEN, QCoreApplication.translate("PromisesView", "&Broken")),
                            (PromiseState.OPEN, QCoreApplication.translate("PromisesView", "Re&open"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, state=state: self.set_state(state))
            self.state_buttons[state] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.owner = QComboBox()
        for owner, name in owner_names().items():
            self.owner.addItem(name, owner)
        self.text = QLineEdit(placeholderText=QCoreApplication.translate("PromisesView", "New promise, e.g. send the slides"))
        self.text.returnPressed.connect(self.add)
        accessibility.name(self.text, QCoreApplication.translate("PromisesView", "New promise"))
        accessibility.name(self.owner, QCoreApplication.translate("PromisesView", "Who promises"))
        # A promise gets a date by default so that it comes back on Today; unticking "due"
        # is the explicit "no date" (the weekly review then lists it).
        self.has_due = QCheckBox(QCoreApplication.translate("PromisesView", "due"))
        self.has_due.setChecked(True)
        self.has_due.setToolTip(QCoreApplication.translate(
            "PromisesView", "Untick for a promise without a date; the weekly review lists those"))
        self.due = QDateEdit(calendarPopup=True)
        dates.setup_edit(self.due)
        accessibility.name(self.due, QCoreApplication.translate("PromisesView", "Due date of the new promise"))
        self.has_due.toggled.connect(self.due.setEnabled)
        add = QPushButton(QCoreApplication.translate("PromisesView", "Add"))
        add.clicked.connect(self.add)
        # Two rows: in one, the German words made the contact page scroll sideways at 1024 px.
        adder = QHBoxLayout()
        adder.addWidget(self.owner)
        adder.addWidget(self.text, 1)
        when = QHBoxLayout()
        for widget in (self.has_due, self.due, add):
            when.addWidget(widget)
        when.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addLayout(adder)
        layout.addLayout(when)
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        days = self.services.settings.load().promise_default_days
        self.due.setDate(QDate(local_today(self.services.clock)).addDays(days))
        self.refresh()

    def refresh(self) -> None:
        selected = self.current_id()
        today = local_today(self.services.clock)
        self.tree.clear()
        for promise in self.services.promises.of_contact(self.contact_id):
            item = self._item(promise, today)
            self.tree.addTopLevelItem(item)
            if promise.id == selected:
                self.tree.setCurrentItem(item)
        rows = self.tree.topLevelItemCount()
        # Rows as high as the font needs (a fixed 24 px clipped larger fonts).
        row = max(self.tree.sizeHintForRow(0), self.tree.fontMetrics().height() + 8)
        header = self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(min(10 * row, header + 10 + row * max(rows, 2)))
        self._update_buttons()

    def _item(self, promise: PromiseRow, today: date) -> QTreeWidgetItem:
        due = short_date(promise.due, today)
        if promise.original_due and promise.due != promise.original_due:
            due = QCoreApplication.translate("PromisesView", "%1 (first %2)").replace("%1", due).replace("%2", short_date(promise.original_due, today))
        item = QTreeWidgetItem([owner_names()[promise.owner], promise.text, due,
                                state_names()[promise.state]])
        item.setData(0, ID_ROLE, promise.id)
        if promise.is_overdue(today):
            for column in range(4):
                item.setForeground(column, OVERDUE)
            item.setText(3, QCoreApplication.translate("PromisesView", "overdue"))
        elif promise.state is not PromiseState.OPEN:
            font = QFont(item.font(1))
            font.setStrikeOut(promise.state is not PromiseState.KEPT)
            item.setFont(1, font)
            for column in range(4):
                item.setForeground(column, self.palette().placeholderText())
        return item

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_state(self) -> PromiseState | None:
        promise_id = self.current_id()
        if promise_id is None:
            return None
        return self.services.promises.get(promise_id).state

    def _update_buttons(self) -> None:
        state = self.current_state()
        for target, button in self.state_buttons.items():
            if target is PromiseState.OPEN:
                button.setEnabled(state is not None and state is not PromiseState.OPEN)
            else:
                button.setEnabled(state is PromiseState.OPEN)

    def set_state(self, state: PromiseState) -> None:
        promise_id = self.current_id()
        if promise_id is None:
            return
        with self.services.events.operation(initiator=self):  # the notice skips this view
            undo.promise_state(self.navigator, self.services, promise_id, state)
        self.refresh()

    def add(self) -> None:
        if not self.text.text().strip() or self.contact_id is None:
            return
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        try:
            with self.services.events.operation(initiator=self):  # the notice skips this view
                self.services.promises.add(self.contact_id, self.owner.currentData(),
                                           self.text.text(), due, no_date=due is None)
        except ValidationError:
            return
        self.text.clear()
        self.refresh()
