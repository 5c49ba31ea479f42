"""Add or edit one important date: what it is (anniversary, work anniversary, the day we
met, or an event of one's own with a label), the date (the year may be left out when it
repeats every year), every year or once, and how many days before Today shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout,
)

from app.domain.important_dates import MAX_ALERT_DAYS, DateKind, ImportantDate
from app.services import Services
from app.services.base import ValidationError
from app.ui.widgets import accessibility, dates
from app.ui.widgets.wheel_guard import guard_wheel


def kind_names() -> dict[DateKind, str]:
    return {
        DateKind.ANNIVERSARY: QCoreApplication.translate("ImportantDates", "Anniversary"),
        DateKind.WORK_ANNIVERSARY: QCoreApplication.translate("ImportantDates", "Work anniversary"),
        DateKind.MET: QCoreApplication.translate("ImportantDates", "Day we met"),
        DateKind.CUSTOM: QCoreApplication.translate("ImportantDates", "Own event"),
    }


def date_title(value) -> str:
    """What the date is called: its label, else the kind's name."""
    return date_name(value.kind, value.label)


def date_name(kind: str, label: str) -> str:
    """A date's label, else its kind's name (Today's rows hold kind and label as text)."""
    return label or kind_names()[DateKind(kind)]


class ImportantDateDialog(QDialog):
    def __init__(self, services: Services, contact_id: int, date_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.date_id = date_id
        self.setWindowTitle(self.tr("Edit date") if date_id else self.tr("Add date"))
        self.setMinimumWidth(440)
        self.kind = QComboBox()
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind)
        self.label = QLineEdit(placeholderText=self.tr("e.g. Wedding, Company founded"))
        self.when = QLineEdit(placeholderText=self.tr("e.g. %1 or %2").replace(
            "%1", dates.example()).replace("%2", dates.example(with_year=False)))
        self.yearly = QCheckBox(self.tr("Every &year"))
        self.yearly.setChecked(True)
        self.alert = QSpinBox()
        self.alert.setRange(0, MAX_ALERT_DAYS)
        self.alert.setSpecialValueText(self.tr("On the day"))
        self.alert.valueChanged.connect(self._suffix)
        self._suffix(0)
        self.alert.setToolTip(self.tr("Today shows the date from this many days before it"))
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Date:"), self.when)
        form.addRow("", self.yearly)
        form.addRow(self.tr("&Alert:"), self.alert)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if date_id is not None:
            self._load(services.dates.get(date_id))
        accessibility.name_from_buddies(self)
        accessibility.name(self.yearly, self.tr("Every year"))
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        guard_wheel(self)

    def _suffix(self, days: int) -> None:
        self.alert.setSuffix(" " + self.tr("day(s) before", "", max(days, 1)))

    def _load(self, value: ImportantDate) -> None:
        from app.domain.birthdays import Birthday

        self.kind.setCurrentIndex(self.kind.findData(value.kind))
        self.label.setText(value.label)
        self.when.setText(dates.birthday_text(Birthday(value.month, value.day, value.year)))
        self.yearly.setChecked(value.yearly)
        self.alert.setValue(value.alert_days)

    def value(self) -> ImportantDate:
        """What the fields say; ValueError with a message for the user."""
        try:
            day = dates.parse_birthday(self.when.text())
        except ValueError:
            day = None
        if day is None:
            raise ValueError(self.tr("Type the date like %1 (or %2 without the year).")
                             .replace("%1", dates.example())
                             .replace("%2", dates.example(with_year=False)))
        kind = DateKind(self.kind.currentData())
        if kind is DateKind.CUSTOM and not self.label.text().strip():
            raise ValueError(self.tr("An event of your own needs a label."))
        if not self.yearly.isChecked() and not day.year:
            raise ValueError(self.tr("A date that happens once needs its year."))
        return ImportantDate(kind, day.month, day.day, day.year, self.yearly.isChecked(),
                             self.label.text().strip(), self.alert.value())

    def accept(self) -> None:
        try:
            value = self.value()
            if self.date_id is None:
                self.date_id = self.services.dates.add(self.contact_id, value)
            else:
                self.services.dates.edit(self.date_id, value)
        except (ValueError, ValidationError) as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
