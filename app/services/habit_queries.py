"""The 12-week habit series, one GROUP BY query each, never a query per contact.

Weeks are local (Monday to Sunday). Instants are bucketed in SQL with a CASE over the 13
week boundaries converted to UTC, so DST changes inside the window are exact; dates (a
promise's due day) carry no time zone and are bucketed as they are. The rules that decide
what counts live in app.domain.habits; SQL only groups by the facts those rules need.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import ColumnClause, Connection, Integer, and_, case, cast, func, literal_column, select
from sqlalchemy.orm import aliased

from app.domain.enums import Direction, PromiseOwner
from app.domain.habits import (
    IN_PERSON_CHANNELS, HabitKey, HabitSeries, HabitWindow, count_series, promises_kept_series,
    within_cadence, yes_no_series,
)
from app.storage.tables import Contact, Interaction, Promise


# "+contact.id" keeps SQLite from scanning all of interaction and looking contacts up: it
# walks the contacts and reads each one's window from ix_interaction_contact_time instead,
# so only the window's rows are fetched (a few pages when history grows in time order).
BY_CONTACT: ColumnClause[int] = literal_column("+contact.id")


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
    pass over the window's interactions (the costly part at 500,000 interactions)."""
    bounds = window.bounds_utc()
    two_way = Interaction.direction != Direction.OUTBOUND
    measured = and_(two_way, Contact.cadence_days.is_not(None))
    previous = aliased(Interaction)
    before = (
        select(previous.occurred_at)
        .where(previous.contact_id == Interaction.contact_id,
               previous.occurred_at < Interaction.occurred_at,
               previous.direction != Direction.OUTBOUND)
        .order_by(previous.occurred_at.desc())
        .limit(1)
        .correlate(Interaction)
        .scalar_subquery()
    )
    since = func.coalesce(before, Contact.created_at)
    # Only two-way contact with people who have a cadence is measured (and looked back on).
    gap_days = case((measured, cast(func.julianday(Interaction.occurred_at) - func.julianday(since),
                                    Integer)))
    cadence = case((measured, Contact.cadence_days))
    # Answered: the contact's last two-way interaction (kept current by the interactions
    # service) came after this message; no search through later history needed.
    answered = case((Interaction.direction == Direction.OUTBOUND,
                     Contact.last_two_way_at > Interaction.occurred_at))
    in_person = and_(Interaction.channel.in_(IN_PERSON_CHANNELS),
                     Interaction.direction == Direction.MUTUAL)
    labels = (
        _week_of(Interaction.occurred_at, bounds).label("week"), cadence.label("cadence"),
        gap_days.label("gap"), answered.label("answered"), in_person.label("in_person"),
    )
    rows = conn.execute(
        select(*labels, func.count())
        .select_from(Contact)
        .join(Interaction, Interaction.contact_id == BY_CONTACT)
        .where(*_people(), Interaction.occurred_at >= bounds[0],
               Interaction.occurred_at < bounds[-1])
        .group_by(*(literal_column(label.name) for label in labels))
    ).all()
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
