"""What common ground hands to the screens: reasons, introductions, group suggestions, the
answers of "Ask the network". Plain frozen values (see matching.py)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import TopicKind


@dataclass(frozen=True)
class Reason:
    """Why two people (or a person and a group) fit, for one line of text. `link` is a
    domain Link seen from the first person, or one of: group_covers, shared_group,
    met_where, and for groups the contact's TopicKind."""

    link: str
    topic: str = ""
    group: str = ""
    place: str = ""


@dataclass(frozen=True)
class Introduction:
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    score: float
    reasons: tuple[Reason, ...]  # strongest first; reasons[0] is the one-line why

    @property
    def reason(self) -> Reason:
        return self.reasons[0]


@dataclass(frozen=True)
class GroupSuggestion:
    group_id: int
    name: str
    score: float
    reason: Reason
    url: str = ""  # the group's link (e.g. its Xing page), "" when it has none


@dataclass(frozen=True)
class PersonHit:
    contact_id: int
    name: str
    topic: str


@dataclass(frozen=True)
class AskResult:
    topics: tuple[str, ...]  # the topic labels the question matched
    by_kind: tuple[tuple[TopicKind, tuple[PersonHit, ...], int], ...]  # (kind, first few, total)


@dataclass(frozen=True)
class TopicCount:
    topic_id: int
    label: str
    contacts: int
