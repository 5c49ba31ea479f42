"""Groups: communities and associations, their topics, and who is in them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.services.base import NotFoundError, Service, ValidationError
from app.services.topics import find_or_create
from app.storage.tables import Group, GroupTopic, Membership, Topic


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    description: str
    url: str
    i_am_member: bool
    topics: tuple[str, ...]


class GroupsService(Service):
    def create(self, name: str, description: str = "", url: str = "", i_am_member: bool = False,
               topics: list[str] = ()) -> int:  # fmt: skip
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "a group needs a name")
        with self.db.write() as conn:
            if conn.execute(select(Group.id).where(Group.name == name)).first():
                raise ValidationError("name", f"a group called “{name}” already exists")
            group_id = conn.execute(
                insert(Group).values(name=name, description=description, url=url,
                                     i_am_member=i_am_member)  # fmt: skip
            ).inserted_primary_key[0]
            for label in topics:
                topic_id = find_or_create(conn, label)
                conn.execute(sqlite_insert(GroupTopic).values(group_id=group_id, topic_id=topic_id)
                             .on_conflict_do_nothing())  # fmt: skip
        self.events.emit("groups")
        return group_id

    def set_member(self, group_id: int, i_am_member: bool) -> None:
        with self.db.write() as conn:
            if conn.execute(update(Group).where(Group.id == group_id)
                            .values(i_am_member=i_am_member)).rowcount == 0:  # fmt: skip
                raise NotFoundError(f"group {group_id} does not exist")
        self.events.emit("groups")

    def add_contact(self, group_id: int, contact_id: int) -> None:
        with self.db.write() as conn:
            conn.execute(
                sqlite_insert(Membership).values(group_id=group_id, contact_id=contact_id)
                .on_conflict_do_nothing()
            )  # fmt: skip
        self.events.emit("groups", contact_id)

    def remove_contact(self, group_id: int, contact_id: int) -> None:
        with self.db.write() as conn:
            conn.execute(delete(Membership).where(Membership.group_id == group_id,
                                                  Membership.contact_id == contact_id))  # fmt: skip
        self.events.emit("groups", contact_id)

    def all(self) -> list[GroupRow]:
        with self.db.read() as conn:
            groups = conn.execute(select(Group.id, Group.name, Group.description, Group.url,
                                         Group.i_am_member).order_by(Group.name)).all()  # fmt: skip
            topics: dict[int, list[str]] = {}
            for group_id, label in conn.execute(
                select(GroupTopic.group_id, Topic.label).join(Topic, Topic.id == GroupTopic.topic_id)
            ):
                topics.setdefault(group_id, []).append(label)
        return [GroupRow(g[0], g[1], g[2], g[3], g[4], tuple(sorted(topics.get(g[0], ()))))
                for g in groups]  # fmt: skip

    def of_contact(self, contact_id: int) -> list[int]:
        with self.db.read() as conn:
            return list(conn.execute(select(Membership.group_id)
                                     .where(Membership.contact_id == contact_id)).scalars())  # fmt: skip
