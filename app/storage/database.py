"""The one Database object: a SQLite file opened safely, migrated, passed to services.

Never global: the app opens one, tests open their own in tmp_path.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session

from app.storage import migrate, search
from app.storage.backup import backup_file
from app.storage.errors import DatabaseTooNewError, NotADatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not a whole SQLite database."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            f"{path} is not a Rapport database (it is not an SQLite file). "
            "It was left untouched; choose another data folder or move the file away."
        )
    if len(header) < 100:
        raise NotADatabaseError(f"{path} is truncated (only {size} bytes). It was left untouched.")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    change_counter, valid_for = header[24:28], header[92:96]
    if change_counter == valid_for and size < page_count * page_size:
        raise NotADatabaseError(
            f"{path} is truncated: {size} bytes of {page_count * page_size} expected. "
            "It was left untouched; restore a backup from the backups folder."
        )


CACHE_KIB = 64 * 1024  # the page cache of each connection


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed note survives even a power cut, not only a crash of the app.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # SQLite's default page cache is 2 MB; at 50,000 contacts the contact table alone is
    # larger, and a search reading 800 matches by id went from 2.5 ms to 0.6 ms with this.
    # Pages are only taken as they are read.
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


class Database:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @classmethod
    def open(cls, path: Path | str, backup_dir: Path | None = None, backups_to_keep: int = 7):
        """Open (creating if needed) and migrate to the current schema. A file that needs
        migrating is first copied to backup_dir. Raises StorageError subclasses with a
        message for the user; the file is never overwritten on error."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists():
            check_file(path)
        else:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        os.chmod(path, 0o600)
        current = _read_revision(path)
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)  # see app/logs.py
        event.listen(engine, "connect", _set_pragmas)
        if current != migrate.HEAD:
            if current is not None and current not in migrate.known_revisions():
                engine.dispose()
                raise DatabaseTooNewError(
                    f"{path} was written by a newer version of Rapport (schema {current}). "
                    "Please update Rapport; the file was left untouched."
                )
            if current is not None and backup_dir is not None:
                backup_file(path, backup_dir, backups_to_keep, reason=f"before-{migrate.HEAD}")
            migrate.upgrade(engine)
        return cls(path, engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            with session.begin():
                yield session

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def bulk_write(self) -> Iterator[tuple[Connection, set[int]]]:
        """One transaction for a large write, with the search triggers paused. The caller
        adds the contact ids it touched to the yielded set; they are re-indexed at the
        end. Nothing is written if the block raises."""
        with self.engine.begin() as connection:
            touched: set[int] = set()
            search.pause(connection)
            yield connection, touched
            search.refresh(connection, touched)
            search.resume(connection)

    def revision(self) -> str | None:
        return _read_revision(self.path)


def _read_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file, read with plain sqlite3 (cheap at start)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabaseError(
                        f"{path} is an SQLite database but not Rapport's. It was left untouched."
                    )
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotADatabaseError(
            f"{path} cannot be read as a database ({error}). It was left untouched."
        ) from error
