"""The one typed value a mutation produces: which kinds of data changed, for whom, and who
asked (like Anki's OpChanges). Views refresh from it; caches invalidate from it.

Services still announce with `events.emit("promises", contact_id)`; the string is mapped to
a Kind here, and an unknown one raises (a typo must not leave a screen stale in silence).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Iterable


class Kind(str, Enum):
    CONTACTS = "contacts"
    TOPICS = "topics"
    GROUPS = "groups"
    INTERACTIONS = "interactions"
    INTRODUCTIONS = "introductions"
    PROMISES = "promises"
    REMINDERS = "reminders"
    TODAY = "today"  # Today's own done/snooze marks
    TEMPLATES = "templates"
    JOURNAL = "journal"
    SETTINGS = "settings"
    DECISIONS = "decisions"  # decision notes (Today rows, Needs a decision)
    SYNC = "sync"  # sync accounts and their state (the contacts a sync pulled are CONTACTS)

    def __str__(self) -> str:
        return self.value


class UnknownKind(ValueError):
    """emit() was given a string that names no Kind: add it to Kind, or fix the typo."""


def kind_of(what: str | Kind) -> Kind:
    try:
        return Kind(what)
    except ValueError:
        raise UnknownKind(f"no such kind of change: {what!r} (known: "
                          f"{', '.join(k.value for k in Kind)})") from None


@dataclass(frozen=True)
class Changes:
    """What one mutation changed. `kinds` is a frozenset of Kind; `contact_ids` the contacts
    concerned, in first-mentioned order without repeats (empty: unknown or none in
    particular); `initiator` the widget (or other object) whose action caused it, or None."""

    kinds: frozenset = frozenset()
    contact_ids: tuple[int, ...] = ()
    initiator: object | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Accepts the old Change("promises", (3,)) form and any iterables.
        kinds = self.kinds
        kinds = (kinds,) if isinstance(kinds, (str, Kind)) else kinds
        object.__setattr__(self, "kinds", frozenset(kind_of(k) for k in kinds))
        object.__setattr__(self, "contact_ids", tuple(dict.fromkeys(self.contact_ids)))

    @classmethod
    def of(cls, what: str | Kind | Iterable, *contact_ids: int, initiator=None) -> "Changes":
        return cls(what, contact_ids, initiator)

    def touches(self, *kinds: str | Kind) -> bool:
        """True when any of `kinds` changed."""
        return any(kind_of(k) in self.kinds for k in kinds)

    def __contains__(self, kind: object) -> bool:
        return isinstance(kind, (str, Kind)) and self.touches(kind)

    def merged(self, other: "Changes") -> "Changes":
        return Changes(self.kinds | other.kinds, self.contact_ids + other.contact_ids,
                       self.initiator if self.initiator is not None else other.initiator)

    def with_initiator(self, initiator) -> "Changes":
        return Changes(self.kinds, self.contact_ids, initiator)

    @property
    def what(self) -> str:
        """The kind as a string (the old Change.what): one kind's name, or several joined by
        "+" in a fixed order. Prefer `touches()` or `in`, which see every kind."""
        return "+".join(sorted(k.value for k in self.kinds))


Change = Changes  # the old name, kept for code written against it
