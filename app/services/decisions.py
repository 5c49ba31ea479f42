"""Decision notes: what was decided with a contact (or is still to decide), whose decision it
is, and the day to look at it again. On that day it shows on Today; the Dashboard lists
the decisions due and the promises waiting on a decision of mine.

A decision whose "decided" text is empty is still open: nobody has decided yet. A promise
linked to an open decision of mine waits on me ("I'll send the offer once you choose the
package"): that is what the Dashboard's "needs a decision" calls a promise waiting on my
decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, insert, select, text, update

from app.domain.clock import as_utc
from app.domain.enums import PromiseOwner
from app.services.base import NotFoundError, Service, ValidationError
from app.services.contacts import display_name
from app.storage.queries.predicates import active_contact
from app.storage.tables import Decision, Promise

WAITING_LIMIT = 50  # promises listed as waiting on my decision


@dataclass(frozen=True)
class DecisionRow:
    id: int
    contact_id: int
    promise_id: int | None
    owner: PromiseOwner
    context: str
    decided: str
    review_on: date
    reviewed_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class WaitingPromise:
    """An open promise waiting on an open decision of mine."""

    promise_id: int
    contact_id: int
    name: str
    promise_text: str
    due: date | None
    decision_id: int
    context: str
    review_on: date


_COLUMNS = (
    Decision.id, Decision.contact_id, Decision.promise_id, Decision.owner, Decision.context,
    Decision.decided, Decision.review_on, Decision.reviewed_at, Decision.created_at,
)


def _row(r) -> DecisionRow:
    return DecisionRow(r[0], r[1], r[2], PromiseOwner(r[3]), r[4], r[5], r[6],
                       as_utc(r[7]) if r[7] else None, as_utc(r[8]))


class DecisionsService(Service):
    def add(self, contact_id: int, owner: PromiseOwner | str, context: str, decided: str,
            review_on: date, promise_id: int | None = None) -> int:
        values = self._checked(contact_id, owner, context, decided, review_on, promise_id)
        with self.db.write() as conn:
            self._check_promise(conn, contact_id, promise_id)
            decision_id = conn.execute(insert(Decision).values(
                contact_id=contact_id, created_at=self.clock.now(), **values,
            )).inserted_primary_key[0]
        self.events.emit("decisions", contact_id)
        return decision_id

    def update(self, decision_id: int, owner: PromiseOwner | str, context: str, decided: str,
               review_on: date, promise_id: int | None = None) -> None:
        """Edit every field. A new review date puts the decision back on Today, even when
        its last review was done."""
        old = self.get(decision_id)
        values = self._checked(old.contact_id, owner, context, decided, review_on, promise_id)
        if review_on != old.review_on:
            values["reviewed_at"] = None
        with self.db.write() as conn:
            self._check_promise(conn, old.contact_id, promise_id)
            conn.execute(update(Decision).where(Decision.id == decision_id).values(**values))
        self.events.emit("decisions", old.contact_id)

    def set_reviewed(self, decision_id: int, reviewed: bool = True) -> None:
        """Done on Today: looked at again; it leaves Today until a new review date."""
        contact_id = self.get(decision_id).contact_id
        with self.db.write() as conn:
            conn.execute(update(Decision).where(Decision.id == decision_id).values(
                reviewed_at=self.clock.now() if reviewed else None))
        self.events.emit("decisions", contact_id)

    def delete(self, decision_id: int) -> None:
        contact_id = self.get(decision_id).contact_id
        with self.db.write() as conn:
            conn.execute(delete(Decision).where(Decision.id == decision_id))
        self.events.emit("decisions", contact_id)

    def get(self, decision_id: int) -> DecisionRow:
        with self.db.read() as conn:
            r = conn.execute(select(*_COLUMNS).where(Decision.id == decision_id)).first()
        if r is None:
            raise NotFoundError(f"decision {decision_id} does not exist")
        return _row(r)

    def of_contact(self, contact_id: int) -> list[DecisionRow]:
        """Newest first (the notes timeline places them among the interactions)."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_COLUMNS).where(Decision.contact_id == contact_id)
                .order_by(Decision.created_at.desc(), Decision.id.desc())
            ).all()
        return [_row(r) for r in rows]

    def waiting_on_me(self, limit: int = WAITING_LIMIT) -> list[WaitingPromise]:
        """Open promises linked to an open decision of mine that is not reviewed yet,
        the soonest review first (visible contacts only). Decisions are few and hand-made:
        the partial review index holds only those not reviewed."""
        with self.db.read() as conn:
            rows = conn.execute(text(
                "SELECT p.id, p.contact_id, c.given_name, c.family_name, c.nickname, p.text, "
                "p.due, d.id, d.context, d.review_on FROM decision d "
                "INDEXED BY ix_decision_review "
                "JOIN promise p ON p.id = d.promise_id JOIN contact c ON c.id = d.contact_id "
                "WHERE d.reviewed_at IS NULL AND d.owner = 'me' AND d.decided = '' "
                f"AND p.state = 'open' AND {active_contact('c')} "
                "ORDER BY d.review_on, d.id LIMIT :limit"), {"limit": limit}).all()
        return [WaitingPromise(r[0], r[1], display_name(r[2], r[3], r[4]), r[5],
                               date.fromisoformat(r[6]) if r[6] else None, r[7], r[8],
                               date.fromisoformat(r[9])) for r in rows]

    # --- checks ---------------------------------------------------------------------------
    @staticmethod
    def _checked(contact_id, owner, context: str, decided: str, review_on, promise_id) -> dict:
        context, decided = context.strip(), decided.strip()
        if not context and not decided:
            raise ValidationError("decided", "say what was decided, or what is to decide")
        if not isinstance(review_on, date):
            raise ValidationError("review_on", "a decision needs a day to look at it again")
        try:
            owner = PromiseOwner(owner)
        except ValueError:
            raise ValidationError("owner", f"not an owner: {owner!r}") from None
        return {"owner": owner.value, "context": context, "decided": decided,
                "review_on": review_on, "promise_id": promise_id}

    @staticmethod
    def _check_promise(conn, contact_id: int, promise_id: int | None) -> None:
        if promise_id is None:
            return
        found = conn.execute(select(Promise.contact_id).where(Promise.id == promise_id)).scalar()
        if found != contact_id:
            raise ValidationError("promise", "the promise is not one of this contact's")
