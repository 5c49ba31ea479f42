"""Automatic sync of the saved account, and its state in the status bar.

A sync runs at start, every N minutes (Settings → Sync account) and on File → Sync now (F5),
always in a worker thread; after the contacts it writes birthdays, important dates, reminders
and dated promises into the account's first CalDAV calendar when the account has one and its
calendar box is ticked (off for a new account): the engine writes through its own transactions and announces
"contacts" on services.events, which the main window's ChangeBridge delivers to the pages on
the GUI thread. The status bar says when the last sync was, that one is running (with a
progress bar and Cancel for the first one, which can take minutes), or that it failed and why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QToolButton

from app.services import Services
from app.sync import account as accounts
from app.sync.errors import SyncError
from app.ui.settings.sync_messages import reason, short_reason, summary
from app.ui.widgets import accessibility, dates, shortcuts
from app.ui.widgets.icons import icon
from app.ui.widgets.workers import Worker

if TYPE_CHECKING:
    from app.sync.calendar import CalendarReport
    from app.sync.engine import SyncReport

log = logging.getLogger(__name__)
START_DELAY_MS = 3_000  # the first sync waits until the window has settled
MINUTE_MS = 60_000  # a minute of the interval setting (tests shorten it)
RETRY_MS = 5 * 60_000  # after a failure, also when automatic sync is off
TIMEOUT = 30.0
QUIT_WAIT_MS = 5_000  # at quit, how long a running sync may take to stop between cards


@dataclass(frozen=True)
class Outcome:
    report: SyncReport | None = None
    error: Exception | None = None
    first: bool = False
    cancelled: bool = False  # the user stopped it; what was done is kept
    calendar: CalendarReport | None = None  # None: the account has no calendar
    calendar_error: Exception | None = None  # the contacts synced, the calendar did not
    calendar_off: bool = False  # the account does not sync its calendar (Settings → Sync account)


def _sync(services: Services, first: bool, progress, cancelled) -> Outcome:
    """The worker's job: the keyring and the network, both off the GUI thread (and the
    engine's imports: phonenumbers and the vCard mapping are not needed before)."""
    from app.sync.calendar import sync_calendar
    from app.sync.engine import SyncCancelled, sync_contacts
    from app.sync.errors import NotFoundError

    try:
        account = accounts.load_account(services.db)
        report = sync_contacts(services.db, services.clock, services.events, account.url,
                               account.user, account.password, TIMEOUT, progress, cancelled)
    except SyncCancelled as error:
        return Outcome(error=error, first=first, cancelled=True)
    except SyncError as error:
        log.warning("sync failed: %s", type(error).__name__)
        return Outcome(error=error, first=first)
    if cancelled():
        return Outcome(report=report, first=first)
    if not account.calendar:
        return Outcome(report=report, first=first, calendar_off=True)
    try:
        calendar = sync_calendar(services.db, services.clock, services.events, account.url,
                                 account.user, account.password, TIMEOUT)
    except NotFoundError:  # no CalDAV calendar in this account (NoAddressBookError too)
        return Outcome(report=report, first=first)
    except SyncError as error:
        log.warning("calendar sync failed: %s", type(error).__name__)
        return Outcome(report=report, first=first, calendar_error=error)
    return Outcome(report=report, first=first, calendar=calendar)


class SyncStatus(QObject):
    finished = Signal(object)  # an Outcome (for tests and the log)

    def __init__(self, window: QMainWindow, services: Services) -> None:
        super().__init__(window)
        self.window, self.services = window, services
        self.worker: Worker | None = None
        self._busy = False
        self._workers: set[Worker] = set()
        self.last: Outcome | None = None
        self.last_time: datetime | None = accounts.last_synced(services.db)
        self.label = QLabel()
        self.bar = QProgressBar(maximumWidth=160, visible=False)
        self.cancel_button = QToolButton(visible=False)
        self.cancel_button.clicked.connect(self.cancel)
        bar = window.statusBar()
        for widget in (self.label, self.bar, self.cancel_button):
            bar.addPermanentWidget(widget)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.sync_now)
        self.action = shortcuts.make_action("sync_now", self, self.sync_now, "", icon("sync"))
        window.addAction(self.action)  # F5 works even while the menus are being rebuilt
        window.installEventFilter(self)
        window.bridge.changed.connect(self._on_change)
        app = QApplication.instance()
        app.aboutToQuit.connect(self.stop)
        self.retranslate()
        self._add_to_menu()
        if self.configured():
            self.timer.start(START_DELAY_MS)

    def configured(self) -> bool:
        return accounts.stored_account(self.services.db) is not None

    @property
    def running(self) -> bool:
        """From the start until its outcome is shown (Worker.running turns False in the
        worker thread, possibly after the outcome arrived here)."""
        return self._busy

    # --- running a sync ---------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.running:
            return
        self.timer.stop()
        if not self.configured():
            self.window.statusBar().showMessage(self.tr(
                "No sync account is set up: Edit → Settings → Sync account."))
            self._show()
            return
        # the first sync, or one that goes on after a cancelled one: it may take minutes
        first = accounts.last_synced(self.services.db) is None or bool(self.last and self.last.cancelled)
        services = self.services
        self.worker = Worker(lambda progress, cancelled: _sync(services, first, progress, cancelled),
                             self)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.done.connect(self._done)
        self.worker.signals.failed.connect(lambda message: self._done(Outcome(error=RuntimeError(message))))
        self.bar.setRange(0, 0)
        self.bar.setVisible(first)  # the first sync can take minutes; later ones a second
        self.cancel_button.setVisible(first)
        self._busy = True
        worker = self.worker
        self._workers.add(worker)  # kept until its run() has returned, even when replaced
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        worker.start()
        self._show()

    def cancel(self) -> None:
        if self.running:
            self.worker.cancel()
            self.label.setText(self.tr("Stopping the sync…"))

    def _progress(self, done: int, total: int) -> None:
        if total and self.bar.isVisible():
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _done(self, outcome: Outcome) -> None:
        self._busy = False
        self.last = outcome
        if outcome.report is not None or outcome.cancelled:
            self.last_time = self.services.clock.now()
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        if outcome.report is not None:
            log.info("sync: %s", outcome.report.summary())
        self._plan(failed=outcome.error is not None and not outcome.cancelled)
        self._show()
        self.finished.emit(outcome)

    def _plan(self, failed: bool = False) -> None:
        minutes = self.services.settings.load().sync_interval_minutes
        if not self.configured():
            self.timer.stop()
        elif minutes > 0 or failed:
            wait = minutes * MINUTE_MS if minutes > 0 else RETRY_MS
            self.timer.start(min(wait, RETRY_MS) if failed else wait)

    def stop(self) -> None:
        """At quit: stop between cards (what is done is committed) before the database closes."""
        self.timer.stop()
        if self.worker is not None and self.worker.running:
            self.worker.cancel()
            QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)

    def _on_change(self, change) -> None:
        from app.services.changes import Kind

        if Kind.SYNC in change:  # the account saved or removed in Settings → Sync account
            self.last, self.last_time = None, accounts.last_synced(self.services.db)
            if self.configured() and not self.running:
                self.sync_now()
            else:
                self.timer.stop()
                self._show()
        elif Kind.SETTINGS in change and not self.running:
            self._plan(failed=self.last is not None and self.last.error is not None)

    # --- what the status bar says -----------------------------------------------------------
    def _time(self, when: datetime) -> str:
        local = when.astimezone(self.services.clock.local_tz())
        today = self.services.clock.now().astimezone(self.services.clock.local_tz()).date()
        if local.date() == today:
            return dates.time_text(local)
        return dates.date_time(local, today)

    def _show(self) -> None:
        configured = self.configured()
        self.label.setVisible(configured or self.last is not None)
        tip = ""
        if self.running:
            text = self.tr("Syncing…")
        elif self.last is not None and self.last.cancelled:
            text = self.tr("Sync cancelled; the next one goes on from there")
        elif self.last is not None and self.last.error is not None:
            text = self.tr("Sync failed: %1").replace("%1", short_reason(self.last.error))
            tip = f"{reason(self.last.error)}\n{self.last.error}"
        elif self.last is not None and self.last.report is not None:
            text, tip = self._synced_text(self.last)
        elif self.last_time is not None:
            text = self.tr("Last synced %1").replace("%1", self._time(self.last_time))
        else:
            text = self.tr("Not synced yet")
        self.label.setText(text)
        self.label.setToolTip(tip)
        failed = self.last is not None and self.last.error is not None and not self.running
        self.label.setStyleSheet("color: #c0392b;" if failed else "")
        accessibility.name(self.label, self.tr("Sync status"), tip)

    def _synced_text(self, outcome: Outcome) -> tuple[str, str]:
        report, calendar = outcome.report, outcome.calendar
        when = self._time(self.last_time)
        problems = [*report.problems, *(calendar.problems if calendar else [])]
        if outcome.calendar_error is not None:
            text = self.tr("Contacts synced at %1; calendar failed: %2").replace("%1", when).replace(
                "%2", short_reason(outcome.calendar_error))
        elif problems:
            text = self.tr("Synced at %1, %n card(s) with problems", "", len(problems)).replace("%1", when)
        elif calendar is not None:
            text = self.tr("Contacts and calendar synced at %1").replace("%1", when)
        else:
            text = self.tr("Synced at %1").replace("%1", when)
        lines = [summary(report.pulled, report.pushed, report.conflicts)]
        if calendar is not None:
            lines.append(self.tr("Calendar: %1 event(s) written, %2 removed").replace(
                "%1", str(calendar.written)).replace("%2", str(calendar.deleted)))
        elif outcome.calendar_error is not None:
            lines.append(reason(outcome.calendar_error))
        elif outcome.calendar_off:
            lines.append(self.tr("Only contacts are synced: the calendar is off in Settings → "
                                 "Sync account."))
        else:
            lines.append(self.tr("The account has no calendar: only contacts are synced."))
        return text, "\n".join([*lines, *problems[:10]])

    # --- menu and texts ---------------------------------------------------------------------
    def _add_to_menu(self) -> None:
        """Into the File menu, before its last part (Quit); again after the window rebuilds
        its menus (a new language or theme)."""
        menus = [a.menu() for a in self.window.menuBar().actions() if a.menu() is not None]
        if not menus:
            return
        file_menu = menus[0]
        separators = [a for a in file_menu.actions() if a.isSeparator()]
        file_menu.insertAction(separators[-1] if separators else None, self.action)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.window and kind in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange,
                                               QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self._after_rebuild)  # the window rebuilds its menus first
        return False

    def _after_rebuild(self) -> None:
        self.retranslate()
        self.action.setIcon(icon("sync"))
        self._add_to_menu()

    def retranslate(self) -> None:
        self.action.setText(self.tr("S&ync now"))
        self.action.setToolTip(shortcuts.tooltip("sync_now", self.tr("Sync now")))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sync; the next one goes on from there"))
        accessibility.name(self.bar, self.tr("Sync progress"))
        self._show()


def install_sync(window: QMainWindow, services: Services) -> SyncStatus:
    """The status-bar sync state, automatic sync and File → Sync now (F5)."""
    status = SyncStatus(window, services)
    window.sync_status = status  # kept as long as the window
    return status
