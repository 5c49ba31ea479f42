"""Drafts: render a message for one contact from a template, keep the user's own templates,
and record a sent draft as an outbound interaction (keeping the promise it fulfils)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update

from app.domain.drafts import (
    LANGUAGES, OCCASIONS, PAIR_OCCASIONS, PAUSE_DAYS, DraftFacts, PersonFacts, TopicFact,
    build_context, choose_variant, draft_channel,
)
from app.domain.enums import Channel, Direction, PromiseOwner, PromiseState, TopicKind
from app.services.base import Service, ValidationError
from app.services.contacts import ContactsService
from app.services.draft_templates import (
    TemplateProblem, TemplateText, default_templates, render_text,
)
from app.services.interactions import InteractionsService
from app.services.promises import PromisesService
from app.services.template_sandbox import TIME_LIMIT, budget
from app.services.topics import TopicsService
from app.storage.tables import Contact, Promise, Template

log = logging.getLogger(__name__)
CONTEXT_KEYS = {"promise_id", "other_contact_id", "resource", "milestone"}


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    language: str
    occasion: str
    contact_id: int = 0
    variant: int = 0
    formality: str = "du"
    recipients: tuple[str, ...] = ()  # e-mail addresses; both people for an introduction
    other_contact_id: int | None = None
    promise_id: int | None = None
    channel: str = "email"  # what it goes out as; "" for a note to myself (a pause note)
    retry_on: date | None = None  # a pause note's date to try again


class DraftsService(Service):
    def __init__(self, db, clock, events) -> None:
        super().__init__(db, clock, events)
        # Stateless helpers over the same db, clock and events: reads, and the writes of
        # mark_sent, go through the services that own those tables.
        self._contacts = ContactsService(db, clock, events)
        self._topics = TopicsService(db, clock, events)
        self._interactions = InteractionsService(db, clock, events)
        self._promises = PromisesService(db, clock, events)

    # --- rendering ----------------------------------------------------------------------
    def render(
        self,
        contact_id: int,
        occasion: str,
        language: str | None = None,
        formality: str | None = None,
        variant: int | None = None,
        **context: Any,
    ) -> Draft:
        """The draft for this contact; language and formality default to the contact's own,
        the phrasing to a stable choice per contact. Raises TemplateProblem for a broken
        user template, ValidationError for a bad occasion or context."""
        return render_planned(self.plan(contact_id, occasion, language, formality, variant, **context))

    def plan(
        self, contact_id: int, occasion: str, language: str | None = None,
        formality: str | None = None, variant: int | None = None, **context: Any,
    ) -> tuple:
        """Everything a render needs, read from the database (fast, on the caller's thread);
        render_planned() does the template work, which may run on a worker thread."""
        _check_occasion(occasion)
        facts = self.facts(contact_id, occasion, **context)
        language = language or facts.person.language
        _check_language(language)
        formality = formality or facts.person.formality
        texts = self.templates(occasion, language)
        if variant is None:
            variant = texts[choose_variant(contact_id, occasion, len(texts))].variant
        chosen = next((t for t in texts if t.variant == variant), None)
        if chosen is None:
            raise ValidationError("variant", f"{occasion} has no variant {variant} in {language}")
        return facts, occasion, language, formality, chosen, context.get("promise_id")

    def preview(
        self, contact_id: int, occasion: str, language: str, subject: str, body: str,
        formality: str | None = None, facts: DraftFacts | None = None, **context: Any,
    ) -> Draft:
        """Render template text that is being edited (not saved) for a contact. A live preview
        passes the facts it read once (self.facts) so each keystroke costs no queries."""
        _check_occasion(occasion)
        _check_language(language)
        facts = facts or self.facts(contact_id, occasion, **context)
        text = TemplateText(occasion, language, -1, subject, body)
        formality = formality or facts.person.formality
        return self._draft(facts, occasion, language, formality, text, context.get("promise_id"))

    @staticmethod
    def _draft(facts: DraftFacts, occasion, language, formality, text: TemplateText, promise_id) -> Draft:
        return render_planned((facts, occasion, language, formality, text, promise_id))

    def facts(self, contact_id: int, occasion: str = "", **context: Any) -> DraftFacts:
        """Everything a template may mention, read through the owning services."""
        unknown = set(context) - CONTEXT_KEYS
        if unknown:
            log.info("draft context ignored: %s", ", ".join(sorted(unknown)))
        other_id = context.get("other_contact_id")
        if occasion in PAIR_OCCASIONS and not other_id:
            raise ValidationError("other_contact_id", "an introduction needs a second contact")
        promise_id = context.get("promise_id")
        promise_text, late_days = "", 0
        today = self.clock.now().astimezone(self.clock.local_tz()).date()
        if promise_id:
            promise = self._promises.get(promise_id)
            if promise.contact_id not in (contact_id, other_id):
                raise ValidationError("promise_id", "belongs to another contact")
            promise_text = promise.text
            late_days = max((today - promise.due).days, 0) if promise.due else 0
        last = self._interactions.of_contact(contact_id, limit=1)
        person = self.person(contact_id)
        open_promises = [
            p for p in self._promises.of_contact(contact_id) if p.state is PromiseState.OPEN
        ]
        me_id = self._me_id()
        return DraftFacts(
            person=person,
            me=self.person(me_id) if me_id else PersonFacts(),
            last_summary=last[0].summary if last else "",
            last_channel=str(last[0].channel) if last else "",
            last_direction=str(last[0].direction) if last else "",
            last_on=last[0].occurred_at.astimezone(self.clock.local_tz()).date() if last else None,
            unanswered=self._contacts.get(contact_id).unanswered_outbound,
            my_open_promises=tuple(p.text for p in open_promises if p.owner is PromiseOwner.ME),
            their_open_promises=tuple(
                p.text for p in open_promises if p.owner is PromiseOwner.THEM
            ),
            promise=promise_text,
            new_due=today + timedelta(days=7) if promise_text else None,
            promise_late_days=late_days,
            other=self.person(other_id) if other_id else None,
            resource=str(context.get("resource") or "").strip(),
            milestone=str(context.get("milestone") or "").strip(),
            retry_on=today + timedelta(days=PAUSE_DAYS) if occasion == "change_approach" else None,
        )

    def person(self, contact_id: int) -> PersonFacts:
        contact = self._contacts.get(contact_id)
        by_kind: dict[TopicKind, list[TopicFact]] = {kind: [] for kind in TopicKind}
        for held in self._topics.of_contact(contact_id):
            by_kind[held.kind].append(TopicFact(held.label, held.detail))
        return PersonFacts(
            contact_id=contact_id, given_name=contact.given_name,
            family_name=contact.family_name, nickname=contact.nickname,
            anrede=contact.anrede, title=contact.title, greeting_style=contact.greeting_style,
            language=contact.language, formality=contact.formality,
            emails=tuple(e.get("value", "") for e in contact.emails if e.get("value")),
            interests=tuple(by_kind[TopicKind.INTEREST]), goals=tuple(by_kind[TopicKind.GOAL]),
            looking_for=tuple(by_kind[TopicKind.LOOKING_FOR]),
            offering=tuple(by_kind[TopicKind.OFFERING]),
            met_where=contact.met_where, met_on=contact.met_on,
        )

    def _me_id(self) -> int | None:
        with self.db.read() as conn:  # read-only: rendering must not create the Me row
            return conn.execute(select(Contact.id).where(Contact.is_me)).scalar()

    # --- templates ----------------------------------------------------------------------
    def templates(self, occasion: str, language: str) -> list[TemplateText]:
        """The phrasings for an occasion, the user's own version replacing a default."""
        _check_occasion(occasion)
        _check_language(language)
        found = {t.variant: t for t in default_templates(occasion, language)}
        with self.db.read() as conn:
            rows = conn.execute(
                select(Template.variant, Template.subject, Template.body).where(
                    Template.occasion == occasion, Template.language == language
                )
            ).all()
        for variant, subject, body in rows:
            found[variant] = TemplateText(occasion, language, variant, subject, body, True)
        return [found[v] for v in sorted(found)]

    def default_template(self, occasion: str, language: str, variant: int) -> TemplateText | None:
        return next((t for t in default_templates(occasion, language) if t.variant == variant), None)

    def save_template(
        self, occasion: str, language: str, variant: int, subject: str, body: str
    ) -> None:
        """Keep the user's version. It must render for a full and an empty profile in both
        forms of address, else TemplateProblem says where it breaks and nothing is saved."""
        _check_occasion(occasion)
        _check_language(language)
        if not body.strip():
            raise ValidationError("body", "a template needs a text")
        check_template(occasion, language, subject, body)
        now = self.clock.now()
        with self.db.write() as conn:
            found = conn.execute(
                update(Template)
                .where(Template.occasion == occasion, Template.language == language,
                       Template.variant == variant)
                .values(subject=subject, body=body, updated_at=now)
            ).rowcount
            if not found:
                conn.execute(
                    insert(Template).values(
                        occasion=occasion, language=language, variant=variant,
                        subject=subject, body=body, updated_at=now,
                    )
                )
        self.events.emit("templates")

    def reset_template(self, occasion: str, language: str, variant: int) -> None:
        """Back to the shipped phrasing (drops the user's version)."""
        with self.db.write() as conn:
            conn.execute(
                delete(Template).where(
                    Template.occasion == occasion, Template.language == language,
                    Template.variant == variant,
                )
            )
        self.events.emit("templates")

    # --- sending ------------------------------------------------------------------------
    def mark_sent(
        self,
        contact_id: int,
        draft: Draft,
        promise_id: int | None = None,
        channel: Channel | str | None = None,
    ) -> int:
        """Log the draft as an outbound interaction (on both people for an introduction mail)
        and mark promise_id kept, if given. Returns the interaction's id."""
        if promise_id is not None:
            promise = self._promises.get(promise_id)
            if promise.contact_id not in (contact_id, draft.other_contact_id):
                raise ValidationError("promise_id", "belongs to another contact")
        channel = channel or draft.channel
        if not channel:
            raise ValidationError("channel", "a note to myself is not sent")
        subject = draft.subject.strip() or draft.occasion
        others = [draft.other_contact_id] if draft.occasion == "introduction" and \
            draft.other_contact_id else []
        # One transaction: a failure half-way logs nothing, so "Sent" can simply be retried.
        with self.db.write() as conn:
            interaction_id = self._interactions.log_in(
                conn, contact_id, channel, Direction.OUTBOUND, summary=subject,
                notes=draft.body, related_contact_id=draft.other_contact_id,
            )
            for other in others:
                self._interactions.log_in(
                    conn, other, channel, Direction.OUTBOUND, summary=subject,
                    notes=draft.body, related_contact_id=contact_id,
                )
            if promise_id is not None:
                conn.execute(update(Promise).where(Promise.id == promise_id).values(
                    state=PromiseState.KEPT, resolved_at=self.clock.now()))
        self.events.emit("interactions", contact_id, *others)
        if promise_id is not None:  # the same operation: one Changes with both kinds
            self.events.emit("promises", promise.contact_id)
        return interaction_id


def render_planned(plan: tuple) -> Draft:
    """The template work of a render (no database): safe on a worker thread, bounded in time
    and size by the sandbox."""
    facts, occasion, language, formality, text, promise_id = plan
    values = build_context(facts, language, formality, occasion)
    channel = draft_channel(occasion, text.variant)
    recipients = facts.person.emails[:1] if channel == "email" else ()  # never by default
    if facts.other is not None and occasion == "introduction":
        recipients += facts.other.emails[:1]
    return Draft(
        subject=render_text(text.subject, values, "subject").replace("\n", " "),
        body=render_text(text.body, values, "body"),
        language=language, occasion=occasion, contact_id=facts.person.contact_id,
        variant=text.variant, formality=formality, recipients=recipients,
        other_contact_id=facts.other.contact_id if facts.other else None,
        promise_id=promise_id, channel=channel,
        retry_on=facts.retry_on,
    )


def _check_occasion(occasion: str) -> None:
    if occasion not in OCCASIONS:
        raise ValidationError("occasion", f"must be one of {', '.join(OCCASIONS)}")


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError("language", f"must be one of {', '.join(LANGUAGES)}")


# Profiles a user template must cope with before it is saved: everything known, nothing known.
_FULL = PersonFacts(
    contact_id=1, given_name="Maxi", family_name="Müller", nickname="Max", anrede="Frau", title="Dr.",
    emails=("maxi@example.org",), interests=(TopicFact("Jazz"), TopicFact("Laufen")),
    goals=(TopicFact("Nachhaltigkeit"),), looking_for=(TopicFact("Industrie 4.0", "eine Weiterbildung"),),
    offering=(TopicFact("Mentoring"),), met_where="PyCon DE", met_on=date(2025, 4, 1),
)
_OTHER = PersonFacts(
    contact_id=2, given_name="Tom", family_name="Schmidt", offering=(TopicFact("Industrie 4.0"),),
    looking_for=(TopicFact("Mentoring"),), interests=(TopicFact("Jazz"),),
)
_ME = PersonFacts(contact_id=3, given_name="Alex", family_name="Berger", interests=(TopicFact("Jazz"),))
SAMPLE_FACTS = (
    DraftFacts(
        person=_FULL, me=_ME, last_summary="Kaffee nach dem Meetup", my_open_promises=("Link schicken",),
        their_open_promises=("Einladung schicken",), promise="Link schicken", other=_OTHER,
        resource="https://example.org", milestone="der neue Job",
    ),
    DraftFacts(person=PersonFacts(contact_id=1, given_name="Kim"), other=PersonFacts(contact_id=2, nickname="Jo")),
)


def check_template(occasion: str, language: str, subject: str, body: str) -> None:
    """Raise TemplateProblem unless the template renders for every sample profile, all of it
    within one time budget."""
    with budget(TIME_LIMIT * 1.5):
        _check_samples(occasion, language, subject, body)


def _check_samples(occasion: str, language: str, subject: str, body: str) -> None:
    for facts in SAMPLE_FACTS:
        if occasion not in PAIR_OCCASIONS:
            facts = DraftFacts(**{**facts.__dict__, "other": None})
        for formality in ("du", "sie"):
            values = build_context(facts, language, formality, occasion)
            render_text(subject, values, "subject")
            render_text(body, values, "body")


__all__ = ["Draft", "DraftsService", "TemplateProblem", "TemplateText", "check_template"]
