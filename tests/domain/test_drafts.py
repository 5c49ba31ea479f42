"""The draft context rules: names and greetings, list joining, topic phrases, variant choice."""

from datetime import date

import pytest

from app.domain.drafts import (
    OCCASIONS, DraftFacts, PersonFacts, TopicFact, address_name, build_context, choose_variant,
    detail_fits, format_date, greeting, join_list, mailto_url, sign_off, tidy, topic_phrase,
)

MAXI = PersonFacts(contact_id=7, given_name="Maxi", family_name="Müller")


@pytest.mark.parametrize(
    ("items", "language", "expected"),
    [
        ([], "de", ""),
        (["A"], "de", "A"),
        (["A", "B"], "de", "A und B"),
        (["A", "B", "C"], "de", "A, B und C"),
        (["A", "B", "C"], "en", "A, B and C"),
        (["A", "", "C"], "en", "A and C"),
    ],
)
def test_lists_read_naturally(items, language, expected):
    assert join_list(items, language) == expected


def test_first_name_between_friends_full_name_or_title_formally():
    assert address_name(MAXI, "du") == "Maxi"
    assert address_name(MAXI, "sie") == "Maxi Müller"  # no guessed gender
    titled = PersonFacts(given_name="Maxi", family_name="Müller", title="Dr.")
    assert address_name(titled, "sie") == "Dr. Müller"
    assert address_name(PersonFacts(nickname="Mo"), "du") == "Mo"


@pytest.mark.parametrize(
    ("language", "formality", "expected"),
    [("de", "du", "Hallo Maxi,"), ("de", "sie", "Guten Tag Maxi Müller,"),
     ("en", "du", "Hi Maxi,"), ("en", "sie", "Dear Maxi Müller,")],
)
def test_greeting_by_language_and_formality(language, formality, expected):
    assert greeting(MAXI, language, formality) == expected


def test_sign_off_uses_my_name_and_drops_it_when_unknown():
    me = PersonFacts(given_name="Alex", family_name="Berger")
    assert sign_off(me, "de", "du") == "Liebe Grüße\nAlex"
    assert sign_off(me, "en", "sie") == "Best regards\nAlex Berger"
    assert sign_off(PersonFacts(), "de", "du") == "Liebe Grüße"


def test_topic_phrase_uses_the_detail_and_never_leaves_an_empty_topic():
    course = TopicFact("Industrie 4.0", "eine Weiterbildung")
    assert topic_phrase([course], "de") == "eine Weiterbildung zum Thema Industrie 4.0"
    assert topic_phrase([TopicFact("Robotik")], "de") == "etwas zum Thema Robotik"
    assert topic_phrase([TopicFact("A"), TopicFact("B")], "de") == "etwas zu den Themen A und B"
    assert topic_phrase([course, TopicFact("KI")], "de") == (
        "eine Weiterbildung zum Thema Industrie 4.0 und etwas zum Thema KI"
    )
    assert topic_phrase([], "de") == ""


def test_a_german_detail_is_left_out_of_an_english_draft():
    assert not detail_fits("eine Weiterbildung", "en")
    assert detail_fits("a course", "en") and not detail_fits("a course", "de")
    assert topic_phrase([TopicFact("Industrie 4.0", "eine Weiterbildung")], "en") == (
        "something related to Industrie 4.0"
    )
    assert topic_phrase([TopicFact("Rust", "a mentor")], "en") == "a mentor in Rust"


def test_dates_are_written_out_per_language():
    assert format_date(date(2025, 3, 12), "de") == "12. März 2025"
    assert format_date(date(2025, 3, 12), "en") == "12 March 2025"
    assert format_date(None, "en") == ""


def test_variant_choice_is_stable_and_differs_between_neighbours():
    picks = [choose_variant(contact_id, "birthday", 3) for contact_id in range(1, 50)]
    assert picks == [choose_variant(contact_id, "birthday", 3) for contact_id in range(1, 50)]
    assert all(a != b for a, b in zip(picks, picks[1:]))
    assert set(picks) == {0, 1, 2}
    assert choose_variant(5, "nudge", 1) == 0


def test_context_offers_du_and_sie_forms_and_only_facts_that_exist():
    facts = DraftFacts(person=MAXI, me=PersonFacts(given_name="Alex"))
    du = build_context(facts, "de", "du")
    sie = build_context(facts, "de", "sie")
    assert du["v"]("du suchst", "Sie suchen") == "du suchst"
    assert sie["v"]("du suchst", "Sie suchen") == "Sie suchen"
    assert du["looking_for"] == [] and du["looking_for_text"] == "" and du["other"] is None
    assert du["q"]("Link schicken") == "„Link schicken“"


def test_shared_topics_are_those_me_holds_too():
    person = PersonFacts(interests=(TopicFact("Jazz"), TopicFact("Golf")))
    me = PersonFacts(offering=(TopicFact("Jazz"),), interests=(TopicFact("Python"),))
    assert build_context(DraftFacts(person=person, me=me), "en", "du")["shared"] == ["Jazz"]


def test_an_introduction_greets_each_in_their_own_form_and_is_plural_formal_if_either_is():
    tom = PersonFacts(contact_id=8, given_name="Tom", family_name="Schmidt", formality="sie",
                      offering=(TopicFact("KI"),))
    maxi = PersonFacts(contact_id=7, given_name="Maxi", family_name="Müller",
                       looking_for=(TopicFact("KI"),))
    context = build_context(DraftFacts(person=maxi, other=tom), "de", "du")
    assert context["formal"] is True
    assert context["greeting_both"] == "Hallo Maxi, guten Tag Tom Schmidt,"
    assert context["other_helps"] == ["KI"] and context["pair_shared"] == []


def test_tidy_cleans_what_dropped_sentences_leave():
    assert tidy("Hallo  Maxi ,\n\n\n\nschön .  \n\n") == "Hallo Maxi,\n\nschön."


def test_mailto_encodes_everything_and_uses_crlf():
    url = mailto_url(["maxi@example.org", "tom@example.org"], "Hallo & Tschüss?",
                     "Zeile 1\nÄ #2 50%")
    assert url == (
        "mailto:maxi@example.org,tom@example.org?subject=Hallo%20%26%20Tsch%C3%BCss%3F"
        "&body=Zeile%201%0D%0A%C3%84%20%232%2050%25"
    )


def test_every_occasion_has_a_name():
    assert len(OCCASIONS) == 12 and {"introduction_ask", "change_approach", "feedback"} <= set(OCCASIONS)
