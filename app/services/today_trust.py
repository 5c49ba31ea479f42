"""Today's parts that keep what a person owes from vanishing: replies I owe (they wrote and
I have not answered) and repair rows (a promise of mine I broke). Each returns the items to
list and the count per bucket, like the other parts (today_parts.py); the reads are in
app/storage/queries/today.py."""

from __future__ import annotations

from datetime import timedelta

from app.domain.today import REPLY_OWED_WINDOW_DAYS, Bucket, ItemKind
from app.services.today_window import Window, take
from app.storage.queries import today as reads


def replies_owed(cur, w: Window):
    """They wrote and I have not answered for `reply_owed_days`: due on that day, so
    overdue after it. Two index range reads (overdue, today), oldest first."""
    skip = w.marks.get(ItemKind.REPLY_OWED, {})
    wait = timedelta(days=max(w.reply_days, 0))
    today_edge = w.edges[0]
    # Due today: the message came in on the local day `reply_owed_days` ago, up to now.
    oldest = today_edge - timedelta(days=REPLY_OWED_WINDOW_DAYS)
    ranges = ((Bucket.OVERDUE, oldest, today_edge - wait, False),
              (Bucket.TODAY, today_edge - wait, w.now - wait, True))
    items, counts = [], {}
    for bucket, start, end, closed in ranges:
        listing = reads.replies_owed(start, end, closed, wait, w.today, w.tz)
        listed, counts[bucket] = take(cur, listing, skip, w.cap)
        items.extend(listed)
    return items, counts


def repairs(cur, w: Window):
    """A promise of mine I broke stays on the list as "repair" until I mark it done
    (after an apology and a new date) or reopen it with a new date."""
    skip = w.marks.get(ItemKind.REPAIR, {})
    listed, total = take(cur, reads.repairs(w.today, w.tz), skip, w.cap)
    counts = {bucket: 0 for bucket in Bucket}
    for item in listed:
        counts[item.bucket(w.today)] += 1
    counts[Bucket.OVERDUE] += max(total - len(listed), 0)
    return listed, counts
