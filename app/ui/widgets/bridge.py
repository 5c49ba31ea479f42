"""The core's Changes values, re-emitted as a Qt Signal on the UI thread, queued.

Every value is queued, from any thread: it reaches the pages on the thread they live on
when its event loop next runs, never inside the service call that made it (issue 15, as
Anki's operation_did_execute). By then the call has returned and the undo command was
pushed (undo.run), so a page refresh that fails cannot lose the change or its undo entry,
and a refresh can never run in the middle of the action that caused it. Tests that act and
then look at a page wait for it (qtbot.waitUntil), as a person's eye does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from app.services.events import Events


class ChangeBridge(QObject):
    changed = Signal(object)  # a Changes value, on the thread this bridge lives on
    _arrived = Signal(object)  # from any thread, the UI thread included

    def __init__(self, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = events.subscribe(self._arrived.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())
