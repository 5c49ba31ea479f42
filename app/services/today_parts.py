"""The parts of the Today list read from contacts and promises and reminders: keep in touch,
outreach, birthdays, promises due and reminders. Each takes a DB-API cursor and the build's
Window and returns the items to list (at most `cap` per kind and bucket) and the count per
bucket, like the trust parts (today_trust.py) and decisions (today_decisions.py).

Fast at 50,000 contacts because every part is an index range read with a LIMIT, never a
scan of contacts or interactions: keep-in-touch reads ix_contact_follow_up (a generated
column), outreach ix_contact_unanswered, birthdays ix_contact_upcoming_birthday, promises
ix_promise_today.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from app.domain.birthdays import Birthday
from app.domain.clock import as_utc
from app.domain.today import (
    BIRTHDAY_DAYS, Bucket, ItemKind, ReminderState, TodayItem, birthday_keys, bucket_of,
    current_due, horizon, local_date, sort_key, upcoming_birthday,
)
from app.services.contacts import display_name
from app.services.today_sql import Window, count_rows, db_time, hidden, parse_stored
from app.storage.tables import TODAY_CONTACTS

_JD_UNIX_EPOCH = 2440587.5


def jd(moment: datetime) -> float:
    return _JD_UNIX_EPOCH + moment.timestamp() / 86400


def _from_jd(value: float) -> datetime:
    return datetime.fromtimestamp((value - _JD_UNIX_EPOCH) * 86400, timezone.utc)


def keep_in_touch(cur, w: Window):
    cutoffs = [jd(edge) for edge in w.edges]
    where = f"follow_up_jd < :end AND {TODAY_CONTACTS}"
    source = ("FROM contact INDEXED BY ix_contact_follow_up "
              f"WHERE follow_up_jd >= :start AND {where}")
    sql = ("SELECT id, given_name, family_name, nickname, follow_up_jd, last_two_way_at, "
           f"created_at, cadence_days {source} ORDER BY follow_up_jd LIMIT :limit")
    ranges = ((0.0, cutoffs[0]), (cutoffs[0], cutoffs[1]), (cutoffs[1], cutoffs[2]))
    skip = w.marks.get(ItemKind.KEEP_IN_TOUCH, {})
    items, counts = [], {}
    for bucket, (start, end) in zip(Bucket, ranges):
        params = {"start": start, "end": end}
        rows = cur.execute(sql, {**params, "limit": w.cap + len(skip)}).fetchall()
        found = [_follow_up_item(r, w.tz) for r in rows]
        kept = [i for i in found if not hidden(i, skip)]
        items.extend(kept[: w.cap])
        matching = count_rows(cur, f"SELECT 1 {source}", params, len(rows),
                              w.cap + len(skip))
        counts[bucket] = matching - (len(found) - len(kept))
    return items, counts


def _follow_up_item(r, tz) -> TodayItem:
    cid, given, family, nickname, follow_up, last_two_way, created, cadence = r
    due = local_date(_from_jd(follow_up), tz)
    since = local_date(as_utc(parse_stored(last_two_way or created)), tz)
    return TodayItem(ItemKind.KEEP_IN_TOUCH, cid, cid, display_name(given, family, nickname),
                     due, since, "", cadence, due.isoformat())


def outreach(cur, w: Window):
    """2 unanswered → waiting, 3 or more → stop; both are today's business."""
    items, total = [], 0
    for kind, condition in ((ItemKind.WAITING, "unanswered_outbound = 2"),
                            (ItemKind.STOP, "unanswered_outbound >= 3")):
        skip = w.marks.get(kind, {})
        source = ("FROM contact INDEXED BY ix_contact_unanswered WHERE "
                  f"{condition} AND unanswered_outbound >= 2 AND {TODAY_CONTACTS}")
        rows = cur.execute(
            "SELECT id, given_name, family_name, nickname, unanswered_outbound, "
            f"first_unanswered_at {source} ORDER BY first_unanswered_at LIMIT :limit",
            {"limit": w.cap + len(skip)},
        ).fetchall()
        found = []
        for cid, given, family, nickname, unanswered, first in rows:
            first_at = parse_stored(first) if first else None
            found.append(TodayItem(
                kind, cid, cid, display_name(given, family, nickname), w.today,
                local_date(as_utc(first_at), w.tz) if first_at else None, "", unanswered,
                f"{first_at if first_at else ''}",
            ))
        kept = [i for i in found if not hidden(i, skip)]
        items.extend(kept[: w.cap])
        matching = count_rows(cur, f"SELECT 1 {source}", {}, len(rows),
                              w.cap + len(skip))
        total += matching - (len(found) - len(kept))
    return items, {Bucket.TODAY: total}


def birthdays(cur, w: Window):
    """One index-only count per day of the window, then rows only for the days needed to
    list `cap` per bucket; 29 February joins 28 February in common years."""
    today, cap = w.today, w.cap
    skip = w.marks.get(ItemKind.BIRTHDAY, {})
    keys = birthday_keys(today, BIRTHDAY_DAYS)
    pairs = ", ".join(f"({m}, {d})" for m, d in keys)  # ints from the calendar, not input
    # One index search per day (a correlated count): "IN (VALUES …)" made SQLite scan the
    # whole birthday index instead, 11 ms against 0.2 ms at 50,000 contacts.
    per_day = {(m, d): n for m, d, n in cur.execute(
        "SELECT k.column1, k.column2, (SELECT count(*) FROM contact "
        "INDEXED BY ix_contact_upcoming_birthday WHERE birthday_month = k.column1 "
        f"AND birthday_day = k.column2 AND {TODAY_CONTACTS}) FROM (VALUES {pairs}) AS k"
    ).fetchall()}
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
        rows = cur.execute(
            "SELECT id, given_name, family_name, nickname, birthday_year FROM contact "
            "INDEXED BY ix_contact_upcoming_birthday WHERE birthday_month = :m AND "
            f"birthday_day = :d AND {TODAY_CONTACTS} LIMIT :limit",
            {"m": month, "d": day, "limit": cap + len(skip)},
        ).fetchall()
        for cid, given, family, nickname, year in rows:
            item = TodayItem(
                ItemKind.BIRTHDAY, cid, cid, display_name(given, family, nickname), when, None,
                "", Birthday(month, day, year).age_on(when) or 0, when.isoformat(),
            )
            if hidden(item, skip):
                counts[bucket] -= 1
            elif listed[bucket] < cap:
                items.append(item)
                listed[bucket] += 1
    return items, counts


def promises_due(cur, w: Window):
    """Mine: overdue, today and coming up; theirs: overdue (a nudge). Plain SQL over
    ix_promise_today (state, owner, due, contact_id), read in the index's own order: ORDER
    BY due, id made SQLite sort each day's promises in a temporary B-tree (0.56 ms against
    0.08 ms per query at 50,000 contacts). The list is sorted for display afterwards."""
    today = w.today
    last = horizon(today).isoformat()
    items, counts = [], {bucket: 0 for bucket in Bucket}
    parts = (
        (ItemKind.MY_PROMISE, "me", Bucket.OVERDUE, "p.due < :today"),
        (ItemKind.MY_PROMISE, "me", Bucket.TODAY, "p.due = :today"),
        (ItemKind.MY_PROMISE, "me", Bucket.UPCOMING, "p.due > :today AND p.due <= :last"),
        (ItemKind.THEIR_PROMISE, "them", Bucket.OVERDUE, "p.due < :today"),
    )
    for kind, owner, bucket, in_range in parts:
        skip = w.marks.get(kind, {})
        params = {"owner": owner, "today": today.isoformat(), "last": last}
        source = (
            "FROM promise p INDEXED BY ix_promise_today JOIN contact c ON c.id = p.contact_id "
            f"WHERE p.state = 'open' AND p.owner = :owner AND {in_range} "
            "AND c.archived = 0 AND c.deleted_at IS NULL"
        )
        rows = cur.execute(
            "SELECT p.id, p.contact_id, p.text, p.due, p.original_due, c.given_name, "
            f"c.family_name, c.nickname {source} ORDER BY p.due, p.contact_id, p.id LIMIT :limit",
            {**params, "limit": w.cap + len(skip)},
        ).fetchall()
        found = []
        for pid, cid, text, due_text, original, given, family, nickname in rows:
            due = date.fromisoformat(due_text)
            first = date.fromisoformat(original) if original else None
            late = (today - due).days if kind is ItemKind.THEIR_PROMISE else 0
            found.append(TodayItem(
                kind, pid, cid, display_name(given, family, nickname), due,
                first if first and first != due else None, text, late, due_text,
            ))
        kept = [i for i in found if not hidden(i, skip)]
        items.extend(kept[: w.cap])
        matching = count_rows(cur, f"SELECT 1 {source}", params, len(rows),
                              w.cap + len(skip))
        counts[bucket] += matching - (len(found) - len(kept))
    return items, counts


def reminders_due(cur, w: Window):
    """Reminders due before the horizon ends. SQL keeps only those that can be: due (or a
    snooze ending) before the last edge; a recurring reminder's current occurrence is
    never earlier than its stored due_at. The rule itself is applied in Python."""
    end = db_time(w.edges[2])
    rows = cur.execute(
        "SELECT r.id, r.contact_id, r.title, r.due_at, r.rrule, r.snoozed_until, "
        "c.given_name, c.family_name, c.nickname, c.archived, c.deleted_at FROM reminder r "
        "LEFT JOIN contact c ON c.id = r.contact_id "
        "WHERE r.done = 0 AND (r.due_at < :end OR r.snoozed_until < :end)", {"end": end},
    ).fetchall()
    found = []
    for rid, cid, title, due_at, rule, snoozed, given, family, nickname, archived, deleted in rows:
        if cid is not None and (archived or deleted is not None):
            continue
        state = ReminderState(as_utc(parse_stored(due_at)), rule,
                              as_utc(parse_stored(snoozed)) if snoozed else None)
        due = current_due(state, w.now, w.tz)
        if due >= w.edges[2]:
            continue
        name = display_name(given, family, nickname) if cid else ""
        found.append(TodayItem(ItemKind.REMINDER, rid, cid, name, local_date(due, w.tz), None,
                               title, 0, due.isoformat()))
    counts = {bucket: 0 for bucket in Bucket}
    shown: dict[Bucket, list[TodayItem]] = {bucket: [] for bucket in Bucket}
    for item in sorted(found, key=sort_key):
        bucket = bucket_of(item.due, w.today)
        counts[bucket] += 1
        if len(shown[bucket]) < w.cap:
            shown[bucket].append(item)
    return [i for group in shown.values() for i in group], counts
