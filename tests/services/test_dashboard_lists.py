"""This week and at risk, regrouped from the Today list (fake clock: Mon 2026-11-23 09:30 Berlin)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.domain.birthdays import Birthday

BERLIN = ZoneInfo("Europe/Berlin")


def test_an_empty_network_has_empty_lists(services):
    board = services.dashboard.build()
    assert board.today == date(2026, 11, 23)
    assert board.this_week.week_of == date(2026, 11, 23)
    lists = (*vars(board.this_week).values(), *vars(board.at_risk).values())
    assert all(not getattr(part, "items", ()) for part in lists)
    assert len(board.habits) == 5


def test_this_week_and_at_risk(services, clock):
    clock.set(datetime(2026, 9, 1, 10, tzinfo=BERLIN))
    drifting = services.contacts.create(given_name="Dora", cadence_days=30)  # due 1 October
    due_soon = services.contacts.create(given_name="Fritz", cadence_days=86)  # due 26 November
    stalled = services.contacts.create(given_name="Stella")
    waiting = services.contacts.create(given_name="Walter")
    born = services.contacts.create(given_name="Bea", birthday=Birthday(11, 28, 1990))
    services.contacts.create(given_name="Nobody")  # no cadence, nothing due
    clock.set(datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN))
    for _ in range(3):
        services.interactions.log(stalled, "email", "outbound")
    for _ in range(2):
        services.interactions.log(waiting, "email", "outbound")
    p = services.promises
    mine = p.add(born, "me", "Folien", due=date(2026, 11, 25))
    overdue = p.add(born, "me", "Buch", due=date(2026, 11, 20))
    theirs = p.add(born, "them", "Intro", due=date(2026, 11, 27))
    p.add(born, "me", "Next week", due=date(2026, 11, 30))  # after Sunday: not this week

    board = services.dashboard.build()
    week, risk = board.this_week, board.at_risk
    assert [i.ref_id for i in week.my_promises.items] == [mine]
    assert [i.contact_id for i in week.follow_ups.items] == [due_soon]
    assert [(i.contact_id, i.due, i.count) for i in week.birthdays.items] == [(born, date(2026, 11, 28), 36)]
    assert [(i.contact_id, i.count) for i in week.unanswered.items] == [(waiting, 2)]
    assert [(i.contact_id, i.count) for i in risk.drifting.items] == [(drifting, 53)], "days past"
    assert [i.ref_id for i in risk.overdue_promises.items] == [overdue]
    assert [(i.contact_id, i.count) for i in risk.stalled_threads.items] == [(stalled, 3)]
    assert all(i.contact_id for part in (week.my_promises, risk.drifting) for i in part.items)
    assert [i.ref_id for i in week.their_promises.items] == [theirs], "due on Friday"
