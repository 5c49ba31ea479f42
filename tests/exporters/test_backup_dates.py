"""A datetime in a backup written in another form is stored as SQLite holds the app's own."""

import json

from sqlalchemy import text

from app.services import Services
from app.storage.database import Database


def test_a_year_one_date_in_a_backup_is_stored_readably(services, person, tmp_path, clock):
    services.decisions.add(person, "me", "Paket", "", clock.now().date())
    services.exports.export(tmp_path / "backup.json", "json")
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    block = data["tables"]["decision"]
    block["rows"][0][block["columns"].index("created_at")] = "0001-01-01"  # found by the fuzzer
    (tmp_path / "edited.json").write_text(json.dumps(data), encoding="utf-8")
    other = Services(Database.open(tmp_path / "other" / "rapport.db"), clock)
    try:
        other.exports.restore(tmp_path / "edited.json")
        with other.db.read() as conn:
            stored = conn.execute(text("SELECT created_at FROM decision")).scalar()
        assert stored == "0001-01-01 00:00:00.000000"  # strftime wrote "1-01-01 …"
        assert other.decisions.of_contact(person)[0].created_at.year == 1
        other.today.build()
    finally:
        other.db.close()
