"""The first-run sample network makes a believable first Today: a few things in every part of
the list, none of them a flood, and no broken promises; the people stay what the seed gave."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from app.domain.clock import FixedClock
from app.domain.today import Bucket, ItemKind
from app.services import Services
from app.services.sample import SampleNetwork
from app.services.sample_today import QUOTAS
from tests.conftest import BERLIN, NOW

FIRST_RUN = 200  # app.ui.shell.launch.SAMPLE_SIZE


def made_on(services, when: datetime, contacts: int = FIRST_RUN, seed: int = 7) -> Services:
    """The first-run sample made at `when`; the services as they are at that moment."""
    then = Services(services.db, FixedClock(when, tz=BERLIN))
    SampleNetwork(then.db, then.clock, then.events).generate(contacts, seed=seed, owner=False)
    return then


def kinds(listing, bucket: Bucket) -> Counter:
    return Counter(item.kind for item in listing.group(bucket).items)


def promises(services):
    with services.db.read() as conn:
        return conn.execute(text(
            "SELECT owner, state, due, created_at, resolved_at FROM promise")).all()


# A Monday in November, a Saturday in summer time, New Year's Eve (birthdays across the year end)
@pytest.mark.parametrize("when", [NOW, datetime(2026, 7, 4, 18, 45, tzinfo=BERLIN),
                                  datetime(2026, 12, 31, 8, 0, tzinfo=BERLIN)])
@pytest.mark.parametrize("seed", [7, 5])
def test_the_first_today_has_a_little_of_everything_and_no_flood(services, when, seed):
    services = made_on(services, when, seed=seed)
    listing = services.today.build()
    today = listing.today
    overdue, due_today, coming = (listing.group(b) for b in Bucket)
    assert 1 <= overdue.total <= 5, kinds(listing, Bucket.OVERDUE)
    assert 1 <= due_today.total <= 8 and 3 <= coming.total <= 12
    assert 1 <= len(listing.focus) <= 8
    everything = listing.items()
    assert len(everything) == overdue.total + due_today.total + coming.total  # nothing counted away
    count = Counter(item.kind for item in everything)
    late = [i for i in everything if i.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE)
            and i.due < today]
    assert 1 <= len(late) <= 3 and all(today - i.due <= timedelta(days=4) for i in late)
    soon = [i for i in everything if i.kind is ItemKind.MY_PROMISE and i.due >= today]
    assert 3 <= len(soon) <= 8 and all(i.due <= today + timedelta(days=6) for i in soon)
    birthdays = [i for i in everything if i.kind is ItemKind.BIRTHDAY]
    assert 1 <= len(birthdays) <= 2 and all(i.due <= today + timedelta(days=6) for i in birthdays)
    assert 2 <= count[ItemKind.KEEP_IN_TOUCH] <= 4
    assert 1 <= count[ItemKind.WAITING] <= 2 and count[ItemKind.STOP] == 0
    assert count[ItemKind.REPLY_OWED] <= 2 and count[ItemKind.REPAIR] == 0


def test_most_promises_were_kept_on_time_and_none_broken(services):
    made_on(services, NOW)
    rows = promises(services)
    states = Counter(state for _, state, *_ in rows)
    assert states["broken"] == 0
    assert states["kept"] >= 0.8 * len(rows)
    for _, state, due, made, resolved in rows:
        assert made[:10] <= due
        if state != "open":
            # kept or released by the due day (its evening), and a day ago or earlier
            assert made <= resolved and resolved[:10] <= due, (made, due, resolved)
            assert resolved < "2026-11-22 08:30"


def test_the_people_stay_what_the_seed_gave(services):
    """Names, companies and topics as the seed gave them before the Today shaping (tests and
    the bench rely on them): the shaping draws from a random stream of its own."""
    made_on(services, NOW)
    with services.db.read() as conn:
        people = conn.execute(text("SELECT given_name, family_name, company FROM contact "
                                   "WHERE id IN (1, 2, 3, 100, 200) ORDER BY id")).all()
        topics = conn.execute(text(
            "SELECT t.label FROM contact_topic ct JOIN topic t ON t.id = ct.topic_id "
            "WHERE ct.contact_id = 200 ORDER BY ct.rowid")).scalars().all()
    assert [tuple(p) for p in people] == [
        ("Lukas", "Schmitt", "Accenture"), ("Tobias", "Hartmann", "Universität Stuttgart"),
        ("Sophie", "Krause", "Allianz"), ("Thomas", "O'Brien", "McKinsey"),
        ("Björn", "Schröder", "Volkswagen")]
    assert sorted(topics) == ["Industrie 4.0", "Künstliche Intelligenz"]


def test_a_bigger_network_has_proportionally_more_to_do(services):
    """The quotas scale with the size (the Today bench reads a 50,000-contact network)."""
    services = made_on(services, NOW, contacts=2000)
    listing = services.today.build(cap=1000)
    today = listing.today
    everything = listing.items()
    late = [i for i in everything if i.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE)
            and i.due < today]
    soon = [i for i in everything if i.kind is ItemKind.MY_PROMISE and i.due >= today]
    scale = 2000 / FIRST_RUN
    assert len(late) == QUOTAS["promise_late"][0] * scale
    assert len(soon) == QUOTAS["promise_soon"][0] * scale
    assert listing.group(Bucket.OVERDUE).total < 100  # still no flood


def test_birthdays_this_week_are_dates_relative_to_the_day_made(services):
    services = made_on(services, datetime(2027, 2, 24, 9, 0, tzinfo=BERLIN))
    listing = services.today.build()
    days = sorted(i.due for i in listing.items() if i.kind is ItemKind.BIRTHDAY)
    assert days and date(2027, 2, 24) <= days[0] and days[-1] <= date(2027, 3, 2)
