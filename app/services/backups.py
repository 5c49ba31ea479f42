"""The database backups: list them, count what one holds, bring one back (after a safety
copy of the current data). The copies themselves are storage/backup.py's."""

from __future__ import annotations

from pathlib import Path

from app.services.base import Service
from app.services.changes import Kind
from app.storage import backup, encryption
from app.storage.backup import BackupInfo

# Everything a screen may show: after a restore all of it changed.
EVERYTHING = tuple(Kind)  # a restore replaces every row: every kind changed


class BackupsService(Service):
    def folder(self) -> Path | None:
        return self.db.backup_dir

    def list(self) -> list[BackupInfo]:
        """Newest first."""
        if self.db.backup_dir is None:
            return []
        return [backup.describe(p) for p in reversed(backup.list_backups(self.db.backup_dir))]

    def contacts_in(self, path: Path) -> int | None:
        """How many contacts a database file holds (None: it cannot be read)."""
        try:
            key = self.db.key if encryption.looks_encrypted(path) else None
            conn = encryption.connect(path, key, readonly=True)
            try:
                return conn.execute("SELECT count(*) FROM contact WHERE NOT is_me").fetchone()[0]
            finally:
                conn.close()
        except encryption.driver_errors() + (encryption.StorageError,):
            return None

    def current_contacts(self) -> int:
        with self.db.read() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM contact WHERE NOT is_me").scalar_one()

    def restore(self, path: Path) -> Path | None:
        """Replace everything with the backup's data; returns the safety copy of the data
        as it was. Raises StorageError with a sentence for the user."""
        safety = self.replace_data(path)
        self.announce_restored()
        return safety

    def replace_data(self, path: Path) -> Path | None:
        """The slow part of restore() (12 s at 50,000 contacts): safe in a worker thread."""
        return self.db.restore_backup(Path(path))

    def announce_restored(self) -> None:
        """The change notices after replace_data(), from the thread the screens live in."""
        for what in EVERYTHING:
            self.events.emit(what)
