"""The small reads common ground is made of: my groups, profiles, labels, names, the
dismissed introductions, and the "Ask the network" queries (see matching.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, text

from app.domain.matching import PAIRINGS, Overlap, Profile
from app.services.contacts import display_name
from app.services.matching_values import Reason
from app.storage.queries.matching import (
    holdings_of, me_id, my_group_rows, names_rows, profile_rows, setting_json, topic_labels,
)

DISMISSED_KEY = "dismissed_introductions"


@dataclass
class _Groups:
    names: dict[int, str]
    by_topic: dict[int, list[tuple[int, str]]]
    urls: dict[int, str] = field(default_factory=dict)

    def get_by_topic(self, topic_id: int) -> list[tuple[int, str]]:
        return self.by_topic.get(topic_id, [])


def _my_groups(conn: Connection) -> _Groups:
    groups = _Groups({}, {})
    for group_id, name, topic_id, url in my_group_rows(conn.connection.driver_connection):
        groups.names[group_id] = name
        groups.urls[group_id] = url or ""
        if topic_id is not None:
            groups.by_topic.setdefault(topic_id, []).append((group_id, name))
    return groups


def _reason(overlap: Overlap, labels: dict[int, str]) -> Reason:
    return Reason(overlap.link, labels.get(overlap.topic_id, "?"))


# CROSS JOIN keeps contact_topic's (topic_id, kind) index as the outer loop; a plain join
# lets SQLite start from the contact listing index and walk all 50,000 contacts.
_ASK = text(
    "SELECT c.id, c.given_name, c.family_name, c.nickname, ct.topic_id "
    "FROM contact_topic ct CROSS JOIN contact c ON c.id = ct.contact_id "
    "WHERE ct.topic_id IN :topics AND ct.kind = :kind "
    "AND c.is_me = 0 AND c.archived = 0 AND c.deleted_at IS NULL "
    "ORDER BY c.last_two_way_at IS NULL, c.last_two_way_at DESC, c.id LIMIT :limit"
).bindparams(bindparam("topics", expanding=True))
_ASK_IDS = text(
    "SELECT contact_id FROM contact_topic WHERE topic_id IN :topics AND kind = :kind"
).bindparams(bindparam("topics", expanding=True))
_LINK_OF = {kind_a: link for kind_a, _kind_b, link in PAIRINGS}


def _me(conn: Connection) -> int | None:
    return me_id(conn.connection.driver_connection)


def _profile(conn: Connection, contact_id: int) -> Profile:
    return Profile.from_rows(profile_rows(conn.connection.driver_connection, contact_id))


def _profiles(conn: Connection, contact_ids) -> dict[int, Profile]:
    entries: dict[int, list[tuple[int, str]]] = {cid: [] for cid in contact_ids}
    for contact_id, topic_id, kind in holdings_of(conn.connection.driver_connection, entries):
        entries[contact_id].append((topic_id, kind))
    return {cid: Profile.from_rows(rows) for cid, rows in entries.items()}


def _labels(conn: Connection, topic_ids) -> dict[int, str]:
    return topic_labels(conn.connection.driver_connection, topic_ids)


def _names(conn: Connection, contact_ids) -> dict[int, str]:
    return {r[0]: display_name(r[1], r[2], r[3])
            for r in names_rows(conn.connection.driver_connection, contact_ids)}


def _dismissed(conn: Connection) -> list[list[int]]:
    return json.loads(setting_json(conn.connection.driver_connection, DISMISSED_KEY) or "[]")
