"""Google Contacts CSV, read by header name: the current export ("First Name", "Labels",
"E-mail 1 - Label") and the legacy one ("Given Name", "Group Membership", "E-mail 1 - Type",
whose columns shift when "Language" and "Photo" are present — hence names, not positions).
A cell may hold several values joined by " ::: "."""

from __future__ import annotations

import re

from app.domain.draft_language import parse_honorific
from app.domain.birthdays import Birthday
from app.domain.enums import TopicKind
from app.services.importers.plan import ContactRecord, ParsedFile
from app.services.importers.source import entry, numbered_rows

SEPARATOR = " ::: "
SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred", "friends_", "family_", "coworkers_"}
_NUMBERED = re.compile(r"^(e-mail|phone|address|website|organization|relation) (\d+) - (.+)$")
FIELDS = {  # field: header names, current first
    "given_name": ("first name", "given name"),
    "family_name": ("last name", "family name"),
    "middle_name": ("middle name", "additional name"),
    "honorific": ("name prefix",),
    "full_name": ("name",),
    "nickname": ("nickname",),
    "company": ("organization name",),
    "position": ("organization title",),
    "birthday": ("birthday",),
    "notes": ("notes",),
    "groups": ("labels", "group membership"),
    "hobby": ("hobby",),
    "language": ("language",),
}


def is_google(head: str) -> bool:
    first = head.splitlines()[0].lower() if head else ""
    return "e-mail 1 - value" in first or "group membership" in first or (
        "first name" in first and "labels" in first)


def _values(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(SEPARATOR) if v.strip()]


def _label(text: str) -> str:
    return text.strip().removeprefix("* ").strip().lower()


def parse(text: str, path: str = "") -> ParsedFile:
    rows = numbered_rows(text, path, delimiter=",")
    parsed = ParsedFile(path, "google_csv", [], [])
    if not rows:
        return parsed
    header = [cell.strip().lower() for cell in rows[0][1]]
    simple = {}
    for field, names in FIELDS.items():
        for name in names:
            if name in header:
                simple[field] = header.index(name)
                break
    numbered: dict[tuple[str, str], dict[str, int]] = {}
    for index, name in enumerate(header):
        found = _NUMBERED.match(name)
        if found:
            kind, number, part = found.groups()
            numbered.setdefault((kind, number), {})[part] = index
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        record, warning = _record(row, simple, numbered, f"line {line}")
        parsed.take(record, f"line {line}", [warning] if warning else ())
    return parsed


def _record(row, simple, numbered, where) -> tuple[ContactRecord, str]:
    def cell(index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    get = lambda field: cell(simple.get(field))  # noqa: E731
    record = ContactRecord(where, given_name=get("given_name"), family_name=get("family_name"),
                           nickname=get("nickname"), company=get("company"),
                           position=get("position"), about=get("notes"))
    record.anrede, record.title = parse_honorific(get("honorific"))
    if get("middle_name") and record.given_name:
        record.given_name = f"{record.given_name} {get('middle_name')}"
    if not (record.given_name or record.family_name) and get("full_name"):
        given, _, family = get("full_name").rpartition(" ")
        record.given_name, record.family_name = (given, family) if given else (family, "")
    for (kind, _number), parts in sorted(numbered.items(), key=lambda kv: (kv[0][0], int(kv[0][1]))):
        label = _label(cell(parts.get("label", parts.get("type"))))
        if kind == "organization":
            record.company = record.company or cell(parts.get("name"))
            record.position = record.position or cell(parts.get("title"))
        elif kind == "address":
            _address(record, parts, cell, label)
        elif kind in ("e-mail", "phone", "website"):
            target = {"e-mail": record.emails, "phone": record.phones}.get(kind, record.links)
            target.extend(entry(v, label) for v in _values(cell(parts.get("value"))))
    for hobby in _values(get("hobby").replace(",", SEPARATOR)):
        record.topics.append((TopicKind.INTEREST, hobby, ""))
    for group in _values(get("groups")):
        name = group.removeprefix("* ").strip()
        if name and name.lower() not in SYSTEM_GROUPS:
            record.groups.append(name)
    if get("language")[:2].lower() in ("de", "en"):
        record.language = get("language")[:2].lower()
    warning = ""
    if get("birthday"):
        try:
            found = Birthday.parse(get("birthday"))
            record.birthday = (found.month, found.day, found.year) if found else None
        except ValueError as error:
            warning = f"{error}; imported without a birthday"
    return record, warning


def _address(record, parts, cell, label) -> None:
    fields = {"po_box": "po box", "extended": "extended address", "street": "street",
              "city": "city", "region": "region", "postcode": "postal code", "country": "country"}
    item = {key: cell(parts.get(name)) for key, name in fields.items() if cell(parts.get(name))}
    formatted = ", ".join(" ".join(line.split()) for line in cell(parts.get("formatted")).splitlines()
                          if line.strip())
    if not item and not formatted:
        return
    from app.services.importers.vcard import format_address

    record.addresses.append({"value": formatted or format_address(item), "label": label, **item})
