"""Every interaction insert goes through app.services.interaction_log.record_interactions,
which keeps the contact's derived stats (last contact, last two-way contact, unanswered
outreach, reply owed) equal to what its history says, on every path a note is written."""

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.domain.outreach import stats_from_history
from app.services.sample import SampleNetwork
from tests.importers.conftest import FIXTURES, contact_by_name

APP = Path(__file__).resolve().parents[2] / "app"
STATS = ("last_interaction_at", "last_two_way_at", "unanswered_outbound",
         "first_unanswered_at", "reply_owed_since")


def stored(services, contact_id) -> dict:
    contact = services.contacts.get(contact_id)
    return {name: getattr(contact, name) for name in STATS}


def from_history(services, contact_id) -> dict:
    """What the contact's whole timeline says, computed afresh."""
    stats = stats_from_history((i.occurred_at, i.direction)
                               for i in services.interactions.of_contact(contact_id))
    return {name: getattr(stats, name) for name in STATS}


def test_import_keeps_stats_for_new_and_merged_contacts(services):
    services.imports.import_file(FIXTURES / "Connections.csv")
    maxi = contact_by_name(services, "Maxi Müller")
    services.interactions.log(maxi.id, "email", "outbound", occurred_at=datetime(
        2024, 1, 5, tzinfo=timezone.utc))  # older than the file's messages: merged below
    report = services.imports.import_file(FIXTURES / "messages.csv")
    assert report.created == 1 and report.merged == 2
    sam = contact_by_name(services, "Sam Lee")  # new: the import created this contact
    for contact_id in (maxi.id, sam.id, contact_by_name(services, "Priya Sharma").id):
        assert stored(services, contact_id) == from_history(services, contact_id)
    assert stored(services, maxi.id)["last_two_way_at"] == datetime(
        2024, 3, 2, 18, 40, 12, tzinfo=timezone.utc)
    assert stored(services, sam.id)["last_interaction_at"] is not None


def test_mark_as_sent_counts_as_unanswered_outreach(services, person, clock):
    services.interactions.log(person, "email", "inbound", summary="Frage zum Angebot",
                              occurred_at=clock.now() - timedelta(days=3))
    assert stored(services, person)["reply_owed_since"] is not None
    draft = services.drafts.render(person, "follow_up", "de")
    services.drafts.mark_sent(person, draft, channel="email")
    stats = stored(services, person)
    assert stats == from_history(services, person)
    assert stats["unanswered_outbound"] == 1 and stats["reply_owed_since"] is None
    assert stats["last_interaction_at"] == clock.now()
    assert stats["last_two_way_at"] == clock.now() - timedelta(days=3)


def test_manual_log_in_order_and_back_dated(services, person, clock):
    for days in (30, 20, 10):  # in order: folded into the stored stats
        services.interactions.log(person, "email", "outbound",
                                  occurred_at=clock.now() - timedelta(days=days))
    assert stored(services, person)["unanswered_outbound"] == 3
    assert stored(services, person)["first_unanswered_at"] == clock.now() - timedelta(days=30)
    # Back-dated between the first two: the reply breaks the streak, two remain.
    services.interactions.log(person, "phone", "mutual",
                              occurred_at=clock.now() - timedelta(days=25))
    stats = stored(services, person)
    assert stats == from_history(services, person)
    assert stats["unanswered_outbound"] == 2
    assert stats["last_two_way_at"] == clock.now() - timedelta(days=25)
    assert stats["last_interaction_at"] == clock.now() - timedelta(days=10)


def test_a_meeting_with_three_people_updates_all_three(services, person, clock):
    ben = services.contacts.create(given_name="Ben")
    cara = services.contacts.create(given_name="Cara")
    for _ in range(2):
        services.interactions.log(ben, "email", "outbound",
                                  occurred_at=clock.now() - timedelta(days=5))
    services.interactions.log(cara, "email", "inbound", occurred_at=clock.now() - timedelta(days=1))
    services.interactions.log(person, "meeting", "mutual", summary="Stammtisch",
                              with_contacts=[ben, cara])
    for contact_id in (person, ben, cara):
        stats = stored(services, contact_id)
        assert stats == from_history(services, contact_id), contact_id
        assert stats["last_two_way_at"] == clock.now()
        assert stats["unanswered_outbound"] == 0 and stats["reply_owed_since"] is None


def test_the_sample_network_stats_agree_with_its_history(services):
    SampleNetwork(services.db, services.clock, services.events).generate(40, owner=False)
    rows = services.contacts.list_rows(archived=False)
    assert rows
    with_history = 0
    for row in rows:
        assert stored(services, row.id) == from_history(services, row.id), row.name
        with_history += stored(services, row.id)["last_interaction_at"] is not None
    assert with_history > len(rows) // 2


# Writing an interaction row anywhere else would skip the stats. Known exceptions, each
# with its reason (the test fails if one disappears, so the list cannot go stale).
ALLOWED = {
    "services/interaction_log.py": "the one writer",
    "services/snapshots.py": "an undo puts rows of any table back exactly as they were "
                             "(same id), then refresh_stats()",
    "storage/tables.py": "the table itself",
}
WRITES = re.compile(
    r"insert\(\s*Interaction\s*\)|(?i:INSERT\s+(OR\s+\w+\s+)?INTO\s+\"?interaction\"?[\s(])"
    r"|\bInteraction\(|Interaction\.__table__|RowWriter\([^)]*Interaction")


def test_no_other_code_inserts_interactions():
    found = {}
    for path in APP.rglob("*.py"):
        if "migrations" in path.parts:
            continue  # the schema's history: no row is written there
        hits = [m.group(0) for m in WRITES.finditer(path.read_text(encoding="utf-8"))]
        if hits:
            found[path.relative_to(APP).as_posix()] = hits
    assert set(found) - set(ALLOWED) == set(), found
    assert set(ALLOWED) <= set(found), "an exception no longer needed: drop it from ALLOWED"
