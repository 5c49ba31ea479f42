import subprocess
import sys

from app import __version__
from app.__main__ import main
from app.services.sample import is_empty
from app.storage.database import Database


def test_demo_fills_the_database(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "demo", "--contacts", "30"]) == 0
    assert "Added 30 contacts" in capsys.readouterr().out
    db = Database.open(tmp_path / "d" / "rapport.db")
    assert not is_empty(db)
    db.close()


def test_version_and_a_clear_error_for_a_bad_database(tmp_path):
    result = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True)
    assert __version__ in result.stdout
    (tmp_path / "rapport.db").write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "demo"],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "not an SQLite file" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "rapport.db").read_text() == "not a database"
