"""Common ground's hot reads as plain SQL on a DB-API connection or cursor: the network
index's grouped reads and one contact's match candidates (app/services/matching*.py).

Visible means what the introductions may suggest: not Me, not archived, not in the trash.
"""

from __future__ import annotations

from typing import Iterable

VISIBLE = "c.is_me IS 0 AND c.deleted_at IS NULL AND c.archived IS 0"


def network_holders(cursor, hidden: set[int]) -> dict[tuple[int, str], list[int]]:
    """Every (topic, kind) with its holders but the hidden ones, ascending ids: one row per
    pair, the ids grouped by SQLite along the (topic_id, kind) index (a few hundred rows
    instead of one per holding; the few hidden people are taken out here, cheaper than a
    join with contact)."""
    rows = cursor.execute(
        "SELECT topic_id, kind, group_concat(contact_id) FROM contact_topic "
        "GROUP BY topic_id, kind ORDER BY topic_id, kind"
    ).fetchall()
    holders = {}
    for topic_id, kind, ids in rows:
        found = sorted(map(int, ids.split(",")))
        if hidden:
            found = [cid for cid in found if cid not in hidden]
        if found:
            holders[(topic_id, kind)] = found
    return holders


def hidden_ids(cursor) -> set[int]:
    """Me, the archived and the trashed: never suggested (a few percent of contacts)."""
    return {row[0] for row in cursor.execute(f"SELECT c.id FROM contact c WHERE NOT ({VISIBLE})")}


def listing_order(cursor) -> list[int]:
    """The visible contacts' ids in the contact listing's order (family, given name, id)."""
    return [row[0] for row in cursor.execute(
        f"SELECT c.id FROM contact c WHERE {VISIBLE} ORDER BY c.family_name, c.given_name, c.id")]


def holdings_of(cursor, contact_ids: Iterable[int]) -> list[tuple[int, int, str]]:
    """(contact, topic, kind) of these contacts."""
    ids = sorted(set(contact_ids))
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return cursor.execute(
        f"SELECT contact_id, topic_id, kind FROM contact_topic WHERE contact_id IN ({marks})", ids
    ).fetchall()
