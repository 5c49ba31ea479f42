from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from app.domain.habits import (
    HabitKey, HabitWindow, PromiseOutcome, count_series, promise_outcome, promises_kept_series,
    review_is_due, review_week_of, tally_promises, within_cadence, yes_no_series,
)

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 23)  # a Monday


def test_window_is_twelve_local_weeks_ending_with_this_one():
    window = HabitWindow.ending(date(2026, 11, 25), BERLIN)
    assert len(window.weeks) == 12
    assert window.weeks[-1] == date(2026, 11, 23)
    assert window.weeks[0] == date(2026, 9, 7)
    assert all(monday.weekday() == 0 for monday in window.weeks)
    assert window.end_day == date(2026, 11, 30)


def test_week_boundaries_are_local_midnight_across_the_dst_change():
    window = HabitWindow.ending(TODAY, BERLIN)
    bounds = window.bounds_utc()
    # Summer time until 25 October 2026: Monday midnight is 22:00 UTC on Sunday, then 23:00.
    assert bounds[0] == datetime(2026, 9, 6, 22, 0, tzinfo=timezone.utc)
    assert bounds[-1] == datetime(2026, 11, 29, 23, 0, tzinfo=timezone.utc)
    just_after_midnight = datetime(2026, 10, 25, 23, 30, tzinfo=timezone.utc)  # Mon 00:30 local
    assert window.week_of_instant(just_after_midnight) == window.weeks.index(date(2026, 10, 26))
    assert window.week_of_date(date(2026, 9, 6)) is None
    assert window.week_of_date(date(2026, 11, 29)) == 11


def test_promise_outcomes():
    due = date(2026, 11, 20)
    assert promise_outcome("kept", due, TODAY, True) is PromiseOutcome.KEPT_ON_TIME
    assert promise_outcome("kept", due, TODAY, False) is PromiseOutcome.MISSED  # kept late
    assert promise_outcome("released", due, TODAY, False) is PromiseOutcome.RELEASED
    assert promise_outcome("broken", due, TODAY, False) is PromiseOutcome.MISSED
    assert promise_outcome("open", due, TODAY, False) is PromiseOutcome.MISSED  # overdue
    assert promise_outcome("open", TODAY, TODAY, False) is PromiseOutcome.PENDING


def test_promise_share_leaves_out_released_and_pending():
    window = HabitWindow.ending(TODAY, BERLIN)
    series = promises_kept_series(window, [
        (date(2026, 11, 18), "kept", True, 2),
        (date(2026, 11, 19), "released", False, 5),
        (date(2026, 11, 20), "broken", False, 1),
        (date(2026, 11, 26), "open", False, 3),
        (date(2026, 1, 1), "kept", True, 9),  # outside the window
    ])
    last_week, this_week = series.points[-2], series.points[-1]
    assert (last_week.count, last_week.total) == (2, 3)
    assert abs(last_week.value - 2 / 3) < 1e-9
    assert this_week.value is None, "nothing decided yet is not 0 %"
    assert series.overall() == 2 / 3


def test_no_data_gives_empty_shares_and_zero_counts():
    window = HabitWindow.ending(TODAY, BERLIN)
    share = yes_no_series(HabitKey.REPLIES, window, [])
    counts = count_series(HabitKey.MEETINGS, window, {})
    assert [p.value for p in share.points] == [None] * 12
    assert share.overall() is None
    assert [p.value for p in counts.points] == [0.0] * 12
    assert counts.overall() == 0


def test_contacts_without_cadence_are_not_measured():
    assert within_cadence(30, 30) is True
    assert within_cadence(31, 30) is False
    assert within_cadence(400, None) is None
    window = HabitWindow.ending(TODAY, BERLIN)
    series = yes_no_series(HabitKey.FOLLOW_UPS, window, [(11, True, 1), (11, None, 4), (11, False, 1)])
    assert (series.points[-1].count, series.points[-1].total) == (1, 2)


def test_tally_promises_for_the_ledger():
    tally = tally_promises([
        ("kept", date(2026, 11, 1), True), ("kept", date(2026, 11, 1), False),
        ("kept", None, False), ("released", date(2026, 11, 2), False),
        ("broken", date(2026, 11, 3), False), ("open", date(2026, 11, 4), False),
        ("open", date(2026, 12, 4), False), ("open", None, False),
    ], TODAY)
    assert tally.kept == 3 and tally.kept_late == 1
    assert tally.released == 1
    assert tally.missed == 2, "broken and overdue; released is not broken"
    assert tally.open == 2
    assert tally.decided == 5


def test_weekly_review_is_due_on_its_day_and_the_grace_days_after():
    friday = 4
    assert review_week_of(date(2026, 11, 27), friday) == date(2026, 11, 23)
    assert review_week_of(date(2026, 11, 23), friday) == date(2026, 11, 16)  # Monday after
    assert not review_is_due(date(2026, 11, 26), friday, [])  # Thursday
    assert review_is_due(date(2026, 11, 27), friday, [])
    assert review_is_due(date(2026, 11, 29), friday, [])  # Sunday: still due
    assert not review_is_due(date(2026, 11, 30), friday, [])
    assert not review_is_due(date(2026, 11, 27), friday, [date(2026, 11, 23)])  # done
    assert review_week_of(date(2026, 11, 23), 0) == date(2026, 11, 16)  # Monday: last week
    assert review_week_of(date(2026, 11, 28), 5) == date(2026, 11, 23)
    assert not review_is_due(date(2026, 11, 23), 0, [date(2026, 11, 16)])
