"""The scheduler keeps running through any error, and plans what another process wrote."""

import logging
import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError

from app.services import Services
from app.storage.database import Database
from app.ui.shell.scheduler import DIGEST_KEY, Scheduler

PRIVATE = "Diagnose: Burn-out, nicht weitersagen"


@pytest.fixture
def quiet_digest(services):
    services.settings.set_value(DIGEST_KEY, "2026-11-23")  # today's digest already went out


def test_a_notification_that_fails_once_is_delivered_at_the_next_tick(
        services, clock, qtbot, caplog, quiet_digest):
    services.reminders.add(PRIVATE, clock.now() - timedelta(minutes=1))
    attempts = []

    def notify(title, body, contact_id):
        attempts.append(body)
        if len(attempts) == 1:
            raise RuntimeError(f"org.freedesktop.Notifications went away while showing {body}")

    scheduler = Scheduler(services, notify)
    scheduler.retry_ms = 20
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(scheduler.delivered, timeout=3000) as shown:
        scheduler.start()  # the first try raises; the scheduler lives on and retries
    assert shown.args[1] == PRIVATE and attempts == [PRIVATE, PRIVATE]
    assert "RuntimeError" in caplog.text and "Burn-out" not in caplog.text  # no note text in logs
    scheduler.check()
    assert len(attempts) == 2  # confirmed: not again
    restarted = Scheduler(Services(services.db, clock), notify)
    restarted.start()
    assert len(attempts) == 2  # not after a restart either
    restarted.stop()
    scheduler.stop()


def test_a_database_locked_by_a_cli_job_delays_delivery_but_loses_nothing(
        services, clock, qtbot, monkeypatch, quiet_digest):
    for title in ("One", "Two", "Three"):
        services.reminders.add(title, clock.now() - timedelta(minutes=1))
    reminders = services.reminders
    real_claim, calls = reminders.claim, []

    def claim(delivery):
        calls.append(delivery)
        if len(calls) == 1:  # what SQLAlchemy raises when busy_timeout runs out
            locked = sqlite3.OperationalError("database is locked")
            raise OperationalError("UPDATE reminder SET ...", {}, locked)
        return real_claim(delivery)

    monkeypatch.setattr(reminders, "claim", claim)
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message[1]))
    scheduler.retry_ms = 20
    scheduler.start()
    assert shown == [] and 0 < scheduler.timer.remainingTime() <= 20  # alive, retrying soon
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=3000)
    assert sorted(shown) == ["One", "Three", "Two"]
    scheduler.stop()


def test_the_planning_itself_failing_is_retried(services, clock, qtbot, monkeypatch, quiet_digest):
    broken = {"on": True}
    real = services.reminders.next_wakeup

    def next_wakeup():
        if broken.pop("on", False):
            raise OperationalError("SELECT ...", {}, sqlite3.OperationalError("disk I/O error"))
        return real()

    monkeypatch.setattr(services.reminders, "next_wakeup", next_wakeup)
    scheduler = Scheduler(services, lambda *message: None)
    scheduler.retry_ms = 20
    scheduler.start()
    assert scheduler.timer.isActive() and scheduler.next_wake is None
    with qtbot.waitSignal(scheduler.planned, timeout=3000):
        pass
    assert scheduler.next_wake == clock.now() + timedelta(minutes=5)
    scheduler.stop()


def test_a_reminder_written_by_another_process_is_planned_within_seconds(
        services, clock, qtbot, quiet_digest):
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message[1]))
    scheduler.start()
    assert scheduler.next_wake == clock.now() + timedelta(minutes=5)  # nothing planned yet
    other = Database.open(services.db.path)  # the CLI's own connection to the same file
    try:
        Services(other, clock).reminders.add("From the CLI", clock.now() + timedelta(minutes=2))
        qtbot.waitUntil(lambda: scheduler.next_wake == clock.now() + timedelta(minutes=2),
                        timeout=5000)
        Services(other, clock).reminders.add("Due now", clock.now() - timedelta(seconds=1))
        with qtbot.waitSignal(scheduler.delivered, timeout=5000) as delivered:
            pass
        assert delivered.args[1] == "Due now" and shown == ["Due now"]
    finally:
        other.close()
        scheduler.stop()


def test_a_real_write_lock_held_by_another_process_only_delays_delivery(
        tmp_path, clock, qtbot, monkeypatch):
    import app.storage.database as database_module

    monkeypatch.setattr(database_module, "BUSY_STEP_MS", 50)  # the waits, shortened
    db = Database.open(tmp_path / "locked.db")
    db.write_wait = 0.1
    services = Services(db, clock)
    services.settings.set_value(DIGEST_KEY, "2026-11-23")
    for title in ("One", "Two", "Three"):
        services.reminders.add(title, clock.now() - timedelta(minutes=1))
    cli_job = sqlite3.connect(tmp_path / "locked.db", isolation_level=None)
    cli_job.execute("BEGIN IMMEDIATE")  # a bulk import in the CLI holds the write lock
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message[1]))
    scheduler.retry_ms = 50
    try:
        scheduler.start()  # "database is locked": logged, not raised
        assert shown == [] and scheduler.timer.isActive()
        cli_job.execute("ROLLBACK")
        qtbot.waitUntil(lambda: len(shown) == 3, timeout=5000)
        assert sorted(shown) == ["One", "Three", "Two"]
    finally:
        scheduler.stop()
        cli_job.close()
        db.close()


def test_a_desktop_notification_that_fails_to_send_falls_back_to_the_banner(
        qtbot, monkeypatch, caplog):
    import sys
    import types

    from PySide6.QtWidgets import QWidget

    from app.ui.shell.notifications import BannerNotifier, DesktopNotifier, build_chain

    class GoneBackend:
        def __init__(self, app_name):
            pass

        async def send(self, title, message, on_clicked):
            raise RuntimeError(f"org.freedesktop.Notifications vanished while sending {message}")

    monkeypatch.setitem(sys.modules, "desktop_notifier", types.SimpleNamespace(DesktopNotifier=GoneBackend))
    window = QWidget()
    window.resize(900, 600)
    qtbot.addWidget(window)
    desktop, _tray, banner = build_chain(window, None)
    assert isinstance(desktop, DesktopNotifier) and isinstance(banner, BannerNotifier)
    try:
        with caplog.at_level(logging.WARNING):
            desktop.notify("Reminder: Maxi", PRIVATE, 7)
            qtbot.waitUntil(lambda: banner.banner.isVisibleTo(window), timeout=3000)
        assert banner.banner.body.text() == PRIVATE
        assert "RuntimeError" in caplog.text and "Burn-out" not in caplog.text
        with qtbot.waitSignal(banner.clicked) as clicked:
            banner.banner.open_button.click()
        assert clicked.args == [7]
    finally:
        desktop.close()
