from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.services.base import ValidationError
from app.services.reminders import RemindersService

BERLIN = ZoneInfo("Europe/Berlin")


def test_save_and_read_back_newest_week_first(services, clock):
    seen = []
    services.events.subscribe(seen.append)
    first = services.journal.save(date(2026, 11, 11), "Kaffee mit Maxi", "Zu viele Mails", "Anrufen")
    services.journal.save(date(2026, 11, 18), "Pünktlich geliefert", "", "")
    entries = services.journal.entries()
    assert [e.week_of for e in entries] == [date(2026, 11, 16), date(2026, 11, 9)], "Mondays"
    assert (entries[1].id, entries[1].helped, entries[1].try_next) == (first, "Kaffee mit Maxi", "Anrufen")
    assert entries[1].created_at == clock.now()
    assert [c.what for c in seen] == ["journal", "journal"]


def test_reviewing_a_week_again_edits_its_entry(services):
    first = services.journal.save(date(2026, 11, 16), "a", "b", "c")
    again = services.journal.save(date(2026, 11, 20), "a2", "", "c2")
    assert again == first
    assert services.journal.for_week(date(2026, 11, 16)).helped == "a2"
    assert len(services.journal.entries()) == 1


def test_an_empty_review_is_refused(services):
    with pytest.raises(ValidationError, match="answers"):
        services.journal.save(date(2026, 11, 16), " ", "", "\n")
    assert services.journal.entries() == []


def test_review_is_due_on_the_chosen_weekday_until_done(services, clock):
    settings = services.settings.load()
    settings.weekly_review_weekday = 0  # Monday: today in the fixture
    services.settings.save(settings)
    assert services.journal.review_week() == date(2026, 11, 16)
    assert services.journal.review_due()
    services.journal.save(services.journal.review_week(), "x", "", "")
    assert not services.journal.review_due()
    settings.weekly_review_weekday = 3  # Thursday: four days ago, grace is over
    services.settings.save(settings)
    assert not services.journal.review_due()
    clock.set(datetime(2026, 11, 26, 8, tzinfo=BERLIN))
    assert services.journal.review_due()


def test_open_promises_of_the_reviewed_week_both_ways(services, person):
    p = services.promises
    old = p.add(person, "me", "Alt", due=date(2026, 11, 2))
    mine = p.add(person, "me", "Folien", due=date(2026, 11, 19))
    theirs = p.add(person, "them", "Intro", due=date(2026, 11, 20))
    p.add(person, "me", "Später", due=date(2026, 11, 24))  # next week
    p.add(person, "me", "Ohne Datum")
    done = p.add(person, "me", "Erledigt", due=date(2026, 11, 18))
    p.set_state(done, "kept")
    items, total = services.journal.open_promises(date(2026, 11, 16))
    assert [i.id for i in items] == [old, mine, theirs]
    assert total == 3
    assert items[2].owner == "them" and items[2].name == "Maxi Müller"
    items, total = services.journal.open_promises(date(2026, 11, 16), limit=1)
    assert (len(items), total) == (1, 3)


def test_weekly_reminder_on_the_chosen_day_moves_with_the_setting(services, clock):
    first = services.journal.ensure_weekly_reminder("Weekly review")
    reminders = RemindersService(services.db, clock, services.events)
    reminder = reminders.get(first)
    assert reminder.rrule == "FREQ=WEEKLY;BYDAY=FR"
    assert reminder.due_at == datetime(2026, 11, 27, 9, tzinfo=BERLIN)  # Friday, digest hour
    assert services.journal.ensure_weekly_reminder("Weekly review") == first, "made once"
    settings = services.settings.load()
    settings.weekly_review_weekday = 0
    services.settings.save(settings)
    moved = services.journal.ensure_weekly_reminder("Weekly review")
    assert [r.id for r in reminders.pending()] == [moved], "the Friday one is gone"
    assert reminders.get(moved).due_at == datetime(2026, 11, 30, 9, tzinfo=BERLIN)  # 09:30 passed
    reminders.delete(moved)
    assert services.journal.ensure_weekly_reminder("Weekly review") is None, "deleted stays deleted"
    assert reminders.pending() == []


def test_keeping_the_reminder_in_step_does_not_create_one(services, clock):
    assert services.journal.ensure_weekly_reminder("Weekly review", create=False) is None
    assert RemindersService(services.db, clock, services.events).pending() == []
