"""The one way an interaction row is written, and the contact's derived stats with it.

Every caller (logging a note, mark as sent, a meeting with several people, an import, the
sample network) goes through record_interactions(); a test scans app/ for any other insert
into `interaction`. The contact's last contact, last two-way contact, unanswered outreach
and reply-owed columns are what Today and the contacts list read instead of aggregating the
history, so they must never disagree with it.

Fast for one note and for 100,000: rows are encoded by hand and written with the driver's
executemany (SQLAlchemy's per-value bind processing cost more than SQLite's own work, see
sample.py); a note later than everything a contact had folds into the stored stats
(app.domain.outreach.stats_after) without reading the history; anything else (a back-dated
note, an undo) recomputes from the whole history, 500 contacts per query.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, select, union_all

from app.domain.clock import as_utc
from app.domain.enums import Direction
from app.domain.outreach import ContactStats, stats_after, stats_from_history
from app.storage.queries.raw import db_time
from app.storage.tables import Contact, Interaction, InteractionParticipant

CHUNK = 500
_COLUMNS = ("contact_id", "occurred_at", "channel", "direction", "summary", "notes",
            "related_contact_id", "created_at")
_INSERT = (f'INSERT INTO interaction ({", ".join(_COLUMNS)}) '
           f'VALUES ({", ".join("?" for _ in _COLUMNS)})')
_PARTICIPANT = ("INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)")
_STATS = ("last_interaction_at", "last_two_way_at", "unanswered_outbound",
          "first_unanswered_at", "reply_owed_since")


class NewInteraction(NamedTuple):
    contact_id: int
    occurred_at: datetime  # aware; stored as UTC
    channel: str  # Channel
    direction: str  # Direction
    summary: str = ""
    notes: str = ""
    related_contact_id: int | None = None
    others: tuple[int, ...] = ()  # further people who were there (a meeting with several)
    created_at: datetime | None = None  # None: `now`


def utc_text(value: datetime | None) -> str | None:
    """A UTC datetime as SQLAlchemy's SQLite DATETIME stores it (None stays None)."""
    return None if value is None else db_time(value)


def record_interactions(conn: Connection, items: Iterable[NewInteraction], now: datetime,
                        fresh: Collection[int] = ()) -> list[int | None]:
    """Insert the interactions and bring every contact at them up to date, inside the
    caller's transaction. `fresh`: contacts created in this same transaction (no history
    before these rows: their stats come from the rows alone, nothing is read).
    Returns each row's id where it was written on its own (a single row, or one with
    others at it), None for rows written in bulk. The caller announces the change."""
    items = list(items)
    created = utc_text(now)
    ids: list[int | None] = [None] * len(items)
    bulk = []
    for index, item in enumerate(items):
        occurred = utc_text(item.occurred_at)
        row = (item.contact_id, occurred, str(item.channel), str(item.direction), item.summary,
               item.notes, item.related_contact_id,
               created if item.created_at is None else
               occurred if item.created_at is item.occurred_at else utc_text(item.created_at))
        if len(items) == 1 or item.others:
            interaction_id = conn.exec_driver_sql(_INSERT, row).lastrowid
            ids[index] = interaction_id
            if item.others:
                conn.exec_driver_sql(_PARTICIPANT, [(interaction_id, other)
                                                    for other in item.others])
        else:
            bulk.append(row)
    for start in range(0, len(bulk), CHUNK * 10):
        conn.exec_driver_sql(_INSERT, bulk[start : start + CHUNK * 10])
    _keep_stats(conn, items, set(fresh))
    return ids


def refresh_stats(conn: Connection, contact_ids: Iterable[int]) -> None:
    """Recompute the contacts' stats from their whole history (after an edit, a delete, an
    undo, a merge of two contacts: anything that is not a new latest note)."""
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        histories: dict[int, list] = {cid: [] for cid in chunk}
        for cid, when, direction in conn.execute(_histories(chunk)):
            histories[cid].append((as_utc(when), direction))
        _write(conn, {cid: stats_from_history(history) for cid, history in histories.items()})


def _keep_stats(conn: Connection, items: list[NewInteraction], fresh: set[int]) -> None:
    added: dict[int, list[tuple[datetime, str]]] = {}
    for item in items:
        when = as_utc(item.occurred_at)
        for cid in (item.contact_id, *item.others):
            added.setdefault(cid, []).append((when, item.direction))
    known = sorted(set(added) - fresh)
    stats: dict[int, ContactStats] = {}
    for cid in fresh & set(added):
        stats[cid] = stats_from_history(added[cid])
    stale = []
    for start in range(0, len(known), CHUNK):
        chunk = known[start : start + CHUNK]
        for cid, *stored in conn.execute(_STORED, {"ids": chunk}):
            current = ContactStats(*(as_utc(v) if isinstance(v, datetime) else v
                                     for v in stored))
            newest = current.last_interaction_at
            ordered = sorted(added[cid], key=lambda pair: pair[0])
            if newest is not None and ordered[0][0] <= newest:
                stale.append(cid)  # back-dated: the order of the history changes
                continue
            for when, direction in ordered:
                current = stats_after(current, when, Direction(direction))
            stats[cid] = current
    _write(conn, stats)
    if stale:
        refresh_stats(conn, stale)


# Built once: SQLAlchemy then reuses the compiled statement (building it per note cost
# about as much as running it).
_STORED = select(Contact.__table__.c.id, *(Contact.__table__.c[name] for name in _STATS)) \
    .where(Contact.__table__.c.id.in_(bindparam("ids", expanding=True)))


def _histories(chunk: list[int]):
    """(contact id, occurred_at, direction) of every interaction each contact was at."""
    own = select(Interaction.contact_id, Interaction.occurred_at, Interaction.direction) \
        .where(Interaction.contact_id.in_(chunk))
    joined = (
        select(InteractionParticipant.contact_id, Interaction.occurred_at, Interaction.direction)
        .join(Interaction, InteractionParticipant.interaction_id == Interaction.id)
        .where(InteractionParticipant.contact_id.in_(chunk))
    )
    return union_all(own, joined)


_UPDATE = (f"UPDATE contact SET {', '.join(f'{name} = ?' for name in _STATS)} WHERE id = ?")


def _write(conn: Connection, stats: dict[int, ContactStats]) -> None:
    rows = [(utc_text(s.last_interaction_at), utc_text(s.last_two_way_at), s.unanswered_outbound,
             utc_text(s.first_unanswered_at), utc_text(s.reply_owed_since), cid)
            for cid, s in stats.items()]
    for start in range(0, len(rows), CHUNK * 10):
        conn.exec_driver_sql(_UPDATE, rows[start : start + CHUNK * 10])
