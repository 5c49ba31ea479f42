"""The Today list: Overdue / Today / Coming up, each item saying why and since when.

The parts (today_parts.py, today_trust.py, today_decisions.py) are index range reads with a
LIMIT on one read snapshot of the plain DB-API connection (the read models in
app/storage/queries/today.py), never a scan of contacts or interactions. Each bucket shows
at most `cap` items per kind and counts the rest.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import delete
from sqlalchemy.dialects.sqlite import insert

from app.domain.clock import local_today
from app.domain.enums import PromiseState
from app.domain.focus import pick_focus
from app.domain.settings import Settings
from app.domain.today import Bucket, ItemKind, TodayItem, horizon, sort_key
from app.services import today_backlog, today_dates, today_parts, today_trust
from app.services.base import NotFoundError, Service
from app.services.decisions import DecisionsService
from app.services.promises import PromisesService
from app.services.reminders import RemindersService
from app.services.today_decisions import decisions_due
from app.services.today_window import Window
from app.storage.queries.raw import snapshot
from app.storage.queries.today import active_marks, handled_since, settings_json
from app.services.today_list import TodayGroup, TodayList  # noqa: F401  (re-exported)
from app.storage.tables import TodayMark

CAP = 20  # items per kind and bucket; the rest are counted, not listed
AFTER_SENT_DAYS = 3  # a nudge or an apology went out: give them this long to answer
MARKS_KEPT_DAYS = 400  # marks older than this can no longer hide anything useful
# The parts of the list, in any order (the buckets are sorted afterwards).
PARTS = (
    today_parts.keep_in_touch, today_parts.outreach, today_parts.birthdays,
    today_parts.promises_due, today_parts.reminders_due, today_trust.replies_owed,
    today_trust.repairs, decisions_due, today_dates.important_dates,
)


class TodayService(Service):
    def __init__(self, db, clock, events) -> None:
        super().__init__(db, clock, events)
        self._promises = PromisesService(db, clock, events)
        self._reminders = RemindersService(db, clock, events)
        self._decisions = DecisionsService(db, clock, events)

    # --- the list -----------------------------------------------------------------------
    def build(self, cap: int = CAP) -> TodayList:
        """The whole list as plain values; reads only (safe to call from any thread)."""
        tz = self.clock.local_tz()
        today = local_today(self.clock)
        # Bucket edges as UTC instants: local midnights, so a DST change moves them right.
        edges = tuple(datetime.combine(day, time(), tz).astimezone(timezone.utc) for day in
                      (today, today + timedelta(days=1), horizon(today) + timedelta(days=1)))
        counts = {bucket: 0 for bucket in Bucket}
        items: list[TodayItem] = []
        with snapshot(self.db) as cur:
            settings = Settings.from_json(settings_json(cur))
            window = Window(today, edges, cap, active_marks(cur, today), tz, self.clock.now(),
                            settings.reply_owed_days)
            for part in PARTS:
                part_items, part_counts = part(cur, window)
                items.extend(part_items)
                for bucket, n in part_counts.items():
                    counts[bucket] += n
            handled = handled_since(cur, edges[0])
        by_bucket: dict[Bucket, list[TodayItem]] = {bucket: [] for bucket in Bucket}
        for item in items:
            by_bucket[item.bucket(today)].append(item)
        groups = tuple(
            TodayGroup(bucket, tuple(sorted(by_bucket[bucket], key=sort_key)), counts[bucket])
            for bucket in Bucket
        )
        # The focus is a list a person can finish: what they handled today (done, snoozed,
        # sent, logged, kept) takes its place, so it shrinks instead of refilling from Later.
        focus = pick_focus(items, today, max(settings.focus_size - handled, 0))
        return TodayList(today, groups, tuple(focus))  # type: ignore[arg-type]

    # --- marks: done and snooze for items without a state of their own ------------------
    def done(self, item: TodayItem) -> None:
        """Done, by kind: a promise is kept, a reminder finished (or moved to its next
        repeat), keep-in-touch waits one more cadence, anything else is hidden for good."""
        if item.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE):
            self._promises.set_state(item.ref_id, PromiseState.KEPT)
        elif item.kind is ItemKind.REMINDER:
            self._reminders.done(item.ref_id)
        elif item.kind is ItemKind.DECISION:
            self._decisions.set_reviewed(item.ref_id)
        elif item.kind is ItemKind.KEEP_IN_TOUCH:
            days = item.count or 1
            self._mark(item, done=False, until=local_today(self.clock) + timedelta(days=days))
        else:
            self._mark(item, done=True, until=None)

    def close_after_sent(self, item: TodayItem, promise_kept: bool) -> None:
        """A message drafted from this row went out: the row is done. A nudge about their
        promise or an apology for mine does not keep the promise: that row rests
        AFTER_SENT_DAYS (time for an answer) and comes back if nothing moved."""
        if item.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE) and not promise_kept:
            self.snooze(item, local_today(self.clock) + timedelta(days=AFTER_SENT_DAYS))
        else:
            self.done(item)

    def spread_backlog(self, weeks: int = today_backlog.SPREAD_WEEKS) -> today_backlog.Spread:
        """Reschedule every drifted (overdue) keep-in-touch item over the next `weeks`
        weeks, a few a day; the result holds the marks as they were, for undo."""
        today = local_today(self.clock)
        with self.db.write() as conn:
            raw = conn.connection.driver_connection  # the marks as this transaction sees them
            hidden = active_marks(raw, today).get(ItemKind.KEEP_IN_TOUCH, {})
            items = today_backlog.drifted(conn, today, self.clock.local_tz(), hidden)
            result = today_backlog.spread(conn, items, today, self.clock.now(), weeks)
        if result.count:
            self.events.emit("today", *sorted({item.contact_id for item in items
                                                if item.contact_id is not None}))
        return result

    def undo_done(self, item: TodayItem) -> None:
        """Put back an item `done()` took off the list."""
        if item.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE):
            self._promises.set_state(item.ref_id, PromiseState.OPEN)
        elif item.kind is ItemKind.REMINDER:
            self._reminders.reopen(item.ref_id, datetime.fromisoformat(item.occurrence))
        elif item.kind is ItemKind.DECISION:
            self._decisions.set_reviewed(item.ref_id, False)
        else:
            self.unmark(item)

    def unmark(self, item: TodayItem) -> None:
        """Undo a snooze or done mark."""
        with self.db.write() as conn:
            conn.execute(delete(TodayMark).where(
                TodayMark.kind == item.kind.value, TodayMark.ref_id == item.ref_id,
                TodayMark.occurrence == item.occurrence))
        self.events.emit("today", *((item.contact_id,) if item.contact_id else ()))

    def snooze(self, item: TodayItem, until: date) -> None:
        """Hide the item until the local date `until` (it shows again that morning)."""
        if until <= local_today(self.clock):
            raise ValueError("snooze until a day after today")
        if item.kind is ItemKind.REMINDER:
            due = self._reminders.get(item.ref_id).due_at.astimezone(self.clock.local_tz())
            wall = datetime.combine(until, due.timetz().replace(tzinfo=None), self.clock.local_tz())
            self._reminders.snooze(item.ref_id, wall)
        else:
            self._mark(item, done=False, until=until)

    def _mark(self, item: TodayItem, done: bool, until: date | None) -> None:
        if item.contact_id is None:
            raise NotFoundError("this item has no contact to mark")
        now = self.clock.now()
        values = {"kind": item.kind.value, "ref_id": item.ref_id, "occurrence": item.occurrence,
                  "contact_id": item.contact_id, "done": done, "snoozed_until": until,
                  "created_at": now}
        with self.db.write() as conn:
            conn.execute(delete(TodayMark).where(
                TodayMark.created_at < now - timedelta(days=MARKS_KEPT_DAYS)))
            conn.execute(insert(TodayMark).values(**values).on_conflict_do_update(
                index_elements=["kind", "ref_id", "occurrence"],
                set_={"done": done, "snoozed_until": until, "created_at": now}))
        self.events.emit("today", item.contact_id)
