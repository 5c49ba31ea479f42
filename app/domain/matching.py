"""Match scores between two people's topics: pure, no SQL.

What counts, strongest first: one looks for what the other offers, then a shared goal, then
a shared interest. Each overlap is weighted by how rare its topic is (IDF-like), so sharing
"Italienische Malerei" says more than sharing "Künstliche Intelligenz", which thousands hold.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable, Mapping

from app.domain.enums import TopicKind


class Link(StrEnum):
    """How a topic connects the first person (A) to the second (B)."""

    SEEKS_OFFERS = "seeks_offers"  # A looks for it, B offers it
    OFFERS_SEEKS = "offers_seeks"  # A offers it, B looks for it
    SHARED_GOAL = "shared_goal"
    SHARED_INTEREST = "shared_interest"


LINK_WEIGHT = {Link.SEEKS_OFFERS: 3.0, Link.OFFERS_SEEKS: 3.0, Link.SHARED_GOAL: 2.0,
               Link.SHARED_INTEREST: 1.0}
# (A's kind, B's kind) → the link it makes
PAIRINGS = (
    (TopicKind.LOOKING_FOR, TopicKind.OFFERING, Link.SEEKS_OFFERS),
    (TopicKind.OFFERING, TopicKind.LOOKING_FOR, Link.OFFERS_SEEKS),
    (TopicKind.GOAL, TopicKind.GOAL, Link.SHARED_GOAL),
    (TopicKind.INTEREST, TopicKind.INTEREST, Link.SHARED_INTEREST),
)
PARTNER_KIND = {a: b for a, b, _link in PAIRINGS}  # whom to look for, given A's kind
# A kind from its stored text by a dict lookup: TopicKind(text) per row was a quarter of
# building the network index at 50,000 contacts (Enum.__call__ is slow).
KIND_OF: dict[str, TopicKind] = {kind.value: kind for kind in TopicKind}


@dataclass(frozen=True)
class Profile:
    """One person's topic ids by kind."""

    topics: Mapping[TopicKind, frozenset[int]]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, str]]) -> Profile:
        """From (topic_id, kind) pairs."""
        by_kind: dict[TopicKind, set[int]] = {}
        for topic_id, kind in rows:
            by_kind.setdefault(KIND_OF[kind], set()).add(topic_id)
        return cls({kind: frozenset(ids) for kind, ids in by_kind.items()})

    def of(self, kind: TopicKind) -> frozenset[int]:
        return self.topics.get(kind, frozenset())

    def entries(self) -> list[tuple[int, TopicKind]]:
        return sorted((t, k) for k, ids in self.topics.items() for t in ids)

    def __bool__(self) -> bool:
        return any(self.topics.values())


@dataclass(frozen=True)
class Overlap:
    link: Link
    topic_id: int
    weight: float


@dataclass(frozen=True)
class Match:
    """A scored pair; `reason` is the strongest overlap, the one-line why."""

    other_id: int
    score: float
    overlaps: tuple[Overlap, ...]  # strongest first

    @property
    def reason(self) -> Overlap:
        return self.overlaps[0]


def rarity(holders: int, population: int) -> float:
    """IDF-like weight: 1 for a topic everybody holds, growing as it gets rarer."""
    return 1.0 + math.log((1 + population) / (1 + max(holders, 0)))


def overlaps(a: Profile, b: Profile, weights: Mapping[int, float]) -> tuple[Overlap, ...]:
    """Every way A and B connect, strongest first (ties: by topic id, for stable output)."""
    found = [
        Overlap(link, topic_id, LINK_WEIGHT[link] * weights.get(topic_id, 1.0))
        for kind_a, kind_b, link in PAIRINGS
        for topic_id in a.of(kind_a) & b.of(kind_b)
    ]
    return tuple(sorted(found, key=lambda o: (-o.weight, o.topic_id, o.link)))


def match(a: Profile, b: Profile, other_id: int, weights: Mapping[int, float]) -> Match | None:
    found = overlaps(a, b, weights)
    if not found:
        return None
    return Match(other_id, round(sum(o.weight for o in found), 6), found)


def best(matches: Iterable[Match], k: int) -> list[Match]:
    """The k highest scores; equal scores by id, so the order never flickers."""
    return heapq.nsmallest(k, matches, key=lambda m: (-m.score, m.other_id))


def pair_key(a: int, b: int) -> tuple[int, int]:
    """An unordered pair as a tuple: introducing A to B is introducing B to A."""
    return (a, b) if a < b else (b, a)


def rotated(items: list[int], start: int, cap: int) -> list[int]:
    """At most cap items beginning at start (wrapping): a capped look at a popular topic's
    holders that differs per seeker, so not everybody is offered the same first few."""
    if len(items) <= cap:
        return items
    start %= len(items)
    chunk = items[start : start + cap]
    return chunk + items[: cap - len(chunk)]
