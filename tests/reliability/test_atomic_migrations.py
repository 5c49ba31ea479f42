"""Each migration runs in one SQLite transaction with its version stamp: a kill -9 or an
error between two DDL statements leaves the old revision with the old schema, and the next
start migrates cleanly. (Alembic used to run SQLite DDL in autocommit: a kill in 0002→0003
left the new column under the old revision, and every later start failed.)"""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.ddl.impl import DefaultImpl

from app.storage import migrate
from app.storage.backup import describe, list_backups
from app.storage.database import Database
from app.storage.errors import StorageError
from tests.reliability.helpers import read_until, spawn

pytestmark = pytest.mark.reliability

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema_0002.db"

# Runs the 0002 -> 0003 migration, printing after every DDL statement and pausing there,
# so that the kill lands between two statements of the same migration.
MIGRATOR = """
import sys, time
from pathlib import Path
from alembic.ddl.impl import DefaultImpl
from app.storage.database import Database

original = DefaultImpl._exec
def slow(self, *args, **kwargs):
    result = original(self, *args, **kwargs)
    print("ddl", flush=True)
    time.sleep(0.15)
    return result
DefaultImpl._exec = slow
Database.open(Path(sys.argv[1]), backup_dir=Path(sys.argv[2]))
print("done", flush=True)
"""


def schema(path: Path) -> tuple[str, list[str], list[str]]:
    with sqlite3.connect(path) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        columns = [row[1] for row in conn.execute("PRAGMA table_xinfo(contact)")]
        tables = sorted(row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    conn.close()
    return revision, columns, tables


def assert_migrates_cleanly_now(path: Path, backups: Path) -> None:
    db = Database.open(path, backup_dir=backups)
    assert db.revision() == migrate.HEAD
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT given_name FROM contact WHERE id = 1").scalar() == "Jürgen"
    db.close()


@pytest.mark.parametrize("statements", [1, 3, 6])
def test_kill_9_during_a_migration_leaves_the_old_schema_whole(tmp_path, statements):
    path, backups = tmp_path / "rapport.db", tmp_path / "backups"
    shutil.copy(FIXTURE, path)
    old = schema(FIXTURE)
    lines = read_until(spawn(MIGRATOR, path, backups), statements)
    assert lines.count("ddl") >= statements and "done" not in lines
    assert schema(path) == old  # the old revision with exactly the old schema
    assert_migrates_cleanly_now(path, backups)


def test_an_error_between_two_statements_rolls_the_migration_back(tmp_path, monkeypatch):
    path, backups = tmp_path / "rapport.db", tmp_path / "backups"
    shutil.copy(FIXTURE, path)
    old = schema(FIXTURE)
    original, calls = DefaultImpl._exec, []

    def failing(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("power cut")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DefaultImpl, "_exec", failing)
    with pytest.raises(StorageError, match="left as it was"):
        Database.open(path, backup_dir=backups)
    assert schema(path) == old
    monkeypatch.setattr(DefaultImpl, "_exec", original)
    assert_migrates_cleanly_now(path, backups)


def test_a_database_left_half_migrated_by_an_old_version_starts(tmp_path):
    """The 0002 file with 0003's column already added (the state the old, non-atomic
    migrations left): 0003 completes it instead of failing on "duplicate column name"."""
    path, backups = tmp_path / "rapport.db", tmp_path / "backups"
    shutil.copy(FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE contact ADD COLUMN follow_up_jd FLOAT GENERATED ALWAYS AS "
                     "(julianday(coalesce(last_two_way_at, created_at)) + cadence_days)")
    conn.close()
    assert_migrates_cleanly_now(path, backups)


def test_failed_starts_never_rotate_away_the_last_good_backup(tmp_path, monkeypatch):
    path, backups = tmp_path / "rapport.db", tmp_path / "backups"
    shutil.copy(FIXTURE, path)
    Database.open(path, backup_dir=backups).close()  # a clean start...
    good = list_backups(backups)
    assert [describe(p).verified for p in good] == [True]
    with sqlite3.connect(path) as conn:  # ...then a file every start fails to migrate
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.close()
    monkeypatch.setattr(migrate, "upgrade", lambda engine: (_ for _ in ()).throw(RuntimeError("x")))
    for _ in range(5):
        with pytest.raises(StorageError):
            Database.open(path, backup_dir=backups, backups_to_keep=2)
    kept = list_backups(backups)
    assert good[0] in kept and len(kept) == 3  # 2 newest + the last good one
