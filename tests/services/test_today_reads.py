"""What the fast Today build (issue 19: ≤ 15 ms at 50,000 contacts) must keep: the index
reads it relies on, the oldest items listed first under the cap, reminders that can only
be due through a snooze or a rule, and an encrypted database read the same way.
Fixed clock: Monday 2026-11-23 09:30 Berlin."""

from datetime import date, datetime, timedelta

from sqlalchemy import text

from app.domain.today import Bucket, ItemKind
from app.services import Services
from app.storage import encryption
from app.storage.database import Database
from tests.conftest import BERLIN

TODAY = date(2026, 11, 23)


def plan(services, sql: str, params: dict) -> str:
    with services.db.read() as conn:
        rows = conn.execute(text("EXPLAIN QUERY PLAN " + sql), params).all()
    return " | ".join(row[-1] for row in rows)


def test_handled_today_counts_through_indexes_not_table_scans(services):
    from app.storage.queries.raw import db_time

    start = db_time(datetime(2026, 11, 23, tzinfo=BERLIN))
    for table, column, index in (("promise", "resolved_at", "ix_promise_resolved"),
                                 ("today_mark", "created_at", "ix_today_mark_created")):
        found = plan(services, f"SELECT count(*) FROM {table} WHERE {column} >= :start",
                     {"start": start})
        assert f"USING COVERING INDEX {index}" in found, found
        assert f"SCAN {table}" not in found, found


def test_handled_today_counts_resolved_promises_marks_and_reviewed_decisions(services, person):
    services.settings.save(services.settings.load().__class__(focus_size=4))
    promises = [services.promises.add(person, "me", f"P{i}", due=TODAY) for i in range(4)]
    services.decisions.add(person, "me", "Kurs", "", TODAY)
    assert len(services.today.build().focus) == 4
    services.promises.set_state(promises[0], "kept")  # a resolved promise takes its place
    assert len(services.today.build().focus) == 3
    snoozed = next(i for i in services.today.build().focus if i.ref_id == promises[1])
    services.today.snooze(snoozed, TODAY + timedelta(days=2))  # a mark written today
    assert len(services.today.build().focus) == 2
    decision = next(i for i in services.today.build().items() if i.kind is ItemKind.DECISION)
    services.today.done(decision)  # a decision reviewed today
    assert len(services.today.build().focus) == 1
    services.clock.advance(timedelta(days=1))  # a new day: nothing handled yet
    assert len(services.today.build().focus) == 2  # the two promises still open


def test_promises_under_the_cap_are_the_oldest_and_the_rest_are_counted(services, person):
    others = [services.contacts.create(given_name=f"C{i}") for i in range(3)]
    # read in ix_promise_today's order (due, contact_id, id): the oldest days come first
    # whatever the contact, and every one is counted
    services.promises.add(others[2], "me", "oldest", due=TODAY - timedelta(days=9))
    services.promises.add(others[0], "me", "newer", due=TODAY - timedelta(days=2))
    services.promises.add(others[1], "me", "old", due=TODAY - timedelta(days=5))
    services.promises.add(person, "me", "old too", due=TODAY - timedelta(days=5))
    listing = services.today.build(cap=2)
    overdue = listing.group(Bucket.OVERDUE)
    assert [i.due for i in overdue.items] == [TODAY - timedelta(days=9), TODAY - timedelta(days=5)]
    assert overdue.total == 4 and overdue.hidden == 2


def test_reminders_far_ahead_stay_off_unless_snoozed_into_the_week(services, person):
    tz = services.clock.local_tz()
    far = services.reminders.add("Vertrag kündigen", datetime(2027, 3, 1, 9, tzinfo=tz),
                                    contact_id=person)
    weekly = services.reminders.add("Wochenplanung", datetime(2026, 10, 5, 8, tzinfo=tz),
                                       rrule="FREQ=WEEKLY;BYDAY=MO")
    items = {i.ref_id: i for i in services.today.build().items() if i.kind is ItemKind.REMINDER}
    assert far not in items
    assert items[weekly].due == TODAY  # the rule's latest occurrence, not the stored start
    services.reminders.snooze(far, datetime(2026, 11, 25, 9, tzinfo=tz))
    items = {i.ref_id: i for i in services.today.build().items() if i.kind is ItemKind.REMINDER}
    assert items[far].due == date(2026, 11, 25)


def test_today_reads_an_encrypted_database_the_same_way(tmp_path, clock):
    path = tmp_path / "data" / "rapport.db"
    db = Database.open(path)
    services = Services(db, clock)
    person = services.contacts.create(given_name="Zoë", family_name="Müller")
    services.promises.add(person, "me", "Folien schicken", due=TODAY)
    services.decisions.add(person, "me", "Kurs", "", TODAY)
    plain = [(i.kind, i.ref_id) for i in services.today.build().items()]
    db.close()
    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(path, key))
    db = Database.open(path, key=key)
    try:
        assert [(i.kind, i.ref_id) for i in Services(db, clock).today.build().items()] == plain
        assert {kind for kind, _ in plain} == {ItemKind.MY_PROMISE, ItemKind.DECISION}
    finally:
        db.close()


def test_a_bucket_read_whole_is_counted_without_another_query_hidden_ones_left_out(
        services, person):
    promises = [services.promises.add(person, "me", f"P{i}", due=TODAY - timedelta(days=i + 1))
                for i in range(3)]
    oldest = next(i for i in services.today.build().items() if i.ref_id == promises[2])
    services.today.snooze(oldest, TODAY + timedelta(days=1))
    whole = services.today.build().group(Bucket.OVERDUE)  # 3 rows read under a limit of 21
    assert (whole.total, len(whole.items), whole.hidden) == (2, 2, 0)
    cut = services.today.build(cap=1).group(Bucket.OVERDUE)  # the limit (2) reached: counted
    assert (cut.total, len(cut.items), cut.hidden) == (2, 1, 1)
