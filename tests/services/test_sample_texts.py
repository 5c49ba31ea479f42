"""The sample network reads like a real one: each contact's texts (promises, interaction
summaries and notes, where we met) are in that contact's language, and interactions happen at
believable local hours (before: "Send the slides on Künstliche Intelligenz" for an English
contact, a "Lunch" e-mail at 03:21, a quarter of all interactions at the weekend)."""

import re
from collections import Counter
from datetime import datetime, timezone

from sqlalchemy import text

from app.services.sample import SampleNetwork
from tests.conftest import BERLIN

# Small words only a German sentence has (every German template holds one of them).
GERMAN_WORDS = {
    "der", "die", "das", "dem", "den", "zu", "zum", "zur", "über", "mit", "nach", "und",
    "am", "im", "auf", "wegen", "von", "mich", "hat", "mag", "sucht", "schickt", "stellt",
    "meldet", "schicken", "herstellen", "raussuchen", "erwähnte", "interessiert", "beim",
    "gesprochen", "geschrieben", "geteilt", "kommentiert", "getroffen", "gekommen", "telefonat",
}
UMLAUTS = set("äöüÄÖÜß")


def words_of(value: str) -> set[str]:
    return set(re.findall(r"[a-zäöüß]+", value.casefold()))


def sample_rows(services, clock):
    SampleNetwork(services.db, clock, services.events).generate(300, seed=5)
    with services.db.read() as conn:
        texts = conn.execute(text(
            "SELECT c.language, p.text FROM promise p JOIN contact c ON c.id = p.contact_id "
            "UNION ALL SELECT c.language, i.summary FROM interaction i JOIN contact c "
            "ON c.id = i.contact_id UNION ALL SELECT c.language, i.notes FROM interaction i "
            "JOIN contact c ON c.id = i.contact_id WHERE i.notes != ''")).all()
        times = conn.execute(text("SELECT occurred_at, summary FROM interaction")).all()
        places = conn.execute(text("SELECT language, met_where FROM contact WHERE NOT is_me")).all()
    return texts, times, places


def test_every_text_of_a_contact_is_in_their_language(services, clock):
    texts, _times, places = sample_rows(services, clock)
    german = [value for language, value in texts if language == "de"]
    english = [value for language, value in texts if language == "en"]
    assert len(german) > 500 and len(english) > 200
    assert [t for t in german if not words_of(t) & GERMAN_WORDS] == []
    assert [t for t in english if words_of(t) & GERMAN_WORDS or UMLAUTS & set(t)] == []
    english_places = {place for language, place in places if language == "en"}
    assert not {"über Anna", "Lauftreff", "Kundentermin"} & english_places


def test_interactions_happen_at_believable_local_hours(services, clock):
    assert clock.local_tz() is BERLIN
    _texts, times, _places = sample_rows(services, clock)
    local = [(datetime.fromisoformat(at).replace(tzinfo=timezone.utc).astimezone(BERLIN), summary)
             for at, summary in times]
    assert [when for when, _ in local if not 7 <= when.hour <= 21] == []
    weekend = sum(when.weekday() >= 5 for when, _ in local)
    assert weekend < len(local) * 0.05  # rare: a message or a meetup now and then
    coffee = [when.hour for when, summary in local if summary.startswith(("Kaffee", "Morning coffee"))]
    assert coffee and max(coffee) < 11  # coffee in the morning
    calls = [when for when, summary in local if summary.startswith(("Telefonat", "Call about"))]
    assert calls and all(9 <= when.hour <= 17 and when.weekday() < 5 for when in calls)
    assert max(Counter(when.hour for when, _ in local).values()) < len(local) * 0.2
    assert max(when for when, _ in local) <= clock.now()


def test_the_first_run_sample_leaves_my_groups_to_me(services, clock):
    """The first-run offer makes contacts only: the Me dialog that follows it showed four
    sample groups ticked as "Groups I am in"."""
    SampleNetwork(services.db, clock, services.events).generate(20, owner=False)
    groups = services.groups.all()
    assert len(groups) >= 10 and [g.name for g in groups if g.i_am_member] == []


def test_a_fact_about_a_contact_is_noted_once(services, clock):
    """The same note ("Two kids, plays football at the weekend") stood under a third of a
    contact's interactions."""
    SampleNetwork(services.db, clock, services.events).generate(100, seed=5)
    with services.db.read() as conn:
        repeated = conn.execute(text(
            "SELECT contact_id, notes, count(*) FROM interaction WHERE notes != '' "
            "GROUP BY contact_id, notes HAVING count(*) > 1")).all()
        noted = conn.execute(text("SELECT count(*) FROM interaction WHERE notes != ''")).scalar()
    assert repeated == [] and noted > 100


def test_kept_promises_were_kept_by_their_due_day(services, clock):
    """The sample dashboard said 8 % of my promises were kept on time: kept ones had been
    resolved at random, mostly after their due day."""
    SampleNetwork(services.db, clock, services.events).generate(200, seed=5)
    with services.db.read() as conn:
        kept = conn.execute(text(
            "SELECT due, created_at, resolved_at FROM promise WHERE state = 'kept'")).all()
    assert len(kept) > 20
    late = [row for row in kept
            if row.resolved_at[:10] > max(row.due, row.created_at[:10])]
    assert late == []
