"""Checking what the user types into a contact's fields: email, phone, URL, birthday.

Pure rules: each function returns the cleaned value or raises FieldError naming the field.
Phone numbers are normalised to E.164 with phonenumbers, so "0711 1234567" typed by a user in
Germany and "+49 711 1234567" from an import meet as the same number.
"""

from __future__ import annotations

import re
from typing import Callable
from urllib.parse import urlsplit

import phonenumbers

from app.domain.birthdays import Birthday

DEFAULT_REGION = "DE"

# Deliberately simple: one @, a dot in the domain, no spaces. Full RFC 5322 accepts
# addresses no mail client can send to; a stricter check only annoys.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+$", re.UNICODE)


class FieldError(ValueError):
    """Bad input in one field; `field` says which, str(error) says what is wrong."""

    def __init__(self, field: str, message: str, value: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.value = value  # the offending input, for a translated message in the UI


def email(text: str, field: str = "email") -> str:
    value = text.strip()
    if not _EMAIL.match(value):
        raise FieldError(field, f"“{value}” is not an email address (like name@example.org)", value)
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def phone(text: str, region: str = DEFAULT_REGION, field: str = "phone") -> str:
    """The number in E.164 (+4971112345); a number without a country code is read as
    a number in `region`."""
    value = text.strip()
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise FieldError(field, f"“{value}” is not a phone number", value) from None
    # is_possible_number alone accepts "12" in Germany; no real line is that short.
    if not phonenumbers.is_possible_number(number) or len(str(number.national_number)) < 5:
        raise FieldError(field, f"“{value}” is not a phone number (too short or too long)", value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_for_display(e164: str) -> str:
    """+4971112345 as "+49 711 12345"; anything unparseable is shown as stored."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def url(text: str, field: str = "link") -> str:
    """A web address; "example.org/x" gets https:// in front."""
    value = text.strip()
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not _HOST.match(parts.hostname or ""):
        raise FieldError(
            field, f"“{text.strip()}” is not a web address (like https://example.org)", text.strip()
        )
    return value


def birthday(text: str, field: str = "birthday") -> Birthday | None:
    """'' clears it; otherwise 1990-04-15, 15.04.1990, 15.04. or --04-15."""
    try:
        return Birthday.parse(text)
    except ValueError:
        raise FieldError(
            field, f"“{text.strip()}” is not a date (use 15.04.1990, or 15.04. without a year)",
            text.strip(),
        ) from None


LIST_CHECKS: dict[str, Callable[..., str]] = {"emails": email, "phones": phone, "links": url}


def contact_lists(values: dict, stored: dict | None = None) -> dict:
    """A contact's emails, phones and links (lists of {"value": ..., "label": ...}) as they
    are stored: each new or changed value checked and normalised, blank entries dropped.
    Raises FieldError naming the field ("emails", "phones", "links") and the value. The
    contacts service applies it to every write, so the window, the CLI and every caller obey
    the same rule. `stored`: the contact's lists as they are now; a value already stored
    passes as written (imports and sync keep refused values as written: adding a good
    second phone must not be refused for an old one)."""
    cleaned = {}
    for name, check in LIST_CHECKS.items():
        if name in values:
            kept = {str(item.get("value", "")).strip()
                    for item in (stored or {}).get(name) or ()}
            cleaned[name] = [
                {**item, "value": _kept_or_checked(item.get("value", ""), kept, check, name)}
                for item in values[name] or () if str(item.get("value", "")).strip()
            ]
    return cleaned


def _kept_or_checked(value, kept: set[str], check: Callable[..., str], field: str) -> str:
    text = str(value).strip()
    return text if text in kept else check(value, field=field)


def refused(values: dict) -> list[FieldError]:
    """What contact_lists() would refuse, without refusing: for data from elsewhere (a sync
    server's card) that is kept as written and reported, never dropped."""
    found = []
    for name, check in LIST_CHECKS.items():
        for item in values.get(name) or ():
            try:
                check(item.get("value", ""), field=name)
            except FieldError as error:
                found.append(error)
    return found


def many(text: str, check, field: str, kept: dict[str, str] | None = None) -> list[str]:
    """A list typed as one line, separated by commas or semicolons, each item checked;
    `kept` maps an already stored value's shown text to it: such an item is not checked."""
    items = [item for item in re.split(r"[,;\n]", text) if item.strip()]
    return [(kept or {}).get(item.strip()) or check(item, field=field) for item in items]
