"""Important dates besides the birthday: kinds, the next occurrence and when Today shows one.

Pure rules over plain values. A yearly date falls on its month and day every year (29
February on 28 February in common years, like birthdays); a once-only date needs its year.
Today shows a date from `alert_days` before it until the day itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.birthdays import Birthday

MAX_ALERT_DAYS = 60  # an alert further ahead is a plan, not a reminder


class DateKind(StrEnum):
    ANNIVERSARY = "anniversary"  # wedding or partnership
    WORK_ANNIVERSARY = "work_anniversary"
    MET = "met"  # the day we met
    CUSTOM = "custom"  # the user's own label


@dataclass(frozen=True)
class ImportantDate:
    kind: DateKind
    month: int
    day: int
    year: int | None = None
    yearly: bool = True
    label: str = ""
    alert_days: int = 0
    id: int | None = None
    contact_id: int | None = None

    def __post_init__(self) -> None:
        Birthday(self.month, self.day, self.year)  # ValueError for a day that does not exist
        if not self.yearly and self.year is None:
            raise ValueError("a date that happens once needs its year")
        if not 0 <= self.alert_days <= MAX_ALERT_DAYS:
            raise ValueError(f"the alert must be 0 to {MAX_ALERT_DAYS} days before")
        if self.kind is DateKind.CUSTOM and not self.label.strip():
            raise ValueError("a date of your own needs a label")

    def next_on_or_after(self, today: date) -> date | None:
        """The coming occurrence (today included), or None for a once-only date gone by."""
        if not self.yearly:
            when = date(self.year, self.month, self.day)  # type: ignore[arg-type]
            return when if when >= today else None
        return Birthday(self.month, self.day, self.year).next_on_or_after(today)

    def showing(self, today: date) -> date | None:
        """The occurrence Today lists now: from `alert_days` before it to the day itself."""
        when = self.next_on_or_after(today)
        if when is None or (when - today).days > self.alert_days:
            return None
        return when

    def years_on(self, when: date) -> int:
        """How many years it has been on `when` (0 when the year is unknown or once-only)."""
        if not self.yearly or not self.year:
            return 0
        return max(when.year - self.year, 0)

    def iso(self) -> str:
        return Birthday(self.month, self.day, self.year).iso()


def window_keys(today: date, days: int = MAX_ALERT_DAYS) -> list[tuple[int, int, int]]:
    """(month, day, days ahead) for each day an occurrence within `days` can fall on (29
    February joins 28 February in common years), for an indexed lookup that keeps only the
    dates whose alert reaches that far."""
    keys = []
    for offset in range(days + 1):
        day = today + timedelta(days=offset)
        keys.append((day.month, day.day, offset))
        if (day.month, day.day) == (2, 28) and not _is_leap(day.year):
            keys.append((2, 29, offset))
    return keys


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
