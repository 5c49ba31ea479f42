"""What every importer's records go through before planning: phone numbers normalised as
typed ones are (E.164 via app.domain.validation), e-mail addresses checked.

A number phonenumbers cannot read is kept as written (an extension, a short internal number:
still worth having). Unlike a typed number, a number without a country code is normalised
only when it is a valid German number: an English Outlook file's "(555) 010-2000" is a US
number, and reading it as German would dial the wrong person. An e-mail address that is not one is imported with a warning in the
report, not rejected: the person is still worth having and the user can correct it.
"""

from __future__ import annotations

import phonenumbers

from app.domain import validation
from app.services.importers.plan import ParsedFile, Problem, excerpt


def normalise_phone(value: str, region: str = validation.DEFAULT_REGION) -> str:
    """validation.phone's rule (parsed once: 10,000 Outlook rows hold 50,000 numbers)."""
    text = value.strip()
    explicit = text.startswith(("+", "00"))
    if not region and not explicit:
        return text
    try:
        number = phonenumbers.parse(text, region or validation.DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number) or len(str(number.national_number)) < 5:
        return text
    if not explicit and not phonenumbers.is_valid_number(number):
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_records(parsed: ParsedFile) -> ParsedFile:
    for record in parsed.records:
        for item in record.phones:
            value = item.get("value", "")
            if value[:4].lower() == "tel:":  # a vCard 4 URI that came through as text
                value = value[4:]
            item["value"] = normalise_phone(value, parsed.phone_region)
        for item in record.emails:
            value = item.get("value", "")
            if value[:7].lower() == "mailto:":
                value = item["value"] = value[7:].strip()
            try:
                validation.email(value)
            except validation.FieldError:
                parsed.problems.append(Problem(
                    parsed.path, record.location,
                    f"{excerpt(value)} is not an e-mail address; imported as written",
                    rejected=False))
    return parsed
