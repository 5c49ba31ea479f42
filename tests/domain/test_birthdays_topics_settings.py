from datetime import date

import pytest

from app.domain.birthdays import Birthday
from app.domain.settings import Settings
from app.domain.topics import fold


@pytest.mark.parametrize(
    "text, expected",
    [("1990-04-15", Birthday(4, 15, 1990)), ("--04-15", Birthday(4, 15)),
     ("--0415", Birthday(4, 15)), ("15.04.1990", Birthday(4, 15, 1990)),
     ("15.4.", Birthday(4, 15)), ("--02-29", Birthday(2, 29))],
)
def test_birthday_parse(text, expected):
    assert Birthday.parse(text) == expected


@pytest.mark.parametrize("text", ["31.02.", "2023-02-29", "hello", "--13-01"])
def test_birthday_parse_rejects_impossible_dates(text):
    with pytest.raises(ValueError):
        Birthday.parse(text)


def test_leap_day_birthday_in_common_and_leap_years():
    leap = Birthday(2, 29, 1996)
    assert leap.next_on_or_after(date(2027, 1, 10)) == date(2027, 2, 28)
    assert leap.next_on_or_after(date(2028, 1, 10)) == date(2028, 2, 29)
    assert leap.age_on(date(2027, 2, 28)) == 30


def test_birthday_across_year_end():
    assert Birthday(1, 3).next_on_or_after(date(2026, 12, 30)) == date(2027, 1, 3)
    assert Birthday(1, 3).iso() == "--01-03"


@pytest.mark.parametrize(
    "a, b", [("Industrie 4.0", "industrie-4.0"), ("Zoë", "zoe"), ("Fußball", "FUSSBALL"),
             ("Machine_Learning", "machine  learning")],
)
def test_fold_meets(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [("Java", "JavaScript"), ("C", "C++"), ("Go", "Goal")])
def test_fold_keeps_apart(a, b):
    assert fold(a) != fold(b)


def test_settings_from_json_keeps_defaults_for_unknown_or_wrong_values():
    settings = Settings.from_json({"reminder_hour": "nine", "language": "de", "bogus": 1})
    assert settings.reminder_hour == Settings().reminder_hour
    assert settings.language == "de"
    assert Settings.from_json(settings.to_json()) == settings
