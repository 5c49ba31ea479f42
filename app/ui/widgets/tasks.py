"""One place for background work (after Anki's TaskManager): a serial executor for writes and
a small pool for reads, one set per Services, owning every Worker until it has finished.

    tasks = task_manager(services)
    worker = tasks.write(work, owner=dialog, done=show_report, failed=show_error)  # in turn
    worker = tasks.read(work, owner=page, done=show, progress=bar_update)         # beside

`work(progress, cancelled)` as in workers.py; the slots are connected before the job starts
(a quick job could otherwise finish before anyone listens).

Writes run one after another on one thread: two jobs never wait on each other's SQLite
lock, and whoever needs the database for a write of its own (the reminder scheduler) can
ask `writing()` and wait for `writes_idle` instead of blocking the UI thread in
BEGIN IMMEDIATE while an import holds the lock for a minute. Reads (parsing a file, an
export, common-ground suggestions, the dashboard's habit charts) run beside them: SQLite's
WAL lets readers go on while one writer writes.

The manager keeps each Worker until its run() has returned. `cancel(owner)` and
`wait_for(owner)` reach that owner's work only (closing the import wizard waits for its
own import, not for an export running meanwhile).
"""

from __future__ import annotations

import threading
import weakref
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from app.ui.widgets.workers import Work, Worker

READERS = 2  # the machine may have two cores; the UI thread needs one


class TaskManager(QObject):
    writes_idle = Signal()  # the write queue ran empty (on the UI thread)
    _ended = Signal(object)  # a Worker's run() is over (from its thread)

    def __init__(self, parent: QObject | None = None, readers: int = READERS) -> None:
        super().__init__(parent)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(readers)
        self._running: dict[Worker, Any] = {}  # each Worker until finished, with its owner
        self._lock = threading.Lock()
        self._writes = 0
        self._ended.connect(self._forget, Qt.ConnectionType.QueuedConnection)

    def write(self, work: Work, owner: Any = None, **slots: Callable) -> Worker:
        """Queue a job that writes; started in order, one at a time."""
        worker = self._worker(work, owner, slots, self._write_ended)
        with self._lock:
            self._writes += 1
        worker.start(self.writer)
        return worker

    def read(self, work: Work, owner: Any = None, **slots: Callable) -> Worker:
        """Start a job that only reads."""
        worker = self._worker(work, owner, slots, self._ended.emit)
        worker.start(self.readers)
        return worker

    def writing(self) -> bool:
        """A write job is queued or running."""
        with self._lock:
            return self._writes > 0

    def running(self, owner: Any = None) -> list[Worker]:
        return [w for w, o in list(self._running.items()) if owner is None or o is owner]

    def cancel(self, owner: Any = None) -> None:
        for worker in self.running(owner):
            worker.cancel()

    def wait_for(self, owner: Any = None, timeout: float | None = None) -> bool:
        """Block until the owner's (or every) job has finished its run(); True if all did."""
        return all(worker.wait(timeout) for worker in self.running(owner))

    def _worker(self, work: Work, owner: Any, slots: dict[str, Callable], on_end) -> Worker:
        # The signals die with a QObject owner, and with them the slots connected to it
        # (lambdas over a closed dialog); such an owner waits for its work when it closes.
        parent = owner if isinstance(owner, QObject) else self
        worker = Worker(work, parent, on_end=on_end)
        for name, slot in slots.items():  # done, failed, cancelled, progress, finished
            getattr(worker.signals, name).connect(slot)
        self._running[worker] = owner
        return worker

    def _write_ended(self, worker: Worker) -> None:  # in the writer's thread
        with self._lock:
            self._writes -= 1
        self._ended.emit(worker)

    def _forget(self, worker: Worker) -> None:  # on the UI thread, after run() returned
        self._running.pop(worker, None)
        if not self.writing() and worker.thread_pool is self.writer:
            self.writes_idle.emit()


_managers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def task_manager(services) -> TaskManager:
    """The one TaskManager of this Services (made on first use, on the UI thread)."""
    manager = _managers.get(services)
    if manager is None:
        manager = _managers[services] = TaskManager()
    return manager
