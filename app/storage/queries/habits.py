"""The 12-week habit series' reads: one GROUP BY query each, never a query per contact.

Weeks are local (Monday to Sunday). Instants are bucketed in SQL with a CASE over the 13
week boundaries converted to UTC, so DST changes inside the window are exact; dates (a
promise's due day) carry no time zone and are bucketed as they are. SQL only groups by the
facts the rules in app.domain.habits need; app/services/habit_queries.py applies them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import ColumnClause, Connection, Integer, and_, case, cast, func, literal_column, select, text
from sqlalchemy.orm import aliased

from app.domain.enums import Direction, PromiseOwner
from app.domain.habits import IN_PERSON_CHANNELS, HabitWindow
from app.storage.queries.predicates import person
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
    return text(person(Contact.__tablename__))


def promises_by_due(conn: Connection, window: HabitWindow) -> list[tuple[date, str, bool, int]]:
    """(due day, state, resolved before the end of the due day (local), count) of my
    promises due in the window."""
    span = (window.end_day - window.first_day).days
    days = [window.first_day + timedelta(days=n) for n in range(span)]
    # Before the end of the (current) due day, local time: one cutoff per day of the window.
    cutoff = case({day: window.day_end_utc(day) for day in days}, value=Promise.due)
    by_due = func.coalesce(Promise.resolved_at < cutoff, False)
    rows = conn.execute(
        select(Promise.due, Promise.state, by_due, func.count())
        .join(Contact, Contact.id == Promise.contact_id)
        .where(Promise.owner == PromiseOwner.ME, Promise.due >= window.first_day,
               Promise.due < window.end_day, _people())
        .group_by(Promise.due, Promise.state, by_due)
    ).all()
    return [(due, state, bool(ok), n) for due, state, ok, n in rows]


def interactions_by_week(conn: Connection, window: HabitWindow) -> list[tuple]:
    """(week, cadence, gap days, answered, in person, count) from one pass over the
    window's interactions (the costly part at 500,000 interactions). cadence and gap are
    set for two-way contact with people who have a cadence (the gap since the two-way
    contact before it); answered for my outbound messages."""
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
    return [tuple(r) for r in conn.execute(
        select(*labels, func.count())
        .select_from(Contact)
        .join(Interaction, Interaction.contact_id == BY_CONTACT)
        .where(_people(), Interaction.occurred_at >= bounds[0],
               Interaction.occurred_at < bounds[-1])
        .group_by(*(literal_column(label.name) for label in labels))
    ).all()]


def new_contacts_by_week(conn: Connection, bounds: list[datetime]) -> dict[int, int]:
    """week -> contacts created in it."""
    week = _week_of(Contact.created_at, bounds)
    rows = conn.execute(
        select(week, func.count())
        .where(_people(), and_(Contact.created_at >= bounds[0], Contact.created_at < bounds[-1]))
        .group_by(week)
    ).all()
    return {w: n for w, n in rows}
