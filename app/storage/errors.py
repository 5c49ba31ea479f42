"""Errors the app shows as a clear message instead of a traceback."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base class: str(error) is a sentence fit for the user."""


class NotADatabaseError(StorageError):
    pass


class DatabaseTooNewError(StorageError):
    pass


class DamagedDatabaseError(NotADatabaseError):
    """SQLite itself reports damage (PRAGMA quick_check). The file is left untouched; the
    start offers to restore a backup."""

    def __init__(self, message: str, path: Path, backups: list[Path] | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.backups = backups or []


class StorageUnavailableError(StorageError):
    """The disk is full, the folder is read-only, or the path is not a file."""


class BackupFailedError(StorageError):
    """A backup could not be written; the partial file was removed."""


class DatabaseBusyError(StorageError):
    """Another process (an import, a restore) held the database longer than a save waits."""
