"""What the Today list's parts share: the build's Window, hidden marks, and how a part
lists a read under its cap and counts the rest. The SQL is in app/storage/queries/today.py;
every part reads one snapshot on the plain DB-API cursor (queries.raw.snapshot)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from app.domain.today import ItemKind, TodayItem
from app.storage.queries.today import Listing

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


def hidden(item: TodayItem, marks: dict[int, set[str]]) -> bool:
    return item.occurrence in marks.get(item.ref_id, ())


def take(cur, listing: Listing, skip: dict[int, set[str]], cap: int) -> tuple[list[TodayItem], int]:
    """The first `cap` items of a read that are not hidden, and how many there are in all
    (the hidden ones among those read are not counted)."""
    limit = cap + len(skip)
    found = listing.rows(cur, limit)
    kept = [item for item in found if not hidden(item, skip)]
    matching = listing.count(cur, len(found), limit)
    return kept[:cap], matching - (len(found) - len(kept))
