"""The 12-week habit series, one GROUP BY query each, never a query per contact.

Weeks are local (Monday to Sunday). Instants are bucketed in SQL with a CASE over the 13
week boundaries converted to UTC, so DST changes inside the window are exact; dates (a
promise's due day) carry no time zone and are bucketed as they are. The rules that decide
what counts live in app.domain.habits; SQL only groups by the facts those rules need.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Connection, and_, case, func, select

from app.domain.enums import PromiseOwner
from app.domain.habits import (
    HabitKey, HabitSeries, HabitWindow, count_series, promises_kept_series,
    within_cadence, yes_no_series,
)
from app.storage.queries.dashboard import interaction_habit_rows
from app.storage.tables import Contact, Promise


def _week_of(column, bounds):
    """Week index 0..n-1 of an instant column, given the n + 1 UTC boundaries."""
    return case(*[(column < bound, index) for index, bound in enumerate(bounds[1:-1])],
                else_=len(bounds) - 2)


def _people():
    return (Contact.is_me.is_(False), Contact.deleted_at.is_(None))


def promises_kept(conn: Connection, window: HabitWindow) -> HabitSeries:
    span = (window.end_day - window.first_day).days
    days = [window.first_day + timedelta(days=n) for n in range(span)]
    # Before the end of the (current) due day, local time: one cutoff per day of the window.
    cutoff = case({day: window.day_end_utc(day) for day in days}, value=Promise.due)
    by_due = func.coalesce(Promise.resolved_at < cutoff, False)
    rows = conn.execute(
        select(Promise.due, Promise.state, by_due, func.count())
        .join(Contact, Contact.id == Promise.contact_id)
        .where(Promise.owner == PromiseOwner.ME, Promise.due >= window.first_day,
               Promise.due < window.end_day, *_people())
        .group_by(Promise.due, Promise.state, by_due)
    ).all()
    return promises_kept_series(window, ((due, state, bool(ok), n) for due, state, ok, n in rows))


def interaction_series(conn: Connection, window: HabitWindow) -> tuple[HabitSeries, ...]:
    """Follow-ups within cadence, replies to my outreach and in-person meetings, from one
    set-based read of the window's interactions (app.storage.queries.dashboard)."""
    rows = interaction_habit_rows(conn, window)
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
    bounds = window.bounds_utc()
    week = _week_of(Contact.created_at, bounds)
    rows = conn.execute(
        select(week, func.count())
        .where(*_people(), and_(Contact.created_at >= bounds[0], Contact.created_at < bounds[-1]))
        .group_by(week)
    ).all()
    return count_series(HabitKey.NEW_CONNECTIONS, window, dict(rows))


def all_series(conn: Connection, window: HabitWindow) -> tuple[HabitSeries, ...]:
    return (promises_kept(conn, window), *interaction_series(conn, window),
            new_connections(conn, window))
