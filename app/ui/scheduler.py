"""The in-app scheduler: no cron, no server. A single-shot QTimer wakes for the next
reminder or the morning digest; each reminder occurrence is claimed in the DB before it is
shown, so it is delivered once, and ones missed while the app was closed come at start.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.domain.clock import local_today
from app.services import Services

MAX_SLEEP = timedelta(minutes=5)  # wake at least this often: survives suspend and clock jumps
DIGEST_KEY = "today_digest_last"  # the local date the last digest went out


class Scheduler(QObject):
    delivered = Signal(str, str, int)  # title, body, contact id (-1: none); for tests and logs

    def __init__(self, services: Services, notify, parent: QObject | None = None) -> None:
        """notify(title, body, contact_id | None) shows one message (see notifications.py)."""
        super().__init__(parent)
        self.services = services
        self.notify = notify
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Deliver what is due (including what was missed while closed), then sleep."""
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        for delivery in self.services.reminders.due_for_delivery():
            if self.services.reminders.claim(delivery):
                name = self._name(delivery.contact_id)
                title = (QCoreApplication.translate("Scheduler", "Reminder") if not name else
                         QCoreApplication.translate("Scheduler", "Reminder: %1").replace("%1", name))
                self._send(title, delivery.title, delivery.contact_id)
        self._digest_if_due()
        self._schedule()

    def _digest_if_due(self) -> None:
        settings = self.services.settings.load()
        if not settings.digest_enabled:
            return
        today = local_today(self.services.clock)
        if self.services.settings.get_value(DIGEST_KEY) == today.isoformat():
            return
        if self._local_now() < self._digest_time(today, settings.reminder_hour):
            return
        self.services.settings.set_value(DIGEST_KEY, today.isoformat())
        listing = self.services.today.build(cap=3)
        count = listing.due_count
        if not count:
            return
        names = [i.name for g in listing.groups[:2] for i in g.items if i.name]
        body = ", ".join(dict.fromkeys(names))
        title = QCoreApplication.translate("Scheduler", "To do today: %1")
        self._send(title.replace("%1", str(count)), body, None)

    def _schedule(self) -> None:
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
        delay = max(timedelta(0), min(candidates) - now)
        self.timer.start(int(delay.total_seconds() * 1000) + 200)  # +200 ms: be just past it

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
