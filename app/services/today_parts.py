"""The parts of the Today list read from contacts and promises and reminders: keep in touch,
outreach, birthdays, promises due and reminders. Each takes a DB-API cursor and the build's
Window and returns the items to list (at most `cap` per kind and bucket) and the count per
bucket, like the trust parts (today_trust.py) and decisions (today_decisions.py).

The reads (index range reads with a LIMIT, never a scan) are in app/storage/queries/today.py;
the rules here decide the buckets, what a mark hides and what is listed under the cap.
"""

from __future__ import annotations

from app.domain.birthdays import Birthday
from app.domain.enums import PromiseOwner
from app.domain.today import (
    BIRTHDAY_DAYS, Bucket, ItemKind, TodayItem, birthday_keys, bucket_of, current_due,
    horizon, local_date, sort_key, upcoming_birthday,
)
from app.services.today_window import Window, hidden, take
from app.storage.queries import today as reads
from app.storage.queries.predicates import Where
from app.storage.queries.raw import jd


def keep_in_touch(cur, w: Window):
    cutoffs = [jd(edge) for edge in w.edges]
    ranges = ((0.0, cutoffs[0]), (cutoffs[0], cutoffs[1]), (cutoffs[1], cutoffs[2]))
    skip = w.marks.get(ItemKind.KEEP_IN_TOUCH, {})
    items, counts = [], {}
    for bucket, (start, end) in zip(Bucket, ranges):
        listed, counts[bucket] = take(cur, reads.follow_ups(start, end, w.tz), skip, w.cap)
        items.extend(listed)
    return items, counts


def outreach(cur, w: Window):
    """Waiting (app.domain.outreach.WAITING_AT unanswered) and stop (STOP_AT or more): both
    are today's business."""
    items, total = [], 0
    for kind in (ItemKind.WAITING, ItemKind.STOP):
        listing = reads.outreach_unanswered(kind, w.today, w.tz)
        listed, count = take(cur, listing, w.marks.get(kind, {}), w.cap)
        items.extend(listed)
        total += count
    return items, {Bucket.TODAY: total}


def birthdays(cur, w: Window):
    """One index-only count per day of the window, then rows only for the days needed to
    list `cap` per bucket; 29 February joins 28 February in common years."""
    today, cap = w.today, w.cap
    skip = w.marks.get(ItemKind.BIRTHDAY, {})
    keys = birthday_keys(today, BIRTHDAY_DAYS)
    per_day = reads.birthdays_per_day(cur, keys)
    items, counts = [], {Bucket.TODAY: 0, Bucket.UPCOMING: 0}
    listed = {Bucket.TODAY: 0, Bucket.UPCOMING: 0}
    for month, day in keys:
        when = upcoming_birthday(Birthday(month, day), today)
        if when is None or not per_day.get((month, day)):
            continue
        bucket = bucket_of(when, today)
        counts[bucket] += per_day[(month, day)]
        if listed[bucket] >= cap:
            continue
        for item in reads.birthdays_on(month, day, when).rows(cur, cap + len(skip)):
            if hidden(item, skip):
                counts[bucket] -= 1
            elif listed[bucket] < cap:
                items.append(item)
                listed[bucket] += 1
    return items, counts


def promises_due(cur, w: Window):
    """Mine: overdue, today and coming up; theirs: overdue (a nudge). The list is sorted
    for display afterwards."""
    today = w.today.isoformat()
    last = horizon(w.today).isoformat()
    items, counts = [], {bucket: 0 for bucket in Bucket}
    parts = (
        (ItemKind.MY_PROMISE, PromiseOwner.ME, Bucket.OVERDUE, Where().and_("p.due < ?", today)),
        (ItemKind.MY_PROMISE, PromiseOwner.ME, Bucket.TODAY, Where().and_("p.due = ?", today)),
        (ItemKind.MY_PROMISE, PromiseOwner.ME, Bucket.UPCOMING,
         Where().and_("p.due > ?", today).and_("p.due <= ?", last)),
        (ItemKind.THEIR_PROMISE, PromiseOwner.THEM, Bucket.OVERDUE,
         Where().and_("p.due < ?", today)),
    )
    for kind, owner, bucket, due in parts:
        listing = reads.promises(kind, owner, due, w.today)
        listed, count = take(cur, listing, w.marks.get(kind, {}), w.cap)
        items.extend(listed)
        counts[bucket] += count
    return items, counts


def reminders_due(cur, w: Window):
    """Reminders due before the horizon ends. SQL keeps only those that can be; the rule
    itself (a repeat, a snooze) is applied here."""
    found = []
    for row in reads.reminders(cur, w.edges[2]):
        due = current_due(row.state, w.now, w.tz)
        if due >= w.edges[2]:
            continue
        found.append(TodayItem(ItemKind.REMINDER, row.id, row.contact_id, row.name,
                               local_date(due, w.tz), None, row.title, 0, due.isoformat()))
    counts = {bucket: 0 for bucket in Bucket}
    shown: dict[Bucket, list[TodayItem]] = {bucket: [] for bucket in Bucket}
    for item in sorted(found, key=sort_key):
        bucket = bucket_of(item.due, w.today)
        counts[bucket] += 1
        if len(shown[bucket]) < w.cap:
            shown[bucket].append(item)
    return [i for group in shown.values() for i in group], counts
