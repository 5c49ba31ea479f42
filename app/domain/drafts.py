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

OCCASIONS: tuple[str, ...] = (
    "birthday", "follow_up", "reconnect", "nudge", "apology", "thank_you",
    "congratulations", "share_resource", "introduction_ask", "introduction",
)  # fmt: skip
# Occasions that speak about a second contact (other_contact_id in the context).
PAIR_OCCASIONS = frozenset({"introduction_ask", "introduction"})
LANGUAGES = ("de", "en")
FORMALITIES = ("du", "sie")

_MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


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
    title: str = ""  # "Frau", "Herr", "Dr.", "Ms" …; only used when known
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
    last_summary: str = ""
    my_open_promises: tuple[str, ...] = ()
    their_open_promises: tuple[str, ...] = ()
    promise: str = ""  # the promise this draft is about (apology, thank-you, share)
    other: PersonFacts | None = None  # the second person of an introduction
    resource: str = ""  # a link or title to share
    milestone: str = ""  # what to congratulate on ("den neuen Job", "the new job")


# --- small language rules ------------------------------------------------------------------
def join_list(items, language: str) -> str:
    """"A", "A und B", "A, B und C" (German) / "A, B and C" (English)."""
    items = [str(item) for item in items if str(item).strip()]
    if len(items) < 2:
        return "".join(items)
    word = "und" if language == "de" else "and"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def first_name(person: PersonFacts) -> str:
    return person.given_name or person.nickname or person.family_name


def full_name(person: PersonFacts) -> str:
    return " ".join(p for p in (person.given_name, person.family_name) if p) or person.nickname


def address_name(person: PersonFacts, formality: str) -> str:
    """The name used in a greeting: the first name between du-friends; formally the title and
    surname when the title is known, else the full name (neutral, and never a guessed gender)."""
    if formality != "sie":
        return first_name(person)
    if person.title and person.family_name:
        return f"{person.title} {person.family_name}"
    return full_name(person)


def greeting(person: PersonFacts, language: str, formality: str) -> str:
    name = address_name(person, formality)
    if language == "de":
        return f"Hallo {name}," if formality != "sie" else f"Guten Tag {name},"
    return f"Hi {name}," if formality != "sie" else f"Dear {name},"


def sign_off(me: PersonFacts, language: str, formality: str) -> str:
    words = {
        ("de", "du"): "Liebe Grüße", ("de", "sie"): "Viele Grüße",
        ("en", "du"): "Cheers", ("en", "sie"): "Best regards",
    }  # fmt: skip
    closing = words[(language, "sie" if formality == "sie" else "du")]
    name = first_name(me) if formality != "sie" else full_name(me)
    return f"{closing}\n{name}" if name else closing


def topic_phrase(topics, language: str) -> str:
    """Topics as an object phrase: with a detail "eine Weiterbildung zum Thema Industrie 4.0";
    those without one gathered as "etwas zum Thema X" / "etwas zu den Themen X und Y"."""
    topics = list(topics)
    parts, bare = [], []
    for topic in topics:
        if detail_fits(topic.detail, language):
            link = "zum Thema" if language == "de" else "on"
            parts.append(f"{topic.detail} {link} {topic.label}")
        else:
            bare.append(topic.label)
    if bare:
        if language == "de":
            lead = "etwas zum Thema" if len(bare) == 1 else "etwas zu den Themen"
        else:
            lead = "something on"
        parts.append(f"{lead} {join_list(bare, language)}")
    return join_list(parts, language)


def quoted(texts, language: str) -> list[str]:
    """Notes quoted as notes: „so“ in German, “so” in English."""
    left, right = ("„", "“") if language == "de" else ("“", "”")
    return [f"{left}{text}{right}" for text in texts if text.strip()]


_ENGLISH_LEADS = {"a", "an", "the", "some", "any", "more", "new"}


def detail_fits(detail: str, language: str) -> bool:
    """A detail is typed in one language ("eine Weiterbildung"). English drafts use only one
    that reads as English (starts with a, an, the …); German drafts any other. Otherwise the
    topic is mentioned without it rather than in a mix of languages."""
    if not detail.strip():
        return False
    leads_english = detail.split()[0].lower() in _ENGLISH_LEADS
    return leads_english if language == "en" else not leads_english


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
    """A mail to two people is formal if either of them is addressed formally."""
    return "sie" if "sie" in (a.formality, b.formality) else "du"


# --- the template context --------------------------------------------------------------------
def _labels(topics) -> list[str]:
    return [t.label for t in topics]


def person_context(person: PersonFacts, language: str, formality: str) -> dict[str, Any]:
    return {
        "name": address_name(person, formality),
        "first_name": first_name(person),
        "full_name": full_name(person),
        "greeting": greeting(person, language, formality),
        "interests": _labels(person.interests),
        "interests_text": join_list(_labels(person.interests), language),
        "goals": _labels(person.goals),
        "goals_text": join_list(_labels(person.goals), language),
        "looking_for": _labels(person.looking_for),
        "looking_for_text": topic_phrase(person.looking_for, language),
        "offering": _labels(person.offering),
        "offering_text": join_list(_labels(person.offering), language),
        "met_where": person.met_where,
        "met_on": format_date(person.met_on, language),
    }


def shared_labels(a: PersonFacts, b: PersonFacts) -> list[str]:
    theirs = set(b.labels())
    return [label for label in a.labels() if label in theirs]


def matches(seeker: PersonFacts, giver: PersonFacts) -> list[str]:
    """What seeker looks for that giver offers."""
    offered = set(_labels(giver.offering))
    return [label for label in _labels(seeker.looking_for) if label in offered]


def build_context(facts: DraftFacts, language: str, formality: str) -> dict[str, Any]:
    """The variables a template sees. Every name is always defined (empty when unknown), so
    StrictUndefined only trips on a typo in the template."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    if formality not in FORMALITIES:
        raise ValueError(f"formality must be one of {', '.join(FORMALITIES)}")
    person, other = facts.person, facts.other
    if other is not None:
        # An introduction mail goes to both: formal if either is, each named as they are.
        both = pair_formality(person, other)
        formality = both if formality == "du" else formality
    formal = formality == "sie"
    shared = shared_labels(person, facts.me)
    context: dict[str, Any] = person_context(person, language, formality)
    context.update(
        language=language, formal=formal, du=not formal,
        v=lambda du_form, sie_form: sie_form if formal else du_form,
        q=lambda text: "".join(quoted([str(text)], language)),
        sign_off=sign_off(facts.me, language, formality),
        my_name=first_name(facts.me), my_full_name=full_name(facts.me),
        shared=shared, shared_text=join_list(shared, language),
        last_summary=facts.last_summary,
        my_promises=list(facts.my_open_promises),
        my_promises_text=join_list(quoted(facts.my_open_promises, language), language),
        their_promises=list(facts.their_open_promises),
        their_promises_text=join_list(quoted(facts.their_open_promises, language), language),
        promise=facts.promise, resource=facts.resource, milestone=facts.milestone,
        other=None, pair_shared=[], pair_shared_text="", other_helps=[], other_helps_text="",
        helps_other=[], helps_other_text="", greeting_both="",
    )  # fmt: skip
    if other is not None:
        context["other"] = person_context(other, language, formality)
        helps = matches(person, other)  # what the other offers that this person looks for
        helped = matches(other, person)
        # Common ground proper: held by both, not merely sought by one and offered by the other.
        pair = [label for label in shared_labels(person, other) if label not in helps + helped]
        context.update(
            pair_shared=pair, pair_shared_text=join_list(pair, language),
            other_helps=helps, other_helps_text=join_list(helps, language),
            helps_other=helped, helps_other_text=join_list(helped, language),
            greeting_both=_greeting_both(person, other, language, formality),
        )  # fmt: skip
    return context


def _greeting_both(a: PersonFacts, b: PersonFacts, language: str, formality: str) -> str:
    names = (address_name(a, formality), address_name(b, formality))
    if language == "de":
        word = "Guten Tag" if formality == "sie" else "Hallo"
        return f"{word} {names[0]}, {word[0].lower()}{word[1:]} {names[1]},"
    word = "Dear" if formality == "sie" else "Hi"
    return f"{word} {names[0]} and {names[1]},"


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
