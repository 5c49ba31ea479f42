"""The draft context: what a message template may say about a contact, and how to say it.

Pure rules, no I/O: salutations by language and formality (du/Sie, first name or title and
surname), natural list joining ("A, B und C"), topic phrases ("eine Weiterbildung zum Thema
Industrie 4.0"), and a deterministic choice of phrasing per contact. A template only ever sees
facts the contact really has; a missing fact is an empty string or an empty list, so a
template's `{% if %}` drops the sentence.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.draft_language import (
    address_name as address_name_only, cap_topics, first_name, label_fits, full_name,
    greeting as salutation, greeting_both, join_list, looking_for_phrase, mention_name,
    met_where_phrase, sign_off, topics,
)
from app.domain.draft_language import detail_fits  # noqa: F401  (re-exported: tests import it from here)

OCCASIONS: tuple[str, ...] = (
    "birthday", "follow_up", "reconnect", "nudge", "apology", "thank_you",
    "congratulations", "share_resource", "introduction_ask", "introduction", "change_approach",
    "feedback",  # criticism with context: the gap, its effect, a proposal (the user fills in)
)
# After 3 unanswered messages another e-mail is the wrong tool: change_approach's phrasings are
# a short LinkedIn/Xing message, a note with talking points for a call, and a pause note with a
# date to try again. What each one is sent as ("" = not sent at all, a note to myself).
VARIANT_CHANNELS = {("change_approach", 0): "social", ("change_approach", 1): "phone",
                    ("change_approach", 2): ""}
PAUSE_DAYS = 28  # the pause note's "try again on": four weeks on


def draft_channel(occasion: str, variant: int) -> str:
    """The channel a rendered draft goes out on: e-mail unless the phrasing says otherwise."""
    return VARIANT_CHANNELS.get((occasion, variant), "email")
# Occasions that speak about a second contact (other_contact_id in the context).
PAIR_OCCASIONS = frozenset({"introduction_ask", "introduction"})
LANGUAGES = ("de", "en")
FORMALITIES = ("du", "sie")

_MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@dataclass(frozen=True)
class TopicFact:
    label: str
    detail: str = ""  # "eine Weiterbildung" in "sucht eine Weiterbildung zum Thema …"


@dataclass(frozen=True)
class PersonFacts:
    """What we know about one person; empty means unknown, never guessed."""

    contact_id: int = 0
    given_name: str = ""
    family_name: str = ""
    nickname: str = ""
    anrede: str = ""  # "Frau", "Herr" or "" (then no gendered form is used)
    title: str = ""  # an academic title: "Dr.", "Prof."
    greeting_style: str = ""  # see draft_language.GREETING_STYLES; "" = by formality
    language: str = "de"
    formality: str = "du"
    emails: tuple[str, ...] = ()
    interests: tuple[TopicFact, ...] = ()
    goals: tuple[TopicFact, ...] = ()
    looking_for: tuple[TopicFact, ...] = ()
    offering: tuple[TopicFact, ...] = ()
    met_where: str = ""
    met_on: date | None = None

    def labels(self) -> list[str]:
        seen: dict[str, None] = {}
        for group in (self.interests, self.goals, self.looking_for, self.offering):
            for topic in group:
                seen.setdefault(topic.label, None)
        return list(seen)


@dataclass(frozen=True)
class DraftFacts:
    person: PersonFacts
    me: PersonFacts = field(default_factory=PersonFacts)
    # The newest interaction: a private summary (never quoted by the shipped templates), and
    # what it was, so a draft says "meine E-Mail" only when it really was my e-mail.
    last_summary: str = ""
    last_channel: str = ""  # Channel value, "" when nothing is logged
    last_direction: str = ""  # Direction value
    last_on: date | None = None
    unanswered: int = 0  # my messages in a row since they last wrote or we met
    my_open_promises: tuple[str, ...] = ()
    their_open_promises: tuple[str, ...] = ()
    promise: str = ""  # the promise this draft is about (apology, thank-you, share)
    new_due: date | None = None  # an apology's new date for the promise: a week from today
    promise_late_days: int = 0  # how long the promise is overdue (0: not, or no date)
    other: PersonFacts | None = None  # the second person of an introduction
    resource: str = ""  # a link or title to share
    milestone: str = ""  # what to congratulate on ("den neuen Job", "the new job")
    retry_on: date | None = None  # change_approach: the date to try again after a pause


# --- small language rules ------------------------------------------------------------------
def address_name(person: PersonFacts, formality: str, language: str = "de") -> str:
    """The name inside a text: the first name between du-friends; formally Anrede/title and
    surname ("Frau Müller", "Dr. Müller"), else the full name (neutral, no guessed gender)."""
    return mention_name(person, formality, language)


def greeting(person: PersonFacts, language: str, formality: str) -> str:
    return salutation(person, language, formality)


def topic_phrase(topics, language: str) -> str:
    """Topics as an object phrase: "eine Weiterbildung zum Thema Industrie 4.0", bare topics as
    "etwas zum Thema X"; at most two."""
    return looking_for_phrase(topics, language)


def quoted(texts, language: str) -> list[str]:
    """Notes quoted as notes: „so“ in German, “so” in English. Kept for users' own templates;
    the shipped ones never quote a private note."""
    left, right = ("„", "“") if language == "de" else ("“", "”")
    return [f"{left}{text}{right}" for text in texts if text.strip()]


def format_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    if language == "de":
        return f"{value.day}. {_MONTHS_DE[value.month - 1]} {value.year}"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def choose_variant(contact_id: int, occasion: str, count: int) -> int:
    """A stable phrasing per contact and occasion (crc32, not the per-run salted hash()).
    Consecutive contacts get different phrasings, so two people rarely receive the same text."""
    if count <= 1:
        return 0
    return (zlib.crc32(occasion.encode("utf-8")) + contact_id) % count


def pair_formality(a: PersonFacts, b: PersonFacts) -> str:
    """A mail to two people addresses them together formally if either is addressed formally;
    each is still greeted and spoken to in their own form."""
    return "sie" if "sie" in (a.formality, b.formality) else "du"


# --- the template context --------------------------------------------------------------------
def _labels(topics, language: str = "") -> list[str]:
    return cap_topics(t.label for t in topics if not language or label_fits(t.label, language))


def _v(formal: bool):
    return lambda du_form, sie_form: sie_form if formal else du_form


def person_context(person: PersonFacts, language: str, formality: str) -> dict[str, Any]:
    """One person's names and facts; lists hold at most two topics (see draft_language)."""
    return {
        "name": mention_name(person, formality, language),
        # "Ich frage Herrn Becker": the only German name that declines is the Anrede "Herr".
        "name_acc": _accusative(mention_name(person, formality, language), language),
        "subject_name": address_name_only(person, formality, language),
        "first_name": first_name(person),
        "full_name": full_name(person),
        "greeting": salutation(person, language, formality),
        "formal": formality == "sie",
        "v": _v(formality == "sie"),
        "interests": _labels(person.interests, language),
        "interests_text": join_list(_labels(person.interests, language), language),
        "goals": _labels(person.goals, language),
        "goals_text": join_list(_labels(person.goals, language), language),
        "looking_for": _labels(person.looking_for, language),
        "looking_for_text": topic_phrase(person.looking_for, language),
        "offering": _labels(person.offering, language),
        "offering_text": join_list(_labels(person.offering, language), language),
        "met_where": person.met_where,
        "met_where_phrase": met_where_phrase(person.met_where, language),
        "met_on": format_date(person.met_on, language),
    }


def _accusative(name: str, language: str) -> str:
    return "Herrn" + name[4:] if language == "de" and name.startswith("Herr ") else name


def shared_labels(a: PersonFacts, b: PersonFacts) -> list[str]:
    theirs = set(b.labels())
    return [label for label in a.labels() if label in theirs]


def matches(seeker: PersonFacts, giver: PersonFacts) -> list[str]:
    """What seeker looks for that giver offers."""
    offered = {t.label for t in giver.offering}
    return [t.label for t in seeker.looking_for if t.label in offered]


_MESSAGE_CHANNELS = {"email", "message", "social"}
_CHANNEL_WORDS = {
    "de": {"email": "E-Mail", "message": "Nachricht", "social": "Nachricht"},
    "en": {"email": "email", "message": "message", "social": "message"},
}


def last_kind(channel: str, direction: str) -> str:
    """What the newest interaction was, in the words a draft may use: "my_message" (I wrote,
    by e-mail or message), "their_message" (they wrote), "met" (we met), "call" (we spoke on
    the phone), "other" or "" (nothing logged)."""
    if not channel:
        return ""
    if direction == "outbound":
        return "my_message" if channel in _MESSAGE_CHANNELS else "other"
    if direction == "inbound":
        return "their_message"
    if channel == "phone":
        return "call"
    return "met" if channel in ("meeting", "event") else "other"


def build_context(
    facts: DraftFacts, language: str, formality: str, occasion: str = ""
) -> dict[str, Any]:
    """The variables a template sees. Every name is always defined (empty when unknown), so
    StrictUndefined only trips on a typo in the template. Only the introduction mail (to both)
    pairs the forms of address; an ask to one person uses that person's form."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    if formality not in FORMALITIES:
        raise ValueError(f"formality must be one of {', '.join(FORMALITIES)}")
    person, other = facts.person, facts.other
    paired = other is not None and occasion in ("introduction", "")
    own_formality = formality
    if paired and other is not None:  # `paired` implies `other`; mypy needs it said
        both = pair_formality(person, other)
        formality = both if formality == "du" else formality
        own_formality = person.formality if formality == both else formality
    formal = formality == "sie"
    def fit(labels) -> list[str]:  # at most two, each readable in this language
        return cap_topics(label for label in labels if label_fits(label, language))

    shared = fit(shared_labels(person, facts.me))
    context: dict[str, Any] = person_context(person, language, own_formality)
    kind = last_kind(facts.last_channel, facts.last_direction)
    channel_word = _CHANNEL_WORDS[language].get(facts.last_channel, "")
    context.update(
        language=language, formal=formal, du=not formal, v=_v(formal),
        q=lambda text: "".join(quoted([str(text)], language)),
        topics=lambda labels, frame="zum": topics(labels, frame, language),
        pl=lambda items, one, many: many if len(list(items)) > 1 else one,
        own_v=_v(own_formality == "sie"),
        # "Mit freundlichen Grüßen" only after a "Sehr geehrte…" to everyone addressed.
        sign_off=sign_off(facts.me, language, formality, person if other is None or not paired or
                          person.formality == other.formality else None),
        my_name=first_name(facts.me), my_full_name=full_name(facts.me),
        shared=shared, shared_text=join_list(shared, language),
        last_summary=facts.last_summary, last_kind=kind,
        last_on=format_date(facts.last_on, language),
        last_channel_word=channel_word if kind in ("my_message", "their_message") else "",
        unanswered=facts.unanswered,
        my_promises=list(facts.my_open_promises),
        my_promises_text=join_list(quoted(facts.my_open_promises, language), language),
        their_promises=list(facts.their_open_promises),
        their_promises_text=join_list(quoted(facts.their_open_promises, language), language),
        promise=facts.promise, resource=facts.resource, milestone=facts.milestone,
        retry_on=format_date(facts.retry_on, language),
        new_due=format_date(facts.new_due, language) if facts.promise else "",
        promise_late_days=facts.promise_late_days if facts.promise else 0,
        other=None, pair_shared=[], pair_shared_text="", other_helps=[], other_helps_text="",
        helps_other=[], helps_other_text="", greeting_both="",
    )
    if other is not None:
        other_formality = other.formality if paired else formality
        context["other"] = person_context(other, language, other_formality)
        if not paired:  # spoken about, not to: as I address them, in full to a formal reader
            name = mention_name(other, other.formality, language)
            if formal and other.formality != "sie":
                name = full_name(other) or name
            context["other"].update(name=name, name_acc=_accusative(name, language))
        helps = fit(matches(person, other))  # what the other offers that this one seeks
        helped = fit(matches(other, person))
        # Common ground proper: held by both, not merely sought by one and offered by the other.
        pair = fit(
            label for label in shared_labels(person, other)
            if label not in matches(person, other) + matches(other, person)
        )
        context.update(
            pair_shared=pair, pair_shared_text=join_list(pair, language),
            other_helps=helps, other_helps_text=join_list(helps, language),
            helps_other=helped, helps_other_text=join_list(helped, language),
            greeting_both=greeting_both(person, other, language) if paired else "",
        )
    return context


def tidy(text: str) -> str:
    """Whitespace left behind by dropped sentences: trailing spaces, doubled spaces inside a
    line, space before punctuation, runs of blank lines."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        indent = line[: len(line) - len(line.lstrip(" "))]
        body = _SPACE_BEFORE_MARK.sub(r"\1", _SPACES.sub(" ", line.strip()))
        line = indent + body if body else ""
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


_SPACES = re.compile(r" {2,}")
_SPACE_BEFORE_MARK = re.compile(r" +([.,!?;:])")


def mailto_url(addresses, subject: str, body: str) -> str:
    """An RFC 6068 mailto: URL; every character outside the unreserved set is percent-encoded
    (so "&", "?", "#" and umlauts in the text survive) and line breaks become %0D%0A."""
    from urllib.parse import quote

    to = ",".join(quote(a.strip(), safe="@+") for a in addresses if a.strip())
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
