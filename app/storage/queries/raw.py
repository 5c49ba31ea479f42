"""The plain DB-API cursor the read models use, and datetimes as SQLite holds them.

Through SQLAlchemy's text() a small index read cost 0.2-0.4 ms of statement compiling,
cache keys and result wrapping around 10-100 µs of SQLite work; on the DB-API cursor a read
is mostly SQLite's own time. Parameters are plain str/int/float, rows are tuples.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

from app.domain.clock import as_utc

COUNT_LIMIT = 500  # counting stops here ("500+"): nobody works through more in a day
_JD_UNIX_EPOCH = 2440587.5


def run(conn, sql: str, params=()) -> list[tuple]:
    """Rows of `sql` on a SQLAlchemy Connection's driver cursor: plain tuples, no Row
    objects, no type processing."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, tuple(params)).fetchall()
    finally:
        cursor.close()


@contextmanager
def snapshot(db) -> Iterator:
    """A DB-API cursor inside one read transaction (SQLAlchemy's BEGIN hook runs, so every
    read sees the same snapshot even while another process writes)."""
    with db.read() as conn:
        with conn.begin():
            cursor = conn.connection.driver_connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()


def count_rows(cursor, sql: str, params=(), listed: int | None = None,
               limit: int | None = None) -> int:
    """Rows of `sql`, counted up to COUNT_LIMIT (a bounded index read). `listed` rows
    already read from the same source with LIMIT `limit`: fewer than the limit were all of
    them, so there is nothing left to count (most buckets of a personal network)."""
    if listed is not None and limit is not None and listed < limit:
        return min(listed, COUNT_LIMIT)
    return cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)",
                          (*params, COUNT_LIMIT)).fetchone()[0]


def db_time(moment: datetime) -> str:
    """An aware instant as SQLite holds UTC datetimes (naive ISO text with microseconds),
    for comparisons in raw SQL."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def sql_time(moment: datetime) -> str:
    """An aware instant as SQLite's datetime() writes it (to the second), UTC."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def parse_stored(value) -> datetime:
    """Raw SQL returns datetimes as SQLite stored them (naive UTC text)."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def stored_utc(value) -> datetime | None:
    """A stored datetime (or None) as an aware UTC instant."""
    if not value:
        return None
    return as_utc(parse_stored(value))


def jd(moment: datetime) -> float:
    """An instant as a Julian day number (the follow_up_jd column's unit)."""
    return _JD_UNIX_EPOCH + moment.timestamp() / 86400


def from_jd(value: float) -> datetime:
    return datetime.fromtimestamp((value - _JD_UNIX_EPOCH) * 86400, timezone.utc)
