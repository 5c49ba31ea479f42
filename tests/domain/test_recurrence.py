"""The recurrence editor's forms, the CLI's words and RRULE text agree."""

from datetime import datetime

import pytest

from app.domain.recurrence import (
    DAILY, MONTHLY, WEEKLY, YEARLY, Recurrence, first_occurrence, parse_every, upcoming,
)
from app.domain.today import RuleError
from tests.conftest import BERLIN


@pytest.mark.parametrize("words, rule", [
    ("day", "FREQ=DAILY"),
    ("every 3 days", "FREQ=DAILY;INTERVAL=3"),
    ("weekly", "FREQ=WEEKLY"),
    ("2 weeks on Monday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
    ("week on mon, thu", "FREQ=WEEKLY;BYDAY=MO,TH"),
    ("monthly on day 15", "FREQ=MONTHLY;BYMONTHDAY=15"),
    ("every 3 months on the 1st", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1"),
    ("yearly on 3 May", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=3"),
    ("year on May 3", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=3"),
])
def test_words_become_rules_and_rules_come_back(words, rule):
    recurrence = parse_every(words)
    assert recurrence.rule() == rule
    assert Recurrence.from_rule(rule) == recurrence


@pytest.mark.parametrize("words", ["", "2", "fortnightly", "week on Funday", "month on day 40"])
def test_words_that_are_no_repetition_are_refused(words):
    with pytest.raises(RuleError):
        parse_every(words)


def test_rules_the_editor_cannot_show_are_not_forced_into_it():
    assert Recurrence.from_rule("FREQ=MONTHLY;BYDAY=1MO") is None
    assert Recurrence.from_rule("FREQ=WEEKLY;COUNT=3") is None
    assert Recurrence.from_rule("") == Recurrence()
    assert Recurrence(WEEKLY, 1, (0, 2)).rule() == "FREQ=WEEKLY;BYDAY=MO,WE"
    assert Recurrence(DAILY).rule() == "FREQ=DAILY" and Recurrence(MONTHLY).rule() == "FREQ=MONTHLY"
    assert Recurrence(YEARLY, 1, (), 3, 5).rule() == "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=3"


def test_weekly_on_monday_entered_on_a_thursday_starts_on_monday():
    thursday = datetime(2026, 12, 3, 9, 0, tzinfo=BERLIN)
    first = first_occurrence("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", thursday, BERLIN)
    assert first.astimezone(BERLIN) == datetime(2026, 12, 7, 9, 0, tzinfo=BERLIN)
    days = [d.astimezone(BERLIN).date().isoformat()
            for d in upcoming("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", first, BERLIN)]
    assert days == ["2026-12-07", "2026-12-21", "2027-01-04"]
    assert upcoming("", thursday, BERLIN) == [thursday]  # one-off: one occurrence
