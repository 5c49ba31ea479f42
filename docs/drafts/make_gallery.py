"""Render every shipped draft for a fixed cast of contacts into docs/drafts/*.md.

    .venv/bin/python docs/drafts/make_gallery.py

Every occasion × de/en × du/Sie × variant, for contacts of different shapes: full data, only a
name, only a looking-for topic, Sie contacts with and without Anrede and title, English
contacts, German topics with gender and case traps, a surname-only du contact. The cast's
private notes (promises, interaction summaries) are deliberately user shorthand: a draft must
never use them as grammar. tests/docs/test_drafts_gallery.py checks the whole gallery, and
that the committed files are current.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.domain.drafts import OCCASIONS, PAIR_OCCASIONS, DraftFacts, PersonFacts, TopicFact, build_context  # noqa: E402
from app.services.draft_templates import default_templates, render_text  # noqa: E402

OUT = Path(__file__).resolve().parent
T = TopicFact
ME = PersonFacts(contact_id=99, given_name="Alex", family_name="Berger",
                 interests=(T("Jazz"), T("KI"), T("Nachhaltigkeit")))


@dataclass(frozen=True)
class Case:
    key: str
    shape: str
    person: PersonFacts
    last: tuple[str, str, str] = ("", "", "")  # channel, direction, summary
    last_on: date | None = None
    unanswered: int = 0
    my_promises: tuple[str, ...] = ()
    their_promises: tuple[str, ...] = ()
    resource: str = ""
    milestone: str = ""
    partner: str = ""  # the key of the other person for introductions
    promise_late_days: int = 0  # how overdue their promise is (a nudge about it)
    notes: tuple[str, ...] = field(default=())  # private texts that must never be quoted


CAST = (
    Case("anna", "full data, du, Frau, met on a fair, five interests",
         PersonFacts(1, "Anna", "Schmidt", anrede="Frau", greeting_style="liebe",
                     interests=(T("Fußball"), T("KI"), T("Machine Learning"), T("Nachhaltigkeit"), T("Python")),
                     goals=(T("Nachhaltigkeit"), T("die eigene Firma")),
                     looking_for=(T("Industrie 4.0", "eine Weiterbildung"),),
                     offering=(T("Mentoring"),), met_where="auf der Hannover Messe",
                     emails=("anna@example.org",)),
         last=("meeting", "mutual", "Kaffee nach dem Meetup: über KI gesprochen"),
         last_on=date(2026, 11, 12), my_promises=("Link zum Vortrag schicken",),
         their_promises=("Stellt mich dem CTO vor",), resource="https://example.org/kurs",
         milestone="die neue Stelle bei Trumpf", partner="becker"),
    Case("kim", "only a first name", PersonFacts(2, "Kim"), partner="lena"),
    Case("lena", "only a looking-for topic (a job, German detail)",
         PersonFacts(3, "Lena", "Vogel", looking_for=(T("Python", "einen Job"),)), partner="kim"),
    Case("mueller", "Sie, Frau Dr., Sehr geehrte, my e-mail unanswered twice",
         PersonFacts(4, "Sabine", "Müller", anrede="Frau", title="Dr.", greeting_style="sehr_geehrte",
                     formality="sie", interests=(T("Robotik"),), goals=(T("Industrie 4.0"),)),
         last=("email", "outbound", "Will send the job posting"), last_on=date(2026, 11, 3),
         unanswered=2, their_promises=("Will send the job posting",), partner="weber",
         promise_late_days=9),
    Case("becker", "Sie, Herr, Guten Tag, wrote to me last",
         PersonFacts(5, "Thomas", "Becker", anrede="Herr", formality="sie",
                     offering=(T("Industrie 4.0"),), interests=(T("Segeln"), T("KI")),
                     emails=("becker@example.com",)),
         last=("email", "inbound", "Fragt nach Terminen für Q1"), last_on=date(2026, 11, 20),
         partner="anna"),
    Case("sarah", "English, du, looking for an investor",
         PersonFacts(6, "Sarah", "Miller", language="en", anrede="Frau",
                     interests=(T("Climate Tech"), T("Jazz")),
                     looking_for=(T("Climate Tech", "an investor"),), offering=(T("Python"),),
                     met_where="at PyCon DE"),
         last=("phone", "mutual", "call re seed round"), partner="james",
         resource="https://example.com/fund-list"),
    Case("james", "English, Sie, Dr, English detail without article",
         PersonFacts(7, "James", "Wright", language="en", anrede="Herr", title="Dr.",
                     formality="sie", greeting_style="dear",
                     looking_for=(T("Climate Tech", "funding"),), offering=(T("Climate Tech"),),
                     goals=(T("a second company"),)),
         last=("message", "outbound", "pinged about the panel"), last_on=date(2026, 11, 1),
         unanswered=3, partner="sarah", milestone="the Series A"),
    Case("hoffmann", "surname only, du", PersonFacts(8, "", "Hoffmann", interests=(T("Laufen"),)),
         partner="kim"),
    Case("jonas", "gender and case traps, bare fair name, phone call",
         PersonFacts(9, "Jonas", "Keller", anrede="Herr",
                     goals=(T("der eigene Podcast"), T("die eigene Firma"), T("Nachhaltigkeit")),
                     looking_for=(T("Machine Learning", "einen Mentor"), T("Social Media")),
                     offering=(T("Social Media"), T("Industrie 4.0"), T("Fotografie")),
                     interests=(T("Jazz"), T("Nachhaltigkeit")), met_where="Hannover Messe"),
         last=("phone", "mutual", "Telefonat: will Intro zu Investor"),
         my_promises=("Intro zu Investor",), partner="anna"),
    Case("neumann", "Sie without Anrede, English detail in a German contact",
         PersonFacts(10, "Claudia", "Neumann", formality="sie",
                     looking_for=(T("Climate Tech", "funding"),), interests=(T("Nachhaltigkeit"),)),
         last=("event", "mutual", "Panel zusammen, sie will Deck sehen"), partner="sarah"),
    Case("weber", "Sie, Herr Prof., Sehr geehrter, nothing else",
         PersonFacts(11, "Klaus", "Weber", anrede="Herr", title="Prof.", formality="sie",
                     greeting_style="sehr_geehrte", offering=(T("Robotik"),)),
         partner="mueller"),
)
BY_KEY = {case.key: case for case in CAST}


def facts_for(case: Case, occasion: str) -> DraftFacts:
    channel, direction, summary = case.last
    other = BY_KEY[case.partner].person if occasion in PAIR_OCCASIONS else None
    promise = ""
    if occasion in ("apology", "share_resource") and case.my_promises:
        promise = case.my_promises[0]
    elif occasion in ("thank_you", "nudge") and case.their_promises:
        promise = case.their_promises[0]
    return DraftFacts(
        person=case.person, me=ME, last_summary=summary, last_channel=channel,
        last_direction=direction, last_on=case.last_on, unanswered=case.unanswered,
        my_open_promises=case.my_promises, their_open_promises=case.their_promises,
        promise=promise, other=other, new_due=date(2026, 12, 7) if promise else None,
        promise_late_days=case.promise_late_days,
        resource=case.resource if occasion in ("birthday", "share_resource") else "",
        milestone=case.milestone if occasion == "congratulations" else "",
        retry_on=date(2026, 12, 28) if occasion == "change_approach" else None,
    )


@dataclass(frozen=True)
class Render:
    case: Case
    occasion: str
    language: str
    formality: str
    variant: int
    subject: str
    body: str
    facts: DraftFacts


def renders():
    """Every draft of the gallery. The contact's formality is overridden both ways; for an
    introduction mail the pair's own forms apply (each person greeted in their own form)."""
    for case in CAST:
        for occasion in OCCASIONS:
            facts = facts_for(case, occasion)
            for language in ("de", "en"):
                for formality in ("du", "sie"):
                    person = replace(case.person, formality=formality)
                    shown = replace(facts, person=person)
                    values = build_context(shown, language, formality, occasion)
                    for template in default_templates(occasion, language):
                        yield Render(
                            case, occasion, language, formality, template.variant,
                            render_text(template.subject, values, "subject").replace("\n", " "),
                            render_text(template.body, values, "body"), shown,
                        )


def markdown(case: Case, items: list[Render]) -> str:
    p = case.person
    lines = [f"# {p.given_name or p.family_name}: {case.shape}", "",
             "Generated by docs/drafts/make_gallery.py; do not edit by hand.", ""]
    for r in items:
        lines += [f"## {r.occasion} · {r.language} · {r.formality} · variant {r.variant}", "",
                  f"**{r.subject}**", "", "```text", r.body, "```", ""]
    return "\n".join(lines)


def write(out: Path = OUT) -> list[Path]:
    grouped: dict[str, list[Render]] = {}
    for r in renders():
        grouped.setdefault(r.case.key, []).append(r)
    written = []
    for key, items in grouped.items():
        path = out / f"{key}.md"
        path.write_text(markdown(BY_KEY[key], items), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    paths = write()
    print(f"{len(paths)} files, {sum(1 for _ in renders())} drafts in {OUT}")
