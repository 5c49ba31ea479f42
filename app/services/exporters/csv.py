"""Contacts to a CSV that spreadsheets open and Rapport's own CSV import maps by itself.

Lists are joined with "; " (addresses with line breaks, one address per line), a birthday without a year is
written --04-15. UTF-8 with a BOM, so Excel shows umlauts right.

A cell that starts with = + - @, a tab or a line break gets a leading ' (OWASP's advice for CSV
injection), so a spreadsheet shows "=HYPERLINK(…)" as text instead of running it. A value
that already starts with ' before such a character gets one more, so unguard() (which the CSV
import applies to Rapport's own files) gives back every value exactly: "+49 711 …" included.
"""

from __future__ import annotations

import csv
import io

from app.domain.draft_language import honorific
from app.domain.enums import TopicKind
from app.services.exporters.rows import ExportContact

HEADER = ("Name prefix", "Given name", "Family name", "Nickname", "Company", "Position", "Emails", "Phones",
          "Links", "Addresses", "Birthday", "Notes", "Groups", "Interests", "Goals",
          "Looking for", "Offering", "Met how", "Met where", "Met on", "Language")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
TOPIC_COLUMNS = (TopicKind.INTEREST, TopicKind.GOAL, TopicKind.LOOKING_FOR, TopicKind.OFFERING)


def _birthday(contact: ExportContact) -> str:
    if not (contact.birthday_month and contact.birthday_day):
        return ""
    if contact.birthday_year:
        return f"{contact.birthday_year:04d}-{contact.birthday_month:02d}-{contact.birthday_day:02d}"
    return f"--{contact.birthday_month:02d}-{contact.birthday_day:02d}"


def row(contact: ExportContact) -> list[str]:
    values = lambda items: "; ".join(i.get("value", "") for i in items)  # noqa: E731
    topics = {kind: ", ".join(label for k, label, _d in contact.topics if k == kind)
              for kind in TOPIC_COLUMNS}
    return [
        honorific(contact.anrede, contact.title), contact.given_name, contact.family_name, contact.nickname, contact.company,
        contact.position, values(contact.emails), values(contact.phones), values(contact.links),
        "\n".join(", ".join(i.get("value", "").splitlines()) for i in contact.addresses),
        _birthday(contact),
        contact.about, ", ".join(contact.groups), *(topics[k] for k in TOPIC_COLUMNS),
        contact.met_how, contact.met_where, contact.met_on.isoformat() if contact.met_on else "",
        contact.language,
    ]


def _formula_like(value: str) -> bool:
    return value.lstrip("'")[:1] in FORMULA_STARTS


def guard(value: str) -> str:
    """A cell a spreadsheet will not run as a formula; unguard() reverses it."""
    return "'" + value if _formula_like(value) else value


def unguard(value: str) -> str:
    return value[1:] if value.startswith("'") and _formula_like(value) else value


def to_csv(contacts: list[ExportContact]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows([guard(cell) for cell in row(c)] for c in contacts)
    return buffer.getvalue()
