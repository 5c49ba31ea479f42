"""The .ics export opens with icalendar's parser and round-trips events and to-dos."""

from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar
from dateutil.rrule import rrulestr

from app.domain.birthdays import Birthday
from app.services.calendar_export import CalendarExport
from tests.conftest import BERLIN


def test_export_round_trips_birthdays_reminders_and_promises(services, person, tmp_path):
    services.contacts.update(person, birthday=Birthday(4, 15, 1990))
    leap = services.contacts.create(given_name="Lea", birthday=Birthday(2, 29))
    services.reminders.add("Weekly review", datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN),
                           rrule="FREQ=WEEKLY;BYDAY=MO")
    services.reminders.add("Call Maxi", datetime(2026, 11, 25, 18, 0, tzinfo=BERLIN), person)
    services.promises.add(person, "me", "Folien schicken", due=date(2026, 11, 27))
    kept = services.promises.add(person, "them", "Intro", due=date(2026, 11, 20))
    services.promises.set_state(kept, "kept")

    summary = CalendarExport(services.db, services.clock, services.events).export(
        tmp_path / "rapport.ics")
    assert (summary.birthdays, summary.reminders, summary.promises) == (2, 2, 1)
    cal = Calendar.from_ical((tmp_path / "rapport.ics").read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    birthday = events[f"birthday-{person}@rapport.local"]
    assert birthday.decoded("dtstart") == date(1990, 4, 15)
    assert birthday["rrule"]["FREQ"] == ["YEARLY"]
    leap_rule = events[f"birthday-{leap}@rapport.local"]["rrule"]
    rule = rrulestr(leap_rule.to_ical().decode(), dtstart=datetime(2000, 2, 29))
    assert rule.after(datetime(2027, 1, 1)) == datetime(2027, 2, 28)

    weekly = next(e for e in events.values() if e["summary"] == "Weekly review")
    start = weekly.decoded("dtstart")
    assert start == datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    assert weekly["rrule"]["BYDAY"] == ["MO"]
    following = rrulestr(weekly["rrule"].to_ical().decode(), dtstart=start).after(
        start + timedelta(days=150))
    assert following.hour == 9  # still 09:00 local after the spring DST change

    (todo,) = cal.walk("VTODO")
    assert todo.decoded("due") == date(2026, 11, 27) and "Folien schicken" in str(todo["summary"])
    assert Calendar.from_ical(cal.to_ical()).to_ical() == cal.to_ical()


def test_a_failed_export_leaves_no_file(services, person, tmp_path):
    target = tmp_path / "missing-folder" / "x.ics"
    with pytest.raises(OSError):
        CalendarExport(services.db, services.clock, services.events).export(target)
    assert not target.exists() and not list(tmp_path.glob("**/.rapport-*"))
