"""Reminders are created, edited and deleted (the UI and the CLI use these calls)."""

from datetime import datetime, timedelta

import pytest

from app.services.base import NotFoundError, ValidationError
from tests.conftest import BERLIN


def local(*args):
    return datetime(*args, tzinfo=BERLIN)


def test_a_recurring_reminder_starts_at_its_first_occurrence_and_previews_three(services):
    reminder = services.reminders.add("Jour fixe", local(2026, 12, 3, 9, 0), rrule="FREQ=WEEKLY;BYDAY=MO")
    row = services.reminders.get(reminder)
    assert row.due_at == local(2026, 12, 7, 9, 0) and row.rrule == "FREQ=WEEKLY;BYDAY=MO"
    preview = services.reminders.preview(local(2026, 12, 3, 9, 0), "FREQ=WEEKLY;BYDAY=MO")
    assert preview == [local(2026, 12, 7, 9), local(2026, 12, 14, 9), local(2026, 12, 21, 9)]
    # 09:00 stays 09:00 across the change to summer time
    spring = services.reminders.preview(local(2027, 3, 22, 9, 0), "FREQ=WEEKLY")
    assert [p.astimezone(BERLIN).hour for p in spring] == [9, 9, 9]


def test_editing_changes_every_field_and_makes_it_pending_again(services, person, clock):
    reminder = services.reminders.add("Call", clock.now() + timedelta(hours=1))
    services.reminders.snooze(reminder, clock.now() + timedelta(days=2))
    services.reminders.update(reminder, "  Call about the course ", local(2026, 12, 1, 8, 0),
                              contact_id=person, rrule="FREQ=MONTHLY;BYMONTHDAY=1")
    row = services.reminders.get(reminder)
    assert (row.title, row.contact_id, row.rrule) == ("Call about the course", person,
                                                      "FREQ=MONTHLY;BYMONTHDAY=1")
    assert row.due_at == local(2026, 12, 1, 8, 0) and row.snoozed_until is None
    services.reminders.update(reminder, "Call", local(2026, 12, 1, 8, 0), None, "")
    row = services.reminders.get(reminder)
    assert (row.contact_id, row.rrule) == (None, "")


def test_edit_announces_both_the_old_and_the_new_contact(services, person):
    other = services.contacts.create(given_name="Eva")
    reminder = services.reminders.add("Call", local(2026, 12, 1, 8), contact_id=person)
    seen = []
    services.events.subscribe(seen.append)
    services.reminders.update(reminder, "Call", local(2026, 12, 1, 8), contact_id=other)
    assert seen[-1].what == "reminders" and set(seen[-1].contact_ids) == {person, other}


def test_bad_input_is_refused_and_changes_nothing(services):
    reminder = services.reminders.add("Call", local(2026, 12, 1, 8))
    with pytest.raises(ValidationError):
        services.reminders.update(reminder, " ", local(2026, 12, 1, 8))
    with pytest.raises(ValidationError):
        services.reminders.update(reminder, "Call", local(2026, 12, 1, 8), rrule="FREQ=SOMETIMES")
    with pytest.raises(NotFoundError):
        services.reminders.update(reminder, "Call", local(2026, 12, 1, 8), contact_id=999)
    with pytest.raises(NotFoundError):
        services.reminders.update(999, "Call", local(2026, 12, 1, 8))
    assert services.reminders.get(reminder).title == "Call"


def test_a_deleted_reminder_comes_back_exactly_from_its_snapshot(services, person):
    from app.services.snapshots import SnapshotService

    reminder = services.reminders.add("Jour fixe", local(2026, 12, 3, 9), person, "FREQ=WEEKLY")
    snapshots = SnapshotService(services.db, services.clock, services.events)
    before = snapshots.take("reminder", id=reminder)
    services.reminders.delete(reminder)
    assert services.reminders.of_contact(person) == []
    snapshots.restore(before)
    assert snapshots.take("reminder", id=reminder) == before
