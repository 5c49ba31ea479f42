"""Rotating copies of the database through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

PREFIX = "rapport-"


def backup_file(db_path: Path, backup_dir: Path, keep: int, reason: str = "auto") -> Path:
    """Copy db_path into backup_dir (consistent even while the app writes) and keep
    only the newest `keep` copies. Returns the new backup's path."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{PREFIX}{stamp}-{reason}.db"
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        with dest:
            source.backup(dest)
    finally:
        dest.close()
        source.close()
    rotate(backup_dir, keep)
    return target


def list_backups(backup_dir: Path) -> list[Path]:
    if not backup_dir.exists():
        return []
    return sorted(backup_dir.glob(f"{PREFIX}*.db"))


def rotate(backup_dir: Path, keep: int) -> None:
    backups = list_backups(backup_dir)
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        old.unlink(missing_ok=True)
