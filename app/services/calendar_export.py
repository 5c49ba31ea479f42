"""iCalendar export for a phone calendar: birthdays as yearly events, important dates as
yearly or one-off all-day events with an alarm their alert days before, reminders as events
(recurring ones keep their RRULE in local time), open promises as to-dos with a DUE date.

The file is written to a temporary name and renamed, so a failed export leaves nothing
half-written.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, Todo, vRecur
from sqlalchemy import select

from app.domain.clock import as_utc
from app.domain.enums import PromiseOwner, PromiseState
from app.domain.today import rule_part
from app.services.base import Service
from app.services.contacts import display_name
from app.services.exporters.vcard import clean  # line breaks as \n, no control characters
from app.storage import sealed_backup
from app.storage.tables import Contact, ImportantDate, Promise, Reminder

PRODID = "-//Rapport//Rapport networking CRM//EN"
UID_DOMAIN = "rapport.local"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    birthdays: int
    reminders: int
    promises: int
    dates: int = 0


class CalendarExport(Service):
    def calendar(self, leave_out: Collection[int] = ()) -> Calendar:
        """Every event; without those of the contacts in `leave_out` (the calendar sync
        leaves out the made-up sample network: it never goes to the user's real calendar)."""
        skip = set(leave_out)
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("x-wr-calname", "Rapport")
        stamp = self.clock.now()
        with self.db.read() as conn:
            people = conn.execute(
                select(Contact.id, Contact.given_name, Contact.family_name, Contact.nickname,
                       Contact.birthday_month, Contact.birthday_day, Contact.birthday_year)
                .where(Contact.birthday_month.is_not(None), Contact.archived.is_(False),
                       Contact.deleted_at.is_(None), Contact.is_me.is_(False))
            ).all()
            names = {}
            for r in people:
                if r.id in skip:
                    continue
                names[r.id] = display_name(r.given_name, r.family_name, r.nickname)
                cal.add_component(_birthday(r, names[r.id], stamp))
            dated = conn.execute(
                select(ImportantDate.id, ImportantDate.contact_id, ImportantDate.kind,
                       ImportantDate.label, ImportantDate.month, ImportantDate.day,
                       ImportantDate.year, ImportantDate.yearly, ImportantDate.alert_days,
                       Contact.given_name, Contact.family_name, Contact.nickname)
                .join(Contact, Contact.id == ImportantDate.contact_id)
                .where(Contact.archived.is_(False), Contact.deleted_at.is_(None),
                       Contact.is_me.is_(False))
            ).all()
            for r in dated:
                if r.contact_id in skip:
                    continue
                cal.add_component(_important_date(
                    r, display_name(r.given_name, r.family_name, r.nickname), stamp))
            reminders = conn.execute(
                select(Reminder.id, Reminder.contact_id, Reminder.title, Reminder.due_at,
                       Reminder.rrule, Reminder.snoozed_until).where(Reminder.done.is_(False))
            ).all()
            promises = conn.execute(
                select(Promise.id, Promise.contact_id, Promise.owner, Promise.text, Promise.due,
                       Contact.given_name, Contact.family_name, Contact.nickname)
                .join(Contact, Contact.id == Promise.contact_id)
                .where(Promise.state == PromiseState.OPEN, Promise.due.is_not(None),
                       Contact.deleted_at.is_(None))
            ).all()
        for r in (r for r in reminders if r.contact_id not in skip):
            cal.add_component(self._reminder(r, stamp))
        for r in (r for r in promises if r.contact_id not in skip):
            cal.add_component(_promise(r, display_name(r.given_name, r.family_name, r.nickname),
                                       stamp))
        return cal

    def export(self, path: Path | str) -> ExportSummary:
        path = Path(path)
        cal = self.calendar()
        data = cal.to_ical()
        sealed_backup.write_atomically(path, data)  # storage's one atomic, durable writer
        kinds = [c.name for c in cal.subcomponents]
        events = [str(c["uid"]).split("-", 1)[0] for c in cal.walk("VEVENT")]
        return ExportSummary(path, events.count("birthday"), events.count("reminder"),
                             kinds.count("VTODO"), events.count("date"))

    def _reminder(self, r, stamp: datetime) -> Event:
        event = Event()
        event.add("uid", f"reminder-{r.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("summary", clean(r.title))
        start = as_utc(r.snoozed_until or r.due_at)
        tz = self.clock.local_tz()
        if r.rrule and not r.snoozed_until and getattr(tz, "key", None):
            # In the local zone with its TZID, so that 09:00 stays 09:00 across DST.
            event.add("dtstart", start.astimezone(tz))
            event.add("rrule", vRecur.from_ical(rule_part(r.rrule)))
        else:
            event.add("dtstart", start)
            if r.rrule and not r.snoozed_until:
                event.add("rrule", vRecur.from_ical(rule_part(r.rrule)))
        if r.contact_id is not None:
            event.add("related-to", f"contact-{r.contact_id}@{UID_DOMAIN}")
        return event


def _birthday(r, name: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"birthday-{r.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", clean(f"🎂 {name}"))
    # A year that is not known starts in 2000, a leap year, so 29 February can start there.
    event.add("dtstart", date(r.birthday_year or 2000, r.birthday_month, r.birthday_day))
    event.add("transp", "TRANSPARENT")
    if (r.birthday_month, r.birthday_day) == (2, 29):
        # The last day of February: 29th in leap years, 28th otherwise.
        event.add("rrule", {"freq": "yearly", "bymonth": 2, "bymonthday": -1})
    else:
        event.add("rrule", {"freq": "yearly"})
    return event


# The kind as a symbol: the export has no language of its own (like the birthday's 🎂).
DATE_SYMBOLS = {"anniversary": "💍", "work_anniversary": "💼", "met": "🤝", "custom": "📅"}


def _important_date(r, name: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"date-{r.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    title = f"{r.label} – {name}" if r.label else name
    event.add("summary", clean(f"{DATE_SYMBOLS.get(r.kind, '📅')} {title}"))
    event.add("dtstart", date(r.year or 2000, r.month, r.day))
    event.add("transp", "TRANSPARENT")
    if r.yearly and (r.month, r.day) == (2, 29):
        event.add("rrule", {"freq": "yearly", "bymonth": 2, "bymonthday": -1})
    elif r.yearly:
        event.add("rrule", {"freq": "yearly"})
    if r.alert_days:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", clean(title))
        alarm.add("trigger", timedelta(days=-r.alert_days))
        event.add_component(alarm)
    event.add("related-to", f"contact-{r.contact_id}@{UID_DOMAIN}")
    return event


def _promise(r, name: str, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", f"promise-{r.id}@{UID_DOMAIN}")
    todo.add("dtstamp", stamp)
    who = "→" if PromiseOwner(r.owner) is PromiseOwner.ME else "←"
    todo.add("summary", clean(f"{r.text} ({who} {name})"))
    todo.add("due", r.due)
    todo.add("status", "NEEDS-ACTION")
    return todo
