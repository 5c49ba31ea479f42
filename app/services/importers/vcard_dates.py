"""Dated events in vCards: RFC 6350 ANNIVERSARY and Apple's X-ABDATE with its X-ABLabel,
as important dates; Rapport's own cards add the kind, label, alert and "once" in X-RAPPORT-
parameters so that every field comes back exactly. Also Rapport's X-RAPPORT-PAST-JOB."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from app.domain.birthdays import Birthday
from app.domain.important_dates import MAX_ALERT_DAYS, DateKind, ImportantDate

DATE_PROPERTIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-ABDATE")
APPLE_ANNIVERSARY = "_$!<Anniversary>!$_"
KIND_PARAM, LABEL_PARAM, ALERT_PARAM, ONCE_PARAM = (
    "X-RAPPORT-KIND", "X-RAPPORT-LABEL", "X-RAPPORT-ALERT", "X-RAPPORT-ONCE")
UNTIL_PARAM = "X-RAPPORT-UNTIL"


def read_date(name: str, value: str, apple_label: str, param: Callable[[str], str]) -> ImportantDate:
    """One dated property as an ImportantDate; ValueError when it is not a usable date.
    `apple_label` is the X-ABLabel of its item group ("anniversary" for Apple's own)."""
    found = Birthday.parse(value.split("T", 1)[0])
    if found is None:
        raise ValueError("no date")
    omitted = param("X-APPLE-OMIT-YEAR")
    year = None if omitted and str(found.year) == omitted else found.year
    kind_text = param(KIND_PARAM)
    if kind_text in set(DateKind):
        kind, label = DateKind(kind_text), param(LABEL_PARAM)
    elif name != "X-ABDATE" or apple_label.casefold() == "anniversary":
        kind, label = DateKind.ANNIVERSARY, ""
    else:
        kind, label = DateKind.CUSTOM, apple_label or "Date"
        if label.islower():  # Apple's _$!<Other>!$_ arrives lower-cased
            label = label[:1].upper() + label[1:]
    alert = param(ALERT_PARAM)
    alert_days = int(alert) if alert.isdigit() and int(alert) <= MAX_ALERT_DAYS else 0
    return ImportantDate(kind, found.month, found.day, year, param(ONCE_PARAM) != "1",
                         label.strip(), alert_days)


def resolve_dates(dates: list[ImportantDate]) -> list[ImportantDate]:
    """The same date written twice (ANNIVERSARY and an X-ABDATE copy) counts once."""
    return list(dict.fromkeys(dates))


def read_past_job(parts: list[str], until: str) -> tuple[str, str, datetime] | None:
    company, position = (parts + ["", ""])[:2]
    try:
        ended = datetime.fromisoformat(until)
    except ValueError:
        return None
    if ended.tzinfo is None:
        ended = ended.replace(tzinfo=timezone.utc)
    return (company, position, ended.astimezone(timezone.utc)) if company or position else None
