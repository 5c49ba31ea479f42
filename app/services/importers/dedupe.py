"""Finding who an imported record already is: by e-mail, profile URL, phone, then name.

Existing contacts are loaded once into dictionaries (one query, however many records); the
fuzzy name match compares only within a block of names sharing their first letters, so 10,000
records against 50,000 contacts stays a few million cheap comparisons, not 500 million.
Records earlier in the same file count too (by e-mail, link, phone or exact name): a person
listed twice is merged, not doubled.
"""

from __future__ import annotations

import re

from collections import defaultdict

import phonenumbers
from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from app.services.importers.plan import (
    ContactRecord, Decision, ImportPlan, Match, ParsedFile, PlannedRecord,
)
from app.services.importers.source import normalize_email, normalize_url, plain
from app.storage.tables import Contact

FUZZY_CUTOFF = 88  # rapidfuzz ratio: "maxi muller" ~ "maxi mueller" is 96
DEFAULT_REGION = "DE"
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


# Numbers colleagues share (a switchboard, a fax) say nothing about who a person is.
SHARED_PHONE_LABELS = {"company", "main", "work fax", "home fax", "other fax", "fax", "pager",
                       "assistant", "callback", "telex"}


def identity_url(value: str) -> str:
    """The URL as a key when it can name one person: a profile has a path (linkedin.com/in/x);
    a bare domain is a company's homepage, which every colleague in an Outlook file shares."""
    key = normalize_url(value)
    return key if "/" in key else ""


def identity_phones(phones) -> list:
    return [item for item in phones if item.get("label", "").lower() not in SHARED_PHONE_LABELS]


def normalize_phone(value: str, region: str = DEFAULT_REGION) -> str:
    """E.164 when phonenumbers understands it, else the digits (so odd numbers still meet)."""
    if _E164.match(value):  # imports store E.164 already: parsing it again cost 2 s per 10k rows
        return value
    try:
        number = phonenumbers.parse(value, region)
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "".join(ch for ch in value if ch.isdigit())


def name_key(given: str, family: str, nickname: str = "") -> str:
    return plain(" ".join(p for p in (given, family) if p) or nickname)


def _block(key: str) -> str:
    """Names compared fuzzily share the first letter of the first word and the first two of
    the last ("maxi muller" and "maxi mueller": "m|mu")."""
    words = key.split()
    return f"{words[0][:1]}|{words[-1][:2]}" if words else ""


class DuplicateFinder:
    """Keys of known people -> (contact_id or None, record_index or None, display name,
    whether that person has any e-mail, phone or link)."""

    def __init__(self) -> None:
        self.emails: dict[str, tuple] = {}
        self.urls: dict[str, tuple] = {}
        self.phones: dict[str, tuple] = {}
        self.names: dict[str, tuple] = {}
        self.blocks: dict[str, list[str]] = defaultdict(list)

    @classmethod
    def from_db(cls, conn: Connection) -> "DuplicateFinder":
        finder = cls()
        rows = conn.execute(
            select(Contact.id, Contact.given_name, Contact.family_name, Contact.nickname,
                   Contact.emails, Contact.phones, Contact.links)
            .where(Contact.is_me.is_(False), Contact.deleted_at.is_(None))
        )
        for cid, given, family, nickname, emails, phones, links in rows:
            name = " ".join(p for p in (given, family) if p) or nickname
            finder._add((cid, None, name, bool(emails or phones or links)),
                        name_key(given, family, nickname), emails or (), phones or (), links or ())
        return finder

    def _add(self, who: tuple, key: str, emails, phones, links, fuzzy: bool = True) -> None:
        for item in emails:
            self.emails.setdefault(normalize_email(item.get("value", "")), who)
        for item in links:
            self.urls.setdefault(identity_url(item.get("value", "")), who)
        for item in identity_phones(phones):
            digits = normalize_phone(item.get("value", ""))
            if len(digits) >= 6:
                self.phones.setdefault(digits, who)
        if key and key not in self.names:
            self.names[key] = who
            if fuzzy:
                self.blocks[_block(key)].append(key)
        self.emails.pop("", None)
        self.urls.pop("", None)

    def add_record(self, index: int, record: ContactRecord) -> None:
        key = name_key(record.given_name, record.family_name, record.nickname)
        has_ids = bool(record.emails or record.phones or record.links)
        # Not in the fuzzy blocks: comparing every record with every earlier one would be
        # quadratic, and a similar name inside one file is rarely the same person.
        self._add((None, index, record.name, has_ids), key, record.emails, record.phones,
                  record.links, fuzzy=False)

    def find(self, record: ContactRecord) -> Match | None:
        for item in record.emails:
            who = self.emails.get(normalize_email(item["value"]))
            if who:
                return _match(who, f"e-mail {item['value']}")
        for item in record.links:
            who = self.urls.get(identity_url(item["value"]))
            if who:
                return _match(who, "profile URL")
        for item in identity_phones(record.phones):
            who = self.phones.get(normalize_phone(item["value"]))
            if who:
                return _match(who, f"phone {item['value']}")
        key = name_key(record.given_name, record.family_name, record.nickname)
        if not key:
            return None
        if key in self.names:
            # Two people may share a name: if both sides have e-mails, phones or links and
            # none of them matched above, it is only a suggestion.
            conflicting = self.names[key][3] and bool(record.emails or record.phones or record.links)
            return _match(self.names[key], "same name", strong=not conflicting)
        if len(key) < 5:
            return None
        found = process.extractOne(key, self.blocks.get(_block(key), ()), scorer=fuzz.ratio,
                                   score_cutoff=FUZZY_CUTOFF)
        if found:
            return _match(self.names[found[0]], f"similar name ({found[1]:.0f}%)", strong=False)
        return None


def _match(who: tuple, reason: str, strong: bool = True) -> Match:
    contact_id, record_index, name, _has_ids = who
    return Match(reason, name, contact_id, record_index, strong)


def plan_import(conn: Connection, parsed: ParsedFile) -> ImportPlan:
    """A decision per record: merge into a strong match, a new contact otherwise. A fuzzy
    name alone is shown as a possible duplicate but stays new until the user says merge."""
    finder = DuplicateFinder.from_db(conn)
    items = []
    for index, record in enumerate(parsed.records):
        match = finder.find(record)
        decision = Decision.MERGE if match and match.strong else Decision.NEW
        items.append(PlannedRecord(record, decision, match))
        if decision is Decision.NEW:
            finder.add_record(index, record)
    return ImportPlan(parsed, items)
