"""The contact page's "Important dates": anniversaries, work anniversaries, the day we met
and events of one's own, each with how often and when Today brings it up; add, edit and
delete (Ctrl+Z brings it back)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.clock import local_today
from app.domain.important_dates import ImportantDate
from app.services import Services
from app.ui.contacts.row_section import RowSection
from app.ui.contacts.date_dialog import ImportantDateDialog, date_title
from app.ui.widgets import dates, undo


class DatesSection(RowSection):
    def __init__(self, services: Services, navigator, parent=None) -> None:
        super().__init__(services, navigator, parent)
        self.empty.setText(self.tr("No anniversaries or other dates yet."))
        self.add_button = self.button
        self.add_button.setText(self.tr("Add &date…"))
        self.add_button.clicked.connect(self.add)

    def title(self) -> str:
        return self.tr("Important dates")

    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        today = local_today(self.services.clock)
        rows = []
        for value in self.services.dates.of_contact(contact_id):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            name = date_title(value)
            label = QLabel(f"<b>{escape(name)}</b><br>{escape(self.describe(value, today))}")
            label.setWordWrap(True)
            edit = QPushButton(self.tr("Edit…"))
            edit.setAccessibleName(self.tr("Edit %1").replace("%1", name))
            edit.clicked.connect(lambda _=False, d=value.id: self.edit(d))
            delete = QPushButton(self.tr("Delete"))
            delete.setAccessibleName(self.tr("Delete %1").replace("%1", name))
            delete.setToolTip(self.tr("Ctrl+Z brings it back"))
            delete.clicked.connect(lambda _=False, d=value.id, n=name: self.delete(d, n))
            line.addWidget(label, 1)
            line.addWidget(edit)
            line.addWidget(delete)
            row.setProperty("date_id", value.id)
            rows.append(row)
        self.show_rows(rows)

    def describe(self, value: ImportantDate, today: date) -> str:
        """"21 June 2012 · every year · Today shows it 3 days before"."""
        try:
            when = dates.day_month(date(value.year or today.year, value.month, value.day), today)
        except ValueError:  # 29 February without a year, in a common year
            when = QLocale().toString(QDate(2000, value.month, value.day), "d MMMM")
        parts = [when, self.tr("every year") if value.yearly else self.tr("once")]
        if value.alert_days:
            parts.append(self.tr("Today shows it %n day(s) before", "", value.alert_days))
        else:
            parts.append(self.tr("Today shows it on the day"))
        return " · ".join(parts)

    def add(self) -> None:
        self._open(None)

    def edit(self, date_id: int) -> None:
        self._open(date_id)

    def _open(self, date_id: int | None) -> None:
        dialog = ImportantDateDialog(self.services, self.contact_id, date_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.set_contact(self.contact_id)

    def delete(self, date_id: int, name: str) -> None:
        before = [undo.snapshots(self.services).take("important_date", id=date_id)]
        undo.run(self.navigator, self.tr("Delete date %1").replace("%1", name),
                 lambda: self.services.dates.delete(date_id), undo.restore(self.services, before))
        self.set_contact(self.contact_id)
