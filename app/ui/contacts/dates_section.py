"""The contact page's "Important dates": anniversaries, work anniversaries, the day we met
and events of one's own, each with how often and when Today brings it up; add, edit and
delete (Ctrl+Z brings it back)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.clock import local_today
from app.domain.important_dates import ImportantDate
from app.services import Services
from app.ui.contacts.date_dialog import ImportantDateDialog, date_title
from app.ui.widgets import dates, undo


class DatesSection(QWidget):
    def __init__(self, services: Services, navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No anniversaries or other dates yet."))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("Add &date…"))
        self.add_button.clicked.connect(self.add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addLayout(bottom)

    def title(self) -> str:
        return self.tr("Important dates")

    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        today = local_today(self.services.clock)
        shown = self.services.dates.of_contact(contact_id)
        for value in shown:
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
            self.rows.append(row)
            self.list.addWidget(row)
        self.empty.setVisible(not shown)

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
