"""When a sample interaction happened: on a believable day, at a believable hour.

The generator first draws a moment anywhere between the contact's creation and now; this
moves it to a time of day that fits what happened (coffee in the morning, lunch at noon,
calls and e-mails in office hours, a meetup in the evening, a message any time from
breakfast to late evening) and, nearly always, off the weekend. Hours are local: the
user reads them on screen in their own zone. At 50,000 contacts this runs half a million
times, so the zone's offset is looked up once per day (the hours used, 7 to 21, are never
the hour a DST change happens in).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone, tzinfo

# (first hour, last hour the thing can start in, minutes on the quarter hour?)
WINDOWS = {
    "morning": (8, 9, True),
    "lunch": (12, 13, True),
    "work": (9, 17, True),
    "evening": (18, 20, True),
    "day": (7, 21, False),
}
WEEKEND_KEPT = {"day": 0.12, "evening": 0.12}  # the share of such weekend moments kept there
ONE_DAY = timedelta(days=1)


class BelievableTimes:
    """Places drawn moments at believable local times; its own random stream, so the rest of
    the sample (people, topics, dates) stays what the seed always gave."""

    def __init__(self, rng: random.Random, zone: tzinfo) -> None:
        self.rng = rng
        self.zone = zone
        self._offsets: dict[date, timedelta] = {}

    def offset(self, day: date) -> timedelta:
        found = self._offsets.get(day)
        if found is None:
            noon = datetime.combine(day, time(12), self.zone)
            found = self._offsets[day] = noon.utcoffset() or timedelta(0)
        return found

    def place(self, drawn: datetime, when: str, earliest: datetime, now: datetime) -> datetime:
        """`drawn` (UTC) moved to a fitting local day and hour, between earliest and now."""
        rng = self.rng
        day = (drawn + self.offset(drawn.date())).date()
        if day.weekday() >= 5 and rng.random() >= WEEKEND_KEPT.get(when, 0.0):
            saturday = day.weekday() == 5
            # the Friday before or the Monday after, whichever the draw picks
            day += timedelta(days=-1 if saturday else -2) if rng.random() < 0.5 else \
                timedelta(days=2 if saturday else 1)
        first, last, quarters = WINDOWS[when]
        hour = rng.randint(first, last)
        minute = rng.choice((0, 15, 30, 45)) if quarters else rng.randint(0, 59)
        placed = self._utc(day, hour, minute)
        while placed > now:  # today, later than now: the same hour on an earlier weekday
            day -= ONE_DAY
            while day.weekday() >= 5:
                day -= ONE_DAY
            placed = self._utc(day, hour, minute)
        while placed < earliest:
            day += ONE_DAY
            placed = self._utc(day, hour, minute)
        return placed

    def _utc(self, day: date, hour: int, minute: int) -> datetime:
        local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)
        return local - self.offset(day)
