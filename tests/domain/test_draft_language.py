"""How drafts name people and things: salutations, case-safe topic frames, a detail's language."""

import pytest

from app.domain.draft_language import (
    detail_language, detail_phrase, greeting, greeting_both, looking_for_phrase, met_where_phrase,
    sign_off, topics,
)
from app.domain.drafts import DraftFacts, PersonFacts, TopicFact, build_context, last_kind

MUELLER = PersonFacts(given_name="Sabine", family_name="Müller", anrede="Frau", title="Dr.",
                      formality="sie")
BECKER = PersonFacts(given_name="Thomas", family_name="Becker", anrede="Herr", formality="sie")
ANNA = PersonFacts(given_name="Anna", family_name="Schmidt", anrede="Frau")


@pytest.mark.parametrize(
    ("person", "language", "formality", "expected"),
    [
        (MUELLER, "de", "sie", "Guten Tag Frau Dr. Müller,"),
        (PersonFacts(**{**MUELLER.__dict__, "greeting_style": "sehr_geehrte"}), "de", "sie",
         "Sehr geehrte Frau Dr. Müller,"),
        (PersonFacts(**{**BECKER.__dict__, "greeting_style": "sehr_geehrte"}), "de", "sie",
         "Sehr geehrter Herr Becker,"),
        (PersonFacts(**{**ANNA.__dict__, "greeting_style": "liebe"}), "de", "du", "Liebe Anna,"),
        (PersonFacts(given_name="Tom", anrede="Herr", greeting_style="liebe"), "de", "du", "Lieber Tom,"),
        # a gendered style without a known Anrede falls back to a neutral one
        (PersonFacts(given_name="Kim", family_name="Lee", greeting_style="sehr_geehrte"), "de", "sie",
         "Guten Tag Kim Lee,"),
        (PersonFacts(given_name="Kim", greeting_style="liebe"), "de", "du", "Hallo Kim,"),
        (PersonFacts(family_name="Hoffmann"), "de", "du", "Hallo,"),  # never "Hallo Hoffmann,"
        (MUELLER, "en", "sie", "Dear Dr Müller,"),
        (BECKER, "en", "sie", "Dear Mr Becker,"),
        (ANNA, "en", "du", "Hi Anna,"),
    ],
)
def test_salutations(person, language, formality, expected):
    assert greeting(person, language, formality) == expected


def test_a_sehr_geehrte_letter_closes_formally():
    sehr = PersonFacts(**{**MUELLER.__dict__, "greeting_style": "sehr_geehrte"})
    me = PersonFacts(given_name="Alex", family_name="Berger")
    assert sign_off(me, "de", "sie", sehr) == "Mit freundlichen Grüßen\nAlex Berger"
    assert sign_off(me, "de", "sie", MUELLER) == "Viele Grüße\nAlex Berger"


def test_each_of_two_people_is_greeted_in_their_own_form():
    assert greeting_both(ANNA, BECKER, "de") == "Hallo Anna, guten Tag Herr Becker,"
    assert greeting_both(PersonFacts(family_name="Hoffmann"), ANNA, "de") == "Hallo ihr beiden,"
    assert greeting_both(ANNA, BECKER, "en") == "Dear Anna and Mr Becker,"


def test_topic_labels_only_in_case_neutral_frames_and_at_most_two():
    assert topics(["Nachhaltigkeit"], "beim", "de") == "beim Thema Nachhaltigkeit"
    assert topics(["Nachhaltigkeit", "die eigene Firma", "KI"], "beim", "de") == (
        "bei den Themen Nachhaltigkeit und „die eigene Firma“"
    )
    assert topics(["KI"], "Das", "de") == "Das Thema KI"
    assert topics(["Jazz", "KI", "Python"], "zum", "en") == "on Jazz and KI"
    assert topics([], "zum", "de") == ""


@pytest.mark.parametrize(
    ("detail", "label", "language", "expected"),
    [
        ("eine Weiterbildung", "Industrie 4.0", "de", "eine Weiterbildung zum Thema Industrie 4.0"),
        ("einen Job", "Python", "de", "einen Job im Bereich Python"),
        ("einen Mentor", "Machine Learning", "de", "einen Mentor im Bereich Machine Learning"),
        ("an investor", "Climate Tech", "en", "an investor in Climate Tech"),
        ("a course", "Rust", "en", "a course on Rust"),
        ("Kontakte in die", "Automobilbranche", "de", "Kontakte in die Automobilbranche"),
    ],
)
def test_a_detail_carries_a_fitting_link_word(detail, label, language, expected):
    assert detail_phrase(detail, label, language) == expected


def test_a_detail_stays_in_its_own_language():
    assert detail_language("funding") == "en" and detail_language("Investoren") == "de"
    funding = (TopicFact("Climate Tech", "funding"),)
    assert looking_for_phrase(funding, "de") == "etwas zum Thema Climate Tech"
    assert looking_for_phrase(funding, "en") == "funding in Climate Tech"


def test_where_we_met_is_used_only_with_its_own_preposition():
    assert met_where_phrase("auf der Hannover Messe", "de") == "auf der Hannover Messe"
    assert met_where_phrase("Hannover Messe", "de") == ""
    assert met_where_phrase("at PyCon DE", "en") == "at PyCon DE"
    assert met_where_phrase("auf der Hannover Messe", "en") == ""


@pytest.mark.parametrize(
    ("channel", "direction", "kind"),
    [("email", "outbound", "my_message"), ("meeting", "mutual", "met"), ("phone", "mutual", "call"),
     ("email", "inbound", "their_message"), ("phone", "outbound", "other"), ("", "", "")],
)
def test_the_last_interaction_is_named_for_what_it_was(channel, direction, kind):
    assert last_kind(channel, direction) == kind


def test_an_introduction_ask_uses_the_addressees_own_form():
    anna = PersonFacts(contact_id=1, given_name="Anna", family_name="Schmidt")
    context = build_context(DraftFacts(person=anna, other=BECKER), "de", "du", "introduction_ask")
    assert context["formal"] is False and context["greeting"] == "Hallo Anna,"
    assert context["other"]["name"] == "Herr Becker" and context["other"]["name_acc"] == "Herrn Becker"
    paired = build_context(DraftFacts(person=anna, other=BECKER), "de", "du", "introduction")
    assert paired["formal"] is True and paired["own_v"]("du", "Sie") == "du"
