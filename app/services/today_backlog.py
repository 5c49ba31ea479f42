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

from sqlalchemy import select, text
from sqlalchemy.dialects.sqlite import insert

from app.domain.clock import as_utc
from app.domain.focus import drift
from app.domain.today import ItemKind, TodayItem, local_date
from app.services.snapshots import RowSnapshot
from app.storage.tables import TODAY_CONTACTS, TodayMark

SPREAD_WEEKS = 4
_JD_UNIX_EPOCH = 2440587.5


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
    done: one range read on ix_contact_follow_up."""
    edge = datetime.combine(today, time(), tz).astimezone(timezone.utc)
    end = _JD_UNIX_EPOCH + edge.timestamp() / 86400
    rows = conn.execute(text(
        "SELECT id, given_name, family_name, nickname, follow_up_jd, cadence_days FROM contact "
        "INDEXED BY ix_contact_follow_up WHERE follow_up_jd >= 0 AND follow_up_jd < :end "
        f"AND {TODAY_CONTACTS} ORDER BY follow_up_jd"), {"end": end}).all()
    items = []
    for r in rows:
        moment = datetime.fromtimestamp((r.follow_up_jd - _JD_UNIX_EPOCH) * 86400, timezone.utc)
        due = local_date(as_utc(moment), tz)
        if due.isoformat() in hidden.get(r.id, ()):
            continue
        items.append(TodayItem(ItemKind.KEEP_IN_TOUCH, r.id, r.id, "", due, None, "",
                               r.cadence_days, due.isoformat()))
    return items


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
