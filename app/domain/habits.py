"""The trust habits over the last 12 weeks: weekly buckets in local time and the rules that
decide what counts. Pure: the dashboard service aggregates in SQL by the keys these rules
need and hands the tallies back here.

The series (each a point per local week, Monday to Sunday, oldest first, this week last):
- promises kept on time: my promises due that week (the current due date, so a renegotiated
  promise counts against its new date), kept on or before the due day. Released promises
  are not counted (releasing is honest, not broken); open ones not yet due are pending.
- follow-ups within cadence: two-way contacts that week with people who have a cadence,
  that came no later than the cadence after the previous two-way contact (or after the
  contact was added). People without a cadence are left out.
- replies to my outreach: my outbound messages that week that a later inbound or mutual
  interaction answered (the guide's "unanswered outreach" rule, in reverse).
- in-person meetings: mutual meetings and events that week.
- new connections: contacts added that week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from typing import Iterable, Mapping

from app.domain.enums import Channel, PromiseState

WEEKS = 12
IN_PERSON_CHANNELS = (Channel.MEETING, Channel.EVENT)  # and direction mutual


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def local_midnight_utc(day: date, tz: tzinfo) -> datetime:
    """The instant the local day begins, in UTC (zoneinfo handles DST changes)."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(timezone.utc)


@dataclass(frozen=True)
class HabitWindow:
    """The last `weeks` local weeks, this (partial) week last."""

    weeks: tuple[date, ...]  # local Mondays, oldest first
    today: date
    tz: tzinfo

    @classmethod
    def ending(cls, today: date, tz: tzinfo, weeks: int = WEEKS) -> "HabitWindow":
        last = monday_of(today)
        return cls(tuple(last - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)), today, tz)

    @property
    def first_day(self) -> date:
        return self.weeks[0]

    @property
    def end_day(self) -> date:
        """The day after the window (exclusive)."""
        return self.weeks[-1] + timedelta(days=7)

    def bounds_utc(self) -> list[datetime]:
        """len(weeks) + 1 instants: week i is bounds[i] <= t < bounds[i + 1]."""
        return [local_midnight_utc(monday, self.tz) for monday in (*self.weeks, self.end_day)]

    def day_end_utc(self, day: date) -> datetime:
        """The first instant after the local day: 'on time' means before this."""
        return local_midnight_utc(day + timedelta(days=1), self.tz)

    def week_of_date(self, day: date) -> int | None:
        index = (day - self.first_day).days // 7
        return index if 0 <= index < len(self.weeks) else None

    def week_of_instant(self, when: datetime) -> int | None:
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return self.week_of_date(when.astimezone(self.tz).date())


class PromiseOutcome(StrEnum):
    KEPT_ON_TIME = "kept_on_time"
    MISSED = "missed"  # broken, kept late, or still open after its due day
    PENDING = "pending"  # open and not yet due: not counted
    RELEASED = "released"  # let go by agreement: not counted, and not broken


def promise_outcome(
    state: PromiseState | str, due: date, today: date, resolved_by_due: bool
) -> PromiseOutcome:
    """resolved_by_due: resolved before the end of the (current) due day, local time."""
    state = PromiseState(state)
    if state is PromiseState.RELEASED:
        return PromiseOutcome.RELEASED
    if state is PromiseState.KEPT:
        return PromiseOutcome.KEPT_ON_TIME if resolved_by_due else PromiseOutcome.MISSED
    if state is PromiseState.OPEN and due >= today:
        return PromiseOutcome.PENDING
    return PromiseOutcome.MISSED


def within_cadence(gap_days: float, cadence_days: int | None) -> bool | None:
    """None when the person has no cadence: such contacts are not measured."""
    if not cadence_days:
        return None
    return gap_days <= cadence_days


class HabitKey(StrEnum):
    PROMISES_KEPT = "promises_kept"
    FOLLOW_UPS = "follow_ups"
    REPLIES = "replies"
    MEETINGS = "meetings"
    NEW_CONNECTIONS = "new_connections"


@dataclass(frozen=True)
class WeeklyPoint:
    week_of: date  # the local Monday
    count: int  # hits (shares) or the number itself (counts)
    total: int | None = None  # what a share is out of; None for plain counts

    @property
    def value(self) -> float | None:
        """A share 0..1, a count, or None when a share has nothing to measure."""
        if self.total is None:
            return float(self.count)
        return self.count / self.total if self.total else None


@dataclass(frozen=True)
class HabitSeries:
    key: HabitKey
    points: tuple[WeeklyPoint, ...]

    @property
    def is_share(self) -> bool:
        return any(point.total is not None for point in self.points)

    def overall(self) -> float | None:
        """Across all 12 weeks: the share of all hits, or the weekly average count."""
        if self.is_share:
            total = sum(point.total or 0 for point in self.points)
            return sum(point.count for point in self.points) / total if total else None
        return sum(point.count for point in self.points) / len(self.points) if self.points else None


def share_series(
    key: HabitKey, window: HabitWindow, tallies: Mapping[int, tuple[int, int]]
) -> HabitSeries:
    """tallies: week index -> (hits, total). Weeks without data get (0, 0)."""
    return HabitSeries(key, tuple(
        WeeklyPoint(monday, *tallies.get(index, (0, 0)))
        for index, monday in enumerate(window.weeks)
    ))


def count_series(key: HabitKey, window: HabitWindow, counts: Mapping[int, int]) -> HabitSeries:
    return HabitSeries(key, tuple(
        WeeklyPoint(monday, counts.get(index, 0)) for index, monday in enumerate(window.weeks)
    ))


def promises_kept_series(
    window: HabitWindow, groups: Iterable[tuple[date, str, bool, int]]
) -> HabitSeries:
    """groups: (due, state, resolved_by_due, how many) — as SQL's GROUP BY returns them."""
    tallies: dict[int, tuple[int, int]] = {}
    for due, state, resolved_by_due, number in groups:
        index = window.week_of_date(due)
        outcome = promise_outcome(state, due, window.today, resolved_by_due)
        if index is None or outcome in (PromiseOutcome.PENDING, PromiseOutcome.RELEASED):
            continue
        hits, total = tallies.get(index, (0, 0))
        kept = number if outcome is PromiseOutcome.KEPT_ON_TIME else 0
        tallies[index] = (hits + kept, total + number)
    return share_series(HabitKey.PROMISES_KEPT, window, tallies)


def yes_no_series(
    key: HabitKey, window: HabitWindow, groups: Iterable[tuple[int, bool | None, int]]
) -> HabitSeries:
    """groups: (week index, yes/no/None = not measured, how many)."""
    tallies: dict[int, tuple[int, int]] = {}
    for index, yes, number in groups:
        if index is None or yes is None or not 0 <= index < len(window.weeks):
            continue
        hits, total = tallies.get(index, (0, 0))
        tallies[index] = (hits + (number if yes else 0), total + number)
    return share_series(key, window, tallies)


# --- the trust ledger and the weekly review -------------------------------------------------
@dataclass(frozen=True)
class PromiseTally:
    """One side's promises with one person: the ledger's 'kept both ways'."""

    kept: int = 0
    kept_late: int = 0  # counted in kept as well
    missed: int = 0  # broken, or open past the due day
    open: int = 0  # open and not yet due (or without a date)
    released: int = 0

    @property
    def decided(self) -> int:
        return self.kept + self.missed


def tally_promises(
    promises: Iterable[tuple[str, date | None, bool]], today: date
) -> PromiseTally:
    """promises: (state, due, resolved_by_due). A promise without a date is on time when kept."""
    counts = {"kept": 0, "kept_late": 0, "missed": 0, "open": 0, "released": 0}
    for state, due, resolved_by_due in promises:
        if due is None:  # nothing to be late for
            outcome = {PromiseState.KEPT: PromiseOutcome.KEPT_ON_TIME,
                       PromiseState.OPEN: PromiseOutcome.PENDING}.get(PromiseState(state))
            outcome = outcome or promise_outcome(state, today, today, False)
        else:
            outcome = promise_outcome(state, due, today, resolved_by_due)
        if outcome is PromiseOutcome.RELEASED:
            counts["released"] += 1
        elif outcome is PromiseOutcome.PENDING:
            counts["open"] += 1
        elif PromiseState(state) is PromiseState.KEPT:
            counts["kept"] += 1
            counts["kept_late"] += outcome is PromiseOutcome.MISSED
        else:
            counts["missed"] += 1
    return PromiseTally(**counts)


REVIEW_GRACE_DAYS = 2  # the banner stays up for the weekend after a Friday review day


def review_day(today: date, weekday: int) -> date:
    """The most recent review day (weekday, Monday = 0) on or before today."""
    return today - timedelta(days=(today.weekday() - weekday) % 7)


def review_week_of(today: date, weekday: int) -> date:
    """The Monday of the week a review done today looks back on: a review from Thursday on
    looks back on its own week, one early in the week on the week before."""
    return monday_of(review_day(today, weekday) - timedelta(days=3))


def review_is_due(today: date, weekday: int, reviewed_weeks: Iterable[date]) -> bool:
    """Due on the review day and a short grace period after it, until that week is reviewed."""
    day = review_day(today, weekday)
    if (today - day).days > REVIEW_GRACE_DAYS:
        return False
    return review_week_of(today, weekday) not in set(reviewed_weeks)
