"""The Today list: Overdue / Today / Coming up, each item saying why and since when.

Fast at 50,000 contacts because every part is an index range read with a LIMIT, never a
scan of contacts or interactions: keep-in-touch reads ix_contact_follow_up (a generated
column), outreach ix_contact_unanswered, birthdays ix_contact_birthday, promises
ix_promise_open_due. Each bucket shows at most `cap` items per kind and counts the rest.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import delete, select, text
from sqlalchemy.dialects.sqlite import insert

from app.domain.birthdays import Birthday
from app.domain.clock import as_utc, local_today
from app.domain.enums import PromiseOwner, PromiseState
from app.domain.focus import pick_focus
from app.domain.today import (
    BIRTHDAY_DAYS, Bucket, ItemKind, ReminderState, TodayItem, birthday_keys, bucket_of,
    current_due, horizon, local_date, sort_key, upcoming_birthday,
)  # fmt: skip
from app.services import today_backlog, today_dates, today_trust
from app.services.base import NotFoundError, Service
from app.services.contacts import display_name
from app.services.promises import PromisesService
from app.services.reminders import RemindersService
from app.services.settings import SettingsService
from app.services.today_sql import (
    count_rows as _count, db_time as _db_time, hidden as _hidden, parse_stored as _parse,
)  # fmt: skip
from app.services.today_list import TodayGroup, TodayList  # noqa: F401  (re-exported)
from app.storage.tables import TODAY_CONTACTS, Contact, Reminder, TodayMark

CAP = 20  # items per kind and bucket; the rest are counted, not listed
AFTER_SENT_DAYS = 3  # a nudge or an apology went out: give them this long to answer
MARKS_KEPT_DAYS = 400  # marks older than this can no longer hide anything useful
_JD_UNIX_EPOCH = 2440587.5


def _jd(moment: datetime) -> float:
    return _JD_UNIX_EPOCH + moment.timestamp() / 86400


def _from_jd(jd: float) -> datetime:
    return datetime.fromtimestamp((jd - _JD_UNIX_EPOCH) * 86400, timezone.utc)


class TodayService(Service):
    def __init__(self, db, clock, events) -> None:
        super().__init__(db, clock, events)
        self._promises = PromisesService(db, clock, events)
        self._reminders = RemindersService(db, clock, events)

    # --- the list -----------------------------------------------------------------------
    def build(self, cap: int = CAP) -> TodayList:
        """The whole list as plain values; reads only (safe to call from any thread)."""
        settings = SettingsService(self.db, self.clock, self.events).load()
        self._reply_days = max(settings.reply_owed_days, 0)
        tz = self.clock.local_tz()
        today = local_today(self.clock)
        last = horizon(today)
        # Bucket edges as UTC instants: local midnights, so a DST change moves them right.
        edges = [datetime.combine(day, time(), tz).astimezone(timezone.utc)
                 for day in (today, today + timedelta(days=1), last + timedelta(days=1))]  # fmt: skip
        counts = {bucket: 0 for bucket in Bucket}
        items: list[TodayItem] = []
        with self.db.read() as conn:
            marks = self._active_marks(conn, today)
            for part in (self._keep_in_touch, self._outreach, self._birthdays, self._promises_due,
                         self._reminders_due, self._replies_owed, self._repairs,
                         self._dates):  # fmt: skip
                part_items, part_counts = part(conn, today, edges, cap, marks)
                items.extend(part_items)
                for bucket, n in part_counts.items():
                    counts[bucket] += n
            handled = self._handled_today(conn, edges[0])
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

    @staticmethod
    def _handled_today(conn, midnight) -> int:
        """Rows the user dealt with since local midnight: today marks written and promises
        resolved (an undo puts them back, and the item returns to the focus)."""
        start = _db_time(midnight)
        return conn.execute(text(
            "SELECT (SELECT count(*) FROM today_mark WHERE created_at >= :start) + "
            "(SELECT count(*) FROM promise WHERE resolved_at >= :start)"), {"start": start},
        ).scalar_one()  # fmt: skip

    # The parts that keep replies and broken promises from vanishing (app/services/today_trust.py)
    def _replies_owed(self, conn, today, edges, cap, marks):
        return today_trust.replies_owed(conn, self.clock, self._reply_days, today, edges, cap,
                                        marks)  # fmt: skip

    def _repairs(self, conn, today, edges, cap, marks):
        return today_trust.repairs(conn, self.clock, today, edges, cap, marks)

    def _dates(self, conn, today, edges, cap, marks):
        return today_dates.important_dates(conn, today, cap, marks)

    def _keep_in_touch(self, conn, today, edges, cap, marks):
        cutoffs = [_jd(edge) for edge in edges]
        where = f"follow_up_jd < :end AND {TODAY_CONTACTS}"
        sql = ("SELECT id, given_name, family_name, nickname, follow_up_jd, last_two_way_at, "
               "created_at, cadence_days FROM contact INDEXED BY ix_contact_follow_up "
               f"WHERE follow_up_jd >= :start AND {where} ORDER BY follow_up_jd LIMIT :limit")  # fmt: skip
        ranges = ((0.0, cutoffs[0]), (cutoffs[0], cutoffs[1]), (cutoffs[1], cutoffs[2]))
        skip = marks.get(ItemKind.KEEP_IN_TOUCH, {})
        items, counts = [], {}
        tz = self.clock.local_tz()
        for bucket, (start, end) in zip(Bucket, ranges):
            rows = conn.execute(text(sql), {"start": start, "end": end, "limit": cap + len(skip)})
            found = [self._follow_up_item(r, tz) for r in rows]
            kept = [i for i in found if not _hidden(i, skip)]
            items.extend(kept[:cap])
            counts[bucket] = _count(conn, text(
                "SELECT 1 FROM contact INDEXED BY ix_contact_follow_up "
                f"WHERE follow_up_jd >= :start AND {where}"), {"start": start, "end": end},
            ) - (len(found) - len(kept))  # fmt: skip
        return items, counts

    @staticmethod
    def _follow_up_item(r, tz) -> TodayItem:
        due = local_date(_from_jd(r.follow_up_jd), tz)
        since = local_date(as_utc(_parse(r.last_two_way_at or r.created_at)), tz)
        return TodayItem(
            ItemKind.KEEP_IN_TOUCH, r.id, r.id, display_name(r.given_name, r.family_name, r.nickname),
            due, since, "", r.cadence_days, due.isoformat(),
        )  # fmt: skip

    def _outreach(self, conn, today, edges, cap, marks):
        """2 unanswered → waiting, 3 or more → stop; both are today's business."""
        tz = self.clock.local_tz()
        items, total = [], 0
        for kind, condition in ((ItemKind.WAITING, "unanswered_outbound = 2"),
                                (ItemKind.STOP, "unanswered_outbound >= 3")):  # fmt: skip
            skip = marks.get(kind, {})
            where = f"{condition} AND unanswered_outbound >= 2 AND {TODAY_CONTACTS}"
            rows = conn.execute(text(
                "SELECT id, given_name, family_name, nickname, unanswered_outbound, "
                "first_unanswered_at FROM contact INDEXED BY ix_contact_unanswered "
                f"WHERE {where} ORDER BY first_unanswered_at LIMIT :limit"),
                {"limit": cap + len(skip)},
            )  # fmt: skip
            found = [
                TodayItem(kind, r.id, r.id, display_name(r.given_name, r.family_name, r.nickname),
                          today, local_date(as_utc(_parse(r.first_unanswered_at)), tz) if
                          r.first_unanswered_at else None, "", r.unanswered_outbound,
                          f"{_parse(r.first_unanswered_at) if r.first_unanswered_at else ''}")
                for r in rows
            ]  # fmt: skip
            kept = [i for i in found if not _hidden(i, skip)]
            items.extend(kept[:cap])
            total += _count(conn, text(
                f"SELECT 1 FROM contact INDEXED BY ix_contact_unanswered WHERE {where}"), {},
            ) - (len(found) - len(kept))  # fmt: skip
        return items, {Bucket.TODAY: total}

    def _birthdays(self, conn, today, edges, cap, marks):
        """One index-only count per day of the window, then rows only for the days needed
        to list `cap` per bucket; 29 February joins 28 February in common years."""
        skip = marks.get(ItemKind.BIRTHDAY, {})
        keys = birthday_keys(today, BIRTHDAY_DAYS)
        pairs = ", ".join(f"({m}, {d})" for m, d in keys)  # ints from the calendar, not input
        # One index search per day (a correlated count): "IN (VALUES …)" made SQLite scan the
        # whole birthday index instead, 11 ms against 0.2 ms at 50,000 contacts.
        per_day = dict(((m, d), n) for m, d, n in conn.execute(text(
            "SELECT k.column1, k.column2, (SELECT count(*) FROM contact "
            "INDEXED BY ix_contact_upcoming_birthday WHERE birthday_month = k.column1 "
            f"AND birthday_day = k.column2 AND {TODAY_CONTACTS}) FROM (VALUES {pairs}) AS k"
        )).all())  # fmt: skip
        items, counts = [], {Bucket.TODAY: 0, Bucket.UPCOMING: 0}
        listed = {Bucket.TODAY: 0, Bucket.UPCOMING: 0}
        for month, day in keys:
            when = upcoming_birthday(Birthday(month, day), today)
            if when is None or not per_day.get((month, day)):
                continue
            bucket = bucket_of(when, today)
            counts[bucket] += per_day[(month, day)]
            if listed[bucket] >= cap:
                continue
            rows = conn.execute(text(
                "SELECT id, given_name, family_name, nickname, birthday_year FROM contact "
                "INDEXED BY ix_contact_upcoming_birthday WHERE birthday_month = :m AND "
                f"birthday_day = :d AND {TODAY_CONTACTS} LIMIT :limit"),
                {"m": month, "d": day, "limit": cap + len(skip)},
            ).all()  # fmt: skip
            for r in rows:
                birthday = Birthday(month, day, r.birthday_year)
                item = TodayItem(
                    ItemKind.BIRTHDAY, r.id, r.id,
                    display_name(r.given_name, r.family_name, r.nickname), when, None, "",
                    birthday.age_on(when) or 0, when.isoformat(),
                )  # fmt: skip
                if _hidden(item, skip):
                    counts[bucket] -= 1
                elif listed[bucket] < cap:
                    items.append(item)
                    listed[bucket] += 1
        return items, counts

    def _promises_due(self, conn, today, edges, cap, marks):
        # Plain SQL over ix_promise_today (state, owner, due, contact_id): half the time of
        # the same query built with SQLAlchemy's expression language at 50,000 contacts.
        last = horizon(today)
        items, counts = [], {bucket: 0 for bucket in Bucket}
        parts = (
            (ItemKind.MY_PROMISE, PromiseOwner.ME, Bucket.OVERDUE, "p.due < :today", {}),
            (ItemKind.MY_PROMISE, PromiseOwner.ME, Bucket.TODAY, "p.due = :today", {}),
            (ItemKind.MY_PROMISE, PromiseOwner.ME, Bucket.UPCOMING,
             "p.due > :today AND p.due <= :last", {"last": last.isoformat()}),
            (ItemKind.THEIR_PROMISE, PromiseOwner.THEM, Bucket.OVERDUE, "p.due < :today", {}),
        )  # fmt: skip
        for kind, owner, bucket, in_range, extra in parts:
            skip = marks.get(kind, {})
            params = {"owner": str(owner), "today": today.isoformat(), **extra}
            source = (
                "FROM promise p INDEXED BY ix_promise_today JOIN contact c ON c.id = p.contact_id "
                f"WHERE p.state = 'open' AND p.owner = :owner AND {in_range} "
                "AND c.archived = 0 AND c.deleted_at IS NULL"
            )
            rows = conn.execute(text(
                "SELECT p.id, p.contact_id, p.text, p.due, p.original_due, c.given_name, "
                f"c.family_name, c.nickname {source} ORDER BY p.due, p.id LIMIT :limit"),
                {**params, "limit": cap + len(skip)},
            ).all()  # fmt: skip
            found = []
            for r in rows:
                due = date.fromisoformat(r.due)
                first = date.fromisoformat(r.original_due) if r.original_due else None
                late = (today - due).days if kind is ItemKind.THEIR_PROMISE else 0
                found.append(TodayItem(
                    kind, r.id, r.contact_id, display_name(r.given_name, r.family_name, r.nickname),
                    due, first if first and first != due else None, r.text, late, due.isoformat(),
                ))  # fmt: skip
            kept = [i for i in found if not _hidden(i, skip)]
            items.extend(kept[:cap])
            counts[bucket] += _count(conn, text(f"SELECT 1 {source}"), params) - (
                len(found) - len(kept))  # fmt: skip
        return items, counts

    def _reminders_due(self, conn, today, edges, cap, marks):
        now, tz = self.clock.now(), self.clock.local_tz()
        rows = conn.execute(
            select(Reminder.id, Reminder.contact_id, Reminder.title, Reminder.due_at,
                   Reminder.rrule, Reminder.snoozed_until, Reminder.last_fired_at,
                   Contact.given_name, Contact.family_name, Contact.nickname, Contact.archived,
                   Contact.deleted_at)
            .outerjoin(Contact, Contact.id == Reminder.contact_id)
            .where(Reminder.done.is_(False))
        ).all()  # fmt: skip
        found = []
        for r in rows:
            if r.contact_id is not None and (r.archived or r.deleted_at is not None):
                continue
            state = ReminderState(as_utc(r.due_at), r.rrule,
                                  as_utc(r.snoozed_until) if r.snoozed_until else None)  # fmt: skip
            due_at = current_due(state, now, tz)
            if due_at >= edges[2]:
                continue
            name = display_name(r.given_name, r.family_name, r.nickname) if r.contact_id else ""
            found.append(TodayItem(ItemKind.REMINDER, r.id, r.contact_id, name,
                                   local_date(due_at, tz), None, r.title, 0, due_at.isoformat()))  # fmt: skip
        counts = {bucket: 0 for bucket in Bucket}
        shown: dict[Bucket, list[TodayItem]] = {bucket: [] for bucket in Bucket}
        for item in sorted(found, key=sort_key):
            bucket = bucket_of(item.due, today)
            counts[bucket] += 1
            if len(shown[bucket]) < cap:
                shown[bucket].append(item)
        return [i for group in shown.values() for i in group], counts

    # --- marks: done and snooze for items without a state of their own ------------------
    @staticmethod
    def _active_marks(conn, today: date) -> dict[ItemKind, dict[int, set[str]]]:
        """(kind → ref_id → occurrences) hidden today: done, or snoozed past today."""
        rows = conn.execute(
            select(TodayMark.kind, TodayMark.ref_id, TodayMark.occurrence).where(
                (TodayMark.done.is_(True)) | (TodayMark.snoozed_until > today)
            )
        ).all()
        marks: dict[ItemKind, dict[int, set[str]]] = {}
        for kind, ref_id, occurrence in rows:
            marks.setdefault(ItemKind(kind), {}).setdefault(ref_id, set()).add(occurrence)
        return marks

    def done(self, item: TodayItem) -> None:
        """Done, by kind: a promise is kept, a reminder finished (or moved to its next
        repeat), keep-in-touch waits one more cadence, anything else is hidden for good."""
        if item.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE):
            self._promises.set_state(item.ref_id, PromiseState.KEPT)
        elif item.kind is ItemKind.REMINDER:
            self._reminders.done(item.ref_id)
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
            hidden = self._active_marks(conn, today).get(ItemKind.KEEP_IN_TOUCH, {})
            items = today_backlog.drifted(conn, today, self.clock.local_tz(), hidden)
            result = today_backlog.spread(conn, items, today, self.clock.now(), weeks)
        if result.count:
            self.events.emit("today", *sorted({item.contact_id for item in items}))
        return result

    def undo_done(self, item: TodayItem) -> None:
        """Put back an item `done()` took off the list."""
        if item.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE):
            self._promises.set_state(item.ref_id, PromiseState.OPEN)
        elif item.kind is ItemKind.REMINDER:
            self._reminders.reopen(item.ref_id, datetime.fromisoformat(item.occurrence))
        else:
            self.unmark(item)

    def unmark(self, item: TodayItem) -> None:
        """Undo a snooze or done mark."""
        with self.db.write() as conn:
            conn.execute(delete(TodayMark).where(
                TodayMark.kind == item.kind.value, TodayMark.ref_id == item.ref_id,
                TodayMark.occurrence == item.occurrence))  # fmt: skip
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
                  "created_at": now}  # fmt: skip
        with self.db.write() as conn:
            conn.execute(delete(TodayMark).where(
                TodayMark.created_at < now - timedelta(days=MARKS_KEPT_DAYS)))
            conn.execute(insert(TodayMark).values(**values).on_conflict_do_update(
                index_elements=["kind", "ref_id", "occurrence"],
                set_={"done": done, "snoozed_until": until, "created_at": now}))  # fmt: skip
        self.events.emit("today", item.contact_id)
