"""The whole network's topics in memory, for network-wide introduction suggestions.

Loaded in one query (175,000 rows at 50,000 contacts), kept until topics, contacts or groups
change. Suggestions are bounded: each contact looks at no more than CAP holders per topic it
holds, keeps its best few, and the page takes the best of those. Never all pairs.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterable

from sqlalchemy import Connection, select

from app.domain.enums import TopicKind
from app.domain.matching import (
    LINK_WEIGHT, PAIRINGS, Match, Profile, match, pair_key, rarity, rotated,
)
from app.storage.tables import Contact, ContactTopic

CAP = 12  # holders looked at per (topic, kind) for each contact, network-wide
PER_CONTACT = 2  # the best few per contact that compete for the page (by strong links)
# Seekers and goal holders anchor the search; offerers are found from their seekers' side.
STRONG = {kind_a: (kind_b, LINK_WEIGHT[link]) for kind_a, kind_b, link in PAIRINGS
          if kind_a in (TopicKind.LOOKING_FOR, TopicKind.GOAL)}


def visible_contacts():
    return (Contact.is_me.is_(False), Contact.deleted_at.is_(None), Contact.archived.is_(False))


@dataclass(frozen=True)
class PairSuggestion:
    a_id: int
    b_id: int
    match: Match  # seen from a


class NetworkIndex:
    def __init__(self, rows: Iterable[tuple[int, int, str]], weights: dict[int, float]) -> None:
        by_contact: dict[int, list[tuple[int, str]]] = {}
        holders: dict[tuple[int, str], list[int]] = {}
        for contact_id, topic_id, kind in rows:
            by_contact.setdefault(contact_id, []).append((topic_id, kind))
            holders.setdefault((topic_id, kind), []).append(contact_id)
        self.profiles = {cid: Profile.from_rows(entries) for cid, entries in by_contact.items()}
        self.holders = {key: sorted(ids) for key, ids in holders.items()}
        self.weights = weights
        # Per seeker or goal holder: the holder lists to look into and what a hit there is worth.
        self.anchors: list[tuple[int, list[tuple[list[int], float]]]] = []
        for contact_id, entries in by_contact.items():
            wants = []
            for topic_id, kind in entries:
                if kind in STRONG:
                    kind_b, link_weight = STRONG[kind]  # a str-valued kind finds its member
                    others = self.holders.get((topic_id, str(kind_b)))
                    if others:
                        wants.append((others, link_weight * weights.get(topic_id, 1.0)))
            if wants:
                self.anchors.append((contact_id, wants))

    @classmethod
    def load(cls, conn: Connection, weights: dict[int, float]) -> NetworkIndex:
        rows = conn.execute(
            select(ContactTopic.contact_id, ContactTopic.topic_id, ContactTopic.kind)
            .join(Contact, Contact.id == ContactTopic.contact_id)
            .where(*visible_contacts())
        ).all()
        return cls(rows, weights)

    def suggestions(self, k: int, excluded: set[tuple[int, int]]) -> list[PairSuggestion]:
        """The k best pairs across the network, each pair once, excluded pairs left out.
        Candidates are ranked by their strong links (capped per topic); only the best few
        of them are scored exactly, interests included."""
        rough: dict[tuple[int, int], tuple[float, int, int]] = {}
        for a_id, wants in self.anchors:
            scores: dict[int, float] = {}
            for others, weight in wants:
                for b_id in rotated(others, a_id, CAP):
                    scores[b_id] = scores.get(b_id, 0.0) + weight
            scores.pop(a_id, None)
            kept = 0
            for b_id, score in heapq.nlargest(PER_CONTACT + 3, scores.items(), key=itemgetter(1)):
                key = pair_key(a_id, b_id)
                if key in excluded:
                    continue
                if key not in rough or rough[key][0] < score:
                    rough[key] = (score, a_id, b_id)
                kept += 1
                if kept == PER_CONTACT:
                    break
        shortlist = heapq.nlargest(k * 3, rough.values())
        exact = []
        for _score, a_id, b_id in shortlist:
            found = match(self.profiles[a_id], self.profiles[b_id], b_id, self.weights)
            if found:
                exact.append(PairSuggestion(a_id, b_id, found))
        exact.sort(key=lambda s: (-s.match.score, pair_key(s.a_id, s.b_id)))
        return exact[:k]


def weights_from_counts(counts: dict[int, int], population: int) -> dict[int, float]:
    return {topic_id: rarity(n, population) for topic_id, n in counts.items()}
