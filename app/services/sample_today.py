"""What the sample network's Today looks like on the day it is made: a believable morning.

Left to chance, two years of random history made Today a pile of guilt: about 150 overdue
items, the focus all broken promises. A real network is mostly in order: promises kept on
time, a few open and due in the next days, one or two a few days late, a few follow-ups
due, a birthday or two this week, one or two threads waiting for a reply. This shapes each
generated person towards that, after the person was drawn: it owns a random stream of its
own, so names, companies, topics and every draw of the seed's stream stay what they were.

How many of each: QUOTAS per 200 contacts (the first-run sample), scaled with the size
(at least the minimum), so the 50,000-contact bench network still has about 250 times as
many rows for the Today bench to read: 1,250 open promises due this week, 500 overdue.
Each quota is met by selection sampling (Knuth's algorithm S): contact i of n is picked
with probability left/(n - i), which picks exactly `left` of them without a second pass.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from app.domain.enums import Channel, Direction
from app.services import sample_data as words
from app.services.sample_times import BelievableTimes

# (how many per 200 contacts, at least)
QUOTAS = {
    "promise_soon": (5, 3),  # my open promises due today or in the next six days
    "promise_late": (2, 1),  # open promises one to four days overdue (mine or theirs)
    "birthday": (2, 1),  # birthdays in the next six days
    "follow_up": (3, 2),  # keep-in-touch due between three days ago and five days ahead
    "waiting": (2, 1),  # two messages of mine in a row, unanswered, in the last weeks
    "reply": (1, 0),  # they wrote recently and I have not answered yet
}
CADENCES = (30, 60, 90, 180, 365)
CLEAR_DAYS = 16  # not-picked dates stay at least this far from today (Today's windows are 7 and 14)
REPLY_WINDOW_DAYS = 60  # app.domain.today.REPLY_OWED_WINDOW_DAYS: older ones do not show


@dataclass
class Shaped:
    """One person's drawn values, changed in place by TodayShape.person()."""

    created: datetime
    history: list[tuple]  # (when, direction, channel, summary, notes), any order
    month: int | None
    day: int | None
    cadence: int | None
    archived: bool
    promises: list[list]  # [mine, text, made]: the drawn ones; due/state/resolved get added
    labels: list[str]
    german: bool


class _Quota:
    def __init__(self, want: int, total: int) -> None:
        self.left = want
        self.seen = 0
        self.total = total

    def pick(self, rng: random.Random) -> bool:
        remaining = max(self.total - self.seen, 1)
        return self.left > 0 and rng.random() * remaining < self.left

    def took(self) -> None:
        self.left -= 1


class TodayShape:
    def __init__(self, seed: int, contacts: int, now: datetime, today: date, zone) -> None:
        self.rng = random.Random(f"{seed}-today")
        self.times = BelievableTimes(random.Random(f"{seed}-today-times"), zone)
        self.now = now
        self.today = today
        self.zone = zone
        self.quotas = {name: _Quota(max(least, round(per * contacts / 200)), contacts)
                       for name, (per, least) in QUOTAS.items()}

    def person(self, p: Shaped) -> None:
        rng = self.rng
        picks = {name: quota.pick(rng) and not p.archived for name, quota in self.quotas.items()}
        for quota in self.quotas.values():
            quota.seen += 1
        self._outreach(p, picks["waiting"])
        self._replies(p, picks["reply"])
        self._follow_up(p, picks["follow_up"])
        self._birthday(p, picks["birthday"])
        self._promises(p, picks["promise_soon"], picks["promise_late"])

    # --- the conversation -----------------------------------------------------------------
    def _outreach(self, p: Shaped, picked: bool) -> None:
        """Unanswered messages of mine at the end of the history: two when picked (a recent
        thread waiting for a reply), otherwise at most one (they answered in between)."""
        p.history.sort(key=lambda h: h[0])
        tail = _unanswered_tail(p.history)
        if picked:
            if len(tail) >= 2 and tail[-2][0] > self.now - timedelta(days=30):
                if len(tail) > 2:
                    self._insert(p, tail[-3][0], tail[-2][0], Direction.INBOUND)
            else:
                start = max(p.history[-1][0] if p.history else p.created,
                            self.now - timedelta(days=20))
                steps = [(0.3, Direction.OUTBOUND), (0.8, Direction.OUTBOUND)]
                if tail:  # they answered the old ones, then went quiet
                    steps.insert(0, (0.1, Direction.INBOUND))
                for share, direction in steps:
                    self._append(p, start + (self.now - start) * share, direction,
                                 not_before=p.history[-1][0] if p.history else start)
                    p.history.sort(key=lambda h: h[0])
            self.quotas["waiting"].took()
        elif len(tail) >= 2:
            self._insert(p, tail[-2][0], tail[-1][0], Direction.INBOUND)
        p.history.sort(key=lambda h: h[0])

    def _replies(self, p: Shaped, picked: bool) -> None:
        """A message of theirs in the last two months that I have not answered yet shows
        as a reply I owe: kept when picked, otherwise answered within two days."""
        last = p.history[-1] if p.history else None
        if last is None or last[1] != Direction.INBOUND.value:
            return
        if last[0] < self.now - timedelta(days=REPLY_WINDOW_DAYS):
            return
        if picked:
            self.quotas["reply"].took()
            return
        after = last[0] + timedelta(hours=self.rng.randint(2, 48))
        self._append(p, min(after, self.now - timedelta(minutes=30)), Direction.OUTBOUND,
                     not_before=last[0])

    def _follow_up(self, p: Shaped, picked: bool) -> None:
        """Keep in touch falls due in the next days only when picked; every other cadence
        is the shortest usual one that falls due after Today's window, or none."""
        base = _last_two_way(p.history) or p.created
        if picked:
            target = self.now + timedelta(days=self.rng.randint(-3, 5))
            cadence = self.rng.choice(CADENCES[:3])
            met = target - timedelta(days=cadence)
            if met > base and p.created < met < self.now:
                self._append(p, met, Direction.MUTUAL, (Channel.MEETING, Channel.PHONE), base)
                p.history.sort(key=lambda h: h[0])
                p.cadence = cadence
                self.quotas["follow_up"].took()
                return
        if p.cadence is None:
            return
        clear = self.now + timedelta(days=CLEAR_DAYS)
        p.cadence = next((c for c in CADENCES if c >= p.cadence and base + timedelta(days=c) > clear),
                         None)

    def _birthday(self, p: Shaped, picked: bool) -> None:
        if picked:
            when = self.today + timedelta(days=self.rng.randint(0, 6))
            p.month, p.day = when.month, min(when.day, 28)
            self.quotas["birthday"].took()
            return
        if p.month is None or p.day is None:
            return
        for year in (self.today.year, self.today.year + 1):
            gap = (date(year, p.month, p.day) - self.today).days
            if 0 <= gap < CLEAR_DAYS:
                moved = self.today + timedelta(days=CLEAR_DAYS + self.rng.randint(0, 60))
                p.month, p.day = moved.month, min(moved.day, 28)
                return

    # --- promises ---------------------------------------------------------------------------
    def _promises(self, p: Shaped, soon: bool, late: bool) -> None:
        """Most promises were made some time ago and kept by their day (a few released);
        those due beyond Today's window are open. The picked ones are open and due soon,
        or a few days late; a picked person without a promise gets one."""
        rng = self.rng
        if (soon or late) and not p.promises:
            text = rng.choice(words.PROMISES_ME_DE if p.german else words.PROMISES_ME_EN)
            p.promises.append([True, text.format(t=words.topic_in(rng.choice(p.labels), p.german)),
                               None])
        today = self.today
        for index, promise in enumerate(p.promises):
            span = max(int((self.now - p.created).total_seconds()) - 86400, 3600)
            made = p.created + timedelta(seconds=rng.randint(0, span))
            due = (made + timedelta(days=rng.randint(5, 30))).astimezone(self.zone).date()
            state, resolved = "open", None
            if soon and index == 0:
                promise[0] = True  # their promises show only when late
                due = today + timedelta(days=rng.randint(0, 6))
                self.quotas["promise_soon"].took()
            elif late and index == len(p.promises) - 1:
                due = today - timedelta(days=rng.randint(1, 4))
                self.quotas["promise_late"].took()
            elif due <= today + timedelta(days=CLEAR_DAYS):
                state = "kept" if rng.random() < 0.88 else "released"
                by = min(datetime.combine(due, datetime.min.time(), self.zone) + timedelta(hours=17),
                         self.now - timedelta(days=1))
                resolved = made + (by - made) * rng.random() if by > made else made
            made = min(made, datetime.combine(due, datetime.min.time(), self.zone)
                       - timedelta(days=rng.randint(3, 20)))
            promise[2] = made
            promise.extend((due, state, resolved))

    # --- helpers ----------------------------------------------------------------------------
    def _insert(self, p: Shaped, after: datetime, before: datetime, direction: Direction) -> None:
        """An interaction between two others (their reply between two of my messages)."""
        when = after + (before - after) * (0.2 + 0.6 * self.rng.random())
        placed = self._fit(self.times.place(when, "day", p.created, self.now), when, after, before)
        p.history.append(self._row(p, placed, direction, None))

    def _append(self, p: Shaped, when: datetime, direction: Direction,
                channels: tuple[Channel, ...] = (Channel.EMAIL, Channel.MESSAGE),
                not_before: datetime | None = None) -> None:
        """At a believable hour near `when`; at `when` itself where that hour would come
        before `not_before` (a reply before the message it answers)."""
        channel = self.rng.choice(channels)
        hours = words.SUMMARIES[channel.value][0][2]
        placed = self.times.place(when, hours, p.created, self.now)
        if not_before is not None and placed <= not_before:
            placed = self._fit(when, when, not_before, self.now)
        p.history.append(self._row(p, placed, direction, channel))

    def _fit(self, placed: datetime, when: datetime, after: datetime, before: datetime) -> datetime:
        """`placed`, or else `when` or the moment just after `after` moved into its day's
        waking hours (7:00 to 21:00 local), or the next morning: the first of these that
        lies between after and before; just after `after` if none does."""
        candidates = [placed, when, after + timedelta(minutes=20),
                      (after.astimezone(self.zone) + timedelta(days=1)).replace(hour=8, minute=0)]
        for candidate in candidates:
            local = candidate.astimezone(self.zone)
            waking = min(max(local, local.replace(hour=7, minute=0)), local.replace(hour=21, minute=0))
            if after < waking < before:
                return waking.astimezone(timezone.utc)
        return after + min((before - after) / 2, timedelta(minutes=20))

    def _row(self, p: Shaped, when: datetime, direction: Direction, channel: Channel | None) -> tuple:
        channel = channel or self.rng.choice((Channel.EMAIL, Channel.MESSAGE))
        german_text, english_text, _ = self.rng.choice(words.SUMMARIES[channel.value])
        topic = words.topic_in(self.rng.choice(p.labels), p.german)
        summary = (german_text if p.german else english_text).format(t=topic)
        return (when, direction.value, channel.value, summary, "")


def _unanswered_tail(history: list[tuple]) -> list[tuple]:
    """The outbound interactions after the last two-way one (history sorted)."""
    tail: list[tuple] = []
    for row in history:
        tail = tail + [row] if row[1] == Direction.OUTBOUND.value else []
    return tail


def _last_two_way(history: list[tuple]) -> datetime | None:
    return max((row[0] for row in history if row[1] != Direction.OUTBOUND.value), default=None)
