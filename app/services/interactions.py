"""Interactions: log, edit, delete; each write keeps the contact's derived stats current
(new rows through app.services.interaction_log, the one writer of interaction rows)."""

from __future__ import annotations

from collections.abc import Sequence

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, bindparam, delete, insert, or_, select, update

from app.domain.clock import as_utc
from app.domain.enums import Channel, Direction, PromiseOwner
from app.services.base import NotFoundError, Service, ValidationError
from app.services.interaction_log import NewInteraction, record_interactions, refresh_stats
from app.services.promises import default_due
from app.storage import search
from app.storage.tables import Contact, Interaction, InteractionParticipant, Promise


@dataclass(frozen=True)
class NewPromise:
    owner: PromiseOwner
    text: str
    due: date | None = None
    no_date: bool = False  # the user chose "no date"; otherwise a missing date gets the default


@dataclass(frozen=True)
class InteractionRow:
    id: int
    occurred_at: datetime
    channel: Channel
    direction: Direction
    summary: str
    notes: str
    related_contact_id: int | None
    others: tuple[int, ...] = ()  # everyone else who was there (an interaction with several)


def participants(conn: Connection, interaction_ids) -> dict[int, list[int]]:
    """Everyone at each interaction: its contact first, then the further participants."""
    ids = sorted(set(interaction_ids))
    found: dict[int, list[int]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for iid, cid in conn.execute(select(Interaction.id, Interaction.contact_id)
                                     .where(Interaction.id.in_(chunk))):
            found.setdefault(iid, []).insert(0, cid)
        for iid, cid in conn.execute(
            select(InteractionParticipant.interaction_id, InteractionParticipant.contact_id)
            .where(InteractionParticipant.interaction_id.in_(chunk))
            .order_by(InteractionParticipant.contact_id)
        ):
            found.setdefault(iid, []).append(cid)
    return found


# Built once (SQLAlchemy reuses the compiled form): logging a note is a hot path.
_KNOWN = select(Contact.id).where(Contact.id.in_(bindparam("ids", expanding=True)))


class InteractionsService(Service):
    def log(
        self,
        contact_id: int,
        channel: Channel | str,
        direction: Direction | str,
        summary: str = "",
        notes: str = "",
        occurred_at: datetime | None = None,
        promises: Sequence[NewPromise] = (),
        related_contact_id: int | None = None,
        with_contacts=(),
    ) -> int:
        """Log one touchpoint, with any promises made in it, in one transaction.
        `with_contacts`: further people who were there (a meeting with several): one
        interaction on every timeline, and each one's keep-in-touch counts it."""
        with self.db.write() as conn:
            interaction_id = self.log_in(conn, contact_id, channel, direction, summary, notes,
                                         occurred_at, promises, related_contact_id,
                                         with_contacts)
        others = [c for c in dict.fromkeys(with_contacts) if c != contact_id]
        self.events.emit("interactions", contact_id, *others)
        return interaction_id

    def log_in(
        self, conn: Connection, contact_id: int, channel: Channel | str,
        direction: Direction | str, summary: str = "", notes: str = "",
        occurred_at: datetime | None = None, promises: Sequence[NewPromise] = (),
        related_contact_id: int | None = None, with_contacts=(),
    ) -> int:
        """log() inside the caller's transaction, for a use case that writes more with it;
        the caller emits the change notice."""
        channel, direction = _channel(channel), _direction(direction)
        when = as_utc(occurred_at) if occurred_at else self.clock.now()
        now = self.clock.now()
        for promise in promises:
            if not promise.text.strip():
                raise ValidationError("promise", "needs a text")
        others = [c for c in dict.fromkeys(with_contacts) if c != contact_id]
        known = set(conn.execute(_KNOWN, {"ids": [contact_id, *others]}).scalars())
        for wanted in (contact_id, *others):
            if wanted not in known:
                raise NotFoundError(f"contact {wanted} does not exist")
        (written,) = record_interactions(conn, [NewInteraction(
            contact_id, when, channel, direction, summary.strip(), notes.strip(),
            related_contact_id, tuple(others))], now)
        interaction_id = int(written or 0)  # one row alone is always written on its own
        fallback = None
        if any(p.due is None and not p.no_date for p in promises):
            fallback = default_due(self.db, self.clock, self.events)
        for promise in promises:
            due = promise.due if promise.due or promise.no_date else fallback
            conn.execute(
                insert(Promise).values(
                    contact_id=contact_id, interaction_id=interaction_id,
                    owner=PromiseOwner(promise.owner), text=promise.text.strip(),
                    due=due, original_due=due, state="open", created_at=now,
                )
            )
        return interaction_id

    def edit(self, interaction_id: int, **fields) -> None:
        allowed = {"occurred_at", "channel", "direction", "summary", "notes"}
        if set(fields) - allowed:
            raise ValidationError(sorted(set(fields) - allowed)[0], "cannot be edited")
        if "channel" in fields:
            fields["channel"] = _channel(fields["channel"])
        if "direction" in fields:
            fields["direction"] = _direction(fields["direction"])
        if "occurred_at" in fields:
            fields["occurred_at"] = as_utc(fields["occurred_at"])
        with self.db.write() as conn:
            everyone = self._everyone_at(conn, interaction_id)
            conn.execute(update(Interaction).where(Interaction.id == interaction_id).values(**fields))
            refresh_stats(conn, everyone)
            search.refresh(conn, everyone[1:])  # the others' index (a trigger does the first's)
        self.events.emit("interactions", *everyone)

    def delete(self, interaction_id: int) -> None:
        with self.db.write() as conn:
            everyone = self._everyone_at(conn, interaction_id)
            conn.execute(delete(Interaction).where(Interaction.id == interaction_id))
            refresh_stats(conn, everyone)
        self.events.emit("interactions", *everyone)

    def of_contact(self, contact_id: int, limit: int | None = None) -> list[InteractionRow]:
        """Newest first, with the interactions the contact was at among several."""
        stmt = (
            select(
                Interaction.id, Interaction.occurred_at, Interaction.channel,
                Interaction.direction, Interaction.summary, Interaction.notes,
                Interaction.related_contact_id,
            )
            .where(or_(Interaction.contact_id == contact_id, Interaction.id.in_(
                select(InteractionParticipant.interaction_id)
                .where(InteractionParticipant.contact_id == contact_id))))
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        )
        if limit:
            stmt = stmt.limit(limit)
        with self.db.read() as conn:
            rows = conn.execute(stmt).all()
            everyone = participants(conn, [r[0] for r in rows]) if rows else {}
        return [
            InteractionRow(r[0], as_utc(r[1]), Channel(r[2]), Direction(r[3]), r[4], r[5], r[6],
                           tuple(c for c in everyone.get(r[0], ()) if c != contact_id))
            for r in rows
        ]

    @staticmethod
    def _everyone_at(conn: Connection, interaction_id: int) -> list[int]:
        everyone = participants(conn, [interaction_id]).get(interaction_id)
        if not everyone:
            raise NotFoundError(f"interaction {interaction_id} does not exist")
        return everyone


def _channel(value) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        raise ValidationError("channel", f"must be one of {', '.join(Channel)}") from None


def _direction(value) -> Direction:
    try:
        return Direction(value)
    except ValueError:
        raise ValidationError("direction", f"must be one of {', '.join(Direction)}") from None
