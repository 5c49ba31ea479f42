"""The 12-week habit series: the grouped reads (app/storage/queries/habits.py) turned into
series by the rules in app.domain.habits. One GROUP BY query each, never one per contact.
"""

from __future__ import annotations

from sqlalchemy import Connection

from app.domain.habits import (
    HabitKey, HabitSeries, HabitWindow, count_series, promises_kept_series, within_cadence,
    yes_no_series,
)
from app.storage.queries import habits as reads


def promises_kept(conn: Connection, window: HabitWindow) -> HabitSeries:
    return promises_kept_series(window, reads.promises_by_due(conn, window))


def interaction_series(conn: Connection, window: HabitWindow) -> tuple[HabitSeries, ...]:
    """Follow-ups within cadence, replies to my outreach and in-person meetings, from one
    pass over the window's interactions."""
    rows = reads.interactions_by_week(conn, window)
    meetings: dict[int, int] = {}
    for week, _cadence, _gap, _answered, met, number in rows:
        if met:
            meetings[week] = meetings.get(week, 0) + number
    return (
        yes_no_series(HabitKey.FOLLOW_UPS, window, (
            (week, within_cadence(gap, cad), n) for week, cad, gap, _a, _m, n in rows if cad
        )),
        yes_no_series(HabitKey.REPLIES, window, (
            (week, bool(ans), n) for week, _c, _g, ans, _m, n in rows if ans is not None
        )),
        count_series(HabitKey.MEETINGS, window, meetings),
    )


def new_connections(conn: Connection, window: HabitWindow) -> HabitSeries:
    return count_series(HabitKey.NEW_CONNECTIONS, window,
                        reads.new_contacts_by_week(conn, window.bounds_utc()))


def all_series(conn: Connection, window: HabitWindow) -> tuple[HabitSeries, ...]:
    return (promises_kept(conn, window), *interaction_series(conn, window),
            new_connections(conn, window))
