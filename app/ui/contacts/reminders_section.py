"""The contact page's "Reminders": this contact's pending reminders, each with when it is
next due and how it repeats, to edit or delete (Ctrl+Z brings it back), and a button for a
new one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.recurrence import Recurrence
from app.services import Services
from app.ui.contacts.row_section import RowSection
from app.ui.contacts.reminder_dialog import delete_reminder, describe, occurrence_text, open_reminder_dialog


class RemindersSection(RowSection):
    def __init__(self, services: Services, navigator, parent=None) -> None:
        super().__init__(services, navigator, parent)
        self.empty.setText(self.tr("No reminders for this contact."))
        self.new_button = self.button
        self.new_button.setText(self.tr("&New reminder…"))
        self.new_button.clicked.connect(self.new_reminder)

    def title(self) -> str:
        return self.tr("Reminders")

    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        tz = self.services.clock.local_tz()
        today = self.services.clock.now().astimezone(tz).date()
        pending = [r for r in self.services.reminders.of_contact(contact_id) if not r.done]
        rows = []
        for reminder in pending:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            when = occurrence_text(reminder.due_at, today, tz)
            if reminder.rrule:
                when += " · " + describe(Recurrence.from_rule(reminder.rrule), reminder.rrule)
            label = QLabel(f"<b>{_escape(reminder.title)}</b><br>{_escape(when)}")
            label.setWordWrap(True)
            edit = QPushButton(self.tr("Edit…"))
            edit.setAccessibleName(self.tr("Edit %1").replace("%1", reminder.title))
            edit.clicked.connect(lambda _=False, r=reminder.id: self.edit(r))
            delete = QPushButton(self.tr("Delete"))
            delete.setAccessibleName(self.tr("Delete %1").replace("%1", reminder.title))
            delete.setToolTip(self.tr("Ctrl+Z brings it back"))
            delete.clicked.connect(lambda _=False, r=reminder: self.delete(r.id, r.title))
            line.addWidget(label, 1)
            line.addWidget(edit)
            line.addWidget(delete)
            row.setProperty("reminder_id", reminder.id)
            rows.append(row)
        self.show_rows(rows)

    def new_reminder(self) -> None:
        open_reminder_dialog(self, self.services, self.navigator, contact_id=self.contact_id)
        self.set_contact(self.contact_id)

    def edit(self, reminder_id: int) -> None:
        open_reminder_dialog(self, self.services, self.navigator, reminder_id=reminder_id)
        self.set_contact(self.contact_id)

    def delete(self, reminder_id: int, title: str) -> None:
        delete_reminder(self.navigator, self.services, reminder_id, title)
        self.set_contact(self.contact_id)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
