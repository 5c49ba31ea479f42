"""Importing contacts: detect the format, parse, plan (duplicates, new/merge/skip), write.

    service = ImportService(db, clock, events)
    parsed = service.read(path)            # no database access
    plan = service.plan(parsed)            # reads the DB once for duplicates
    report = service.write(plan)           # one transaction; emits one "contacts" notice
    report = service.import_file(path)     # all three (the CLI and the benchmark use it)
"""

from __future__ import annotations

from pathlib import Path
from typing import AbstractSet, Callable

from app.services.base import Service
from app.services.importers import generic_csv, google_csv, linkedin, outlook_csv, vcard, xing
from app.services.importers.checks import check_records
from app.services.importers.dedupe import plan_import
from app.services.importers.plan import ImportFormatError, ImportPlan, ImportReport, ParsedFile
from app.services.importers.source import (
    decode, decode_as, numbered_rows, read_text, sniff_delimiter,
)
from app.services.importers.writer import write_plan

FORMATS = ("vcard", "xing_vcard", "linkedin_connections", "linkedin_messages", "google_csv",
           "outlook_csv", "xing_csv", "generic_csv")
Progress = Callable[[int, int], None]


def detect_format(path: Path | str, text: str | None = None) -> str:
    """The format by content first (a .csv can be LinkedIn, Google or anything), then suffix."""
    text = read_text(path) if text is None else text
    head = text[:4096].lstrip()
    if head.upper().startswith("BEGIN:VCARD") or "\nBEGIN:VCARD" in head.upper():
        return "xing_vcard" if xing.is_xing_vcard(head) else "vcard"
    if linkedin.is_connections(head):
        return "linkedin_connections"
    if linkedin.is_messages(head):
        return "linkedin_messages"
    if google_csv.is_google(head):
        return "google_csv"
    if xing.is_xing_csv(head):
        return "xing_csv"
    if outlook_csv.is_outlook(text[:65536]):  # the header alone can be 4 kB wide
        return "outlook_csv"
    if Path(path).suffix.lower() in (".vcf", ".vcard"):
        return "vcard"
    if Path(path).suffix.lower() in (".csv", ".tsv", ".txt"):
        return "generic_csv"
    raise ImportFormatError(
        f"{path}: not a format Rapport can import (vCard .vcf, LinkedIn, Google, Outlook, Xing or other CSV)"
    )


class ImportService(Service):
    def read(self, path: Path | str, format: str | None = None,
             mapping: generic_csv.ColumnMapping | None = None,
             progress: Progress | None = None, cancelled=None, owner: str | None = None,
             delimiter: str | None = None, encoding: str | None = None) -> ParsedFile:
        """Parse a file into records and problems; raises ImportFormatError for a file that
        cannot be read at all. Writes nothing. `delimiter` and `encoding` (one of
        source.ENCODINGS) are what the mapping step shows, as sniffed or as the user chose."""
        path = str(path)
        text = self._text(path, encoding)
        format = format or detect_format(path, text)
        return check_records(self._parse(text, path, format, mapping, progress, cancelled, owner,
                                         delimiter))

    @staticmethod
    def _text(path: str, encoding: str | None = None) -> str:
        try:
            return decode_as(Path(path).read_bytes(), encoding) if encoding else read_text(path)
        except OSError as error:
            raise ImportFormatError(f"{path}: {error.strerror or error}") from error

    def _parse(self, text, path, format, mapping, progress, cancelled, owner,
               delimiter=None) -> ParsedFile:
        if format == "vcard":
            return vcard.parse_text(text, path, progress, cancelled)
        if format == "linkedin_connections":
            return linkedin.parse_connections(text, path)
        if format == "linkedin_messages":
            return linkedin.parse_messages(text, path, owner, self._my_name())
        if format == "google_csv":
            return google_csv.parse(text, path)
        if format == "outlook_csv":
            return outlook_csv.parse(text, path)
        if format == "xing_vcard":
            return xing.parse_vcard(text, path, progress, cancelled)
        if format == "xing_csv":
            return xing.parse_csv(text, path)
        if format == "generic_csv":
            rows = numbered_rows(text, path, delimiter)
            mapping = mapping or generic_csv.guess_mapping([row for _line, row in rows[:1]])
            return generic_csv.parse(rows, path, mapping)
        raise ImportFormatError(f"{path}: unknown import format {format!r}")

    def _my_name(self) -> str:
        from sqlalchemy import select

        from app.storage.tables import Contact

        with self.db.read() as conn:
            row = conn.execute(select(Contact.given_name, Contact.family_name).where(Contact.is_me)).first()
        return " ".join(p for p in row if p) if row else ""

    def preview_rows(self, path: Path | str, limit: int = 6, delimiter: str | None = None,
                     encoding: str | None = None) -> list[list[str]]:
        """The header and first rows of a CSV, for the column-mapping step: sniffed, or read
        with the delimiter and encoding the user chose there."""
        text = self._text(str(path), encoding)
        head = "\n".join(text.split("\n", 200)[:200])  # a preview needs no 50 MB parse
        return [row for _line, row in numbered_rows(head, str(path), delimiter)][:limit]

    def csv_dialect(self, path: Path | str) -> tuple[str, str]:
        """(delimiter, encoding name) as sniffed, for the mapping step to show."""
        text, encoding = decode(Path(path).read_bytes())
        return sniff_delimiter(text), encoding

    def plan(self, parsed: ParsedFile) -> ImportPlan:
        with self.db.read() as conn:
            return plan_import(conn, parsed)

    def write(self, plan: ImportPlan, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportReport:
        self.db.backup("before-import")  # a failed copy (a full disk) stops the import
        report = write_plan(self.db, self.clock.now(), plan, progress, cancelled)
        self.events.emit("contacts", *report.contact_ids)
        return report

    def merge_contacts(self, keep_id: int, drop_id: int, take: AbstractSet[str] = frozenset()) -> None:
        """Fold contact drop_id into keep_id (see contact_merge); `take` names the fields
        whose value comes from drop_id (e.g. {"company", "birthday"})."""
        from app.services.importers.contact_merge import merge_contacts

        if keep_id == drop_id:
            return
        with self.db.write() as conn:
            merge_contacts(conn, keep_id, drop_id, set(take), self.clock.now())
        self.events.emit("contacts", keep_id, drop_id)

    def import_file(self, path: Path | str, format: str | None = None, dry_run: bool = False,
                    progress: Progress | None = None) -> ImportReport:
        plan = self.plan(self.read(path, format))
        if dry_run:
            return dry_run_report(plan)
        return self.write(plan, progress)


def dry_run_report(plan: ImportPlan) -> ImportReport:
    from app.services.importers.plan import Decision

    return ImportReport(
        path=plan.parsed.path, created=plan.count(Decision.NEW), merged=plan.count(Decision.MERGE),
        skipped=plan.count(Decision.SKIP),
        interactions=sum(len(i.record.interactions) for i in plan.items
                         if i.decision is not Decision.SKIP),
        problems=tuple(plan.parsed.problems), notes=tuple(plan.parsed.notes), contact_ids=(),
        dry_run=True,
    )
