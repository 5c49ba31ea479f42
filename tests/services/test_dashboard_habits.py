"""Every habit figure on hand-built histories, with the fake clock at Mon 2026-11-23 09:30 Berlin."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.domain.habits import HabitKey

BERLIN = ZoneInfo("Europe/Berlin")
THIS_WEEK, LAST_WEEK = 11, 10


def at(y, m, d, h=12, minute=0):
    return datetime(y, m, d, h, minute, tzinfo=BERLIN)


@pytest.fixture
def habits(services):
    return lambda: {series.key: series for series in services.dashboard.habits()}


def test_no_data_twelve_empty_weeks(habits, clock):
    series = habits()
    assert set(series) == set(HabitKey)
    for one in series.values():
        assert len(one.points) == 12
        assert one.points[-1].week_of == date(2026, 11, 23)
    assert [p.value for p in series[HabitKey.PROMISES_KEPT].points] == [None] * 12
    assert [p.value for p in series[HabitKey.MEETINGS].points] == [0] * 12


def test_promises_kept_on_time_released_is_not_broken_renegotiated_counts_new_date(
    services, person, clock, habits
):
    p = services.promises
    kept = p.add(person, "me", "Folien schicken", due=date(2026, 11, 18))
    late = p.add(person, "me", "Link schicken", due=date(2026, 11, 17))
    released = p.add(person, "me", "Buch leihen", due=date(2026, 11, 19))
    renegotiated = p.add(person, "me", "Intro machen", due=date(2026, 11, 10))
    p.add(person, "me", "Anrufen", due=date(2026, 11, 20))  # open, overdue: missed
    p.add(person, "me", "Kuchen backen", due=date(2026, 11, 26))  # not due yet: pending
    p.add(person, "them", "Einladung", due=date(2026, 11, 18))  # theirs: not my habit
    clock.set(at(2026, 11, 9))
    p.reschedule(renegotiated, date(2026, 11, 19))  # agreed a new date before the old one
    clock.set(at(2026, 11, 18, 23, 30))  # late evening of the due day is still on time
    p.set_state(kept, "kept")
    p.set_state(late, "kept")  # a day after its due day
    p.set_state(renegotiated, "kept")  # on time against the new date
    p.set_state(released, "released")
    clock.set(at(2026, 11, 23, 9, 30))

    series = habits()[HabitKey.PROMISES_KEPT]
    last_week = series.points[LAST_WEEK]
    assert (last_week.count, last_week.total) == (2, 4)  # kept + renegotiated of 4 counted
    assert series.points[THIS_WEEK].total == 0, "a promise not yet due is not counted"
    assert series.points[LAST_WEEK - 1].total == 0, "the first due date no longer counts"


def test_follow_ups_within_cadence_and_contacts_without_cadence(services, clock, habits):
    clock.set(at(2026, 8, 1))
    steady = services.contacts.create(given_name="Ada", cadence_days=30)
    loose = services.contacts.create(given_name="Bo")  # no cadence: not measured
    log = services.interactions.log
    log(steady, "meeting", "mutual", occurred_at=at(2026, 9, 15))  # 45 days after added: late
    log(steady, "email", "outbound", occurred_at=at(2026, 9, 20))  # my message: not a follow-up
    log(steady, "email", "inbound", occurred_at=at(2026, 10, 14))  # 29 days: within
    log(steady, "phone", "mutual", occurred_at=at(2026, 11, 13))  # 30 days: within
    log(loose, "meeting", "mutual", occurred_at=at(2026, 11, 13))
    clock.set(at(2026, 11, 23, 9, 30))

    points = habits()[HabitKey.FOLLOW_UPS].points
    by_week = {p.week_of: (p.count, p.total) for p in points if p.total}
    assert by_week == {date(2026, 9, 14): (0, 1), date(2026, 10, 12): (1, 1),
                       date(2026, 11, 9): (1, 1)}


def test_replies_to_my_outreach(services, person, habits):
    log = services.interactions.log
    log(person, "email", "outbound", occurred_at=at(2026, 11, 10))
    log(person, "email", "outbound", occurred_at=at(2026, 11, 11))
    log(person, "email", "inbound", occurred_at=at(2026, 11, 18))  # answers both
    log(person, "message", "outbound", occurred_at=at(2026, 11, 19))  # not answered yet
    points = habits()[HabitKey.REPLIES].points
    assert (points[LAST_WEEK - 1].count, points[LAST_WEEK - 1].total) == (2, 2)
    assert (points[LAST_WEEK].count, points[LAST_WEEK].total) == (0, 1)


def test_in_person_meetings_and_new_connections(services, person, clock, habits):
    log = services.interactions.log
    log(person, "meeting", "mutual", occurred_at=at(2026, 11, 17))
    log(person, "event", "mutual", occurred_at=at(2026, 11, 22, 23, 50))  # Sunday night
    log(person, "phone", "mutual", occurred_at=at(2026, 11, 18))  # a call is not in person
    log(person, "meeting", "outbound", occurred_at=at(2026, 11, 18))  # an invitation, not a meeting
    log(person, "meeting", "mutual", occurred_at=at(2026, 11, 23, 0, 10))  # this week
    clock.set(at(2026, 11, 3))
    services.contacts.create(given_name="Neu")
    services.contacts.create(given_name="Auch neu")
    gone = services.contacts.create(given_name="Weg")
    services.contacts.trash(gone)
    services.contacts.me_id()  # my own profile is not a connection
    clock.set(at(2026, 11, 23, 9, 30))

    series = habits()
    meetings = [p.count for p in series[HabitKey.MEETINGS].points]
    assert meetings[LAST_WEEK:] == [2, 1]
    assert sum(meetings) == 3
    new = [p.count for p in series[HabitKey.NEW_CONNECTIONS].points]
    assert new[THIS_WEEK] == 1, "Maxi was added today"
    assert new[THIS_WEEK - 3] == 2  # the week of 2 November
    assert sum(new) == 3


def test_trust_ledger(services, person, clock):
    p = services.promises
    mine = p.add(person, "me", "Folien", due=date(2026, 11, 20))
    p.add(person, "me", "Buch", due=date(2026, 11, 1))  # overdue
    theirs = p.add(person, "them", "Intro", due=date(2026, 11, 30))
    p.set_state(mine, "kept")
    p.set_state(theirs, "released")
    log = services.interactions.log
    log(person, "email", "outbound", occurred_at=at(2026, 10, 1))
    log(person, "email", "outbound", occurred_at=at(2026, 10, 2))
    log(person, "email", "inbound", occurred_at=at(2026, 10, 3))
    log(person, "meeting", "mutual", occurred_at=at(2026, 10, 20, 0, 30))
    log(person, "phone", "mutual", occurred_at=at(2026, 11, 2))

    ledger = services.dashboard.trust_ledger(person)
    assert (ledger.mine.kept, ledger.mine.missed, ledger.mine.open) == (1, 1, 0)
    assert (ledger.theirs.kept, ledger.theirs.released, ledger.theirs.missed) == (0, 1, 0)
    assert (ledger.outbound, ledger.inbound, ledger.mutual) == (2, 1, 2)
    assert ledger.last_in_person == date(2026, 10, 20), "local date, not the UTC one"


def test_trust_ledger_of_a_new_contact_is_empty(services, person):
    ledger = services.dashboard.trust_ledger(person)
    assert ledger.mine.decided == ledger.theirs.decided == 0
    assert (ledger.outbound, ledger.inbound, ledger.mutual, ledger.last_in_person) == (0, 0, 0, None)


def test_reconnect_next_week_most_overdue_first(services, clock):
    clock.set(at(2026, 9, 1))
    late = services.contacts.create(given_name="Late", cadence_days=30)
    soon = services.contacts.create(given_name="Soon", cadence_days=90)  # due 30 Nov
    services.contacts.create(given_name="Later", cadence_days=180)
    services.contacts.create(given_name="Free")
    clock.set(at(2026, 11, 23, 9, 30))
    items = services.dashboard.reconnect_next_week()
    assert [(i.contact_id, i.due) for i in items] == [(late, date(2026, 10, 1)),
                                                      (soon, date(2026, 11, 30))]
    assert items[0].count == 53
