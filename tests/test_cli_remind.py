"""`rapport remind`: add one-off and repeating reminders, list them, delete them."""

from __future__ import annotations

from app.__main__ import main
from app.domain.clock import SystemClock
from app.services import Services
from app.storage.database import Database


def _services(data_dir) -> Services:
    return Services(Database.open(data_dir / "rapport.db"), SystemClock())


def test_add_list_and_delete_with_words_a_rule_and_a_contact(tmp_path, capsys):
    data = tmp_path / "data"
    services = _services(data)
    maxi = services.contacts.create(given_name="Maxi", family_name="Müller")
    services.contacts.create(given_name="Maxi", family_name="Weber")
    services.db.close()

    # Thursday 5 Dec 2030; every 2 weeks on Monday starts Monday 9 Dec
    assert main(["remind", "Jour fixe", "--at", "2030-12-05 09:00", "--every", "2 weeks on Monday",
                 "--contact", "maxi müller", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Reminder 1: Jour fixe — Maxi Müller",
        "  next: Mon 2030-12-09 09:00, Mon 2030-12-23 09:00, Mon 2031-01-06 09:00"
        "  (RRULE FREQ=WEEKLY;INTERVAL=2;BYDAY=MO)",
    ]
    assert main(["remind", "Renew membership", "--at", "2030-05-03", "--rrule", "FREQ=YEARLY",
                 "--contact", str(maxi), "--data-dir", str(data)]) == 0
    assert main(["remind", "Call back", "--at", "2030-12-01T14:30", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["remind", "--list", "--data-dir", str(data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["2", "3", "1"]  # soonest first
    assert lines[0].endswith("Renew membership — Maxi Müller  [FREQ=YEARLY]")
    assert "Fri 2030-05-03 09:00" in lines[0]

    assert main(["remind", "--delete", "3", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out == "Deleted reminder 3: Call back\n"
    services = _services(data)
    assert [r.id for r in services.reminders.pending()] == [2, 1]
    assert services.reminders.get(1).rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
    services.db.close()


def test_mistakes_are_named_and_nothing_is_written(tmp_path, capsys):
    data = tmp_path / "data"
    services = _services(data)
    services.contacts.create(given_name="Maxi", family_name="Müller")
    services.contacts.create(given_name="Maxi", family_name="Weber")
    services.db.close()
    cases = [
        (["remind", "Call"], "give a text and --at"),
        (["remind", "Call", "--at", "next week"], "--at 'next week'"),
        (["remind", "Call", "--at", "2030-12-05", "--every", "fortnightly"], "not a repetition"),
        (["remind", "Call", "--at", "2030-12-05", "--rrule", "FREQ=SOMETIMES"], "rrule"),
        (["remind", "Call", "--at", "2030-12-05", "--contact", "Maxi"], "names several contacts"),
        (["remind", "Call", "--at", "2030-12-05", "--contact", "Nobody"], "no contact is called"),
        (["remind", "Call", "--at", "2030-12-05", "--contact", "99"], "99"),
        (["remind", "--delete", "5"], "there is no reminder 5"),
    ]
    for argv, message in cases:
        assert main([*argv, "--data-dir", str(data)]) == 2, argv
        assert message in capsys.readouterr().err, argv
    services = _services(data)
    assert services.reminders.pending() == []
    services.db.close()
