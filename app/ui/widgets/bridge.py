"""The core's plain-callback change notices, re-emitted as a Qt Signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.events import Change, Events


class ChangeBridge(QObject):
    changed = Signal(object)  # a Change

    def __init__(self, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = events.subscribe(self._forward)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)
