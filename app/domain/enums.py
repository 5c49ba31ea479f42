"""The domain's closed vocabularies, stored as their string values."""

from enum import StrEnum


class TopicKind(StrEnum):
    INTEREST = "interest"
    GOAL = "goal"
    LOOKING_FOR = "looking_for"
    OFFERING = "offering"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    MESSAGE = "message"
    MEETING = "meeting"
    EVENT = "event"
    SOCIAL = "social"


class Direction(StrEnum):
    OUTBOUND = "outbound"  # I wrote
    INBOUND = "inbound"  # they wrote or replied
    MUTUAL = "mutual"  # we met or called

    @property
    def is_two_way(self) -> bool:
        return self is not Direction.OUTBOUND


class PromiseOwner(StrEnum):
    ME = "me"
    THEM = "them"


class PromiseState(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    RELEASED = "released"
    BROKEN = "broken"


class Language(StrEnum):
    DE = "de"
    EN = "en"


class Formality(StrEnum):
    DU = "du"
    SIE = "sie"
