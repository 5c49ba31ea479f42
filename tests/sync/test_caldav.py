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


def test_the_sample_network_never_goes_into_the_real_calendar(devices, account, calendar_url):
    from app.services.calendar_export import CalendarExport
    from app.services.sample import SampleNetwork

    a, _b = devices
    s = a.services
    SampleNetwork(a.db, a.clock, s.events).generate(30, owner=False)
    made_up = CalendarExport(a.db, a.clock, s.events).calendar().subcomponents
    assert len(made_up) > 5  # the sample network has birthdays, dates, reminders, promises
    anna = s.contacts.create(given_name="Anna", family_name="Schmidt", birthday=Birthday(4, 15, 1990))
    s.promises.add(anna, PromiseOwner.ME, "Folien schicken", due=date(2026, 12, 3))
    s.reminders.add("Call Anna", datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc), anna)
    report = run(a, account)
    assert (report.written, report.ok) == (3, True)
    assert set(by_summary(account)) == {"🎂 Anna Schmidt", "Folien schicken (→ Anna Schmidt)",
                                        "Call Anna"}


def test_the_fingerprint_follows_the_settings_that_shape_the_events(devices):
    from zoneinfo import ZoneInfo

    from app.domain.clock import FixedClock
    from app.services.sample import SAMPLE_KEY, SampleNetwork

    a, _b = devices
    SampleNetwork(a.db, a.clock, a.services.events).generate(5, owner=False)
    seen = calendar_sync.fingerprint(a.db, a.clock)
    assert calendar_sync.fingerprint(a.db, a.clock) == seen
    marker = a.services.settings.get_value(SAMPLE_KEY)
    a.services.settings.set_value(SAMPLE_KEY, None)  # "keep them": they are real now
    assert calendar_sync.fingerprint(a.db, a.clock) != seen
    a.services.settings.set_value(SAMPLE_KEY, marker)
    assert calendar_sync.fingerprint(a.db, a.clock) == seen
    calendar_sync.device_id(a.db)  # the device id in promise and reminder UIDs
    assert calendar_sync.fingerprint(a.db, a.clock) != seen
    seen = calendar_sync.fingerprint(a.db, a.clock)
    moved = FixedClock(a.clock.now(), tz=ZoneInfo("Europe/London"))  # same day there
    assert moved.now().astimezone(moved.local_tz()).date() == a.clock.now().date()
    assert calendar_sync.fingerprint(a.db, moved) != seen  # recurring reminders start at local time


def test_cli_sync_follows_the_saved_accounts_calendar_box(tmp_path, account, calendar_url, capsys,
                                                          memory_keyring):
    from app.cli import main

    data = ["--data-dir", str(tmp_path / "cli")]
    one_shot = [*data, "sync", "--url", account.url, "--user", account.user, "--password-file",
                str(account.password_file), "--save"]
    assert main([*one_shot, "--calendar"]) == 0  # --save --calendar ticks the box
    capsys.readouterr()
    assert main([*data, "sync"]) == 0
    assert "; calendar: 0 written, 0 deleted" in capsys.readouterr().out
    assert main(one_shot) == 0  # saved again without --calendar: the box is off
    capsys.readouterr()
    assert main([*data, "sync"]) == 0
    assert capsys.readouterr().out.strip() == "Pulled 0, pushed 0, conflicts merged 0"
    assert main([*data, "sync", "--calendar"]) == 0  # asked for this once
    assert "; calendar: 0 written, 0 deleted" in capsys.readouterr().out


def test_cli_sync_speaks_german_under_a_german_locale(tmp_path, account, calendar_url, capsys,
                                                      monkeypatch):
    import requests

    from app.cli import main
    from tests.sync.test_carddav_sync import BAD_PHONE_CARD

    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "de")
    put = requests.put(account.book + "bad-phone-1.vcf", data=BAD_PHONE_CARD.encode(),
                       auth=(account.user, account.password),
                       headers={"Content-Type": "text/vcard", "If-None-Match": "*"}, timeout=10)
    assert put.status_code == 201, put.text
    args = ["--data-dir", str(tmp_path / "cli"), "sync", "--url", account.url, "--user",
            account.user, "--password-file", str(account.password_file), "--calendar"]
    assert main(args) == 0
    said = capsys.readouterr()
    assert said.out.strip() == ("Geholt 1, gesendet 0, Konflikte zusammengeführt 0; "
                                "Kalender: 0 geschrieben, 0 gelöscht")
    assert said.err.startswith("Hinweis: vCard bad-phone-1: phones:")
    wrong = tmp_path / "wrong.password"
    wrong.write_text("not it\n")
    assert main([*args[:-2], str(wrong)]) == 2
    assert capsys.readouterr().err.startswith("rapport: Abgleich fehlgeschlagen: ")
    assert main(args[:5]) == 2  # --url without --user
    assert capsys.readouterr().err.strip() == "rapport: --url braucht --user und --password-file"
