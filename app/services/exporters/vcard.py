"""Contacts to vCard 3.0 or 4.0 text, readable by the importer without loss.

Topics travel as RFC 6715 INTEREST (interest) and EXPERTISE (offering) plus X-RAPPORT-GOAL and
X-RAPPORT-LOOKING-FOR, each with its detail in an X-RAPPORT-DETAIL parameter; groups as
CATEGORIES; labels as TYPE when they are standard, else as an Apple-style item group with
X-ABLabel (what macOS, iOS and Google read). Addresses carry their one-line form in the LABEL
parameter (RFC 6350). Parameter values use RFC 6868 (^n, ^', ^^). Lines are folded at 75
octets, ends are CRLF. A photo (a small thumbnail) is embedded: a data: URI in vCard 4,
ENCODING=b in 3.0. Relationships are RELATED with a TYPE (app.domain.relationships), pointing
at the other card's UID when it is in the same file, else naming the person (VALUE=text).

No value can end a line early: every line break a reader may honour (CR alone, VT, FF, NEL,
U+2028, U+2029 and the separators str.splitlines() knows) is written as an escaped \n, and
every other control character is dropped, so a name can never start a property or a card.
"""

from __future__ import annotations

import re

from app.domain.draft_language import honorific
from app.domain.enums import TopicKind
from app.domain.important_dates import DateKind
from app.services.importers.vcard_dates import (
    ALERT_PARAM, APPLE_ANNIVERSARY, KIND_PARAM, LABEL_PARAM, ONCE_PARAM, UNTIL_PARAM,
)
from app.services.exporters.rows import ExportContact

STANDARD_TYPES = {"home", "work", "fax", "pager", "voice", "text", "video", "other"}
TOPIC_PROPERTY = {
    TopicKind.INTEREST: "INTEREST",
    TopicKind.OFFERING: "EXPERTISE",
    TopicKind.GOAL: "X-RAPPORT-GOAL",
    TopicKind.LOOKING_FOR: "X-RAPPORT-LOOKING-FOR",
}
ADDRESS_KEYS = ("po_box", "extended", "street", "city", "region", "postcode", "country")
FOLD_AT = 75
_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # the rest of C0 and C1; tab stays
# A kept line (see kept_lines): NAME, parameters, a colon, the value. Never one of the lines
# that frame a card or that Rapport writes itself.
_KEPT_LINE = re.compile(r"([A-Za-z0-9-]+)[;:]")
NOT_KEPT = {"BEGIN", "END", "VERSION", "PRODID", "N", "FN", "NICKNAME", "ORG", "TITLE", "EMAIL",
            "TEL", "URL", "ADR", "BDAY", "NOTE", "CATEGORIES", "INTEREST", "HOBBY", "EXPERTISE",
            "LANG", "UID", "REV"}


def clean(value: str) -> str:
    """Every kind of line break as \\n, every other control character gone."""
    return _CONTROLS.sub("", _BREAKS.sub("\n", value))


def escape(value: str) -> str:
    return (clean(value).replace("\\", "\\\\").replace("\n", "\\n")
            .replace(",", "\\,").replace(";", "\\;"))


def param(value: str) -> str:
    """A parameter value per RFC 6868, always quoted (it may hold , ; :)."""
    text = clean(value).replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    return f'"{text}"'


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_AT:
        return line + "\r\n"
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, FOLD_AT - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


class _Card:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.groups = 0

    def add(self, name: str, value: str, params: str = "") -> None:
        self.lines.append(fold(f"{name}{params}:{value}"))

    def labelled(self, name: str, value: str, label: str, extra: str = "") -> None:
        lowered = label.lower()
        if not label:
            self.add(name, value, extra)
        elif label == lowered and lowered in STANDARD_TYPES | {"mobile"}:
            kind = "cell" if lowered == "mobile" else lowered
            self.add(name, value, f";TYPE={kind}{extra}")
        else:  # a label of the user's own: Apple's item group keeps it exactly
            self.groups += 1
            group = f"item{self.groups}"
            self.add(f"{group}.{name}", value, extra)
            self.add(f"{group}.X-ABLabel", escape(label))


def _birthday(contact: ExportContact, version: str) -> str:
    month, day, year = contact.birthday_month, contact.birthday_day, contact.birthday_year
    if version == "4.0":  # RFC 6350 date-value: basic format, no hyphens
        return f"{year:04d}{month:02d}{day:02d}" if year else f"--{month:02d}{day:02d}"
    if year:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"--{month:02d}-{day:02d}"


def kept_lines(contact: ExportContact) -> list[tuple[str, str]]:
    """(line, value) for each vCard line an import kept for this contact (GENDER, IMPP,
    X-SOCIALPROFILE, X-…), as it was written. A line that could start another property or
    card (a line break or control character, a name Rapport writes itself) is left out: a
    restored backup is not trusted to hold only what an import put there."""
    result = []
    for item in contact.vcard_properties or ():
        line = item.get("value", "") if isinstance(item, dict) else ""
        found = _KEPT_LINE.match(line)
        if (not found or _BREAKS.search(line) or _CONTROLS.search(line) or "\t" in line
                or found.group(1).upper() in NOT_KEPT or found.group(1).upper().startswith("X-RAPPORT-")):
            continue
        result.append((line, _kept_value(line)))
    return result


def _kept_value(line: str) -> str:
    """The value of a content line: what follows the first colon outside a quoted parameter."""
    quoted = False
    for at, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[at + 1 :]
    return ""


def to_vcard(contact: ExportContact, version: str = "3.0") -> str:
    card = _Card()
    card.add("VERSION", version)
    card.add("PRODID", "-//Rapport//Rapport//EN")
    if contact.uid:
        card.add("UID", contact.uid)
    prefix = honorific(contact.anrede, contact.title)  # "Frau Dr.": the N field's prefix
    card.add("N", ";".join((escape(contact.family_name), escape(contact.given_name), "",
                            escape(prefix), "")))
    card.add("FN", escape(contact.display_name))
    if contact.nickname:
        card.add("NICKNAME", escape(contact.nickname))
    if contact.company:
        card.add("ORG", escape(contact.company))
    if contact.position:
        card.add("TITLE", escape(contact.position))
    for item in contact.emails:
        card.labelled("EMAIL", escape(item.get("value", "")), item.get("label", ""))
    for item in contact.phones:
        card.labelled("TEL", escape(item.get("value", "")), item.get("label", ""))
    kept = kept_lines(contact)
    kept_values = {value for _line, value in kept}
    for item in contact.links:
        if item.get("value", "") in kept_values:
            continue  # read from an X-SOCIALPROFILE or IMPP line, written back as that line
        card.labelled("URL", escape(item.get("value", "")), item.get("label", ""))
    for item in contact.addresses:
        parts = ";".join(escape(item.get(key, "")) for key in ADDRESS_KEYS)
        card.labelled("ADR", parts, item.get("label", ""), f";LABEL={param(item.get('value', ''))}")
    if contact.birthday_month and contact.birthday_day:
        card.add("BDAY", _birthday(contact, version))
    _dates(card, contact, version)
    for job in contact.past_jobs:
        until = job.ended_at.isoformat(timespec="microseconds")
        card.add("X-RAPPORT-PAST-JOB", f"{escape(job.company)};{escape(job.position)}",
                 f";{UNTIL_PARAM}={param(until)}")
    if contact.about:
        card.add("NOTE", escape(contact.about))
    if contact.groups:
        card.add("CATEGORIES", ",".join(escape(name) for name in contact.groups))
    for kind, label, detail in contact.topics:
        extra = f";X-RAPPORT-DETAIL={param(detail)}" if detail else ""
        card.add(TOPIC_PROPERTY[TopicKind(kind)], escape(label), extra)
    for kind, how, target in contact.related:
        value = target if how == "uid" else escape(target)
        card.add("RELATED", value, f";TYPE={kind}" + (";VALUE=text" if how == "text" else ""))
    if contact.photo:
        mime, data = contact.photo
        if version == "4.0":
            card.add("PHOTO", f"data:{mime};base64,{data}")
        else:
            card.add("PHOTO", data, f";ENCODING=b;TYPE={mime.split('/')[-1].upper()}")
    card.add("LANG", contact.language)
    card.add("X-RAPPORT-FORMALITY", contact.formality)
    if contact.greeting_style:
        card.add("X-RAPPORT-GREETING", contact.greeting_style)
    for name, value in (("MET-HOW", contact.met_how), ("MET-WHERE", contact.met_where),
                        ("MET-ON", contact.met_on.isoformat() if contact.met_on else ""),
                        ("CADENCE-DAYS", str(contact.cadence_days or ""))):
        if value:
            card.add(f"X-RAPPORT-{name}", escape(value))
    card.lines.extend(fold(line) for line, _value in kept)
    return "BEGIN:VCARD\r\n" + "".join(card.lines) + "END:VCARD\r\n"


DEFAULT_LABELS = {DateKind.WORK_ANNIVERSARY: "Work anniversary", DateKind.MET: "Met"}


def _dates(card: _Card, contact: ExportContact, version: str) -> None:
    """The first anniversary as vCard 4's ANNIVERSARY, every other date as Apple's item
    group (X-ABDATE with X-ABLabel, what macOS, iOS and Google read); X-RAPPORT- parameters
    carry what those cannot say (kind, label, alert, once)."""
    standard = version == "4.0"
    for value in contact.dates:
        extra = f";{KIND_PARAM}={value.kind.value}"
        if value.label:
            extra += f";{LABEL_PARAM}={param(value.label)}"
        if value.alert_days:
            extra += f";{ALERT_PARAM}={value.alert_days}"
        if not value.yearly:
            extra += f";{ONCE_PARAM}=1"
        if standard and value.kind is DateKind.ANNIVERSARY:
            standard = False
            day = (f"{value.year:04d}{value.month:02d}{value.day:02d}" if value.year
                   else f"--{value.month:02d}{value.day:02d}")
            card.add("ANNIVERSARY", day, extra)
            continue
        if not value.year:  # Apple's way to say "no year"
            extra += ";X-APPLE-OMIT-YEAR=1604"
        card.groups += 1
        group = f"item{card.groups}"
        card.add(f"{group}.X-ABDATE", f"{value.year or 1604:04d}-{value.month:02d}-{value.day:02d}",
                 extra)
        label = (APPLE_ANNIVERSARY if value.kind is DateKind.ANNIVERSARY
                 else escape(value.label or DEFAULT_LABELS.get(value.kind, "Date")))
        card.add(f"{group}.X-ABLabel", label)
