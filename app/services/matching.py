"""Common ground: what I share with a contact, whom to introduce to whom, fitting groups,
and "who do I know who likes / looks for / offers X?".

Per-contact matching reads only that contact's topics plus at most CANDIDATE_CAP holders per
topic (the (topic_id, kind) index), then scores the pooled candidates exactly; rare topics
weigh more (see app.domain.matching.rarity). The network-wide page uses matching_index.
"""

from __future__ import annotations

import heapq
import threading

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.enums import Channel, Direction, TopicKind
from app.domain.matching import (
    LINK_WEIGHT, PARTNER_KIND, Link, Match, Profile, best, match, overlaps,
    pair_key,
)
from app.services.base import NotFoundError, Service, ValidationError
from app.services.changes import Changes, Kind
from app.services.contacts import display_name
from app.services.interaction_log import NewInteraction, record_interactions
from app.services.matching_index import NetworkIndex, visible_contacts, weights_from_counts
from app.services.matching_reads import (
    _ASK, _ASK_IDS, _LINK_OF, DISMISSED_KEY, _dismissed, _labels, _me, _my_groups, _names,
    _profile, _profiles, _reason,
)
from app.services.matching_values import (
    AskResult, GroupSuggestion, Introduction, PersonHit, Reason, TopicCount,
)
from app.services.relationships import known_pairs
from app.services.topics import find_topic, topic_key
from app.storage.queries.matching import (
    candidate_scores, group_ids_of, holdings_of, known_pairs_of, met_where, names_rows, profile_rows,
    topic_labels,
)
from app.storage.tables import Contact, ContactTopic, Interaction
from app.storage.tables import Setting, Topic

CANDIDATE_CAP = 60  # holders read per (topic, kind) when matching one contact
ASK_LIMIT = 100  # people listed per kind in "Ask the network"; the total is counted
KIND_LINK = {TopicKind.LOOKING_FOR: 3.0, TopicKind.GOAL: 2.0, TopicKind.INTEREST: 1.0}


class MatchingService(Service):
    def __init__(self, *parts) -> None:
        super().__init__(*parts)
        # Caches, dropped whenever topics, contacts or groups change.
        self._counts: tuple[dict[int, int], int] | None = None
        self._top: list[TopicCount] | None = None
        self._index: NetworkIndex | None = None
        self._hidden_ids: set[int] | None = None
        self._weight_cache: dict[int, float] | None = None
        # Bumped by every relevant change. A cache computed on a worker thread is kept only
        # if no change came while it was computed (it read the data before that change).
        # The lock makes "check the generation, then store" one step against an invalidation
        # arriving from another thread (a worker's import) in between.
        self._generation = 0
        self._lock = threading.Lock()
        # The last network-wide answer (k, introductions), dropped by any change at all: who
        # was introduced, dismissed or related changes it too. What the page's first open
        # shows when the start-up job (ui/common_ground/warm_up.py) has computed it.
        self._suggested: tuple[int, list[Introduction]] | None = None
        self._changes_seen = 0
        self.events.subscribe(self._on_change)

    def _on_change(self, changes: Changes) -> None:
        with self._lock:
            self._changes_seen += 1
            self._suggested = None
        if changes.touches(Kind.TOPICS, Kind.CONTACTS, Kind.GROUPS):
            with self._lock:
                self._generation += 1
                self._counts, self._top, self._index, self._hidden_ids = None, None, None, None
                self._weight_cache = None

    def _keep(self, attribute: str, value, generation: int):
        """Cache value unless the data changed since generation; return it either way."""
        with self._lock:
            if generation == self._generation:
                setattr(self, attribute, value)
        return value

    # --- Me ↔ contact -----------------------------------------------------------------------
    def what_we_share(self, contact_id: int) -> list[Reason]:
        """Shared interests and goals, their "looking for" that I offer or one of my groups
        covers, my "looking for" that they offer, shared groups, where we met."""
        with self.db.read() as conn:
            raw = conn.connection.driver_connection  # plain SQL: read on every page open
            row = met_where(raw, contact_id)
            if row is None:
                raise NotFoundError(f"contact {contact_id} does not exist")
            me = _me(conn)
            mine = _profile(conn, me) if me else Profile({})
            theirs = _profile(conn, contact_id)
            found = list(overlaps(mine, theirs, self._weights(conn)))
            groups = _my_groups(conn)
            covered = {o.topic_id for o in found if o.link is Link.OFFERS_SEEKS}
            extra: list[tuple[str, int, str]] = []
            for topic_id in sorted(theirs.of(TopicKind.LOOKING_FOR) - covered):
                for _group_id, name in sorted(groups.get_by_topic(topic_id)):
                    extra.append(("group_covers", topic_id, name))
                    break
            their_groups = group_ids_of(raw, contact_id)
            shared = sorted(groups.names[g] for g in their_groups if g in groups.names)
            labels = _labels(conn, {o.topic_id for o in found} | {t for _l, t, _g in extra})
        reasons = [Reason(o.link, labels[o.topic_id]) for o in found]
        reasons += [Reason(link, labels[t], group=g) for link, t, g in extra]
        reasons += [Reason("shared_group", group=name) for name in shared]
        if row[0]:
            reasons.append(Reason("met_where", place=row[0]))
        return reasons

    def most_in_common_with_me(self, n: int = 10) -> list[Introduction]:
        """The contacts whose topics fit mine best (Me as the first person)."""
        with self.db.read() as conn:
            me = _me(conn)
            if me is None:
                return []
            return self._matches_for(conn, me, n, excluded=set())

    # --- contact ↔ contact ------------------------------------------------------------------
    def introductions_for(self, contact_id: int, k: int = 5) -> list[Introduction]:
        """The k best people to introduce this contact to, not yet introduced or dismissed."""
        with self.db.read() as conn:
            raw = conn.connection.driver_connection  # plain SQL: a handful of small reads
            pairs = set(known_pairs_of(raw, contact_id))
            pairs.update(map(tuple, _dismissed(conn)))
            excluded = {b if a == contact_id else a for a, b in pairs if contact_id in (a, b)}
            return self._matches_for(conn, contact_id, k, excluded)

    def network_introductions(self, k: int = 20) -> list[Introduction]:
        """The k best introductions across the network, bounded work per contact."""
        with self._lock:
            suggested, seen = self._suggested, self._changes_seen
        if suggested is not None and suggested[0] == k:
            return list(suggested[1])
        with self.db.read() as conn:
            # A local reference: the page calls this on a worker thread, and a change on the
            # UI thread may drop the cached index meanwhile.
            index, generation = self._index, self._generation
            if index is None:
                index = self._keep("_index", NetworkIndex.load(conn, self._weights(conn)),
                                   generation)
            excluded = self._excluded(conn)
            suggestions = index.suggestions(k, excluded, lambda ids: _profiles(conn, ids))
            pairs = [(s.a_id, s.match) for s in suggestions]
            found = self._introductions(conn, pairs)
        with self._lock:
            if seen == self._changes_seen:
                self._suggested = (k, found)
        return list(found)

    def accept_introduction(self, a_id: int, b_id: int, summary: str = "",
                            channel: Channel | str = Channel.EMAIL) -> None:
        """Log the introduction as one interaction with each of the two, pointing at the
        other; the pair is then never suggested again."""
        if a_id == b_id:
            raise ValidationError("introduction", "needs two different people")
        now = self.clock.now()
        with self.db.write() as conn:
            names = _names(conn, [a_id, b_id])
            if len(names) < 2:
                raise NotFoundError(f"contact {a_id if a_id not in names else b_id} does not exist")
            text = summary.strip() or f"{names[a_id]} ↔ {names[b_id]}"
            record_interactions(conn, [
                NewInteraction(holder, now, str(Channel(channel)), str(Direction.OUTBOUND),
                               summary=text, related_contact_id=other)
                for holder, other in ((a_id, b_id), (b_id, a_id))
            ], now)
        self.events.emit("interactions", a_id, b_id)

    def dismiss_introduction(self, a_id: int, b_id: int, dismissed: bool = True) -> None:
        """Stop suggesting this pair (dismissed=False brings it back: the undo)."""
        with self.db.write() as conn:
            pairs = set(map(tuple, _dismissed(conn)))
            pair = pair_key(a_id, b_id)
            pairs = pairs | {pair} if dismissed else pairs - {pair}
            value = sorted(list(p) for p in pairs)
            conn.execute(
                sqlite_insert(Setting).values(key=DISMISSED_KEY, value=value)
                .on_conflict_do_update(index_elements=["key"], set_={"value": value})
            )
        self.events.emit("introductions", a_id, b_id)

    # --- groups and the network ------------------------------------------------------------
    def group_suggestions(self, contact_id: int, k: int = 5) -> list[GroupSuggestion]:
        """Groups I am in whose topics fit what this contact looks for, wants or likes,
        leaving out groups they are already in."""
        with self.db.read() as conn:
            theirs = _profile(conn, contact_id)
            groups = _my_groups(conn)
            weights = self._weights(conn)
            already = group_ids_of(conn.connection.driver_connection, contact_id)
            scored: dict[int, list[tuple[float, int, TopicKind]]] = {}
            for kind, link_weight in KIND_LINK.items():
                for topic_id in theirs.of(kind):
                    for group_id, _name in groups.get_by_topic(topic_id):
                        if group_id not in already:
                            weight = link_weight * weights.get(topic_id, 1.0)
                            scored.setdefault(group_id, []).append((weight, topic_id, kind))
            labels = _labels(conn, {t for items in scored.values() for _w, t, _k in items})
        result = []
        for group_id, items in scored.items():
            weight, topic_id, kind = max(items, key=lambda i: (i[0], -i[1]))
            result.append(GroupSuggestion(
                group_id, groups.names[group_id], round(sum(i[0] for i in items), 6),
                Reason(str(kind), labels[topic_id], group=groups.names[group_id]),
                groups.urls.get(group_id, ""),
            ))
        return sorted(result, key=lambda g: (-g.score, g.name))[:k]

    def ask_network(self, topic_text: str) -> AskResult:
        """Who holds this topic (by its key, an alias or a longer phrase starting with it),
        grouped by kind; most recently in touch first."""
        key = topic_key(topic_text)
        if not key:
            return AskResult((), ())
        with self.db.read() as conn:
            topics = dict(conn.execute(
                select(Topic.id, Topic.label).where(or_(
                    Topic.key == key, and_(Topic.key >= key + " ", Topic.key < key + " \uffff")))
            ).all())
            aliased = find_topic(conn, topic_text)
            if aliased is not None and aliased not in topics:
                topics.update(_labels(conn, {aliased}))
            by_kind = []
            for kind in (TopicKind.LOOKING_FOR, TopicKind.OFFERING, TopicKind.GOAL, TopicKind.INTEREST):
                if not topics:
                    by_kind.append((kind, (), 0))
                    continue
                params = {"topics": list(topics), "kind": str(kind)}
                holders = set(conn.execute(_ASK_IDS, params).scalars()) - self._hidden(conn)
                seen: dict[int, PersonHit] = {}
                # A person holding two matched topics comes twice: fetch enough for both.
                limit = ASK_LIMIT * len(topics)
                for r in conn.execute(_ASK, {**params, "limit": limit}).all() if holders else []:
                    if r[0] not in seen:
                        seen[r[0]] = PersonHit(r[0], display_name(r[1], r[2], r[3]), topics[r[4]])
                by_kind.append((kind, tuple(list(seen.values())[:ASK_LIMIT]), len(holders)))
        return AskResult(tuple(sorted(topics.values())), tuple(by_kind))

    def top_topics(self, n: int = 10) -> list[TopicCount]:
        """The topics most of my contacts hold (in any kind), with how many hold each."""
        top, generation = self._top, self._generation  # a worker may be reading meanwhile
        if top is None:
            with self.db.read() as conn:
                counts = conn.execute(
                    select(ContactTopic.topic_id, Topic.label,
                           func.count(ContactTopic.contact_id.distinct()).label("n"))
                    .join(Topic, Topic.id == ContactTopic.topic_id)
                    .join(Contact, Contact.id == ContactTopic.contact_id)
                    .where(*visible_contacts()).group_by(ContactTopic.topic_id)
                ).all()
            top = self._keep("_top", sorted((TopicCount(*row) for row in counts),
                                            key=lambda c: (-c.contacts, c.label.casefold())),
                             generation)
        return top[:n]

    # --- helpers ----------------------------------------------------------------------------
    def _topic_counts(self, conn: Connection) -> tuple[dict[int, int], int]:
        """Holdings per topic (a contact holding it in two kinds counts twice: close enough
        for weights, and a walk of the (topic_id, kind) index only) and the population."""
        cached, generation = self._counts, self._generation
        if cached is None:
            counts: dict[int, int] = dict(conn.execute(
                select(ContactTopic.topic_id, func.count()).group_by(ContactTopic.topic_id)
            ).all())
            population = conn.execute(select(func.count()).select_from(Contact)).scalar_one()
            cached = self._keep("_counts", (counts, population), generation)
        return cached

    def _hidden(self, conn: Connection) -> set[int]:
        """Me and the archived or trashed: never suggested (a few percent of contacts)."""
        hidden, generation = self._hidden_ids, self._generation
        if hidden is None:
            hidden = set(conn.execute(select(Contact.id).where(or_(
                Contact.is_me.is_(True), Contact.archived.is_(True), Contact.deleted_at.is_not(None)
            ))).scalars())
            self._keep("_hidden_ids", hidden, generation)
        return hidden

    def _weights(self, conn: Connection) -> dict[int, float]:
        weights, generation = self._weight_cache, self._generation
        if weights is None:
            counts, population = self._topic_counts(conn)
            weights = self._keep("_weight_cache", weights_from_counts(counts, population),
                                 generation)
        return weights

    def _excluded(self, conn: Connection, contact_id: int | None = None) -> set[tuple[int, int]]:
        """Pairs already introduced (an interaction pointing at the other), dismissed, or
        related on their pages (they know each other already)."""
        stmt = select(Interaction.contact_id, Interaction.related_contact_id).where(
            Interaction.related_contact_id.is_not(None))
        if contact_id is not None:
            stmt = select(Interaction.contact_id, Interaction.related_contact_id).where(
                or_(Interaction.contact_id == contact_id, Interaction.related_contact_id == contact_id),
                Interaction.related_contact_id.is_not(None))
        pairs = {pair_key(a, b) for a, b in conn.execute(stmt)}
        pairs |= {pair_key(a, b) for a, b in known_pairs(conn, contact_id)}
        return pairs | {pair_key(a, b) for a, b in _dismissed(conn)}

    def _matches_for(self, conn: Connection, a_id: int, k: int, excluded: set[int]) -> list[Introduction]:
        raw = conn.connection.driver_connection
        mine = Profile.from_rows(profile_rows(raw, a_id))
        if not mine:
            return []
        weights = self._weights(conn)
        wanted = [(t, str(PARTNER_KIND[kind]), LINK_WEIGHT[_LINK_OF[kind]] * weights.get(t, 1.0))
                  for t, kind in mine.entries()]
        # One statement: at most CANDIDATE_CAP holders per wanted (topic, kind), each scored
        # by summing the weights of every wanted (topic, kind) they hold.
        skip = excluded | self._hidden(conn) | {a_id}
        scored = [(-score, b) for b, score in candidate_scores(raw, wanted, CANDIDATE_CAP)
                  if b not in skip]
        ranked = [b for _s, b in heapq.nsmallest(k, scored)]
        if not ranked:
            return []
        entries: dict[int, list[tuple[int, str]]] = {}
        for contact_id, topic_id, kind in holdings_of(raw, ranked):
            entries.setdefault(contact_id, []).append((topic_id, kind))
        found = (match(mine, Profile.from_rows(entries[b]), b, weights) for b in ranked)
        return self._introductions(conn, [(a_id, m) for m in best(filter(None, found), k)])

    @staticmethod
    def _introductions(conn: Connection, pairs: list[tuple[int, Match]]) -> list[Introduction]:
        raw = conn.connection.driver_connection
        names = {r[0]: display_name(r[1], r[2], r[3]) for r in
                 names_rows(raw, {a for a, _m in pairs} | {m.other_id for _a, m in pairs})}
        labels = topic_labels(raw, {o.topic_id for _a, m in pairs for o in m.overlaps})
        return [
            Introduction(a, names.get(a, "?"), m.other_id, names.get(m.other_id, "?"), m.score,
                         tuple(_reason(o, labels) for o in m.overlaps))
            for a, m in pairs
        ]


__all__ = ["AskResult", "GroupSuggestion", "Introduction", "LINK_WEIGHT", "MatchingService",
           "PersonHit", "Reason", "TopicCount"]
