"""Slow work off the UI thread: a QRunnable with progress, cancel and done/failed signals.

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
    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until finished
        self.work = work
        self.signals = WorkerSignals(parent)
        self._cancel = threading.Event()
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(self)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.is_cancelled)
        except Exception as error:  # reported to the UI, never lost in the thread
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                log.exception("background work failed")
                self.signals.failed.emit(safe_message(error))  # no SQL, no values
        else:  # finished: a cancel that came too late changes nothing, the work is done
            self.signals.done.emit(result)
        finally:
            self.running = False
            self.signals.finished.emit()
