"""Relationships between contacts: knows, works with, introduced by, family, partner.

Each is one row (app.storage.tables.Relationship); both people's pages show it, the other
side in its reverse form ("introduced by Anna" on Thomas's page, "introduced Thomas" on
Anna's). The introductions ranking reads known_pairs() so as not to suggest introducing
two people who already know each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.names import fold
from app.domain.relationships import RelationKind, stored
from app.services.base import NotFoundError, Service, ValidationError
from app.services.contacts import display_name
from app.storage.tables import Contact, Relationship


@dataclass(frozen=True)
class Related:
    """One relationship as one contact's page shows it."""

    id: int
    kind: RelationKind
    other_id: int
    other_name: str
    reverse: bool  # seen from the other side: "introduced Thomas", not "introduced by"


class RelationshipsService(Service):
    def add(self, contact_id: int, other_id: int, kind: str) -> int:
        """Relate two contacts; adding one that exists already changes nothing. The id."""
        try:
            kind = RelationKind(kind)
        except ValueError:
            raise ValidationError("kind", f"must be one of {', '.join(RelationKind)}") from None
        if contact_id == other_id:
            raise ValidationError("other", "a contact cannot be related to themselves")
        first, second = stored(contact_id, other_id, kind)
        with self.db.write() as conn:
            found = conn.execute(select(Contact.id).where(Contact.id.in_((first, second)))).all()
            if len(found) != 2:
                raise NotFoundError("one of the two contacts does not exist")
            conn.execute(sqlite_insert(Relationship).on_conflict_do_nothing().values(
                contact_id=first, other_id=second, kind=kind.value, created_at=self.clock.now()))
            relationship_id = conn.execute(select(Relationship.id).where(
                Relationship.contact_id == first, Relationship.other_id == second,
                Relationship.kind == kind.value)).scalar_one()
        self.events.emit("contacts", first, second)
        return relationship_id

    def remove(self, relationship_id: int) -> tuple[int, int, str]:
        """Remove one; returns (contact_id, other_id, kind) so that it can be added back."""
        with self.db.write() as conn:
            row = conn.execute(select(Relationship.contact_id, Relationship.other_id,
                                      Relationship.kind)
                               .where(Relationship.id == relationship_id)).one_or_none()
            if row is None:
                raise NotFoundError(f"relationship {relationship_id} does not exist")
            conn.execute(delete(Relationship).where(Relationship.id == relationship_id))
        self.events.emit("contacts", row[0], row[1])
        return row[0], row[1], row[2]

    def of_contact(self, contact_id: int) -> list[Related]:
        """Everyone this contact is related to (not those in the trash), by kind and name."""
        other = Contact.__table__.alias("other")
        found = []
        with self.db.read() as conn:
            for forward in (True, False):
                mine, theirs = ((Relationship.contact_id, Relationship.other_id) if forward
                                else (Relationship.other_id, Relationship.contact_id))
                rows = conn.execute(
                    select(Relationship.id, Relationship.kind, theirs, other.c.given_name,
                           other.c.family_name, other.c.nickname)
                    .join(other, other.c.id == theirs)
                    .where(mine == contact_id, other.c.deleted_at.is_(None))
                )
                for rid, kind, other_id, given, family, nick in rows:
                    kind = RelationKind(kind)
                    found.append(Related(rid, kind, other_id, display_name(given, family, nick),
                                         reverse=not forward and not kind.symmetric))
        order = list(RelationKind)
        found.sort(key=lambda r: (order.index(r.kind), r.reverse, fold(r.other_name)))
        return found


def known_pairs(conn: Connection, contact_id: int | None = None) -> set[tuple[int, int]]:
    """Pairs (smaller id first) of contacts related in any way: they know each other."""
    stmt = select(Relationship.contact_id, Relationship.other_id)
    if contact_id is not None:
        stmt = stmt.where(or_(Relationship.contact_id == contact_id,
                              Relationship.other_id == contact_id))
    return {(min(a, b), max(a, b)) for a, b in conn.execute(stmt)}


def relations_for_export(conn: Connection, contact_ids=None) -> dict[int, list[tuple[int, str, bool]]]:
    """Per contact: (other contact, kind, reverse) for each relationship, both sides."""
    result: dict[int, list[tuple[int, str, bool]]] = {}
    wanted = None if contact_ids is None else set(contact_ids)
    for first, second, kind in conn.execute(
            select(Relationship.contact_id, Relationship.other_id, Relationship.kind)
            .order_by(Relationship.id)):
        symmetric = RelationKind(kind).symmetric
        if wanted is None or first in wanted:
            result.setdefault(first, []).append((second, kind, False))
        if wanted is None or second in wanted:
            result.setdefault(second, []).append((first, kind, not symmetric))
    return result
