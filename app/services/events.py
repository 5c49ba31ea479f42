"""One Changes value per mutation, delivered once, after the commit. Views refresh from it,
caches invalidate from it, never from each other.

Plain Python callbacks: the core knows no Qt; ui/widgets/bridge.py queues each value onto
the UI thread as a Qt Signal.

- `emit("promises", *contact_ids)` announces (the string names a Kind, see changes.py).
- Everything announced during one `operation()` is merged and delivered once when the
  outermost one ends. Every public service method runs as an operation (services/base.py),
  so a service call that makes several writes (mark as sent: a note and a kept promise),
  or calls other services, still delivers ONE value. The UI opens an operation with
  itself as `initiator`, so that it can skip the refresh it already did.
- A notice sent while the thread is inside a write transaction waits for its commit and is
  dropped if it rolls back (storage/commits.py).
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

from app.services.changes import Change, Changes, Kind, UnknownKind, kind_of
from app.storage import commits

__all__ = ["Change", "Changes", "Events", "Kind", "Listener", "UnknownKind", "kind_of"]
log = logging.getLogger(__name__)
Listener = Callable[[Changes], None]


class _Scope:
    def __init__(self, initiator) -> None:
        self.initiator = initiator
        self.changes: Changes | None = None

    def add(self, changes: Changes) -> None:
        self.changes = changes if self.changes is None else self.changes.merged(changes)


class Events:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._local = threading.local()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def emit(self, what: str | Kind, *contact_ids: int) -> None:
        """The old call, kept: one kind and its contacts. Raises UnknownKind for a string
        that names no Kind (before anything is queued)."""
        self.announce(Changes(kind_of(what), contact_ids))

    def announce(self, changes: Changes) -> None:
        commits.after_commit(lambda: self._collect(changes))

    def _collect(self, changes: Changes) -> None:
        scope = getattr(self._local, "scope", None)
        if scope is not None:
            scope.add(changes)
        else:
            self._deliver(changes)

    @contextmanager
    def operation(self, initiator: object | None = None) -> Iterator[None]:
        """One logical change: what is announced inside is delivered once, at the end (also
        when it raises: what was announced was committed). Nested operations join the
        outermost one; the first initiator given wins."""
        outer = getattr(self._local, "scope", None)
        if outer is not None:
            if outer.initiator is None:
                outer.initiator = initiator
            yield
            return
        scope = self._local.scope = _Scope(initiator)
        try:
            yield
        finally:
            self._local.scope = None
            if scope.changes is not None:
                self._deliver(scope.changes.with_initiator(scope.initiator))

    def _deliver(self, changes: Changes) -> None:
        with self._lock:
            listeners = list(self._listeners)
        failed: BaseException | None = None
        for listener in listeners:  # one failing listener must not starve the others
            try:
                listener(changes)
            except Exception as error:
                failed = failed or error
        if failed is not None:
            raise failed
