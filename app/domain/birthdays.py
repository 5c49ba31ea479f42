"""Birthdays are dates (month, day, optional year), never datetimes."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Birthday:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 2000 is a leap year, so 29 February is accepted without a year.
        date(self.year or 2000, self.month, self.day)

    @classmethod
    def parse(cls, text: str) -> "Birthday | None":
        """Accepts 1990-04-15, --04-15, --0415, 15.04.1990, 15.04. and 15.4."""
        text = text.strip()
        if not text:
            return None
        try:
            if text.startswith("--"):
                digits = text[2:].replace("-", "")
                return cls(int(digits[:2]), int(digits[2:4]))
            if "." in text:
                parts = [p for p in text.split(".") if p]
                day, month = int(parts[0]), int(parts[1])
                year = int(parts[2]) if len(parts) > 2 else None
                return cls(month, day, year)
            parts = text.split("-")
            if len(parts) == 3:
                return cls(int(parts[1]), int(parts[2]), int(parts[0]))
            if len(parts) == 1 and len(text) == 8:
                return cls(int(text[4:6]), int(text[6:8]), int(text[:4]))
        except (ValueError, IndexError, OverflowError):  # a year too large for a C int
            pass
        raise ValueError(f"not a birthday: {text[:40]!r} (use 1990-04-15, --04-15 or 15.04.)")

    def iso(self) -> str:
        if self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"--{self.month:02d}-{self.day:02d}"

    def occurrence_in(self, year: int) -> date:
        """The day it is celebrated in a given year: 29 February falls on 28 February
        in common years (a common custom, and the day a reminder is still useful)."""
        if self.month == 2 and self.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)

    def next_on_or_after(self, today: date) -> date:
        this_year = self.occurrence_in(today.year)
        return this_year if this_year >= today else self.occurrence_in(today.year + 1)

    def age_on(self, day: date) -> int | None:
        if not self.year:
            return None
        return day.year - self.year - ((day.month, day.day) < (self.month, self.day))
