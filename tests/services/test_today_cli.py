"""`rapport today` prints the same list for people and, with --json, for scripts."""

import json
from datetime import datetime, timedelta, timezone

from app.__main__ import main
from app.services import Services
from app.domain.clock import SystemClock
from app.storage.database import Database


def test_today_lists_the_groups_and_json_carries_the_reasons(tmp_path, capsys):
    data = tmp_path / "d"
    db = Database.open(data / "rapport.db")
    services = Services(db, SystemClock())
    maxi = services.contacts.create(given_name="Maxi", family_name="Müller")
    services.promises.add(maxi, "me", "Folien schicken",
                          due=(datetime.now(timezone.utc) - timedelta(days=3)).date())
    db.close()
    services = Services(Database.open(data / "rapport.db"), SystemClock())
    ben = services.contacts.create(given_name="Ben", family_name="Weber", cadence_days=30)
    services.interactions.log(ben, "meeting", "mutual",
                              occurred_at=datetime.now(timezone.utc) - timedelta(days=40))
    services.db.close()
    assert main(["--data-dir", str(data), "today"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The focus first (my overdue promise before keep-in-touch), nothing listed twice.
    assert lines[0] == "Focus: 2 things to do first"
    assert lines[1].endswith("Maxi Müller — I promised: Folien schicken")
    assert lines[2].endswith("Ben Weber — keep in touch every 30 days; last two-way contact "
                             + (datetime.now(timezone.utc) - timedelta(days=40)).date().isoformat())
    assert len(lines) == 3
    assert main(["--data-dir", str(data), "today", "--json"]) == 0
    data_json = json.loads(capsys.readouterr().out)
    assert [(i["kind"], i["name"]) for i in data_json["focus"]] == [
        ("my_promise", "Maxi Müller"), ("keep_in_touch", "Ben Weber")]
    assert data_json["later"] == 0 and data_json["focus"][0]["reason"].startswith("I promised")
    groups = {g["group"]: g for g in data_json["groups"]}
    assert {i["contact_id"] for i in groups["overdue"]["items"]} == {maxi, ben}


def test_export_ics_writes_a_calendar_and_reports_a_bad_path(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "export-ics", str(tmp_path / "a.ics")]) == 0
    assert (tmp_path / "a.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert main(["--data-dir", data, "export-ics", str(tmp_path / "no" / "a.ics")]) == 2
    assert "cannot write" in capsys.readouterr().err
