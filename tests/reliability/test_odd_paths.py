"""Folders named `q?x`, `m#1` and `50%41off`: the data goes into rapport.db inside them, a
migration backs up first, and backups land in the backups folder beside it. (Pasted into
SQLite URIs unescaped, `?` and `#` cut the path short and `%41` became `A`.)"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.clock import SystemClock
from app.services import Services
from app.storage.backup import list_backups
from app.storage import migrate
from app.storage.database import Database

pytestmark = pytest.mark.reliability

NAMES = ["q?x", "m#1", "50%41off"]
FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema_0002.db"


@pytest.mark.parametrize("name", NAMES)
def test_data_goes_into_the_right_file(tmp_path, name):
    folder = tmp_path / "parent" / name
    path = folder / "rapport.db"
    db = Database.open(path, backup_dir=folder / "backups")
    Services(db, SystemClock()).contacts.create(given_name="Ada")
    made = db.backup("daily")
    db.close()
    with sqlite3.connect(path) as conn:  # a plain path: no URI involved
        assert conn.execute("SELECT given_name FROM contact WHERE NOT is_me").fetchall() == [("Ada",)]
    conn.close()
    strays = {p.name for p in (tmp_path / "parent").iterdir()}
    assert strays == {name}, "nothing written beside the folder"
    assert made.parent == folder / "backups" and list_backups(folder / "backups") == [made]
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT count(*) FROM contact WHERE NOT is_me").fetchone() == (1,)
    conn.close()


@pytest.mark.parametrize("name", NAMES)
def test_a_migration_there_backs_up_first(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "rapport.db")
    db = Database.open(folder / "rapport.db", backup_dir=folder / "backups")
    assert db.revision() == migrate.HEAD
    db.close()
    assert len(list_backups(folder / "backups")) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
