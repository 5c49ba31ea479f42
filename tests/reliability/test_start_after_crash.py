"""A kill -9 while SQLite checkpoints the WAL leaves a main file shorter than its header
says, with the WAL beside it. SQLite completes it from the WAL; Rapport used to compare
sizes first and refuse to start. A page that is really damaged is refused, with the
offer of the newest backup, and left untouched."""

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from app.storage import backup
from app.storage.database import Database
from app.storage.errors import DamagedDatabaseError
from tests.reliability.helpers import ROOT, read_until, spawn

pytestmark = pytest.mark.reliability

# Large committed writes, each followed by a TRUNCATE checkpoint: a kill lands inside a
# checkpoint a good part of the time. A line is printed only after its commit returned.
CHECKPOINTER = """
import sys
from app.storage.database import Database
db = Database.open(sys.argv[1])
with db.engine.connect() as c:
    c.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
for batch in range(10_000):
    with db.write() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 3000) "
            "INSERT INTO setting (key, value) SELECT 'b' || ? || '-' || v, "
            "json_quote(hex(randomblob(400))) FROM n", (batch,))
    print(batch, flush=True)
    db.checkpoint()
"""


def add_contacts(db, now, count: int, about: str) -> list[int]:
    """Many contacts in one transaction (one commit: fast; each commit syncs the disk)."""
    from sqlalchemy import insert, select

    from app.storage.tables import Contact

    with db.write() as conn:
        conn.execute(insert(Contact), [{"given_name": f"P{i}", "about": about, "created_at": now,
                                        "updated_at": now} for i in range(count)])
        return list(conn.execute(select(Contact.id).where(~Contact.is_me)).scalars())


def committed_batches(path):
    db = Database.open(path)  # must not refuse
    with db.read() as conn:
        keys = conn.execute(text("SELECT key FROM setting WHERE key LIKE 'b%'")).scalars().all()
        assert conn.execute(text("PRAGMA quick_check")).scalar() == "ok"
    db.close()
    return {int(key[1:].split("-")[0]) for key in keys}, len(keys)


@pytest.mark.parametrize("moment", [0.0, 0.003, 0.006, 0.01])
def test_kill_9_during_checkpoints_then_start_with_every_committed_row(tmp_path, moment):
    path = tmp_path / "rapport.db"
    Database.open(path).close()
    lines = read_until(spawn(CHECKPOINTER, path), 3, then_wait=moment)
    printed = {int(line) for line in lines if line.isdigit()}
    assert len(printed) >= 3
    batches, rows = committed_batches(path)
    assert printed <= batches
    assert rows == 3000 * len(batches)  # every batch whole: none half-written


def _wal_page_one(wal: bytes, page_size: int) -> bytes:
    """The newest copy of page 1 in a WAL file (32-byte header, 24-byte frame headers)."""
    newest = None
    for offset in range(32, len(wal) - page_size - 23, page_size + 24):
        if int.from_bytes(wal[offset : offset + 4], "big") == 1:
            newest = wal[offset + 24 : offset + 24 + page_size]
    assert newest is not None
    return newest


def test_a_main_file_shorter_than_its_header_with_the_wal_beside_it_opens(tmp_path, services, db):
    """The exact state a kill mid-checkpoint leaves: page 1 (with the new page count)
    already copied from the WAL, the file not yet grown, the WAL still whole."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    db.checkpoint()
    ids = add_contacts(db, services.clock.now(), 400, about="x" * 900)
    crash = tmp_path / "crash"
    crash.mkdir()
    image = {suffix: db.path.with_name(db.path.name + suffix).read_bytes() for suffix in ("", "-wal")}
    page_size = int.from_bytes(image[""][16:18], "big")
    page_one = _wal_page_one(image["-wal"], page_size)
    main = page_one + image[""][page_size:]
    assert int.from_bytes(page_one[28:32], "big") * page_size > len(main)  # "truncated"
    (crash / "rapport.db").write_bytes(main)
    (crash / "rapport.db-wal").write_bytes(image["-wal"])
    reopened = Database.open(crash / "rapport.db", backup_dir=crash / "backups")
    with reopened.read() as conn:
        stored = set(conn.execute(text("SELECT id FROM contact")).scalars())
    reopened.close()
    assert set(ids) <= stored


def _corrupt_a_contact_page(path):
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:  # the table's root page: its b-tree header and cells
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff\x13\x37" * 300)


@pytest.fixture
def damaged(tmp_path, services, db):
    add_contacts(db, services.clock.now(), 200, about="y" * 300)
    made = db.backup(backup.DAILY)
    yesterday = (datetime.now(timezone.utc) - timedelta(days=2)).strftime(backup.STAMP)
    os.replace(made, made.with_name(f"{backup.PREFIX}{yesterday}-daily.db"))
    db.checkpoint()
    db.close()
    _corrupt_a_contact_page(db.path)
    return db.path


def test_a_damaged_page_is_refused_with_the_restore_offer_and_left_untouched(damaged, tmp_path):
    before = damaged.read_bytes()
    with pytest.raises(DamagedDatabaseError) as refused:
        Database.open(damaged, backup_dir=tmp_path / "backups")
    assert "is damaged" in str(refused.value) and "newest backup" in str(refused.value)
    assert refused.value.backups, "the offer names a backup"
    assert damaged.read_bytes() == before


def test_the_cli_says_the_file_is_damaged_and_where_the_backup_is(damaged, tmp_path):
    before = damaged.read_bytes()
    data = damaged.parent
    os.replace(tmp_path / "backups", data / "backups")
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "today"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode != 0
    assert "is damaged" in done.stderr and str(data / "backups") in done.stderr
    assert "Traceback" not in done.stderr
    assert damaged.read_bytes() == before


def test_quick_check_runs_after_an_unclean_end_not_after_a_clean_one(tmp_path, services, db):
    """At 50,000 contacts quick_check takes 1.2 s: not at every start. A backup's read-only
    reader leaves an empty WAL behind, which is no sign of a crash."""
    from app.storage.opening import needs_full_check

    services.contacts.create(given_name="Ada")
    db.backup("daily")
    db.close()
    assert not needs_full_check(db.path)
    wal = db.path.with_name(db.path.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # a WAL with content: SQLite replays it
    assert needs_full_check(db.path)
