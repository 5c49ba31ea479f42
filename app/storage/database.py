"""The one Database object: a SQLite file opened safely, migrated, passed to services.

Never global: the app opens one, tests open their own in tmp_path.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from time import monotonic
from typing import Callable, Iterator

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.storage import backup, commits, encryption, migrate, search
from app.storage.errors import (
    DamagedDatabaseError, DatabaseBusyError, DatabaseTooNewError, StorageError,
)
from app.storage.gate import Gate
from app.storage.opening import (
    check_file, check_file_pages, explain, inspect_file, needs_full_check)
from app.storage.uris import sqlalchemy_url

CACHE_KIB = 64 * 1024  # the page cache of each connection
# Bulk jobs (demo, import, restore) write in ONE transaction, so that a kill or an error
# leaves nothing half-done. Meanwhile a save waits: every write transaction starts with
# BEGIN IMMEDIATE (so the wait happens before any work, and never fails at once because
# a read snapshot went stale, which busy_timeout cannot help), in steps of BUSY_STEP_MS,
# telling `on_wait` (the window shows "waiting…") between steps, for up to WRITE_WAIT_S.
# Chunked commits would free the lock sooner but break all-or-nothing; a staging copy
# costs a second full write. Waiting is the simplest design that loses no save.
BUSY_STEP_MS = 1000
WRITE_WAIT_S = 600.0
WRITE = commits.WRITE  # execution option: this connection will write


def _on_connect(dbapi_connection, _record) -> None:
    # SQLAlchemy emits BEGIN itself (see Database._on_begin), so that DDL and the bulk
    # jobs run in real transactions; pysqlite's own implicit BEGIN is switched off.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed note survives even a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
    # SQLite's default page cache is 2 MB; at 50,000 contacts the contact table alone is
    # larger, and a search reading 800 matches by id went from 2.5 ms to 0.6 ms with this.
    # Pages are only taken as they are read.
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


class Database:
    def __init__(self, path: Path, engine: Engine, backup_dir: Path | None = None,
                 backups_to_keep: int = 7, key: encryption.Key | None = None) -> None:
        self.path = path
        self.key = key  # None: a plain SQLite file; else SQLCipher (app/storage/encryption.py)
        self.engine = engine
        self.backup_dir = backup_dir
        self.backups_to_keep = backups_to_keep
        # Called with the seconds waited so far while a write waits for another process's
        # transaction, and with None when the wait is over (the GUI shows it).
        self.on_wait: Callable[[float | None], None] | None = None
        self.write_wait = WRITE_WAIT_S
        self.gate = Gate()  # see suspended()
        self.check_due = False  # the day's page check is still to run (see check_pages)
        self._damage: StorageError | None = None
        self._checking = threading.Lock()
        event.listen(engine, "begin", self._on_begin)

    @classmethod
    def open(cls, path: Path | str, backup_dir: Path | None = None, backups_to_keep: int = 7,
             key: encryption.Key | None = None):
        """Open (creating if needed) and migrate to the current schema. A file that needs
        migrating is first copied to backup_dir. Raises StorageError subclasses with a
        message for the user; the file is never overwritten on error. An encrypted file
        needs its key (KeyNeededError without, WrongKeyError with a wrong one); a plain
        file ignores a key."""
        path = Path(path)
        if not encryption.looks_encrypted(path):
            key = None
        elif key is None:
            raise encryption.KeyNeededError(encryption.key_needed_message(path))
        try:
            return cls._open(path, backup_dir, backups_to_keep, key)
        except StorageError:
            raise
        except Exception as error:  # a full disk, a read-only folder, a vanished file...
            raise explain(path, error) from error

    @classmethod
    def _open(cls, path: Path, backup_dir: Path | None, keep: int, key) -> "Database":
        if key is None:
            check_file(path)  # before SQLite: never "open" a text file, a folder...
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        os.chmod(path, 0o600)
        # SQLite opens the file (replaying a WAL left by a crash) and checks every page
        # with quick_check: after an unclean end, and once a day before the daily backup
        # (at 50,000 contacts, 250 MB, it takes 1.2 s: not at every start). An encrypted
        # file's daily check would take 10 s here (every page decrypted): it waits for
        # the daily backup instead, off the start path (check_pages, in daily_backup_if_due).
        unclean = needs_full_check(path) if key is None else encryption.unclean(path)
        daily = backup_dir is not None and backup.daily_backup_due(
            backup_dir, datetime.now(timezone.utc))
        full = unclean or (daily and key is None)
        encryption.roll_back_hot_journal(path, key)
        current = inspect_file(path, backup_dir, quick=full, key=key)
        engine = _engine(path, key)
        db = cls(path, engine, backup_dir, keep, key)
        db.check_due = daily and not full
        if current == migrate.HEAD:
            return db
        try:
            if db.check_due:  # the copy before the update must not be of a damaged file
                db.check_pages()
            if current is not None and current not in migrate.known_revisions():
                raise DatabaseTooNewError(
                    f"{path} was written by a newer version of Rapport (schema {current}). "
                    "Please update Rapport; the file was left untouched."
                )
            made = None
            if current is not None and backup_dir is not None:
                made = backup.backup_file(path, backup_dir, keep, reason=f"before-{migrate.HEAD}",
                                          verified=False, key=key)
            try:
                migrate.upgrade(engine)
            except Exception as error:
                raise StorageError(
                    f"Rapport could not update {path} to its new format "
                    f"({getattr(error, 'orig', error)}). The file was left as it was"
                    + (f"; a copy is in {backup_dir}." if made else ".")
                ) from error
            if made is not None:
                backup.mark_verified(made)
        except BaseException:
            engine.dispose()
            raise
        return db

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def suspended(self) -> Iterator[None]:
        """No connection open while the block runs (it may replace the file: encrypt,
        decrypt, re-key); other threads' uses wait at the gate. Call reopen() inside when
        the key changed."""
        with self.gate.closed():
            self.engine.dispose()
            yield

    def reopen(self, key: encryption.Key | None) -> None:
        """Go on with the file at self.path under a new key (None: plain), same object:
        every service holding this Database keeps working."""
        old = self.engine
        self.engine = _engine(self.path, key)
        self.key = key
        event.listen(self.engine, "begin", self._on_begin)
        old.dispose()

    # --- transactions --------------------------------------------------------------------
    def _on_begin(self, conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return
        if not options.get(WRITE):
            conn.exec_driver_sql("BEGIN")
            return
        started = monotonic()
        waited = False
        try:
            while True:
                try:
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                    return
                except OperationalError as error:
                    if "locked" not in str(error.orig) and "busy" not in str(error.orig):
                        raise
                    seconds = monotonic() - started
                    if seconds >= self.write_wait:
                        waited_for = (f"{seconds / 60:.0f} minutes" if seconds >= 90
                                      else f"{max(seconds, 1):.0f} seconds")
                        raise DatabaseBusyError(
                            f"Another Rapport job (an import, a restore or sample data) kept "
                            f"{self.path} busy for {waited_for}, so a change could "
                            "not be saved. Try again when it has finished."
                        ) from None
                    waited = True
                    if self.on_wait is not None:
                        self.on_wait(seconds)
        finally:
            if waited and self.on_wait is not None:
                self.on_wait(None)

    def _writer(self) -> Engine:
        return self.engine.execution_options(**{WRITE: True})

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        with self.gate.use(), commits.tracked(), Session(self._writer(), expire_on_commit=False) as session:
            with session.begin():
                yield session

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.gate.use(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.gate.use(), commits.tracked(), self._writer().begin() as connection:
            yield connection

    @contextmanager
    def bulk_write(self) -> Iterator[tuple[Connection, set[int]]]:
        """One transaction for a large write, with the search triggers paused. The caller
        adds the contact ids it touched to the yielded set; they are re-indexed at the
        end. Nothing is written if the block raises."""
        with self.gate.use(), commits.tracked(), self._writer().begin() as connection:
            touched: set[int] = set()
            search.pause(connection)
            yield connection, touched
            search.refresh(connection, touched)
            search.resume(connection)

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (outside any transaction, as SQLite needs)."""
        with self.gate.use(), self.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- the day's page check and backups -------------------------------------------------
    def check_pages(self) -> None:
        """The day's check of an encrypted file, deferred from open(): on its own read-only
        connection (callers run it in a worker thread), before any backup is taken. SQLCipher's
        cipher_integrity_check verifies every page's HMAC, which catches any changed byte
        on disk, in a quarter of quick_check's time (which decrypts and walks every b-tree:
        that one still runs at open after an unclean end). Raises DamagedDatabaseError,
        with the same message as at start, now and at every later backup."""
        with self._checking:
            if self._damage is not None:
                raise self._damage
            if not self.check_due:
                return
            with self.gate.use():
                damage = check_file_pages(self.path, self.backup_dir, self.key)
            if damage is not None:
                # The check reads raw pages without a read snapshot: a checkpoint by a
                # concurrent write can make a page's HMAC fail for a moment. Fold the WAL
                # in and check again; only a repeated failure counts as damage.
                self.checkpoint()
                with self.gate.use():
                    damage = check_file_pages(self.path, self.backup_dir, self.key)
            self._damage, self.check_due = damage, False
            if self._damage is not None:
                raise self._damage

    def backup(self, reason: str) -> Path | None:
        """A copy in the backups folder (none when the Database has no backup folder).
        Raises BackupFailedError: callers about to replace data must not go on then;
        DamagedDatabaseError: the day's check (check_pages) found damage, no copy was made."""
        if self.backup_dir is None:
            return None
        self.check_pages()  # never a backup of a file that failed the check
        with self.gate.use():
            return backup.backup_file(self.path, self.backup_dir, self.backups_to_keep, reason,
                                      key=self.key)  # encrypted like the database

    def daily_backup_if_due(self, now: datetime | None = None) -> Path | None:
        if self.backup_dir is None:
            return None
        now = now or datetime.now(timezone.utc)
        if not backup.daily_backup_due(self.backup_dir, now):
            return None
        return self.backup(backup.DAILY)

    def restore_backup(self, source: Path) -> Path | None:
        """Replace every row with a backup file's, after a safety copy of the current data.
        The copy goes through SQLite's backup API into the open file (one transaction;
        other connections see the old or the new data, never a mix); an older schema is
        migrated afterwards. Returns the safety copy."""
        from app.storage.opening import replace_damaged, restore_into

        try:  # a check still due runs now: its damage decides the path, not a failed copy
            self.check_pages()
            damage = None
        except DamagedDatabaseError as found:
            damage = found
        if damage is not None:
            # The day's check found damage: no backup of it, and SQLite cannot copy into
            # it either. As at start, the damaged file is moved aside (kept) and the
            # backup copied in its place, with no connection open meanwhile.
            with self.suspended():
                safety = replace_damaged(self.path, source, key=self.key)
        else:
            safety = self.backup("before-restore")
            self.engine.dispose()
            restore_into(source, self.path, key=self.key)
        self.engine.dispose()
        with self._checking:
            self._damage, self.check_due = None, False  # restore_into checked the backup
        current = inspect_file(self.path, None, key=self.key)
        if current != migrate.HEAD:
            migrate.upgrade(self.engine)
        return safety

    def revision(self) -> str | None:
        with self.gate.use():
            return inspect_file(self.path, None, quick=False, key=self.key)


def _engine(path: Path, key: encryption.Key | None) -> Engine:
    # hide_parameters: see app/logs.py. With a key, each pooled connection is made by
    # sqlcipher3 and keyed before anything else (the URL still picks a file's pool).
    extra = {"creator": encryption.sqlalchemy_creator(path, key)} if key else {}
    engine = create_engine(sqlalchemy_url(path), hide_parameters=True, **extra)
    event.listen(engine, "connect", _on_connect)
    return engine
