"""Promises in both directions: add, keep, release, break, renegotiate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, insert, select, update

from app.domain.clock import as_utc, local_today
from app.domain.enums import PromiseOwner, PromiseState
from app.services.base import NotFoundError, Service, ValidationError
from app.services.settings import SettingsService
from app.storage.tables import Contact, Promise


@dataclass(frozen=True)
class PromiseRow:
    id: int
    contact_id: int
    owner: PromiseOwner
    text: str
    due: date | None
    original_due: date | None
    state: PromiseState
    created_at: datetime
    resolved_at: datetime | None

    def is_overdue(self, today: date) -> bool:
        return self.state is PromiseState.OPEN and self.due is not None and self.due < today


_COLUMNS = (
    Promise.id, Promise.contact_id, Promise.owner, Promise.text, Promise.due,
    Promise.original_due, Promise.state, Promise.created_at, Promise.resolved_at,
)


def _row(r) -> PromiseRow:
    return PromiseRow(
        r[0], r[1], PromiseOwner(r[2]), r[3], r[4], r[5], PromiseState(r[6]),
        as_utc(r[7]), as_utc(r[8]) if r[8] else None,
    )


def default_due(db, clock, events) -> date:
    """The date a promise added without one gets ("Lass uns dranbleiben" must come back):
    today plus the setting `promise_default_days`."""
    days = SettingsService(db, clock, events).load().promise_default_days
    return local_today(clock) + timedelta(days=max(days, 0))


class PromisesService(Service):
    def add(
        self,
        contact_id: int,
        owner: PromiseOwner | str,
        text: str,
        due: date | None = None,
        interaction_id: int | None = None,
        no_date: bool = False,
    ) -> int:
        """A promise without a date gets the default one, unless `no_date` says the user
        chose "no date" (the weekly review then lists it, see `open_without_date`)."""
        if not text.strip():
            raise ValidationError("text", "a promise needs a text")
        if due is None and not no_date:
            due = default_due(self.db, self.clock, self.events)
        with self.db.write() as conn:
            promise_id = conn.execute(
                insert(Promise).values(
                    contact_id=contact_id, interaction_id=interaction_id,
                    owner=PromiseOwner(owner), text=text.strip(), due=due, original_due=due,
                    state=PromiseState.OPEN, created_at=self.clock.now(),
                )
            ).inserted_primary_key[0]
        self.events.emit("promises", contact_id)
        return promise_id

    def set_state(self, promise_id: int, state: PromiseState | str) -> None:
        state = PromiseState(state)
        resolved = None if state is PromiseState.OPEN else self.clock.now()
        self._update(promise_id, state=state, resolved_at=resolved)

    def reschedule(self, promise_id: int, due: date | None) -> None:
        """Renegotiate the date; original_due keeps the first one."""
        self._update(promise_id, due=due)

    def _update(self, promise_id: int, **values) -> None:
        with self.db.write() as conn:
            contact_id = conn.execute(
                select(Promise.contact_id).where(Promise.id == promise_id)
            ).scalar()
            if contact_id is None:
                raise NotFoundError(f"promise {promise_id} does not exist")
            conn.execute(update(Promise).where(Promise.id == promise_id).values(**values))
        self.events.emit("promises", contact_id)

    def get(self, promise_id: int) -> PromiseRow:
        with self.db.read() as conn:
            r = conn.execute(select(*_COLUMNS).where(Promise.id == promise_id)).first()
        if r is None:
            raise NotFoundError(f"promise {promise_id} does not exist")
        return _row(r)

    def of_contact(self, contact_id: int) -> list[PromiseRow]:
        """Open ones first (soonest due first), then the resolved ones, newest first."""
        open_first = case((Promise.state == PromiseState.OPEN, 0), else_=1)
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_COLUMNS)
                .where(Promise.contact_id == contact_id)
                .order_by(open_first, Promise.due.is_(None), Promise.due, Promise.created_at.desc())
            ).all()
        return [_row(r) for r in rows]

    def open_without_date(self) -> list[PromiseRow]:
        """Open promises with no due date, oldest first: the weekly review lists them so
        that none stays talk."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_COLUMNS).join(Contact, Contact.id == Promise.contact_id)
                .where(Promise.state == PromiseState.OPEN, Promise.due.is_(None),
                       Contact.archived.is_(False), Contact.deleted_at.is_(None))
                .order_by(Promise.created_at, Promise.id)
            ).all()
        return [_row(r) for r in rows]
