"""The dashboard: this week, what is at risk, the 12-week habits, and a contact's trust ledger.

build() is what the page draws and what bench/ times. It runs a fixed number of queries
(one per habit series, a few for the lists) whatever the size of the network.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, text

from app.domain.clock import as_utc, local_today
from app.domain.enums import Direction, PromiseOwner, PromiseState
from app.domain.habits import (
    HabitSeries, HabitWindow, PromiseTally, local_midnight_utc, monday_of,
    tally_promises,
)
from app.domain.today import ItemKind as TodayKind
from app.domain.today import local_date
from app.services import habit_queries
from app.services.dashboard_decisions import NeedsDecision, needs_decision
from app.services.base import NotFoundError, Service
from app.services.changes import Changes, Kind
from app.services.contacts import display_name
from app.services.decisions import DecisionsService
from app.services.today import TodayService
from app.storage.queries.dashboard import contact_exists, direction_counts, last_in_person, promise_rows
from app.storage.tables import TODAY_CONTACTS, Contact, Promise

JD_UNIX_EPOCH = 2440587.5  # the Julian day of 1970-01-01 00:00 UTC
# Changes that cannot move a habit chart keep its cached series.
UNRELATED_TO_HABITS = frozenset({Kind.TEMPLATES, Kind.JOURNAL})
LIST_LIMIT = 50  # rows per dashboard list; `total` says how many there are in all


class ItemKind:
    MY_PROMISE = "my_promise"
    THEIR_PROMISE = "their_promise"
    FOLLOW_UP = "follow_up"
    BIRTHDAY = "birthday"
    UNANSWERED = "unanswered"
    DRIFTING = "drifting"
    OVERDUE_PROMISE = "overdue_promise"
    STALLED = "stalled"  # 3+ unanswered messages in a row
    REPLY_OWED = "reply_owed"  # they wrote, I have not answered


@dataclass(frozen=True)
class DashItem:
    kind: str  # an ItemKind value
    contact_id: int
    name: str
    due: date | None  # the local day it is (or was) due
    text: str = ""  # the promise's text
    count: int = 0  # days past cadence, unanswered messages, the age they turn
    ref_id: int = 0  # the promise id for promise items, the decision id for a decision due


@dataclass(frozen=True)
class ItemList:
    items: tuple[DashItem, ...] = ()
    total: int = 0
    more: bool = False  # the list was cut at LIST_LIMIT: there are more than `total`


@dataclass(frozen=True)
class ThisWeek:
    week_of: date  # Monday
    my_promises: ItemList
    their_promises: ItemList
    follow_ups: ItemList
    birthdays: ItemList
    unanswered: ItemList


@dataclass(frozen=True)
class AtRisk:
    drifting: ItemList  # count = days past the cadence, most drifted first
    overdue_promises: ItemList  # mine, past their due day
    stalled_threads: ItemList  # count = unanswered messages in a row (3+)
    replies_owed: ItemList = ItemList()  # count = days since they wrote


@dataclass(frozen=True)
class Dashboard:
    today: date
    this_week: ThisWeek
    at_risk: AtRisk
    habits: tuple[HabitSeries, ...]
    needs_decision: NeedsDecision = NeedsDecision()


@dataclass(frozen=True)
class TrustLedger:
    contact_id: int
    mine: PromiseTally  # promises I made them
    theirs: PromiseTally  # promises they made me
    outbound: int  # I reached out
    inbound: int  # they reached out or replied
    mutual: int  # met or called
    last_in_person: date | None  # local date


class DashboardService(Service):
    def __init__(self, *parts) -> None:
        super().__init__(*parts)
        self._today = TodayService(*parts)
        self._decisions = DecisionsService(*parts)
        # The habit series are the costly part; they only change when data does. The
        # version tells a computation that finished after a change not to cache stale data.
        self._habits: dict[tuple[date, int], tuple[HabitSeries, ...]] = {}
        self._version = 0
        self._lock = threading.Lock()  # version check and store as one step (worker threads)
        self.events.subscribe(self._forget_habits)

    def _forget_habits(self, changes: Changes) -> None:
        if changes.kinds <= UNRELATED_TO_HABITS:
            return
        with self._lock:
            self._version += 1
            self._habits = {}

    def build(self) -> Dashboard:
        """Everything at once (what bench/ times); the page shows lists() first and fills
        the charts from habits() off the UI thread."""
        today, this_week, at_risk, needs = self.overview()
        return Dashboard(today, this_week, at_risk, self.habits(), needs)

    def lists(self) -> tuple[date, ThisWeek, AtRisk]:
        today, this_week, at_risk, _needs = self.overview()
        return today, this_week, at_risk

    def overview(self) -> tuple[date, ThisWeek, AtRisk, NeedsDecision]:
        """The three lists: this week, at risk, and what needs a decision."""
        today = local_today(self.clock)
        return (today, *self._lists(today))

    def habits(self, weeks: int = 12) -> tuple[HabitSeries, ...]:
        """The 12-week series; reads only, safe to call from a worker thread."""
        today = local_today(self.clock)
        found = self.cached_habits(weeks)
        if found is not None:
            return found
        version = self._version
        window = HabitWindow.ending(today, self.clock.local_tz(), weeks)
        with self.db.read() as conn:
            series = habit_queries.all_series(conn, window)
        with self._lock:
            if version == self._version:
                self._habits = {(today, weeks): series}
        return series

    def cached_habits(self, weeks: int = 12) -> tuple[HabitSeries, ...] | None:
        return self._habits.get((local_today(self.clock), weeks))

    def trust_ledger(self, contact_id: int) -> TrustLedger:
        tz, today = self.clock.local_tz(), local_today(self.clock)
        with self.db.read() as conn:
            raw = conn.connection.driver_connection  # plain SQL: read on every page open
            if not contact_exists(raw, contact_id):
                raise NotFoundError(f"contact {contact_id} does not exist")
            promises = promise_rows(raw, contact_id)
            directions = direction_counts(raw, contact_id)
            met = last_in_person(raw, contact_id)

        def side(owner: PromiseOwner) -> PromiseTally:
            return tally_promises(
                ((state, due, _resolved_by(resolved, due, tz)) for who, state, due, resolved
                 in promises if who == owner), today,
            )

        return TrustLedger(
            contact_id, side(PromiseOwner.ME), side(PromiseOwner.THEM),
            directions.get(Direction.OUTBOUND, 0), directions.get(Direction.INBOUND, 0),
            directions.get(Direction.MUTUAL, 0), local_date(as_utc(met), tz) if met else None,
        )

    def reconnect_next_week(self, limit: int = 10) -> list[DashItem]:
        """People whose keep-in-touch cadence runs out by the end of next week, the most
        overdue first: whom the weekly review suggests reaching out to."""
        today = local_today(self.clock)
        tz = self.clock.local_tz()
        horizon = local_midnight_utc(monday_of(today) + timedelta(days=14), tz)
        # follow_up_jd (generated, indexed for the Today list) is when the cadence runs out,
        # as a Julian day: read in that order from its index, only as far as needed.
        horizon_jd = JD_UNIX_EPOCH + horizon.timestamp() / 86400
        with self.db.read() as conn:
            rows = conn.execute(text(
                "SELECT id, given_name, family_name, nickname, "
                "coalesce(last_two_way_at, created_at), cadence_days "
                "FROM contact INDEXED BY ix_contact_follow_up "
                f"WHERE follow_up_jd < :horizon AND {TODAY_CONTACTS} "
                "ORDER BY follow_up_jd LIMIT :limit"), {"horizon": horizon_jd, "limit": limit},
            ).all()
        items = []
        for cid, given, family, nickname, last, cadence in rows:
            due_day = local_date(as_utc(_as_datetime(last)) + timedelta(days=cadence), tz)
            items.append(DashItem(ItemKind.FOLLOW_UP, cid, display_name(given, family, nickname),
                                  due_day, count=max(0, (today - due_day).days)))
        return items

    # --- this week and at risk: the Today list's items, regrouped -------------------------
    def _lists(self, today: date) -> tuple[ThisWeek, AtRisk, NeedsDecision]:
        """Today already finds everything due, overdue and coming up (fast, index reads);
        the dashboard sorts it into this week (to Sunday), what is at risk and what needs
        a decision."""
        sunday = monday_of(today) + timedelta(days=6)
        found: dict[str, list[DashItem]] = {}
        today_items = self._today.build(cap=LIST_LIMIT).items()
        needs = needs_decision(today_items, self._decisions.waiting_on_me(LIST_LIMIT), today,
                               DashItem, LIST_LIMIT)
        for item in today_items:
            kind = _dashboard_kind(item.kind, item.due < today)
            if kind is None or item.contact_id is None or item.due > sunday:
                continue
            count = (today - item.due).days if kind == ItemKind.DRIFTING else item.count
            is_promise = item.kind in (TodayKind.MY_PROMISE, TodayKind.THEIR_PROMISE)
            found.setdefault(kind, []).append(DashItem(
                kind, item.contact_id, item.name, item.due, item.text, count,
                item.ref_id if is_promise else 0,
            ))

        # Today lists what they owe me only once it is overdue; the week shows it coming.
        found.setdefault(ItemKind.THEIR_PROMISE, []).extend(self._their_promises(today, sunday))

        def listed(kind: str) -> ItemList:
            items = found.get(kind, [])
            return ItemList(tuple(items), len(items), len(items) >= LIST_LIMIT)

        week = ThisWeek(monday_of(today), listed(ItemKind.MY_PROMISE),
                        listed(ItemKind.THEIR_PROMISE), listed(ItemKind.FOLLOW_UP),
                        listed(ItemKind.BIRTHDAY), listed(ItemKind.UNANSWERED))
        risks = AtRisk(listed(ItemKind.DRIFTING), listed(ItemKind.OVERDUE_PROMISE),
                       listed(ItemKind.STALLED), listed(ItemKind.REPLY_OWED))
        return week, risks, needs

    def _their_promises(self, first: date, last: date) -> list[DashItem]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(Promise.id, Promise.contact_id, Promise.text, Promise.due,
                       Contact.given_name, Contact.family_name, Contact.nickname)
                .join(Contact, Contact.id == Promise.contact_id)
                .where(Promise.state == PromiseState.OPEN, Promise.due >= first,
                       Promise.due <= last, Promise.owner == PromiseOwner.THEM,
                       Contact.archived.is_(False), Contact.deleted_at.is_(None))
                .order_by(Promise.due, Promise.id)
                .limit(LIST_LIMIT)
            ).all()
        return [DashItem(ItemKind.THEIR_PROMISE, r.contact_id, display_name(r.given_name,
                r.family_name, r.nickname), r.due, r.text, 0, r.id) for r in rows]


def _dashboard_kind(kind: TodayKind, overdue: bool) -> str | None:
    """Where a Today item goes: overdue keep-in-touch is drift, my overdue promises are at
    risk, 3+ unanswered is a stalled thread, a reply I owe is at risk; their overdue promises
    stay this week's nudges."""
    if kind is TodayKind.KEEP_IN_TOUCH:
        return ItemKind.DRIFTING if overdue else ItemKind.FOLLOW_UP
    if kind is TodayKind.MY_PROMISE:
        return ItemKind.OVERDUE_PROMISE if overdue else ItemKind.MY_PROMISE
    return {TodayKind.THEIR_PROMISE: ItemKind.THEIR_PROMISE, TodayKind.BIRTHDAY: ItemKind.BIRTHDAY,
            TodayKind.WAITING: ItemKind.UNANSWERED, TodayKind.STOP: ItemKind.STALLED,
            TodayKind.REPLY_OWED: ItemKind.REPLY_OWED}.get(kind)


def _resolved_by(resolved: datetime | None, due: date | None, tz) -> bool:
    if resolved is None or due is None:
        return False
    return local_date(as_utc(resolved), tz) <= due


def _as_datetime(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
