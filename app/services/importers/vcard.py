"""vCard 2.1, 3.0 and 4.0 files to ContactRecords, with vobject doing the line parsing.

The file is cut into cards first, so one broken card is reported (card number, line, reason)
while the good ones around it still import. vobject parses each content line (parameters,
QUOTED-PRINTABLE, CHARSET); values are unescaped here, which is cheaper than vobject's
behaviours and keeps unescaped commas (vobject cuts a NOTE at the first one).
A photo is kept when it is an embedded JPEG or PNG of at most app.services.photos.MAX_BYTES
(a thumbnail); a linked or larger one is dropped (the report counts them). RELATED to another
card of the file (by UID or name) becomes a relationship; other RELATED go into the notes.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Callable

import base64
import binascii

import vobject

from app.domain.draft_language import GREETING_STYLES, parse_honorific
from app.domain.birthdays import Birthday
from app.domain.enums import TopicKind
from app.domain.relationships import FROM_VCARD_TYPE
from app.services.photos import MAX_BYTES, sniff
from app.services.importers.plan import (
    ContactRecord, ImportCancelled, ParsedFile, Problem, dropped_note, excerpt, kept_note,
)
from app.services.importers.source import entry
from app.services.importers.vcard_text import param_value, split_cards, split_unescaped, structured, unescape
from app.services.importers.vcard_dates import DATE_PROPERTIES, read_date, read_past_job, resolve_dates

# Properties that hold nothing about the person, or are read with another (FN with N):
# not named in the "not imported" report.
IGNORED_PROPERTIES = {"VERSION", "PRODID", "REV", "KIND", "SOURCE", "X-ABUID", "X-ABADR",
                      "X-ABSHOWAS", "CLIENTPIDMAP", "LABEL", "X-ABLABEL", "X-ABPERSON",
                      "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-CARDPICTURE", "CLASS", "SORT-STRING",
                      "X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME", "MAILER", "NAME", "PROFILE",
                      "X-IMAGETYPE", "X-IMAGEHASH", "X-SHAREDPHOTODISPLAYPREF"}
# Kept as written (no field in Rapport) and written back on export, besides being read:
# a phone's social profiles and chat addresses become links too.
KEPT_AND_READ = {"X-SOCIALPROFILE", "IMPP"}
MAX_KEPT_CHARS = 4000  # a longer unknown line (an embedded picture) is reported, not kept
_GROUP = re.compile(r"^[A-Za-z0-9-]+\.(?=[A-Za-z0-9-]+[;:])")
MAX_CADENCE_DAYS = 3650  # keep in touch at least once in ten years; more is not a cadence

# Topic properties: RFC 6715 plus Rapport's X- properties for what RFC 6715 has no name for.
TOPIC_PROPERTIES = {
    "INTEREST": TopicKind.INTEREST,
    "HOBBY": TopicKind.INTEREST,
    "EXPERTISE": TopicKind.OFFERING,
    "X-RAPPORT-GOAL": TopicKind.GOAL,
    "X-RAPPORT-LOOKING-FOR": TopicKind.LOOKING_FOR,
}
DETAIL_PARAM = "X-RAPPORT-DETAIL"
# TYPE values that say nothing a person would call a label.
GENERIC_TYPES = {"INTERNET", "PREF", "VOICE", "X400", "MSG", "POSTAL", "PARCEL", "DOM", "INTL"}
TYPE_LABELS = {"CELL": "mobile"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
Progress = Callable[[int, int], None]


def parse_text(text: str, path: str = "", progress: Progress | None = None,
               cancelled=None) -> ParsedFile:
    cards, stray = split_cards(text)
    parsed = ParsedFile(path, "vcard", [], [])
    not_taken: dict[str, set[str]] = {}
    kept: dict[str, set[str]] = {}
    for number, (start, lines) in enumerate(cards, start=1):
        where = f"card {number} (line {start})"
        dropped: list[str] = []
        try:
            properties = [vobject.base.textLineToContentLine(line, at) for at, line in lines]
            record, photos, warnings = card_to_record(properties, where, dropped,
                                                      [line for _at, line in lines])
        except Exception as error:  # any defect in one card rejects that card only
            parsed.problems.append(Problem(path, where, _reason(error, start)))
            continue
        for name in dropped:
            not_taken.setdefault(name, set()).add(where)
        for item in record.vcard_properties:
            if item["label"] not in KEPT_AND_READ:  # those are read as links: not news
                kept.setdefault(item["label"], set()).add(where)
        parsed.photos_dropped += photos
        parsed.take(record, where, warnings, "the card has no name and no e-mail")
        if progress and number % 200 == 0:
            progress(number, len(cards))
        if cancelled and number % 200 == 0 and cancelled():
            raise ImportCancelled()
    for line, reason in stray:
        parsed.problems.append(Problem(path, f"line {line}", reason))
    parsed.problems.sort(key=_line_of)
    if not_taken:
        parsed.notes.append(dropped_note(not_taken))
    if kept:
        parsed.notes.append(kept_note(kept))
    if parsed.photos_dropped:
        parsed.notes.append(f"{parsed.photos_dropped} photo(s) not imported: only embedded JPEG "
                            f"or PNG pictures up to {MAX_BYTES // 1024} KB are kept")
    if progress:
        progress(len(cards), len(cards))
    return parsed


def _line_of(problem: Problem) -> int:
    found = re.search(r"line (\d+)", problem.location)
    return int(found.group(1)) if found else 0


def _reason(error: Exception, start: int) -> str:
    line = getattr(error, "lineNumber", None)
    message = getattr(error, "msg", None) or str(error) or type(error).__name__
    if isinstance(error, UnicodeDecodeError):
        message = f"a QUOTED-PRINTABLE value is not valid {error.encoding}"
    return f"line {line}: {message}" if line else message


def _label(line) -> str:
    types = [t for value in line.params.get("TYPE", ()) for t in value.split(",")]
    types += line.singletonparams
    for value in types:
        upper = value.upper()
        if upper not in GENERIC_TYPES:
            return TYPE_LABELS.get(upper, value.lower())
    return ""


def card_to_record(properties, where: str, dropped: list[str] | None = None,
                   raw: list[str] | None = None) -> tuple[ContactRecord, int, list[str]]:
    """The record, how many photos it had, and warnings about fields left out.
    With `dropped` (an import, not sync): dates and relations Rapport has no field for are
    kept in the notes ("Anniversary: 2012-06-21"); with `raw` (the card's unfolded lines,
    one per property), any other property Rapport has no field for is kept as written in
    record.vcard_properties; the names of properties not taken are appended to `dropped`."""
    record = ContactRecord(location=where)
    warnings: list[str] = []
    extras: list[tuple[str, str, str]] = []  # (group, label, value) for the notes
    apple_labels: dict[str, str] = {}
    labelled: list[tuple[str, dict]] = []  # (group, entry) whose label an X-ABLabel may set
    dates: list[tuple[str, str, object]] = []  # (group, property, line) of the dated events
    photos = 0
    full_name = ""
    for index, line in enumerate(properties):
        name = line.name
        if dropped is not None and raw is not None and name in KEPT_AND_READ:
            _keep(record, name, raw[index], dropped)
        value = line.value
        if name == "N":
            parts = structured(value) + ["", "", "", ""]
            record.family_name, record.given_name = parts[0], parts[1]
            record.anrede, record.title = parse_honorific(parts[3])
        elif name == "FN":
            full_name = unescape(value).strip()
        elif name == "NICKNAME":
            record.nickname = unescape(split_unescaped(value, ",")[0]).strip()  # a list; the first
        elif name == "ORG":
            parts = structured(value)
            record.company = parts[0]
            if dropped is not None and any(parts[1:]):  # the department: no field, kept in notes
                extras.append(("", "Department", ", ".join(p for p in parts[1:] if p)))
        elif name == "TITLE" or (name == "ROLE" and not record.position):
            record.position = unescape(value).strip()
        elif name in ("EMAIL", "TEL", "URL", "X-SOCIALPROFILE", "IMPP"):
            text = unescape(value).strip()
            if name == "TEL" and text[:4].lower() == "tel:":  # vCard 4: TEL;VALUE=uri:tel:+49-…
                text = text[4:].split(";", 1)[0]  # ";ext=12" is not part of the number
            if not text:
                continue
            label = _label(line)
            if name == "IMPP" and not label and ":" in text:
                label = text.split(":", 1)[0].lower()  # xmpp:, skype:
            item = entry(text, label)
            target = {"EMAIL": record.emails, "TEL": record.phones}.get(name, record.links)
            target.append(item)
            if line.group:
                labelled.append((line.group.upper(), item))
        elif name == "ADR":
            address = _address(value, _label(line), param_value(line, "LABEL"))
            if address:
                record.addresses.append(address)
                if line.group:
                    labelled.append((line.group.upper(), address))
        elif name == "X-ABLABEL" and line.group:
            text = unescape(value).strip()
            found = _APPLE_LABEL.match(text)
            apple_labels[line.group.upper()] = found.group(1).lower() if found else text
        elif name == "BDAY":
            try:
                record.birthday = _birthday(value, param_value(line, "X-APPLE-OMIT-YEAR"))
            except ValueError as error:
                warnings.append(f"{error}; imported without a birthday")
        elif name == "NOTE":
            note = unescape(value).strip()
            record.about = f"{record.about}\n\n{note}" if record.about else note
        elif name == "CATEGORIES":
            record.groups.extend(g for g in (unescape(p).strip() for p in
                                             split_unescaped(value, ",")) if g)
        elif name in TOPIC_PROPERTIES:
            label = unescape(value).strip()
            if label:
                detail = param_value(line, DETAIL_PARAM)
                record.topics.append((TOPIC_PROPERTIES[name], label, detail))
        elif name == "LANG" and not record.language:
            record.language = value.strip().lower()[:2] if value.strip().lower()[:2] in ("de", "en") else ""
        elif name == "PHOTO":
            record.photo = record.photo or _photo(line, value)
            photos += record.photo is None
        elif name == "UID":
            record.uid = value.strip()
        elif name == "RELATED" and (relation := _relation(line, value)) is not None:
            record.related.append(relation)  # linked when the other is in the same file
            if relation[3] == "name" and dropped is not None:  # and said in the notes
                extras.append(((line.group or "").upper(), (_label(line) or "related").capitalize(),
                               unescape(value).strip()))
        elif name in DATE_PROPERTIES:
            if unescape(value).strip():
                dates.append(((line.group or "").upper(), name, line))
        elif name == "X-RAPPORT-PAST-JOB":
            job = read_past_job(structured(value), param_value(line, "X-RAPPORT-UNTIL"))
            if job:
                record.past_jobs.append(job)
        elif name.startswith("X-RAPPORT-"):
            _rapport_property(record, name, unescape(value).strip())
        elif dropped is None:
            continue
        elif name in ("RELATED", "X-ABRELATEDNAMES"):
            label = (_label(line) or "related").capitalize()
            text = unescape(value).strip()
            if text:
                extras.append(((line.group or "").upper(), label, text))
        elif name not in IGNORED_PROPERTIES:
            if raw is None:
                dropped.append(name)
            else:
                _keep(record, name, raw[index], dropped)
    for group, item in labelled:
        if group in apple_labels:
            item["label"] = apple_labels[group]
    for group, name, line in dates:
        try:
            date_found = read_date(name, unescape(line.value).strip(), apple_labels.get(group, ""),
                              partial(param_value, line))
        except ValueError as error:
            warnings.append(f"{name} {excerpt(line.value)}: {error}; not imported")
            continue
        record.dates.append(date_found)
    record.dates = resolve_dates(record.dates)
    if extras:
        lines = [f"{_upper_first(apple_labels.get(group, label) if group else label)}: {text}"
                 for group, label, text in extras]
        record.about = "\n".join(filter(None, [record.about, "\n".join(lines)]))
    if not (record.given_name or record.family_name) and full_name and full_name != record.nickname:
        given, _, family = full_name.rpartition(" ")
        record.given_name, record.family_name = (given, family) if given else (family, "")
    return record, photos, warnings


def _keep(record: ContactRecord, name: str, line: str, dropped: list[str]) -> None:
    """Keep a line as written, without its group (item3.): the group's X-ABLabel is not
    kept with it, and export numbers its own groups."""
    text = _GROUP.sub("", line.strip(), count=1)
    if len(text) > MAX_KEPT_CHARS:
        dropped.append(name)
    elif not any(item["value"] == text for item in record.vcard_properties):
        record.vcard_properties.append({"value": text, "label": name})


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rapport_property(record: ContactRecord, name: str, value: str) -> None:
    if name == "X-RAPPORT-MET-HOW":
        record.met_how = value
    elif name == "X-RAPPORT-MET-WHERE":
        record.met_where = value
    elif name == "X-RAPPORT-MET-ON" and value:
        from datetime import date

        try:
            record.met_on = date.fromisoformat(value)
        except ValueError:
            pass
    elif name == "X-RAPPORT-FORMALITY" and value in ("du", "sie"):
        record.formality = value
    elif name == "X-RAPPORT-CADENCE-DAYS" and re.fullmatch(r"[0-9]{1,6}", value):
        if 1 <= int(value) <= MAX_CADENCE_DAYS:  # a huge one overflowed the date sums
            record.cadence_days = int(value)
    elif name == "X-RAPPORT-GREETING" and value in GREETING_STYLES:
        record.greeting_style = value


def _photo(line, value: str) -> bytes | None:
    """The picture in PHOTO: vCard 4 "data:image/jpeg;base64,…" or vCard 2.1/3.0 base64
    with ENCODING=b / BASE64; None for a link, another format, or one too large."""
    text = value.strip()
    if text[:5].lower() == "data:":
        head, _, text = text.partition(",")
        if ";base64" not in head.lower():
            return None
    elif (line.params.get("ENCODING") or [""])[0].upper() not in ("B", "BASE64") \
            and "BASE64" not in (p.upper() for p in line.singletonparams):
        return None
    if len(text) > MAX_BYTES * 4 // 3 + 8:
        return None
    try:
        data = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if sniff(data) and len(data) <= MAX_BYTES else None


def _relation(line, value: str) -> tuple[str, bool, str, str] | None:
    """A RELATED this import can link: a known TYPE, pointing at a UID (urn:uuid:…) or,
    with VALUE=text, naming a person."""
    types = [t.lower() for v in line.params.get("TYPE", ()) for t in v.split(",")]
    known = next((FROM_VCARD_TYPE[t] for t in types if t in FROM_VCARD_TYPE), None)
    target = unescape(value).strip()
    if known is None or not target:
        return None
    is_text = (line.params.get("VALUE") or [""])[0].lower() == "text"
    return (known[0].value, known[1], target, "name" if is_text else "uid")


ADDRESS_KEYS = ("po_box", "extended", "street", "city", "region", "postcode", "country")


def _address(value: str, label: str, text: str = "") -> dict | None:
    """An address with its parts under structured keys; `text` is the one-line form when
    the card gives one (the LABEL parameter), else it is composed from the parts."""
    parts = (structured(value) + [""] * 7)[:7]
    if not any(parts) and not text:
        return None
    item = {"value": text or format_address(dict(zip(ADDRESS_KEYS, parts))), "label": label}
    item.update({key: part for key, part in zip(ADDRESS_KEYS, parts) if part})
    return item


def format_address(parts: dict) -> str:
    city_line = " ".join(p for p in (parts.get("postcode", ""), parts.get("city", "")) if p)
    lines = (parts.get("po_box", ""), parts.get("extended", ""), parts.get("street", ""),
             city_line, parts.get("region", ""), parts.get("country", ""))
    return ", ".join(p for p in lines if p)


def _birthday(value: str, omitted_year: str = "") -> tuple[int, int, int | None] | None:
    """BDAY as (month, day, year). Apple writes a birthday without a year as 1604-04-15
    with X-APPLE-OMIT-YEAR=1604."""
    text = value.strip().split("T", 1)[0]
    try:
        found = Birthday.parse(text)
    except ValueError:
        raise ValueError(f"BDAY {excerpt(value)} is not a date (expected 1990-04-15 or --0415)") from None
    if found is None:
        return None
    year = None if omitted_year and str(found.year) == omitted_year else found.year
    return (found.month, found.day, year)
