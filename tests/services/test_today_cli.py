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
                          due=(datetime.now(timezone.utc) - timedelta(days=3)).date())  # fmt: skip
    db.close()
    assert main(["--data-dir", str(data), "today"]) == 0
    text = capsys.readouterr().out
    assert "Overdue (1)" in text and "Maxi Müller — I promised: Folien schicken" in text
    assert main(["--data-dir", str(data), "today", "--json"]) == 0
    groups = {g["group"]: g for g in json.loads(capsys.readouterr().out)["groups"]}
    (item,) = groups["overdue"]["items"]
    assert (item["kind"], item["name"], item["contact_id"]) == ("my_promise", "Maxi Müller", maxi)


def test_export_ics_writes_a_calendar_and_reports_a_bad_path(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "export-ics", str(tmp_path / "a.ics")]) == 0
    assert (tmp_path / "a.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert main(["--data-dir", data, "export-ics", str(tmp_path / "no" / "a.ics")]) == 2
    assert "cannot write" in capsys.readouterr().err
