"""The contacts list: which page to read and the notes snippets a search shows.

The SQL (filters, sorting, paging by SQLite, never loading every contact) is the read
model in app/storage/queries/contact_list.py; this module decides which read a page needs
and marks the notes words a search matched.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from sqlalchemy import Connection

from app.storage.queries import contact_list as queries
from app.storage.queries import search
from app.storage.queries.contact_list import SORTS, ListFilter  # noqa: F401  (re-exported)
from app.storage.queries.rows import ContactRow


def page(
    conn: Connection, flt: ListFilter, now: datetime, today: date,
    sort: str = "name", descending: bool = False, offset: int = 0, limit: int = -1,
    snippets: bool = True,
) -> list[ContactRow]:
    """One page of rows, in order. limit -1 means all. snippets=False leaves the notes
    snippets out (a list that shows them later asks notes_snippets for its rows).
    Relevance is a sort the caller asks for (ranking costs 4x the match itself)."""
    if sort not in SORTS:
        sort = "name"
    if flt.searching and sort == "relevance":
        found = queries.ranked_ids(conn, flt, now, today, offset, limit)
        return queries.rows_for(conn, [r[0] for r in found],
                                {r[0]: _marked_only(r[1]) for r in found})
    page_ids = queries.page_ids(conn, flt, now, today, sort, descending, offset, limit)
    marked = notes_snippets(conn, page_ids, flt.text) if flt.searching and snippets else {}
    return queries.rows_for(conn, page_ids, marked)


def count(conn: Connection, flt: ListFilter, now: datetime, today: date) -> int:
    return queries.count(conn, flt, now, today)


def _marked_only(snippet: str | None) -> str:
    # FTS5 returns the start of the notes when the match was elsewhere (a name, a topic).
    return snippet if snippet and "[" in snippet else ""


def notes_snippets(conn: Connection, ids: list[int], text: str) -> dict[int, str]:
    """The notes snippet of each contact whose notes match the search text ("" where they
    do not). snippet() would need the MATCH cursor for every row, so the notes are read by
    rowid (cheap) and the first hit is marked here."""
    if not ids:
        return {}
    words = [flatten(w) for w in search.words(text)]
    pattern = _regex(tuple(words))
    return {rowid: _marked_only(notes_snippet(notes or "", words, pattern=pattern))
            for rowid, notes in search.notes_of(conn, ids)}


def _variants() -> dict[str, str]:
    """Each base letter with its accented forms ("u" -> "uúùûüū…"), the way FTS5's
    remove_diacritics folds them, for a regex that needs no folding of the text."""
    variants: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0]
        if base != char and base.isascii() and char.lower() == char:
            variants[base.lower()] = variants.get(base.lower(), base.lower()) + char
    return variants


_VARIANTS = _variants()
SNIPPET_SCAN = 50_000  # characters of notes looked at; the first hit is what is shown


def flatten(text: str) -> str:
    """A query word lower-cased with its diacritics removed ("Nähe" -> "nahe")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _pattern(flat_word: str) -> str:
    return "".join(f"[{re.escape(_VARIANTS[ch])}]" if ch in _VARIANTS else re.escape(ch)
                   for ch in flat_word)


def _regex(words: tuple[str, ...]) -> re.Pattern | None:
    words = tuple(w for w in words if w)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(_pattern(w) for w in words) + ")")


def notes_snippet(notes: str, flat_words: list[str], around: int = 4,
                  pattern: re.Pattern | None = None) -> str:
    """The words around the first word that starts with a query word, that word in [ ].
    One regex (accented letters as classes) over the lower-cased notes: no folding of
    the notes themselves, which are long."""
    pattern = pattern or _regex(tuple(flat_words))
    if pattern is None or not notes:
        return ""
    text = notes[:SNIPPET_SCAN]
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter that lower-cases to two: skip the snippet
        return ""
    hit = pattern.search(lower)
    if hit is None:
        return ""
    start = max(text.rfind(" ", 0, hit.start()), text.rfind("\n", 0, hit.start())) + 1
    end = len(text)
    for stop in (text.find(" ", hit.start()), text.find("\n", hit.start())):
        if stop != -1:
            end = min(end, stop)
    # The whole word ("Café-Nähe" for "nahe"), without punctuation around it ("Meetup:").
    word_start, word_end = hit.start(), hit.end()
    while word_start > start and _in_word(text[word_start - 1]):
        word_start -= 1
    while word_end < end and _in_word(text[word_end]):
        word_end += 1
    marked = f"{text[start:word_start]}[{text[word_start:word_end]}]{text[word_end:end]}"
    before, after = text[:start].split(), text[end:].split()
    shown = before[-around:] + [marked] + after[:around]
    return ("…" if len(before) > around else "") + " ".join(shown) + ("…" if len(after) > around else "")


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "-_'’"
