"""Interactions: log, edit, delete; each write keeps the contact's derived stats current."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, delete, insert, select, update

from app.domain.clock import as_utc
from app.domain.enums import Channel, Direction, PromiseOwner
from app.domain.outreach import stats_from_history
from app.services.base import NotFoundError, Service, ValidationError
from app.services.promises import default_due
from app.storage.tables import Contact, Interaction, Promise


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


def refresh_stats(conn: Connection, contact_ids) -> None:
    """Recompute last contact, last two-way contact and unanswered outreach from history."""
    for contact_id in set(contact_ids):
        history = conn.execute(
            select(Interaction.occurred_at, Interaction.direction).where(
                Interaction.contact_id == contact_id
            )
        ).all()
        stats = stats_from_history((as_utc(when), direction) for when, direction in history)
        conn.execute(
            update(Contact)
            .where(Contact.id == contact_id)
            .values(
                last_interaction_at=stats.last_interaction_at,
                last_two_way_at=stats.last_two_way_at,
                unanswered_outbound=stats.unanswered_outbound,
                first_unanswered_at=stats.first_unanswered_at,
                reply_owed_since=stats.reply_owed_since,
            )
        )


class InteractionsService(Service):
    def log(
        self,
        contact_id: int,
        channel: Channel | str,
        direction: Direction | str,
        summary: str = "",
        notes: str = "",
        occurred_at: datetime | None = None,
        promises: list[NewPromise] = (),
        related_contact_id: int | None = None,
    ) -> int:
        """Log one touchpoint, with any promises made in it, in one transaction."""
        with self.db.write() as conn:
            interaction_id = self.log_in(conn, contact_id, channel, direction, summary, notes,
                                         occurred_at, promises, related_contact_id)  # fmt: skip
        self.events.emit("interactions", contact_id)
        return interaction_id

    def log_in(
        self, conn: Connection, contact_id: int, channel: Channel | str,
        direction: Direction | str, summary: str = "", notes: str = "",
        occurred_at: datetime | None = None, promises: list[NewPromise] = (),
        related_contact_id: int | None = None,
    ) -> int:  # fmt: skip
        """log() inside the caller's transaction, for a use case that writes more with it;
        the caller emits the change notice."""
        channel, direction = _channel(channel), _direction(direction)
        when = as_utc(occurred_at) if occurred_at else self.clock.now()
        now = self.clock.now()
        for promise in promises:
            if not promise.text.strip():
                raise ValidationError("promise", "needs a text")
        if conn.execute(select(Contact.id).where(Contact.id == contact_id)).first() is None:
            raise NotFoundError(f"contact {contact_id} does not exist")
        interaction_id = conn.execute(
            insert(Interaction).values(
                contact_id=contact_id, occurred_at=when, channel=channel,
                direction=direction, summary=summary.strip(), notes=notes.strip(),
                related_contact_id=related_contact_id, created_at=now,
            )  # fmt: skip
        ).inserted_primary_key[0]
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
                )  # fmt: skip
            )
        refresh_stats(conn, [contact_id])
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
            contact_id = self._contact_of(conn, interaction_id)
            conn.execute(update(Interaction).where(Interaction.id == interaction_id).values(**fields))
            refresh_stats(conn, [contact_id])
        self.events.emit("interactions", contact_id)

    def delete(self, interaction_id: int) -> None:
        with self.db.write() as conn:
            contact_id = self._contact_of(conn, interaction_id)
            conn.execute(delete(Interaction).where(Interaction.id == interaction_id))
            refresh_stats(conn, [contact_id])
        self.events.emit("interactions", contact_id)

    def of_contact(self, contact_id: int, limit: int | None = None) -> list[InteractionRow]:
        """Newest first."""
        stmt = (
            select(
                Interaction.id, Interaction.occurred_at, Interaction.channel,
                Interaction.direction, Interaction.summary, Interaction.notes,
                Interaction.related_contact_id,
            )  # fmt: skip
            .where(Interaction.contact_id == contact_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        )
        if limit:
            stmt = stmt.limit(limit)
        with self.db.read() as conn:
            rows = conn.execute(stmt).all()
        return [
            InteractionRow(r[0], as_utc(r[1]), Channel(r[2]), Direction(r[3]), r[4], r[5], r[6])
            for r in rows
        ]

    @staticmethod
    def _contact_of(conn: Connection, interaction_id: int) -> int:
        contact_id = conn.execute(
            select(Interaction.contact_id).where(Interaction.id == interaction_id)
        ).scalar()
        if contact_id is None:
            raise NotFoundError(f"interaction {interaction_id} does not exist")
        return contact_id


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
