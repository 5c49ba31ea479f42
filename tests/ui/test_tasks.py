"""The one background-work module (issue 15): writes run one at a time, reads beside them,
and a long import does not make the reminder scheduler block the UI thread."""

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from app.ui.shell.scheduler import DIGEST_KEY, Scheduler
from app.ui.widgets.tasks import task_manager

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "apple_contacts.vcf"


@pytest.fixture
def quiet_digest(services):
    services.settings.set_value(DIGEST_KEY, "2026-11-23")  # today's digest already went out


def test_writes_run_one_at_a_time_and_reads_beside_them(qtbot, services):
    tasks = task_manager(services)
    assert task_manager(services) is tasks, "one per Services"
    first_in, release = threading.Event(), threading.Event()
    order: list[str] = []

    def first(_progress, _cancelled):
        order.append("first starts")
        first_in.set()
        release.wait(10)
        order.append("first ends")

    tasks.write(first)
    tasks.write(lambda _p, _c: order.append("second"))
    assert first_in.wait(10)
    read = []
    reader = tasks.read(lambda _p, _c: len(services.contacts.list_rows()) + 7, done=read.append)
    assert reader.wait(10), "a read is not queued behind the writes"
    assert tasks.writing() and order == ["first starts"]
    release.set()
    with qtbot.waitSignal(tasks.writes_idle, timeout=5000):
        pass
    assert order == ["first starts", "first ends", "second"]
    qtbot.waitUntil(lambda: read == [7] and tasks.running() == [])


def test_a_long_import_does_not_block_the_reminder_scheduler(qtbot, services, clock, quiet_digest):
    services.reminders.add("Call Maxi", clock.now() - timedelta(minutes=1))
    plan = services.imports.plan(services.imports.read(FIXTURE, "vcard"))
    inside, release = threading.Event(), threading.Event()

    def hold(_done, _total):  # the import's progress, called inside its one transaction
        inside.set()
        release.wait(10)

    waited = []
    services.db.on_wait = waited.append  # called when a write waits for the lock
    shown, imported = [], []
    tasks = task_manager(services)
    tasks.write(lambda _progress, cancelled: services.imports.write(plan, hold, cancelled),
                done=imported.append)
    assert inside.wait(10), "the import holds the write lock now"

    scheduler = Scheduler(services, lambda *message: shown.append(message[1]))
    scheduler.start()  # returns at once: it waits for the import, not in BEGIN IMMEDIATE
    assert scheduler.deferred and shown == [] and waited == []
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the UI thread runs its event loop meanwhile
    assert shown == []

    release.set()
    qtbot.waitUntil(lambda: shown == ["Call Maxi"], timeout=10000)
    timer.stop()
    assert imported and imported[0].created > 0, "the import committed as a whole"
    assert waited == [], "no write waited for the lock"
    scheduler.stop()
