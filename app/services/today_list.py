"""The Today list as plain values: three buckets (overdue, today, coming up), each with its
listed items and its full count, and the focus."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.today import Bucket, TodayItem
from app.storage.queries.raw import COUNT_LIMIT


@dataclass(frozen=True)
class TodayGroup:
    bucket: Bucket
    items: tuple[TodayItem, ...]
    total: int  # all items in the bucket, including those beyond the cap

    @property
    def at_least(self) -> bool:
        """Counting stopped at COUNT_LIMIT somewhere: total is a lower bound ("500+")."""
        return self.total >= COUNT_LIMIT

    @property
    def hidden(self) -> int:
        return self.total - len(self.items)


@dataclass(frozen=True)
class TodayList:
    today: date
    groups: tuple[TodayGroup, TodayGroup, TodayGroup]  # overdue, today, upcoming
    focus: tuple[TodayItem, ...] = ()  # the few to do first (app.domain.focus); also in groups

    @property
    def later_count(self) -> int:
        """Everything in the buckets that is not in the focus (listed or counted)."""
        return sum(group.total for group in self.groups) - len(self.focus)

    def group(self, bucket: Bucket) -> TodayGroup:
        return next(g for g in self.groups if g.bucket is bucket)

    @property
    def due_count(self) -> int:
        """What needs doing now: overdue plus today (the tray and the digest show it)."""
        return self.group(Bucket.OVERDUE).total + self.group(Bucket.TODAY).total

    def items(self) -> list[TodayItem]:
        return [item for group in self.groups for item in group.items]
