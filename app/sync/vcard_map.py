"""Rapport contact <-> server vCard, for sync.

Both directions reuse the file exporter and importer (app/services/exporters/vcard.py,
app/services/importers/vcard.py), so a synced card says exactly what an exported one says:
topics as RFC 6715 INTEREST (HOBBY is read as interest) and EXPERTISE (offering), goal and
looking-for as X-RAPPORT-GOAL / X-RAPPORT-LOOKING-FOR with X-RAPPORT-DETAIL, cadence and
formality as X-RAPPORT-*, groups as CATEGORIES, important dates as ANNIVERSARY and Apple's
X-ABDATE with its X-ABLabel (kind, label, alert and "once" in X-RAPPORT- parameters).

Everything else on the server's card (PHOTO, IMPP, X-SOCIALPROFILE, X-ABUID, item groups
with X-ABLabel that belong to them…) is not Rapport's: it is kept as the server wrote it and
written back unchanged after Rapport's own properties on every push.

A contact is compared as a plain "fields" dict (JSON-able), the same shape from both sides.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache

import vobject

from app.domain.important_dates import DateKind, ImportantDate
from app.services.exporters.rows import ExportContact
from app.services.exporters.vcard import fold, to_vcard
from app.services.importers.vcard import card_to_record
from app.services.importers.vcard_dates import DATE_PROPERTIES
from app.services.importers.vcard_text import split_cards
from app.services.topics import topic_key

SCALARS = ("given_name", "family_name", "nickname", "company", "position", "emails", "phones",
           "links", "addresses", "birthday", "about", "met_how", "met_where", "met_on",
           "language", "formality", "cadence_days")
# Properties Rapport reads and writes itself; any other is the phone's and is kept.
OWNED = {"VERSION", "PRODID", "N", "FN", "NICKNAME", "ORG", "TITLE", "EMAIL", "TEL", "URL",
         "ADR", "BDAY", "NOTE", "CATEGORIES", "INTEREST", "HOBBY", "EXPERTISE", "LANG", "UID",
         "REV", *DATE_PROPERTIES}
_GROUPED = re.compile(r"^([A-Za-z0-9-]+)\.", re.ASCII)


class MalformedCard(ValueError):
    pass


class ParsedCard:
    """A server vCard read for sync: Rapport's fields, its UID and REV, and the lines
    Rapport does not own (kept verbatim, unfolded)."""

    def __init__(self, text: str) -> None:
        cards, stray = split_cards(text)
        if len(cards) != 1:
            raise MalformedCard(stray[0][1] if stray else f"{len(cards)} cards instead of one")
        lines = [line for _at, line in cards[0][1]]
        try:
            properties = [vobject.base.textLineToContentLine(line, at)
                          for at, line in cards[0][1]]
        except Exception as error:
            raise MalformedCard(getattr(error, "msg", None) or str(error)) from error
        owned_groups = {p.group.upper() for p in properties if p.group and _owned(p.name)}
        self.uid = self.rev = ""
        self.version = "3.0"
        self.kept: list[str] = []
        mapped = []
        for raw, prop in zip(lines, properties):
            name, group = prop.name, (prop.group or "").upper()
            if name == "UID":
                self.uid = prop.value.strip()
            elif name == "REV":
                self.rev = prop.value.strip()
            elif name == "VERSION":
                self.version = "4.0" if prop.value.strip() == "4.0" else "3.0"
            if _owned(name) or (name == "X-ABLABEL" and group in owned_groups):
                mapped.append(prop)
            else:
                self.kept.append(raw)
        try:
            record, _photos, _warnings = card_to_record(mapped, "card")
        except Exception as error:
            raise MalformedCard(str(error) or type(error).__name__) from error
        month, day, year = record.birthday or (None, None, None)
        self.fields = {
            "given_name": record.given_name, "family_name": record.family_name,
            "nickname": record.nickname, "company": record.company, "position": record.position,
            "emails": record.emails, "phones": record.phones, "links": record.links,
            "addresses": record.addresses, "birthday": [month, day, year] if month else None,
            "about": record.about, "met_how": record.met_how, "met_where": record.met_where,
            "met_on": record.met_on.isoformat() if record.met_on else None,
            "language": record.language, "formality": record.formality,
            "cadence_days": record.cadence_days,
            "topics": _topics(record.topics), "groups": sorted(set(record.groups)),
            "dates": _dates(record.dates),
        }
        if not (record.given_name or record.family_name or record.nickname):
            fallback = next((p.value for p in properties if p.name == "FN"), "") or (
                record.emails[0]["value"] if record.emails else "")
            self.fields["nickname"] = fallback.strip() or "?"

    def rev_time(self) -> datetime | None:
        return parse_rev(self.rev)


def _owned(name: str) -> bool:
    return name in OWNED or name.startswith("X-RAPPORT-")


_key = lru_cache(maxsize=1 << 16)(topic_key)  # every sync compares every contact's topics


def _topics(items) -> dict[str, list[str]]:
    """Topics keyed by kind and folded label, so "KI" here meets "ki" there."""
    return {f"{kind}|{_key(label)}": [str(kind), label, detail] for kind, label, detail in items}


def contact_fields(contact: ExportContact) -> dict:
    """A local contact as the same fields dict a ParsedCard has."""
    month, day, year = contact.birthday_month, contact.birthday_day, contact.birthday_year
    return {
        "given_name": contact.given_name, "family_name": contact.family_name,
        "nickname": contact.nickname, "company": contact.company, "position": contact.position,
        "emails": list(contact.emails), "phones": list(contact.phones),
        "links": list(contact.links), "addresses": list(contact.addresses),
        "birthday": [month, day, year] if month and day else None, "about": contact.about,
        "met_how": contact.met_how, "met_where": contact.met_where,
        "met_on": contact.met_on.isoformat() if contact.met_on else None,
        "language": contact.language, "formality": contact.formality,
        "cadence_days": contact.cadence_days,
        "topics": _topics(contact.topics), "groups": sorted(set(contact.groups)),
        "dates": _dates(contact.dates),
    }


def _dates(values) -> dict[str, list]:
    """Important dates keyed by kind, day and label, so that both sides merge them as a set."""
    return {f"{d.kind.value}|{d.month:02d}-{d.day:02d}|{d.label.casefold()}":
            [d.kind.value, d.month, d.day, d.year, d.yearly, d.label, d.alert_days] for d in values}


def important_dates(fields: dict) -> list[ImportantDate]:
    """The fields' dates as values, in calendar order; one that does not hold is left out."""
    found = []
    for kind, month, day, year, yearly, label, alert in (fields.get("dates") or {}).values():
        try:
            found.append(ImportantDate(DateKind(kind), month, day, year, bool(yearly), label, alert))
        except ValueError:
            continue
    return sorted(found, key=lambda d: (d.month, d.day, d.kind.value, d.label))


def render(fields: dict, uid: str, updated_at: datetime, base: ParsedCard | None) -> str:
    """The vCard to PUT: Rapport's fields as the exporter writes them, UID and REV, then
    the base card's own lines (those Rapport does not own) exactly as they were."""
    birthday = fields.get("birthday") or [None, None, None]
    contact = ExportContact(
        id=0, given_name=fields["given_name"], family_name=fields["family_name"],
        nickname=fields["nickname"], company=fields["company"], position=fields["position"],
        emails=fields["emails"], phones=fields["phones"], links=fields["links"],
        addresses=fields["addresses"], birthday_month=birthday[0], birthday_day=birthday[1],
        birthday_year=birthday[2], met_how=fields["met_how"], met_where=fields["met_where"],
        met_on=date.fromisoformat(fields["met_on"]) if fields.get("met_on") else None,
        about=fields["about"], language=fields["language"] or "de",
        formality=fields["formality"] or "du", cadence_days=fields["cadence_days"],
        topics=tuple(tuple(t) for t in sorted(fields["topics"].values())),
        groups=tuple(fields["groups"]), dates=tuple(important_dates(fields)),
    )
    text = to_vcard(contact, base.version if base else "3.0")
    head = text[: -len("END:VCARD\r\n")]
    used = {m.group(1).upper() for m in (_GROUPED.match(line) for line in head.split("\r\n")) if m}
    kept = _regroup(base.kept if base else [], used)
    stamp = updated_at.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    extra = [fold(f"UID:{uid}"), fold(f"REV:{stamp}")] + [fold(line) for line in kept]
    return head + "".join(extra) + "END:VCARD\r\n"


def _regroup(lines: list[str], used: set[str]) -> list[str]:
    """The kept lines, with a group renamed only where Rapport's own lines now use its name
    (item1 of the phone's X-SOCIALPROFILE must not join Rapport's item1.EMAIL)."""
    renamed: dict[str, str] = {}
    taken = set(used) | {m.group(1).upper() for m in map(_GROUPED.match, lines) if m}
    result = []
    for line in lines:
        found = _GROUPED.match(line)
        if found and found.group(1).upper() in used:
            old = found.group(1).upper()
            if old not in renamed:
                number = 1
                while f"ITEM{number}" in taken:
                    number += 1
                renamed[old] = f"item{number}"
                taken.add(f"ITEM{number}")
            line = renamed[old] + line[found.end() - 1 :]
        result.append(line)
    return result


def parse_rev(value: str) -> datetime | None:
    text = value.strip()
    for pattern in ("%Y%m%dT%H%M%SZ", "%Y-%m-%dT%H:%M:%SZ", "%Y%m%dT%H%M%S%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            found = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return found if found.tzinfo else found.replace(tzinfo=timezone.utc)
    return None
