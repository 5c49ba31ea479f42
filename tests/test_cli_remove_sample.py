"""`rapport remove-sample` takes out the sample network and leaves the user's contacts."""

from app.__main__ import main
from app.domain.clock import SystemClock
from app.services import Services
from app.storage.database import Database


def test_remove_sample_keeps_own_contacts(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo", "--contacts", "25"]) == 0
    db = Database.open(data / "rapport.db", backup_dir=data / "backups")
    services = Services(db, SystemClock())
    mine = services.contacts.create(given_name="Echte", family_name="Person")
    db.close()
    capsys.readouterr()

    assert main(["--data-dir", str(data), "remove-sample"]) == 0
    assert "Removed 25 sample contacts" in capsys.readouterr().out
    db = Database.open(data / "rapport.db", backup_dir=data / "backups")
    try:
        with db.read() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM contact WHERE NOT is_me")]
    finally:
        db.close()
    assert ids == [mine]
    assert main(["--data-dir", str(data), "remove-sample"]) == 0
    assert "no sample network" in capsys.readouterr().out
