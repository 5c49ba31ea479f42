"""What the Today list's raw-SQL parts share: bounded counts, hidden marks, and datetimes
as SQLite holds them."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select, text

from app.domain.today import TodayItem

COUNT_LIMIT = 500  # counting stops here ("500+"): nobody works through more in a day


def count_rows(conn, query, params: dict) -> int:
    """Rows of `query`, counted up to COUNT_LIMIT (a bounded index read)."""
    if not isinstance(query, str) and not hasattr(query, "text"):
        query = query.limit(COUNT_LIMIT)
        return conn.execute(select(text("count(*)")).select_from(query.subquery())).scalar_one()
    return conn.execute(
        text(f"SELECT count(*) FROM ({query.text} LIMIT {COUNT_LIMIT})"), params
    ).scalar_one()


def hidden(item: TodayItem, marks: dict[int, set[str]]) -> bool:
    return item.occurrence in marks.get(item.ref_id, ())


def db_time(moment: datetime) -> str:
    """An aware instant as SQLite holds UTC datetimes (naive ISO text with microseconds),
    for comparisons in raw SQL."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def parse_stored(value) -> datetime:
    """Raw text SQL returns datetimes as SQLite stored them (text)."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)
