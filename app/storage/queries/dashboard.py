"""The dashboard's interaction habits as one set-based read (plain SQL on a DB-API cursor).

The follow-up habit needs, for every two-way interaction in the window, the gap to the
contact's previous two-way interaction. It was one correlated subquery per interaction
(1.7 s at 465,000 interactions); here it is LAG() over the window's two-way moments per
contact, and only the first moment of each contact in the window looks further back (one
index walk per contact, not per interaction).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from app.domain.enums import Direction
from app.domain.habits import IN_PERSON_CHANNELS, HabitWindow
from app.storage.queries.predicates import person

OUTBOUND, MUTUAL = Direction.OUTBOUND.value, Direction.MUTUAL.value
IN_PERSON = tuple(channel.value for channel in IN_PERSON_CHANNELS)


def stored(when: datetime) -> str:
    """An instant as SQLAlchemy's DateTime stores it on SQLite (naive UTC, microseconds)."""
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


def _interaction_sql(weeks: int) -> str:
    week = " ".join(f"WHEN i.occurred_at < :b{n + 1} THEN {n}" for n in range(weeks - 1))
    week = f"CASE {week} ELSE {weeks - 1} END"
    two_way = f"i.direction != '{OUTBOUND}'"
    in_person = f"(i.channel IN {IN_PERSON} AND i.direction = '{MUTUAL}')"
    # "+c.id": SQLite walks the contacts and reads each one's window from
    # ix_interaction_contact_time, so rows come in (contact, time) order and the window
    # function below needs no sort.
    rows = (f"FROM contact c JOIN interaction i ON i.contact_id = +c.id "
            f"WHERE {person('c')} "
            f"AND i.occurred_at >= :b0 AND i.occurred_at < :b{weeks}")
    # Two passes over disjoint rows: my messages and contact with people without a cadence
    # (grouped as they are), then two-way contact with people who have one, where the
    # window function finds the previous two-way moment.
    return f"""
SELECT {week} AS week, NULL, NULL,
       CASE WHEN NOT {two_way} THEN c.last_two_way_at > i.occurred_at END AS answered,
       {in_person} AS in_person, count(*)
{rows} AND NOT ({two_way} AND c.cadence_days IS NOT NULL)
GROUP BY week, answered, in_person
UNION ALL
SELECT week, cadence_days,
       CAST(julianday(occurred_at) - julianday(coalesce(before, (
           SELECT p.occurred_at FROM interaction p
           WHERE p.contact_id = m.contact_id AND p.occurred_at < :b0
             AND p.direction != '{OUTBOUND}'
           ORDER BY p.occurred_at DESC LIMIT 1), created_at)) AS INTEGER) AS gap,
       NULL, in_person, count(*)
FROM (
    SELECT {week} AS week, c.id AS contact_id, i.occurred_at, c.cadence_days, c.created_at,
           {in_person} AS in_person,
           -- The previous two-way moment: GROUPS makes rows at the same instant one
           -- group, so "previous" is strictly earlier, as the rule says.
           max(i.occurred_at) OVER (PARTITION BY c.id ORDER BY i.occurred_at
                                    GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
    {rows} AND {two_way} AND c.cadence_days IS NOT NULL
) AS m
GROUP BY week, cadence_days, gap, in_person
"""


def interaction_habit_rows(conn, window: HabitWindow) -> list[tuple]:
    """(week, cadence, gap, answered, in_person, count) over the interactions of people (not
    Me, not trashed) in the window; week i is bounds[i] <= t < bounds[i+1] (local weeks as
    UTC instants). cadence and gap are set for two-way contact with people who have a
    cadence (gap: whole days since the previous two-way contact, or since the contact was
    added); answered for my outbound messages (a later two-way contact exists). `conn` is a
    SQLAlchemy Connection; the read runs on its DB-API connection."""
    bounds = window.bounds_utc()
    params = {f"b{i}": stored(bound) for i, bound in enumerate(bounds)}
    return conn.connection.driver_connection.execute(
        _interaction_sql(len(bounds) - 1), params).fetchall()


# --- a contact's trust ledger (the contact page): four indexed reads ---------------------
def contact_exists(cursor, contact_id: int) -> bool:
    return cursor.execute("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone() is not None


def promise_rows(cursor, contact_id: int) -> list[tuple[str, str, date | None, datetime | None]]:
    """(owner, state, due, resolved_at) of the contact's promises, dates parsed."""
    return [(owner, state, date.fromisoformat(due) if due else None,
             datetime.fromisoformat(resolved) if resolved else None)
            for owner, state, due, resolved in cursor.execute(
                "SELECT owner, state, due, resolved_at FROM promise WHERE contact_id = ?",
                (contact_id,))]


# Their own interactions and those they were at among several.
_WAS_THERE = ("(contact_id = ?1 OR id IN "
              "(SELECT interaction_id FROM interaction_participant WHERE contact_id = ?1))")


def direction_counts(cursor, contact_id: int) -> dict[str, int]:
    return dict(cursor.execute(
        f"SELECT direction, count(*) FROM interaction WHERE {_WAS_THERE} GROUP BY direction",
        (contact_id,)).fetchall())


def last_in_person(cursor, contact_id: int) -> datetime | None:
    """When we last met (a mutual meeting or event), naive UTC."""
    marks = ", ".join("?" for _ in IN_PERSON)
    value = cursor.execute(
        f"SELECT max(occurred_at) FROM interaction WHERE {_WAS_THERE} "
        f"AND channel IN ({marks}) AND direction = ?", (contact_id, *IN_PERSON, MUTUAL)
    ).fetchone()[0]
    return datetime.fromisoformat(value) if value else None
