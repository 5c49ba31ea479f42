"""One "changed" notice per mutation. Views refresh from it, never from each other.

Plain Python callbacks: the core knows no Qt; ui/ bridges this to a Qt Signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Change:
    what: str  # "contacts", "topics", "groups", "interactions", "promises", "reminders", "settings"
    contact_ids: tuple[int, ...] = ()


Listener = Callable[[Change], None]


class Events:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, what: str, *contact_ids: int) -> None:
        change = Change(what, tuple(contact_ids))
        for listener in list(self._listeners):
            listener(change)
