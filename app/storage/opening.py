"""Judging a database file at start, and the messages when it cannot be used.

No size arithmetic: after a crash the newest pages may still be in the WAL, and the main
file is legitimately shorter than its header says until SQLite replays it. So SQLite
opens the file (replaying the WAL) and `PRAGMA quick_check` judges every page.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from app.storage import backup
from app.storage.errors import (
    DamagedDatabaseError,
    NotADatabaseError,
    StorageError,
    StorageUnavailableError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


def check_file(path: Path) -> None:
    """Before SQLite touches it: refuse a folder, or a file that is not SQLite at all."""
    if path.is_dir():
        raise StorageUnavailableError(
            f"{path} is a folder, not Rapport's database file. Move it away or choose "
            "another data folder."
        )
    if not path.exists():
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise NotADatabaseError(
            f"{path} is not a Rapport database (it is not an SQLite file). "
            "It was left untouched; choose another data folder or move the file away."
        )


def needs_full_check(path: Path) -> bool:
    """Whether the last session may not have ended cleanly: a WAL or journal with content
    beside the file (a clean close empties or removes them; a read-only reader, like a
    backup, may leave an empty WAL), or a main file whose size disagrees with its header
    (only a reason to look closer: SQLite may still complete it from the WAL)."""
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size > 0:
            return True
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return bool(header)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return path.stat().st_size != int.from_bytes(header[28:32], "big") * page_size


def inspect_file(path: Path, backup_dir: Path | None, quick: bool = True, key=None) -> str | None:
    """Open the file with SQLite (which replays a WAL left by a crash), check it with
    `PRAGMA quick_check` and return its Alembic revision (None: a new, empty file).
    `key`: an encryption.Key for an SQLCipher file."""
    from app.storage import encryption

    try:
        connection = encryption.connect(path, key, readonly=True)
        try:
            if quick:
                problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
                if problems != ["ok"]:
                    raise _damaged(path, backup_dir, problems[0], len(problems))
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
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
    except _database_errors(key) as error:
        if "OperationalError" in type(error).__name__ and not _corrupt(error):
            raise explain(path, error) from error
        raise _damaged(path, backup_dir, str(error), 1) from error


def check_file_pages(path: Path, backup_dir: Path | None, key) -> DamagedDatabaseError | None:
    """The day's check of an encrypted file on its own read-only connection: SQLCipher's
    HMAC of every page (see Database.check_pages). The damage found, else None."""
    from app.storage import encryption

    try:
        connection = encryption.connect(path, key, readonly=True)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
        finally:
            connection.close()
    except _database_errors(key) as error:
        if "OperationalError" in type(error).__name__ and not _corrupt(error):
            raise explain(path, error) from error
        problems = [str(error)]
    return _damaged(path, backup_dir, problems[0], len(problems)) if problems else None


def _database_errors(key) -> tuple[type[Exception], ...]:
    if key is None:
        return (sqlite3.DatabaseError,)
    import sqlcipher3.dbapi2

    return (sqlite3.DatabaseError, sqlcipher3.dbapi2.DatabaseError)


def _corrupt(error: Exception) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in str(error)


def _damaged(path: Path, backup_dir: Path | None, problem: str, count: int) -> DamagedDatabaseError:
    good = [p for p in backup.list_backups(backup_dir) if p.stat().st_size > 0] if backup_dir else []
    more = f" and {count - 1} more problems" if count > 1 else ""
    message = (f"{path} is damaged: SQLite reports “{problem}”{more}. "
               "It was left untouched.")
    if good:
        info = backup.describe(good[-1])
        when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
        message += (f" The newest backup is {good[-1]} ({when}). To use it, move the damaged "
                    "file away and copy the backup in its place, or start the Rapport "
                    "window, which offers to do that.")
    else:
        message += " There is no backup in the backups folder to restore."
    return DamagedDatabaseError(message, path, good)


def explain(path: Path, error: BaseException) -> StorageError:
    """A sentence naming the path for an OS or SQLite error, instead of a traceback."""
    text = str(getattr(error, "orig", None) or error)
    number = getattr(error, "errno", None)
    if number == errno.ENOSPC or "disk is full" in text:
        return StorageUnavailableError(
            f"The disk holding {path} is full. Free some space and start Rapport again; "
            "the database was left as it was."
        )
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or (
        "unable to open" in text
    ):
        return StorageUnavailableError(
            f"Rapport cannot write to {path}: the folder {path.parent} is read-only or "
            "belongs to another user. Fix its permissions or choose another data folder."
        )
    if number in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        return StorageUnavailableError(
            f"Rapport cannot use {path}: a file or folder is in the way ({text})."
        )
    return StorageUnavailableError(f"Rapport cannot open {path}: {text}.")


def restore_into(source: Path, target: Path, key=None) -> str | None:
    """Copy a backup file into target (created or replaced) with SQLite's backup API, after
    checking the backup. Returns the backup's schema revision. With a key (an encrypted
    database), the backup must be encrypted with the same key: SQLCipher's backup API
    copies only between databases of the same form."""
    from app.storage import encryption, migrate

    if key is not None and not encryption.looks_encrypted(source):
        raise StorageError(
            f"{source} is a plain (unencrypted) backup and the database is encrypted. "
            "Decrypt the database first, or choose an encrypted backup."
        )
    revision = inspect_file(source, None, key=key)
    if revision is not None and revision not in migrate.known_revisions():
        raise StorageError(f"{source} comes from a newer Rapport (schema {revision}).")
    reader = encryption.connect(source, key, readonly=True)
    writer = encryption.connect(target, key)
    try:
        writer.execute("PRAGMA busy_timeout = 60000")
        reader.backup(writer)
    except _database_errors(key) as error:
        raise explain(target, error) from error
    finally:
        writer.close()
        reader.close()
    os.chmod(target, 0o600)
    return revision


def replace_damaged(path: Path, source: Path, key=None) -> Path:
    """Move a damaged database (and its WAL) aside, never deleting it, and put a copy of
    the backup `source` in its place (`key`: both are encrypted with it). Returns where
    the damaged file now is."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    for suffix in ("", *SIDE_FILES):
        old = path.with_name(path.name + suffix)
        if old.exists():
            os.replace(old, kept.with_name(kept.name + suffix))
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    restore_into(source, path, key=key)
    return kept
