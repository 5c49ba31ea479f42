"""What every importer's records go through before planning: the contacts service's rules
for e-mail, phone and web address (app.domain.validation), applied kindly.

A value that fails the rule is imported as written, and the report lists the record as
"Imported with a warning" naming the field and the value; it is not rejected. Why: the
rest of the person (name, company, history) is worth having, a file cannot be asked what
it meant, and dropping a contact or a number for a typo loses what the user can fix in a
second on the contact page (where the same rule then asks for a real value).

Phone numbers are normalised as typed ones are (E.164). Unlike a typed number, a number
without a country code is normalised only when it is a valid German number: an English
Outlook file's "(555) 010-2000" is a US number, and reading it as German would dial the
wrong person; such a number is kept as written without a warning (it may well be right).
"""

from __future__ import annotations

import phonenumbers

from app.domain import validation
from app.services.importers.plan import ParsedFile, Problem, excerpt


def checked_phone(value: str, region: str = validation.DEFAULT_REGION) -> tuple[str, bool]:
    """validation.phone's rule (parsed once: 10,000 Outlook rows hold 50,000 numbers): the
    number to store, and False when it is no phone number at all (kept as written)."""
    text = value.strip()
    explicit = text.startswith(("+", "00"))
    if not region and not explicit:
        return text, bool(text)
    try:
        number = phonenumbers.parse(text, region or validation.DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return text, False
    if not phonenumbers.is_possible_number(number) or len(str(number.national_number)) < 5:
        return text, False
    if not explicit and not phonenumbers.is_valid_number(number):
        return text, True
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), True


def _warn(parsed: ParsedFile, record, what: str, value: str) -> None:
    parsed.problems.append(Problem(parsed.path, record.location,
                                   f"{what}: {excerpt(value)} {WHY[what]}; imported as written",
                                   rejected=False))


WHY = {"phone": "is not a phone number", "e-mail": "is not an e-mail address",
       "link": "is not a web address"}


def check_records(parsed: ParsedFile) -> ParsedFile:
    for record in parsed.records:
        for item in record.phones:
            value = item.get("value", "")
            if value[:4].lower() == "tel:":  # a vCard 4 URI that came through as text
                value = value[4:]
            item["value"], ok = checked_phone(value, parsed.phone_region)
            if not ok and item["value"]:
                _warn(parsed, record, "phone", item["value"])
        for item in record.emails:
            value = item.get("value", "")
            if value[:7].lower() == "mailto:":
                value = item["value"] = value[7:].strip()
            try:
                validation.email(value)
            except validation.FieldError:
                _warn(parsed, record, "e-mail", value)
        for item in record.links:
            value = item.get("value", "")
            try:
                validation.url(value)
            except validation.FieldError:
                _warn(parsed, record, "link", value)
    return parsed
