"""Xing: its contacts export as CSV (German or English headers) and its vCards.

Xing offered a CSV of all contacts until 2014; since then each contact's page offers a vCard
(PRODID "-//XING//www.xing.com//…", Latin-1, TYPE=cell,work phones, TYPE=internet;type=WORK
e-mails, a PHOTO by URI, CLASS and SORT-STRING lines). Both are read here so that the person's
Xing profile link is kept as a link labelled "xing" (matched on import like LinkedIn's, and
written back on export). The CSV is read by header name, never by position; a column this
file does not know is named in the report, never dropped silently.
"""

from __future__ import annotations

import re

from app.domain.draft_language import parse_honorific
from app.services.importers import vcard
from app.services.importers.outlook_csv import outlook_date
from app.services.importers.plan import ContactRecord, ImportFormatError, ParsedFile, dropped_note, excerpt
from app.services.importers.source import entry, numbered_rows, plain, split_list

XING_LABEL = "xing"
_PROFILE = re.compile(r"(?:^|[/.])xing\.com/(?:profile|profil)/", re.IGNORECASE)
_PRODID = re.compile(r"^PRODID[;:].*\bXING\b", re.IGNORECASE | re.MULTILINE)

# header (folded with source.plain) -> field
SIMPLE = {
    "vorname": "given_name", "first name": "given_name",
    "nachname": "family_name", "last name": "family_name",
    "anrede": "anrede", "salutation": "anrede", "titel": "title", "title": "title",
    "firma": "company", "unternehmen": "company", "company": "company",
    "position": "position", "job title": "position",
    "geburtstag": "birthday", "geburtsdatum": "birthday", "birthday": "birthday",
    "notizen": "notes", "notiz": "notes", "notes": "notes",
    "schlagworter": "groups", "tags": "groups",
    "kontaktgrund": "met_how", "grund der kontaktaufnahme": "met_how",
    "reason for contact": "met_how",
    "webseite": "url", "website": "url", "homepage": "url",
}
PROFILE_HEADERS = {"xing profil", "xing profil url", "profil url", "xing url", "xing profile",
                   "xing profile url", "profile url", "xing link", "xing"}
# Kept in the notes as "Header: value": no field in Rapport, a person would miss them.
NOTED = {"branche", "industry", "abteilung", "department"}
_KIND = (("geschaftlich", "work"), ("business", "work"), ("privat", "home"), ("private", "home"))
_EMAIL = ("e mail", "email")
_MOBILE = ("mobil", "handy", "mobile")
_PHONE = ("telefon", "phone")
_FAX = ("fax",)
_ADDRESS = (("strasse", "street"), ("street", "street"), ("plz", "postcode"),
            ("postleitzahl", "postcode"), ("zip", "postcode"), ("postal code", "postcode"),
            ("ort", "city"), ("stadt", "city"), ("city", "city"), ("bundesland", "region"),
            ("region", "region"), ("land", "country"), ("country", "country"))


def is_xing_vcard(head: str) -> bool:
    return bool(_PRODID.search(head))


def is_xing_csv(text: str) -> bool:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return bool({plain(cell) for cell in re.split(r"[,;\t]", first)} & PROFILE_HEADERS)


def is_profile(url: str) -> bool:
    return bool(_PROFILE.search(url.strip()))


def label_profiles(record: ContactRecord) -> None:
    """A xing.com/profile/… link is the Xing profile, whatever the card called it."""
    for item in record.links:
        if is_profile(item.get("value", "")):
            item["label"] = XING_LABEL


def parse_vcard(text: str, path: str = "", progress=None, cancelled=None) -> ParsedFile:
    parsed = vcard.parse_text(text, path, progress, cancelled)
    parsed.format = "xing_vcard"
    for record in parsed.records:
        label_profiles(record)
    return parsed


def column_kind(name: str) -> tuple[str, str]:
    """What a column holds: ("given_name", ""), ("email", "work"), ("address", "work/city"),
    ("profile", ""), ("noted", ""), or ("", "") for a column this file does not know."""
    if name in SIMPLE:
        return SIMPLE[name], ""
    if name in PROFILE_HEADERS:
        return "profile", ""
    if name in NOTED:
        return "noted", ""
    words = name.split()
    kind = next((k for word, k in _KIND if word in words), "")
    rest = " ".join(w for w in words if w not in {word for word, _ in _KIND})
    if rest in _EMAIL:
        return "email", kind
    if rest in _FAX:
        return "phone", f"{kind} fax".strip()
    if rest in _MOBILE or rest == "mobiltelefon":
        return "phone", "mobile"
    if rest in _PHONE:
        return "phone", kind
    for word, part in _ADDRESS:
        if rest == word:
            return "address", f"{kind or 'work'}/{part}"
    return "", ""


def parse_csv(text: str, path: str = "") -> ParsedFile:
    rows = numbered_rows(text, path)
    parsed = ParsedFile(path, "xing_csv", [], [])
    if not rows:
        return parsed
    header = [cell.strip().lstrip("\ufeff") for cell in rows[0][1]]
    columns = [(label, *column_kind(plain(label))) for label in header]
    if not any(field == "profile" for _label, field, _kind in columns):
        raise ImportFormatError(f"{path}: not a Xing contacts export (no column with the Xing profile)")
    dropped: dict[str, set[str]] = {}
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {line}"
        record, warnings = _record(row, columns, where, dropped)
        parsed.take(record, where, warnings)
    if dropped:
        parsed.notes.append(dropped_note(dropped))
    return parsed


def _record(row, columns, where, dropped) -> tuple[ContactRecord, list[str]]:
    record = ContactRecord(where)
    warnings: list[str] = []
    addresses: dict[str, dict[str, str]] = {}
    honorific: dict[str, str] = {}
    noted: list[str] = []
    for index, raw in enumerate(row):
        value = raw.strip()
        if not value:
            continue
        if index >= len(columns):
            dropped.setdefault(f"column {index + 1}", set()).add(where)
            continue
        label, field, kind = columns[index]
        if field in ("given_name", "family_name", "company", "position", "met_how"):
            setattr(record, field, value)
        elif field in ("anrede", "title"):
            honorific[field] = value
        elif field == "email":
            record.emails.extend(entry(v, kind) for v in split_list(value, ",;\n"))
        elif field == "phone":
            record.phones.extend(entry(v, kind) for v in split_list(value, ",;\n"))
        elif field == "profile":
            record.links.append(entry(value, XING_LABEL))
        elif field == "url":
            record.links.extend(entry(v) for v in split_list(value, " ,;\n"))
        elif field == "address":
            where_kind, part = kind.split("/")
            addresses.setdefault(where_kind, {})[part] = value
        elif field == "birthday":
            try:
                found = outlook_date(value, german=True)  # "0.0.00" is no date, as in Outlook
                record.birthday = (found.month, found.day, found.year) if found else None
            except ValueError:
                warnings.append(f"{label} {excerpt(value)} is not a date; imported without a birthday")
        elif field == "groups":
            record.groups.extend(split_list(value))
        elif field == "notes":
            record.about = "\n".join(value.splitlines())
        elif field == "noted":
            noted.append(f"{label}: {value}")
        else:
            dropped.setdefault(label or f"column {index + 1}", set()).add(where)
    if honorific:
        record.anrede, record.title = parse_honorific(
            " ".join(honorific[k] for k in ("anrede", "title") if k in honorific))
        if record.anrede:
            record.formality = "sie"  # addressed as "Frau Dr." on Xing: Sie
    for where_kind in ("work", "home"):
        if where_kind in addresses:
            parts = addresses[where_kind]
            record.addresses.append({"value": vcard.format_address(parts), "label": where_kind, **parts})
    if noted:
        record.about = "\n".join(filter(None, [record.about, "\n".join(noted)]))
    return record, warnings
