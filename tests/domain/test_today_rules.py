"""Today's pure rules: buckets, birthday windows, recurring reminders across DST."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.domain.birthdays import Birthday
from app.domain.today import (
    Bucket, ReminderState, RuleError, after_done, birthday_keys, bucket_of, current_due,
    normalize_rule, occurrence_after, occurrences_between, should_fire, stored_rule,
    upcoming_birthday,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_buckets_split_overdue_today_and_upcoming():
    today = date(2026, 11, 23)
    assert bucket_of(date(2026, 11, 22), today) is Bucket.OVERDUE
    assert bucket_of(today, today) is Bucket.TODAY
    assert bucket_of(date(2026, 11, 30), today) is Bucket.UPCOMING


def test_birthday_window_crosses_the_year_end():
    today = date(2026, 12, 25)
    assert upcoming_birthday(Birthday(1, 3), today) == date(2027, 1, 3)
    assert upcoming_birthday(Birthday(1, 9), today) is None  # 15 days ahead: outside 14
    assert upcoming_birthday(Birthday(12, 24), today) is None  # yesterday: next one is a year away
    assert (1, 8) in birthday_keys(today) and (12, 24) not in birthday_keys(today)


def test_29_february_is_celebrated_on_28_february_in_common_years():
    leapling = Birthday(2, 29, 2000)
    assert upcoming_birthday(leapling, date(2027, 2, 20)) == date(2027, 2, 28)
    assert upcoming_birthday(leapling, date(2028, 2, 20)) == date(2028, 2, 29)
    assert leapling.age_on(date(2027, 2, 28)) == 26
    assert (2, 29) in birthday_keys(date(2027, 2, 20))
    assert (2, 29) in birthday_keys(date(2028, 2, 20))


def test_rules_are_validated_and_normalized():
    assert normalize_rule("RRULE:FREQ=WEEKLY;BYDAY=MO") == "FREQ=WEEKLY;BYDAY=MO"
    assert normalize_rule("") == ""
    with pytest.raises(RuleError):
        normalize_rule("FREQ=SOMETIMES")


def test_a_daily_rule_keeps_its_local_hour_across_the_dst_change():
    start = datetime(2026, 10, 23, 9, 0, tzinfo=BERLIN)  # CEST, UTC+2
    rule = stored_rule("FREQ=DAILY", start, BERLIN)
    end = datetime(2026, 10, 27, 12, 0, tzinfo=BERLIN)  # after 25 October: CET, UTC+1
    hours_utc = [o.hour for o in occurrences_between(rule, start, end, BERLIN)]
    assert hours_utc == [7, 7, 8, 8, 8]  # 25 October 2026 is the last Sunday: CET from then
    assert all(o.astimezone(BERLIN).hour == 9 for o in occurrences_between(rule, start, end, BERLIN))


def test_count_counts_from_the_first_occurrence_not_from_the_last_done():
    start = datetime(2026, 11, 2, 9, 0, tzinfo=BERLIN)
    rule = stored_rule("FREQ=WEEKLY;COUNT=2", start, BERLIN)
    second = occurrence_after(rule, start, BERLIN)
    assert second == datetime(2026, 11, 9, 9, 0, tzinfo=BERLIN)
    assert occurrence_after(rule, second, BERLIN) is None


def test_missed_repeats_fire_once_as_the_latest_and_never_twice():
    start = datetime(2026, 11, 16, 9, 0, tzinfo=BERLIN)
    state = ReminderState(start.astimezone(timezone.utc), stored_rule("FREQ=DAILY", start, BERLIN))
    now = datetime(2026, 11, 20, 10, 0, tzinfo=BERLIN)
    latest = datetime(2026, 11, 20, 9, 0, tzinfo=BERLIN)
    assert should_fire(state, now, BERLIN) == latest
    fired = ReminderState(state.due_at, state.rule, None, latest)
    assert should_fire(fired, now, BERLIN) is None
    assert should_fire(fired, now + timedelta(days=1), BERLIN) == latest + timedelta(days=1)


def test_snooze_wins_and_done_moves_a_repeat_to_its_next_occurrence():
    start = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
    rule = stored_rule("FREQ=WEEKLY", start, BERLIN)
    now = datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)
    snoozed = ReminderState(start, rule, snoozed_until=now + timedelta(hours=2))
    assert current_due(snoozed, now, BERLIN) == now + timedelta(hours=2)
    assert should_fire(snoozed, now, BERLIN) is None
    assert after_done(ReminderState(start, rule), now, BERLIN) == start + timedelta(days=7)
    assert after_done(ReminderState(start), now, BERLIN) is None  # one-off: finished
