"""The whole network's topics in memory, for network-wide introduction suggestions.

Loaded in one query (175,000 rows at 50,000 contacts), kept until topics, contacts or groups
change. Suggestions are bounded: each contact looks at no more than CAP holders per topic it
holds, keeps its best few, and the page takes the best of those. Never all pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import Connection, select

from app.domain.enums import TopicKind
from app.domain.matching import (
    LINK_WEIGHT, PAIRINGS, Match, Profile, match, pair_key, rarity, rotated,
)  # fmt: skip
from app.storage.tables import Contact, ContactTopic

CAP = 12  # holders looked at per (topic, kind) for each contact, network-wide
PER_CONTACT = 2  # the best few per contact that compete for the page
# Seekers and goal holders anchor the search; offerers are found from their seekers' side.
STRONG = {kind_a: (kind_b, LINK_WEIGHT[link]) for kind_a, kind_b, link in PAIRINGS
          if kind_a in (TopicKind.LOOKING_FOR, TopicKind.GOAL)}  # fmt: skip


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

    @classmethod
    def load(cls, conn: Connection, weights: dict[int, float]) -> NetworkIndex:
        rows = conn.execute(
            select(ContactTopic.contact_id, ContactTopic.topic_id, ContactTopic.kind)
            .join(Contact, Contact.id == ContactTopic.contact_id)
            .where(*visible_contacts())
        ).all()
        return cls(rows, weights)

    def suggestions(self, k: int, excluded: set[tuple[int, int]]) -> list[PairSuggestion]:
        """The k best pairs across the network, each pair once, excluded pairs left out."""
        chosen: dict[tuple[int, int], PairSuggestion] = {}
        for a_id, profile in self.profiles.items():
            scores: dict[int, float] = {}
            for kind_a, (kind_b, link_weight) in STRONG.items():
                for topic_id in profile.of(kind_a):
                    others = self.holders.get((topic_id, kind_b))
                    if not others:
                        continue
                    weight = link_weight * self.weights.get(topic_id, 1.0)
                    for b_id in rotated(others, a_id, CAP):
                        scores[b_id] = scores.get(b_id, 0.0) + weight
            scores.pop(a_id, None)
            if not scores:
                continue
            # Exact scores (interests included) only for this contact's few best.
            ranked = sorted(scores, key=lambda b: (-scores[b], b))
            matches = []
            for b_id in ranked:
                if pair_key(a_id, b_id) in excluded:
                    continue
                found = match(profile, self.profiles[b_id], b_id, self.weights)
                if found:
                    matches.append(found)
                if len(matches) == PER_CONTACT:
                    break
            for found in matches:
                key = pair_key(a_id, found.other_id)
                if key not in chosen:
                    chosen[key] = PairSuggestion(a_id, found.other_id, found)
        ordered = sorted(chosen.items(), key=lambda item: (-item[1].match.score, item[0]))
        return [suggestion for _key, suggestion in ordered[:k]]


def weights_from_counts(counts: dict[int, int], population: int) -> dict[int, float]:
    return {topic_id: rarity(n, population) for topic_id, n in counts.items()}
