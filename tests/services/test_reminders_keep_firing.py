"""Reminders keep firing: a snooze does not end a recurrence, a crash between claim and
show does not lose a delivery, and a time-zone change does not deliver one twice."""

import os
import time
from datetime import datetime, timedelta

import pytest
from dateutil import tz

from app.domain.clock import FixedClock
from app.services import Services
from app.storage.database import Database
from tests.conftest import BERLIN


def tick(services) -> list[str]:
    """What a scheduler does on one wake-up: claim, show, confirm every due occurrence."""
    shown = []
    for delivery in services.reminders.due_for_delivery():
        if services.reminders.claim(delivery):
            shown.append(delivery.title)
            services.reminders.confirm(delivery)
    return shown


def test_a_daily_reminder_snoozed_once_keeps_firing_every_day(services, clock):
    clock.set(datetime(2026, 11, 23, 9, 0, 30, tzinfo=BERLIN))
    reminder = services.reminders.add("Stand-up notes", datetime(2026, 11, 23, 9, 0),
                                      rrule="FREQ=DAILY")
    assert tick(services) == ["Stand-up notes"]
    services.reminders.snooze(reminder, clock.now() + timedelta(minutes=30))
    deliveries = []
    for _ in range(7 * 24 * 4):  # a simulated week, a wake-up every 15 minutes
        clock.advance(timedelta(minutes=15))
        deliveries += [(clock.now().astimezone(BERLIN), title) for title in tick(services)]
    days = [when.date() for when, _title in deliveries]
    assert days[0] == datetime(2026, 11, 23).date()  # the snoozed one, at 09:30
    assert days[1:] == [datetime(2026, 11, d).date() for d in range(24, 31)]  # then every day
    assert all(when.hour == 9 for when, _title in deliveries)


def test_a_stuck_delivered_snooze_from_before_the_fix_fires_again(services, clock, db):
    """Databases written by the old code hold a delivered snooze that never cleared."""
    from sqlalchemy import update

    from app.storage.tables import Reminder

    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    reminder = services.reminders.add("Daily", datetime(2026, 11, 23, 9, 0), rrule="FREQ=DAILY")
    snooze = datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)
    with db.write() as conn:
        conn.execute(update(Reminder).where(Reminder.id == reminder)
                     .values(snoozed_until=snooze, last_fired_at=snooze))
    assert tick(services) == []
    assert services.reminders.next_wakeup() == datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)
    clock.set(datetime(2026, 11, 24, 9, 0, 1, tzinfo=BERLIN))
    assert tick(services) == ["Daily"]


def test_an_unconfirmed_claim_is_delivered_again_after_a_restart_once(tmp_path):
    path = tmp_path / "r.db"
    clock = FixedClock(datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN), tz=BERLIN)
    db = Database.open(path)
    first = Services(db, clock)
    first.reminders.add("Call Maxi", clock.now() - timedelta(minutes=5))
    (delivery,) = first.reminders.due_for_delivery()
    assert first.reminders.claim(delivery)
    # ... and the app is killed before the message was shown: no confirm.
    assert first.reminders.due_for_delivery() == []  # not twice in the same session
    assert first.reminders.claim(delivery) is False
    assert first.reminders.next_wakeup() != clock.now()  # no busy loop on its own claim
    db.close()

    db = Database.open(path)
    second = Services(db, clock)  # the next start
    (again,) = second.reminders.due_for_delivery()
    assert again.title == "Call Maxi" and second.reminders.claim(again)
    assert second.reminders.due_for_delivery() == [] and not second.reminders.claim(again)
    second.reminders.confirm(again)
    db.close()

    db = Database.open(path)
    third = Services(db, clock)  # confirmed: never again
    assert third.reminders.due_for_delivery() == [] and not third.reminders.claim(again)
    db.close()


def test_a_failed_show_releases_the_claim_for_the_next_check(services, clock):
    services.reminders.add("Send slides", clock.now())
    (delivery,) = services.reminders.due_for_delivery()
    assert services.reminders.claim(delivery)
    services.reminders.release(delivery)
    assert services.reminders.due_for_delivery() == [delivery]
    assert tick(services) == ["Send slides"] and tick(services) == []


class SystemZoneClock(FixedClock):
    """A fake instant with the system's zone, as the app's SystemClock sees it."""

    def local_tz(self):
        return tz.tzlocal()


@pytest.fixture
def system_zone():
    saved = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_a_time_zone_change_does_not_deliver_a_daily_reminder_twice(system_zone, db):
    system_zone("Europe/Berlin")
    clock = SystemZoneClock(datetime(2026, 11, 23, 9, 0, 30, tzinfo=BERLIN))
    services = Services(db, clock)
    services.reminders.add("Morning review", datetime(2026, 11, 23, 9, 0), rrule="FREQ=DAILY")
    assert tick(services) == ["Morning review"]  # 09:00 in Berlin

    system_zone("America/New_York")  # a flight west: it is 03:00 here now
    new_york = tz.gettz("America/New_York")
    clock.set(datetime(2026, 11, 23, 9, 0, 30, tzinfo=new_york))
    assert tick(services) == []  # 09:00 on the 23rd was delivered already
    assert services.reminders.next_wakeup() == datetime(2026, 11, 24, 9, 0, tzinfo=new_york)
    clock.set(datetime(2026, 11, 24, 9, 0, 30, tzinfo=new_york))
    assert tick(services) == ["Morning review"]  # the next day at 09:00 local time
    assert tick(services) == []


def test_the_upgrade_ends_snoozes_that_were_delivered_and_left_stuck(tmp_path, clock):
    import sqlite3

    from sqlalchemy import create_engine

    from app.storage import migrate

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0003")
    engine.dispose()
    old = sqlite3.connect(path)
    old.executescript("""
        INSERT INTO reminder (id, title, due_at, rrule, snoozed_until, done, last_fired_at, created_at)
        VALUES (1, 'Daily', '2026-11-20 08:00:00.000000',
                'DTSTART:20261120T090000' || char(10) || 'RRULE:FREQ=DAILY',
                '2026-11-20 08:30:00.000000', 0, '2026-11-20 08:30:00.000000', '2026-11-01 00:00:00.000000'),
               (2, 'Once', '2026-11-20 08:00:00.000000', '', '2026-11-21 08:00:00.000000', 0,
                '2026-11-21 08:00:00.000000', '2026-11-01 00:00:00.000000'),
               (3, 'Snoozed ahead', '2026-11-20 08:00:00.000000', '', '2026-11-30 08:00:00.000000', 0,
                '2026-11-20 08:00:00.000000', '2026-11-01 00:00:00.000000');
    """)
    old.commit()
    old.close()
    db = Database.open(path, backup_dir=tmp_path / "backups")
    services = Services(db, clock)
    daily, once, ahead = (services.reminders.get(i) for i in (1, 2, 3))
    assert daily.snoozed_until is None and daily.due_at == datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    assert once.snoozed_until is None and once.due_at == datetime(2026, 11, 21, 9, 0, tzinfo=BERLIN)
    assert ahead.snoozed_until is not None  # not delivered yet: kept
    assert [d.title for d in services.reminders.due_for_delivery()] == ["Daily"]  # today's 09:00
    db.close()
