"""Slow work off the UI thread: a QRunnable with progress, cancel and done/failed signals.
Start one through the TaskManager (tasks.py), which picks the writer or the reader pool
and keeps it alive until it has finished.

    worker = Worker(lambda progress, cancelled: services.imports.write(plan, progress, cancelled))
    worker.signals.progress.connect(bar_update)   # (done, total)
    worker.signals.done.connect(show_report)      # the function's return value
    worker.signals.failed.connect(show_error)     # a message for the user
    worker.signals.cancelled.connect(...)         # cancel() was called and the work stopped
    worker.start()

The function gets a progress(done, total) callback and a cancelled() predicate; it should
check the predicate now and then and raise to stop (the import raises ImportCancelled).
The signals object lives in the UI thread, so connected slots run there. Keep a reference
to the Worker for as long as its owner lives: dropping it while run() is still returning
in the pool's thread would delete the C++ runnable under its feet.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.logs import safe_message

log = logging.getLogger(__name__)
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after done, failed or cancelled


class Worker(QRunnable):
    def __init__(self, work: Work, parent: QObject | None = None,
                 on_end: Callable[["Worker"], None] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until finished
        self.work = work
        self.on_end = on_end  # called in the worker's thread after its last signal
        self.signals = WorkerSignals(parent)
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self.running = False
        self.thread_pool: QThreadPool | None = None

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        self.thread_pool = pool or QThreadPool.globalInstance()
        self.thread_pool.start(self)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until run() has ended (its signals are sent); False on timeout."""
        return self._ended.wait(timeout)

    def run(self) -> None:
        try:
            try:
                result = self.work(self._progress, self.is_cancelled)
            except Exception as error:  # reported to the UI, never lost in the thread
                if self.is_cancelled():
                    self._tell("cancelled")
                else:
                    log.exception("background work failed")
                    self._tell("failed", safe_message(error))  # no SQL, no values
            else:  # finished: a cancel that came too late changes nothing, the work is done
                self._tell("done", result)
        finally:
            self.running = False
            self._tell("finished")
            if self.on_end is not None:
                self.on_end(self)
            self._ended.set()

    def _progress(self, done: int, total: int) -> None:
        self._tell("progress", done, total)

    def _tell(self, name: str, *args) -> None:
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # the owner, and the signals with it, is gone: nobody to tell
            pass
