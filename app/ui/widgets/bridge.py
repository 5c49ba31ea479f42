"""The core's Changes values, re-emitted as a Qt Signal on the UI thread.

A change made on another thread (an import, sync) is queued: it reaches the pages on the
thread they live on, when its event loop runs. One made on the UI thread is delivered when
its operation ends (events.py): after the commit, after the service call returned, and
after the undo command was pushed (undo.run opens the operation around both), so a page
refresh that fails cannot lose the change or its undo entry. Queuing those too would make
every action's screen update wait for the event loop, which no user sees but every test
that clicks and then looks would have to wait for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Qt, Signal

from app.services.events import Changes, Events


class ChangeBridge(QObject):
    changed = Signal(object)  # a Changes value, on the thread this bridge lives on
    _arrived = Signal(object)  # from a worker thread

    def __init__(self, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = events.subscribe(self._forward)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _forward(self, changes: Changes) -> None:
        if QThread.currentThread() is self.thread():
            self.changed.emit(changes)
        else:
            self._arrived.emit(changes)
