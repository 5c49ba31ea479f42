"""Drafts rendered from the shipped templates for real contacts: every occasion, both languages,
both forms of address, full and empty profiles."""

import re

import pytest

from app.domain.drafts import OCCASIONS, PAIR_OCCASIONS
from app.domain.enums import Direction, PromiseState
from app.services.base import ValidationError
from app.services.drafts import TemplateProblem

DECOY = "Quantencomputing"  # held by someone else only: must never show up


@pytest.fixture
def network(services, person):
    s = services
    me = s.contacts.me_id()
    s.contacts.update(me, given_name="Alex", family_name="Berger")
    s.topics.add(me, "Jazz", "interest")
    s.contacts.update(person, met_where="PyCon DE", emails=[{"value": "maxi@example.org"}])
    s.topics.add(person, "Industrie 4.0", "looking_for", "eine Weiterbildung")
    s.topics.add(person, "Jazz", "interest")
    s.topics.add(person, "Laufen", "interest")
    s.topics.add(person, "Nachhaltigkeit", "goal")
    s.topics.add(person, "Mentoring", "offering")
    s.interactions.log(person, "meeting", "mutual", summary="Kaffee nach dem Meetup")
    promise = s.promises.add(person, "me", "Link zum Vortrag schicken")
    tom = s.contacts.create(given_name="Tom", family_name="Schmidt",
                            emails=[{"value": "tom@example.org"}])
    s.topics.add(tom, "Industrie 4.0", "offering")
    s.topics.add(tom, "Laufen", "interest")
    empty = s.contacts.create(given_name="Kim")
    decoy = s.contacts.create(given_name="Dora")
    s.topics.add(decoy, DECOY, "looking_for")
    return {"full": person, "empty": empty, "other": tom, "promise": promise}


def context_for(occasion, network, who):
    context = {}
    if occasion in PAIR_OCCASIONS:
        context["other_contact_id"] = network["other"]
    if occasion in ("apology", "thank_you", "share_resource") and who == "full":
        context["promise_id"] = network["promise"]
    return context


LEFTOVERS = re.compile(r"\{\{|\}\}|\{%|%\}|\bNone\b|zum Thema\s*[.,!?]|\(\s*\)|„“|“”|  | [.,]")
SIE_WORDS = re.compile(r"\b(Sie|Ihnen|Ihre[mnrs]?|Ihr)\b")
DU_WORDS = re.compile(r"\b(du|dich|dir|dein\w*|euch|ihr)\b", re.IGNORECASE)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("formality", ["du", "sie"])
@pytest.mark.parametrize("who", ["full", "empty"])
def test_every_occasion_renders_cleanly(services, network, language, formality, who):
    contact_id = network[who]
    templates = [t for o in OCCASIONS for t in services.drafts.templates(o, language)]
    assert {t.occasion for t in templates} == set(OCCASIONS)
    assert all(len(services.drafts.templates(o, language)) >= 3 for o in OCCASIONS)
    for template in templates:
        occasion = template.occasion
        draft = services.drafts.render(
            contact_id, occasion, language, formality=formality, variant=template.variant,
            **context_for(occasion, network, who),
        )
        text = f"{draft.subject}\n{draft.body}"
        where = f"{occasion}/{language}/{formality}/{template.variant}:\n{text}"
        assert draft.subject and draft.body, where
        assert not LEFTOVERS.search(text), where
        assert DECOY not in text, where
        if who == "empty":
            for label in ("Industrie", "Jazz", "Laufen", "Mentoring", "Nachhaltigkeit"):
                assert label not in text or occasion in PAIR_OCCASIONS, where
        if language == "de" and occasion not in PAIR_OCCASIONS:
            # A mail to two people is formal if either is; a note to one follows its form.
            wrong = SIE_WORDS if formality == "du" else DU_WORDS
            assert not wrong.search(draft.body.split("\n", 1)[1]), where


def test_the_birthday_note_mentions_what_they_are_looking_for(services, network):
    texts = {
        formality: [
            services.drafts.render(network["full"], "birthday", "de", formality=formality,
                                   variant=v).body
            for v in (0, 2)
        ]
        for formality in ("du", "sie")
    }
    phrase = "eine Weiterbildung zum Thema Industrie 4.0"
    assert f"Ich hatte in Erinnerung, dass du {phrase} suchst" in texts["du"][0]
    assert f"Ich hatte in Erinnerung, dass Sie {phrase} suchen" in texts["sie"][0]
    assert f"Soweit ich weiß, suchst du {phrase}" in texts["du"][1]
    assert f"Soweit ich weiß, suchen Sie {phrase}" in texts["sie"][1]


def test_templates_that_use_topics_show_the_contacts_own(services, network):
    labels = ("Industrie 4.0", "Jazz", "Laufen", "Nachhaltigkeit", "Mentoring")
    for occasion in OCCASIONS:
        for language in ("de", "en"):
            for template in services.drafts.templates(occasion, language):
                uses_topics = re.search(r"(interests|goals|looking_for|offering|shared)",
                                        template.body)
                draft = services.drafts.render(
                    network["full"], occasion, language, variant=template.variant,
                    **context_for(occasion, network, "full"),
                )
                if uses_topics:
                    assert any(label in draft.body for label in labels), draft.body


def test_language_and_form_default_to_the_contacts_own(services, network):
    services.contacts.update(network["full"], language="en", formality="sie")
    draft = services.drafts.render(network["full"], "reconnect")
    assert draft.language == "en" and draft.formality == "sie"
    assert draft.body.startswith("Dear Maxi Müller,")
    assert draft.recipients == ("maxi@example.org",)


def test_the_phrasing_is_stable_per_contact_and_varies_between_contacts(services, network):
    first = services.drafts.render(network["full"], "nudge", "de")
    assert services.drafts.render(network["full"], "nudge", "de") == first
    twin = services.contacts.create(given_name="Maxi", family_name="Müller")
    assert services.drafts.render(twin, "nudge", "de").body != first.body


def test_an_introduction_needs_the_second_contact_and_goes_to_both(services, network):
    with pytest.raises(ValidationError):
        services.drafts.render(network["full"], "introduction", "de")
    draft = services.drafts.render(network["full"], "introduction", "de", variant=0,
                                   other_contact_id=network["other"])
    assert draft.recipients == ("maxi@example.org", "tom@example.org")
    assert "Tom kann beim Thema Industrie 4.0 weiterhelfen" in draft.body
    assert "Laufen" in draft.body  # both hold it: common ground


def test_an_apology_for_my_late_promise_owns_it_and_names_a_new_date(services, network):
    """My promise is late: the repair draft owns it, says what I do now and gives a new date
    (a week from today), without quoting my private note."""
    for variant in (0, 1, 2):
        draft = services.drafts.render(network["full"], "apology", "de", variant=variant,
                                       promise_id=network["promise"])
        assert "Link zum Vortrag" not in draft.body
        new_date = services.clock.now().date().toordinal() + 7
        from datetime import date

        from app.domain.drafts import format_date

        assert format_date(date.fromordinal(new_date), "de") in draft.body, draft.body


def test_a_promise_of_someone_else_is_refused(services, network):
    with pytest.raises(ValidationError):
        services.drafts.render(network["empty"], "apology", promise_id=network["promise"])


# --- user templates -----------------------------------------------------------------------
def test_a_saved_template_replaces_the_default_until_reset(services, network):
    services.drafts.save_template("nudge", "de", 0, "Na, {{ name }}?", "{{ greeting }}\n\nnur kurz.")
    draft = services.drafts.render(network["full"], "nudge", "de", variant=0)
    assert draft.subject == "Na, Maxi?" and draft.body == "Hallo Maxi,\n\nnur kurz."
    assert services.drafts.templates("nudge", "de")[0].customized
    services.drafts.reset_template("nudge", "de", 0)
    assert services.drafts.render(network["full"], "nudge", "de", variant=0).subject != "Na, Maxi?"


def test_a_broken_template_is_refused_with_its_line_and_not_saved(services, network):
    with pytest.raises(TemplateProblem) as caught:
        services.drafts.save_template("nudge", "de", 0, "Hallo", "Zeile 1\nZeile 2 {{ nmae }}")
    assert caught.value.part == "body" and caught.value.line == 2
    assert "nmae" in str(caught.value)
    with pytest.raises(TemplateProblem) as caught:
        services.drafts.save_template("nudge", "de", 0, "Hallo", "a\nb\n{% if looking_for %}x")
    assert caught.value.line == 3
    assert not any(t.customized for t in services.drafts.templates("nudge", "de"))


@pytest.mark.parametrize(
    "attack",
    [
        "{{ greeting.__class__.__mro__[1].__subclasses__() }}",
        "{{ v.__globals__ }}",
        "{{ q.__code__.co_consts }}",
        "{{ other.__class__ }}",
        "{% for c in ''.__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
        "{{ greeting.format.__self__ }}",
    ],
)
def test_the_sandbox_refuses_python_internals(services, network, attack):
    with pytest.raises(TemplateProblem) as caught:
        services.drafts.save_template("birthday", "en", 0, "Hi", f"Hello\n{attack}")
    assert caught.value.line == 2
    assert "Python internals" in caught.value.message
    with pytest.raises(TemplateProblem):
        services.drafts.preview(network["full"], "birthday", "en", "Hi", attack)


def test_a_malicious_template_already_in_the_database_is_refused_too(services, network, db):
    from sqlalchemy import insert

    from app.storage.tables import Template

    with db.write() as conn:
        conn.execute(insert(Template).values(
            occasion="reconnect", language="de", variant=0, subject="x",
            body="{{ v.__globals__['__builtins__'] }}", updated_at=services.clock.now(),
        ))
    with pytest.raises(TemplateProblem, match="Python internals"):
        services.drafts.render(network["full"], "reconnect", "de", variant=0)


# --- sending --------------------------------------------------------------------------------
def test_mark_sent_logs_an_outbound_interaction_and_keeps_the_promise(services, network):
    draft = services.drafts.render(network["full"], "share_resource", "de",
                                   promise_id=network["promise"], resource="https://x.example")
    edited = draft.__class__(**{**draft.__dict__, "body": draft.body + "\nPS: bis bald"})
    interaction_id = services.drafts.mark_sent(network["full"], edited, network["promise"])
    latest = services.interactions.of_contact(network["full"], limit=1)[0]
    assert latest.id == interaction_id and latest.direction is Direction.OUTBOUND
    assert latest.summary == draft.subject and latest.notes.endswith("PS: bis bald")
    assert services.promises.get(network["promise"]).state is PromiseState.KEPT
    assert services.contacts.get(network["full"]).unanswered_outbound == 1


def test_a_sent_introduction_is_logged_on_both_pointing_at_each_other(services, network):
    draft = services.drafts.render(network["full"], "introduction", "en",
                                   other_contact_id=network["other"])
    services.drafts.mark_sent(network["full"], draft)
    mine = services.interactions.of_contact(network["full"], limit=1)[0]
    theirs = services.interactions.of_contact(network["other"], limit=1)[0]
    assert mine.related_contact_id == network["other"]
    assert theirs.related_contact_id == network["full"]
    assert theirs.direction is Direction.OUTBOUND


def test_mark_sent_refuses_a_promise_of_a_third_person(services, network):
    draft = services.drafts.render(network["empty"], "thank_you", "de")
    with pytest.raises(ValidationError):
        services.drafts.mark_sent(network["empty"], draft, network["promise"])
    assert services.interactions.of_contact(network["empty"]) == []


def test_a_failed_mark_sent_logs_nothing(services, person, monkeypatch):
    """If logging the introduction on the second person fails, the first is not logged
    either, so the user can simply try again without a duplicate."""
    other = services.contacts.create(given_name="Ben")
    draft = services.drafts.render(person, "introduction", other_contact_id=other)
    real_log_in = services.drafts._interactions.log_in
    calls = []

    def fail_second(conn, contact_id, *args, **kwargs):
        calls.append(contact_id)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_log_in(conn, contact_id, *args, **kwargs)

    monkeypatch.setattr(services.drafts._interactions, "log_in", fail_second)
    with pytest.raises(OSError):
        services.drafts.mark_sent(person, draft)
    assert calls == [person, other]
    assert services.interactions.of_contact(person) == []
    assert services.interactions.of_contact(other) == []


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_a_nudge_about_their_overdue_promise_names_it_kindly_then_asks_clearly(services, network, variant):
    """Today's "their promise" row opens a nudge with the promise: it refers to it without
    quoting the private note; after a week overdue the ask gets clearer."""
    from datetime import timedelta

    today = services.clock.now().date()
    fresh = services.promises.add(network["full"], "them", "Stellt mich dem CTO vor", due=today)
    late = services.promises.add(network["full"], "them", "Will send the job posting",
                                 due=today - timedelta(days=9))
    kind = services.drafts.render(network["full"], "nudge", "de", variant=variant, promise_id=fresh).body
    clear = services.drafts.render(network["full"], "nudge", "de", variant=variant, promise_id=late).body
    assert "was du mir zugesagt hattest" in kind and "was du mir zugesagt hattest" in clear
    assert "Stellt mich" not in kind and "job posting" not in clear
    assert "anders darum" in clear and "anders darum" not in kind
