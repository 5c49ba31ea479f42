"""Every date the UI shows, written one way: from QLocale() (set by i18n.install_translators),
with the year whenever it is not the current one.

Forms, for 27 March of the current year (and 22 October 2025):
  short         "Mar 27"                "27. März"               (lists)
  weekday       "Fri, Mar 27"           "Fr., 27. März"          (lists with a weekday)
  long          "Friday, March 27"      "Freitag, 27. März"      (headings)
  date_time     "Mar 27, 2:30 PM"       "27. März, 14:30"        (timelines)
  edit_text     "3/27/2026"             "27.03.2026"             (what a date field shows/takes)
English with the day first (en_GB, en_IE…) writes "27 Mar", "Fri 27 Mar", "Friday 27 March".
A language Rapport does not ship (C, POSIX, or any other) gets English words with ISO dates:
"2026-03-27", "Fri 2026-03-27", "Friday, 2026-03-27" (the UI is English there, and an ISO date
reads the same everywhere); ISO dates always carry the year.

"The current year" comes from the caller's `today` (local_today of the services' Clock), never
from the system clock, so tests with a fake clock see what a user would on that day.
Qt only; the domain's own formats (ISO in files, the CLI's texts) live elsewhere.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.domain.birthdays import Birthday

# (without the year, with the year) per style and form
_PATTERNS = {
    "de": {"short": ("d. MMM", "d. MMM yyyy"), "weekday": ("ddd, d. MMM", "ddd, d. MMM yyyy"),
           "long": ("dddd, d. MMMM", "dddd, d. MMMM yyyy"), "month": ("d. MMMM", "d. MMMM yyyy")},
    "en_mdy": {"short": ("MMM d", "MMM d, yyyy"), "weekday": ("ddd, MMM d", "ddd, MMM d, yyyy"),
               "long": ("dddd, MMMM d", "dddd, MMMM d, yyyy"),
               "month": ("MMMM d", "MMMM d, yyyy")},
    "en_dmy": {"short": ("d MMM", "d MMM yyyy"), "weekday": ("ddd d MMM", "ddd d MMM yyyy"),
               "long": ("dddd d MMMM", "dddd d MMMM yyyy"), "month": ("d MMMM", "d MMMM yyyy")},
    "iso": {"short": ("yyyy-MM-dd",) * 2, "weekday": ("ddd yyyy-MM-dd",) * 2,
            "long": ("dddd, yyyy-MM-dd",) * 2, "month": ("yyyy-MM-dd",) * 2},
}
_SHIPPED = (QLocale.Language.German, QLocale.Language.English)


def style(locale: QLocale | None = None) -> str:
    """Which set of patterns a locale gets: "de", "en_mdy", "en_dmy" or "iso"."""
    locale = locale or QLocale()
    if locale.language() not in _SHIPPED:
        return "iso"
    if locale.language() == QLocale.Language.German:
        return "de"
    numeric = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return "en_mdy" if numeric.lstrip().startswith("M") else "en_dmy"


def _words(locale: QLocale) -> QLocale:
    """The locale whose month and day names are used: English where Rapport has no language."""
    return locale if locale.language() in _SHIPPED else QLocale("en_US")


def _format(form: str, day: date, today: date) -> str:
    locale = QLocale()
    plain, with_year = _PATTERNS[style(locale)][form]
    pattern = plain if day.year == today.year else with_year
    return _words(locale).toString(QDate(day.year, day.month, day.day), pattern)


def short(day: date | None, today: date) -> str:
    """For lists: "Mar 27" / "27. März"; "Oct 22, 2025" / "22. Okt. 2025" in another year."""
    return "" if day is None else _format("short", day, today)


def weekday(day: date | None, today: date) -> str:
    """For lists where the weekday matters: "Fri, Mar 27" / "Fr., 27. März"."""
    return "" if day is None else _format("weekday", day, today)


def long(day: date | None, today: date) -> str:
    """For headings: "Friday, March 27" / "Freitag, 27. März" (+ the year when not this one)."""
    return "" if day is None else _format("long", day, today)


def day_month(day: date | None, today: date) -> str:
    """Running text without the weekday: "March 27" / "27. März"."""
    return "" if day is None else _format("month", day, today)


def time_text(moment: datetime) -> str:
    locale = QLocale()
    if style(locale) == "iso":
        return f"{moment.hour:02d}:{moment.minute:02d}"
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_time(moment: datetime, today: date) -> str:
    """A local date and time: "Mar 27, 2:30 PM" / "27. März, 14:30" / "2026-03-27 14:30"."""
    template = "%1 %2" if style() == "iso" else QCoreApplication.translate("Dates", "%1, %2")
    return template.replace("%1", short(moment.date(), today)).replace("%2", time_text(moment))


# --- date fields ---------------------------------------------------------------------------
def edit_format(locale: QLocale | None = None) -> str:
    """The numeric pattern date fields show and take, always with four-digit years:
    "M/d/yyyy" (en_US), "dd/MM/yyyy" (en_GB), "dd.MM.yyyy" (de), "yyyy-MM-dd" (others)."""
    locale = locale or QLocale()
    if style(locale) == "iso":
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_time_edit_format() -> str:
    """For QDateTimeEdit: the date field's pattern and a 24-hour or AM/PM time."""
    time_pattern = "HH:mm"
    if style() != "iso" and "ap" in QLocale().timeFormat(QLocale.FormatType.ShortFormat).lower():
        time_pattern = "h:mm AP"
    return f"{edit_format()} {time_pattern}"


def setup_edit(edit) -> None:
    """A QDateEdit or QDateTimeEdit in the UI's date pattern (not the C locale's "d MM yyyy")."""
    from PySide6.QtWidgets import QDateEdit

    edit.setDisplayFormat(edit_format() if isinstance(edit, QDateEdit) else date_time_edit_format())


def _without_year(pattern: str) -> str:
    """ "dd.MM.yyyy" -> "dd.MM.", "M/d/yyyy" -> "M/d", "dd/MM/yyyy" -> "dd/MM"."""
    if pattern.startswith("yyyy"):  # ISO: the vCard form --MM-dd
        return "--" + pattern[5:]
    return pattern.replace("yyyy", "").rstrip("/- ")


def edit_text(day: date | None) -> str:
    return "" if day is None else QLocale().toString(QDate(day.year, day.month, day.day),
                                                     edit_format())


def birthday_text(birthday: Birthday | None) -> str:
    """A birthday as its field shows it; without the year when it has none ("15.04.")."""
    if birthday is None:
        return ""
    if birthday.year:
        return edit_text(date(birthday.year, birthday.month, birthday.day))
    return QDate(2000, birthday.month, birthday.day).toString(_without_year(edit_format()))


def parse_date(text: str) -> date | None:
    """What the user typed in the UI's pattern, or in ISO (2026-11-23) or German (23.11.2026)
    form, which are taken everywhere. None when empty; ValueError when not a date."""
    birthday = parse_birthday(text)
    if birthday is not None and birthday.year is None:
        raise ValueError(f"not a date: {text!r}")
    return None if birthday is None else date(birthday.year, birthday.month, birthday.day)


def parse_birthday(text: str) -> Birthday | None:
    """A birthday typed in the UI's pattern, with or without the year ("4/15/1990", "4/15"),
    or in any form Birthday.parse takes (1990-04-15, --04-15, 15.04.1990, 15.04.).
    None when empty; ValueError when not a date."""
    text = text.strip()
    if not text:
        return None
    pattern = edit_format()
    if "/" in pattern:  # the dotted and ISO forms are Birthday.parse's own
        for candidate, typed in ((pattern, text), (pattern.replace("yyyy", "yy"), text),
                                 (_without_year(pattern) + "/yyyy", text + "/2000")):
            parsed = QDate.fromString(typed, candidate)
            if parsed.isValid():
                year = parsed.year() if typed == text else None
                return Birthday(parsed.month(), parsed.day(), year)
    return Birthday.parse(text)


def example(with_year: bool = True) -> str:
    """How a date is typed here, for placeholders and messages: "4/15/1990", "15.04.1990"."""
    sample = Birthday(4, 15, 1990 if with_year else None)
    return birthday_text(sample)



def day_name(weekday: int) -> str:
    """A weekday's short name, 0 = Monday: "Mon" / "Mo." (English words for other languages)."""
    return _words(QLocale()).dayName(weekday + 1, QLocale.FormatType.ShortFormat)
