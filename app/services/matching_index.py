"""The whole network's topics in memory, for network-wide introduction suggestions.

Loaded from grouped reads (the holders of each topic and kind as one id list), kept until
topics, contacts or groups change. Suggestions are bounded: each contact looks at no more
than CAP holders per topic it holds, keeps its best few, and the page takes the best of
those. Never all pairs.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from operator import itemgetter
from typing import Callable, Iterable

from sqlalchemy import Connection

from app.domain.enums import TopicKind
from app.domain.matching import LINK_WEIGHT, PAIRINGS, Match, Profile, match, pair_key, rarity, rotated
from app.storage.queries.matching import hidden_ids, listing_order, network_holders
from app.storage.tables import Contact

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
    """The holder lists per (topic, kind) and, per seeker or goal holder, where to look.

    Built from grouped reads (storage.queries.matching): the holders come as one id list
    per (topic, kind), not as 175,000 rows. Whole profiles are read only for the few pairs
    scored exactly."""

    def __init__(self, holders: dict[tuple[int, str], list[int]], order: Iterable[int],
                 weights: dict[int, float]) -> None:
        self.holders = holders
        self.weights = weights
        # Per seeker or goal holder: the holder lists to look into and what a hit there is
        # worth; contacts in `order` (the contact listing's), their topics by (topic, kind).
        wants: dict[int, list[tuple[list[int], float]]] = {}
        for (topic_id, kind), ids in holders.items():
            if kind in STRONG:
                kind_b, link_weight = STRONG[kind]  # a str-valued kind finds its member
                others = holders.get((topic_id, str(kind_b)))
                if others:
                    want = (others, link_weight * weights.get(topic_id, 1.0))
                    for contact_id in ids:
                        wants.setdefault(contact_id, []).append(want)
        self.anchors: list[tuple[int, list[tuple[list[int], float]]]] = [
            (contact_id, wants[contact_id]) for contact_id in order if contact_id in wants]

    @classmethod
    def load(cls, conn: Connection, weights: dict[int, float]) -> NetworkIndex:
        cursor = conn.connection.driver_connection
        holders = network_holders(cursor, hidden_ids(cursor))
        return cls(holders, listing_order(cursor), weights)

    def suggestions(self, k: int, excluded: set[tuple[int, int]],
                    profiles: Callable[[set[int]], dict[int, Profile]]) -> list[PairSuggestion]:
        """The k best pairs across the network, each pair once, excluded pairs left out.
        Candidates are ranked by their strong links (capped per topic); only the best few
        of them are scored exactly, interests included (their profiles read by `profiles`)."""
        rough: dict[tuple[int, int], tuple[float, int, int]] = {}
        for a_id, wants in self.anchors:
            if len(wants) == 1:  # one list, one weight: the first in rotated order win
                others, weight = wants[0]
                # The first PER_CONTACT + 4 of rotated(others, a_id, CAP), without the rest.
                first = (others[:PER_CONTACT + 4] if len(others) <= CAP
                         else rotated(others, a_id, PER_CONTACT + 4))
                best = [(b_id, weight) for b_id in first if b_id != a_id][:PER_CONTACT + 3]
            else:
                scores: dict[int, float] = {}
                for others, weight in wants:
                    for b_id in rotated(others, a_id, CAP):
                        scores[b_id] = scores.get(b_id, 0.0) + weight
                scores.pop(a_id, None)
                # = heapq.nlargest (documented as this sort), faster for a few dozen items
                best = sorted(scores.items(), key=itemgetter(1), reverse=True)[:PER_CONTACT + 3]
            kept = 0
            for b_id, score in best:
                key = (a_id, b_id) if a_id < b_id else (b_id, a_id)
                if key in excluded:
                    continue
                if key not in rough or rough[key][0] < score:
                    rough[key] = (score, a_id, b_id)
                kept += 1
                if kept == PER_CONTACT:
                    break
        shortlist = heapq.nlargest(k * 3, rough.values())
        found = profiles({a for _s, a, _b in shortlist} | {b for _s, _a, b in shortlist})
        exact = []
        for _score, a_id, b_id in shortlist:
            matched = match(found[a_id], found[b_id], b_id, self.weights)
            if matched:
                exact.append(PairSuggestion(a_id, b_id, matched))
        exact.sort(key=lambda s: (-s.match.score, pair_key(s.a_id, s.b_id)))
        return exact[:k]


def weights_from_counts(counts: dict[int, int], population: int) -> dict[int, float]:
    return {topic_id: rarity(n, population) for topic_id, n in counts.items()}
