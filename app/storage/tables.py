"""The schema as SQLModel tables. Alembic migrations create it; a test keeps both in step.

Enum-valued columns store the StrEnum values from app.domain.enums. Datetimes are UTC.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, Computed, Float, Index, String, text
from sqlmodel import Field, SQLModel

# The Today list's indexes cover only the contacts it can show (visible, not me); the
# condition is written once, in queries/predicates.py, which the Today reads repeat.
from app.storage import name_keys
from app.storage.queries.predicates import TODAY_CONTACTS, UNANSWERED_INDEXED_FROM

FOLLOW_UP_JD = "julianday(coalesce(last_two_way_at, created_at)) + cadence_days"


class Contact(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    # The owner's own profile ("Me") is the one row with is_me set; lists leave it out,
    # matching reads its topics and groups exactly like any contact's.
    is_me: bool = Field(default=False)
    given_name: str = ""
    family_name: str = ""
    nickname: str = ""
    # How drafts greet them: Anrede "Frau"/"Herr"/"" (no gendered forms), a title ("Dr.",
    # "Prof."), a greeting style (app.domain.draft_language.GREETING_STYLES; "" = by formality).
    anrede: str = Field(default="", sa_column_kwargs={"server_default": ""})
    title: str = Field(default="", sa_column_kwargs={"server_default": ""})
    greeting_style: str = Field(default="", sa_column_kwargs={"server_default": ""})
    company: str = ""
    position: str = ""
    emails: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    phones: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    links: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    addresses: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, default=list)
    )
    # vCard lines an import kept because Rapport has no field for them (GENDER, IMPP,
    # X-SOCIALPROFILE, X-…): {"value": line, "label": property name}, written back on export.
    vcard_properties: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, default=list, server_default="[]")
    )
    birthday_month: Optional[int] = None
    birthday_day: Optional[int] = None
    birthday_year: Optional[int] = None
    met_how: str = ""
    met_where: str = ""
    met_on: Optional[date] = None
    about: str = ""  # free notes about the person
    language: str = "de"
    formality: str = "du"
    cadence_days: Optional[int] = None
    archived: bool = Field(default=False)
    deleted_at: Optional[datetime] = None  # in the trash until the user empties it
    created_at: datetime
    updated_at: datetime
    # Derived from interactions, kept current by the interactions service so that the
    # Today list and the contacts list never aggregate 500,000 interactions.
    last_interaction_at: Optional[datetime] = None
    last_two_way_at: Optional[datetime] = None
    unanswered_outbound: int = 0
    first_unanswered_at: Optional[datetime] = None
    reply_owed_since: Optional[datetime] = None  # they wrote, I have not answered since
    # When keep-in-touch falls due, as a Julian day (UTC), computed by SQLite itself so that
    # no writer can forget it; indexed for the Today list (see app/services/today.py).
    follow_up_jd: Optional[float] = Field(default=None, sa_column=Column(Float, Computed(FOLLOW_UP_JD)))
    # Raised by triggers (migration 0013) on every edit of what travels in its vCard: a
    # sync finds local changes by comparing it with sync_card.pushed_seq.
    change_seq: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # How names sort (ä with a, case ignored: app.domain.names.fold), computed by SQLite in
    # two steps (app/storage/name_keys.py, migration 0014); the list walks the keys' index.
    family_fold: Optional[str] = Field(default=None, sa_column=Column(String, Computed(name_keys.FAMILY_FOLD)))
    given_fold: Optional[str] = Field(default=None, sa_column=Column(String, Computed(name_keys.GIVEN_FOLD)))
    family_key: Optional[str] = Field(default=None, sa_column=Column(String, Computed(name_keys.FAMILY_KEY)))
    given_key: Optional[str] = Field(default=None, sa_column=Column(String, Computed(name_keys.GIVEN_KEY)))

    __table_args__ = (
        Index("ix_contact_listing", "archived", "deleted_at", "family_key", "given_key"),
        Index("ix_contact_birthday", "birthday_month", "birthday_day"),
        Index("ux_contact_me", "is_me", unique=True, sqlite_where=text("is_me = 1")),
        Index("ix_contact_follow_up", "follow_up_jd", sqlite_where=text(TODAY_CONTACTS)),
        Index("ix_contact_unanswered", "unanswered_outbound", "first_unanswered_at",
              sqlite_where=text(f"unanswered_outbound >= {UNANSWERED_INDEXED_FROM} AND {TODAY_CONTACTS}")),
        Index("ix_contact_reply_owed", "reply_owed_since",
              sqlite_where=text(f"reply_owed_since IS NOT NULL AND {TODAY_CONTACTS}")),
        Index("ix_contact_upcoming_birthday", "birthday_month", "birthday_day",
              sqlite_where=text(TODAY_CONTACTS)),
    )


class Topic(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    label: str
    key: str = Field(unique=True)  # app.domain.topics.fold(label)


class TopicAlias(SQLModel, table=True):
    __tablename__ = "topic_alias"
    id: Optional[int] = Field(default=None, primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", ondelete="CASCADE", index=True)
    alias: str
    key: str = Field(unique=True)


class ContactTopic(SQLModel, table=True):
    __tablename__ = "contact_topic"
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", ondelete="CASCADE", primary_key=True)
    kind: str = Field(primary_key=True)  # TopicKind
    detail: str = ""  # "eine Weiterbildung" in "sucht eine Weiterbildung zum Thema Industrie 4.0"

    __table_args__ = (Index("ix_contact_topic_topic", "topic_id", "kind"),)


class Group(SQLModel, table=True):
    __tablename__ = "group"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""
    url: str = ""
    i_am_member: bool = False


class GroupTopic(SQLModel, table=True):
    __tablename__ = "group_topic"
    group_id: int = Field(foreign_key="group.id", ondelete="CASCADE", primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", ondelete="CASCADE", primary_key=True, index=True)


class Membership(SQLModel, table=True):
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", primary_key=True)
    group_id: int = Field(foreign_key="group.id", ondelete="CASCADE", primary_key=True, index=True)


class Interaction(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE")
    occurred_at: datetime
    channel: str  # Channel
    direction: str  # Direction
    summary: str = ""
    notes: str = ""
    # An introduction is logged on both contacts, each pointing at the other.
    related_contact_id: Optional[int] = Field(
        default=None, foreign_key="contact.id", ondelete="SET NULL", index=True
    )
    created_at: datetime

    __table_args__ = (Index("ix_interaction_contact_time", "contact_id", "occurred_at"),)


class Promise(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    interaction_id: Optional[int] = Field(
        default=None, foreign_key="interaction.id", ondelete="SET NULL"
    )
    owner: str  # PromiseOwner
    text: str
    due: Optional[date] = None
    original_due: Optional[date] = None  # set once, so a renegotiated date stays visible
    state: str = "open"  # PromiseState
    created_at: datetime
    resolved_at: Optional[datetime] = None

    __table_args__ = (
        Index("ix_promise_open_due", "state", "due"),
        Index("ix_promise_today", "state", "owner", "due", "contact_id"),  # covers Today's reads
        # "Handled today" counts the promises resolved since midnight at every Today build.
        Index("ix_promise_resolved", "resolved_at", sqlite_where=text("resolved_at IS NOT NULL")),
    )


class Decision(SQLModel, table=True):
    """A decision note: why it came up, what was decided ("" while still open), whose it is
    (PromiseOwner: me or them) and the day to look at it again, when it shows on Today.
    Optionally about one promise (a promise can wait on it)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    promise_id: Optional[int] = Field(
        default=None, foreign_key="promise.id", ondelete="SET NULL", index=True
    )
    owner: str  # PromiseOwner
    context: str = ""
    decided: str = ""
    review_on: date
    reviewed_at: Optional[datetime] = None  # Done on Today; a new review date clears it
    created_at: datetime

    __table_args__ = (
        Index("ix_decision_review", "review_on", "contact_id",
              sqlite_where=text("reviewed_at IS NULL")),
    )


class Reminder(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    contact_id: Optional[int] = Field(
        default=None, foreign_key="contact.id", ondelete="CASCADE", index=True
    )
    title: str
    due_at: datetime  # the next occurrence, UTC
    rrule: str = ""  # RFC 5545 RRULE for recurring reminders, "" for one-off
    snoozed_until: Optional[datetime] = None
    done: bool = False
    last_fired_at: Optional[datetime] = None  # delivered once, even across restarts
    created_at: datetime
    # Delivery is claim, show, confirm (services/reminders.py): an occurrence claimed by a
    # session that never confirmed it (a crash) is delivered again by the next one.
    claimed_occurrence: Optional[datetime] = None
    claimed_by: Optional[str] = None  # the claiming session's id
    fired_wall: Optional[str] = None  # local wall time of the last delivered occurrence

    __table_args__ = (Index("ix_reminder_pending", "done", "due_at"),)


class Template(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    occasion: str
    language: str
    variant: int = 0
    subject: str = ""
    body: str
    updated_at: datetime

    __table_args__ = (Index("ux_template", "occasion", "language", "variant", unique=True),)


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: Any = Field(sa_column=Column(JSON, nullable=False, default=list))


class JournalEntry(SQLModel, table=True):
    """A weekly review's answers: what helped, what hurt, what I try next."""

    __tablename__ = "journal_entry"
    id: Optional[int] = Field(default=None, primary_key=True)
    week_of: date = Field(index=True)  # the Monday of the reviewed week
    helped: str = ""
    hurt: str = ""
    try_next: str = ""
    created_at: datetime


class TodayMark(SQLModel, table=True):
    """A Today item the user marked done or snoozed that has no state of its own (keep in
    touch, birthday, outreach, a promise's snooze). Keyed by the item's occurrence, so a
    birthday marked done this year comes back next year."""

    __tablename__ = "today_mark"
    kind: str = Field(primary_key=True)  # app.domain.today.ItemKind
    ref_id: int = Field(primary_key=True)  # contact or promise id
    occurrence: str = Field(primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    done: bool = False
    snoozed_until: Optional[date] = None  # local date the item shows again
    created_at: datetime

    # "Handled today" counts the marks written since midnight at every Today build.
    __table_args__ = (Index("ix_today_mark_created", "created_at"),)


class SyncCollection(SQLModel, table=True):
    """A CardDAV address book this database syncs with: its RFC 6578 sync token."""

    __tablename__ = "sync_collection"
    url: str = Field(primary_key=True)
    sync_token: str = ""
    synced_at: Optional[datetime] = None


class SyncCard(SQLModel, table=True):
    """One contact <-> one vCard on the server. `etag` "" means a PUT was started but not
    confirmed (a killed sync adopts the card instead of creating it twice); `vcard` is the
    server's text as last synced (its unknown properties are written back on push);
    `fields` is the contact as last synced, so local edits are told from remote ones."""

    __tablename__ = "sync_card"
    id: Optional[int] = Field(default=None, primary_key=True)
    collection: str
    href: str
    contact_id: Optional[int] = Field(default=None, foreign_key="contact.id", ondelete="SET NULL")
    uid: str
    etag: str = ""
    vcard: str = ""
    fields: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    synced_at: datetime
    # the contact's change_seq when its card was last sent or pulled; -1: compare the fields
    pushed_seq: int = Field(default=-1, sa_column_kwargs={"server_default": "-1"})

    __table_args__ = (
        Index("ux_sync_card_href", "collection", "href", unique=True),
        Index("ix_sync_card_contact", "contact_id"),
    )


class Relationship(SQLModel, table=True):
    """How two contacts are related, stored once as "contact_id <kind> other_id" ("Thomas
    introduced_by Anna"); the other's page shows the reverse ("introduced Thomas").
    Symmetric kinds (app.domain.relationships) keep the smaller id first, so a pair is one
    row whichever side it was entered from."""

    id: Optional[int] = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE")
    other_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    kind: str  # app.domain.relationships.RelationKind
    created_at: datetime

    __table_args__ = (Index("ux_relationship", "contact_id", "other_id", "kind", unique=True),)


class ContactPhoto(SQLModel, table=True):
    """A contact's picture as a small thumbnail (made by the UI, at most a few tens of KB),
    base64 text so that the JSON backup, restore and vCard carry it without a binary path.
    A table of its own keeps the contact rows, which every list reads, small."""

    __tablename__ = "contact_photo"
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", primary_key=True)
    mime: str = "image/jpeg"
    data: str  # base64 of the image file
    updated_at: datetime
class ImportantDate(SQLModel, table=True):
    """A date worth remembering besides the birthday: an anniversary, a work anniversary,
    the day we met, or an event of the user's own (label). Month and day always; the year
    when known (a once-only date needs it). Shown on Today from `alert_days` before."""

    __tablename__ = "important_date"
    id: Optional[int] = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    kind: str  # app.domain.important_dates.DateKind
    label: str = ""
    month: int
    day: int
    year: Optional[int] = None
    yearly: bool = True
    alert_days: int = 0  # 0: on the day only
    created_at: datetime

    __table_args__ = (Index("ix_important_date_day", "month", "day", "alert_days"),)


class PastJob(SQLModel, table=True):
    """A company or position the contact had before; written by a trigger (migration 0009)
    whenever contact.company or contact.position changes, whoever changes it."""

    __tablename__ = "past_job"
    id: Optional[int] = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    company: str = ""
    position: str = ""
    ended_at: datetime  # when the change was saved (UTC)


class InteractionParticipant(SQLModel, table=True):
    """The other people at an interaction with several: interaction.contact_id is the first,
    each further one is a row here. Their timelines show it and their stats count it."""

    __tablename__ = "interaction_participant"
    interaction_id: int = Field(foreign_key="interaction.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", primary_key=True, index=True)
