"""Any other CSV, through a column mapping: which column holds which Rapport field.

guess_mapping() proposes one from the header (English and German names, and the headers
Rapport's own CSV export writes); the import wizard lets the user correct it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dataclasses import dataclass
from datetime import date

from app.domain.draft_language import parse_honorific
from app.domain.birthdays import Birthday
from app.domain.enums import TopicKind
from app.services.exporters.csv import HEADER as RAPPORT_HEADER, unguard
from app.services.importers.plan import ContactRecord, ParsedFile, dropped_note, excerpt
from app.services.importers.source import entry, plain, split_list

# field -> header names that mean it (folded)
FIELDS: dict[str, tuple[str, ...]] = {
    "given_name": ("given name", "first name", "firstname", "vorname"),
    "family_name": ("family name", "last name", "lastname", "surname", "nachname", "familienname"),
    "full_name": ("name", "full name", "display name", "vollstandiger name"),
    "honorific": ("anrede", "name prefix", "prefix", "salutation", "titel", "akademischer titel"),
    "nickname": ("nickname", "spitzname"),
    "company": ("company", "organization", "organisation", "firma", "unternehmen", "arbeitgeber"),
    "position": ("position", "title", "job title", "role", "funktion", "berufsbezeichnung"),
    "email": ("email", "e mail", "emails", "mail", "email address", "e mail adresse", "e mail address",
              "e mail 2 adresse", "e mail 2 address", "e mail 3 adresse", "e mail 3 address",
              "primary email", "secondary email", "e mail 1", "e mail 2", "weitere e mail adresse"),
    "phone": ("phone", "phones", "telephone", "mobile", "telefon", "handy", "mobil", "mobiltelefon",
              "telefon geschaftlich", "telefon privat", "business phone", "home phone", "mobile phone",
              "work phone", "mobile number", "fax number", "pager number", "telefon dienstlich"),
    "url": ("url", "urls", "links", "website", "webseite", "linkedin", "xing", "profile", "web page",
            "web page 1", "web page 2", "webseite 1", "webseite 2", "homepage"),
    "address": ("address", "addresses", "adresse", "anschrift", "home address", "work address",
                "privatadresse", "geschaftsadresse"),
    "birthday": ("birthday", "geburtstag", "date of birth", "geburtsdatum"),
    # Thunderbird and others split the birthday into three columns
    "birth_year": ("birth year", "birthday year", "geburtsjahr"),
    "birth_month": ("birth month", "birthday month", "geburtsmonat"),
    "birth_day": ("birth day", "birthday day", "geburtstag tag"),
    "notes": ("notes", "note", "about", "notizen", "bemerkungen", "kommentar"),
    "groups": ("groups", "group", "categories", "gruppen", "kategorien", "labels"),
    "interests": ("interests", "interessen", "hobbies", "hobby"),
    "goals": ("goals", "ziele"),
    "looking_for": ("looking for", "sucht", "ich suche"),
    "offering": ("offering", "offers", "bietet", "ich biete", "expertise"),
    "met_how": ("met how", "kennengelernt wie"),
    "met_where": ("met where", "met at", "kennengelernt wo", "kennengelernt"),
    "met_on": ("met on", "kennengelernt am"),
    "language": ("language", "sprache"),
}
TOPIC_FIELDS = {"interests": TopicKind.INTEREST, "goals": TopicKind.GOAL,
                "looking_for": TopicKind.LOOKING_FOR, "offering": TopicKind.OFFERING}
LIST_FIELDS = {"email": "emails", "phone": "phones", "url": "links", "address": "addresses"}
BIRTH_PARTS = ("birth_year", "birth_month", "birth_day")
# A list column's header says the entry's label: "Work Phone" -> work, "Handy" -> mobile.
LABEL_WORDS = (("mobil", "mobile"), ("handy", "mobile"), ("cell", "mobile"), ("fax", "fax"),
               ("pager", "pager"), ("work", "work"), ("business", "work"), ("geschaft", "work"),
               ("dienst", "work"), ("home", "home"), ("privat", "home"))


def header_label(header: str) -> str:
    folded = plain(header)
    return next((label for word, label in LABEL_WORDS if word in folded), "")


@dataclass(frozen=True)
class ColumnMapping:
    """fields[i] is the Rapport field of column i ("" = ignore); has_header skips row 1."""

    fields: tuple[str, ...]
    has_header: bool = True


def guess_mapping(rows: list[list[str]]) -> ColumnMapping:
    if not rows:
        return ColumnMapping(())
    lookup = {name: field for field, names in FIELDS.items() for name in names}
    fields, used = [], set()
    # Outlook writes "Title" for the name prefix (Mr., Dr.) beside "Job Title".
    outlook = "job title" in {plain(cell) for cell in rows[0]}
    for cell in rows[0]:
        field = lookup.get(plain(cell), "")
        if outlook and plain(cell) == "title":
            field = "honorific"
        if field in used and field not in LIST_FIELDS and field not in TOPIC_FIELDS:
            field = ""  # two "name" columns: keep the first, let the user choose the other
        used.add(field)
        fields.append(field)
    return ColumnMapping(tuple(fields), has_header=any(fields))


def parse(numbered: list[tuple[int, list[str]]] | list[list[str]], path: str,
          mapping: ColumnMapping) -> ParsedFile:
    rows = [r if isinstance(r, tuple) else (i, r) for i, r in enumerate(numbered, start=1)]
    parsed = ParsedFile(path, "generic_csv", [], [])
    own = bool(rows) and tuple(c.strip() for c in rows[0][1]) == RAPPORT_HEADER
    names = [c.strip() for c in rows[0][1]] if rows and mapping.has_header else []
    if mapping.has_header:
        rows = rows[1:]
    dropped: dict[str, set[str]] = {}
    for line, row in rows:
        if own:  # Rapport's own CSV: take back the ' that kept spreadsheets from running formulas
            row = [unguard(cell) for cell in row]
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {line}"
        for index, cell in enumerate(row):
            if cell.strip() and (index >= len(mapping.fields) or not mapping.fields[index]):
                name = names[index] if index < len(names) and names[index] else f"column {index + 1}"
                dropped.setdefault(name, set()).add(where)
        record, warnings = _record(row, mapping.fields, where, names)
        parsed.take(record, where, warnings, "no name and no e-mail in the mapped columns")
    if dropped:
        parsed.notes.append(dropped_note(dropped))
    return parsed


def _record(row: list[str], fields: tuple[str, ...], where: str,
            names: Sequence[str] = ()) -> tuple[ContactRecord, list[str]]:
    record = ContactRecord(where)
    warnings: list[str] = []
    birth: dict[str, str] = {}
    for index, (field, raw) in enumerate(zip(fields, row)):
        value = raw.strip()
        if not field or not value:
            continue
        if field in BIRTH_PARTS:
            birth[field] = value
            continue
        if field == "full_name":
            given, _, family = value.rpartition(" ")
            record.given_name = record.given_name or (given or family)
            record.family_name = record.family_name or (family if given else "")
        elif field in LIST_FIELDS:
            parts = split_list(value, "\n") if field == "address" else split_list(value, ",;\n")
            label = header_label(names[index]) if index < len(names) else ""
            getattr(record, LIST_FIELDS[field]).extend(entry(p, label) for p in parts)
        elif field in TOPIC_FIELDS:
            record.topics.extend((TOPIC_FIELDS[field], label, "") for label in split_list(value))
        elif field == "groups":
            record.groups.extend(split_list(value))
        elif field == "birthday":
            try:
                found = Birthday.parse(value)
                record.birthday = (found.month, found.day, found.year) if found else None
            except ValueError as error:
                warnings.append(f"{error}; imported without a birthday")
        elif field == "met_on":
            try:
                record.met_on = date.fromisoformat(value)
            except ValueError:
                warnings.append(f"“met on” {excerpt(value)} is not a date like 2024-05-17; left out")
        elif field == "language":
            record.language = value[:2].lower() if value[:2].lower() in ("de", "en") else ""
        elif field == "notes":
            record.about = value
        elif field == "honorific":
            record.anrede, record.title = parse_honorific(value)
        else:
            setattr(record, field, value)
    if birth and not record.birthday:
        try:
            year = int(birth["birth_year"]) if birth.get("birth_year") else None
            found = Birthday(int(birth.get("birth_month", "")), int(birth.get("birth_day", "")), year)
            record.birthday = (found.month, found.day, found.year)
        except (ValueError, OverflowError):
            shown = "-".join(birth.get(k, "?") for k in BIRTH_PARTS)
            warnings.append(f"birthday {excerpt(shown)} (year-month-day) is not a date; imported without a birthday")
    return record, warnings
