"""Today's part for important dates: each shows from its alert days before it until the day
itself (an anniversary with a 3-day alert is listed on the 18th, 19th, 20th and 21st).

One indexed read over the (month, day) pairs the longest alert can reach, keeping only the
dates whose alert reaches that day (ints from the calendar, not input); a once-only date
counts only in its own year."""

from __future__ import annotations

from app.domain.important_dates import MAX_ALERT_DAYS, window_keys
from app.domain.today import Bucket, ItemKind, TodayItem, sort_key
from app.services.today_window import Window, hidden
from app.storage.queries import today as reads


def important_dates(cur, w: Window):
    """A part of the Today build (services/today.py PARTS), on its read snapshot's cursor."""
    today, cap = w.today, w.cap
    skip = w.marks.get(ItemKind.DATE, {})
    found: list[TodayItem] = []
    seen: set[int] = set()
    for row in reads.important_dates(cur, window_keys(today, MAX_ALERT_DAYS)):
        if row.id in seen:  # 29 February is looked up twice in a common year
            continue
        seen.add(row.id)
        when = row.value.showing(today)
        if when is None:
            continue
        item = TodayItem(
            ItemKind.DATE, row.id, row.contact_id, row.name, when, None, row.value.label,
            row.value.years_on(when), when.isoformat(), detail=row.value.kind.value,
        )
        if not hidden(item, skip):
            found.append(item)
    counts = {Bucket.TODAY: 0, Bucket.UPCOMING: 0}
    listed: list[TodayItem] = []
    for item in sorted(found, key=sort_key):
        bucket = item.bucket(today)
        counts[bucket] += 1
        if counts[bucket] <= cap:
            listed.append(item)
    return listed, counts
