"""Recurrence a person understands, as RFC 5545 RRULE text and back.

The reminder dialog offers: never, every N days, every N weeks on some weekdays, every N
months on day D, every N years on day D of month M. Each is one RRULE part
("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"); a stored rule the editor cannot show (typed with
`rapport remind --rrule`) is kept as it is. parse_every() reads the CLI's English words
("2 weeks on Monday", "monthly on day 15", "yearly on 3 May"). No Qt, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from app.domain.today import RuleError, normalize_rule, occurrence_after, stored_rule

NEVER, DAILY, WEEKLY, MONTHLY, YEARLY = "", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"
FREQUENCIES = (NEVER, DAILY, WEEKLY, MONTHLY, YEARLY)
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = date.weekday()
_DAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_UNIT = {"day": DAILY, "daily": DAILY, "week": WEEKLY, "weekly": WEEKLY, "month": MONTHLY,
         "monthly": MONTHLY, "year": YEARLY, "yearly": YEARLY, "annually": YEARLY}


@dataclass(frozen=True)
class Recurrence:
    freq: str = NEVER
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # WEEKLY: 0 = Monday … 6 = Sunday; () = the start's day
    month_day: int | None = None  # MONTHLY and YEARLY: the day of the month
    month: int | None = None  # YEARLY: 1 … 12

    def rule(self) -> str:
        """The RRULE part, "" for never."""
        if self.freq == NEVER:
            return ""
        parts = [f"FREQ={self.freq}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == WEEKLY and self.weekdays:
            parts.append("BYDAY=" + ",".join(DAY_CODES[d] for d in sorted(set(self.weekdays))))
        if self.freq == YEARLY and self.month:
            parts.append(f"BYMONTH={self.month}")
        if self.freq in (MONTHLY, YEARLY) and self.month_day:
            parts.append(f"BYMONTHDAY={self.month_day}")
        return ";".join(parts)

    @classmethod
    def from_rule(cls, rule: str) -> Recurrence | None:
        """The editor's form of an RRULE part; None when the editor cannot show it
        (COUNT, UNTIL, BYSETPOS, several months, …)."""
        text = normalize_rule(rule)
        if not text:
            return cls()
        fields = dict(part.split("=", 1) for part in text.upper().split(";") if "=" in part)
        freq = fields.pop("FREQ", "")
        interval = int(fields.pop("INTERVAL", "1") or 1)
        fields.pop("WKST", None)
        weekdays: tuple[int, ...] = ()
        month_day = month = None
        try:
            if freq == WEEKLY and "BYDAY" in fields:
                weekdays = tuple(sorted(DAY_CODES.index(c) for c in fields.pop("BYDAY").split(",")))
            if freq in (MONTHLY, YEARLY) and "BYMONTHDAY" in fields:
                month_day = int(fields.pop("BYMONTHDAY"))
            if freq == YEARLY and "BYMONTH" in fields:
                month = int(fields.pop("BYMONTH"))
        except ValueError:
            return None
        if fields or freq not in FREQUENCIES[1:] or (month_day is not None and month_day < 1):
            return None
        return cls(freq, interval, weekdays, month_day, month)


def parse_every(text: str) -> Recurrence:
    """ "day", "2 days", "weekly", "2 weeks on Monday", "week on mon, thu", "monthly",
    "month on day 15", "every 3 months on day 1", "yearly", "year on 3 May"."""
    words = re.sub(r"[,;]", " ", text.strip().lower()).split()
    if words and words[0] == "every":
        words = words[1:]
    interval = 1
    if words and words[0].isdigit():
        interval = int(words.pop(0))
    if not words:
        raise RuleError(f"not a repetition: {text!r} (try “2 weeks on Monday”)")
    unit = _UNIT.get(words[0].rstrip("s") if words[0] not in _UNIT else words[0])
    if unit is None or interval < 1:
        raise RuleError(f"not a repetition: {text!r} (try “2 weeks on Monday”)")
    rest = [w for w in words[1:] if w not in ("on", "the", "and", "day", "of")]
    weekdays, month_day, month = [], None, None
    for word in rest:
        day = _prefix(word, _DAY_WORDS)
        number = word.rstrip(".").removesuffix("st").removesuffix("nd").removesuffix("rd")
        number = number.removesuffix("th")
        if unit == WEEKLY and day is not None:
            weekdays.append(day)
        elif unit in (MONTHLY, YEARLY) and number.isdigit() and 1 <= int(number) <= 31:
            month_day = int(number)
        elif unit == YEARLY and (month_index := _prefix(word, _MONTH_WORDS)) is not None:
            month = month_index + 1
        else:
            raise RuleError(f"not understood in {text!r}: {word!r}")
    return Recurrence(unit, interval, tuple(sorted(set(weekdays))), month_day, month)


def _prefix(word: str, names: tuple[str, ...]) -> int | None:
    """The index of the name `word` abbreviates (at least three letters: "mon", "sept")."""
    if len(word) < 3:
        return None
    for index, name in enumerate(names):
        if name.startswith(word.rstrip(".")):
            return index
    return None


def first_occurrence(rule: str, at: datetime, tz: tzinfo) -> datetime:
    """When a reminder starting at `at` with this rule is first due: `at` itself when it is
    an occurrence, else the first day after it that the rule allows ("weekly on Monday"
    entered on a Thursday starts on Monday). Aware in, aware UTC out."""
    # The nearest matching day, whatever the interval: "every 2 weeks on Monday" entered on
    # a Thursday starts the coming Monday (dateutil would skip to the Monday after next);
    # the caller anchors the stored rule there.
    parts = [p for p in normalize_rule(rule).split(";") if not p.upper().startswith("INTERVAL=")]
    stored = stored_rule(";".join(parts), at, tz) if parts != [""] else ""
    if not stored:
        return at
    following = occurrence_after(stored, at - timedelta(seconds=1), tz)
    return following if following is not None else at


def upcoming(rule: str, first: datetime, tz: tzinfo, count: int = 3,
             stored: str = "") -> list[datetime]:
    """The first `count` occurrences from `first` on (one for a one-off reminder)."""
    stored = stored or stored_rule(rule, first, tz)
    found = [first]
    while stored and len(found) < count:
        following = occurrence_after(stored, found[-1], tz)
        if following is None:
            break
        found.append(following)
    return found

