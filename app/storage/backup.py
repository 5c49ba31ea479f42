"""Rotating copies of the database through SQLite's online backup API.

A backup is named rapport-<UTC stamp>-<reason>.db, private (0600) in a private folder
(0700). A copy made before a migration is "-unverified" until the migrated database
opened cleanly: rotation never removes the newest verified copy, so a database that
fails at every start cannot push the last good backup out. A backup that could not be
written (a full disk) is removed at once and never counts.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.storage.errors import BackupFailedError

PREFIX = "rapport-"
UNVERIFIED = "-unverified"
DAILY = "daily"
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    reason: str
    size: int
    verified: bool


def backup_file(db_path: Path, backup_dir: Path, keep: int, reason: str = "auto",
                verified: bool = True, key=None) -> Path:
    """Copy db_path into backup_dir (consistent even while the app writes) and keep only
    the newest `keep` copies (plus the newest verified one). Returns the new backup's
    path; raises BackupFailedError (nothing left behind) when it cannot be written.
    `key` (an encryption.Key): the database is encrypted; the copy is, with the same key."""
    from app.storage import encryption

    errors: tuple[type[Exception], ...] = (OSError, sqlite3.Error)
    if key is not None:
        import sqlcipher3.dbapi2

        errors += (sqlcipher3.dbapi2.Error,)
    stamp = datetime.now(timezone.utc).strftime(STAMP)
    target = backup_dir / f"{PREFIX}{stamp}-{reason}{'' if verified else UNVERIFIED}.db"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(backup_dir, 0o700)
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        source = encryption.connect(db_path, key, readonly=True)
        try:
            dest = encryption.connect(target, key)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except errors as error:
        for leftover in (target, target.with_name(target.name + "-journal")):
            leftover.unlink(missing_ok=True)
        why = getattr(error, "strerror", None) or str(error)
        raise BackupFailedError(
            f"Rapport could not write a backup of {db_path} into {backup_dir}: {why}. "
            "Free some disk space (or check the folder's permissions) and try again."
        ) from error
    rotate(backup_dir, keep)
    return target


def mark_verified(path: Path) -> Path:
    """The database this copy was made of has opened cleanly since: a good backup."""
    if not path.stem.endswith(UNVERIFIED):
        return path
    verified = path.with_name(path.stem[: -len(UNVERIFIED)] + path.suffix)
    os.replace(path, verified)
    return verified


def list_backups(backup_dir: Path) -> list[Path]:
    """The backups, oldest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.glob(f"{PREFIX}*.db") if p.is_file())


def describe(path: Path) -> BackupInfo:
    name = path.stem[len(PREFIX):]
    verified = not name.endswith(UNVERIFIED)
    name = name if verified else name[: -len(UNVERIFIED)]
    stat = path.stat()
    try:
        created = datetime.strptime(name[:22], STAMP).replace(tzinfo=timezone.utc)
        reason = name[23:]
    except ValueError:  # renamed by hand: the file's own time
        created = datetime.fromtimestamp(stat.st_mtime, timezone.utc)
        reason = ""
    return BackupInfo(path, created, reason, stat.st_size, verified)


def rotate(backup_dir: Path, keep: int) -> None:
    backups = []
    for path in list_backups(backup_dir):
        if path.stat().st_size == 0:  # a copy a full disk cut short: no backup at all
            path.unlink(missing_ok=True)
        else:
            backups.append(path)
    verified = [p for p in backups if describe(p).verified]
    protected = verified[-1] if verified else None
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        if old != protected:
            old.unlink(missing_ok=True)


def daily_backup_due(backup_dir: Path, now: datetime, every: timedelta = timedelta(days=1)) -> bool:
    """True when no verified backup is younger than `every` (any reason counts: a copy
    made before an import is as good as a daily one)."""
    newest = [describe(p) for p in list_backups(backup_dir)]
    newest = [info.created for info in newest if info.verified and info.size > 0]
    return not newest or now - max(newest) >= every
