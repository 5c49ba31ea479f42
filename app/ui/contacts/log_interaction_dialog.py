"""Ctrl+L: log an interaction quickly, with any promises made in it, in one save.

Date and time default to now; channel and direction to the last ones used. Without a
contact, the dialog first asks for one (type a few letters of a name). "Also with" adds
further people (a meeting or event with several: one interaction on each one's timeline).
Promises go in rows below ("I'll send the slides by Friday"); empty rows are ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from app.domain.clock import local_today
from app.domain.enums import Channel, Direction, PromiseOwner
from app.services import Services
from app.services.base import ValidationError
from app.services.contact_list import ListFilter
from app.services.interactions import NewPromise
from app.ui.widgets import accessibility
from app.ui.widgets import dates
from app.ui.contacts.promises_view import owner_names
from app.ui.contacts.timeline import channel_icon, channel_names, direction_names
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.wheel_guard import guard_wheel

_last_choice = {"channel": Channel.EMAIL, "direction": Direction.OUTBOUND}
TWO_WAY_CHANNELS = (Channel.MEETING, Channel.PHONE, Channel.EVENT)  # met, talked: both ways


class PromiseRowEditor(QWidget):
    def __init__(self, default_due: QDate, parent=None) -> None:
        super().__init__(parent)
        self.owner = QComboBox()
        for owner, name in owner_names().items():
            self.owner.addItem(name, owner)
        self.text = QLineEdit(placeholderText=self.tr("e.g. send the slides"))
        self.has_due = QCheckBox(self.tr("by"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(default_due, calendarPopup=True)
        dates.setup_edit(self.due)
        self.has_due.toggled.connect(self.due.setEnabled)
        accessibility.name(self.owner, self.tr("Who promises"))
        accessibility.name(self.text, self.tr("Promise"))
        accessibility.name(self.due, self.tr("Promise due date"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.owner, self.text, self.has_due, self.due)):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(1, 1)

    def value(self) -> NewPromise | None:
        text = self.text.text().strip()
        if not text:
            return None
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return NewPromise(PromiseOwner(self.owner.currentData()), text, due, no_date=due is None)


class LogInteractionDialog(QDialog):
    def __init__(self, services: Services, contact_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.interaction_id: int | None = None
        self.setWindowTitle(self.tr("Log interaction"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.contact_search = QLineEdit(placeholderText=self.tr("Type a name…"))
        self.contact_list = QListWidget()
        self.contact_list.setMaximumHeight(120)
        self.contact_search.textChanged.connect(self._find_contacts)
        self.contact_search.returnPressed.connect(lambda: self.contact_list.setFocus())
        self.contact_label = QLabel()
        if contact_id is None:
            form.addRow(self.tr("&Contact:"), self.contact_search)
            form.addRow("", self.contact_list)
        else:
            self.contact_label.setText(self._name(contact_id))
            form.addRow(self.tr("Contact:"), self.contact_label)
        self.others = QListWidget()
        self.others.setMaximumHeight(64)
        self.others.hide()
        accessibility.name(self.others, self.tr("Also there"))
        self.others_picker = ContactPicker(services)
        self.others_picker.setPlaceholderText(self.tr("Add someone else who was there"))
        self.others_picker.picked.connect(self.add_other)
        self.remove_other = QPushButton(self.tr("Remove"))
        self.remove_other.setAccessibleName(self.tr("Remove from the people there"))
        self.remove_other.clicked.connect(self._remove_other)
        self.remove_other.hide()
        form.addRow(self.tr("Also &with:"), self.others_picker)
        others_row = QHBoxLayout()
        others_row.addWidget(self.others, 1)
        others_row.addWidget(self.remove_other, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", others_row)
        # The clock's local time as a wall-clock value; read back as naive and made aware
        # in the clock's zone on save.
        now = services.clock.now().astimezone(services.clock.local_tz()).replace(tzinfo=None)
        self.when = QDateTimeEdit(QDateTime(now.date(), now.time().replace(microsecond=0)),
                                  calendarPopup=True)
        dates.setup_edit(self.when)
        self.channel = QComboBox()
        for channel, name in channel_names().items():
            self.channel.addItem(channel_icon(channel), name, channel)
        self.channel.setCurrentIndex(self.channel.findData(_last_choice["channel"]))
        self.direction = QComboBox()
        for direction, name in direction_names().items():
            self.direction.addItem(name, direction)
        self.direction.setCurrentIndex(self.direction.findData(_last_choice["direction"]))
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.summary = QLineEdit(placeholderText=self.tr("What was it about, in a line"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything worth remembering"))
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.promise_rows: list[PromiseRowEditor] = []
        self.promise_box = QVBoxLayout()
        add_promise = QPushButton(self.tr("Add &promise"))
        add_promise.clicked.connect(self.add_promise_row)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Promises made:")))
        layout.addLayout(self.promise_box)
        layout.addWidget(add_promise, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_promise_row()
        (self.contact_search if contact_id is None else self.summary).setFocus()
        accessibility.name_from_buddies(self)
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    def _name(self, contact_id: int) -> str:
        contact = self.services.contacts.get(contact_id)
        return " ".join(p for p in (contact.given_name, contact.family_name) if p) or contact.nickname

    def _find_contacts(self, text: str) -> None:
        self.contact_list.clear()
        if not text.strip():
            return
        for row in self.services.contacts.page(ListFilter(text=text), limit=8):
            label = f"{row.name} — {row.company}" if row.company else row.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.contact_list.addItem(item)
        self.contact_list.setCurrentRow(0)

    def add_other(self, contact_id: int) -> None:
        """Someone else who was there (the contact picker's choice)."""
        if contact_id != self.contact_id and contact_id not in self.other_ids():
            item = QListWidgetItem(self._name(contact_id))
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.others.addItem(item)
            self.others.setCurrentItem(item)
        self.others_picker.clear()
        self.others.setVisible(self.others.count() > 0)
        self.remove_other.setVisible(self.others.count() > 0)

    def _remove_other(self) -> None:
        row = self.others.currentRow()
        if row >= 0:
            self.others.takeItem(row)
        self.others.setVisible(self.others.count() > 0)
        self.remove_other.setVisible(self.others.count() > 0)

    def other_ids(self) -> list[int]:
        return [self.others.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.others.count())]

    def add_promise_row(self) -> PromiseRowEditor:
        days = self.services.settings.load().promise_default_days
        due = QDate(local_today(self.services.clock)).addDays(days)
        row = guard_wheel(PromiseRowEditor(due, self))
        self.promise_rows.append(row)
        self.promise_box.addWidget(row)
        return row

    def accept(self) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            item = self.contact_list.currentItem()
            contact_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if contact_id is None:
            self._fail(self.tr("Choose whom you spoke with: type a name and pick them."))
            return
        promises = [p for p in (row.value() for row in self.promise_rows) if p is not None]
        when = self.when.dateTime().toPython()
        if when.tzinfo is None:
            when = when.replace(tzinfo=self.services.clock.local_tz())
        try:
            self.interaction_id = self.services.interactions.log(
                contact_id, self.channel.currentData(), self.direction.currentData(),
                summary=self.summary.text(), notes=self.notes.toPlainText(),
                occurred_at=when, promises=promises,
                with_contacts=[c for c in self.other_ids() if c != contact_id],
            )
        except ValidationError as error:
            self._fail(str(error))
            return
        self.contact_id = contact_id
        _last_choice.update(channel=self.channel.currentData(), direction=self.direction.currentData())
        super().accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _channel_changed(self) -> None:
        """A meeting, a call or an event is two-way: "We met / talked" (choosing Meeting left
        "I wrote", and the meeting did not count as contact). Back to writing: "I wrote"."""
        channel = self.channel.currentData()
        direction = self.direction.currentData()
        if channel in TWO_WAY_CHANNELS and direction != Direction.MUTUAL:
            self.direction.setCurrentIndex(self.direction.findData(Direction.MUTUAL))
        elif channel not in TWO_WAY_CHANNELS and direction == Direction.MUTUAL:
            self.direction.setCurrentIndex(self.direction.findData(Direction.OUTBOUND))
