"""What the Today list's raw-SQL parts share: one read snapshot on the plain DB-API
connection, bounded counts, hidden marks, and datetimes as SQLite holds them.

The parts run 30-odd small index reads per build. Through SQLAlchemy's text() each one
cost 0.2-0.4 ms of statement compiling, cache keys and result wrapping around 10-100 µs
of SQLite work; on the DB-API cursor the build is mostly SQLite's own time (issue 19:
Today ≤ 15 ms at 50,000 contacts). Parameters are plain str/int/float (ISO dates, stored
datetimes), so no driver adapter is involved; rows are tuples.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from typing import Iterator

from app.domain.today import ItemKind, TodayItem

COUNT_LIMIT = 500  # counting stops here ("500+"): nobody works through more in a day

Marks = dict[ItemKind, dict[int, set[str]]]


@dataclass(frozen=True)
class Window:
    """What every part of one build needs: the local day, the bucket edges (UTC instants
    of local midnights: today, tomorrow, the day after the horizon), the cap per kind and
    bucket, the active marks, the zone and the clock's now."""

    today: date
    edges: tuple[datetime, datetime, datetime]
    cap: int
    marks: Marks
    tz: tzinfo
    now: datetime
    reply_days: int = 3


@contextmanager
def snapshot(db) -> Iterator:
    """A DB-API cursor inside one read transaction (SQLAlchemy's BEGIN hook runs, so every
    part reads the same snapshot even while another process writes)."""
    with db.read() as conn:
        with conn.begin():
            cursor = conn.connection.driver_connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()


def count_rows(cursor, sql: str, params: dict, listed: int | None = None,
               limit: int | None = None) -> int:
    """Rows of `sql`, counted up to COUNT_LIMIT (a bounded index read). `listed` rows
    already read from the same source with LIMIT `limit`: fewer than the limit were all of
    them, so there is nothing left to count (most buckets of a personal network)."""
    if listed is not None and limit is not None and listed < limit:
        return min(listed, COUNT_LIMIT)
    return cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT {COUNT_LIMIT})", params).fetchone()[0]


def hidden(item: TodayItem, marks: dict[int, set[str]]) -> bool:
    return item.occurrence in marks.get(item.ref_id, ())


def active_marks(cursor, today: date) -> Marks:
    """(kind → ref_id → occurrences) hidden today: done, or snoozed past today."""
    rows = cursor.execute(
        "SELECT kind, ref_id, occurrence FROM today_mark WHERE done = 1 OR snoozed_until > ?",
        (today.isoformat(),),
    ).fetchall()
    marks: Marks = {}
    for kind, ref_id, occurrence in rows:
        marks.setdefault(ItemKind(kind), {}).setdefault(ref_id, set()).add(occurrence)
    return marks


def handled_since(cursor, midnight: datetime) -> int:
    """Rows the user dealt with since local midnight: today marks written, promises
    resolved and decisions reviewed (an undo puts them back). Index range reads on
    ix_today_mark_created and ix_promise_resolved (schema 0011; before it both were table
    scans: 50,000 promises at every build); decisions are few and hand-written."""
    start = db_time(midnight)
    return cursor.execute(
        "SELECT (SELECT count(*) FROM today_mark WHERE created_at >= :start) + "
        "(SELECT count(*) FROM promise WHERE resolved_at >= :start) + "
        "(SELECT count(*) FROM decision WHERE reviewed_at >= :start)", {"start": start},
    ).fetchone()[0]


def settings_json(cursor) -> dict:
    """The stored settings (SettingsService.load's source), read in the same snapshot."""
    row = cursor.execute("SELECT value FROM setting WHERE key = 'settings'").fetchone()
    value = json.loads(row[0]) if row and isinstance(row[0], str) else None
    return value if isinstance(value, dict) else {}


def db_time(moment: datetime) -> str:
    """An aware instant as SQLite holds UTC datetimes (naive ISO text with microseconds),
    for comparisons in raw SQL."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def parse_stored(value) -> datetime:
    """Raw SQL returns datetimes as SQLite stored them (text)."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
