import os
import sqlite3
import stat

import pytest
from sqlalchemy import text

from app.storage import migrate
from app.storage.backup import backup_file, list_backups
from app.storage.database import Database
from app.storage.errors import DatabaseTooNewError, NotADatabaseError


def test_new_database_is_private_wal_with_foreign_keys(tmp_path):
    db = Database.open(tmp_path / "new" / "rapport.db")
    with db.read() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    assert stat.S_IMODE(os.stat(db.path).st_mode) == 0o600
    assert db.revision() == migrate.HEAD
    db.close()


def test_head_constant_matches_the_migration_scripts():
    assert migrate.script_head() == migrate.HEAD


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "rapport.db"
    path.write_text("my shopping list\nmilk\n")
    with pytest.raises(NotADatabaseError, match="not an SQLite file"):
        Database.open(path)
    assert path.read_text() == "my shopping list\nmilk\n"


def test_a_truncated_database_is_refused_and_left_untouched(tmp_path, services, db):
    for index in range(300):
        services.contacts.create(given_name=f"Person {index}", about="x" * 500)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    whole = db.path.read_bytes()
    broken = tmp_path / "broken.db"
    broken.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(NotADatabaseError, match="is damaged"):
        Database.open(broken)
    assert broken.read_bytes() == whole[: len(whole) // 2]


def test_another_apps_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(NotADatabaseError, match="not Rapport's"):
        Database.open(path)


def test_a_database_from_a_newer_app_is_refused(tmp_path, db):
    with db.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    size = db.path.stat().st_size
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        Database.open(db.path)
    assert db.path.stat().st_size == size


def test_backups_rotate_and_are_readable(tmp_path, services, db):
    services.contacts.create(given_name="Ada")
    for _ in range(4):
        backup_file(db.path, tmp_path / "backups", keep=2)
    backups = list_backups(tmp_path / "backups")
    assert len(backups) == 2
    copy = sqlite3.connect(backups[-1])
    assert copy.execute("SELECT given_name FROM contact").fetchall() == [("Ada",)]
    copy.close()


def test_a_failed_bulk_write_leaves_nothing_behind(services, db):
    from sqlalchemy import insert

    from app.storage.tables import Contact

    with pytest.raises(RuntimeError):
        with db.bulk_write() as (conn, touched):
            now = services.clock.now()
            conn.execute(insert(Contact).values(given_name="Half", created_at=now, updated_at=now))
            raise RuntimeError("import failed halfway")
    assert services.contacts.count() == 0
    with db.read() as conn:
        assert conn.execute(text("SELECT paused FROM fts_control")).scalar() == 0
