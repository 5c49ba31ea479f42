"""A full disk, a read-only folder and a folder called rapport.db end in a sentence that
names the path (CLI: non-zero exit, no traceback), never in a traceback or a false
"truncated". A backup that a full disk cut short is removed and never counts."""

import contextlib
import errno
import io
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from app.storage import backup as backups_module
from app.storage.backup import list_backups
from app.storage.database import Database
from app.storage.errors import BackupFailedError, StorageError, StorageUnavailableError
from tests.reliability.helpers import read_until, spawn

pytestmark = pytest.mark.reliability

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema_0002.db"


def run_cli(data: Path, *words: str) -> subprocess.CompletedProcess:
    """`rapport --data-dir data words…` in this process (a subprocess costs seconds on a
    loaded machine): the exit code and stderr; any exception escaping is a failure."""
    from app.__main__ import main

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(["--data-dir", str(data), *words])
        except SystemExit as exit_:
            code = exit_.code
    return subprocess.CompletedProcess(words, code, "", stderr.getvalue())


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (skipped where mounting is not permitted)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk up to `leave` bytes free; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    free = shutil.disk_usage(folder).free
    assert free < 4096
    if leave:
        with open(filler, "r+b") as handle:
            handle.truncate(max(0, filler.stat().st_size - leave))
    return filler


WRITER = """
import sys
from app.domain.clock import SystemClock
from app.services import Services
from app.storage.database import Database
services = Services(Database.open(sys.argv[1]), SystemClock())
for index in range(100_000):
    contact = services.contacts.create(given_name=f"P{index}", about="z" * 6000)
    print(contact, flush=True)
"""


def test_a_full_disk_mid_writes_then_starts_with_every_committed_row(small_disk):
    data = small_disk / "data"
    Database.open(data / "rapport.db").close()
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * 2_000_000)
    lines = read_until(spawn(WRITER, data / "rapport.db"), 10**9)  # runs until the disk is full
    committed = {int(line) for line in lines if line.isdigit()}
    assert committed
    full = run_cli(data, "today")  # still full: a clear word or a working start, no traceback
    assert "Traceback" not in full.stderr
    assert full.returncode == 0 or str(data) in full.stderr
    filler.unlink()  # space freed: starts, every committed row there
    db = Database.open(data / "rapport.db")
    with db.read() as conn:
        stored = set(conn.exec_driver_sql("SELECT id FROM contact").scalars())
    db.close()
    assert committed <= stored


def test_a_full_disk_during_the_pre_migration_backup(small_disk):
    data = small_disk / "data"
    data.mkdir()
    shutil.copy(FIXTURE, data / "rapport.db")
    fill(small_disk, leave=64 * 1024)  # less than the database's 192 KB
    with pytest.raises(BackupFailedError, match="Free some disk space"):
        Database.open(data / "rapport.db", backup_dir=data / "backups")
    assert list_backups(data / "backups") == [], "no 0-byte backup left behind"
    with sqlite3.connect(data / "rapport.db") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    conn.close()
    cli = run_cli(data, "today")
    assert cli.returncode != 0 and "Traceback" not in cli.stderr and str(data) in cli.stderr
    (small_disk / "filler").unlink()
    Database.open(data / "rapport.db", backup_dir=data / "backups").close()
    assert len(list_backups(data / "backups")) == 1


def test_an_enospc_backup_is_removed_and_never_counts(tmp_path, monkeypatch, services, db):
    """Injected: the copy fails after its file was created (0 bytes)."""
    services.contacts.create(given_name="Ada")
    folder = tmp_path / "kept"
    good = [backups_module.backup_file(db.path, folder, keep=2) for _ in range(2)]
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, *args, **kwargs):
            self.inner = real_connect(*args, **kwargs)

        def backup(self, target):
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.inner.close()

    monkeypatch.setattr(backups_module.sqlite3, "connect", FullDisk)
    for _ in range(3):
        with pytest.raises(BackupFailedError, match=str(folder)):
            backups_module.backup_file(db.path, folder, keep=2)
    monkeypatch.undo()
    assert list_backups(folder) == good
    (folder / "rapport-20200101-000000-000000-auto.db").write_bytes(b"")  # an old 0-byte one
    backups_module.rotate(folder, keep=2)
    assert list_backups(folder) == good


def test_a_read_only_folder_is_named(small_disk):
    data = small_disk / "data"
    Database.open(data / "rapport.db").close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StorageUnavailableError, match="read-only") as refused:
        Database.open(data / "rapport.db")
    assert str(data / "rapport.db") in str(refused.value)
    cli = run_cli(data, "today")
    assert cli.returncode != 0 and "read-only" in cli.stderr.lower() and "Traceback" not in cli.stderr


def test_a_read_only_folder_injected(tmp_path, monkeypatch):
    """Where no tmpfs can be mounted (or as root, who may write anywhere): EROFS injected."""
    path = tmp_path / "ro" / "rapport.db"

    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("app.storage.database.os.open", refuse)
    with pytest.raises(StorageUnavailableError, match="read-only") as refused:
        Database.open(path)
    assert str(path) in str(refused.value)


def test_rapport_db_being_a_folder_is_named(tmp_path):
    data = tmp_path / "data"
    (data / "rapport.db").mkdir(parents=True)
    with pytest.raises(StorageUnavailableError, match="is a folder"):
        Database.open(data / "rapport.db")
    cli = run_cli(data, "today")
    assert cli.returncode != 0 and "is a folder" in cli.stderr and "Traceback" not in cli.stderr


def test_errors_are_storage_errors_with_the_path(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as refused:
        Database.open(blocker / "rapport.db")  # a file where the folder should be
    assert str(blocker) in str(refused.value)
