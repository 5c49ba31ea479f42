"""A deterministic sample network: realistic names, Zipf-skewed topics, two years of history.

Feeds the first-run offer, `python -m app demo` and bench/. Written in one transaction with
the search triggers paused. Rows are built as tuples and written with the driver's
executemany, already encoded: SQLAlchemy's per-value bind processing (UTCDateTime above all)
cost more than SQLite's own work at 50,000 contacts. `encoders_agree_with_sqlalchemy()` and
a test keep the hand encoding identical to what SQLAlchemy would store.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from itertools import accumulate
from typing import Callable

from sqlalchemy import Table, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.enums import Channel, Direction, TopicKind
from app.domain.topics import fold, strip_diacritics
from app.services import sample_data as words
from app.services.sample_times import BelievableTimes
from app.services.sample_today import Shaped, TodayShape
from app.services.base import Service
from app.services.interaction_log import NewInteraction, record_interactions, utc_text
from app.storage.tables import (
    Contact, ContactTopic, Group, GroupTopic, Membership, Promise, Setting, Topic,
)

CHANNEL_WEIGHTS = {Channel.EMAIL: 4, Channel.MESSAGE: 4, Channel.MEETING: 2, Channel.PHONE: 2,
                   Channel.EVENT: 1, Channel.SOCIAL: 2}
KIND_WEIGHTS = {TopicKind.INTEREST: 5, TopicKind.GOAL: 2, TopicKind.LOOKING_FOR: 2,
                TopicKind.OFFERING: 2}
TWO_WAY_CHANNELS = (Channel.MEETING, Channel.PHONE, Channel.EVENT)
SUMMARY_SLOTS = 6  # German summaries drawn from (English: one fewer), as the draws always were

# Columns each generated row fills, in tuple order. Other columns get their table defaults.
CONTACT_COLUMNS = (
    "id", "is_me", "given_name", "family_name", "company", "position", "emails",
    "birthday_month", "birthday_day", "birthday_year", "met_where", "met_on", "language",
    "formality", "cadence_days", "archived", "created_at", "updated_at",
)  # the derived stats (last contact, unanswered outreach…) are record_interactions' to set
TOPIC_COLUMNS = ("contact_id", "topic_id", "kind")
MEMBERSHIP_COLUMNS = ("contact_id", "group_id")
PROMISE_COLUMNS = ("contact_id", "owner", "text", "due", "original_due", "state", "created_at",
                   "resolved_at")


@dataclass(frozen=True)
class SampleSize:
    contacts: int
    interactions: int
    promises: int


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1 / (rank**s) for rank in range(1, n + 1)]


def date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def json_text(value) -> str:
    return json.dumps(value)


class RowWriter:
    """executemany of pre-encoded tuples into one table; columns left out get the table's
    scalar or callable defaults, encoded once (so a column added later with a default
    does not break the generator); generated columns are SQLite's to fill."""

    def __init__(self, table: Table, columns: tuple[str, ...]) -> None:
        rest = [c for c in table.columns
                if c.name not in columns and not c.primary_key and c.computed is None]
        dialect_values = []
        for column in rest:
            default = column.default.arg if column.default is not None else None
            value = default({}) if callable(default) else default
            dialect_values.append(_encode(column, value))
        self.extra = tuple(dialect_values)
        names = [*columns, *(c.name for c in rest)]
        quoted = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        self.sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'

    def write(self, conn, rows: list[tuple]) -> None:
        if rows:
            extra = self.extra
            conn.exec_driver_sql(self.sql, [row + extra for row in rows] if extra else rows)


def _encode(column, value):
    processor = column.type._cached_bind_processor(_dialect())
    return processor(value) if processor and value is not None else value


@lru_cache(maxsize=1)
def _dialect():
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


class SampleNetwork(Service):
    def generate(
        self,
        contacts: int = 200,
        seed: int = 7,
        progress: Callable[[int, int], None] | None = None,
        chunk: int = 5000,
        owner: bool = True,
    ) -> SampleSize:
        """`owner=False` leaves the owner's profile ("Me") alone: the first-run offer
        fills only contacts, so drafts are not signed by a made-up person."""
        rng = random.Random(seed)
        now = self.clock.now().astimezone(timezone.utc)
        # Times of day come from a stream of their own: the people, their topics and dates
        # stay what the seed gave before (tests and benches were written against them).
        self._times = BelievableTimes(random.Random(f"{seed}-times"), self.clock.local_tz())
        # What Today shows on the day the sample is made (sample_today.py): its own stream too.
        self._shape = TodayShape(seed, contacts, now, now.astimezone(self.clock.local_tz()).date(),
                                 self.clock.local_tz())
        totals = [0, 0]
        writers = {
            "contacts": RowWriter(Contact.__table__, CONTACT_COLUMNS),
            "topics": RowWriter(ContactTopic.__table__, TOPIC_COLUMNS),
            "groups": RowWriter(Membership.__table__, MEMBERSHIP_COLUMNS),
            "promises": RowWriter(Promise.__table__, PROMISE_COLUMNS),
        }
        with self.db.bulk_write() as (conn, touched):
            topic_ids = self._topics(conn)
            group_ids = self._groups(conn, topic_ids, owner)
            if owner:
                touched.add(self._me(conn, topic_ids, group_ids, now))
            self._draws = _Draws(topic_ids, group_ids)
            first_id = (conn.execute(select(func.max(Contact.id))).scalar() or 0) + 1
            _remember_sample(conn, first_id, first_id + contacts - 1, self._new_groups, now)
            for start in range(0, contacts, chunk):
                batch = range(first_id + start, first_id + min(contacts, start + chunk))
                rows: dict[str, list] = {key: [] for key in (*writers, "interactions")}
                for cid in batch:
                    self._person(rng, cid, now, rows)
                for key, writer in writers.items():
                    writer.write(conn, rows[key])
                record_interactions(conn, rows["interactions"], now, fresh=batch)
                totals[0] += len(rows["interactions"])
                totals[1] += len(rows["promises"])
                touched.update(batch)
                if progress:
                    progress(min(contacts, start + chunk), contacts)
        self.events.emit("contacts")
        return SampleSize(contacts, totals[0], totals[1])

    # --- the fixed parts ----------------------------------------------------------------
    def _topics(self, conn) -> list[int]:
        ids = []
        for label in words.TOPICS:
            key = fold(label)
            found = conn.execute(select(Topic.id).where(Topic.key == key)).scalar()
            if found is None:
                found = conn.execute(insert(Topic).values(label=label, key=key)).inserted_primary_key[0]
            ids.append(found)
        return ids

    def _groups(self, conn, topic_ids: list[int], owner: bool) -> list[int]:
        """The sample's groups; "I am a member" of every other one only when the sample
        makes the owner too (the first-run offer leaves the user's profile, groups included,
        to the user: its Me dialog showed four groups ticked as theirs)."""
        by_label = dict(zip(words.TOPICS, topic_ids))
        ids = []
        self._new_groups = []
        for index, (name, labels) in enumerate(words.GROUPS):
            found = conn.execute(select(Group.id).where(Group.name == name)).scalar()
            if found is None:
                found = conn.execute(
                    insert(Group).values(name=name, description="", url="",
                                        i_am_member=owner and index % 2 == 0)
                ).inserted_primary_key[0]
                conn.execute(insert(GroupTopic), [{"group_id": found, "topic_id": by_label[label]}
                                                  for label in labels])
                self._new_groups.append(found)
            ids.append(found)
        return ids

    def _me(self, conn, topic_ids, group_ids, now) -> int:
        found = conn.execute(select(Contact.id).where(Contact.is_me)).scalar()
        if found is not None:
            return found
        me = conn.execute(insert(Contact).values(
            is_me=True, given_name="Alex", family_name="Berger", company="Freelancer",
            position="Berater", created_at=now, updated_at=now,
        )).inserted_primary_key[0]
        by_label = dict(zip(words.TOPICS, topic_ids))
        mine = {TopicKind.INTEREST: ("Python", "Italienische Malerei", "Laufen", "Jazz"),
                TopicKind.OFFERING: ("Mentoring", "Python", "Public Speaking"),
                TopicKind.LOOKING_FOR: ("Venture Capital", "Robotik"),
                TopicKind.GOAL: ("Nachhaltigkeit",)}
        conn.execute(insert(ContactTopic), [
            {"contact_id": me, "topic_id": by_label[label], "kind": kind, "detail": ""}
            for kind, labels in mine.items() for label in labels
        ])
        conn.execute(insert(Membership), [{"contact_id": me, "group_id": g} for g in group_ids[::2]])
        return me

    # --- one person ---------------------------------------------------------------------
    def _person(self, rng: random.Random, cid: int, now: datetime, rows: dict) -> None:
        draws = self._draws
        german = rng.random() < 0.65
        given = rng.choice(words.GIVEN_DE if german else words.GIVEN_EN)
        family = rng.choice(words.FAMILY_DE if german else words.FAMILY_EN)
        created = now - timedelta(days=rng.randint(30, 730))
        chosen: dict[tuple[int, TopicKind], None] = {}  # a dict keeps the draw order
        for _ in range(rng.randint(1, 6)):
            index = rng.choices(draws.topic_indexes, cum_weights=draws.topic_cum)[0]
            kind = rng.choices(draws.kinds, cum_weights=draws.kind_cum)[0]
            chosen[(index, kind)] = None
        labels = [words.TOPICS[i] for i, _ in chosen]
        history = self._history(rng, created, now, labels, german)
        has_birthday = rng.random() < 0.7
        company = rng.choice(words.COMPANIES)
        position = words.title_for(rng.choice(words.POSITIONS), given, german)
        month = rng.randint(1, 12) if has_birthday else None
        day = rng.randint(1, 28) if has_birthday else None
        year = rng.randint(1960, 2002) if has_birthday and rng.random() < 0.6 else None
        met_where = (words.MET_WHERE if german else words.MET_WHERE_EN)[rng.randrange(len(words.MET_WHERE))]
        formality = "du" if rng.random() < 0.7 else "sie"
        cadence = rng.choice((None, 30, 60, 90, 90, 180))
        archived = rng.random() < 0.02
        groups = rng.sample(draws.group_ids, rng.choice((0, 0, 1, 1, 2)))
        shaped = Shaped(created, history, month, day, cadence, archived,
                        self._promises(rng, now, labels, german), labels, german)
        self._shape.person(shaped)
        month, day, cadence = shaped.month, shaped.day, shaped.cadence
        history.sort(key=lambda row: row[0])
        created_text = utc_text(created)
        rows["contacts"].append((
            cid, 0, given, family, company, position,
            json_text([{"value": f"{_mail_part(given)}.{_mail_part(family)}{cid}@example.org",
                        "label": "work"}]),
            month, day, year, met_where, created.date().isoformat(), "de" if german else "en",
            formality, cadence, int(archived), created_text, created_text,
        ))
        rows["topics"].extend((cid, draws.topic_ids[i], kind.value) for i, kind in chosen)
        for group in groups:
            rows["groups"].append((cid, group))
        rows["interactions"].extend(
            NewInteraction(cid, when, channel, direction, summary, notes, created_at=when)
            for when, direction, channel, summary, notes in history)
        for mine, text, made, due, state, resolved in shaped.promises:
            rows["promises"].append((cid, "me" if mine else "them", text, due.isoformat(),
                                     due.isoformat(), state, utc_text(made), utc_text(resolved)))

    def _history(self, rng, created, now, labels, german) -> list[tuple]:
        count = min(40, int(rng.expovariate(1 / 10)))
        span = max(1, int((now - created).total_seconds()))
        draws = self._draws
        history = []
        noted: set[str] = set()
        for _ in range(count):
            drawn = created + timedelta(seconds=rng.randint(0, span))
            channel = rng.choices(draws.channels, cum_weights=draws.channel_cum)[0]
            if channel in TWO_WAY_CHANNELS:
                direction = Direction.MUTUAL
            else:
                direction = rng.choice((Direction.OUTBOUND, Direction.OUTBOUND, Direction.INBOUND))
            topic = words.topic_in(rng.choice(labels), german)
            # One draw picks the summary among as many as there always were (so the draws
            # after it stay the same); what it says fits the channel and sets the hour.
            slot = rng.randrange(SUMMARY_SLOTS if german else SUMMARY_SLOTS - 1)
            choices = words.SUMMARIES[channel.value]
            german_text, english_text, hours = choices[slot % len(choices)]
            summary = (german_text if german else english_text).format(t=topic)
            notes = rng.choice(words.NOTES_DE if german else words.NOTES_EN).format(t=topic)
            if notes in noted:
                notes = ""  # "Two kids, plays football" is noted once, not at every call
            noted.add(notes)
            when = self._times.place(drawn, hours, created, now)
            history.append((when, direction.value, channel.value, summary, notes))
        return history

    def _promises(self, rng, now, labels, german: bool) -> list[list]:
        """The person's promises as drawn: [mine, text, made]. Every draw the seed's stream
        always made is still made (the people after this one stay the same); when each is
        due, its state and when it was kept are TodayShape's (sample_today.py)."""
        drawn = []
        for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 2))):
            mine = rng.random() < 0.6
            rng.randint(-40, 30)  # the due day, drawn here before
            state = "open" if rng.random() < 0.5 else rng.choice(("kept", "kept", "released", "broken"))
            if mine:
                text = rng.choice(words.PROMISES_ME_DE if german else words.PROMISES_ME_EN)
            else:
                text = rng.choice(words.PROMISES_THEM_DE if german else words.PROMISES_THEM_EN)
            text = text.format(t=words.topic_in(rng.choice(labels), german))
            made = now - timedelta(days=rng.randint(1, 60))
            if state != "open":
                rng.randint(0, 30)  # when it was resolved, drawn here before
            drawn.append([mine, text, made])
        return drawn


class _Draws:
    """What the per-person draws choose from, with cumulative weights computed once
    (random.choices would otherwise rebuild them on every call)."""

    def __init__(self, topic_ids: list[int], group_ids: list[int]) -> None:
        self.topic_ids = topic_ids
        self.group_ids = group_ids
        self.topic_indexes = range(len(topic_ids))
        self.topic_cum = list(accumulate(zipf_weights(len(words.TOPICS))))
        self.kinds = list(KIND_WEIGHTS)
        self.kind_cum = list(accumulate(KIND_WEIGHTS.values()))
        self.channels = list(CHANNEL_WEIGHTS)
        self.channel_cum = list(accumulate(CHANNEL_WEIGHTS.values()))


@lru_cache(maxsize=512)
def _mail_part(name: str) -> str:
    """Jörg → jorg, Groß → gross, O'Brien → obrien (not fold(): topic stemming is no
    business of an e-mail address)."""
    return "".join(ch for ch in strip_diacritics(name.casefold()) if ch.isalnum())


def encoders_agree_with_sqlalchemy() -> bool:
    """The hand encoders write what SQLAlchemy's own bind processing would."""
    table = Contact.__table__
    when = datetime(2025, 3, 30, 1, 59, 58, 12, tzinfo=timezone(timedelta(hours=2)))
    return (
        _encode(table.c.created_at, when) == utc_text(when)
        and _encode(table.c.met_on, when.date()) == date_text(when.date())
        and _encode(table.c.emails, [{"value": "zoë@x", "label": "w"}])
        == json_text([{"value": "zoë@x", "label": "w"}])
    )


def is_empty(db) -> bool:
    with db.read() as conn:
        return conn.execute(select(Contact.id).where(Contact.is_me.is_(False)).limit(1)).first() is None


# --- which rows are the sample's, and taking them out again ------------------------------
# generate() records what it made under this settings key (no migration needed): the
# contact id ranges and the groups it created. Topics it created stay (shared vocabulary a
# user's own contacts may hold by now; one nobody holds shows nowhere but completion).
SAMPLE_KEY = "sample_network"


def _remember_sample(conn, first_id: int, last_id: int, groups: list[int], now) -> None:
    found = conn.execute(select(Setting.value).where(Setting.key == SAMPLE_KEY)).scalar()
    value = found or {"contacts": [], "groups": []}
    # Every sample contact was "added" before this moment; a contact of the user's that later
    # reuses an id in a range (after the trash was emptied) was added after it.
    value["made_at"] = max(value.get("made_at", ""), utc_text(now))
    if last_id >= first_id:
        value["contacts"].append([first_id, last_id])
    value["groups"] = sorted(set(value["groups"]) | set(groups))
    conn.execute(sqlite_insert(Setting).values(key=SAMPLE_KEY, value=value).on_conflict_do_update(
        index_elements=["key"], set_={"value": value}))

