"""Today's focus: the few items a person can finish in a morning, chosen by importance.

The full Today list is correct but long (158 items on the sample network); the focus picks
at most `size` of the items due now (overdue or today) in this order:
1. a promise of mine I broke (repair it), promises I owe that are due, my own reminders;
2. birthdays today;
3. replies I owe (they wrote, I have not answered);
4. decisions whose review day has come, mine before theirs (a day I set myself: after what
   I owe others, before chasing what they owe me);
5. their promises that are late, the escalated ones (over a week) first;
6. three or more unanswered messages (stop and change approach);
7. keep-in-touch drift, the most overdue relative to its cadence first;
8. two unanswered messages (waiting).
Within a rank the oldest due date comes first. At most PER_KIND items of one kind, so that
seven old slips do not crowd out today's birthday, unless nothing else is due. Everything
else stays in the buckets below the focus ("Later"), counted, never hidden.
"""

from __future__ import annotations

from datetime import date

from app.domain.today import Bucket, ItemKind, TodayItem, is_escalated, priority

DEFAULT_SIZE = 7
PER_KIND = 3


def drift(item: TodayItem, today: date) -> float:
    """How far a keep-in-touch item has drifted, in cadences: 1.0 is one whole cadence late."""
    cadence = item.count or 1
    return max((today - item.due).days, 0) / cadence


def focus_key(item: TodayItem, today: date) -> tuple:
    rank = priority(item.kind)
    if item.kind is ItemKind.THEIR_PROMISE:
        urgency = 0 if is_escalated(item, today) else 1
        return (rank, urgency, item.due, item.ref_id)
    if item.kind is ItemKind.KEEP_IN_TOUCH:
        return (rank, -drift(item, today), item.due, item.ref_id)
    if item.kind is ItemKind.DECISION:
        return (rank, 0 if item.owner != "them" else 1, item.due, item.ref_id)
    return (rank, 0, item.due, item.ref_id)


def pick_focus(items: list[TodayItem], today: date, size: int = DEFAULT_SIZE) -> list[TodayItem]:
    """At most `size` items due now (overdue or today), most important first. Birthdays
    count only on the day itself; what is coming up waits for its day."""
    due_now = [
        item for item in items
        if item.bucket(today) is not Bucket.UPCOMING
        and (item.kind not in (ItemKind.BIRTHDAY, ItemKind.DATE) or item.due == today)
    ]
    ranked = sorted(due_now, key=lambda item: focus_key(item, today))
    chosen: list[TodayItem] = []
    per_kind: dict[ItemKind, int] = {}
    for item in ranked:
        if len(chosen) < size and per_kind.get(item.kind, 0) < PER_KIND:
            chosen.append(item)
            per_kind[item.kind] = per_kind.get(item.kind, 0) + 1
    for item in ranked:  # fill up when few kinds are due
        if len(chosen) >= size:
            break
        if item not in chosen:
            chosen.append(item)
    return sorted(chosen, key=lambda item: focus_key(item, today))
