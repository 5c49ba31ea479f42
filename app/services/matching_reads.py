"""The small reads common ground is made of: my groups, profiles, labels, names, the
dismissed introductions, and the "Ask the network" queries (see matching.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, select, text

from app.domain.matching import PAIRINGS, Overlap, Profile
from app.services.contacts import display_name
from app.services.matching_values import Reason
from app.storage.queries.matching import holdings_of
from app.storage.tables import Contact, ContactTopic, Group, GroupTopic, Setting, Topic

DISMISSED_KEY = "dismissed_introductions"


@dataclass
class _Groups:
    names: dict[int, str]
    by_topic: dict[int, list[tuple[int, str]]]
    urls: dict[int, str] = field(default_factory=dict)

    def get_by_topic(self, topic_id: int) -> list[tuple[int, str]]:
        return self.by_topic.get(topic_id, [])


def _my_groups(conn: Connection) -> _Groups:
    rows = conn.execute(
        select(Group.id, Group.name, GroupTopic.topic_id, Group.url)
        .outerjoin(GroupTopic, GroupTopic.group_id == Group.id).where(Group.i_am_member.is_(True))
    ).all()
    groups = _Groups({}, {})
    for group_id, name, topic_id, url in rows:
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
    # "is_me = 1", not "IS 1": only the former uses the partial index ux_contact_me.
    return conn.execute(select(Contact.id).where(Contact.is_me == True)).scalar()  # noqa: E712


def _profile(conn: Connection, contact_id: int) -> Profile:
    return Profile.from_rows(conn.execute(
        select(ContactTopic.topic_id, ContactTopic.kind).where(ContactTopic.contact_id == contact_id)
    ).all())


def _profiles(conn: Connection, contact_ids) -> dict[int, Profile]:
    entries: dict[int, list[tuple[int, str]]] = {cid: [] for cid in contact_ids}
    for contact_id, topic_id, kind in holdings_of(conn.connection.driver_connection, entries):
        entries[contact_id].append((topic_id, kind))
    return {cid: Profile.from_rows(rows) for cid, rows in entries.items()}


def _labels(conn: Connection, topic_ids) -> dict[int, str]:
    if not topic_ids:
        return {}
    return dict(conn.execute(select(Topic.id, Topic.label).where(Topic.id.in_(set(topic_ids)))).all())


def _names(conn: Connection, contact_ids) -> dict[int, str]:
    rows = conn.execute(
        select(Contact.id, Contact.given_name, Contact.family_name, Contact.nickname)
        .where(Contact.id.in_(set(contact_ids)))
    ).all()
    return {r[0]: display_name(r[1], r[2], r[3]) for r in rows}


def _dismissed(conn: Connection) -> list[list[int]]:
    return conn.execute(select(Setting.value).where(Setting.key == DISMISSED_KEY)).scalar() or []
