"""A deterministic sample network: realistic names, Zipf-skewed topics, two years of history.

Feeds the first-run offer, `python -m app demo` and bench/. Written with Core inserts in one
transaction (50,000 contacts in well under a minute) with the search triggers paused.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from sqlalchemy import func, insert, select

from app.domain.enums import Channel, Direction, TopicKind
from app.domain.outreach import stats_from_history
from app.domain.topics import fold
from app.services import sample_data as words
from app.services.base import Service
from app.storage.tables import (
    Contact, ContactTopic, Group, GroupTopic, Interaction, Membership, Promise, Topic,
)  # fmt: skip

CHANNEL_WEIGHTS = {Channel.EMAIL: 4, Channel.MESSAGE: 4, Channel.MEETING: 2, Channel.PHONE: 2,
                   Channel.EVENT: 1, Channel.SOCIAL: 2}  # fmt: skip
KIND_WEIGHTS = {TopicKind.INTEREST: 5, TopicKind.GOAL: 2, TopicKind.LOOKING_FOR: 2,
                TopicKind.OFFERING: 2}  # fmt: skip


@dataclass(frozen=True)
class SampleSize:
    contacts: int
    interactions: int
    promises: int


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1 / (rank**s) for rank in range(1, n + 1)]


class SampleNetwork(Service):
    def generate(
        self,
        contacts: int = 200,
        seed: int = 7,
        progress: Callable[[int, int], None] | None = None,
        chunk: int = 2000,
    ) -> SampleSize:
        rng = random.Random(seed)
        now = self.clock.now()
        topic_weights = zipf_weights(len(words.TOPICS))
        totals = [0, 0]
        with self.db.bulk_write() as (conn, touched):
            topic_ids = self._topics(conn)
            group_ids = self._groups(conn, topic_ids)
            me = self._me(conn, rng, topic_ids, group_ids, now)
            touched.add(me)
            first_id = (conn.execute(select(func.max(Contact.id))).scalar() or 0) + 1
            for start in range(0, contacts, chunk):
                batch = range(first_id + start, first_id + min(contacts, start + chunk))
                rows = [self._person(rng, cid, now, topic_ids, topic_weights, group_ids)
                        for cid in batch]  # fmt: skip
                conn.execute(insert(Contact), [r["contact"] for r in rows])
                for table, key in ((ContactTopic, "topics"), (Membership, "groups"),
                                   (Interaction, "interactions"), (Promise, "promises")):  # fmt: skip
                    values = [v for r in rows for v in r[key]]
                    if values:
                        conn.execute(insert(table), values)
                totals[0] += sum(len(r["interactions"]) for r in rows)
                totals[1] += sum(len(r["promises"]) for r in rows)
                touched.update(batch)
                if progress:
                    progress(min(contacts, start + chunk), contacts)
        self.events.emit("contacts")
        return SampleSize(contacts, totals[0], totals[1])

    # --- the parts ----------------------------------------------------------------------
    def _topics(self, conn) -> list[int]:
        ids = []
        for label in words.TOPICS:
            key = fold(label)
            found = conn.execute(select(Topic.id).where(Topic.key == key)).scalar()
            if found is None:
                found = conn.execute(insert(Topic).values(label=label, key=key)).inserted_primary_key[0]
            ids.append(found)
        return ids

    def _groups(self, conn, topic_ids: list[int]) -> list[int]:
        by_label = dict(zip(words.TOPICS, topic_ids))
        ids = []
        for index, (name, labels) in enumerate(words.GROUPS):
            found = conn.execute(select(Group.id).where(Group.name == name)).scalar()
            if found is None:
                found = conn.execute(
                    insert(Group).values(name=name, description="", url="", i_am_member=index % 2 == 0)
                ).inserted_primary_key[0]
                conn.execute(insert(GroupTopic), [{"group_id": found, "topic_id": by_label[label]}
                                                  for label in labels])  # fmt: skip
            ids.append(found)
        return ids

    def _me(self, conn, rng, topic_ids, group_ids, now) -> int:
        found = conn.execute(select(Contact.id).where(Contact.is_me)).scalar()
        if found is not None:
            return found
        me = conn.execute(insert(Contact).values(
            is_me=True, given_name="Alex", family_name="Berger", company="Freelancer",
            position="Berater", created_at=now, updated_at=now,
        )).inserted_primary_key[0]  # fmt: skip
        by_label = dict(zip(words.TOPICS, topic_ids))
        mine = {TopicKind.INTEREST: ("Python", "Italienische Malerei", "Laufen", "Jazz"),
                TopicKind.OFFERING: ("Mentoring", "Python", "Public Speaking"),
                TopicKind.LOOKING_FOR: ("Venture Capital", "Robotik"),
                TopicKind.GOAL: ("Nachhaltigkeit",)}  # fmt: skip
        conn.execute(insert(ContactTopic), [
            {"contact_id": me, "topic_id": by_label[label], "kind": kind, "detail": ""}
            for kind, labels in mine.items() for label in labels
        ])  # fmt: skip
        conn.execute(insert(Membership), [{"contact_id": me, "group_id": g} for g in group_ids[::2]])
        return me

    def _person(self, rng: random.Random, cid, now, topic_ids, topic_weights, group_ids) -> dict:
        german = rng.random() < 0.65
        given = rng.choice(words.GIVEN_DE if german else words.GIVEN_EN)
        family = rng.choice(words.FAMILY_DE if german else words.FAMILY_EN)
        created = now - timedelta(days=rng.randint(30, 730))
        chosen = set()
        for _ in range(rng.randint(1, 6)):
            index = rng.choices(range(len(topic_ids)), topic_weights)[0]
            kind = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
            chosen.add((index, kind))
        labels = [words.TOPICS[i] for i, _ in chosen]
        history = self._history(rng, cid, created, now, labels, german)
        stats = stats_from_history((i["occurred_at"], i["direction"]) for i in history)
        has_birthday = rng.random() < 0.7
        contact = {
            "id": cid, "is_me": False, "given_name": given, "family_name": family,
            "nickname": "", "company": rng.choice(words.COMPANIES),
            "position": rng.choice(words.POSITIONS),
            "emails": [{"value": f"{fold(given).replace(' ', '')}.{fold(family).replace(' ', '')}"
                        f"{cid}@example.org", "label": "work"}],
            "phones": [], "links": [], "addresses": [],
            "birthday_month": rng.randint(1, 12) if has_birthday else None,
            "birthday_day": rng.randint(1, 28) if has_birthday else None,
            "birthday_year": rng.randint(1960, 2002) if has_birthday and rng.random() < 0.6 else None,
            "met_how": "", "met_where": rng.choice(words.MET_WHERE), "met_on": created.date(),
            "about": "", "language": "de" if german else "en",
            "formality": "du" if rng.random() < 0.7 else "sie",
            "cadence_days": rng.choice((None, 30, 60, 90, 90, 180)),
            "archived": rng.random() < 0.02, "deleted_at": None,
            "created_at": created, "updated_at": created,
            "last_interaction_at": stats.last_interaction_at,
            "last_two_way_at": stats.last_two_way_at,
            "unanswered_outbound": stats.unanswered_outbound,
            "first_unanswered_at": stats.first_unanswered_at,
        }  # fmt: skip
        return {
            "contact": contact,
            "topics": [{"contact_id": cid, "topic_id": topic_ids[i], "kind": kind, "detail": ""}
                       for i, kind in chosen],  # fmt: skip
            "groups": [{"contact_id": cid, "group_id": g}
                       for g in rng.sample(group_ids, rng.choice((0, 0, 1, 1, 2)))],  # fmt: skip
            "interactions": history,
            "promises": self._promises(rng, cid, now, labels),
        }

    def _history(self, rng, cid, created, now, labels, german) -> list[dict]:
        count = min(40, int(rng.expovariate(1 / 10)))
        span = max(1, int((now - created).total_seconds()))
        summaries = words.SUMMARIES_DE if german else words.SUMMARIES_EN
        history = []
        for _ in range(count):
            when = created + timedelta(seconds=rng.randint(0, span))
            channel = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))[0]
            if channel in (Channel.MEETING, Channel.PHONE, Channel.EVENT):
                direction = Direction.MUTUAL
            else:
                direction = rng.choice((Direction.OUTBOUND, Direction.OUTBOUND, Direction.INBOUND))
            topic = rng.choice(labels)
            history.append({
                "contact_id": cid, "occurred_at": when, "channel": channel, "direction": direction,
                "summary": rng.choice(summaries).format(t=topic),
                "notes": rng.choice(words.NOTES).format(t=topic),
                "related_contact_id": None, "created_at": when,
            })  # fmt: skip
        return history

    def _promises(self, rng, cid, now, labels) -> list[dict]:
        promises = []
        for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 2))):
            mine = rng.random() < 0.6
            due = (now + timedelta(days=rng.randint(-40, 30))).date()
            state = "open" if rng.random() < 0.5 else rng.choice(("kept", "kept", "released", "broken"))
            text = rng.choice(words.PROMISES_ME if mine else words.PROMISES_THEM)
            promises.append({
                "contact_id": cid, "interaction_id": None, "owner": "me" if mine else "them",
                "text": text.format(t=rng.choice(labels)), "due": due, "original_due": due,
                "state": state, "created_at": now - timedelta(days=rng.randint(1, 60)),
                "resolved_at": None if state == "open" else now - timedelta(days=rng.randint(0, 30)),
            })  # fmt: skip
        return promises


def is_empty(db) -> bool:
    with db.read() as conn:
        return conn.execute(select(Contact.id).where(Contact.is_me.is_(False)).limit(1)).first() is None


