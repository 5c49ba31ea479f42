"""The in-app scheduler: no cron, no server. A single-shot QTimer wakes for the next
reminder or the morning digest. Each occurrence is claimed in the DB, shown, then confirmed,
so it is delivered once, and one claimed but never shown (a crash) comes at the next start;
ones missed while the app was closed come at start too.

Nothing stops it for the session: any error in a check (a notification that fails, a
database locked by a CLI job) is logged, by kind only, and the check is tried again soon.
Commits by other processes (the CLI adding a reminder) are noticed within WATCH_MS through
SQLite's data_version, and the plan is made again.

While this window's own write job runs (an import holds the database in one transaction
for a minute at 50,000 contacts), a check does not wait in BEGIN IMMEDIATE on the UI
thread: it waits for the TaskManager's writes_idle and runs then (tasks.py).
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.domain.clock import local_today
from app.domain.today import Bucket, ItemKind, TodayItem
from app.services import Services
from app.ui.widgets.tasks import task_manager

log = logging.getLogger(__name__)

MAX_SLEEP = timedelta(minutes=5)  # wake at least this often: survives suspend and clock jumps
DIGEST_KEY = "today_digest_last"  # the local date the last digest went out
RETRY_MS = 30_000  # after a failed check: soon, but not a busy loop
WATCH_MS = 2_000  # how often other processes' commits are looked for (one PRAGMA)


class Scheduler(QObject):
    delivered = Signal(str, str, int)  # title, body, contact id (-1: none); for tests and logs
    planned = Signal()  # the next wake-up was set (next_wake); for tests

    def __init__(self, services: Services, notify, parent: QObject | None = None) -> None:
        """notify(title, body, contact_id | None) shows one message (see notifications.py)."""
        super().__init__(parent)
        self.services = services
        self.notify = notify
        self.retry_ms = RETRY_MS
        self.next_wake: datetime | None = None  # when the timer fires (clock time)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)
        self._unconfirmed: list = []  # shown, but the confirm could not be written yet
        self._watch = None
        self.watch_timer = QTimer(self, interval=WATCH_MS)
        self.watch_timer.timeout.connect(self._look_for_changes)
        self.tasks = task_manager(services)
        self.tasks.writes_idle.connect(self._after_writes)
        self.deferred = False  # a check waits for the write jobs to end

    def start(self) -> None:
        """Deliver what is due (including what was missed while closed), then sleep."""
        try:
            from app.services.reminders import ChangeWatch

            self._watch = ChangeWatch(self.services.db.path, self.services.db.key)
            self.watch_timer.start()
        except Exception as error:  # without the watch, the 5-minute wake-up still plans
            log.warning("cannot watch the database for changes: %s", type(error).__name__)
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.watch_timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def check(self) -> None:
        """Deliver what is due, then plan the next wake-up. Never raises: a failure is
        logged (its kind, never a reminder's or a note's text) and retried."""
        if self.tasks.writing():  # an import: run when it is done, the UI stays free
            self.deferred = True
            return
        failed = False
        for step in (self._confirm_shown, self._deliver_due, self._digest_if_due):
            try:
                failed = step() is False or failed
            except Exception as error:
                failed = True
                log.warning("reminder check: %s failed (%s); trying again in %d s",
                            step.__name__.strip("_"), type(error).__name__, self.retry_ms // 1000)
        try:
            self._schedule(retry=failed)
        except Exception as error:
            log.warning("reminder check: planning failed (%s); trying again in %d s",
                        type(error).__name__, self.retry_ms // 1000)
            self.next_wake = None
            self.timer.start(self.retry_ms)

    def _deliver_due(self) -> bool:
        """Claim, show, confirm each due occurrence. False when one has to be retried."""
        reminders = self.services.reminders
        ok = True
        for delivery in reminders.due_for_delivery():
            if not reminders.claim(delivery):
                continue
            try:
                name = self._name(delivery.contact_id)
                title = (QCoreApplication.translate("Scheduler", "Reminder") if not name else
                         QCoreApplication.translate("Scheduler", "Reminder: %1").replace("%1", name))
                self._send(title, delivery.title, delivery.contact_id)
            except Exception as error:
                ok = False
                log.warning("reminder %d could not be shown (%s); trying again in %d s",
                            delivery.reminder_id, type(error).__name__, self.retry_ms // 1000)
                self._try(reminders.release, delivery)  # else the next start shows it
                continue
            if not self._try(reminders.confirm, delivery):
                self._unconfirmed.append(delivery)
                ok = False
        return ok

    def _after_writes(self) -> None:
        if self.deferred:
            self.deferred = False
            self.check()

    def _confirm_shown(self) -> bool:
        waiting, self._unconfirmed = self._unconfirmed, []
        for delivery in waiting:
            if not self._try(self.services.reminders.confirm, delivery):
                self._unconfirmed.append(delivery)
        return not self._unconfirmed

    @staticmethod
    def _try(action, delivery) -> bool:
        try:
            action(delivery)
        except Exception as error:
            log.warning("reminder %d: %s failed (%s)", delivery.reminder_id, action.__name__,
                        type(error).__name__)
            return False
        return True

    def _look_for_changes(self) -> None:
        """Another process (or window) committed: what it wrote may be due sooner."""
        try:
            changed = self._watch is not None and self._watch.changed()
        except Exception as error:  # stop watching (no log every 2 s); the 5-minute wake-up stays
            log.warning("database watch failed (%s); no longer watching", type(error).__name__)
            self.watch_timer.stop()
            return
        if changed:
            self.check()

    def _digest_if_due(self) -> None:
        settings = self.services.settings.load()
        if not settings.digest_enabled:
            return
        today = local_today(self.services.clock)
        if self.services.settings.get_value(DIGEST_KEY) == today.isoformat():
            return
        if self._local_now() < self._digest_time(today, settings.reminder_hour):
            return
        listing = self.services.today.build()
        count = listing.due_count
        # Announced ahead: a birthday the day before, an important date from its alert days.
        tomorrow = [i for i in listing.group(Bucket.UPCOMING).items
                    if (i.kind is ItemKind.BIRTHDAY and i.due == today + timedelta(days=1))
                    or i.kind is ItemKind.DATE]
        if count or tomorrow:
            title = QCoreApplication.translate("Scheduler", "To do today: %1")
            self._send(title.replace("%1", str(count)), self.digest_body(listing, tomorrow, today),
                       None)
        self.services.settings.set_value(DIGEST_KEY, today.isoformat())  # after it went out

    def digest_body(self, listing, ahead: list[TodayItem], today) -> str:
        """A short summary a glance takes in: the counts, then the first few people and why
        ("2 overdue · 3 due today · 1 birthday tomorrow", "Paul — your promise: slides", …).
        It listed the whole focus and three birthdays: ten lines in a box that scrolled."""
        overdue, due = listing.group(Bucket.OVERDUE), listing.group(Bucket.TODAY)
        birthdays = sum(item.kind is ItemKind.BIRTHDAY for item in ahead)
        dates = len(ahead) - birthdays
        counts = [(overdue.total, self.tr("%n overdue", "", overdue.total)),
                  (due.total, self.tr("%n due today", "", due.total)),
                  (birthdays, self.tr("%n birthday(s) tomorrow", "", birthdays)),
                  (dates, self.tr("%n date(s) coming up", "", dates))]
        first = [digest_line(item, today)
                 for item in (*(listing.focus or (*overdue.items, *due.items)), *ahead)]
        lines = list(dict.fromkeys(first))[:DIGEST_LINES]
        return "\n".join([" · ".join(text for number, text in counts if number), *lines])

    def _schedule(self, retry: bool = False) -> None:
        now = self.services.clock.now()
        candidates = [now + MAX_SLEEP]
        wake = self.services.reminders.next_wakeup()
        if wake is not None:
            candidates.append(wake)
        settings = self.services.settings.load()
        if settings.digest_enabled:
            today = local_today(self.services.clock)
            digest = self._digest_time(today, settings.reminder_hour)
            if digest <= self._local_now():
                digest = self._digest_time(today + timedelta(days=1), settings.reminder_hour)
            candidates.append(digest)
        wake = min(candidates)
        delay_ms = int(max(timedelta(0), wake - now).total_seconds() * 1000) + 200  # just past it
        if retry and delay_ms > self.retry_ms:
            wake, delay_ms = now + timedelta(milliseconds=self.retry_ms), self.retry_ms
        self.next_wake = wake
        self.timer.start(delay_ms)
        self.planned.emit()

    def _send(self, title: str, body: str, contact_id: int | None) -> None:
        self.notify(title, body, contact_id)
        self.delivered.emit(title, body, -1 if contact_id is None else contact_id)

    def _name(self, contact_id: int | None) -> str:
        if contact_id is None:
            return ""
        from app.services.contacts import display_name

        contact = self.services.contacts.get(contact_id)
        return display_name(contact.given_name, contact.family_name, contact.nickname)

    def _local_now(self) -> datetime:
        return self.services.clock.now().astimezone(self.services.clock.local_tz())

    def _digest_time(self, day, hour: int) -> datetime:
        return datetime.combine(day, time(hour=max(0, min(23, hour))), self.services.clock.local_tz())


DIGEST_LINES = 3  # people named in the digest; the rest are counted, and Today lists them


def digest_line(item: TodayItem, today) -> str:
    """One person in the morning digest and why: "Maxi — birthday", "Paul — your promise:
    slides". A birthday tomorrow is announced the day before, too."""
    reasons = {
        ItemKind.KEEP_IN_TOUCH: QCoreApplication.translate("Scheduler", "keep in touch"),
        ItemKind.MY_PROMISE: QCoreApplication.translate("Scheduler", "your promise: %1"),
        ItemKind.THEIR_PROMISE: QCoreApplication.translate("Scheduler", "their promise: %1"),
        ItemKind.REPAIR: QCoreApplication.translate("Scheduler", "a broken promise to repair: %1"),
        ItemKind.REPLY_OWED: QCoreApplication.translate("Scheduler", "a reply you owe"),
        ItemKind.DECISION: QCoreApplication.translate("Scheduler", "a decision to look at: %1"),
        ItemKind.WAITING: QCoreApplication.translate("Scheduler", "waiting for a reply"),
        ItemKind.STOP: QCoreApplication.translate("Scheduler", "no reply to several messages"),
        ItemKind.REMINDER: QCoreApplication.translate("Scheduler", "reminder: %1"),
    }
    if item.kind is ItemKind.DATE:
        from app.ui.contacts.date_dialog import date_name

        reason = date_name(item.detail, item.text)
        if item.due > today:
            from app.ui.widgets import dates

            reason = QCoreApplication.translate("Scheduler", "%1 on %2").replace(
                "%1", reason).replace("%2", dates.short(item.due, today))
    elif item.kind is ItemKind.BIRTHDAY:
        reason = (QCoreApplication.translate("Scheduler", "birthday") if item.due <= today
                  else QCoreApplication.translate("Scheduler", "birthday tomorrow"))
    else:
        reason = reasons.get(item.kind, "").replace("%1", item.text)
    return f"{item.name} — {reason}" if item.name else reason
