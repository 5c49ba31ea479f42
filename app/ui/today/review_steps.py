"""More steps of the weekly review: last week's plan (did it happen?), the open promises
without a date (none stays talk), and the page shown when the week is already reviewed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizardPage,
)

from app.domain.clock import local_today
from app.domain.enums import PromiseOwner, PromiseState
from app.services import Services
from app.services.contacts import display_name
from app.services.journal import JournalRow
from app.ui.widgets import dates, undo
from app.ui.shell.navigation import Navigator


class LastWeekStep(QWizardPage):
    """Opens the review with last week's "what will I try next" and asks whether it
    happened; the answer is saved with the review (saving confirms)."""

    def __init__(self, entry: JournalRow, parent=None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setTitle(self.tr("Last week's plan"))
        self.setSubTitle(self.tr("Last week you wrote what you would try next. Did it happen?"))
        plan = QLabel(entry.try_next)
        plan.setWordWrap(True)
        plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = plan.font()
        font.setItalic(True)
        plan.setFont(font)
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(plan)
        for key, label in (("yes", self.tr("&Yes, it happened")), ("partly", self.tr("&Partly")),
                           ("no", self.tr("&No, not this time"))):
            button = QRadioButton(label)
            self.buttons[key] = button
            self.choices.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)

    def outcome(self) -> str | None:
        return next((key for key, button in self.buttons.items() if button.isChecked()), None)


class DatelessStep(QWizardPage):
    """Every open promise without a date: give it one, or release it honestly."""

    COL_WHO, COL_PROMISE, COL_STATUS = range(3)

    def __init__(self, services: Services, navigator: Navigator, promises, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.promises = promises
        self.setTitle(self.tr("Promises without a date"))
        self.setSubTitle(self.tr("%n open promise(s) have no date, so nothing reminds you of "
                                 "them. Give each a date, or release it.", "", len(promises)))
        self.undo_stack: QUndoStack = getattr(navigator, "undo_stack", None) or QUndoStack(self)
        self.table = QTableWidget(len(promises), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Promise"), self.tr("Decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_PROMISE, QHeaderView.ResizeMode.Stretch)
        names: dict[int, str] = {}
        for row, promise in enumerate(promises):
            if promise.contact_id not in names:
                c = services.contacts.get(promise.contact_id)
                names[promise.contact_id] = display_name(c.given_name, c.family_name, c.nickname)
            owner = self.tr("I owe %1") if promise.owner == PromiseOwner.ME else self.tr("%1 owes me")
            self.table.setItem(row, self.COL_WHO,
                               QTableWidgetItem(owner.replace("%1", names[promise.contact_id])))
            self.table.setItem(row, self.COL_PROMISE, QTableWidgetItem(promise.text))
            self.table.setItem(row, self.COL_STATUS, QTableWidgetItem(self.tr("No date")))
        self.table.resizeColumnToContents(self.COL_WHO)
        self.table.setColumnWidth(self.COL_STATUS, 150)
        today = local_today(services.clock)
        self.new_date = QDateEdit(QDate(today + timedelta(days=7)), calendarPopup=True)
        dates.setup_edit(self.new_date)
        self.new_date.setMinimumDate(QDate(today))
        self.set_date = QPushButton(self.tr("&Give this date"))
        self.release = QPushButton(self.tr("&Release"))
        self.undo = QPushButton(self.tr("&Undo"), enabled=False)
        self._mine: list = []
        self.set_date.clicked.connect(self._give_date)
        self.release.clicked.connect(self._release)
        self.undo.clicked.connect(self.undo_stack.undo)
        self.undo_stack.indexChanged.connect(self._update_undo)
        buttons = QHBoxLayout()
        for widget in (self.new_date, self.set_date, self.release):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        if promises:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return (rows[0].row(), self.promises[rows[0].row()]) if rows else None

    def _update_buttons(self) -> None:
        for widget in (self.set_date, self.release, self.new_date):
            widget.setEnabled(self._selected() is not None)

    def _give_date(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        row, promise = selected
        due = self.new_date.date().toPython()
        status = self.tr("Due %1").replace("%1", dates.short(due, local_today(self.services.clock)))
        self._mine.append(undo.reschedule_promise(
            self, self.services, promise.id, due, f"{status}: {promise.text}",
            after_undo=lambda: self._reopened(promise.id)))
        self._decided(row, status)

    def _release(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        row, promise = selected
        text = self.tr("Released")
        self._mine.append(undo.promise_state(
            self, self.services, promise.id, PromiseState.RELEASED,
            after_undo=lambda: self._reopened(promise.id), text=f"{text}: {promise.text}"))
        self._decided(row, text)

    def _decided(self, row: int, status: str) -> None:
        self._update_undo()
        self.table.item(row, self.COL_STATUS).setText(status)
        if row + 1 < self.table.rowCount():
            self.table.selectRow(row + 1)

    def _update_undo(self, _index=None) -> None:
        try:
            index = self.undo_stack.index()
            top = self.undo_stack.command(index - 1) if index > 0 else None
            self.undo.setEnabled(any(top is command for command in self._mine))
        except RuntimeError:  # the review is being destroyed
            pass

    def _reopened(self, promise_id: int) -> None:
        row = next(i for i, p in enumerate(self.promises) if p.id == promise_id)
        self.table.item(row, self.COL_STATUS).setText(self.tr("No date"))
        self.table.selectRow(row)


class ReviewedStep(QWizardPage):
    """The week is already reviewed: say so instead of opening it again."""

    def __init__(self, services: Services, entry: JournalRow, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This week is already reviewed"))
        today = local_today(services.clock)
        saved = entry.created_at.astimezone(services.clock.local_tz()).date()
        label = QLabel(self.tr("You reviewed the week of %1 on %2. Read it again under "
                               "Dashboard → Past reviews; the next review opens next week.")
                       .replace("%1", dates.long(entry.week_of, today))
                       .replace("%2", dates.long(saved, today)))
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)
