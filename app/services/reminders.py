"""Reminders: one-off or recurring (RRULE), snoozable, delivered effectively exactly once.

Delivery is claim, show, confirm. claim() marks the occurrence as taken by this session
(one per service instance) and succeeds once per session; confirm() after the message was
shown records it as delivered for good. A claim that was never confirmed (the app crashed
in between) is delivered again by the next session, so nothing is lost to a crash; a
confirmed occurrence is never delivered again, in any time zone.
"""

from __future__ import annotations

from typing import Any

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, insert, or_, select, update

from app.domain.clock import as_utc
from app.domain.recurrence import first_occurrence, upcoming
from app.domain.today import (
    ReminderState, RuleError, after_done, current_due, next_fire_time, rule_part, should_fire,
    snooze_pending, stored_rule, wall_time,
)
from app.services.base import NotFoundError, Service, ValidationError
from app.storage.tables import Contact, Reminder


@dataclass(frozen=True)
class ReminderRow:
    id: int
    contact_id: int | None
    title: str
    due_at: datetime  # the occurrence due now or next (snooze and missed repeats applied)
    rrule: str  # the RRULE part only, "" for one-off
    snoozed_until: datetime | None
    done: bool
    last_fired_at: datetime | None


@dataclass(frozen=True)
class Delivery:
    """One reminder occurrence to show the user now."""

    reminder_id: int
    contact_id: int | None
    title: str
    occurrence: datetime
    snoozed: bool = False  # the occurrence is a snooze coming due
    recurring: bool = False


_COLUMNS = (
    Reminder.id, Reminder.contact_id, Reminder.title, Reminder.due_at, Reminder.rrule,
    Reminder.snoozed_until, Reminder.done, Reminder.last_fired_at, Reminder.claimed_occurrence,
    Reminder.claimed_by, Reminder.fired_wall,
)
WALL_FORMAT = "%Y-%m-%d %H:%M:%S"


def _state(r, session: str = "") -> ReminderState:
    """The timing of a row; an occurrence this session claimed counts as fired for it."""
    fired = as_utc(r.last_fired_at) if r.last_fired_at else None
    if session and r.claimed_by == session and r.claimed_occurrence is not None:
        claimed = as_utc(r.claimed_occurrence)
        fired = claimed if fired is None or claimed > fired else fired
    wall = None
    if r.fired_wall:
        try:
            wall = datetime.strptime(r.fired_wall, WALL_FORMAT)
        except ValueError:
            wall = None  # an unreadable mark: fall back to the instant
    return ReminderState(
        as_utc(r.due_at), r.rrule, as_utc(r.snoozed_until) if r.snoozed_until else None,
        fired, wall,
    )


class RemindersService(Service):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.session = uuid.uuid4().hex  # whose claims are whose

    # --- writes -------------------------------------------------------------------------
    def add(self, title: str, at: datetime, contact_id: int | None = None, rrule: str = "") -> int:
        """`at` is the first occurrence (aware; naive means local time). `rrule` is the RFC
        5545 rule part, e.g. "FREQ=WEEKLY;BYDAY=MO" ("" for a one-off reminder)."""
        if not title.strip():
            raise ValidationError("title", "a reminder needs a title")
        at, rule = self._timing(at, rrule)
        with self.db.write() as conn:
            self._check_contact(conn, contact_id)
            reminder_id = conn.execute(
                insert(Reminder).values(
                    contact_id=contact_id, title=title.strip(), due_at=at, rrule=rule,
                    done=False, created_at=self.clock.now(),
                )
            ).inserted_primary_key[0]
        self._emit(contact_id)
        return reminder_id

    def update(self, reminder_id: int, title: str, at: datetime, contact_id: int | None = None,
               rrule: str = "") -> None:
        """Edit a reminder: its title, first occurrence, contact and rule. It is pending
        again (not done, not snoozed); occurrences delivered before stay delivered."""
        if not title.strip():
            raise ValidationError("title", "a reminder needs a title")
        at, rule = self._timing(at, rrule)
        with self.db.write() as conn:
            before = self._fetch(conn, reminder_id)
            self._check_contact(conn, contact_id)
            conn.execute(update(Reminder).where(Reminder.id == reminder_id).values(
                title=title.strip(), due_at=at, rrule=rule, contact_id=contact_id, done=False,
                snoozed_until=None, claimed_occurrence=None, claimed_by=None))
        self._emit(*{before.contact_id, contact_id})

    def preview(self, at: datetime, rrule: str = "", count: int = 3) -> list[datetime]:
        """The first `count` occurrences a reminder starting at `at` would have (aware UTC),
        for the dialog and the CLI to show before saving. ValidationError on a bad rule."""
        at, rule = self._timing(at, rrule)
        return upcoming(rrule, at, self.clock.local_tz(), count, stored=rule)

    def _timing(self, at: datetime, rrule: str) -> tuple[datetime, str]:
        """The first due time and the stored rule: a recurring reminder is first due at
        the rule's first occurrence at or after `at`."""
        at = self._aware(at)
        tz = self.clock.local_tz()
        try:
            if stored_rule(rrule, at, tz):
                at = first_occurrence(rrule, at, tz)
            rule = stored_rule(rrule, at, tz)  # anchored at the first occurrence
        except RuleError as error:
            raise ValidationError("rrule", str(error)) from None
        return at, rule

    @staticmethod
    def _check_contact(conn, contact_id: int | None) -> None:
        if contact_id is not None and conn.execute(
            select(Contact.id).where(Contact.id == contact_id)
        ).first() is None:
            raise NotFoundError(f"contact {contact_id} does not exist")

    def snooze(self, reminder_id: int, until: datetime) -> None:
        """Hide until `until`; it is delivered again then."""
        self._update(reminder_id, snoozed_until=self._aware(until))

    def done(self, reminder_id: int) -> None:
        """A one-off reminder is finished; a recurring one moves to its next occurrence."""
        now, tz = self.clock.now(), self.clock.local_tz()
        with self.db.write() as conn:
            r = self._fetch(conn, reminder_id)
            following = after_done(_state(r), now, tz)
            values: dict[str, Any]
            if following is None:
                values = {"done": True, "snoozed_until": None}
            else:
                values = {"due_at": following, "snoozed_until": None}
            conn.execute(update(Reminder).where(Reminder.id == reminder_id).values(**values))
        self._emit(r.contact_id)

    def reopen(self, reminder_id: int, due_at: datetime) -> None:
        """Undo a done: pending again, due at the occurrence it had."""
        self._update(reminder_id, done=False, due_at=self._aware(due_at), snoozed_until=None)

    def delete(self, reminder_id: int) -> None:
        with self.db.write() as conn:
            r = self._fetch(conn, reminder_id)
            conn.execute(delete(Reminder).where(Reminder.id == reminder_id))
        self._emit(r.contact_id)

    # --- delivery -----------------------------------------------------------------------
    def due_for_delivery(self) -> list[Delivery]:
        """Occurrences due now and not delivered yet, including those that fell due while
        the app was closed (a recurring reminder's missed repeats count once)."""
        now, tz = self.clock.now(), self.clock.local_tz()
        with self.db.read() as conn:
            rows = conn.execute(
                select(*_COLUMNS).where(
                    Reminder.done.is_(False),
                    or_(Reminder.due_at <= now, Reminder.snoozed_until <= now),
                )
            ).all()
        found = []
        for r in rows:
            state = _state(r, self.session)
            occurrence = should_fire(state, now, tz)
            if occurrence is not None:
                found.append(Delivery(r.id, r.contact_id, r.title, occurrence,
                                      snoozed=snooze_pending(state), recurring=bool(r.rrule)))
        return sorted(found, key=lambda d: (d.occurrence, d.reminder_id))

    def claim(self, delivery: Delivery) -> bool:
        """Take the occurrence for this session before showing it. False when it was
        delivered already or this session claimed it before; show it only on True."""
        with self.db.write() as conn:
            result = conn.execute(
                update(Reminder)
                .where(
                    Reminder.id == delivery.reminder_id,
                    Reminder.done.is_(False),
                    or_(Reminder.last_fired_at.is_(None),
                        Reminder.last_fired_at < delivery.occurrence),
                    or_(Reminder.claimed_by.is_(None), Reminder.claimed_by != self.session,
                        Reminder.claimed_occurrence.is_(None),
                        Reminder.claimed_occurrence < delivery.occurrence),
                )
                .values(claimed_occurrence=delivery.occurrence, claimed_by=self.session)
            )
        return result.rowcount == 1

    def confirm(self, delivery: Delivery) -> None:
        """The claimed occurrence was shown: it is delivered for good. A delivered snooze
        ends (a recurring reminder goes on with its rule; a one-off is due at that time)."""
        values = {
            "last_fired_at": delivery.occurrence, "claimed_occurrence": None, "claimed_by": None,
            "fired_wall": wall_time(delivery.occurrence, self.clock.local_tz()).strftime(WALL_FORMAT),
        }
        if delivery.snoozed:
            values["snoozed_until"] = None
            if not delivery.recurring:
                values["due_at"] = delivery.occurrence
        with self.db.write() as conn:
            conn.execute(
                update(Reminder)
                .where(Reminder.id == delivery.reminder_id, Reminder.claimed_by == self.session,
                       Reminder.claimed_occurrence == delivery.occurrence)
                .values(**values)
            )
        self._emit(delivery.contact_id)

    def release(self, delivery: Delivery) -> None:
        """Showing failed: give the claim back, so the next check tries again."""
        with self.db.write() as conn:
            conn.execute(
                update(Reminder)
                .where(Reminder.id == delivery.reminder_id, Reminder.claimed_by == self.session)
                .values(claimed_occurrence=None, claimed_by=None)
            )

    def next_wakeup(self) -> datetime | None:
        """The earliest future moment something becomes deliverable (for a timer)."""
        now, tz = self.clock.now(), self.clock.local_tz()
        with self.db.read() as conn:
            rows = conn.execute(select(*_COLUMNS).where(Reminder.done.is_(False))).all()
        states = (_state(r, self.session) for r in rows)
        times = [t for t in (next_fire_time(s, now, tz) for s in states) if t is not None]
        return min(times, default=None)

    # --- reads --------------------------------------------------------------------------
    def get(self, reminder_id: int) -> ReminderRow:
        with self.db.read() as conn:
            return self._row(self._fetch(conn, reminder_id))

    def pending(self) -> list[ReminderRow]:
        """Reminders not done, soonest first."""
        with self.db.read() as conn:
            rows = conn.execute(select(*_COLUMNS).where(Reminder.done.is_(False))).all()
        return sorted((self._row(r) for r in rows), key=lambda r: (r.due_at, r.id))

    def of_contact(self, contact_id: int) -> list[ReminderRow]:
        with self.db.read() as conn:
            rows = conn.execute(select(*_COLUMNS).where(Reminder.contact_id == contact_id)).all()
        return sorted((self._row(r) for r in rows), key=lambda r: (r.done, r.due_at, r.id))

    # --- helpers ------------------------------------------------------------------------
    def _row(self, r) -> ReminderRow:
        state = _state(r)
        due = current_due(state, self.clock.now(), self.clock.local_tz())
        return ReminderRow(
            r.id, r.contact_id, r.title, due, rule_part(r.rrule) if r.rrule else "",
            state.snoozed_until, bool(r.done), state.last_fired_at,
        )

    def _aware(self, when: datetime) -> datetime:
        if when.tzinfo is None:
            when = when.replace(tzinfo=self.clock.local_tz())
        return as_utc(when)

    @staticmethod
    def _fetch(conn, reminder_id: int):
        r = conn.execute(select(*_COLUMNS).where(Reminder.id == reminder_id)).first()
        if r is None:
            raise NotFoundError(f"reminder {reminder_id} does not exist")
        return r

    def _update(self, reminder_id: int, **values) -> None:
        with self.db.write() as conn:
            r = self._fetch(conn, reminder_id)
            conn.execute(update(Reminder).where(Reminder.id == reminder_id).values(**values))
        self._emit(r.contact_id)

    def _emit(self, *contact_ids: int | None) -> None:
        self.events.emit("reminders", *sorted(c for c in contact_ids if c is not None))


class ChangeWatch:
    """Notices commits by other connections, including other processes (the CLI adding a
    reminder while the app runs), for the price of one PRAGMA: SQLite's data_version, read
    on a connection of its own, changes whenever anyone else commits."""

    def __init__(self, path: Path | str, key=None) -> None:
        from app.storage.encryption import connect  # key: an encrypted database's Key

        # A quoted URI (app/storage/uris.py): file names with ? or # stay what they are.
        self._conn = connect(Path(path), key, readonly=True, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int | None:
        if self._conn is None:
            return None
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        """True once after each commit made elsewhere since the last call."""
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
