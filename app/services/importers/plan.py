"""What an import is made of: parsed records, the problems found, and a decision per record.

Plain values only. Parsers produce a ParsedFile; dedupe turns it into an ImportPlan (nothing
written yet); the writer applies the plan in one transaction and returns an ImportReport.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Decision(StrEnum):
    NEW = "new"  # create a contact
    MERGE = "merge"  # add what is new to the matched contact
    SKIP = "skip"  # leave it out


@dataclass
class ContactRecord:
    """One person as read from a file, in Rapport's terms. Built by a parser, then read-only."""

    location: str  # where in the file: "card 3 (line 17)", "line 5"
    given_name: str = ""
    family_name: str = ""
    nickname: str = ""
    company: str = ""
    position: str = ""
    emails: list[dict] = field(default_factory=list)  # {"value": ..., "label": ...}
    phones: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    addresses: list[dict] = field(default_factory=list)
    birthday: tuple[int, int, int | None] | None = None  # (month, day, year)
    about: str = ""
    met_how: str = ""
    met_where: str = ""
    met_on: date | None = None
    language: str = ""  # "de" / "en" when the file says so
    formality: str = ""  # "du" / "sie" (Rapport's own vCards and backups carry it)
    anrede: str = ""  # "Frau" / "Herr", from a name prefix (vCard N, CSV "Anrede"/"Title")
    title: str = ""  # "Dr.", "Prof."
    greeting_style: str = ""  # Rapport's own vCards carry it
    cadence_days: int | None = None
    topics: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, detail)
    groups: list[str] = field(default_factory=list)
    interactions: list[dict] = field(default_factory=list)  # occurred_at, channel, direction, ...
    # vCard lines Rapport has no field for, kept as written: {"value": line, "label": NAME}
    vcard_properties: list[dict] = field(default_factory=list)
    uid: str = ""  # the card's UID, which another card's RELATED may point at
    # (kind, reversed, uid or name of the other person in the same file, "uid" or "name")
    related: list[tuple[str, bool, str, str]] = field(default_factory=list)
    photo: bytes | None = None  # a JPEG or PNG small enough to keep (app.services.photos)
    dates: list = field(default_factory=list)  # app.domain.important_dates.ImportantDate
    past_jobs: list[tuple[str, str, datetime]] = field(default_factory=list)  # company, position, ended

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p) or self.nickname

    def has_name(self) -> bool:
        return bool(self.given_name or self.family_name or self.nickname)


EXCERPT_CHARS = 100  # what of a bad value a message quotes: a 1 MB line is not echoed
MESSAGE_CHARS = 300


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A value quoted for a message: repr-quoted, cut to about `limit` characters."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clip(message: str, limit: int = MESSAGE_CHARS) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def dropped_note(dropped: dict[str, set[str]]) -> str:
    """"3 field(s) of 2 record(s) not imported: Hobby, Kinder" — per file, for the report."""
    fields = sum(len(where) for where in dropped.values())
    records = len(set().union(*dropped.values()))
    return f"{fields} field(s) of {records} record(s) not imported: " + ", ".join(sorted(dropped))


def kept_note(kept: dict[str, set[str]]) -> str:
    """"2 field(s) of 2 record(s) kept as written: GENDER, IMPP" — vCard lines Rapport has no
    field for, stored with the contact and written back on vCard export."""
    fields = sum(len(where) for where in kept.values())
    records = len(set().union(*kept.values()))
    return f"{fields} field(s) of {records} record(s) kept as written: " + ", ".join(sorted(kept))


@dataclass(frozen=True)
class Problem:
    """A record that was rejected (or a field of it that was left out), and why."""

    file: str
    location: str  # "card 4 (line 23)", "line 12"
    reason: str
    rejected: bool = True  # False: the record was imported without the named field

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", clip(str(self.reason)))

    def __str__(self) -> str:
        return f"{self.file}, {self.location}: {self.reason}"


@dataclass
class ParsedFile:
    path: str
    format: str  # vcard, linkedin_connections, linkedin_messages, google_csv, generic_csv, json
    records: list[ContactRecord]
    problems: list[Problem]
    notes: list[str] = field(default_factory=list)  # facts for the report, e.g. photos dropped
    photos_dropped: int = 0
    # Numbers without a country code are read as numbers in this region; "" = kept as
    # written (an English Outlook file's "(555) 010-2000" is not a German number).
    phone_region: str = "DE"

    def take(self, record: "ContactRecord", where: str, warnings=(), missing: str = "") -> None:
        """Keep a record that has a name or an e-mail (the e-mail names it then), with its
        warnings; refuse one that has neither, saying `missing` (what the format lacks)."""
        self.problems.extend(Problem(self.path, where, w, rejected=False) for w in warnings)
        if record.has_name() or record.emails:
            if not record.has_name():
                record.nickname = record.emails[0]["value"]
            self.records.append(record)
        else:
            self.problems.append(Problem(self.path, where, missing or "no name and no e-mail"))


@dataclass(frozen=True)
class Match:
    """An existing contact (contact_id) or an earlier record of the same file (record_index)
    that a record seems to be the same person as."""

    reason: str  # "e-mail a@b.de", "profile URL", "phone", "similar name (93%)"
    name: str
    contact_id: int | None = None
    record_index: int | None = None
    strong: bool = True  # email / URL / phone / exact name; False for a fuzzy name


@dataclass
class PlannedRecord:
    record: ContactRecord
    decision: Decision
    match: Match | None = None


@dataclass
class ImportPlan:
    parsed: ParsedFile
    items: list[PlannedRecord]

    def count(self, decision: Decision) -> int:
        return sum(1 for item in self.items if item.decision is decision)

    @property
    def duplicates(self) -> int:
        return sum(1 for item in self.items if item.match is not None)


@dataclass(frozen=True)
class ImportReport:
    path: str
    created: int
    merged: int
    skipped: int
    interactions: int
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]
    contact_ids: tuple[int, ...]
    dry_run: bool = False
    finished_at: datetime | None = None

    @property
    def rejected(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.rejected)


class ImportCancelled(Exception):
    """Raised inside the import transaction when the user cancels; nothing is written."""


class ImportFormatError(ValueError):
    """The file as a whole cannot be read (wrong format, unknown encoding, no header)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(clip(str(message)))
