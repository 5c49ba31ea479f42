"""Topics: one row per concept, found again by folded key or alias; held by kind.

Keys are app.domain.topics.fold(label, curated aliases). When folding changes (FOLD_VERSION
or the curated list in resources/topic_aliases.tsv), rekey() recomputes every stored key
once and merges topics that now share one, so "Industry 4.0" and "Industrie 4.0" become one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.enums import TopicKind
from app.domain.topics import AliasTable, clean_label, fold, fold_version, parse_aliases
from app.services.base import NotFoundError, Service, ValidationError
from app.storage import search
from app.storage.tables import ContactTopic, GroupTopic, Setting, Topic, TopicAlias

ALIASES_FILE = "topic_aliases.tsv"
FOLD_VERSION_KEY = "topic_fold_version"


@dataclass(frozen=True)
class HeldTopic:
    topic_id: int
    label: str
    kind: TopicKind
    detail: str


@dataclass(frozen=True)
class TopicRow:
    id: int
    label: str
    holders: int
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def curated_aliases() -> AliasTable:
    """The shipped de↔en alias list (resources/topic_aliases.tsv)."""
    try:
        text = resources.files("app.resources").joinpath(ALIASES_FILE).read_text("utf-8")
    except ModuleNotFoundError:  # a source checkout whose install predates app.resources
        text = (Path(__file__).resolve().parents[2] / "resources" / ALIASES_FILE).read_text("utf-8")
    return parse_aliases(text, source=ALIASES_FILE)


def topic_key(label: str) -> str:
    return fold(label, curated_aliases())


def find_topic(conn: Connection, label: str) -> int | None:
    """The id of the topic this label folds to, by key or by a user's alias; None if new."""
    key = topic_key(label)
    found = conn.execute(select(Topic.id).where(Topic.key == key)).scalar()
    if found is None:
        found = conn.execute(select(TopicAlias.topic_id).where(TopicAlias.key == key)).scalar()
    return found


def find_or_create(conn: Connection, label: str) -> int:
    """The id of the topic this label folds to (by key or alias), created if new."""
    label = clean_label(label)
    key = topic_key(label)
    if not key:
        raise ValidationError("topic", "is empty")
    found = find_topic(conn, label)
    if found is None:
        found = conn.execute(insert(Topic).values(label=label, key=key)).inserted_primary_key[0]
    return found


def merge_topics(conn: Connection, keep_id: int, drop_id: int) -> list[int]:
    """Move holders, groups and aliases of drop_id to keep_id and delete it; its label
    stays findable as an alias. Returns the contacts whose topics changed."""
    label, key = conn.execute(select(Topic.label, Topic.key).where(Topic.id == drop_id)).one()
    keep_key = conn.execute(select(Topic.key).where(Topic.id == keep_id)).scalar_one()
    holders = list(conn.execute(
        select(ContactTopic.contact_id).where(ContactTopic.topic_id == drop_id)
    ).scalars())
    # OR IGNORE skips rows the keeper already has; the delete then drops them.
    for table in (ContactTopic, GroupTopic):
        conn.execute(
            update(table).where(table.topic_id == drop_id).values(topic_id=keep_id)
            .prefix_with("OR IGNORE")
        )
        conn.execute(delete(table).where(table.topic_id == drop_id))
    conn.execute(update(TopicAlias).where(TopicAlias.topic_id == drop_id).values(topic_id=keep_id))
    conn.execute(delete(Topic).where(Topic.id == drop_id))
    if key != keep_key:
        conn.execute(sqlite_insert(TopicAlias).values(topic_id=keep_id, alias=label, key=key)
                     .on_conflict_do_nothing())
    return holders


class TopicsService(Service):
    def add(self, contact_id: int, label: str, kind: TopicKind | str, detail: str = "") -> int:
        kind = TopicKind(kind)
        with self.db.write() as conn:
            topic_id = find_or_create(conn, label)
            conn.execute(
                sqlite_insert(ContactTopic).values(
                    contact_id=contact_id, topic_id=topic_id, kind=kind, detail=detail.strip()
                ).on_conflict_do_nothing()
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
        """Existing topic labels whose folded key starts with the folded prefix; a whole
        alias ("ML") also offers its topic ("Machine Learning")."""
        key = fold(prefix)
        if not key:
            return []
        with self.db.read() as conn:
            labels = list(conn.execute(
                select(Topic.label).where(Topic.key >= key, Topic.key < key + "\uffff")
                .order_by(Topic.key).limit(limit)
            ).scalars())
            aliased = find_topic(conn, prefix)
            if aliased is not None:
                label = conn.execute(select(Topic.label).where(Topic.id == aliased)).scalar_one()
                if label not in labels:
                    labels.insert(0, label)
        return labels[:limit]

    def find(self, label: str) -> int | None:
        """The topic a label means (key, alias, stems), or None."""
        with self.db.read() as conn:
            return find_topic(conn, label)

    def all(self) -> list[TopicRow]:
        """Every topic with how many contacts hold it and its aliases, by label."""
        with self.db.read() as conn:
            topics = conn.execute(select(Topic.id, Topic.label)).all()
            counts: dict[int, int] = dict(conn.execute(
                select(ContactTopic.topic_id, func.count(ContactTopic.contact_id.distinct()))
                .group_by(ContactTopic.topic_id)
            ).all())
            aliases: dict[int, list[str]] = {}
            for topic_id, alias in conn.execute(select(TopicAlias.topic_id, TopicAlias.alias)):
                aliases.setdefault(topic_id, []).append(alias)
        rows = [TopicRow(t, label, counts.get(t, 0), tuple(sorted(aliases.get(t, ()))))
                for t, label in topics]
        return sorted(rows, key=lambda r: r.label.casefold())

    def add_alias(self, topic_id: int, alias: str) -> None:
        alias = clean_label(alias)
        key = topic_key(alias)
        if not key:
            raise ValidationError("alias", "is empty")
        with self.db.write() as conn:
            own = conn.execute(select(Topic.key).where(Topic.id == topic_id)).scalar()
            if own is None:
                raise NotFoundError(f"topic {topic_id} does not exist")
            if key == own:
                return
            other = find_topic(conn, alias)
            if other is not None and other != topic_id:
                raise ValidationError("alias", f"“{alias}” is already a topic of its own; merge them")
            conn.execute(sqlite_insert(TopicAlias).values(topic_id=topic_id, alias=alias, key=key)
                         .on_conflict_do_nothing())
        self.events.emit("topics")

    def merge(self, keep_id: int, drop_id: int) -> None:
        """Fold topic drop_id into keep_id: holders, groups and aliases move over and the
        dropped label becomes an alias, so typing it again finds the kept topic."""
        if keep_id == drop_id:
            return
        with self.db.write() as conn:
            holders = merge_topics(conn, keep_id, drop_id)
            search.refresh(conn, holders)
        self.events.emit("topics", *holders)

    def rekey(self) -> int:
        """Recompute stored keys if folding changed since they were computed; topics whose
        keys now collide are merged into the oldest. Returns how many were merged."""
        version = fold_version(curated_aliases())
        with self.db.read() as conn:
            stored = conn.execute(select(Setting.value).where(Setting.key == FOLD_VERSION_KEY)).scalar()
        if stored == version:
            return 0
        with self.db.write() as conn:
            merged, holders = _rekey(conn)
            conn.execute(
                sqlite_insert(Setting).values(key=FOLD_VERSION_KEY, value=version)
                .on_conflict_do_update(index_elements=["key"], set_={"value": version})
            )
            search.refresh(conn, holders)
        if merged:
            self.events.emit("topics", *holders)
        return merged


def _rekey(conn: Connection) -> tuple[int, set[int]]:
    topics = conn.execute(select(Topic.id, Topic.label, Topic.key).order_by(Topic.id)).all()
    owner: dict[str, int] = {}  # new key → the topic that keeps it (the oldest)
    merged, holders = 0, set()
    changed = []
    for topic_id, label, old_key in topics:
        key = topic_key(label)
        if key in owner:
            holders.update(merge_topics(conn, owner[key], topic_id))
            merged += 1
            continue
        owner[key] = topic_id
        if key != old_key:
            changed.append((topic_id, key))
    # Two steps, so a key moving to a row whose old key it was never trips UNIQUE.
    for topic_id, _key in changed:
        conn.execute(update(Topic).where(Topic.id == topic_id).values(key=f"\x00{topic_id}"))
    for topic_id, key in changed:
        conn.execute(update(Topic).where(Topic.id == topic_id).values(key=key))
    # A user's alias now folding onto another topic means the two are one concept.
    aliases = conn.execute(select(TopicAlias.id, TopicAlias.topic_id, TopicAlias.alias)).all()
    conn.execute(delete(TopicAlias))
    alias_owner: dict[str, int] = {}
    for _alias_id, topic_id, alias in aliases:
        key = topic_key(alias)
        exists = conn.execute(select(Topic.id).where(Topic.id == topic_id)).scalar()
        if exists is None or key in alias_owner:
            continue
        other = owner.get(key)
        if other is not None and other != topic_id and conn.execute(
            select(Topic.id).where(Topic.id == other)
        ).scalar():
            holders.update(merge_topics(conn, topic_id, other))
            merged += 1
            continue
        if other == topic_id:
            continue
        alias_owner[key] = topic_id
        conn.execute(insert(TopicAlias).values(topic_id=topic_id, alias=alias, key=key))
    return merged, holders
