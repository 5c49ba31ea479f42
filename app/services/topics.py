"""Topics: one row per concept, found again by folded key or alias; held by kind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from app.domain.enums import TopicKind
from app.domain.topics import clean_label, fold
from app.services.base import Service, ValidationError
from app.storage import search
from app.storage.tables import ContactTopic, GroupTopic, Topic, TopicAlias


@dataclass(frozen=True)
class HeldTopic:
    topic_id: int
    label: str
    kind: TopicKind
    detail: str


def find_or_create(conn: Connection, label: str) -> int:
    """The id of the topic this label folds to (by key or alias), created if new."""
    label = clean_label(label)
    key = fold(label)
    if not key:
        raise ValidationError("topic", "is empty")
    found = conn.execute(select(Topic.id).where(Topic.key == key)).scalar()
    if found is None:
        found = conn.execute(select(TopicAlias.topic_id).where(TopicAlias.key == key)).scalar()
    if found is None:
        found = conn.execute(insert(Topic).values(label=label, key=key)).inserted_primary_key[0]
    return found


class TopicsService(Service):
    def add(self, contact_id: int, label: str, kind: TopicKind | str, detail: str = "") -> int:
        kind = TopicKind(kind)
        with self.db.write() as conn:
            topic_id = find_or_create(conn, label)
            exists = conn.execute(
                select(ContactTopic.topic_id).where(
                    ContactTopic.contact_id == contact_id,
                    ContactTopic.topic_id == topic_id,
                    ContactTopic.kind == kind,
                )
            ).first()
            if exists is None:
                conn.execute(
                    insert(ContactTopic).values(
                        contact_id=contact_id, topic_id=topic_id, kind=kind, detail=detail.strip()
                    )
                )
        self.events.emit("topics", contact_id)
        return topic_id

    def remove(self, contact_id: int, topic_id: int, kind: TopicKind | str) -> None:
        with self.db.write() as conn:
            conn.execute(
                delete(ContactTopic).where(
                    ContactTopic.contact_id == contact_id,
                    ContactTopic.topic_id == topic_id,
                    ContactTopic.kind == TopicKind(kind),
                )
            )
        self.events.emit("topics", contact_id)

    def of_contact(self, contact_id: int) -> list[HeldTopic]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(Topic.id, Topic.label, ContactTopic.kind, ContactTopic.detail)
                .join(ContactTopic, ContactTopic.topic_id == Topic.id)
                .where(ContactTopic.contact_id == contact_id)
                .order_by(ContactTopic.kind, Topic.label)
            ).all()
        return [HeldTopic(r[0], r[1], TopicKind(r[2]), r[3]) for r in rows]

    def complete(self, prefix: str, limit: int = 20) -> list[str]:
        """Existing topic labels whose folded key starts with the folded prefix."""
        key = fold(prefix)
        if not key:
            return []
        with self.db.read() as conn:
            rows = conn.execute(
                select(Topic.label)
                .where(Topic.key >= key, Topic.key < key + "\uffff")
                .order_by(Topic.key)
                .limit(limit)
            ).all()
        return [r[0] for r in rows]

    def add_alias(self, topic_id: int, alias: str) -> None:
        key = fold(alias)
        with self.db.write() as conn:
            other = conn.execute(select(Topic.id).where(Topic.key == key)).scalar()
            if other is not None and other != topic_id:
                raise ValidationError("alias", f"“{alias}” is already a topic of its own; merge them")
            conn.execute(insert(TopicAlias).values(topic_id=topic_id, alias=clean_label(alias), key=key))
        self.events.emit("topics")

    def merge(self, keep_id: int, drop_id: int) -> None:
        """Fold topic drop_id into keep_id: holders, groups and aliases move over and the
        dropped label becomes an alias, so typing it again finds the kept topic."""
        if keep_id == drop_id:
            return
        with self.db.write() as conn:
            label, key = conn.execute(
                select(Topic.label, Topic.key).where(Topic.id == drop_id)
            ).one()
            holders = conn.execute(
                select(ContactTopic.contact_id).where(ContactTopic.topic_id == drop_id)
            ).scalars().all()
            # OR IGNORE skips rows the keeper already has; the delete then drops them.
            for table in (ContactTopic, GroupTopic):
                conn.execute(
                    update(table).where(table.topic_id == drop_id).values(topic_id=keep_id)
                    .prefix_with("OR IGNORE")
                )
                conn.execute(delete(table).where(table.topic_id == drop_id))
            conn.execute(update(TopicAlias).where(TopicAlias.topic_id == drop_id).values(topic_id=keep_id))
            conn.execute(delete(Topic).where(Topic.id == drop_id))
            conn.execute(insert(TopicAlias).values(topic_id=keep_id, alias=label, key=key))
            search.refresh(conn, holders)
        self.events.emit("topics", *holders)
