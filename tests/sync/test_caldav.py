"""Birthdays, reminders and dated promises into a real Radicale calendar."""

from __future__ import annotations

from datetime import date, datetime, timezone

from icalendar import Calendar

from app.domain.birthdays import Birthday
from app.domain.enums import PromiseOwner, PromiseState
from app.sync import calendar as calendar_sync
from app.sync.calendar import sync_calendar
from app.sync.dav import CalDavClient
from app.sync.engine import sync_contacts


def run(device, account):
    s = device.services
    return sync_calendar(s.db, s.clock, s.events, account.url, account.user, account.password)


def server_events(account) -> dict[str, Calendar]:
    with CalDavClient(account.url, account.user, account.password) as client:
        client.discover()
        return {href: Calendar.from_ical(client.get(href).text) for href in client.list_etags()}


def by_summary(account) -> dict[str, object]:
    found = {}
    for cal in server_events(account).values():
        for event in cal.walk("VEVENT"):
            found[str(event["summary"])] = event
    return found


def test_birthdays_reminders_and_promises_become_events_and_follow_changes(devices, account, calendar_url):
    a, b = devices
    s = a.services
    anna = s.contacts.create(given_name="Anna", family_name="Schmidt", birthday=Birthday(4, 15, 1990))
    promise = s.promises.add(anna, PromiseOwner.ME, "Folien schicken", due=date(2026, 12, 3))
    s.reminders.add("Call Anna", datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc), anna)
    first = run(a, account)
    assert (first.written, first.deleted, first.ok) == (3, 0, True)
    events = by_summary(account)
    birthday = events["🎂 Anna Schmidt"]
    assert birthday["rrule"]["FREQ"] == ["YEARLY"] and birthday.decoded("dtstart") == date(1990, 4, 15)
    kept = events["Folien schicken (→ Anna Schmidt)"]
    assert kept.decoded("dtstart") == date(2026, 12, 3)
    assert [str(alarm["action"]) for alarm in kept.walk("VALARM")] == ["DISPLAY"]
    assert list(events["Call Anna"].walk("VALARM"))
    assert run(a, account).written == 0  # nothing changed, nothing sent
    s.promises.reschedule(promise, date(2026, 12, 10))
    assert run(a, account).written == 1
    assert by_summary(account)["Folien schicken (→ Anna Schmidt)"].decoded("dtstart") == date(2026, 12, 10)
    s.promises.set_state(promise, PromiseState.KEPT)
    assert run(a, account).deleted == 1
    assert set(by_summary(account)) == {"🎂 Anna Schmidt", "Call Anna"}


def test_two_devices_meet_on_one_birthday_event_for_a_synced_contact(devices, account, calendar_url):
    a, b = devices
    a.services.contacts.create(given_name="Zoë", family_name="Ng", birthday=Birthday(2, 29, None))
    for device in (a, b):
        s = device.services
        assert sync_contacts(s.db, s.clock, s.events, account.url, account.user, account.password).ok
    assert run(a, account).written == 1
    assert run(b, account).ok
    assert len(server_events(account)) == 1


def test_cli_sync_with_calendar_reports_both(tmp_path, account, calendar_url, capsys):
    from app.cli import main

    args = ["--data-dir", str(tmp_path / "cli"), "sync", "--url", account.url, "--user",
            account.user, "--password-file", str(account.password_file), "--calendar"]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == (
        "Pulled 0, pushed 0, conflicts merged 0; calendar: 0 written, 0 deleted")


def test_a_calendar_with_nothing_changed_costs_no_request_and_builds_no_event(
        devices, account, calendar_url, monkeypatch):
    a, _b = devices
    s = a.services
    anna = s.contacts.create(given_name="Anna", family_name="Schmidt", birthday=Birthday(4, 15, 1990))
    assert run(a, account).written == 1
    sent, built = [], []
    original_request, original_wanted = CalDavClient.request, calendar_sync.wanted_events
    monkeypatch.setattr(CalDavClient, "request", lambda client, *args, **kw: (
        sent.append(args[0]), original_request(client, *args, **kw))[1])
    monkeypatch.setattr(calendar_sync, "wanted_events", lambda *args: (
        built.append(1), original_wanted(*args))[1])
    s.interactions.log(anna, "email", "outbound", "Hello")  # no event shows it
    assert run(a, account).ok and (sent, built) == ([], [])
    s.promises.add(anna, PromiseOwner.ME, "Folien schicken", due=date(2026, 12, 3))
    assert run(a, account).written == 1 and built == [1]
    a.later(24 * 60)  # a new day: one full pass (an event edited on the phone is replaced)
    assert run(a, account).written == 0 and built == [1, 1]
