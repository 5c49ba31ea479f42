"""Outlook's CSV export ("Kontakte exportieren", "Export contacts"), German or English headers.

Read by header name, never by position (Outlook versions differ in their columns). Every
e-mail, phone and address column is kept with a label; what Rapport has no field for but a
person would miss (Abteilung, Partner, Kinder …) goes into the contact's notes as
"Header: value" (Jahrestag / Anniversary becomes an important date); any other non-empty column is named in the report, never dropped silently.
Outlook writes an empty date as "0.0.00" (German) or "0/0/00" (English).
"""

from __future__ import annotations

import re
from app.domain.birthdays import Birthday
from app.domain.important_dates import DateKind, ImportantDate
from app.domain.draft_language import parse_honorific
from app.domain.enums import TopicKind
from app.services.importers.plan import ContactRecord, ParsedFile, dropped_note, excerpt
from app.services.importers.source import entry, numbered_rows, plain, split_list
from app.services.importers.vcard import format_address

# header (folded with source.plain) -> record field
SIMPLE = {
    "anrede": "honorific", "title": "honorific",
    "vorname": "given_name", "first name": "given_name",
    "weitere vornamen": "middle_name", "middle name": "middle_name",
    "nachname": "family_name", "last name": "family_name",
    "firma": "company", "company": "company",
    "position": "position", "job title": "position",
    "geburtstag": "birthday", "birthday": "birthday",
    "kategorien": "groups", "categories": "groups",
    "notizen": "notes", "notes": "notes",
    "webseite": "url", "web page": "url", "personliche webseite": "url",
    "hobby": "hobby",
    "sprache": "language", "language": "language",
}
EMAILS = {"e mail adresse": "", "e mail address": "", "e mail 2 adresse": "email 2",
          "e mail 2 address": "email 2", "e mail 3 adresse": "email 3", "e mail 3 address": "email 3"}
PHONES = {
    "telefon geschaftlich": "work", "telefon geschaftlich 2": "work", "business phone": "work",
    "business phone 2": "work", "mobiltelefon": "mobile", "mobiltelefon 2": "mobile",
    "mobile phone": "mobile", "telefon privat": "home", "telefon privat 2": "home",
    "home phone": "home", "home phone 2": "home", "fax geschaftlich": "work fax",
    "business fax": "work fax", "fax privat": "home fax", "home fax": "home fax",
    "weiteres telefon": "other", "other phone": "other", "weiteres fax": "other fax",
    "other fax": "other fax", "haupttelefon": "main", "primary phone": "main",
    "telefon firma": "company", "company main phone": "company", "autotelefon": "car",
    "car phone": "car", "pager": "pager", "telefon assistent": "assistant",
    "assistant s phone": "assistant", "ruckmeldung": "callback", "callback": "callback",
    "isdn": "isdn", "telex": "telex", "telefon fur horbehinderte": "tty", "tty tdd phone": "tty",
    "funktelefon": "radio", "radio phone": "radio",
}
# Kept in the notes as "Header: value": Rapport has no field, a person would miss them.
NOTED = {"abteilung", "department", "jahrestag", "anniversary", "partner", "spouse", "kinder",
         "children", "suffix", "empfohlen von", "referred by", "buro", "office location",
         "name assistent", "assistant s name", "name des der vorgesetzten", "manager s name"}
NOTED_DATES = {"jahrestag", "anniversary"}
# Outlook fills these in every row; they say nothing about the person.
NOISE = {"e mail typ", "e mail type", "e mail angezeigter name", "e mail display name",
         "e mail 2 typ", "e mail 2 type", "e mail 2 angezeigter name", "e mail 2 display name",
         "e mail 3 typ", "e mail 3 type", "e mail 3 angezeigter name", "e mail 3 display name",
         "initialen", "initials", "prioritat", "priority", "vertraulichkeit", "sensitivity",
         "privat", "private", "internet frei gebucht", "internet free busy"}
NOISE_VALUES = {"normal", "aus", "false", "unbekannt", "unspecified", "0", "smtp", "ex"}
_ADDRESS_KIND = (("geschaftlich", "work"), ("privat", "home"), ("business", "work"),
                 ("home", "home"), ("other", "other"))
_ADDRESS_PART = (("strasse", "street"), ("street", "street"), ("postleitzahl", "postcode"),
                 ("postal code", "postcode"), ("postfach", "po_box"), ("po box", "po_box"),
                 ("land", "country"), ("country", "country"), ("bundesland", "region"),
                 ("region", "region"), ("state", "region"), ("ort", "city"), ("city", "city"))
_EMPTY_DATE = re.compile(r"^0{1,2}[./]0{1,2}[./]0{2,4}$")


def _address_column(name: str) -> tuple[str, str] | None:
    """("work", "street") for "strasse geschaftlich 2" / "business street 2"."""
    words = name.split()
    kind: str | None
    if words and words[0].startswith("weiter"):  # Weitere Straße, Weiterer Ort, Weiteres Land
        kind = "other"
    else:
        kind = next((k for word, k in _ADDRESS_KIND if word in words), None)
    if kind is None:
        return None
    rest = " ".join(w for w in words if not w.startswith("weiter") and w not in
                    ("geschaftlich", "privat", "business", "home", "other", "address", "2", "3"))
    for word, part in _ADDRESS_PART:
        if rest == word or rest.startswith(word + " "):
            return kind, part
    return None


def headers(text: str) -> set[str]:
    first = text.split("\n", 1)[0]
    return {plain(cell) for cell in re.split(r"[,;\t]", first)}


def is_outlook(text: str) -> bool:
    names = headers(text)
    has_mail = bool(names & {"e mail adresse", "e mail address"})
    has_phone = bool(names & {"telefon geschaftlich", "business phone", "mobiltelefon", "mobile phone"})
    return has_mail and has_phone


def outlook_date(value: str, german: bool) -> Birthday | None:
    """15.4.1988 (German), 4/15/1988 (English: month first unless the first number is over
    12), "0.0.00" / "0/0/00" = no date. Raises ValueError for anything else."""
    text = value.strip()
    if not text or _EMPTY_DATE.match(text):
        return None
    if "/" in text:
        parts = text.split("/")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            first, second, year = (int(p) for p in parts)
            month, day = (second, first) if first > 12 else (first, second)
            year += 2000 if year < 30 else 1900 if year < 100 else 0
            return Birthday(month, day, year)
        raise ValueError(f"{excerpt(value)} is not a date")
    return Birthday.parse(text)


def parse(text: str, path: str = "") -> ParsedFile:
    rows = numbered_rows(text, path)
    parsed = ParsedFile(path, "outlook_csv", [], [])
    if not rows:
        return parsed
    header = [cell.strip() for cell in rows[0][1]]
    names = [plain(cell) for cell in header]
    german = "vorname" in names or "e mail adresse" in names
    parsed.phone_region = "DE" if german else ""
    dropped: dict[str, set[str]] = {}
    # What each column is, worked out once per file, not once per cell.
    columns = [(label, name, SIMPLE.get(name), _address_column(name)) for label, name in zip(header, names)]
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {line}"
        record, warnings = _record(row, columns, german, where, dropped)
        parsed.take(record, where, warnings)
    if dropped:
        parsed.notes.append(dropped_note(dropped))
    return parsed


def _record(row, columns, german, where, dropped) -> tuple[ContactRecord, list[str]]:
    record = ContactRecord(where)
    warnings: list[str] = []
    addresses: dict[str, dict[str, str]] = {}
    noted: list[str] = []
    middle = ""
    for raw, (label, name, field, address) in zip(row, columns):
        value = raw.strip()
        if not value:
            continue
        if field == "honorific":
            record.anrede, record.title = parse_honorific(value)
            record.formality = "sie"  # a person addressed as "Frau Dr." is addressed with Sie
        elif field in ("given_name", "family_name", "company", "position"):
            setattr(record, field, value)
        elif field == "middle_name":
            middle = value
        elif field == "birthday":
            try:
                found = outlook_date(value, german)
                record.birthday = (found.month, found.day, found.year) if found else None
            except ValueError:
                warnings.append(f"{label} {excerpt(value)} is not a date; imported without a birthday")
        elif field == "groups":
            record.groups.extend(split_list(value, ";,"))
        elif field == "notes":
            record.about = "\n".join(value.splitlines())
        elif field == "url":
            record.links.append(entry(value))
        elif field == "hobby":
            record.topics.extend((TopicKind.INTEREST, h, "") for h in split_list(value))
        elif field == "language":
            record.language = value[:2].lower() if value[:2].lower() in ("de", "en") else ""
        elif name in EMAILS:
            record.emails.append(entry(value, EMAILS[name]))
        elif name in PHONES:
            record.phones.append(entry(value, PHONES[name]))
        elif address is not None:
            kind, part = address
            parts = addresses.setdefault(kind, {})
            parts[part] = f"{parts[part]}, {value}" if part in parts else value
        elif name in NOTED_DATES:  # an anniversary: an important date, else a note
            try:
                found = outlook_date(value, german)
            except ValueError:
                found, text = None, value  # kept as written: a note loses nothing
            else:
                text = ""
                if found:
                    record.dates.append(ImportantDate(DateKind.ANNIVERSARY, found.month, found.day,
                                                      found.year))
            if text:
                noted.append(f"{label}: {text}")
        elif name in NOTED:
            noted.append(f"{label}: {value}")
        elif name in NOISE or value.casefold() in NOISE_VALUES:
            continue
        else:
            dropped.setdefault(label, set()).add(where)
    if middle and record.given_name:
        record.given_name = f"{record.given_name} {middle}"
    for kind in ("work", "home", "other"):
        if kind in addresses:
            parts = addresses[kind]
            record.addresses.append({"value": format_address(parts), "label": kind, **parts})
    if noted:
        record.about = "\n".join(filter(None, [record.about, "\n".join(noted)]))
    return record, warnings
