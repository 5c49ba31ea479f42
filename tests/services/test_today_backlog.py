"""Spreading the keep-in-touch backlog, and closing a Today row after a message went out."""

from collections import Counter
from datetime import timedelta

from app.domain.clock import FixedClock
from app.domain.enums import PromiseState
from app.domain.today import Bucket, ItemKind
from app.services.sample import SampleNetwork
from app.services.snapshots import SnapshotService
from app.services.today_backlog import spread_days


def overdue_keep_in_touch(services):
    group = services.today.build().group(Bucket.OVERDUE)
    return [i for i in group.items if i.kind is ItemKind.KEEP_IN_TOUCH]


def test_spread_days_are_even_and_never_all_tomorrow(clock):
    first = clock.now().date()
    days = spread_days(124, first, 28)
    per_day = Counter(days)
    assert len(days) == 124 and min(days) == first and max(days) < first + timedelta(days=28)
    assert max(per_day.values()) <= 5 and len(per_day) == 28
    assert spread_days(4, first, 28) == [first + timedelta(days=d) for d in (0, 7, 14, 21)]


def untouched_since(services, days: int) -> None:
    """A sample network made `days` ago and left alone since: its keep-in-touch drifted.
    (A fresh sample is in order on the day it is made, with a few follow-ups due.)"""
    then = FixedClock(services.clock.now() - timedelta(days=days), tz=services.clock.local_tz())
    SampleNetwork(services.db, then, services.events).generate(200)


def test_spread_reschedules_every_drifted_item_and_undo_restores_the_marks(services):
    untouched_since(services, 200)
    before = overdue_keep_in_touch(services)
    assert len(before) >= 5
    snoozed = before[0]  # an existing snooze stays as it was
    services.today.snooze(snoozed, services.today.build().today + timedelta(days=1))
    mark = SnapshotService(services.db, services.clock, services.events).take(
        "today_mark", kind=snoozed.kind.value, ref_id=snoozed.ref_id, occurrence=snoozed.occurrence)
    result = services.today.spread_backlog()
    assert result.count >= len(before) - 1
    assert overdue_keep_in_touch(services) == []
    today = services.today.build().today
    assert today + timedelta(days=20) < result.last_day <= today + timedelta(days=28)
    SnapshotService(services.db, services.clock, services.events).restore(*result.before)
    back = [i.ref_id for i in overdue_keep_in_touch(services)]
    assert back[: len(before) - 1] == [i.ref_id for i in before[1:]]
    again = SnapshotService(services.db, services.clock, services.events).take(
        "today_mark", kind=snoozed.kind.value, ref_id=snoozed.ref_id, occurrence=snoozed.occurrence)
    assert again == mark


def test_after_sent_a_nudge_rests_and_a_kept_promise_is_done(services, person):
    today = services.today.build().today
    theirs = services.promises.add(person, "them", "send the slides", due=today - timedelta(days=2))
    item = next(i for i in services.today.build().items() if i.ref_id == theirs
                and i.kind is ItemKind.THEIR_PROMISE)
    services.today.close_after_sent(item, promise_kept=False)
    assert services.promises.get(theirs).state is PromiseState.OPEN
    assert item not in services.today.build().items()
    mine = services.promises.add(person, "me", "intro to Paul", due=today)
    item = next(i for i in services.today.build().items() if i.ref_id == mine
                and i.kind is ItemKind.MY_PROMISE)
    services.today.close_after_sent(item, promise_kept=True)
    assert services.promises.get(mine).state is PromiseState.KEPT
