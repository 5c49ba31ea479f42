"""Reminders are delivered exactly once: at their time, or at the next start if missed."""

from datetime import datetime, timedelta

import pytest

from app.domain.clock import FixedClock
from app.services import Services
from app.services.base import ValidationError
from app.storage.database import Database
from tests.conftest import BERLIN


def test_a_reminder_due_while_closed_is_delivered_once_after_a_restart(tmp_path):
    path = tmp_path / "r.db"
    clock = FixedClock(datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN), tz=BERLIN)
    db = Database.open(path)
    reminder = Services(db, clock).reminders.add("Call Maxi", datetime(2026, 11, 23, 18, 0))
    db.close()  # the app is closed over night

    clock.advance(timedelta(days=1))
    db = Database.open(path)
    services = Services(db, clock)
    (delivery,) = services.reminders.due_for_delivery()
    assert (delivery.reminder_id, delivery.title) == (reminder, "Call Maxi")
    assert services.reminders.claim(delivery) is True
    assert services.reminders.claim(delivery) is False  # a second claimant gets nothing
    services.reminders.confirm(delivery)  # shown
    db.close()

    db = Database.open(path)  # and the start after that does not deliver it again
    assert Services(db, clock).reminders.due_for_delivery() == []
    db.close()


def test_snoozed_reminder_is_delivered_again_at_the_snooze_time(services, clock):
    reminder = services.reminders.add("Send slides", clock.now() - timedelta(minutes=1))
    (delivery,) = services.reminders.due_for_delivery()
    services.reminders.claim(delivery)
    services.reminders.snooze(reminder, clock.now() + timedelta(hours=1))
    assert services.reminders.due_for_delivery() == []
    assert services.reminders.next_wakeup() == clock.now() + timedelta(hours=1)
    clock.advance(timedelta(hours=1))
    (again,) = services.reminders.due_for_delivery()
    assert services.reminders.claim(again)


def test_weekly_reminder_fires_each_week_and_done_moves_it_on(services, clock):
    start = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    reminder = services.reminders.add("Weekly review", start, rrule="FREQ=WEEKLY")
    services.reminders.claim(services.reminders.due_for_delivery()[0])
    assert services.reminders.next_wakeup() == start + timedelta(days=7)
    clock.advance(timedelta(days=7))
    (second,) = services.reminders.due_for_delivery()
    assert second.occurrence == start + timedelta(days=7)
    services.reminders.done(reminder)
    row = services.reminders.get(reminder)
    assert (row.done, row.due_at, row.rrule) == (False, start + timedelta(days=14), "FREQ=WEEKLY")


def test_one_off_done_is_finished(services, clock):
    reminder = services.reminders.add("Thank Jo", clock.now())
    services.reminders.done(reminder)
    assert services.reminders.get(reminder).done
    assert services.reminders.pending() == [] and services.reminders.next_wakeup() is None


def test_bad_input_names_the_field(services, clock):
    with pytest.raises(ValidationError) as error:
        services.reminders.add("x", clock.now(), rrule="FREQ=SOMETIMES")
    assert error.value.field == "rrule"
    with pytest.raises(ValidationError) as error:
        services.reminders.add("  ", clock.now())
    assert error.value.field == "title"
