"""The drafts gallery (docs/drafts/) read mechanically, as a careful recipient would: every
occasion × de/en × du/Sie × variant for contacts of different shapes."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load():
    spec = importlib.util.spec_from_file_location("make_gallery", ROOT / "docs/drafts/make_gallery.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_gallery"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


gallery = _load()
RENDERS = list(gallery.renders())
SIE_WORDS = re.compile(r"\b(Sie|Ihnen|Ihre[mnrs]?|Ihr)\b")
DU_WORDS = re.compile(r"\b(du|dich|dir|dein\w*|euch|ihr)\b", re.IGNORECASE)
LEFTOVERS = re.compile(r"\{\{|\}\}|\{%|%\}|\bNone\b|\bnone\b|zum Thema\s*[.,!?]|\(\s*\)|„“|“”|"
                       r"  | [.,]|^\s*[,.]|\[|\]")
ALL_LABELS = sorted({t.label for c in gallery.CAST for p in (c.person, gallery.ME)
                     for group in (p.interests, p.goals, p.looking_for, p.offering)
                     for t in group}, key=len, reverse=True)


def where(r) -> str:
    return f"{r.case.key}/{r.occasion}/{r.language}/{r.formality}/{r.variant}:\n{r.subject}\n{r.body}"


def test_the_gallery_is_big_and_varied():
    assert len(gallery.CAST) >= 10
    assert len(RENDERS) >= 1200
    assert {r.occasion for r in RENDERS} == set(gallery.OCCASIONS)


def test_the_committed_gallery_is_current(tmp_path):
    for path in gallery.write(tmp_path):
        committed = ROOT / "docs/drafts" / path.name
        assert committed.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{path.name} is stale: run .venv/bin/python docs/drafts/make_gallery.py"
        )


def _mixed_pair(r) -> bool:
    return r.facts.other is not None and r.occasion == "introduction" and \
        r.facts.person.formality != r.facts.other.formality


def test_no_du_sie_mix_within_a_german_draft():
    for r in RENDERS:
        if r.language != "de" or _mixed_pair(r):
            continue
        formal = r.formality == "sie" or (r.occasion == "introduction" and r.facts.other.formality == "sie")
        wrong = DU_WORDS if formal else SIE_WORDS
        text = r.subject + "\n" + r.body.split("\n", 1)[1]
        assert not wrong.search(text), where(r)


def test_a_private_note_is_never_put_into_a_draft():
    for r in RENDERS:
        notes = (r.facts.last_summary, *r.facts.my_open_promises, *r.facts.their_open_promises,
                 r.facts.promise)
        for note in filter(None, notes):
            assert note not in r.body and note not in r.subject, where(r)


def _sentences(text: str):
    for line in text.split("\n"):
        yield from re.split(r"(?<=[.!?])\s+", line)


def test_no_sentence_names_more_than_two_topics():
    for r in RENDERS:
        for sentence in _sentences(r.subject + "\n" + r.body):
            rest, found = sentence, 0
            for label in ALL_LABELS:
                pattern = re.compile(rf"(?<!\w){re.escape(label)}(?!\w)")
                found += len(pattern.findall(rest))
                rest = pattern.sub(" ", rest)
            assert found <= 2, f"{sentence!r} in {where(r)}"


def test_a_detail_never_crosses_languages():
    english = {t.detail for c in gallery.CAST for t in c.person.looking_for
               if t.detail and gallery_detail_language(t.detail) == "en"}
    german = {t.detail for c in gallery.CAST for t in c.person.looking_for
              if t.detail and gallery_detail_language(t.detail) == "de"}
    assert {"funding", "an investor"} <= english and {"eine Weiterbildung", "einen Job"} <= german
    for r in RENDERS:
        for detail in english if r.language == "de" else german:
            assert not re.search(rf"\b{re.escape(detail)}\b", r.body), where(r)


def gallery_detail_language(detail):
    from app.domain.draft_language import detail_language

    return detail_language(detail)


def test_no_empty_slot_none_or_bracket():
    for r in RENDERS:
        for text in (r.subject, r.body):
            assert text.strip(), where(r)
            assert not LEFTOVERS.search(text), where(r)


CLAIMS = {  # words that state a fact, and the fact that must be behind them
    "my_message": ("meine E-Mail", "meine Nachricht", "meiner E-Mail", "meiner Nachricht",
                   "my email", "my message"),
    "met": ("getroffen zu haben", "dass wir uns getroffen haben", "nach unserem Treffen",
            "bei unserem Treffen", "Great to meet you", "after we met", "when we met"),
    "call": ("für das Telefonat", "nach unserem Telefonat", "Thanks for the call", "after our call"),
    "their_message": ("danke für deine", "danke für Ihre", "Danke für deine", "Danke für Ihre",
                      "Thanks for your", "Thank you for your email", "Thank you for your message"),
}


def test_a_draft_claims_only_what_rapport_knows():
    from app.domain.drafts import last_kind

    for r in RENDERS:
        text = f"{r.subject}\n{r.body}"
        kind = last_kind(r.facts.last_channel, r.facts.last_direction)
        for fact, phrases in CLAIMS.items():
            if kind != fact:
                for phrase in phrases:
                    if fact == "their_message" and phrase.lower().startswith("danke für") and \
                            r.occasion != "follow_up":
                        continue  # "Danke für deine Hilfe" in a thank-you note
                    assert phrase not in text, f"{phrase!r} without {fact}: {where(r)}"
        if not r.facts.milestone:
            assert "Neuigkeit gehört" not in text and "heard the news" not in text, where(r)
        assert "kennengelernt haben" not in text or r.facts.person.met_where, where(r)
        assert "(" not in r.body, where(r)  # no "(Hannover Messe)", no "(Notiz …)"
        assert "Ich musste neulich an" not in text and "came to mind the other day" not in text


def test_salutations_follow_anrede_title_and_style():
    greetings = {(r.case.key, r.language, r.formality): r.body.split("\n", 1)[0]
                 for r in RENDERS if r.occasion == "birthday"}
    assert greetings[("mueller", "de", "sie")] == "Sehr geehrte Frau Dr. Müller,"
    assert greetings[("weber", "de", "sie")] == "Sehr geehrter Herr Prof. Weber,"
    assert greetings[("becker", "de", "sie")] == "Guten Tag Herr Becker,"
    assert greetings[("neumann", "de", "sie")] == "Guten Tag Claudia Neumann,"
    assert greetings[("anna", "de", "du")] == "Liebe Anna,"
    assert greetings[("jonas", "de", "du")] == "Hallo Jonas,"
    assert greetings[("hoffmann", "de", "du")] == "Hallo,"  # never "Hallo Hoffmann,"
    assert greetings[("james", "en", "sie")] == "Dear Dr Wright,"
    assert greetings[("sarah", "en", "du")] == "Hi Sarah,"
    for r in RENDERS:
        if r.formality == "sie":  # a formal subject never names the person by full name
            full = f"{r.facts.person.given_name} {r.facts.person.family_name}"
            if r.occasion not in gallery.PAIR_OCCASIONS:
                assert full not in r.subject, where(r)
        for word in ("Hallo", "Hi", "Guten Tag", "Dear"):  # never a bare surname
            assert f"{word} Hoffmann," not in r.body, where(r)


def test_sie_subjects_never_use_du_forms():
    for r in RENDERS:
        if r.language == "de" and r.formality == "sie" and r.occasion != "introduction":
            assert not DU_WORDS.search(r.subject), where(r)
            assert not re.search(r"\bEntschuldige\b", r.subject), where(r)


def test_each_person_is_greeted_in_their_own_form():
    mixed = [r for r in RENDERS if r.occasion == "introduction" and r.language == "de"
             and r.case.key == "anna" and r.formality == "du"]
    assert mixed and all(r.body.startswith("Liebe Anna, guten Tag Herr Becker,") for r in mixed)
    asks = [r for r in RENDERS if r.occasion == "introduction_ask" and r.case.key == "anna"
            and r.language == "de" and r.formality == "du"]
    assert asks and all(not SIE_WORDS.search(r.body.split("\n", 1)[1]) for r in asks)


@pytest.mark.parametrize("word", ["Bekanntmachung", "bietest du", "bieten Sie noch", "work with", "that you offer",
                                  "zum Thema Python", "Mentor zum Thema", "Job zum Thema",
                                  "investor on", "bei Nachhaltigkeit und"])
def test_words_a_careful_writer_avoids(word):
    for r in RENDERS:
        assert word not in f"{r.subject}\n{r.body}", where(r)


def test_a_label_phrased_in_the_other_language_is_left_out():
    for r in RENDERS:
        if r.language == "de":
            assert "a second company" not in r.body, where(r)
        else:
            assert "die eigene Firma" not in r.body and "der eigene Podcast" not in r.body, where(r)
