"""Injected time. Rules never call datetime.now(); they ask a Clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Protocol

from dateutil import tz


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""

    def local_tz(self) -> tzinfo:
        """The user's local time zone (dates on screen are local)."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def local_tz(self) -> tzinfo:
        # tzlocal follows the system's DST rules; datetime.now().astimezone().tzinfo would be a
        # fixed offset, and reminder times would drift by an hour after a DST change.
        return tz.tzlocal()


class FixedClock:
    """A clock that only moves when told to: for tests, the CLI's --now and benchmarks."""

    def __init__(self, now: datetime, tz: tzinfo | None = None) -> None:
        if now.tzinfo is None:
            now = now.replace(tzinfo=tz or timezone.utc)
        self._now = now.astimezone(timezone.utc)
        self._tz = tz or timezone.utc

    def now(self) -> datetime:
        return self._now

    def local_tz(self) -> tzinfo:
        return self._tz

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, now: datetime) -> None:
        self._now = now.astimezone(timezone.utc)


def local_today(clock: Clock) -> date:
    return clock.now().astimezone(clock.local_tz()).date()


def as_utc(value: datetime) -> datetime:
    """Naive datetimes read back from SQLite are UTC; make them aware."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


class LocalDates:
    """The local calendar date of UTC instants, for lists that show hundreds of them:
    astimezone() with the system zone costs about 15 µs a call. The zone's offset is looked
    up once per UTC day; on a day when it changes (DST), each instant is converted exactly."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone or tz.tzlocal()
        self._offsets: dict[date, timedelta | None] = {}

    def date_of(self, instant: datetime) -> date:
        if instant.tzinfo is not timezone.utc:
            instant = instant.astimezone(timezone.utc)
        day = instant.date()
        if day not in self._offsets:
            start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
            first = start.astimezone(self._zone).utcoffset()
            last = (start + timedelta(days=1, microseconds=-1)).astimezone(self._zone).utcoffset()
            self._offsets[day] = first if first == last else None
        offset = self._offsets[day]
        if offset is None:
            return instant.astimezone(self._zone).date()
        return (instant + offset).date()
