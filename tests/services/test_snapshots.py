"""Undo puts back exactly what was there: a note under its own id with its promises linked,
a promise's resolved_at, a today mark that was a snooze."""

from datetime import date, timedelta

from app.domain.enums import Channel, Direction, PromiseState
from app.domain.today import ItemKind
from app.services.interactions import NewPromise
from app.services.changes import Kind
from app.services.snapshots import SnapshotService


def test_a_deleted_note_comes_back_under_its_id_with_its_promises(services, person):
    note = services.interactions.log(person, Channel.MEETING, Direction.MUTUAL, "Kaffee",
                                     promises=[NewPromise("me", "Folien schicken")])
    snapshots = SnapshotService(services.db, services.clock, services.events)
    taken = [snapshots.take("interaction", id=note), *snapshots.take_promises_of_interaction(note)]
    contact_before = services.contacts.get(person)
    services.interactions.delete(note)
    assert services.contacts.get(person).last_interaction_at is None
    seen = []
    services.events.subscribe(seen.append)
    snapshots.restore(*taken)
    assert [r.id for r in services.interactions.of_contact(person)] == [note]
    (promise,) = services.promises.of_contact(person)
    assert snapshots.take("promise", id=promise.id).values["interaction_id"] == note
    assert services.contacts.get(person).last_interaction_at == contact_before.last_interaction_at
    (changes,) = seen  # one undo, one Changes value with both kinds
    assert changes.kinds == {Kind.INTERACTIONS, Kind.PROMISES}


def test_a_resolved_promise_gets_its_own_resolved_at_back(services, person, clock):
    promise = services.promises.add(person, "me", "Buch leihen", due=date(2026, 11, 20))
    services.promises.set_state(promise, PromiseState.KEPT)
    before = services.promises.get(promise)
    snapshots = SnapshotService(services.db, services.clock, services.events)
    taken = snapshots.take("promise", id=promise)
    clock.advance(timedelta(days=2))
    services.promises.set_state(promise, PromiseState.RELEASED)
    snapshots.restore(taken)
    assert services.promises.get(promise) == before


def test_a_snooze_replaced_by_done_comes_back(services, person, clock):
    services.contacts.update(person, cadence_days=30)
    clock.advance(timedelta(days=31))
    item = next(i for i in services.today.build().items() if i.kind is ItemKind.KEEP_IN_TOUCH)
    services.today.snooze(item, date(2026, 12, 26))
    snapshots = SnapshotService(services.db, services.clock, services.events)
    key = {"kind": item.kind.value, "ref_id": item.ref_id, "occurrence": item.occurrence}
    taken = snapshots.take("today_mark", **key)
    assert taken.values["snoozed_until"] == date(2026, 12, 26)
    services.today.done(item)
    snapshots.restore(taken)
    assert snapshots.take("today_mark", **key) == taken
    empty = snapshots.take("today_mark", kind="birthday", ref_id=person, occurrence="x")
    assert empty.values is None
    snapshots.restore(empty)  # "there was none" stays none
