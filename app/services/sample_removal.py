"""Taking the sample network out again: File → Remove sample network, `rapport remove-sample`.

Which contacts are the sample's: generate() records their id ranges and the groups it
created under the settings key SAMPLE_KEY (app/services/sample.py), so no migration and no
guessing from names. The removal keeps every deleted row in memory (RemovedSample), so the
GUI can put it all back under the same ids (Ctrl+Z).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.services.base import Service
from app.services.sample import SAMPLE_KEY
from app.storage.tables import Contact, Group, GroupTopic, Interaction, Membership, Relationship, Setting


class SampleConflict(ValueError):
    """Putting the sample back would collide with rows made since (SQLite reuses the ids of
    deleted rows): nothing is written; the message says so."""


@dataclass(frozen=True)
class RemovedSample:
    """Every row the removal deleted, in insert order, and the links it cut (a user's own
    note that named a sample contact as the related one): enough to put it all back."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    unlinked: tuple[tuple[str, str, int, int], ...]  # table, column, row id, contact id
    marker: dict | None

    @property
    def contacts(self) -> int:
        return next((len(rows) for table, rows in self.rows if table == "contact"), 0)


class SampleRemoval(Service):
    """File → Remove sample network and `rapport remove-sample`.

    Removes the sample contacts (those generate() recorded) with everything that hangs on
    them, including anything the user added to a sample contact (notes, promises,
    reminders, topics): it belongs to a made-up person. The user's own contacts and their
    data stay; a note of theirs that named a sample contact as related loses only that
    link. Groups the sample created go too once no remaining contact is a member. The Me
    profile is never touched."""

    def sample_ids(self) -> list[int]:
        with self.db.read() as conn:
            marker = conn.execute(select(Setting.value).where(Setting.key == SAMPLE_KEY)).scalar()
            if not marker:
                return []
            ids: list[int] = []
            made_at = marker.get("made_at")
            for first, last in marker["contacts"]:
                query = select(Contact.id).where(Contact.id.between(first, last),
                                                 Contact.is_me.is_(False))
                if made_at:  # never a contact of the user's that reused a sample id
                    query = query.where(text("contact.created_at <= :made_at").bindparams(
                        made_at=made_at))
                ids += conn.execute(query).scalars().all()
        return ids

    def remove(self) -> RemovedSample:
        ids = self.sample_ids()
        with self.db.write() as conn:
            marker = conn.execute(select(Setting.value).where(Setting.key == SAMPLE_KEY)).scalar()
            saved, unlinked = [], []
            taken = _rows_of(conn, Contact.__table__, Contact.id, ids)
            saved.append(("contact", taken))
            for table in _CASCADED:
                saved.append((table.name, _rows_of(conn, table, table.c.contact_id, ids)))
            sample = set(ids)
            # a relationship from one of the user's contacts to a sample one goes too
            saved.append(("relationship", tuple(
                r for r in _rows_of(conn, Relationship.__table__, Relationship.other_id, ids)
                if r["contact_id"] not in sample)))
            for chunk in _chunks(ids):
                for row_id, related, owner in conn.execute(select(
                        Interaction.id, Interaction.related_contact_id, Interaction.contact_id)
                        .where(Interaction.related_contact_id.in_(chunk))):
                    if owner not in sample:
                        unlinked.append(("interaction", "related_contact_id", row_id, related))
                conn.execute(Contact.__table__.delete().where(Contact.id.in_(chunk)))
            groups = [g for g in (marker or {}).get("groups", []) if conn.execute(
                select(Membership.contact_id).where(Membership.group_id == g).limit(1)
            ).first() is None]
            saved.insert(0, ("group", _rows_of(conn, Group.__table__, Group.id, groups)))
            saved.insert(1, ("group_topic", _rows_of(conn, GroupTopic.__table__,
                                                     GroupTopic.group_id, groups)))
            conn.execute(Group.__table__.delete().where(Group.id.in_(groups)))
            conn.execute(Setting.__table__.delete().where(Setting.key == SAMPLE_KEY))
        self.events.emit("contacts")
        return RemovedSample(tuple(saved), tuple(unlinked), marker)

    def put_back(self, removed: RemovedSample) -> None:
        """Undo remove(): the same rows under the same ids, the cut links joined again."""
        tables = {t.name: t for t in Contact.metadata.sorted_tables}
        with self.db.write() as conn:
            for name, rows in removed.rows:
                table = tables[name]
                if "id" not in table.c or not rows:
                    continue
                for chunk in _chunks([row["id"] for row in rows]):
                    if conn.execute(select(table.c.id).where(table.c.id.in_(chunk)).limit(1)).first():
                        raise SampleConflict(
                            "rows added since the removal took the sample's place; the "
                            "sample network cannot come back (you can add it again with "
                            "rapport demo)")
            for name, rows in removed.rows:
                for start in range(0, len(rows), 500):
                    conn.execute(tables[name].insert(), list(rows[start:start + 500]))
            # each contact's sync change stamp as it was (the triggers raised it while its
            # topics and groups went back in)
            contact = tables["contact"]
            stamps = [{"b_id": r["id"], "b_seq": r["change_seq"]}
                      for name, rows in removed.rows if name == "contact" for r in rows]
            if stamps:
                conn.execute(contact.update().where(contact.c.id == bindparam("b_id"))
                             .values(change_seq=bindparam("b_seq")), stamps)
            for name, column, row_id, contact_id in removed.unlinked:
                table = tables[name]
                conn.execute(
                    table.update().where(table.c.id == row_id).values({column: contact_id}))
            if removed.marker is not None:
                conn.execute(sqlite_insert(Setting).values(key=SAMPLE_KEY, value=removed.marker)
                             .on_conflict_do_nothing())
        self.events.emit("contacts")


def _rows_of(conn, table, column, ids: list[int]) -> tuple[dict, ...]:
    rows: list[dict] = []
    for chunk in _chunks(ids):
        rows += [dict(r) for r in conn.execute(select(*_stored(table)).where(column.in_(chunk)))
                 .mappings()]
    return tuple(rows)


def _stored(table) -> list:
    """The columns an INSERT may write (not SQLite's generated ones)."""
    return [c for c in table.columns if c.computed is None]


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _cascaded_tables():
    """Tables whose rows are deleted with their contact (ON DELETE CASCADE), in an order
    that inserts back cleanly (an interaction before the promises made in it)."""
    return [t for t in Contact.metadata.sorted_tables
            if any(fk.column.table.name == "contact" and fk.parent.name == "contact_id"
                   and fk.ondelete == "CASCADE" for fk in t.foreign_keys)]


_CASCADED = _cascaded_tables()
