"""The weekly review: its journal (what helped, what hurt, what I try next) and when it is due.

One entry per reviewed week: doing the review again for the same week edits that entry.
The review's promise decisions go through services.promises, not through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select, update

from app.domain.clock import as_utc, local_today
from app.domain.enums import PromiseState
from app.domain.habits import monday_of, review_is_due, review_week_of
from app.services.base import NotFoundError, Service, ValidationError
from app.services.contacts import display_name
from app.services.reminders import RemindersService
from app.services.settings import SettingsService
from app.storage.tables import Contact, JournalEntry, Promise

REVIEW_PROMISE_LIMIT = 50
REMINDER_KEY = "weekly_review_reminder"  # {"id", "weekday", "hour"} of the reminder we made
OUTCOMES_KEY = "try_next_outcomes"  # {monday iso: outcome}: did last week's plan happen?
TRY_NEXT_OUTCOMES = ("yes", "partly", "no")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class JournalRow:
    id: int
    week_of: date  # the Monday of the reviewed week
    helped: str
    hurt: str
    try_next: str
    created_at: datetime


@dataclass(frozen=True)
class ReviewPromise:
    """An open promise the weekly review asks about."""

    id: int
    contact_id: int
    name: str
    owner: str  # PromiseOwner value
    text: str
    due: date
    original_due: date | None


class JournalService(Service):
    # --- when ---------------------------------------------------------------------------
    def review_week(self) -> date:
        """The Monday of the week a review started now looks back on."""
        weekday = SettingsService(self.db, self.clock, self.events).load().weekly_review_weekday
        return review_week_of(local_today(self.clock), weekday)

    def review_due(self) -> bool:
        weekday = SettingsService(self.db, self.clock, self.events).load().weekly_review_weekday
        today = local_today(self.clock)
        week = review_week_of(today, weekday)
        return review_is_due(today, weekday, [week] if self.for_week(week) else [])

    def ensure_weekly_reminder(self, title: str, create: bool = True) -> int | None:
        """A recurring reminder on the chosen weekday at the morning-digest hour, so the
        review day also reaches the user outside the app. Moved when they pick another day
        or hour; not recreated when they deleted it. create=False only keeps an existing one
        in step with the settings. `title` comes translated from the UI."""
        settings_service = SettingsService(self.db, self.clock, self.events)
        settings = settings_service.load()
        wanted = {"weekday": settings.weekly_review_weekday, "hour": settings.reminder_hour}
        stored = settings_service.get_value(REMINDER_KEY) or {}
        reminders = RemindersService(self.db, self.clock, self.events)
        exists = stored.get("id") is not None and _exists(reminders, stored["id"])
        if stored and {k: stored.get(k) for k in wanted} == wanted:
            return stored["id"] if exists else None
        if not stored and not create:
            return None
        if exists:
            reminders.delete(stored["id"])
        first = _next_weekday_at(self.clock, wanted["weekday"], wanted["hour"])
        rule = f"FREQ=WEEKLY;BYDAY={BYDAY[wanted['weekday']]}"
        reminder_id = reminders.add(title, first, rrule=rule)
        settings_service.set_value(REMINDER_KEY, {"id": reminder_id, **wanted})
        return reminder_id

    # --- entries ------------------------------------------------------------------------
    def save(self, week_of: date, helped: str, hurt: str, try_next: str) -> int:
        """Save the review's answers for the week containing week_of; returns the entry id."""
        answers = {"helped": helped.strip(), "hurt": hurt.strip(), "try_next": try_next.strip()}
        if not any(answers.values()):
            raise ValidationError("answers", "answer at least one of the three questions")
        monday = monday_of(week_of)
        with self.db.write() as conn:
            found = conn.execute(
                select(JournalEntry.id).where(JournalEntry.week_of == monday)
            ).scalar()
            if found is None:
                entry = insert(JournalEntry).values(
                    week_of=monday, created_at=self.clock.now(), **answers)
                found = conn.execute(entry).inserted_primary_key[0]
            else:
                conn.execute(update(JournalEntry).where(JournalEntry.id == found).values(**answers))
        self.events.emit("journal")
        return found

    def entries(self, limit: int | None = None) -> list[JournalRow]:
        """Newest week first."""
        stmt = select(*_COLUMNS).order_by(JournalEntry.week_of.desc())
        if limit:
            stmt = stmt.limit(limit)
        with self.db.read() as conn:
            return [_row(r) for r in conn.execute(stmt).all()]

    def for_week(self, week_of: date) -> JournalRow | None:
        with self.db.read() as conn:
            r = conn.execute(
                select(*_COLUMNS).where(JournalEntry.week_of == monday_of(week_of))
            ).first()
        return _row(r) if r else None

    def previous(self, week_of: date) -> JournalRow | None:
        """The review of the week before (its "what will I try next" opens this one)."""
        return self.for_week(monday_of(week_of) - timedelta(days=7))

    def try_next_outcome(self, week_of: date) -> str | None:
        """Whether the week's "what will I try next" happened: one of TRY_NEXT_OUTCOMES."""
        stored = SettingsService(self.db, self.clock, self.events).get_value(OUTCOMES_KEY) or {}
        return stored.get(monday_of(week_of).isoformat())

    def record_try_next_outcome(self, week_of: date, outcome: str) -> None:
        if outcome not in TRY_NEXT_OUTCOMES:
            raise ValidationError("outcome", f"must be one of {', '.join(TRY_NEXT_OUTCOMES)}")
        settings = SettingsService(self.db, self.clock, self.events)
        stored = dict(settings.get_value(OUTCOMES_KEY) or {})
        stored[monday_of(week_of).isoformat()] = outcome
        settings.set_value(OUTCOMES_KEY, stored)
        self.events.emit("journal")

    # --- what the review walks through ----------------------------------------------------
    def open_promises(self, week_of: date, limit: int = REVIEW_PROMISE_LIMIT):
        """Open promises (both ways) due by the end of the reviewed week, oldest first, and
        how many there are in all."""
        end = monday_of(week_of) + timedelta(days=7)
        where = (Promise.state == PromiseState.OPEN, Promise.due.is_not(None), Promise.due < end,
                 Contact.deleted_at.is_(None))
        with self.db.read() as conn:
            total = conn.execute(
                select(func.count()).select_from(Promise).join(Contact).where(*where)
            ).scalar_one()
            rows = conn.execute(
                select(Promise.id, Promise.contact_id, Contact.given_name, Contact.family_name,
                       Contact.nickname, Promise.owner, Promise.text, Promise.due,
                       Promise.original_due)
                .join(Contact, Contact.id == Promise.contact_id)
                .where(*where)
                .order_by(Promise.due, Promise.id)
                .limit(limit)
            ).all()
        items = [ReviewPromise(r[0], r[1], display_name(r[2], r[3], r[4]), r[5], r[6], r[7], r[8])
                 for r in rows]
        return items, total


_COLUMNS = (JournalEntry.id, JournalEntry.week_of, JournalEntry.helped, JournalEntry.hurt,
            JournalEntry.try_next, JournalEntry.created_at)


def _exists(reminders: RemindersService, reminder_id: int) -> bool:
    try:
        return not reminders.get(reminder_id).done
    except NotFoundError:
        return False


def _next_weekday_at(clock, weekday: int, hour: int) -> datetime:
    """The next local `weekday` at `hour` o'clock from now (today, if it is still ahead)."""
    tz = clock.local_tz()
    today = local_today(clock)
    day = today + timedelta(days=(weekday - today.weekday()) % 7)
    when = datetime.combine(day, time(hour), tz)
    return when if when > clock.now() else when + timedelta(days=7)


def _row(r) -> JournalRow:
    return JournalRow(r[0], r[1], r[2], r[3], r[4], as_utc(r[5]))
