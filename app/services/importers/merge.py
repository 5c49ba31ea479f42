"""Merging what a record says into what a contact already has, without losing either side.

Pure functions over plain dicts (the contact's columns): empty fields are filled, lists gain
the entries they lack (compared normalised), notes are appended, nothing is overwritten.
"""

from __future__ import annotations

from app.services.importers.plan import ContactRecord
from app.services.importers.source import normalize_email, normalize_url

SCALARS = ("given_name", "family_name", "nickname", "company", "position", "met_how",
           "met_where", "met_on", "cadence_days")
LISTS = ("emails", "phones", "links", "addresses", "vcard_properties")
SALUTATION = ("anrede", "title", "greeting_style")  # how drafts greet them


def _list_key(kind: str, value: str) -> str:
    if kind == "emails":
        return normalize_email(value)
    if kind == "links":
        return normalize_url(value)
    if kind == "phones":
        return "".join(ch for ch in value if ch.isdigit() or ch == "+")
    if kind == "vcard_properties":
        return value  # a line kept as written is the same only when it is written the same
    return " ".join(value.casefold().split())


def merged_list(kind: str, existing: list[dict], incoming: list[dict]) -> list[dict]:
    seen = {_list_key(kind, item.get("value", "")) for item in existing}
    result = list(existing)
    for item in incoming:
        key = _list_key(kind, item.get("value", ""))
        if key and key not in seen:
            seen.add(key)
            result.append(item)
    return result


def record_values(record: ContactRecord) -> dict:
    """A record as contact columns (without ids and timestamps)."""
    month, day, year = record.birthday or (None, None, None)
    values = {
        "given_name": record.given_name, "family_name": record.family_name,
        "nickname": record.nickname, "company": record.company, "position": record.position,
        "emails": record.emails, "phones": record.phones, "links": record.links,
        "addresses": record.addresses, "birthday_month": month, "birthday_day": day,
        "birthday_year": year, "met_how": record.met_how, "met_where": record.met_where,
        "met_on": record.met_on, "about": record.about,
        "vcard_properties": record.vcard_properties,
    }
    if record.language:
        values["language"] = record.language
    if record.formality:
        values["formality"] = record.formality
    if record.cadence_days:
        values["cadence_days"] = record.cadence_days
    for name in SALUTATION:
        if getattr(record, name):
            values[name] = getattr(record, name)
    return values


def merge_values(existing: dict, incoming: dict) -> dict:
    """The columns to update on `existing` so it also holds what `incoming` adds."""
    changes: dict = {}
    for name in SCALARS + ("language", "formality") + SALUTATION:
        if name in incoming and incoming[name] and not existing.get(name):
            changes[name] = incoming[name]
    for name in LISTS:
        if incoming.get(name):
            merged = merged_list(name, existing.get(name) or [], incoming[name])
            if len(merged) != len(existing.get(name) or []):
                changes[name] = merged
    if incoming.get("birthday_month") and not existing.get("birthday_month"):
        for part in ("birthday_month", "birthday_day", "birthday_year"):
            changes[part] = incoming[part]
    elif (incoming.get("birthday_year") and not existing.get("birthday_year")
          and (existing.get("birthday_month"), existing.get("birthday_day"))
          == (incoming.get("birthday_month"), incoming.get("birthday_day"))):
        changes["birthday_year"] = incoming["birthday_year"]
    note = (incoming.get("about") or "").strip()
    about = existing.get("about") or ""
    if note and note not in about:
        changes["about"] = f"{about}\n\n{note}" if about else note
    return changes


def fold_record_into(target: ContactRecord, other: ContactRecord) -> None:
    """A person listed twice in one file: the second listing joins the first before writing."""
    changes = merge_values(record_values(target), record_values(other))
    for name, value in changes.items():
        if name.startswith("birthday_"):
            continue
        setattr(target, name, value)
    if other.birthday and not target.birthday:
        target.birthday = other.birthday
    target.topics.extend(t for t in other.topics if t not in target.topics)
    target.groups.extend(g for g in other.groups if g not in target.groups)
    target.interactions.extend(other.interactions)
    target.dates.extend(d for d in other.dates if d not in target.dates)
    target.past_jobs.extend(j for j in other.past_jobs if j not in target.past_jobs)
