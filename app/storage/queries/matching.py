"""Common ground's hot reads as plain SQL on a DB-API connection or cursor: the network
index's grouped reads and one contact's match candidates (app/services/matching*.py).

Visible means what the introductions may suggest: not Me, not archived, not in the trash.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from app.storage.queries.predicates import today_contact

VISIBLE = today_contact("c")  # not Me, not archived, not in the trash


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
        f"SELECT c.id FROM contact c WHERE {VISIBLE} ORDER BY c.family_key, c.given_key, c.id")]


def holdings_of(cursor, contact_ids: Iterable[int]) -> list[tuple[int, int, str]]:
    """(contact, topic, kind) of these contacts."""
    ids = sorted(set(contact_ids))
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return cursor.execute(
        f"SELECT contact_id, topic_id, kind FROM contact_topic WHERE contact_id IN ({marks})", ids
    ).fetchall()


# --- one contact's matches (introductions_for): a handful of indexed reads ---------------
def profile_rows(cursor, contact_id: int) -> list[tuple[int, str]]:
    """(topic, kind) of one contact."""
    return cursor.execute(
        "SELECT topic_id, kind FROM contact_topic WHERE contact_id = ?", (contact_id,)).fetchall()


def known_pairs_of(cursor, contact_id: int) -> list[tuple[int, int]]:
    """Pairs with this contact that are not to be suggested: introduced (an interaction
    pointing at the other) or related on their pages."""
    return cursor.execute(
        "SELECT contact_id, related_contact_id FROM interaction "
        "WHERE contact_id = ?1 AND related_contact_id IS NOT NULL "
        "UNION ALL SELECT contact_id, related_contact_id FROM interaction "
        "WHERE related_contact_id = ?1 "
        "UNION ALL SELECT contact_id, other_id FROM relationship "
        "WHERE contact_id = ?1 OR other_id = ?1", (contact_id,)).fetchall()


def setting_json(cursor, key: str):
    """A setting's stored JSON text, or None."""
    row = cursor.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def candidate_scores(cursor, wanted: Sequence[tuple[int, str, float]], cap: int):
    """(contact, summed weight) of the people holding any wanted (topic, kind): at most
    `cap` holders read per (topic, kind) along its index, then each scored by every wanted
    (topic, kind) they hold."""
    params: dict[str, object] = {"cap": cap}
    pools, values = [], []
    for i, (topic_id, kind, weight) in enumerate(wanted):
        params.update({f"t{i}": topic_id, f"k{i}": kind, f"w{i}": weight})
        pools.append(f"SELECT * FROM (SELECT contact_id FROM contact_topic "
                     f"WHERE topic_id = :t{i} AND kind = :k{i} LIMIT :cap)")
        values.append(f"(:t{i}, :k{i}, :w{i})")
    return cursor.execute(
        f"WITH wanted(topic_id, kind, weight) AS (VALUES {', '.join(values)}), "
        f"pool(contact_id) AS ({' UNION '.join(pools)}) "
        "SELECT ct.contact_id, SUM(w.weight) FROM pool p "
        "CROSS JOIN contact_topic ct ON ct.contact_id = p.contact_id "
        "JOIN wanted w ON w.topic_id = ct.topic_id AND w.kind = ct.kind "
        "GROUP BY ct.contact_id", params).fetchall()


def names_rows(cursor, contact_ids: Iterable[int]) -> list[tuple[int, str, str, str]]:
    """(id, given, family, nickname) of these contacts."""
    ids = sorted(set(contact_ids))
    marks = ", ".join("?" for _ in ids)
    return cursor.execute(f"SELECT id, given_name, family_name, nickname FROM contact "
                          f"WHERE id IN ({marks})", ids).fetchall() if ids else []


def topic_labels(cursor, topic_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(topic_ids))
    marks = ", ".join("?" for _ in ids)
    return dict(cursor.execute(f"SELECT id, label FROM topic WHERE id IN ({marks})", ids)
                .fetchall()) if ids else {}


# --- the contact page's "what we share" and group suggestions ----------------------------
def me_id(cursor) -> int | None:
    # "is_me = 1", not "IS 1": only the former uses the partial index ux_contact_me.
    row = cursor.execute("SELECT id FROM contact WHERE is_me = 1").fetchone()
    return row[0] if row else None


def met_where(cursor, contact_id: int) -> tuple[str | None] | None:
    """(met_where,) of the contact, None if there is no such contact."""
    return cursor.execute("SELECT met_where FROM contact WHERE id = ?", (contact_id,)).fetchone()


def my_group_rows(cursor) -> list[tuple[int, str, int | None, str | None]]:
    """(group, name, topic or None, url) of the groups I am a member of."""
    return cursor.execute(
        'SELECT g.id, g.name, gt.topic_id, g.url FROM "group" g '
        "LEFT JOIN group_topic gt ON gt.group_id = g.id WHERE g.i_am_member IS 1").fetchall()


def group_ids_of(cursor, contact_id: int) -> set[int]:
    return {row[0] for row in cursor.execute(
        "SELECT group_id FROM membership WHERE contact_id = ?", (contact_id,))}
