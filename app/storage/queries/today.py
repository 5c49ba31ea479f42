"""The Today list's reads: each part's rows as a Listing (columns, source, WHERE from
parts, order, decoder) that the service lists under its cap and counts.

Fast at 50,000 contacts because every read is an index range read with a LIMIT, never a
scan of contacts or interactions: keep in touch reads ix_contact_follow_up (a generated
column), outreach ix_contact_unanswered, birthdays ix_contact_upcoming_birthday, replies
owed ix_contact_reply_owed, promises and repairs ix_promise_today, decisions
ix_decision_review. Thresholds come from app.domain when a read is made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import partial
from typing import Callable

from app.domain import outreach
from app.domain.enums import PromiseOwner, PromiseState
from app.domain.today import ItemKind, TodayItem
from app.storage.queries import rows
from app.storage.queries.predicates import (
    UNANSWERED_INDEXED_FROM, Where, active_contact, today_contact,
)
from app.storage.queries.raw import count_rows, db_time


@dataclass(frozen=True)
class Listing:
    """One read of a Today part: `rows` lists the first `limit` in order, decoded; `count`
    counts all of them (bounded, see raw.count_rows)."""

    columns: str
    source: str  # FROM ... (the index it reads, the joins)
    where: Where
    order: str
    decode: Callable[[tuple], TodayItem]

    def rows(self, cur, limit: int) -> list[TodayItem]:
        sql = (f"SELECT {self.columns} {self.source} WHERE {self.where.sql} "
               f"ORDER BY {self.order} LIMIT ?")
        return [self.decode(r) for r in cur.execute(sql, (*self.where.params, limit)).fetchall()]

    def count(self, cur, listed: int, limit: int) -> int:
        return count_rows(cur, f"SELECT 1 {self.source} WHERE {self.where.sql}",
                          self.where.params, listed, limit)


_FOLLOW_UPS = "FROM contact c INDEXED BY ix_contact_follow_up"
_PROMISES = "FROM promise p INDEXED BY ix_promise_today JOIN contact c ON c.id = p.contact_id"


def follow_ups(start_jd: float, end_jd: float, tz: tzinfo) -> Listing:
    """Keep in touch: contacts whose cadence falls due in [start, end) (Julian days)."""
    where = (Where().and_("c.follow_up_jd >= ?", start_jd).and_("c.follow_up_jd < ?", end_jd)
             .and_(today_contact("c")))
    return Listing(rows.FOLLOW_UP_COLUMNS, _FOLLOW_UPS, where, "c.follow_up_jd",
                   partial(rows.follow_up_item, tz=tz))


def drifted(end_jd: float, tz: tzinfo) -> Listing:
    """Every keep-in-touch item due before `end` (the backlog to spread)."""
    return follow_ups(0.0, end_jd, tz)


def outreach_unanswered(kind: ItemKind, today: date, tz: tzinfo) -> Listing:
    """Waiting (WAITING_AT up to STOP_AT unanswered) or stop (STOP_AT or more), oldest
    first. Waiting as a list of counts, not a range: one count (2) is an equality, and
    SQLite reads ix_contact_unanswered in first_unanswered_at order without sorting."""
    floor = f"c.unanswered_outbound >= {UNANSWERED_INDEXED_FROM}"  # the index's own term
    if outreach.WAITING_AT < UNANSWERED_INDEXED_FROM:
        raise ValueError("WAITING_AT is below what ix_contact_unanswered holds")
    if kind is ItemKind.WAITING:
        counts = list(range(outreach.WAITING_AT, outreach.STOP_AT))
        where = Where().and_(f"c.unanswered_outbound IN ({','.join('?' * len(counts))})",
                             *counts)
    else:
        where = Where().and_("c.unanswered_outbound >= ?", outreach.STOP_AT)
    where = where.and_(floor).and_(today_contact("c"))
    return Listing(rows.OUTREACH_COLUMNS, "FROM contact c INDEXED BY ix_contact_unanswered",
                   where, "c.first_unanswered_at",
                   partial(rows.outreach_item, kind=kind, today=today, tz=tz))


_BIRTHDAYS = "FROM contact c INDEXED BY ix_contact_upcoming_birthday"


def birthdays_per_day(cur, keys: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """How many contacts have their birthday on each (month, day): one index search per
    day (a correlated count); "IN (VALUES …)" made SQLite scan the whole birthday index
    instead, 11 ms against 0.2 ms at 50,000 contacts. The pairs are ints from the
    calendar, not input."""
    if not keys:
        return {}
    pairs = ", ".join(f"({int(m)}, {int(d)})" for m, d in keys)
    sql = (f"SELECT k.column1, k.column2, (SELECT count(*) {_BIRTHDAYS} WHERE "
           f"c.birthday_month = k.column1 AND c.birthday_day = k.column2 AND "
           f"{today_contact('c')}) FROM (VALUES {pairs}) AS k")
    return {(m, d): n for m, d, n in cur.execute(sql).fetchall()}


def birthdays_on(month: int, day: int, when: date) -> Listing:
    where = (Where().and_("c.birthday_month = ?", month).and_("c.birthday_day = ?", day)
             .and_(today_contact("c")))
    return Listing(rows.BIRTHDAY_COLUMNS, _BIRTHDAYS, where, "c.id",
                   partial(rows.birthday_item, month=month, day=day, when=when))


def promises(kind: ItemKind, owner: PromiseOwner, due: Where, today: date,
             state: PromiseState = PromiseState.OPEN) -> Listing:
    """Open promises of `owner` whose due day is in `due` (terms on p.due), read in
    ix_promise_today's own order: ORDER BY due, id made SQLite sort each day's promises
    in a temporary B-tree (0.56 ms against 0.08 ms per query at 50,000 contacts)."""
    where = (Where().and_("p.state = ?", state.value).and_("p.owner = ?", owner.value)
             .and_(due.sql, *due.params).and_(active_contact("c")))
    return Listing(rows.PROMISE_COLUMNS, _PROMISES, where, "p.due, p.contact_id, p.id",
                   partial(rows.promise_item, kind=kind, today=today))


def repairs(today: date, tz: tzinfo) -> Listing:
    """Promises of mine I broke, in ix_promise_today's order."""
    where = (Where().and_("p.state = ?", PromiseState.BROKEN.value)
             .and_("p.owner = ?", PromiseOwner.ME.value).and_(active_contact("c")))
    return Listing(rows.REPAIR_COLUMNS, _PROMISES, where, "p.due, p.contact_id, p.id",
                   partial(rows.repair_item, today=today, tz=tz))


def replies_owed(start: datetime, end: datetime, end_closed: bool, wait: timedelta,
                 today: date, tz: tzinfo) -> Listing:
    """Contacts whose message to me came in within [start, end) ([start, end] when
    end_closed) and is still unanswered, oldest first."""
    where = (Where().and_("c.reply_owed_since IS NOT NULL")  # the index's own term
             .and_(f"c.reply_owed_since {'<=' if end_closed else '<'} ?", db_time(end))
             .and_("c.reply_owed_since >= ?", db_time(start)).and_(today_contact("c")))
    return Listing(rows.REPLY_OWED_COLUMNS, "FROM contact c INDEXED BY ix_contact_reply_owed",
                   where, "c.reply_owed_since",
                   partial(rows.reply_owed_item, wait=wait, today=today, tz=tz))


def decisions(review: Where, tz: tzinfo) -> Listing:
    """Decisions not yet reviewed whose review day is in `review` (terms on d.review_on):
    range reads on ix_decision_review, so reviewed ones cost nothing."""
    where = (Where().and_("d.reviewed_at IS NULL").and_(review.sql, *review.params)
             .and_(active_contact("c")))
    return Listing(rows.DECISION_COLUMNS, "FROM decision d INDEXED BY ix_decision_review "
                   "JOIN contact c ON c.id = d.contact_id", where, "d.review_on, d.id",
                   partial(rows.decision_item, tz=tz))


def reminders(cur, end: datetime) -> list[rows.ReminderRow]:
    """Open reminders that can be due before `end`: due (or a snooze ending) before it; a
    recurring reminder's current occurrence is never earlier than its stored due_at. Those
    of an archived or trashed contact are left out (a reminder without a contact stays)."""
    where = (Where().and_("r.done = 0")
             .and_("(r.due_at < ? OR r.snoozed_until < ?)", db_time(end), db_time(end))
             .and_(f"(c.id IS NULL OR ({active_contact('c')}))"))
    sql = (f"SELECT {rows.REMINDER_COLUMNS} FROM reminder r "
           f"LEFT JOIN contact c ON c.id = r.contact_id WHERE {where.sql}")
    return [rows.reminder_row(r) for r in cur.execute(sql, where.params).fetchall()]


def important_dates(cur, keys: list[tuple[int, int, int]]) -> list[rows.DateRow]:
    """The important dates on these (month, day) whose alert reaches that far ahead
    (month, day, days ahead: ints from the calendar, not input), of Today's contacts; one
    indexed read on ix_important_date_day."""
    if not keys:
        return []
    values = ", ".join(f"({int(m)}, {int(d)}, {int(ahead)})" for m, d, ahead in keys)
    sql = (f"SELECT {rows.DATE_COLUMNS} FROM (VALUES {values}) AS k "
           "JOIN important_date d INDEXED BY ix_important_date_day "
           "ON d.month = k.column1 AND d.day = k.column2 AND d.alert_days >= k.column3 "
           f"JOIN contact c ON c.id = d.contact_id WHERE {today_contact('c')}")
    return [rows.date_row(r) for r in cur.execute(sql).fetchall()]


# --- what hides an item, what was handled, the settings -------------------------------
def active_marks(cursor, today: date) -> dict[ItemKind, dict[int, set[str]]]:
    """(kind → ref_id → occurrences) hidden today: done, or snoozed past today."""
    found = cursor.execute(
        "SELECT kind, ref_id, occurrence FROM today_mark WHERE done = 1 OR snoozed_until > ?",
        (today.isoformat(),),
    ).fetchall()
    marks: dict[ItemKind, dict[int, set[str]]] = {}
    for kind, ref_id, occurrence in found:
        marks.setdefault(ItemKind(kind), {}).setdefault(ref_id, set()).add(occurrence)
    return marks


def handled_since(cursor, midnight: datetime) -> int:
    """Rows the user dealt with since local midnight: today marks written, promises
    resolved and decisions reviewed (an undo puts them back). Index range reads on
    ix_today_mark_created and ix_promise_resolved (schema 0011; before it both were table
    scans: 50,000 promises at every build); decisions are few and hand-written."""
    start = db_time(midnight)
    return cursor.execute(
        "SELECT (SELECT count(*) FROM today_mark WHERE created_at >= ?) + "
        "(SELECT count(*) FROM promise WHERE resolved_at >= ?) + "
        "(SELECT count(*) FROM decision WHERE reviewed_at >= ?)", (start, start, start),
    ).fetchone()[0]


def settings_json(cursor) -> dict:
    """The stored settings (SettingsService.load's source), read in the same snapshot."""
    row = cursor.execute("SELECT value FROM setting WHERE key = 'settings'").fetchone()
    value = json.loads(row[0]) if row and isinstance(row[0], str) else None
    return value if isinstance(value, dict) else {}
