"""An undo never overwrites what was made after the undone action (SQLite gives a deleted
row's id to the next new row), and removing the sample never touches a contact of the user's
that reused a sample id. Found by reviewing the merged undo, sample and sync work."""

from datetime import timedelta

import pytest

from app.services.sample import SampleNetwork
from app.services.sample_removal import SampleConflict, SampleRemoval
from app.services.snapshots import SnapshotService, UndoConflict


def test_undoing_a_note_deletion_never_overwrites_a_newer_note(services, person):
    snapshots = SnapshotService(services.db, services.clock, services.events)
    services.interactions.log(person, "email", "inbound", summary="A")
    deleted = services.interactions.log(person, "email", "inbound", summary="B")
    taken = snapshots.take("interaction", id=deleted)
    services.interactions.delete(deleted)
    services.clock.advance(timedelta(minutes=1))
    newer = services.interactions.log(person, "phone", "mutual", summary="C")
    assert newer == deleted  # SQLite reused the id: the case that lost note C
    with pytest.raises(UndoConflict, match="no longer be undone"):
        snapshots.restore(taken)
    assert [i.summary for i in services.interactions.of_contact(person)] == ["C", "A"]


def test_undoing_a_state_change_still_puts_the_same_row_back(services, person):
    snapshots = SnapshotService(services.db, services.clock, services.events)
    promise = services.promises.add(person, "me", "Folien schicken")
    taken = snapshots.take("promise", id=promise)
    services.promises.set_state(promise, "kept")
    snapshots.restore(taken)
    assert services.promises.get(promise).state == "open"


def sample(services):
    SampleNetwork(services.db, services.clock, services.events).generate(5, owner=False)
    return SampleRemoval(services.db, services.clock, services.events)


def test_a_contact_that_reuses_a_sample_id_is_not_removed_with_the_sample(services):
    removal = sample(services)
    ids = removal.sample_ids()
    last = max(ids)
    services.contacts.trash(last)
    services.contacts.empty_trash()
    services.clock.advance(timedelta(minutes=1))
    mine = services.contacts.create(given_name="Echte", family_name="Person")
    assert mine == last  # the id came back to a real person
    assert mine not in removal.sample_ids()
    removal.remove()
    assert services.contacts.get(mine).given_name == "Echte"


def test_putting_the_sample_back_over_a_newer_contact_is_refused_and_changes_nothing(services):
    removal = sample(services)
    removed = removal.remove()
    services.clock.advance(timedelta(minutes=1))
    mine = services.contacts.create(given_name="Echte", family_name="Person")
    with pytest.raises(SampleConflict):
        removal.put_back(removed)
    assert [r.name for r in services.contacts.list_rows()] == ["Echte Person"]
    assert services.contacts.get(mine).given_name == "Echte"


def test_a_backup_from_before_replies_i_owe_gets_them_from_its_history(services, person, tmp_path):
    import json

    services.interactions.log(person, "email", "inbound", occurred_at=services.clock.now()
                              - timedelta(days=5))
    path = tmp_path / "backup.json"
    services.exports.export(path, "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    block = data["tables"]["contact"]  # as a backup made before schema 0008 looks
    at = block["columns"].index("reply_owed_since")
    block["columns"].pop(at)
    for row in block["rows"]:
        row.pop(at)
    path.write_text(json.dumps(data), encoding="utf-8")
    services.exports.restore(path, force=True)
    owed = [i for i in services.today.build().items() if i.kind.value == "reply_owed"]
    assert [i.contact_id for i in owed] == [person]
