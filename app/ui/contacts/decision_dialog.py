"""Record or edit a decision note from the contact's notes: why it came up, what was decided
(empty while still open), whose decision it is, the day to look at it again (it then shows
on Today) and, optionally, the promise it is about. Saving is one undoable step."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.clock import local_today
from app.domain.enums import PromiseOwner, PromiseState
from app.services import Services
from app.services.base import ValidationError
from app.ui.widgets import accessibility, dates, undo
from app.ui.widgets.wheel_guard import guard_wheel

REVIEW_AFTER_DAYS = 14  # a new decision is looked at again in two weeks, unless changed


class DecisionDialog(QDialog):
    def __init__(self, services: Services, contact_id: int, decision_id: int | None = None,
                 navigator=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id = contact_id
        self.decision_id = decision_id
        old = services.decisions.get(decision_id) if decision_id is not None else None
        self.setWindowTitle(self.tr("Edit decision") if old else self.tr("Record a decision"))
        self.setMinimumWidth(520)

        self.context = QPlainTextEdit()
        self.context.setPlaceholderText(self.tr("Why it came up, what was on the table"))
        self.context.setTabChangesFocus(True)
        self.context.setMaximumHeight(90)
        self.decided = QPlainTextEdit()
        self.decided.setPlaceholderText(self.tr("Leave empty while it is still to decide"))
        self.decided.setTabChangesFocus(True)
        self.decided.setMaximumHeight(70)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("I decide"), PromiseOwner.ME)
        self.owner.addItem(self.tr("They decide"), PromiseOwner.THEM)
        today = local_today(services.clock)
        self.review_on = QDateEdit(QDate(today + timedelta(days=REVIEW_AFTER_DAYS)),
                                   calendarPopup=True)
        dates.setup_edit(self.review_on)
        self.promise = QComboBox()
        self.promise.addItem(self.tr("(none)"), None)
        for row in services.promises.of_contact(contact_id):
            if row.state is PromiseState.OPEN or (old and row.id == old.promise_id):
                self.promise.addItem(row.text, row.id)
        self.promise.setToolTip(self.tr(
            "A promise that waits on this decision: while a decision of yours is still open, "
            "the Dashboard lists the promise under “Needs a decision”."))
        form = QFormLayout()
        form.addRow(self.tr("&Context:"), self.context)
        form.addRow(self.tr("&Decided:"), self.decided)
        form.addRow(self.tr("&Whose decision:"), self.owner)
        form.addRow(self.tr("&Review on:"), self.review_on)
        form.addRow(self.tr("About a &promise:"), self.promise)
        hint = QLabel(self.tr("On the review day it shows on Today."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if old is not None:
            self.context.setPlainText(old.context)
            self.decided.setPlainText(old.decided)
            self.owner.setCurrentIndex(self.owner.findData(old.owner))
            self.review_on.setDate(QDate(old.review_on))
            self.promise.setCurrentIndex(max(self.promise.findData(old.promise_id), 0))
        accessibility.name(self.context, self.tr("Context"))
        accessibility.name(self.decided, self.tr("What was decided"))
        accessibility.name(self.owner, self.tr("Whose decision"))
        accessibility.name(self.review_on, self.tr("Review date"))
        accessibility.name(self.promise, self.tr("Promise it is about"))
        self.context.setFocus()
        guard_wheel(self)

    def accept(self) -> None:
        values = (self.owner.currentData(), self.context.toPlainText(),
                  self.decided.toPlainText(), self.review_on.date().toPython(),
                  self.promise.currentData())
        try:
            self.decision_id = undo.save_decision(self.navigator, self.services, self.contact_id,
                                                  self.decision_id, *values)
        except ValidationError as error:
            self.error.setText(self._message(error))
            self.error.show()
            return
        super().accept()

    def _message(self, error: ValidationError) -> str:
        if error.field == "decided":
            return self.tr("Write what was decided, or what is still to decide.")
        if error.field == "promise":
            return self.tr("That promise is no longer there; choose another.")
        return str(error)


def open_decision_dialog(parent, services: Services, navigator, contact_id: int | None,
                         decision_id: int | None = None) -> int | None:
    """Show the dialog; the saved decision's id, or None when cancelled."""
    if contact_id is None:
        return None
    dialog = DecisionDialog(services, contact_id, decision_id, navigator, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.decision_id
    return None
