from datetime import date, timedelta

import pytest

from app.domain.enums import PromiseOwner, PromiseState
from app.services.base import NotFoundError, ValidationError
from app.services.interactions import NewPromise


def test_log_updates_stats_outbound_does_not_reset_cadence(services, person, clock):
    services.interactions.log(person, "meeting", "mutual", summary="Kaffee")
    met = clock.now()
    for _ in range(3):
        clock.advance(timedelta(days=3))
        services.interactions.log(person, "email", "outbound", summary="Nachfrage")
    contact = services.contacts.get(person)
    assert contact.last_two_way_at == met
    assert contact.unanswered_outbound == 3
    clock.advance(timedelta(days=1))
    services.interactions.log(person, "email", "inbound", summary="Antwort")
    contact = services.contacts.get(person)
    assert contact.unanswered_outbound == 0
    assert contact.last_two_way_at == clock.now()


def test_back_dated_and_deleted_interactions_keep_stats_right(services, person, clock):
    reply = services.interactions.log(person, "email", "inbound",
                                      occurred_at=clock.now() - timedelta(days=10))
    services.interactions.log(person, "email", "outbound", occurred_at=clock.now() - timedelta(days=20))
    assert services.contacts.get(person).unanswered_outbound == 0
    services.interactions.delete(reply)
    assert services.contacts.get(person).unanswered_outbound == 1
    assert services.contacts.get(person).last_two_way_at is None


def test_timeline_is_newest_first(services, person, clock):
    old = services.interactions.log(person, "email", "inbound", occurred_at=clock.now() - timedelta(days=5))
    new = services.interactions.log(person, "phone", "mutual")
    assert [i.id for i in services.interactions.of_contact(person)] == [new, old]


def test_log_with_promises_in_both_directions(services, person):
    interaction = services.interactions.log(
        person, "meeting", "mutual", summary="Mittagessen",
        promises=[NewPromise(PromiseOwner.ME, "Folien schicken", date(2026, 11, 27)),
                  NewPromise(PromiseOwner.THEM, "Stellt mich dem CTO vor"),
                  NewPromise(PromiseOwner.ME, "Dranbleiben", no_date=True)],
    )
    promises = services.promises.of_contact(person)
    # Without a date a promise is due in a week (the setting's default), so it comes back on
    # Today; "no date" chosen explicitly stays dateless and the weekly review lists it.
    assert [(p.owner, p.text, p.due) for p in promises] == [
        (PromiseOwner.ME, "Folien schicken", date(2026, 11, 27)),
        (PromiseOwner.THEM, "Stellt mich dem CTO vor", date(2026, 11, 30)),
        (PromiseOwner.ME, "Dranbleiben", None),
    ]
    assert [p.text for p in services.promises.open_without_date()] == ["Dranbleiben"]
    assert interaction


def test_a_bad_promise_writes_neither_promise_nor_interaction(services, person):
    with pytest.raises(ValidationError):
        services.interactions.log(person, "meeting", "mutual", promises=[NewPromise("me", "  ")])
    assert services.interactions.of_contact(person) == []


def test_bad_channel_direction_and_contact(services, person):
    with pytest.raises(ValidationError, match="channel"):
        services.interactions.log(person, "pigeon", "mutual")
    with pytest.raises(ValidationError, match="direction"):
        services.interactions.log(person, "email", "sideways")
    with pytest.raises(NotFoundError):
        services.interactions.log(9999, "email", "inbound")


def test_promise_states_and_renegotiation(services, person, clock):
    p = services.promises.add(person, "me", "Link schicken", due=date(2026, 11, 20))
    q = services.promises.add(person, "them", "Einladung schicken", due=date(2026, 11, 30))
    assert services.promises.get(p).is_overdue(date(2026, 11, 23))
    services.promises.reschedule(p, date(2026, 11, 28))
    row = services.promises.get(p)
    assert (row.due, row.original_due) == (date(2026, 11, 28), date(2026, 11, 20))
    services.promises.set_state(q, PromiseState.KEPT)
    assert services.promises.get(q).resolved_at == clock.now()
    assert [r.id for r in services.promises.of_contact(person)] == [p, q], "open ones first"
    services.promises.set_state(q, "open")
    assert services.promises.get(q).resolved_at is None
    with pytest.raises(ValueError):
        services.promises.set_state(q, "forgotten")
