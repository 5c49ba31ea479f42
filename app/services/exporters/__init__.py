"""Exporting: vCard 3.0/4.0 (all contacts or a selection), CSV, and a full JSON backup that
restore() brings back exactly. Files are written next to the target and renamed into place,
so a failed export never leaves half a file behind."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import case, func, select

from app.services.base import Service
from app.services.exporters import backup
from app.services.exporters.csv import to_csv
from app.services.exporters.rows import load_contacts, with_relations_and_photos
from app.services.exporters.vcard import to_vcard
from app.storage import sealed_backup
from app.storage.tables import Contact

FORMATS = ("vcard", "vcard4", "csv", "json")
SUFFIX = {"vcard": ".vcf", "vcard4": ".vcf", "csv": ".csv", "json": ".json"}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: str
    contacts: int  # every contact written, archived ones included (never Me or the trash)
    rows: int  # every row written (a backup counts all tables)
    archived: int = 0  # of the contacts, how many are archived


class ExportService(Service):
    def count(self, contact_ids: Iterable[int] | None = None) -> tuple[int, int]:
        """(contacts, of them archived) that export() would write, so that what the dialog
        announces and what it reports afterwards agree."""
        visible = (Contact.is_me.is_(False), Contact.deleted_at.is_(None))
        query = select(func.count(), func.coalesce(func.sum(case((Contact.archived, 1), else_=0)), 0))
        with self.db.read() as conn:
            if contact_ids is None:
                total, archived = conn.execute(query.select_from(Contact).where(*visible)).one()
                return total, archived
            ids = sorted(set(contact_ids))
            total = archived = 0
            for start in range(0, len(ids), 500):
                part = conn.execute(query.select_from(Contact).where(
                    Contact.id.in_(ids[start : start + 500]))).one()
                total, archived = total + part[0], archived + part[1]
            return total, archived

    def vcard_text(self, contact_ids: Iterable[int] | None = None, version: str = "3.0",
                   progress: Progress | None = None) -> tuple[str, int]:
        with self.db.read() as conn:
            contacts = with_relations_and_photos(conn, load_contacts(conn, contact_ids))
        parts = []
        for number, contact in enumerate(contacts, start=1):
            parts.append(to_vcard(contact, version))
            if progress and number % 500 == 0:
                progress(number, len(contacts))
        return "".join(parts), len(contacts)

    def backup_needs_passphrase(self) -> bool:
        """An encrypted database's JSON backup is sealed with a passphrase, never plain."""
        return self.db.key is not None

    def export(self, path: Path | str, format: str, contact_ids: Iterable[int] | None = None,
               progress: Progress | None = None, passphrase: str | None = None) -> ExportResult:
        """format: vcard (3.0), vcard4, csv or json (a full backup; contact_ids ignored).
        With a passphrase the backup is sealed (storage/sealed_backup.py); an encrypted
        database's backup must be: PassphraseNeeded without one, before anything is read."""
        path = Path(path)
        if format in ("vcard", "vcard4"):
            text, count = self.vcard_text(contact_ids, "4.0" if format == "vcard4" else "3.0", progress)
            sealed_backup.write_atomically(path, text.encode("utf-8"))
            return ExportResult(str(path), format, count, count, self._archived(contact_ids))
        if format == "csv":
            with self.db.read() as conn:
                contacts = load_contacts(conn, contact_ids)
            sealed_backup.write_atomically(path, to_csv(contacts).encode("utf-8-sig"))
            archived = sum(1 for c in contacts if c.archived)
            return ExportResult(str(path), format, len(contacts), len(contacts), archived)
        if format == "json":
            if not passphrase and self.backup_needs_passphrase():
                raise PassphraseNeeded(str(path))
            with self.db.read() as conn:
                data = backup.dump(conn, self.clock.now(), progress)
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            if passphrase:
                sealed_backup.write_atomically(path,
                                               sealed_backup.seal(text.encode("utf-8"), passphrase))
            else:
                sealed_backup.write_atomically(path, text.encode("utf-8"))
            row_count = sum(len(t["rows"]) for t in data["tables"].values())
            contact_count, archived = _backed_up_contacts(data)
            return ExportResult(str(path), format, contact_count, row_count, archived)
        raise ValueError(f"unknown export format {format!r} (use one of {', '.join(FORMATS)})")

    def _archived(self, contact_ids) -> int:
        return self.count(contact_ids)[1]

    def is_sealed(self, path: Path | str) -> bool:
        """Whether the file is a backup sealed with a passphrase (False: unreadable too;
        restore() says why)."""
        try:
            return sealed_backup.file_is_sealed(Path(path))
        except OSError:
            return False

    def restore(self, path: Path | str, force: bool = False, progress: Progress | None = None,
                passphrase: str | None = None) -> dict[str, int]:
        """Bring a JSON backup back, a sealed one with its passphrase. Raises
        backup.RestoreError (WrongPassphrase for a wrong one) with a message for the user;
        nothing is changed before the backup has been opened and checked."""
        from app.services.exporters.restore_validation import BackupInvalid, parse_backup

        try:
            raw = Path(path).read_bytes()
            if sealed_backup.is_sealed(raw):
                raw = _unsealed(path, raw, passphrase)
            data = parse_backup(raw.decode("utf-8"))
        except OSError as error:
            raise backup.RestoreError(f"{path}: cannot be read ({error.strerror or 'error'})") from None
        except UnicodeDecodeError:
            raise backup.RestoreError(f"{path}: is not a text file in UTF-8, so not a backup") from None
        except BackupInvalid as error:
            raise backup.RestoreError(f"{path}: {error}") from None
        if self._refuse_to_empty(data) and force:
            # A safety copy of the data --force replaces; a failed copy (a full disk) stops
            # the restore with BackupFailedError. (Without --force a database that holds
            # data is refused anyway.)
            self.db.backup("before-restore")
        counts = backup.restore(self.db, data, force=force, progress=progress)
        self.events.emit("contacts")
        return counts

    def _refuse_to_empty(self, data) -> bool:
        """A backup without a single contact would wipe a database that has some: refused
        whatever --force says (a truncated or hand-edited file, not a wish to start over).
        Returns whether the database holds data."""
        backup.check(data)
        block = data["tables"].get("contact")
        block = block if isinstance(block, dict) else {}
        columns, rows = block.get("columns"), block.get("rows")
        rows = rows if isinstance(rows, list) else []
        if isinstance(columns, list) and "is_me" in columns:
            me = columns.index("is_me")
            rows = [r for r in rows if not (isinstance(r, list) and len(r) > me and r[me])]
        with self.db.read() as conn:
            if backup.is_empty(conn):
                return False
            if rows:
                return True
            held = conn.exec_driver_sql("SELECT count(*) FROM contact WHERE NOT is_me").scalar()
        raise backup.RestoreError(
            f"the backup holds no contacts; restoring it would empty your database, which "
            f"holds {held} contacts"
        )


class PassphraseNeeded(ValueError):
    """An encrypted database's JSON backup needs a passphrase to be sealed with."""


class WrongPassphrase(backup.RestoreError):
    """The passphrase does not open the sealed backup (or none was given)."""


class SealedDamaged(backup.RestoreError):
    """The sealed backup is cut short or changed ("damaged"), or sealed by a newer
    Rapport ("version")."""

    def __init__(self, message: str, reason: str = "damaged") -> None:
        super().__init__(message)
        self.reason = reason


def _unsealed(path, raw: bytes, passphrase: str | None) -> bytes:
    if not passphrase:
        raise WrongPassphrase(f"{path}: is sealed with a passphrase; give it to restore it")
    try:
        return sealed_backup.unseal(raw, passphrase)
    except sealed_backup.SealedBackupError as error:
        if error.reason == "passphrase":
            raise WrongPassphrase(f"{path}: the passphrase does not open this backup") from None
        if error.reason == "version":
            raise SealedDamaged(f"{path}: is sealed in a newer format ({error}); update "
                                "Rapport to restore it", "version") from None
        raise SealedDamaged(f"{path}: the sealed backup is damaged or incomplete "
                                  f"({error})") from None


def _backed_up_contacts(data: dict) -> tuple[int, int]:
    """(contacts, archived) in a backup, counted as export() counts them: without Me and the
    trash (which the backup also holds, to restore them exactly)."""
    block = data["tables"].get("contact", {})
    at = {name: i for i, name in enumerate(block.get("columns", ()))}
    people = [row for row in block.get("rows", ())
              if not row[at["is_me"]] and row[at["deleted_at"]] is None]
    return len(people), sum(1 for row in people if row[at["archived"]])
