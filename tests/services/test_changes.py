"""One typed Changes value per mutation (issue 15): delivered once, after the commit, never
for a rolled-back transaction; the old emit("kind", *ids) call keeps working."""

import threading

import pytest
from sqlalchemy import insert, select

from app.domain.enums import PromiseOwner, PromiseState
from app.domain.today import ItemKind
from app.services.changes import Change, Changes, Kind, UnknownKind
from app.services.drafts import Draft
from app.storage.tables import Contact


def recorder(services) -> list[Changes]:
    seen: list[Changes] = []
    services.events.subscribe(seen.append)
    return seen


def test_the_old_emit_call_maps_its_string_to_a_kind(services, person):
    seen = recorder(services)
    services.events.emit("promises", person, person)
    assert seen == [Changes(frozenset({Kind.PROMISES}), (person,))]
    assert seen[0].what == "promises" and "promises" in seen[0] and Kind.CONTACTS not in seen[0]
    assert Change("topics", (1,)) == Changes({Kind.TOPICS}, (1,)), "the old name still works"


def test_an_unknown_kind_fails_loudly_and_delivers_nothing(services):
    seen = recorder(services)
    with pytest.raises(UnknownKind, match="promisse"):
        services.events.emit("promisse", 1)
    assert seen == []


def test_mark_as_sent_is_one_changes_value_with_both_kinds(services, person):
    promise = services.promises.add(person, PromiseOwner.ME, "Folien schicken")
    seen = recorder(services)
    draft = Draft("Die Folien", "Hallo Maxi", "de", "follow_up", contact_id=person)
    services.drafts.mark_sent(person, draft, promise)
    assert services.promises.get(promise).state is PromiseState.KEPT
    (changes,) = seen
    assert changes.kinds == {Kind.INTERACTIONS, Kind.PROMISES}
    assert changes.contact_ids == (person,)


def test_a_service_calling_another_service_still_delivers_once(services, person):
    promise = services.promises.add(person, PromiseOwner.ME, "Anrufen")
    item = next(i for i in services.today.build().items() if i.ref_id == promise
                and i.kind is ItemKind.MY_PROMISE)
    seen = recorder(services)
    services.today.done(item)  # TodayService -> PromisesService.set_state
    assert len(seen) == 1 and seen[0].touches(Kind.PROMISES)


def test_a_notice_inside_a_transaction_waits_for_the_commit(services, db):
    seen_rows: list[int] = []

    def listener(_changes) -> None:  # reads on its own connection: sees only committed data
        with db.read() as conn:
            seen_rows.append(len(conn.execute(select(Contact.id)).all()))

    services.events.subscribe(listener)
    with db.write() as conn:
        conn.execute(insert(Contact).values(given_name="Ada", created_at=services.clock.now(),
                                            updated_at=services.clock.now()))
        services.events.emit("contacts")
        assert seen_rows == [], "not inside the transaction"
    assert seen_rows == [1], "after the commit, with the row visible"


def test_a_rolled_back_transaction_delivers_nothing(services, db):
    seen = recorder(services)
    with pytest.raises(RuntimeError):
        with db.write() as conn:
            conn.execute(insert(Contact).values(given_name="Ada", created_at=services.clock.now(),
                                                updated_at=services.clock.now()))
            services.events.emit("contacts")
            raise RuntimeError("disk full")
    assert seen == []
    services.events.emit("topics")  # the next notice is not held back by the failed one
    assert [c.kinds for c in seen] == [{Kind.TOPICS}]


def test_an_operation_names_its_initiator_and_merges_what_it_announced(services, person):
    seen = recorder(services)
    owner = object()
    with services.events.operation(initiator=owner):
        services.topics.add(person, "Jazz", "interest")
        services.groups.create("Makers")
        assert seen == [], "nothing before the operation ends"
    (changes,) = seen
    assert changes.initiator is owner and changes.kinds == {Kind.TOPICS, Kind.GROUPS}


def test_a_worker_thread_operation_is_its_own(services, person):
    """Operations are per thread: a worker's notice is not swallowed by the UI thread's
    open operation, and is delivered on the worker's thread (the Qt bridge queues it)."""
    seen: list[tuple[Changes, threading.Thread]] = []
    services.events.subscribe(lambda c: seen.append((c, threading.current_thread())))
    with services.events.operation():
        worker = threading.Thread(target=lambda: services.topics.add(person, "Rudern", "interest"))
        worker.start()
        worker.join()
        assert [c.kinds for c, _thread in seen] == [{Kind.TOPICS}]
        assert seen[0][1] is worker


def test_caches_invalidate_from_the_same_value(services, person):
    services.topics.add(person, "Jazz", "interest")
    assert [t.label for t in services.matching.top_topics()] == ["Jazz"]
    other = services.contacts.create(given_name="Ben")
    services.topics.add(other, "Rudern", "interest")
    services.topics.add(other, "Jazz", "interest")
    assert [t.label for t in services.matching.top_topics()][0] == "Jazz"
    assert {t.label for t in services.matching.top_topics()} == {"Jazz", "Rudern"}
    before = services.dashboard._version
    services.events.emit("templates")  # cannot move a habit chart
    assert services.dashboard._version == before, "a template change keeps the habit charts"
    services.events.emit("promises", person)
    assert services.dashboard._version == before + 1


def test_every_kind_named_in_app_is_a_kind():
    """Every events.emit("...") in app/ names a Kind: a new or misspelt one fails here even
    where no test runs that mutation (and when branches are merged)."""
    import re
    from pathlib import Path

    app = Path(__file__).resolve().parents[2] / "app"
    named = {
        (str(path.relative_to(app)), what)
        for path in app.rglob("*.py")
        for what in re.findall(r"events\.emit\(\s*[\"']([^\"']+)[\"']", path.read_text(encoding="utf-8"))
    }
    assert len(named) >= 15, "the scan finds the emit calls"
    known = {kind.value for kind in Kind}
    assert sorted((path, what) for path, what in named if what not in known) == []
