"""Row decoders: a raw SQL row to a frozen dataclass, one place per shape. The SELECT
column lists sit next to their decoder, so a column and its use change together.

Stored datetimes are naive UTC text; rows hand them out as aware UTC instants or as the
local dates the Today list speaks in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from app.domain.birthdays import Birthday
from app.domain.important_dates import DateKind, ImportantDate
from app.domain.names import display_name
from app.domain.today import ItemKind, ReminderState, TodayItem, local_date
from app.storage.queries.raw import from_jd, parse_stored, stored_utc


@dataclass(frozen=True)
class ContactRow:
    """A light row for lists: what the contacts table shows, nothing more."""

    id: int
    name: str
    company: str
    position: str
    last_two_way_at: datetime | None
    next_follow_up: datetime | None
    open_promises: int
    snippet: str = ""


def contact_row(row: tuple, snippet: str = "") -> ContactRow:
    cid, name, company, position, last_two_way, follow_up, promises = row
    return ContactRow(cid, name, company, position, stored_utc(last_two_way),
                      stored_utc(follow_up), promises, snippet)


# --- Today ------------------------------------------------------------------------------
NAME_COLUMNS = "c.given_name, c.family_name, c.nickname"


def _local(value, tz: tzinfo) -> date:
    return local_date(stored_utc(value), tz)  # type: ignore[arg-type]


FOLLOW_UP_COLUMNS = (f"c.id, {NAME_COLUMNS}, c.follow_up_jd, c.last_two_way_at, "
                     "c.created_at, c.cadence_days")


def follow_up_item(row: tuple, tz: tzinfo) -> TodayItem:
    cid, given, family, nickname, follow_up, last_two_way, created, cadence = row
    due = local_date(from_jd(follow_up), tz)
    return TodayItem(ItemKind.KEEP_IN_TOUCH, cid, cid, display_name(given, family, nickname),
                     due, _local(last_two_way or created, tz), "", cadence, due.isoformat())


OUTREACH_COLUMNS = f"c.id, {NAME_COLUMNS}, c.unanswered_outbound, c.first_unanswered_at"


def outreach_item(row: tuple, kind: ItemKind, today: date, tz: tzinfo) -> TodayItem:
    cid, given, family, nickname, unanswered, first = row
    first_at = parse_stored(first) if first else None
    return TodayItem(kind, cid, cid, display_name(given, family, nickname), today,
                     _local(first, tz) if first else None, "", unanswered,
                     f"{first_at if first_at else ''}")


BIRTHDAY_COLUMNS = f"c.id, {NAME_COLUMNS}, c.birthday_year"


def birthday_item(row: tuple, month: int, day: int, when: date) -> TodayItem:
    cid, given, family, nickname, year = row
    return TodayItem(ItemKind.BIRTHDAY, cid, cid, display_name(given, family, nickname), when,
                     None, "", Birthday(month, day, year).age_on(when) or 0, when.isoformat())


PROMISE_COLUMNS = f"p.id, p.contact_id, p.text, p.due, p.original_due, {NAME_COLUMNS}"


def promise_item(row: tuple, kind: ItemKind, today: date) -> TodayItem:
    pid, cid, text, due_text, original, given, family, nickname = row
    due = date.fromisoformat(due_text)
    first = date.fromisoformat(original) if original else None
    late = (today - due).days if kind is ItemKind.THEIR_PROMISE else 0
    return TodayItem(kind, pid, cid, display_name(given, family, nickname), due,
                     first if first and first != due else None, text, late, due_text)


REPAIR_COLUMNS = f"p.id, p.contact_id, p.text, p.resolved_at, {NAME_COLUMNS}"


def repair_item(row: tuple, today: date, tz: tzinfo) -> TodayItem:
    pid, cid, text, resolved, given, family, nickname = row
    broken_on = _local(resolved, tz) if resolved else today
    return TodayItem(ItemKind.REPAIR, pid, cid, display_name(given, family, nickname),
                     min(broken_on, today), None, text, 0, f"broken:{pid}")


REPLY_OWED_COLUMNS = f"c.id, {NAME_COLUMNS}, c.reply_owed_since"


def reply_owed_item(row: tuple, wait: timedelta, today: date, tz: tzinfo) -> TodayItem:
    cid, given, family, nickname, owed = row
    since = stored_utc(owed)
    assert since is not None  # the read asks for reply_owed_since IS NOT NULL
    wrote_on = local_date(since, tz)
    return TodayItem(ItemKind.REPLY_OWED, cid, cid, display_name(given, family, nickname),
                     local_date(since + wait, tz), wrote_on, "", (today - wrote_on).days,
                     since.isoformat())


DECISION_COLUMNS = (f"d.id, d.contact_id, d.owner, d.context, d.decided, d.review_on, "
                    f"d.created_at, {NAME_COLUMNS}")


def decision_item(row: tuple, tz: tzinfo) -> TodayItem:
    did, cid, owner, context, decided, review_on, created, given, family, nick = row
    return TodayItem(ItemKind.DECISION, did, cid, display_name(given, family, nick),
                     date.fromisoformat(review_on), _local(created, tz),
                     decided or context, 0 if decided else 1, review_on, owner=owner)


@dataclass(frozen=True)
class DateRow:
    """An important date of a contact, as stored (when it shows is the domain's rule)."""

    id: int
    contact_id: int
    name: str
    value: ImportantDate


DATE_COLUMNS = ("d.id, d.contact_id, d.kind, d.label, d.month, d.day, d.year, d.yearly, "
                f"d.alert_days, {NAME_COLUMNS}")


def date_row(row: tuple) -> DateRow:
    did, cid, kind, label, month, day, year, yearly, alert, given, family, nick = row
    value = ImportantDate(DateKind(kind), month, day, year, bool(yearly), label, alert)
    return DateRow(did, cid, display_name(given, family, nick), value)


@dataclass(frozen=True)
class ReminderRow:
    """An open reminder, with its contact's name ("" without a contact)."""

    id: int
    contact_id: int | None
    name: str
    title: str
    state: ReminderState


REMINDER_COLUMNS = ("r.id, r.contact_id, r.title, r.due_at, r.rrule, r.snoozed_until, "
                    f"{NAME_COLUMNS}")


def reminder_row(row: tuple) -> ReminderRow:
    rid, cid, title, due_at, rule, snoozed, given, family, nickname = row
    name = display_name(given, family, nickname) if cid else ""
    return ReminderRow(rid, cid, name, title,
                       ReminderState(stored_utc(due_at), rule, stored_utc(snoozed)))  # type: ignore[arg-type]
