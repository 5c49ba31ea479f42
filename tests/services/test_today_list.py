"""The Today list over a real DB with a fixed clock (2026-11-23 09:30 Berlin)."""

from datetime import date, datetime, timedelta

from app.domain.birthdays import Birthday
from app.domain.today import Bucket, ItemKind
from tests.conftest import BERLIN, NOW


def item(services, kind, contact_id=None):
    found = [i for i in services.today.build().items()
             if i.kind is kind and (contact_id is None or i.contact_id == contact_id)]
    assert len(found) == 1, found
    return found[0]


def test_cadence_is_reset_by_inbound_and_mutual_but_not_by_outbound(services, person):
    services.contacts.update(person, cadence_days=30)
    services.interactions.log(person, "meeting", "mutual", occurred_at=NOW - timedelta(days=40))
    overdue = item(services, ItemKind.KEEP_IN_TOUCH, person)
    assert overdue.bucket(date(2026, 11, 23)) is Bucket.OVERDUE
    assert overdue.due == date(2026, 11, 13) and overdue.since == date(2026, 10, 14)
    services.interactions.log(person, "email", "outbound", occurred_at=NOW - timedelta(days=1))
    assert item(services, ItemKind.KEEP_IN_TOUCH, person).due == date(2026, 11, 13)
    services.interactions.log(person, "email", "inbound", occurred_at=NOW - timedelta(days=25))
    assert item(services, ItemKind.KEEP_IN_TOUCH, person).due == date(2026, 11, 28)


def test_two_unanswered_is_waiting_and_three_is_stop(services, person):
    services.interactions.log(person, "email", "inbound", occurred_at=NOW - timedelta(days=20))
    for days in (10, 5):
        services.interactions.log(person, "email", "outbound", occurred_at=NOW - timedelta(days=days))
    waiting = item(services, ItemKind.WAITING, person)
    assert (waiting.count, waiting.since) == (2, date(2026, 11, 13))
    services.interactions.log(person, "message", "outbound", occurred_at=NOW - timedelta(days=1))
    stop = item(services, ItemKind.STOP, person)
    assert stop.count == 3 and not [i for i in services.today.build().items()
                                    if i.kind is ItemKind.WAITING]
    services.interactions.log(person, "phone", "mutual")
    assert not [i for i in services.today.build().items() if i.kind is ItemKind.STOP]


def test_promises_mine_due_soon_and_theirs_only_when_overdue(services, person):
    today = date(2026, 11, 23)
    mine = services.promises.add(person, "me", "Folien schicken", due=today + timedelta(days=3))
    theirs_late = services.promises.add(person, "them", "Intro zu Anna", due=today - timedelta(days=2))
    services.promises.add(person, "them", "Rückruf", due=today + timedelta(days=2))
    items = {i.ref_id: i for i in services.today.build().items()
             if i.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE)}
    assert set(items) == {mine, theirs_late}
    assert items[mine].bucket(today) is Bucket.UPCOMING
    assert items[theirs_late].kind is ItemKind.THEIR_PROMISE
    services.today.done(items[mine])
    assert services.promises.get(mine).state == "kept"


def test_birthdays_in_the_next_14_days_with_age(services, person):
    services.contacts.update(person, birthday=Birthday(12, 1, 1990))
    other = services.contacts.create(given_name="Ola", birthday=Birthday(12, 31))
    birthday = item(services, ItemKind.BIRTHDAY, person)
    assert (birthday.due, birthday.count) == (date(2026, 12, 1), 36)
    assert not [i for i in services.today.build().items() if i.contact_id == other]


def test_archived_trashed_and_me_are_left_out(services, person, clock):
    services.contacts.update(person, cadence_days=1)
    services.contacts.set_archived(person, True)
    trashed = services.contacts.create(given_name="Tom", cadence_days=1)
    services.contacts.trash(trashed)
    clock.advance(timedelta(days=3))
    services.contacts.update(services.contacts.me_id(), given_name="Alex", cadence_days=1)
    assert services.today.build().items() == []


def test_snooze_hides_until_the_day_and_done_hides_this_occurrence_only(services, person, clock):
    services.contacts.update(person, birthday=Birthday(11, 25))
    birthday = item(services, ItemKind.BIRTHDAY, person)
    services.today.snooze(birthday, date(2026, 11, 24))
    assert not services.today.build().items()
    clock.advance(timedelta(days=1))
    assert item(services, ItemKind.BIRTHDAY, person).due == date(2026, 11, 25)
    services.today.done(birthday)
    assert not services.today.build().items()
    clock.set(datetime(2027, 11, 20, 9, 0, tzinfo=BERLIN))
    assert item(services, ItemKind.BIRTHDAY, person).due == date(2027, 11, 25)


def test_done_on_keep_in_touch_waits_one_more_cadence(services, person, clock):
    services.contacts.update(person, cadence_days=10)
    services.interactions.log(person, "meeting", "mutual", occurred_at=NOW - timedelta(days=12))
    services.today.done(item(services, ItemKind.KEEP_IN_TOUCH, person))
    assert not services.today.build().items()
    clock.advance(timedelta(days=10))
    assert item(services, ItemKind.KEEP_IN_TOUCH, person)


def test_reminders_show_by_local_day_and_mutations_emit_one_change(services, person):
    changes = []
    services.events.subscribe(changes.append)
    services.reminders.add("Ask about the course", datetime(2026, 11, 23, 23, 30, tzinfo=BERLIN),
                           contact_id=person)
    assert [c.what for c in changes] == ["reminders"]
    reminder = item(services, ItemKind.REMINDER, person)
    assert reminder.bucket(date(2026, 11, 23)) is Bucket.TODAY  # 22:30 UTC is still today here
    changes.clear()
    services.today.snooze(reminder, date(2026, 11, 30))
    assert [c.what for c in changes] == ["reminders"]
    assert item(services, ItemKind.REMINDER, person).due == date(2026, 11, 30)


def test_caps_list_a_few_and_count_the_rest(services, clock):
    for n in range(7):
        services.contacts.create(given_name=f"P{n}", cadence_days=1)
    clock.advance(timedelta(days=3))
    overdue = services.today.build(cap=3).group(Bucket.OVERDUE)
    assert (len(overdue.items), overdue.total, overdue.hidden) == (3, 7, 4)


def test_done_can_be_undone_for_every_kind(services, person, clock):
    services.contacts.update(person, birthday=Birthday(11, 25), cadence_days=5)
    services.promises.add(person, "me", "Folien schicken", due=date(2026, 11, 20))
    services.reminders.add("Call", clock.now() - timedelta(hours=1), person)
    before = services.today.build().items()
    assert {i.kind for i in before} >= {ItemKind.BIRTHDAY, ItemKind.MY_PROMISE, ItemKind.REMINDER}
    for entry in before:
        services.today.done(entry)
    assert services.today.build().items() == []
    for entry in before:
        services.today.undo_done(entry)
    assert services.today.build().items() == before
