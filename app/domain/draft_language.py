"""How a draft names people and things: salutations, topic frames, a detail's language.

Rules a careful writer follows, kept out of the templates:
- A person is greeted in the style stored for them (Hallo / Liebe·r / Guten Tag / Sehr
  geehrte·r, Hi / Dear); a gendered form needs a known Anrede, else it falls back to a neutral
  one. A Sie greeting never uses a first name alone, a du greeting never a bare surname.
- Topic labels are nouns as the user typed them, in the nominative. They only appear in
  frames where that stays correct: after "Thema"/"Themen" ("beim Thema Nachhaltigkeit",
  "zu den Themen KI und Python"), never after a case-governing preposition alone.
- At most two topics in one phrase: a long list reads like a database dump.
- A detail typed in one language ("eine Weiterbildung", "funding") is used only in a draft of
  that language; its link word depends on what it is (a course is "zum Thema", a job "im
  Bereich", an investor "in").
"""

from __future__ import annotations

MAX_TOPICS = 2  # per phrase, and templates use one phrase per sentence

ANREDEN = ("", "Frau", "Herr")
GREETING_STYLES = ("", "hallo", "liebe", "guten_tag", "sehr_geehrte", "hi", "dear")
_EN_ANREDE = {"Frau": "Ms", "Herr": "Mr"}
_EN_TITLE = {"Dr.": "Dr", "Prof.": "Professor", "Prof. Dr.": "Professor"}
# A style chosen for one language, read in the other.
_STYLE_IN = {
    "de": {"hi": "hallo", "dear": "liebe"},
    "en": {"hallo": "hi", "liebe": "dear", "guten_tag": "dear", "sehr_geehrte": "dear"},
}


_ANREDE_WORDS = {"frau": "Frau", "fr.": "Frau", "ms": "Frau", "ms.": "Frau", "mrs": "Frau",
                 "mrs.": "Frau", "miss": "Frau", "herr": "Herr", "hr.": "Herr", "mr": "Herr",
                 "mr.": "Herr"}
_TITLE_WORDS = {"dr": "Dr.", "dr.": "Dr.", "prof": "Prof.", "prof.": "Prof.", "professor": "Prof."}


def parse_honorific(prefix: str) -> tuple[str, str]:
    """A name prefix as vCard N or a CSV's "Anrede"/"Title" column has it ("Frau Dr.", "Mr.",
    "Prof. Dr.") -> (Anrede, title). Words it does not know stay in the title."""
    anrede, titles = "", []
    for word in prefix.replace(",", " ").split():
        lowered = word.lower()
        if lowered in _ANREDE_WORDS and not anrede:
            anrede = _ANREDE_WORDS[lowered]
        else:
            titles.append(_TITLE_WORDS.get(lowered, word))
    return anrede, " ".join(titles)


def honorific(anrede: str, title: str) -> str:
    """The vCard N prefix / CSV column for an Anrede and title: "Frau Dr."."""
    return " ".join(p for p in (anrede, title) if p)


def label_fits(label: str, language: str) -> bool:
    """A label that reads as a phrase of the other language ("a second company" in a German
    draft, "die eigene Firma" in an English one) is left out; names fit both."""
    words = label.split()
    lead = words[0].lower() if words else ""
    other = _ARTICLES if language == "en" else {"a", "an", "the"}
    return bool(words) and not (len(words) > 1 and lead in other)


def cap_topics(labels) -> list[str]:
    return [str(label) for label in labels if str(label).strip()][:MAX_TOPICS]


def join_list(items, language: str) -> str:
    """"A", "A und B", "A, B und C" (German) / "A, B and C" (English)."""
    items = [str(item) for item in items if str(item).strip()]
    if len(items) < 2:
        return "".join(items)
    word = "und" if language == "de" else "and"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


# --- topic frames ------------------------------------------------------------------------
_DE_FRAMES = {  # one topic, several topics: the label stays in the nominative after "Thema"
    "zum": ("zum Thema", "zu den Themen"),
    "beim": ("beim Thema", "bei den Themen"),
    "das": ("das Thema", "die Themen"),
    "fuer": ("für das Thema", "für die Themen"),
    "ueber": ("über das Thema", "über die Themen"),
    "mit": ("mit dem Thema", "mit den Themen"),
    "im": ("im Bereich", "in den Bereichen"),
}
_EN_FRAMES = {"zum": "on", "beim": "with", "das": "", "fuer": "for", "ueber": "about",
              "mit": "with", "im": "in"}


def topics(labels, frame: str, language: str) -> str:
    """"beim Thema KI" / "bei den Themen KI und Python"; in English the labels with a plain
    preposition. Empty when there is no topic, so a template's {% if %} drops the sentence."""
    labels = cap_topics(labels)
    if not labels:
        return ""
    if language == "de":  # "zum Thema „der eigene Podcast“": a quoted label keeps its case
        labels = [f"„{label}“" if label.split()[0].lower() in _ARTICLES else label for label in labels]
    text = join_list(labels, language)
    key = frame.lower()
    if language == "de":
        one, many = _DE_FRAMES[key]
        phrase = f"{one if len(labels) == 1 else many} {text}"
    else:
        phrase = f"{_EN_FRAMES[key]} {text}".strip()
    if frame[:1].isupper():  # "Das Thema KI …" at the start of a sentence
        phrase = phrase[:1].upper() + phrase[1:]
    return phrase


_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
             "mein", "meine", "dein", "deine", "sein", "seine", "ihr", "ihre", "unser", "unsere"}


# --- what a detail is --------------------------------------------------------------------
_EN_LEADS = {"a", "an", "the", "some", "any", "more", "new", "someone", "somebody", "people"}
_DE_LEADS = {
    "ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den", "dem", "neue", "neuen",
    "jemand", "jemanden", "etwas", "mehr", "weitere", "gute", "guten", "kontakt", "kontakte",
}


def detail_language(detail: str) -> str:
    """"de", "en" or "" (nothing typed). German nouns are capitalised, English ones are not."""
    words = detail.split()
    if not words:
        return ""
    lead = words[0].lower()
    if lead in _EN_LEADS:
        return "en"
    if lead in _DE_LEADS or words[0][:1].isupper():
        return "de"
    return "en"


def detail_fits(detail: str, language: str) -> bool:
    """A detail is used only in a draft of its own language, never pasted into the other."""
    return detail_language(detail) == language


_DE_LEARNING = ("weiterbildung", "fortbildung", "kurs", "buch", "bücher", "vortrag", "artikel",
                "workshop", "seminar", "literatur", "podcast", "austausch", "ideen", "tipps",
                "informationen", "input", "material", "studie", "schulung", "ausbildung")
_EN_LEARNING = ("course", "book", "talk", "article", "workshop", "seminar", "reading",
                "podcast", "ideas", "tips", "information", "input", "material", "study",
                "training", "advice", "resources")
_PREPOSITION_ENDS = {"für", "zu", "zum", "zur", "im", "in", "bei", "beim", "mit", "über", "um",
                     "for", "on", "with", "about", "to", "at", "into"}


def detail_phrase(detail: str, label: str, language: str) -> str:
    """"eine Weiterbildung zum Thema Industrie 4.0", "einen Job im Bereich Python",
    "an investor in Climate Tech", "a course on Rust". A detail that ends in its own
    preposition ("Kontakte in die") keeps it."""
    words = detail.split()
    tail = [w.lower() for w in words[-2:]]
    if tail[-1] in _PREPOSITION_ENDS or (len(tail) == 2 and tail[0] in _PREPOSITION_ENDS
                                         and tail[1] in _ARTICLES | {"the"}):
        return f"{detail} {label}"
    lowered = detail.lower()
    if language == "de":
        link = "zum Thema" if any(word in lowered for word in _DE_LEARNING) else "im Bereich"
    else:
        link = "on" if any(word in lowered for word in _EN_LEARNING) else "in"
    return f"{detail} {link} {label}"


def looking_for_phrase(topic_facts, language: str) -> str:
    """What they look for as an object phrase, at most two topics: each with its detail where
    the detail is in this draft's language, the rest as "etwas zum Thema X"."""
    parts, bare = [], []
    fitting = [topic for topic in topic_facts if label_fits(topic.label, language)]
    for topic in fitting[:MAX_TOPICS]:
        if detail_fits(topic.detail, language):
            parts.append(detail_phrase(topic.detail.strip(), topic.label, language))
        else:
            bare.append(topic.label)
    if bare:
        if language == "de":
            lead = "etwas zum Thema" if len(bare) == 1 else "etwas zu den Themen"
        else:
            lead = "something related to"
        parts.append(f"{lead} {join_list(bare, language)}")
    return join_list(parts, language)


# --- where we met ------------------------------------------------------------------------
_DE_PLACE_LEADS = {"auf", "in", "im", "bei", "beim", "am", "an", "über", "während", "nach",
                   "vor", "zur", "zum"}
_EN_PLACE_LEADS = {"at", "in", "on", "during", "through", "via", "after", "over"}


def met_where_phrase(met_where: str, language: str) -> str:
    """"auf der Hannover Messe" as typed when it carries its own preposition (in this draft's
    language); a bare name ("Hannover Messe") is left out rather than put in parentheses."""
    words = met_where.split()
    if not words:
        return ""
    leads = _DE_PLACE_LEADS if language == "de" else _EN_PLACE_LEADS
    other = _EN_PLACE_LEADS if language == "de" else _DE_PLACE_LEADS
    lead = words[0].lower()
    if lead in leads and not (lead in other and lead not in {"in"}):
        return met_where.strip()
    if lead == "in":  # the same word in both languages: judge by the next word
        return met_where.strip() if detail_language(" ".join(words[1:])) in (language, "") else ""
    return ""


# --- names and salutations -----------------------------------------------------------------
def first_name(person) -> str:
    return person.given_name or person.nickname


def full_name(person) -> str:
    return " ".join(p for p in (person.given_name, person.family_name) if p) or person.nickname


def formal_name(person, language: str) -> str:
    """"Frau Dr. Müller" / "Ms Müller" / "Dr Müller"; empty without a surname, or without
    both Anrede and title (no guessed gender)."""
    if not person.family_name or not (person.anrede or person.title):
        return ""
    if language == "de":
        return " ".join(p for p in (person.anrede, person.title, person.family_name) if p)
    title = _EN_TITLE.get(person.title, person.title.rstrip("."))
    lead = title or _EN_ANREDE.get(person.anrede, "")
    return f"{lead} {person.family_name}"


def address_name(person, formality: str, language: str = "de") -> str:
    """How the person is named inside a text and in a subject: the first name between
    du-friends; formally "Frau Müller" / "Dr. Müller". Empty when neither is known, so a
    subject drops the name rather than say "Hallo Hoffmann" or a formal full name."""
    if formality != "sie":
        return first_name(person)
    return formal_name(person, language)


def mention_name(person, formality: str, language: str = "de") -> str:
    """A name for the body when one is needed (introductions): the address, else the full name."""
    return address_name(person, formality, language) or full_name(person)


def _style(person, language: str, formality: str) -> str:
    style = _STYLE_IN[language].get(person.greeting_style, person.greeting_style)
    if not style:
        formal = formality == "sie"
        return ("guten_tag" if formal else "hallo") if language == "de" else ("dear" if formal else "hi")
    return style


def greeting(person, language: str, formality: str) -> str:
    """The first line: "Liebe Anna," / "Sehr geehrte Frau Dr. Müller," / "Guten Tag Anna
    Schmidt," / "Hallo," (a du contact known only by surname) / "Dear Dr Müller,"."""
    style = _style(person, language, formality)
    formal = formality == "sie"
    name = address_name(person, formality, language)
    if formal and not name and person.given_name and person.family_name:
        name = full_name(person)  # "Guten Tag Anna Schmidt,": neutral; never a bare surname
    if language == "en":
        word = "Dear" if style == "dear" else "Hi"
        return f"{word} {name}," if name else "Hello,"
    gendered = {"Frau": "e", "Herr": "er"}.get(person.anrede, "")
    if style == "liebe" and gendered and name:
        return f"Lieb{gendered} {name},"
    if style == "sehr_geehrte" and formal and gendered and name:
        return f"Sehr geehrt{gendered} {name},"
    if style == "guten_tag" or (style in ("liebe", "sehr_geehrte") and formal):
        return f"Guten Tag {name}," if name else "Guten Tag,"
    return f"Hallo {name}," if name else "Hallo,"


def sign_off(me, language: str, formality: str, person=None) -> str:
    words = {
        ("de", "du"): "Liebe Grüße", ("de", "sie"): "Viele Grüße",
        ("en", "du"): "Cheers", ("en", "sie"): "Best regards",
    }
    formal = formality == "sie"
    closing = words[(language, "sie" if formal else "du")]
    if person is not None and formal and language == "de" and \
            greeting(person, language, formality).startswith("Sehr geehrt"):
        closing = "Mit freundlichen Grüßen"
    name = full_name(me) if formal else first_name(me)
    return f"{closing}\n{name}" if name else closing


def greeting_both(a, b, language: str) -> str:
    """Each person greeted in their own form: "Hallo Anna, guten Tag Herr Becker,"."""
    first = greeting(a, language, a.formality)
    second = greeting(b, language, b.formality)
    formal = "sie" in (a.formality, b.formality)
    nameless = ("Hallo,", "Guten Tag,", "Hello,")
    if any(g.endswith(nameless) for g in (first, second)):
        if language == "en":
            return "Dear both," if formal else "Hi both,"
        return "Guten Tag zusammen," if formal else "Hallo ihr beiden,"
    if language == "en":
        names = [mention_name(p, p.formality, "en") for p in (a, b)]
        word = "Dear" if formal else "Hi"
        return f"{word} {names[0]} and {names[1]},"
    return f"{first} {second[:1].lower()}{second[1:]}"
