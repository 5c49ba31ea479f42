"""Reminders from the screens (issue 18): create, edit, delete and undo on the contact page,
and a new one from Today, driven by keys and clicks on the real widgets."""

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from sqlalchemy import select

from app.storage.tables import Reminder
from app.ui.contacts.reminder_dialog import ReminderDialog
from app.ui.widgets.wheel_guard import is_guarded
from tests.conftest import BERLIN
from tests.ui.modal import check, when_modal
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def row_of(services, reminder_id) -> dict:
    with services.db.read() as conn:
        return dict(conn.execute(select(Reminder).where(Reminder.id == reminder_id)).mappings().one())


def type_start(qtbot, dialog, text: str) -> None:
    """Select the date-time field's text and type a new one, as a person would."""
    dialog.when.setFocus()
    qtbot.keyClick(dialog.when, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.when, text)
    assert dialog.when.text() == text


def fill_every_two_weeks_on_monday(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.title, "Ask about the course")
    moment = QDateTime(QDate(2026, 12, 3), QTime(9, 0))
    type_start(qtbot, dialog, QLocale().toString(moment, dialog.when.displayFormat()))
    dialog.repeat.setFocus()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # Daily
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # Weekly
    dialog.interval.setFocus()
    qtbot.keyClick(dialog.interval, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.interval, "2")
    qtbot.mouseClick(dialog.weekdays[0], Qt.MouseButton.LeftButton)  # Monday


def test_create_edit_delete_and_undo_a_recurring_reminder_on_the_contact_page(
        qtbot, services, person, clock):
    window, page = contacts_window(qtbot, services)
    window.open_contact(person)
    section = next(s for s in page.contact_page.sections if s.title() == "Reminders")
    assert section.empty.isVisible() or not section.rows
    seen = {}

    def create(dialog):
        assert isinstance(dialog, ReminderDialog) and dialog.contact.text() == "Maxi Müller"
        fill_every_two_weeks_on_monday(qtbot, dialog)
        seen["rule"] = dialog.rule_text.text()
        seen["preview"] = dialog.preview.text()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, create)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    check(done)
    assert seen["rule"] == "every 2 weeks on Mon"
    # entered on Thursday 3 Dec: the first Monday, then every second one
    # (the tests' C locale writes ISO dates; tests/ui/test_dates.py covers the others)
    assert seen["preview"] == ("Mon 2026-12-07, 09:00 · Mon 2026-12-21, 09:00 · "
                               "Mon 2027-01-04, 09:00")
    (reminder,) = services.reminders.of_contact(person)
    assert (reminder.title, reminder.rrule) == ("Ask about the course", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")
    assert reminder.due_at == datetime(2026, 12, 7, 9, 0, tzinfo=BERLIN)
    assert len(section.rows) == 1

    # It fires once per occurrence.
    fired = []
    for day in (7, 14, 21, 22):
        clock.set(datetime(2026, 12, day, 9, 1, tzinfo=BERLIN))
        for delivery in services.reminders.due_for_delivery():
            if services.reminders.claim(delivery):
                services.reminders.confirm(delivery)
                fired.append(delivery.occurrence.astimezone(BERLIN).day)
    assert fired == [7, 21]

    # Edit: monthly now, on the day of its date (the one due now, 21 December, not done yet).
    def edit(dialog):
        assert dialog.title.text() == "Ask about the course" and dialog.repeat.currentText() == "Weekly"
        assert dialog.weekdays[0].isChecked() and dialog.interval.value() == 2
        dialog.repeat.setFocus()
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # Monthly
        dialog.interval.setFocus()
        qtbot.keyClick(dialog.interval, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.interval, "1")
        seen["rule"] = dialog.rule_text.text()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    done = when_modal(qtbot, edit)
    edit_button = next(b for b in section.rows[0].findChildren(QPushButton) if b.text() == "Edit…")
    qtbot.mouseClick(edit_button, Qt.MouseButton.LeftButton)
    check(done)
    assert seen["rule"] == "every month on day 21"
    assert services.reminders.get(reminder.id).rrule == "FREQ=MONTHLY;BYMONTHDAY=21"

    # Delete, then Ctrl+Z: the exact row is back.
    before = row_of(services, reminder.id)
    delete = next(b for b in section.rows[0].findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert services.reminders.of_contact(person) == []
    qtbot.waitUntil(lambda: not section.rows and section.empty.isVisibleTo(section))
    assert window.undo_stack.undoText() == "Delete reminder Ask about the course"
    window.activateWindow()  # the window manager's part after a dialog closes (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert row_of(services, reminder.id) == before
    qtbot.waitUntil(lambda: len(section.rows) == 1)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)  # and the edit
    assert services.reminders.get(reminder.id).rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"


def test_new_reminder_from_today_for_the_selected_contact_or_anyone(qtbot, services, person):
    window, _page = contacts_window(qtbot, services)
    window.show_page("today")
    today = window.pages["today"]
    today.tree.setCurrentItem(None)

    def create(dialog):
        assert dialog.contact.text() == ""
        qtbot.keyClicks(dialog.title, "Renew the membership")
        dialog.repeat.setFocus()
        for _ in range(4):
            qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # Yearly
        assert dialog.rule_text.text() == "every year on 2001-11-23"
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    done = when_modal(qtbot, create)
    button = today.toolbar.widgetForAction(today.new_reminder_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    check(done)
    (reminder,) = services.reminders.pending()
    assert (reminder.title, reminder.contact_id) == ("Renew the membership", None)
    assert reminder.rrule == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=23"
    assert reminder.due_at == datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)  # the next full hour


def test_a_contact_typed_in_is_found_and_a_wrong_one_is_refused(qtbot, services, person):
    dialog = ReminderDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Call")
    qtbot.keyClicks(dialog.contact, "Nobody Here")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Nobody Here" in dialog.error.text()
    assert services.reminders.pending() == []
    dialog.contact.clear()
    qtbot.keyClicks(dialog.contact, "Maxi")
    popup = dialog.contact.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(first).center())
    assert dialog.contact.text() == "Maxi Müller"
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert services.reminders.pending()[0].contact_id == person


def test_the_wheel_does_not_change_repeat_or_interval_without_focus(qtbot, services):
    dialog = ReminderDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setFocus()
    for widget in (dialog.repeat, dialog.interval, dialog.when):
        assert is_guarded(widget)
    before = (dialog.repeat.currentIndex(), dialog.interval.value())
    for widget in (dialog.repeat, dialog.interval):
        event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)
    assert (dialog.repeat.currentIndex(), dialog.interval.value()) == before
