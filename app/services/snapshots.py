"""Rows as they were, to put back exactly: what an undo restores.

An undo that calls the opposite service method restores *a* state, not *the* state: setting
a kept promise back to open loses nothing, but a released one that was kept by mistake gets
a new resolved_at, a re-logged note gets a new id (and the promises made in it lose their
link), a today mark that was a snooze becomes no mark at all. A RowSnapshot holds every
column of one row (or that there was none); restore() writes those values back in one
transaction, keeps the contacts' derived stats right and fires the change notices.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, select
from sqlalchemy.dialects.sqlite import insert

from app.services.base import Service
from app.services.interactions import refresh_stats
from app.storage.tables import (
    Decision, ImportantDate, Interaction, InteractionParticipant, Promise, Reminder, TodayMark,
)

# Tables whose rows an undo may put back, and the change notice each one fires. Contacts
# are not among them: deleting and re-inserting a contact would cascade (trash/restore is
# the contacts service's own undo).
TABLES = {
    "promise": (Promise.__table__, "promises"),
    "reminder": (Reminder.__table__, "reminders"),
    "today_mark": (TodayMark.__table__, "today"),
    "interaction": (Interaction.__table__, "interactions"),
    "interaction_participant": (InteractionParticipant.__table__, "interactions"),
    "important_date": (ImportantDate.__table__, "contacts"),
    "decision": (Decision.__table__, "decisions"),
}
STATS_TABLES = {"interaction", "interaction_participant"}  # they change the derived stats


class UndoConflict(ValueError):
    """What an undo would put back is in the way of something newer (SQLite gave a deleted
    row's id to a new one): nothing is written; the message says so in words."""


@dataclass(frozen=True)
class RowSnapshot:
    table: str
    key: tuple[tuple[str, Any], ...]  # primary key columns and values
    values: dict[str, Any] | None  # every column; None: there was no such row

    @property
    def contact_id(self) -> int | None:
        return (self.values or {}).get("contact_id")


class SnapshotService(Service):
    def take(self, table: str, **key) -> RowSnapshot:
        """The row as it is now (or its absence)."""
        sa_table, _what = TABLES[table]
        with self.db.read() as conn:
            stored = [c for c in sa_table.columns if c.computed is None]  # not generated ones
            row = conn.execute(select(*stored).where(_match(sa_table, key))).mappings().first()
        return RowSnapshot(table, tuple(sorted(key.items())), dict(row) if row else None)

    def take_promises_of_interaction(self, interaction_id: int) -> list[RowSnapshot]:
        """The promises made in a note: deleting the note unlinks them (SET NULL)."""
        with self.db.read() as conn:
            ids = conn.execute(
                select(Promise.id).where(Promise.interaction_id == interaction_id)).scalars().all()
        return [self.take("promise", id=promise_id) for promise_id in ids]

    def take_attached(self, interaction_id: int) -> list[RowSnapshot]:
        """What hangs on a note: the further people at it (deleting the note deletes those
        rows) and the promises made in it, in the order restore() needs."""
        with self.db.read() as conn:
            others = conn.execute(select(InteractionParticipant.contact_id).where(
                InteractionParticipant.interaction_id == interaction_id)).scalars().all()
        return [*(self.take("interaction_participant", interaction_id=interaction_id,
                            contact_id=cid) for cid in others),
                *self.take_promises_of_interaction(interaction_id)]

    def restore(self, *snapshots: RowSnapshot) -> None:
        """Write every snapshot back, in order (a note before the promises that point at it)."""
        contacts_by_what: dict[str, set[int]] = {}
        stats: set[int] = set()
        with self.db.write() as conn:
            for snap in snapshots:
                sa_table, what = TABLES[snap.table]
                key = dict(snap.key)
                created = [sa_table.c.created_at] if "created_at" in sa_table.c else []
                old = conn.execute(select(sa_table.c.contact_id, *created)
                                   .where(_match(sa_table, key))).first()
                if (old is not None and snap.values is not None and created
                        and old.created_at != snap.values.get("created_at")):
                    # Not the row we took: a newer one got its id after it was deleted.
                    # Writing the old values over it would lose the newer note or promise.
                    raise UndoConflict(
                        f"this can no longer be undone: a newer {snap.table.replace('_', ' ')} "
                        "took its place")
                if snap.values is None:
                    conn.execute(delete(sa_table).where(_match(sa_table, key)))
                else:
                    conn.execute(insert(sa_table).values(**snap.values).on_conflict_do_update(
                        index_elements=[sa_table.c[name] for name in key],
                        set_={k: v for k, v in snap.values.items() if k not in key}))
                touched = {c for c in (old[0] if old else None, snap.contact_id) if c is not None}
                contacts_by_what.setdefault(what, set()).update(touched)
                if snap.table in STATS_TABLES:
                    stats.update(touched)
            if stats:
                refresh_stats(conn, stats)
        for what, contact_ids in contacts_by_what.items():
            self.events.emit(what, *sorted(contact_ids))


def _match(sa_table, key: dict):
    return and_(*(sa_table.c[name] == value for name, value in key.items()))
