"""What is due today and why: buckets, birthday windows, recurring reminders, local dates.

Pure rules over plain values. Times are aware UTC datetimes; the user's days are local
dates in the tz the caller passes (a zoneinfo zone, so DST changes are handled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from enum import StrEnum

from dateutil.rrule import rrule, rrulestr

from app.domain.birthdays import Birthday
from app.domain.names import fold

UPCOMING_DAYS = 7  # "Next 7 days"
BIRTHDAY_DAYS = 14  # birthdays show two weeks ahead: time to send a card
ESCALATE_AFTER_DAYS = 7  # their promise this late: a clearer ask, and higher in the focus
# Older than this, an unanswered message is no longer a reply to write but a reconnect
# (keep-in-touch covers it); a message history imported from LinkedIn would otherwise fill
# Today with replies owed for years.
REPLY_OWED_WINDOW_DAYS = 60


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


class ItemKind(StrEnum):
    KEEP_IN_TOUCH = "keep_in_touch"  # cadence since the last two-way contact has run out
    MY_PROMISE = "my_promise"  # a promise I owe, due or overdue
    THEIR_PROMISE = "their_promise"  # a promise owed to me, past due: a gentle nudge
    BIRTHDAY = "birthday"
    WAITING = "waiting"  # 2 outbound in a row, no answer yet
    STOP = "stop"  # 3 or more: stop writing the same way
    REMINDER = "reminder"
    REPLY_OWED = "reply_owed"  # they wrote, I have not answered for REPLY_OWED_DAYS
    REPAIR = "repair"  # a promise of mine I broke: own it, say what I do now, a new date
    DATE = "date"  # an important date (anniversary…), from its alert days before to the day
    DECISION = "decision"  # a decision note whose review day has come (ref_id: decision id)


@dataclass(frozen=True)
class TodayItem:
    """One row of the Today list: what, for whom, why and since when.

    `ref_id` is the contact id (keep in touch, birthday, outreach), the promise id or the
    reminder id. `occurrence` names this particular due instance, so that a dismissed
    birthday comes back next year and a dismissed "waiting" comes back as "stop".
    """

    kind: ItemKind
    ref_id: int
    contact_id: int | None
    name: str
    due: date  # local date it is (or was) due
    since: date | None  # local date the reason started (last two-way contact, first unanswered…)
    text: str = ""  # promise text or reminder title
    count: int = 0  # unanswered messages, cadence days, the age they turn; decision: 1 = open
    occurrence: str = ""
    detail: str = ""  # an important date's kind (app.domain.important_dates.DateKind)
    owner: str = ""  # a decision's owner (PromiseOwner value: "me" or "them")

    def bucket(self, today: date) -> Bucket:
        return bucket_of(self.due, today)


def bucket_of(due: date, today: date) -> Bucket:
    if due < today:
        return Bucket.OVERDUE
    if due == today:
        return Bucket.TODAY
    return Bucket.UPCOMING


def horizon(today: date) -> date:
    """The last day the Today list looks ahead to (birthdays look further)."""
    return today + timedelta(days=UPCOMING_DAYS)


def local_date(when: datetime, tz: tzinfo) -> date:
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(tz).date()


# --- birthdays -----------------------------------------------------------------------------
def upcoming_birthday(birthday: Birthday, today: date, days: int = BIRTHDAY_DAYS) -> date | None:
    """The next celebration within `days` (today included), or None. 29 February is
    celebrated on 28 February in common years; the window crosses the year end."""
    next_day = birthday.next_on_or_after(today)
    return next_day if (next_day - today).days <= days else None


def birthday_keys(today: date, days: int = BIRTHDAY_DAYS) -> list[tuple[int, int]]:
    """The (month, day) pairs an indexed query must look for: each calendar day in the
    window, plus (2, 29) when 28 February of a common year is in it."""
    keys = []
    for offset in range(days + 1):
        day = today + timedelta(days=offset)
        keys.append((day.month, day.day))
        if day.month == 2 and day.day == 28 and not _is_leap(day.year):
            keys.append((2, 29))
    return keys


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


# --- recurring reminders -------------------------------------------------------------------
class RuleError(ValueError):
    """A recurrence rule dateutil cannot read; the message says what is wrong."""


def normalize_rule(rule: str) -> str:
    """'FREQ=WEEKLY;BYDAY=MO' or 'RRULE:FREQ=…' → 'FREQ=WEEKLY;BYDAY=MO' (validated)."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text:
        return ""
    if "DTSTART" in text.upper() or "\n" in text:
        raise RuleError("give only the RRULE part (e.g. FREQ=WEEKLY;BYDAY=MO)")
    try:
        rrulestr(text, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError) as error:
        raise RuleError(f"not a recurrence rule: {rule!r} ({error})") from None
    return text


def stored_rule(rule: str, start: datetime, tz: tzinfo) -> str:
    """What the reminder table keeps: the rule with its first occurrence as a local wall
    time (DTSTART without zone), so that 09:00 stays 09:00 across DST and COUNT counts
    from the real start."""
    text = normalize_rule(rule)
    if not text:
        return ""
    wall = start.astimezone(tz).replace(tzinfo=None)
    return f"DTSTART:{wall:%Y%m%dT%H%M%S}\nRRULE:{text}"


def rule_part(stored: str) -> str:
    """The RRULE part of a stored rule (for display and iCalendar)."""
    for line in stored.splitlines():
        if line.upper().startswith("RRULE:"):
            return line[6:]
    return stored


def _parse(stored: str) -> rrule:
    return rrulestr(stored)  # naive wall times; each is placed in tz by _to_utc


def _to_utc(wall: datetime, tz: tzinfo) -> datetime:
    # A wall time that does not exist (spring forward) resolves to the hour after;
    # an ambiguous one (fall back) to its first instance.
    return wall.replace(tzinfo=tz).astimezone(timezone.utc)


def occurrence_after(stored: str, after: datetime, tz: tzinfo) -> datetime | None:
    """The first occurrence strictly after `after` (aware), as aware UTC, or None."""
    wall = _parse(stored).after(after.astimezone(tz).replace(tzinfo=None), inc=False)
    return _to_utc(wall, tz) if wall else None


def latest_occurrence(stored: str, at_or_before: datetime, tz: tzinfo) -> datetime | None:
    wall = _parse(stored).before(at_or_before.astimezone(tz).replace(tzinfo=None), inc=True)
    return _to_utc(wall, tz) if wall else None


def occurrences_between(stored: str, start: datetime, end: datetime, tz: tzinfo) -> list[datetime]:
    local = (start.astimezone(tz).replace(tzinfo=None), end.astimezone(tz).replace(tzinfo=None))
    return [_to_utc(wall, tz) for wall in _parse(stored).between(*local, inc=True)]


@dataclass(frozen=True)
class ReminderState:
    """A reminder's timing columns (all aware UTC, except fired_wall)."""

    due_at: datetime
    rule: str = ""  # stored_rule(...) or ""
    snoozed_until: datetime | None = None
    last_fired_at: datetime | None = None
    # The local wall time of the last delivered occurrence, as the rule counts it: the
    # identity of an occurrence, so a time-zone change cannot deliver the same one twice.
    fired_wall: datetime | None = None


def wall_time(when: datetime, tz: tzinfo) -> datetime:
    """The naive local wall time of an instant (how the stored rule names occurrences)."""
    return when.astimezone(tz).replace(tzinfo=None)


def snooze_pending(state: ReminderState) -> bool:
    """A snooze counts until its own delivery; after that a recurring reminder goes on
    with its rule (it used to stay on the delivered snooze forever)."""
    if state.snoozed_until is None:
        return False
    return state.last_fired_at is None or state.last_fired_at < state.snoozed_until


def current_due(state: ReminderState, now: datetime, tz: tzinfo) -> datetime:
    """When the reminder is due now: a pending snooze wins; a recurring reminder whose later
    occurrences have passed moves to the latest of them (missed ones fire once, not in a
    flood)."""
    if snooze_pending(state):
        return state.snoozed_until  # type: ignore[return-value]
    if state.rule and state.due_at <= now:
        latest = latest_occurrence(state.rule, now, tz)
        if latest is not None and latest > state.due_at:
            return latest
    return state.due_at


def delivered(state: ReminderState, occurrence: datetime, tz: tzinfo) -> bool:
    """Whether this occurrence went out already: by instant, and for a recurring reminder
    also by local wall time (09:00 on the 23rd is one occurrence in any time zone)."""
    if state.last_fired_at is not None and state.last_fired_at >= occurrence:
        return True
    if state.rule and state.fired_wall is not None and not snooze_pending(state):
        return wall_time(occurrence, tz) <= state.fired_wall
    return False


def should_fire(state: ReminderState, now: datetime, tz: tzinfo) -> datetime | None:
    """The occurrence to deliver now, or None when nothing is due or it was delivered."""
    due = current_due(state, now, tz)
    if due > now or delivered(state, due, tz):
        return None
    return due


def next_fire_time(state: ReminderState, now: datetime, tz: tzinfo) -> datetime | None:
    """When the scheduler should wake for this reminder (None: nothing more to deliver)."""
    due = current_due(state, now, tz)
    if due > now:
        return due
    if should_fire(state, now, tz) is not None:
        return now
    if not state.rule or snooze_pending(state):
        return None
    following = occurrence_after(state.rule, max(now, due), tz)
    for _ in range(1000):  # skip occurrences delivered under another time zone
        if following is None or not delivered(state, following, tz):
            break
        following = occurrence_after(state.rule, following, tz)
    return following


def after_done(state: ReminderState, now: datetime, tz: tzinfo) -> datetime | None:
    """The next due time of a recurring reminder marked done, or None (one-off: finished)."""
    if not state.rule:
        return None
    return occurrence_after(state.rule, max(now, current_due(state, now, tz)), tz)


def is_open_decision(item: TodayItem) -> bool:
    """A decision note with no outcome yet: still to decide."""
    return item.kind is ItemKind.DECISION and item.count == 1


def decision_reason_en(item: TodayItem) -> str:
    mine = item.owner != "them"
    if is_open_decision(item):
        return (f"still to decide (mine): {item.text}" if mine
                else f"waiting for their decision: {item.text}")
    return (f"review my decision: {item.text}" if mine
            else f"review their decision: {item.text}")


# --- ordering ------------------------------------------------------------------------------
_KIND_ORDER = {kind: index for index, kind in enumerate((
    ItemKind.REPAIR, ItemKind.MY_PROMISE, ItemKind.REMINDER, ItemKind.BIRTHDAY, ItemKind.DATE,
    ItemKind.REPLY_OWED, ItemKind.DECISION, ItemKind.THEIR_PROMISE, ItemKind.STOP,
    ItemKind.KEEP_IN_TOUCH, ItemKind.WAITING,
))}


def priority(kind: ItemKind) -> int:
    """0 is the most important kind: what I owe, then what matters to them, then drift."""
    return _KIND_ORDER[kind]


def sort_key(item: TodayItem) -> tuple:
    """Within a bucket: by date, so "Coming up" reads like a calendar (a birthday on 1 Dec
    before a promise due on 5 Dec); on the same day what I owe before what I am owed
    before keep-in-touch. The focus list (app.domain.focus) is what ranks by importance."""
    return (item.due, _KIND_ORDER[item.kind], fold(item.name), item.ref_id)


def is_escalated(item: TodayItem, today: date) -> bool:
    """Their promise late by more than a week: time for a clearer ask."""
    return item.kind is ItemKind.THEIR_PROMISE and (today - item.due).days > ESCALATE_AFTER_DAYS


def reason_en(item: TodayItem) -> str:
    """Why the item is on the list, in plain English (the terminal's `rapport today`;
    the window uses its own translated wording)."""
    since = item.since.isoformat() if item.since else ""
    if item.kind is ItemKind.KEEP_IN_TOUCH:
        last = f"last two-way contact {since}" if since else "no two-way contact yet"
        return f"keep in touch every {item.count} days; {last}"
    if item.kind is ItemKind.MY_PROMISE:
        return f"I promised: {item.text} (due {item.due.isoformat()})"
    if item.kind is ItemKind.THEIR_PROMISE:
        if item.count > ESCALATE_AFTER_DAYS:
            return (f"they promised: {item.text} (due {item.due.isoformat()}, {item.count} days "
                    "late) - time for a clear ask")
        return f"they promised: {item.text} (due {item.due.isoformat()}) - a gentle nudge"
    if item.kind is ItemKind.REPAIR:
        return f"I broke my promise: {item.text} - own it, say what I do now, give a new date"
    if item.kind is ItemKind.REPLY_OWED:
        return f"they wrote on {since} and I have not answered yet"
    if item.kind is ItemKind.DECISION:
        return decision_reason_en(item)
    if item.kind is ItemKind.BIRTHDAY:
        turns = f", turns {item.count}" if item.count else ""
        return f"birthday on {item.due.isoformat()}{turns}"
    if item.kind is ItemKind.DATE:
        what = item.text or item.detail.replace("_", " ")
        years = f" ({item.count} years)" if item.count else ""
        return f"{what} on {item.due.isoformat()}{years}"
    if item.kind is ItemKind.WAITING:
        return f"waiting for a reply: {item.count} messages unanswered since {since}"
    if item.kind is ItemKind.STOP:
        return (f"{item.count} messages unanswered since {since}: stop and change approach "
                "(pause, another channel, a kind check-in)")
    return f"reminder: {item.text}"
