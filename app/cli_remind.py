"""`rapport remind`: add, list and delete reminders from the shell.

    rapport remind "Ask about the course" --at "2026-12-03 09:00" --contact "Maxi Müller"
    rapport remind "Jour fixe" --at 2026-12-03T09:00 --every "2 weeks on Monday"
    rapport remind "Renew" --at 2026-05-03 --rrule "FREQ=YEARLY"      (a date alone: 09:00)
    rapport remind --list
    rapport remind --delete 7
Times are local. The output is English and stable, for scripts (like `rapport today --json`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time

from app.domain.recurrence import parse_every
from app.domain.today import RuleError

MORNING = time(9, 0)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="what to be reminded of")
    parser.add_argument("--at", help='first time, local: "2026-12-03 09:00" (a date alone: 09:00)')
    parser.add_argument("--contact", help="a contact's name or id")
    repeat = parser.add_mutually_exclusive_group()
    repeat.add_argument("--every", help='repeat: "day", "2 weeks on Monday", "monthly on day 15", '
                                        '"yearly on 3 May"')
    repeat.add_argument("--rrule", help="repeat by an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list the pending reminders")
    action.add_argument("--delete", type=int, metavar="ID", help="delete a reminder")


def run(args, open_services) -> int:
    if not args.list and args.delete is None and (not args.text or not args.at):
        return _fail('give a text and --at "YYYY-MM-DD HH:MM", or --list, or --delete ID')
    services = open_services(args.data_dir)
    if args.list:
        return _list(services)
    if args.delete is not None:
        return _delete(services, args.delete)
    return _add(services, args)


def _add(services, args) -> int:
    from app.services.base import NotFoundError, ValidationError

    try:
        at = _parse_at(args.at)
        rule = parse_every(args.every).rule() if args.every else (args.rrule or "")
        contact_id = _contact(services, args.contact) if args.contact else None
        tz = services.clock.local_tz()
        reminder_id = services.reminders.add(args.text, at.replace(tzinfo=tz), contact_id, rule)
    except (ValueError, RuleError, ValidationError, NotFoundError) as error:
        return _fail(str(error))
    row = services.reminders.get(reminder_id)
    when = services.reminders.preview(row.due_at, row.rrule)
    print(f"Reminder {reminder_id}: {row.title}" + _for(services, row.contact_id))
    print("  next: " + ", ".join(_local(services, moment) for moment in when)
          + (f"  (RRULE {row.rrule})" if row.rrule else ""))
    return 0


def _list(services) -> int:
    pending = services.reminders.pending()
    if not pending:
        print("No pending reminders.")
    for row in pending:
        repeat = f"  [{row.rrule}]" if row.rrule else ""
        print(f"{row.id:>5}  {_local(services, row.due_at)}  {row.title}"
              f"{_for(services, row.contact_id)}{repeat}")
    return 0


def _delete(services, reminder_id: int) -> int:
    from app.services.base import NotFoundError

    try:
        title = services.reminders.get(reminder_id).title
        services.reminders.delete(reminder_id)
    except NotFoundError:
        return _fail(f"there is no reminder {reminder_id} (see rapport remind --list)")
    print(f"Deleted reminder {reminder_id}: {title}")
    return 0


def _parse_at(text: str) -> datetime:
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f'--at {text!r}: give a local time like "2026-12-03 09:00"') from None
    if len(text) <= 10:  # a date alone
        moment = datetime.combine(moment.date(), MORNING)
    return moment.replace(tzinfo=None)


def _contact(services, text: str) -> int:
    """An id, or a name that names one contact (exactly, or as the only match)."""
    from app.services.base import NotFoundError

    if text.strip().isdigit():
        contact_id = int(text)
        services.contacts.get(contact_id)  # NotFoundError when there is none
        return contact_id
    rows = services.contacts.list_rows(text.strip(), limit=50)
    exact = [r for r in rows if r.name.casefold() == text.strip().casefold()]
    found = exact or rows
    if len(found) == 1:
        return found[0].id
    if not found:
        raise NotFoundError(f"no contact is called {text!r}")
    names = ", ".join(f"{r.name} (id {r.id})" for r in found[:8])
    raise NotFoundError(f"{text!r} names several contacts: {names}; give --contact ID")


def _for(services, contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    from app.services.contacts import display_name

    contact = services.contacts.get(contact_id)
    return f" — {display_name(contact.given_name, contact.family_name, contact.nickname)}"


def _local(services, moment: datetime) -> str:
    return moment.astimezone(services.clock.local_tz()).strftime("%a %Y-%m-%d %H:%M")


def _fail(message: str) -> int:
    print(f"rapport remind: {message}", file=sys.stderr)
    return 2
