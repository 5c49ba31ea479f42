"""The weekly review: a three-step wizard (open promises, people to reconnect with, three
questions) that ends in a journal entry, and a dialog to read past entries back."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWizard, QWizardPage,
)

from app.domain.clock import local_today
from app.domain.enums import PromiseOwner, PromiseState
from app.services import Services
from app.services.base import ValidationError
from app.services.journal import ReviewPromise
from app.ui.widgets import accessibility
from app.ui.widgets import dates, undo
from app.ui.shell.navigation import Navigator
from app.ui.today.review_steps import DatelessStep, LastWeekStep, ReviewedStep
from app.ui.widgets.wheel_guard import guard_wheel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(value, services: Services) -> str:
    return dates.weekday(value, local_today(services.clock))


class PromisesStep(QWizardPage):
    """Last week's open promises: keep, release, or agree a new date (with an apology)."""

    COL_WHO, COL_PROMISE, COL_DUE, COL_STATUS = range(4)

    def __init__(self, services: Services, navigator: Navigator, week_of, parent=None) -> None:
        super().__init__(parent)
        self.services, self.navigator = services, navigator
        self.setTitle(self.tr("Open promises"))
        self.promises, total = services.journal.open_promises(week_of)
        # Decisions are commands on the main window's one undo stack (Ctrl+Z there, or the
        # Undo button here); a review opened without a main window gets a stack of its own.
        stack = getattr(navigator, "undo_stack", None)  # the main window's, when there is one
        self.undo_stack: QUndoStack = stack if isinstance(stack, QUndoStack) else QUndoStack(self)
        if total > len(self.promises):
            intro = self.tr("%1 of %2 open promises due by the end of the week, oldest first.")
            intro = intro.replace("%1", str(len(self.promises))).replace("%2", str(total))
        else:
            intro = self.tr("%n open promise(s) due by the end of the week.", "", total)
        advice = self.tr("Keep each one, release it honestly, or agree a new date.")
        self.setSubTitle(f"{intro} {advice}")
        self.table = QTableWidget(len(self.promises), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("Promise"), self.tr("Due"), self.tr("Decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        accessibility.name(self.table, self.tr("Promises due this week"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_PROMISE, QHeaderView.ResizeMode.Stretch)
        for row, promise in enumerate(self.promises):
            owner = self.tr("I owe %1") if promise.owner == PromiseOwner.ME else self.tr("%1 owes me")
            who = QTableWidgetItem(owner.replace("%1", promise.name))
            self.table.setItem(row, self.COL_WHO, who)
            self.table.setItem(row, self.COL_PROMISE, QTableWidgetItem(promise.text))
            self.table.setItem(row, self.COL_DUE, QTableWidgetItem(_day(promise.due, services)))
            self.table.setItem(row, self.COL_STATUS, QTableWidgetItem(self.tr("Open")))
        self.table.resizeColumnToContents(self.COL_WHO)
        self.table.setColumnWidth(self.COL_STATUS, 150)
        self.keep = QPushButton(self.tr("&Kept"))
        self.release = QPushButton(self.tr("&Release"))
        self.today = local_today(services.clock)
        self.new_date = QDateEdit(QDate(self.today + timedelta(days=7)), calendarPopup=True)
        dates.setup_edit(self.new_date)
        accessibility.name(self.new_date, self.tr("New due date"))
        self.renegotiate = QPushButton(self.tr("&New date"))
        self.apology = QPushButton(self.tr("Draft an &apology…"))
        self.undo = QPushButton(self.tr("&Undo"), enabled=False)
        self._mine: list = []  # this review's commands: its Undo button takes back only those
        self.keep.clicked.connect(lambda: self._decide(PromiseState.KEPT))
        self.release.clicked.connect(lambda: self._decide(PromiseState.RELEASED))
        self.renegotiate.clicked.connect(self._reschedule)
        self.apology.clicked.connect(self._draft_apology)
        self.undo.clicked.connect(self.undo_stack.undo)
        self.undo_stack.indexChanged.connect(self._update_undo)
        buttons = QHBoxLayout()
        for widget in (self.keep, self.release, self.new_date, self.renegotiate, self.apology):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        if self.promises:
            layout.addWidget(self.table)
            layout.addLayout(buttons)
            self.table.selectRow(0)
        else:
            done = QLabel(self.tr("No open promises from this week. Nothing to decide."))
            done.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(done)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _selected(self) -> tuple[int, ReviewPromise] | None:
        rows = self.table.selectionModel().selectedRows()
        return (rows[0].row(), self.promises[rows[0].row()]) if rows else None

    def _update_buttons(self) -> None:
        selected = self._selected()
        for button in (self.keep, self.release, self.renegotiate, self.new_date):
            button.setEnabled(selected is not None)
        self.apology.setEnabled(selected is not None and selected[1].owner == PromiseOwner.ME)
        if selected is not None:
            self.new_date.setDate(QDate(max(selected[1].due, self.today) + timedelta(days=7)))

    def _decide(self, state: PromiseState) -> None:
        selected = self._selected()
        if selected is None:
            return
        row, promise = selected
        text = self.tr("Kept") if state is PromiseState.KEPT else self.tr("Released")
        self._mine.append(undo.promise_state(
            self, self.services, promise.id, state, after_undo=lambda: self._reopened(promise.id),
            text=f"{text}: {promise.text}"))
        self._update_undo()
        self.table.item(row, self.COL_STATUS).setText(text)
        self._next_row(row)

    def _reschedule(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        row, promise = selected
        due = self.new_date.date().toPython()
        status = self.tr("New date: %1").replace("%1", _day(due, self.services))
        self._mine.append(undo.reschedule_promise(
            self, self.services, promise.id, due, f"{status}: {promise.text}",
            after_undo=lambda: self._reopened(promise.id)))
        self._update_undo()
        self.table.item(row, self.COL_STATUS).setText(status)
        self._next_row(row)

    def _draft_apology(self) -> None:
        selected = self._selected()
        if selected is not None:
            promise = selected[1]
            self.navigator.draft_message(promise.contact_id, "apology", promise_id=promise.id)

    def _update_undo(self, _index=None) -> None:
        """Undo here is enabled while the stack's next undo is one of this review's."""
        try:
            index = self.undo_stack.index()
            top = self.undo_stack.command(index - 1) if index > 0 else None
            self.undo.setEnabled(any(top is command for command in self._mine))
            self.undo.setToolTip(self.undo_stack.undoText() if self.undo.isEnabled() else "")
        except RuntimeError:  # the review (and a stack of its own) is being destroyed
            pass

    def _reopened(self, promise_id: int) -> None:
        """After an undo: the row says Open again and is selected."""
        row = next(i for i, p in enumerate(self.promises) if p.id == promise_id)
        self.table.item(row, self.COL_STATUS).setText(self.tr("Open"))
        self.table.selectRow(row)

    def _next_row(self, row: int) -> None:
        if row + 1 < self.table.rowCount():
            self.table.selectRow(row + 1)


class ReconnectStep(QWizardPage):
    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.setTitle(self.tr("People to reconnect with"))
        self.setSubTitle(self.tr("Their keep-in-touch rhythm runs out by the end of next week. "
                                 "Double-click a name to open the contact."))
        self.people = QListWidget()
        accessibility.name(self.people, self.tr("People to reconnect with"))
        for person in services.dashboard.reconnect_next_week():
            if person.count:
                when = self.tr("%n day(s) past", "", person.count)  # the Dashboard's words
            else:
                when = self.tr("due %1").replace("%1", _day(person.due, services))
            item = QListWidgetItem(f"{person.name} — {when}")
            item.setData(ID_ROLE, person.contact_id)
            self.people.addItem(item)
        if not self.people.count():
            item = QListWidgetItem(self.tr("Nobody is due next week."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people.addItem(item)
        self.people.itemActivated.connect(self._open)
        QVBoxLayout(self).addWidget(self.people)

    def _open(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE):
            self.navigator.open_contact(item.data(ID_ROLE))


class QuestionsStep(QWizardPage):
    def __init__(self, services: Services, week_of, on_save=None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.week_of, self.on_save = services, week_of, on_save
        self.setTitle(self.tr("Three questions"))
        self.setSubTitle(self.tr("A few honest lines are enough. You can read them back later."))
        earlier = services.journal.for_week(week_of)
        self.helped = QPlainTextEdit(earlier.helped if earlier else "")
        self.hurt = QPlainTextEdit(earlier.hurt if earlier else "")
        self.try_next = QPlainTextEdit(earlier.try_next if earlier else "")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        for label, edit in ((self.tr("What &helped this week?"), self.helped),
                            (self.tr("What &hurt?"), self.hurt),
                            (self.tr("What will I &try next week?"), self.try_next)):
            caption = QLabel(label)
            caption.setBuddy(edit)
            edit.setTabChangesFocus(True)
            layout.addWidget(caption)
            layout.addWidget(edit)
        weekday = QLocale().dayName(services.settings.load().weekly_review_weekday + 1)
        self.remind = QCheckBox(self.tr("Remind me every %1 (the day can be changed in the "
                                        "settings)").replace("%1", weekday))
        self.remind.setChecked(True)
        layout.addWidget(self.remind)
        layout.addWidget(self.error)
        self.saved_id: int | None = None

    def validatePage(self) -> bool:
        try:
            self.saved_id = self.services.journal.save(
                self.week_of, self.helped.toPlainText(), self.hurt.toPlainText(),
                self.try_next.toPlainText())
        except ValidationError:
            self.error.setText(self.tr("Answer at least one question to save the review."))
            return False
        if self.on_save is not None:
            self.on_save()
        if self.remind.isChecked():
            self.services.journal.ensure_weekly_reminder(self.tr("Weekly review"))
        return True


class WeeklyReview(QWizard):
    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        week_of = services.journal.review_week()
        self.setWindowTitle(self.tr("Weekly review: week of %1").replace(
            "%1", dates.long(week_of, local_today(services.clock))))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setWindowModality(Qt.WindowModality.NonModal)  # contacts stay reachable
        self.services, self.week_of = services, week_of
        self.reviewed = services.journal.for_week(week_of)
        self.last_week = self.dateless = None
        if self.reviewed is not None:  # a week reviewed once is not opened again
            self.addPage(ReviewedStep(services, self.reviewed))
            self.resize(620, 320)
            return
        previous = services.journal.previous(week_of)
        if previous is not None and previous.try_next:
            self.last_week = LastWeekStep(previous)
            self.addPage(self.last_week)
        self.promises = PromisesStep(services, navigator, week_of)
        self.addPage(self.promises)
        dateless = services.promises.open_without_date()
        if dateless:
            self.dateless = DatelessStep(services, navigator, dateless)
            self.addPage(self.dateless)
        self.reconnect = ReconnectStep(services, navigator)
        self.questions = QuestionsStep(services, week_of, self._save_outcome)
        for page in (self.reconnect, self.questions):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save review"))
        undo_action = getattr(navigator, "undo_action", None)
        if isinstance(undo_action, QAction):  # the main window's Ctrl+Z works here too
            self.addAction(undo_action)
        self.resize(860, 600)
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    def _save_outcome(self) -> None:
        """Saving the review confirms the answer about last week's plan."""
        outcome = self.last_week.outcome() if self.last_week is not None else None
        if outcome is not None:
            self.services.journal.record_try_next_outcome(self.last_week.entry.week_of, outcome)


class JournalDialog(QDialog):
    """Past weekly reviews, newest first."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past reviews"))
        self.entries = services.journal.entries()
        self.weeks = QListWidget()
        accessibility.name(self.weeks, self.tr("Weeks"))
        self.text = QTextBrowser()
        for entry in self.entries:
            self.weeks.addItem(self.tr("Week of %1").replace(
                "%1", dates.long(entry.week_of, local_today(services.clock))))
        self.weeks.currentRowChanged.connect(self._show)
        splitter = QSplitter()
        splitter.addWidget(self.weeks)
        splitter.addWidget(self.text)
        splitter.setSizes([240, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        if self.entries:
            self.weeks.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("No reviews yet. The weekly review saves one here."))
        self.resize(780, 480)
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    def _show(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        parts = []
        for title, answer in ((self.tr("What helped"), entry.helped),
                              (self.tr("What hurt"), entry.hurt),
                              (self.tr("What I try next"), entry.try_next)):
            none = self.tr("(no answer)")
            body = _escape(answer) if answer else f"<i>{none}</i>"
            parts.append(f"<h3>{title}</h3><p>{body}</p>")
        self.text.setHtml("".join(parts))


def _escape(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>")
