"""Today's part for important dates: each shows from its alert days before it until the day
itself (an anniversary with a 3-day alert is listed on the 18th, 19th, 20th and 21st).

One indexed read over the (month, day) pairs the longest alert can reach, keeping only the
dates whose alert reaches that day (ints from the calendar, not input); a once-only date
counts only in its own year."""

from __future__ import annotations

from app.domain.important_dates import MAX_ALERT_DAYS, DateKind, ImportantDate, window_keys
from app.domain.today import Bucket, ItemKind, TodayItem, sort_key
from app.services.contacts import display_name
from app.services.today_sql import Window, hidden
from app.storage.tables import TODAY_CONTACTS

VISIBLE = TODAY_CONTACTS.replace("archived", "c.archived").replace(
    "deleted_at", "c.deleted_at").replace("is_me", "c.is_me")


def important_dates(cur, w: Window):
    """A part of the Today build (services/today.py PARTS), on its read snapshot's cursor."""
    today, cap = w.today, w.cap
    skip = w.marks.get(ItemKind.DATE, {})
    keys = ", ".join(f"({m}, {d}, {ahead})" for m, d, ahead in window_keys(today, MAX_ALERT_DAYS))
    rows = cur.execute(
        "SELECT d.id, d.contact_id, d.kind, d.label, d.month, d.day, d.year, d.yearly, "
        "d.alert_days, c.given_name, c.family_name, c.nickname FROM (VALUES "
        f"{keys}) AS k JOIN important_date d INDEXED BY ix_important_date_day "
        "ON d.month = k.column1 AND d.day = k.column2 AND d.alert_days >= k.column3 "
        f"JOIN contact c ON c.id = d.contact_id WHERE {VISIBLE}"
    ).fetchall()
    found: list[TodayItem] = []
    seen: set[int] = set()
    for did, cid, kind, label, month, day, year, yearly, alert, given, family, nick in rows:
        if did in seen:  # 29 February is looked up twice in a common year
            continue
        seen.add(did)
        value = ImportantDate(DateKind(kind), month, day, year, bool(yearly), label, alert)
        when = value.showing(today)
        if when is None:
            continue
        item = TodayItem(
            ItemKind.DATE, did, cid, display_name(given, family, nick), when, None, label,
            value.years_on(when), when.isoformat(), detail=kind,
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
