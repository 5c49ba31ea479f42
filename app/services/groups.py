"""Groups: communities and associations, their topics, and who is in them."""

from __future__ import annotations

from collections.abc import Sequence

from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain import validation
from app.domain.names import fold, name_key
from app.services.base import NotFoundError, Service, ValidationError
from app.services.contacts import display_name
from app.services.topics import find_or_create
from app.storage.tables import Contact, Group, GroupTopic, Membership, Topic


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    description: str
    url: str
    i_am_member: bool
    topics: tuple[str, ...]


@dataclass(frozen=True)
class GroupMember:
    contact_id: int
    name: str


@dataclass(frozen=True)
class DeletedGroup:
    """Everything delete() removed, for restore() to put back exactly (same id)."""

    values: dict
    topic_ids: tuple[int, ...]
    contact_ids: tuple[int, ...]


def clean_url(url: str) -> str:
    """"" stays empty; anything else must be a web address ("xing.com/…" gets https://)."""
    if not url.strip():
        return ""
    try:
        return validation.url(url)
    except validation.FieldError as error:
        raise ValidationError("url", error.message) from None


class GroupsService(Service):
    def create(self, name: str, description: str = "", url: str = "", i_am_member: bool = False,
               topics: Sequence[str] = ()) -> int:
        name = _clean_name(name)
        url = clean_url(url)
        with self.db.write() as conn:
            _check_unique(conn, name)
            group_id = conn.execute(
                insert(Group).values(name=name, description=description, url=url,
                                     i_am_member=i_am_member)
            ).inserted_primary_key[0]
            for label in topics:
                topic_id = find_or_create(conn, label)
                conn.execute(sqlite_insert(GroupTopic).values(group_id=group_id, topic_id=topic_id)
                             .on_conflict_do_nothing())
        self.events.emit("groups")
        return group_id

    def set_member(self, group_id: int, i_am_member: bool) -> None:
        with self.db.write() as conn:
            if conn.execute(update(Group).where(Group.id == group_id)
                            .values(i_am_member=i_am_member)).rowcount == 0:
                raise NotFoundError(f"group {group_id} does not exist")
        self.events.emit("groups")

    def add_contact(self, group_id: int, contact_id: int) -> None:
        with self.db.write() as conn:
            conn.execute(
                sqlite_insert(Membership).values(group_id=group_id, contact_id=contact_id)
                .on_conflict_do_nothing()
            )
        self.events.emit("groups", contact_id)

    def remove_contact(self, group_id: int, contact_id: int) -> None:
        with self.db.write() as conn:
            conn.execute(delete(Membership).where(Membership.group_id == group_id,
                                                  Membership.contact_id == contact_id))
        self.events.emit("groups", contact_id)

    def all(self) -> list[GroupRow]:
        with self.db.read() as conn:
            groups = conn.execute(select(Group.id, Group.name, Group.description, Group.url,
                                         Group.i_am_member)).all()
            topics: dict[int, list[str]] = {}
            for group_id, label in conn.execute(
                select(GroupTopic.group_id, Topic.label).join(Topic, Topic.id == GroupTopic.topic_id)
            ):
                topics.setdefault(group_id, []).append(label)
        return [GroupRow(g[0], g[1], g[2], g[3], g[4],
                         tuple(sorted(topics.get(g[0], ()), key=str.casefold)))
                for g in sorted(groups, key=lambda g: (fold(g[1]), g[0]))]  # Ärzte with the A's

    def of_contact(self, contact_id: int) -> list[int]:
        with self.db.read() as conn:
            return list(conn.execute(select(Membership.group_id)
                                     .where(Membership.contact_id == contact_id)).scalars())

    def get(self, group_id: int) -> GroupRow:
        for group in self.all():
            if group.id == group_id:
                return group
        raise NotFoundError(f"group {group_id} does not exist")

    def update(self, group_id: int, name: str, description: str = "", url: str = "",
               i_am_member: bool = False, topics: list[str] | None = None) -> None:
        """Rename and edit a group; `topics` (when given) replaces its topics."""
        name = _clean_name(name)
        url = clean_url(url)
        with self.db.write() as conn:
            _check_unique(conn, name, group_id)
            if conn.execute(update(Group).where(Group.id == group_id).values(
                    name=name, description=description.strip(), url=url,
                    i_am_member=i_am_member)).rowcount == 0:
                raise NotFoundError(f"group {group_id} does not exist")
            if topics is not None:
                topic_ids = {find_or_create(conn, label) for label in topics if label.strip()}
                conn.execute(delete(GroupTopic).where(GroupTopic.group_id == group_id))
                for topic_id in sorted(topic_ids):
                    conn.execute(insert(GroupTopic).values(group_id=group_id, topic_id=topic_id))
            members = self._member_ids(conn, group_id)
        self.events.emit("groups", *members)

    def delete(self, group_id: int) -> DeletedGroup:
        """Delete a group with its topics and memberships; returns what restore() needs."""
        with self.db.write() as conn:
            row = conn.execute(select(Group.__table__).where(Group.id == group_id)).mappings().first()
            if row is None:
                raise NotFoundError(f"group {group_id} does not exist")
            topic_ids = tuple(conn.execute(select(GroupTopic.topic_id)
                                           .where(GroupTopic.group_id == group_id)).scalars())
            members = self._member_ids(conn, group_id)
            conn.execute(delete(GroupTopic).where(GroupTopic.group_id == group_id))
            conn.execute(delete(Membership).where(Membership.group_id == group_id))
            conn.execute(delete(Group).where(Group.id == group_id))
        self.events.emit("groups", *members)
        return DeletedGroup(dict(row), topic_ids, members)

    def restore(self, deleted: DeletedGroup) -> int:
        """Undo a delete: the group with its topics and members (those that still exist),
        under its own id. A group made since that took the id (SQLite reuses the highest)
        or the name keeps it: the restored one gets a new id or "name (2)". Returns its id."""
        values = dict(deleted.values)
        with self.db.write() as conn:
            if conn.execute(select(Group.id).where(Group.id == values["id"])).first():
                del values["id"]
            base, n = values["name"], 2
            while conn.execute(select(Group.id).where(Group.name == values["name"])).first():
                values["name"], n = f"{base} ({n})", n + 1
            group_id = conn.execute(insert(Group).values(**values)).inserted_primary_key[0]
            for topic_id in deleted.topic_ids:
                conn.execute(sqlite_insert(GroupTopic).values(group_id=group_id, topic_id=topic_id)
                             .prefix_with("OR IGNORE"))
            alive = set(conn.execute(select(Contact.id)
                                     .where(Contact.id.in_(deleted.contact_ids))).scalars())
            for contact_id in sorted(alive):
                conn.execute(insert(Membership).values(group_id=group_id, contact_id=contact_id))
        self.events.emit("groups", *sorted(alive))
        return group_id

    def members(self, group_id: int) -> list[GroupMember]:
        """The contacts in a group, by name."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(Contact.id, Contact.given_name, Contact.family_name, Contact.nickname)
                .join(Membership, Membership.contact_id == Contact.id)
                .where(Membership.group_id == group_id, Contact.deleted_at.is_(None))
            ).all()
        # In the contacts list's order: Özlem with the O's, not after Zoë; Böhm before Brown
        rows = sorted(rows, key=lambda r: (name_key(r[1], r[2], r[3]), r[0]))
        return [GroupMember(r[0], display_name(r[1], r[2], r[3])) for r in rows]

    @staticmethod
    def _member_ids(conn, group_id: int) -> tuple[int, ...]:
        return tuple(sorted(conn.execute(select(Membership.contact_id)
                                         .where(Membership.group_id == group_id)).scalars()))


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "a group needs a name")
    return name


def _check_unique(conn, name: str, group_id: int | None = None) -> None:
    query = select(Group.id).where(Group.name == name)
    if group_id is not None:
        query = query.where(Group.id != group_id)
    if conn.execute(query).first():
        raise ValidationError("name", f"a group called “{name}” already exists")
