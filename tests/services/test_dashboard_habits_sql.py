"""The habit series' set-based read (app.storage.queries.dashboard: a window function finds
the previous two-way contact) gives exactly the figures of the correlated subquery it
replaced, on a generated network plus the edge cases by hand (ties, history before the
window, a first contact in the window, trashed people, Me)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, and_, case, cast, func, literal_column, select
from sqlalchemy.orm import aliased

from app.domain.clock import local_today
from app.domain.enums import Direction
from app.domain.habits import IN_PERSON_CHANNELS, HabitKey, HabitWindow
from app.services.sample import SampleNetwork
from app.storage.queries.dashboard import interaction_habit_rows
from app.storage.tables import Contact, Interaction

BERLIN = ZoneInfo("Europe/Berlin")


def _reference_rows(conn, bounds):
    """The statement the dashboard ran before (one correlated subquery per interaction),
    kept here as the oracle."""
    two_way = Interaction.direction != Direction.OUTBOUND
    measured = and_(two_way, Contact.cadence_days.is_not(None))
    previous = aliased(Interaction)
    before = (
        select(previous.occurred_at)
        .where(previous.contact_id == Interaction.contact_id,
               previous.occurred_at < Interaction.occurred_at,
               previous.direction != Direction.OUTBOUND)
        .order_by(previous.occurred_at.desc()).limit(1)
        .correlate(Interaction).scalar_subquery()
    )
    since = func.coalesce(before, Contact.created_at)
    gap = case((measured, cast(func.julianday(Interaction.occurred_at) - func.julianday(since),
                               Integer)))
    week = case(*[(Interaction.occurred_at < b, i) for i, b in enumerate(bounds[1:-1])],
                else_=len(bounds) - 2)
    labels = (week.label("week"), case((measured, Contact.cadence_days)).label("cadence"),
              gap.label("gap"),
              case((Interaction.direction == Direction.OUTBOUND,
                    Contact.last_two_way_at > Interaction.occurred_at)).label("answered"),
              and_(Interaction.channel.in_(IN_PERSON_CHANNELS),
                   Interaction.direction == Direction.MUTUAL).label("in_person"))
    return conn.execute(
        select(*labels, func.count()).select_from(Contact)
        .join(Interaction, Interaction.contact_id == literal_column("+contact.id"))
        .where(Contact.is_me.is_(False), Contact.deleted_at.is_(None),
               Interaction.occurred_at >= bounds[0], Interaction.occurred_at < bounds[-1])
        .group_by(*(literal_column(label.name) for label in labels))
    ).all()


def _edge_cases(services, clock):
    log = services.interactions.log
    clock.set(datetime(2026, 6, 1, 9, tzinfo=BERLIN))
    tied = services.contacts.create(given_name="Tia", cadence_days=14)
    early = services.contacts.create(given_name="Eli", cadence_days=30)
    quiet = services.contacts.create(given_name="Quinn", cadence_days=21)  # only my messages before
    trashed = services.contacts.create(given_name="Tom", cadence_days=7)
    at = lambda m, d, h=10: datetime(2026, m, d, h, tzinfo=BERLIN)  # noqa: E731
    log(early, "meeting", "mutual", occurred_at=at(7, 1))  # before the window
    log(early, "email", "outbound", occurred_at=at(8, 20))
    log(early, "email", "inbound", occurred_at=at(9, 10))  # first in the window: back to July
    log(early, "phone", "mutual", occurred_at=at(10, 2))
    for when in (at(9, 20), at(10, 5), at(10, 5), at(10, 5), at(10, 20)):  # a three-way tie
        log(tied, "message", "inbound", occurred_at=when)
    log(tied, "event", "mutual", occurred_at=at(10, 20))  # ties the last one too
    log(quiet, "email", "outbound", occurred_at=at(7, 10))
    log(quiet, "email", "inbound", occurred_at=at(10, 1))  # measured from when added
    log(trashed, "phone", "mutual", occurred_at=at(10, 3))
    services.contacts.trash(trashed)
    me = services.contacts.me_id()
    log(me, "meeting", "mutual", occurred_at=at(10, 4))
    clock.set(datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN))


def test_same_rows_and_series_as_the_correlated_subquery(services, clock):
    SampleNetwork(services.db, clock, services.events).generate(300)
    _edge_cases(services, clock)
    window = HabitWindow.ending(local_today(clock), clock.local_tz(), 12)
    bounds = window.bounds_utc()
    with services.db.read() as conn:
        old = _reference_rows(conn, bounds)
        new = interaction_habit_rows(conn, window)

    def normal(rows):
        # SQLAlchemy hands the flags back as bool, the DB-API as 0/1.
        return sorted((tuple(-1 if v is None else int(v) for v in r) for r in rows))

    assert len(new) > 50, "the generated network fills many groups"
    assert sum(n for *_k, n in new) == sum(n for *_k, n in old) > 500
    assert normal(new) == normal(old)
    # The edge cases are in there: a tie counts its gap to the earlier moment (not 0 days).
    series = {s.key: s for s in services.dashboard.habits()}
    assert sum(p.total or 0 for p in series[HabitKey.FOLLOW_UPS].points) > 50


def test_a_tie_is_measured_from_the_moment_before(services, clock):
    clock.set(datetime(2026, 10, 1, 9, tzinfo=BERLIN))
    who = services.contacts.create(given_name="Tia", cadence_days=3)
    first = datetime(2026, 10, 12, 10, tzinfo=BERLIN)
    services.interactions.log(who, "phone", "mutual", occurred_at=first)
    for _ in range(2):  # two at the same instant a week later: both late (not 0 days)
        services.interactions.log(who, "email", "inbound", occurred_at=first + timedelta(days=7))
    clock.set(datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN))
    points = {s.key: s for s in services.dashboard.habits()}[HabitKey.FOLLOW_UPS].points
    counted = [(p.count, p.total) for p in points if p.total]
    assert counted == [(0, 1), (0, 2)]  # 11 days after added: late; the tie: 7 days, late
