"""A backlog that does not shame: drifted keep-in-touch items spread over the next weeks.

After a holiday or a busy month Today opens with a hundred "keep in touch" rows. Marking
them all done would lie; snoozing them all to tomorrow moves the wall one day. Spreading
gives each a day in the next few weeks (a few per day, the most drifted first), with a
today_mark snooze, so they come back at a pace a person can keep. The marks as they were
are returned, so that one undo puts back exactly the previous state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from app.domain.focus import drift
from app.domain.today import TodayItem
from app.services.snapshots import RowSnapshot
from app.storage.queries import today as reads
from app.storage.queries.raw import jd
from app.storage.tables import TodayMark

SPREAD_WEEKS = 4


@dataclass(frozen=True)
class Spread:
    count: int  # items rescheduled
    last_day: date | None  # the latest day one of them comes back
    before: tuple[RowSnapshot, ...]  # the today_mark rows as they were (None: no mark)


def spread_days(count: int, first: date, days: int) -> list[date]:
    """`count` dates from `first` over `days` days, evenly: at most ceil(count/days) a day,
    and never all on the first day."""
    if count <= 0:
        return []
    days = max(days, 1)
    return [first + timedelta(days=(i * days) // count) for i in range(count)]


def drifted(conn, today: date, tz, hidden: dict[int, set[str]]) -> list[TodayItem]:
    """Every keep-in-touch item overdue today (not only the listed ones), not snoozed or
    done: one range read on ix_contact_follow_up, in the caller's transaction."""
    edge = datetime.combine(today, time(), tz).astimezone(timezone.utc)
    cursor = conn.connection.driver_connection.cursor()
    try:
        items = reads.drifted(jd(edge), tz).rows(cursor, -1)  # -1: no limit
    finally:
        cursor.close()
    return [item for item in items if item.occurrence not in hidden.get(item.ref_id, ())]


def spread(conn, items: list[TodayItem], today: date, now: datetime,
           weeks: int = SPREAD_WEEKS) -> Spread:
    """Snooze `items` across the next `weeks` weeks, the most drifted first. Runs inside
    the caller's write transaction."""
    ordered = sorted(items, key=lambda item: (-drift(item, today), item.due, item.ref_id))
    days = spread_days(len(ordered), today + timedelta(days=1), weeks * 7)
    table = TodayMark.__table__
    columns = [c for c in table.columns if c.computed is None]
    before = []
    for item in ordered:
        key = {"kind": item.kind.value, "ref_id": item.ref_id, "occurrence": item.occurrence}
        row = conn.execute(select(*columns).where(
            table.c.kind == key["kind"], table.c.ref_id == key["ref_id"],
            table.c.occurrence == key["occurrence"])).mappings().first()
        before.append(RowSnapshot("today_mark", tuple(sorted(key.items())),
                                  dict(row) if row else None))
    for item, day in zip(ordered, days):
        conn.execute(insert(TodayMark).values(
            kind=item.kind.value, ref_id=item.ref_id, occurrence=item.occurrence,
            contact_id=item.contact_id, done=False, snoozed_until=day, created_at=now,
        ).on_conflict_do_update(index_elements=["kind", "ref_id", "occurrence"],
                                set_={"done": False, "snoozed_until": day, "created_at": now}))
    return Spread(len(ordered), days[-1] if days else None, tuple(before))
