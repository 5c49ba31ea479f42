"""Create or edit a reminder: what, for whom, when, and how it repeats, with its next three
occurrences in words. The repeat choices are the ones a person says ("every 2 weeks on
Monday", "every year on 3 May"); the day of a monthly or yearly reminder is the day of its
date. Saving, and deleting, go on the main window's undo stack (Ctrl+Z)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from app.domain.recurrence import DAILY, MONTHLY, NEVER, WEEKLY, YEARLY, Recurrence
from app.services import Services
from app.services.base import NotFoundError, ValidationError
from app.ui.widgets import accessibility, dates, undo
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.wheel_guard import guard_wheel

CUSTOM = "custom"


def _t(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


# (singular, plural with %1) per frequency; QT_TRANSLATE_NOOP so that lupdate finds them
_EVERY = {
    NEVER: (QT_TRANSLATE_NOOP("Reminders", "once"), QT_TRANSLATE_NOOP("Reminders", "once")),
    DAILY: (QT_TRANSLATE_NOOP("Reminders", "every day"),
            QT_TRANSLATE_NOOP("Reminders", "every %1 days")),
    WEEKLY: (QT_TRANSLATE_NOOP("Reminders", "every week"),
             QT_TRANSLATE_NOOP("Reminders", "every %1 weeks")),
    MONTHLY: (QT_TRANSLATE_NOOP("Reminders", "every month"),
              QT_TRANSLATE_NOOP("Reminders", "every %1 months")),
    YEARLY: (QT_TRANSLATE_NOOP("Reminders", "every year"),
             QT_TRANSLATE_NOOP("Reminders", "every %1 years")),
}


def describe(recurrence: Recurrence | None, rule: str = "") -> str:
    """A rule in words: "every 2 weeks on Mon, Thu", "every month on day 3"."""
    if recurrence is None:
        return QCoreApplication.translate("Reminders", "repeats by the rule %1").replace("%1", rule)
    n = recurrence.interval
    one, many = _EVERY[recurrence.freq]
    text = _t(one) if n == 1 else _t(many).replace("%1", str(n))
    if recurrence.freq == WEEKLY and recurrence.weekdays:
        names = ", ".join(dates.day_name(d) for d in recurrence.weekdays)
        on = QCoreApplication.translate("Reminders", "%1 on %2")
        text = on.replace("%1", text).replace("%2", names)
    elif recurrence.freq == MONTHLY and recurrence.month_day:
        text = QCoreApplication.translate("Reminders", "%1 on day %2").replace("%1", text).replace(
            "%2", str(recurrence.month_day))
    elif recurrence.freq == YEARLY and recurrence.month_day and recurrence.month:
        day = dates.day_month(date(2001, recurrence.month, recurrence.month_day), date(2001, 1, 1))
        on = QCoreApplication.translate("Reminders", "%1 on %2")
        text = on.replace("%1", text).replace("%2", day)
    return text


def occurrence_text(moment: datetime, today, tz) -> str:
    """ "Mon, Dec 7, 2026, 9:00 AM" / "Mo., 7. Dez. 2026, 09:00" (local time)."""
    local = moment.astimezone(tz)
    return QCoreApplication.translate("Reminders", "%1, %2").replace(
        "%1", dates.weekday(local.date(), today)).replace("%2", dates.time_text(local))


class ReminderDialog(QDialog):
    def __init__(self, services: Services, navigator=None, contact_id: int | None = None,
                 reminder_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.reminder_id = reminder_id
        self.saved_id: int | None = None
        self._custom_rule = ""
        self.setWindowTitle(self.tr("Edit reminder") if reminder_id else self.tr("New reminder"))
        tz = self._tz = services.clock.local_tz()
        self._today = services.clock.now().astimezone(tz).date()

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Ask about the course"))
        self.contact = ContactPicker(services)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        dates.setup_edit(self.when)
        self.repeat = QComboBox()
        for freq, text in ((NEVER, self.tr("Does not repeat")), (DAILY, self.tr("Daily")),
                           (WEEKLY, self.tr("Weekly")), (MONTHLY, self.tr("Monthly")),
                           (YEARLY, self.tr("Yearly"))):
            self.repeat.addItem(text, freq)
        self.interval = QSpinBox()
        self.interval.setRange(1, 99)
        self.interval.setPrefix(self.tr("every "))
        accessibility.name(self.interval, self.tr("Repeat every"))
        self.unit = QLabel()
        self.weekdays: list[QCheckBox] = []
        days = QHBoxLayout()
        days.setContentsMargins(0, 0, 0, 0)
        for day in range(7):
            box = QCheckBox(dates.day_name(day))
            box.toggled.connect(self._update_preview)
            self.weekdays.append(box)
            days.addWidget(box)
        days.addStretch(1)
        self.days_row = QWidget()
        self.days_row.setLayout(days)
        every = QHBoxLayout()
        every.setContentsMargins(0, 0, 0, 0)
        every.addWidget(self.repeat)
        every.addWidget(self.interval)
        every.addWidget(self.unit, 1)
        self.rule_text = QLabel()  # the rule in words
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.title)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow(self.tr("&When:"), self.when)
        repeat_label = QLabel(self.tr("&Repeat:"))  # a row of a layout: no buddy by itself
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, every)
        form.addRow("", self.days_row)
        form.addRow("", self.rule_text)
        form.addRow(self.tr("Next:"), self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

        accessibility.name_from_buddies(self)  # the date edit's inner field: "When"
        self._load(contact_id, tz)
        self.repeat.currentIndexChanged.connect(self._update_preview)
        self.interval.valueChanged.connect(self._update_preview)
        self.when.dateTimeChanged.connect(self._update_preview)
        self._update_preview()
        guard_wheel(self)
        self.title.setFocus()

    # --- reading and writing the fields --------------------------------------------------
    def _load(self, contact_id: int | None, tz) -> None:
        if self.reminder_id is None:
            now = self.services.clock.now().astimezone(tz)  # the next full hour
            self.when.setDateTime(_qt(now.replace(minute=0, second=0, microsecond=0)
                                      + timedelta(hours=1)))
            recurrence, rule = Recurrence(), ""
        else:
            row = self.services.reminders.get(self.reminder_id)
            contact_id = row.contact_id
            self.title.setText(row.title)
            self.when.setDateTime(_qt(row.due_at.astimezone(tz)))
            rule = row.rrule
            recurrence = Recurrence.from_rule(rule)
        if contact_id is not None:
            name = self.services.contacts.get(contact_id)
            self.contact.set_contact(contact_id, _name(name))
        if recurrence is None:  # a rule typed elsewhere: kept as it is unless changed
            self._custom_rule = rule
            self.repeat.addItem(self.tr("Custom rule"), CUSTOM)
            self.repeat.setCurrentIndex(self.repeat.count() - 1)
            return
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(recurrence.freq)))
        self.interval.setValue(recurrence.interval)
        for day in recurrence.weekdays:
            self.weekdays[day].setChecked(True)

    def start(self) -> datetime:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                        tzinfo=self.services.clock.local_tz())

    def recurrence(self) -> Recurrence | None:
        freq = self.repeat.currentData()
        if freq == CUSTOM:
            return None
        start = self.start()
        weekdays = tuple(d for d, box in enumerate(self.weekdays) if box.isChecked())
        if freq == WEEKLY and not weekdays:
            weekdays = (start.weekday(),)
        return Recurrence(
            freq, self.interval.value(), weekdays if freq == WEEKLY else (),
            start.day if freq in (MONTHLY, YEARLY) else None,
            start.month if freq == YEARLY else None,
        )

    def rule(self) -> str:
        recurrence = self.recurrence()
        return self._custom_rule if recurrence is None else recurrence.rule()

    def _update_preview(self, *_args) -> None:
        freq = self.repeat.currentData()
        self.interval.setVisible(freq not in (NEVER, CUSTOM))
        self.unit.setText({DAILY: self.tr("day(s)"), WEEKLY: self.tr("week(s)"),
                           MONTHLY: self.tr("month(s)"), YEARLY: self.tr("year(s)")}.get(freq, ""))
        self.days_row.setVisible(freq == WEEKLY)
        recurrence = self.recurrence()
        self.rule_text.setVisible(freq != NEVER)
        self.rule_text.setText(describe(recurrence, self._custom_rule))
        try:
            moments = self.services.reminders.preview(self.start(), self.rule())
        except ValidationError:
            self.preview.setText("")
            return
        self.preview.setText(" · ".join(occurrence_text(m, self._today, self._tz) for m in moments))

    def save(self) -> None:
        title = self.title.text().strip()
        if not title:
            return self._refuse(self.tr("Say what to be reminded of."), self.title)
        try:
            contact_id = self.contact.contact_id()
        except ValueError:
            return self._refuse(self.tr("No contact is called “%1”. Pick one from the list, "
                                        "or leave the field empty.")
                                .replace("%1", self.contact.text().strip()), self.contact)
        at, rule = self.start(), self.rule()
        reminders = self.services.reminders
        try:
            if self.reminder_id is None:
                made: list[int] = []
                undo.run(self.navigator, self.tr("New reminder %1").replace("%1", title),
                         lambda: made.append(reminders.add(title, at, contact_id, rule)),
                         lambda: reminders.delete(made[-1]))
                self.saved_id = made[-1]
            else:
                before = [undo.snapshots(self.services).take("reminder", id=self.reminder_id)]
                reminder_id = self.reminder_id
                undo.run(self.navigator, self.tr("Edit reminder %1").replace("%1", title),
                         lambda: reminders.update(reminder_id, title, at, contact_id, rule),
                         undo.restore(self.services, before))
                self.saved_id = reminder_id
        except (ValidationError, NotFoundError) as error:
            return self._refuse(self.tr("Not saved: %1").replace("%1", str(error)), self.when)
        self.accept()

    def _refuse(self, text: str, widget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()


def delete_reminder(navigator, services: Services, reminder_id: int, title: str) -> None:
    """Delete now; Ctrl+Z puts the exact row back (same id, timing and delivery marks)."""
    before = [undo.snapshots(services).take("reminder", id=reminder_id)]
    undo.run(navigator, QCoreApplication.translate("Undo", "Delete reminder %1").replace("%1", title),
             lambda: services.reminders.delete(reminder_id), undo.restore(services, before))


def open_reminder_dialog(parent, services: Services, navigator=None, contact_id: int | None = None,
                         reminder_id: int | None = None) -> int | None:
    dialog = ReminderDialog(services, navigator, contact_id, reminder_id, parent)
    saved = dialog.saved_id if dialog.exec() else None
    dialog.deleteLater()
    return saved


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def _name(contact) -> str:
    from app.services.contacts import display_name

    return display_name(contact.given_name, contact.family_name, contact.nickname)
