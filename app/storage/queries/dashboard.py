"""The dashboard's per-contact reads as plain SQL on a DB-API connection (the contact page's
trust ledger opens with every contact page: SQLAlchemy statement building was most of it).

The 12-week habit series stay in app/services/habit_queries.py. A set-based rewrite of its
interaction read (LAG over each contact's two-way moments instead of a correlated subquery
per interaction) gave the same rows but no speed: at 465,000 interactions both cost
1.0-1.7 s of CPU here, most of it reading the window's 148,000 rows (a table lookup each)
and grouping them. It is in the history of branch s-perf (commits b49e0fa, d60de45).
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain.enums import Direction
from app.domain.habits import IN_PERSON_CHANNELS

MUTUAL = Direction.MUTUAL.value
IN_PERSON = tuple(channel.value for channel in IN_PERSON_CHANNELS)


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
