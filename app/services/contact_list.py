"""The contacts list as SQL: filters, sorting and paging done by SQLite, not Python.

At 50,000 contacts the list must answer a keystroke in a few milliseconds, so nothing here
loads every contact. A page is read in two steps: the ids in order (the filter, the sort and
LIMIT/OFFSET, answered from ix_contact_listing or the FTS5 index), then the display columns
and the open-promise count for just those ids. The notes snippet needs its own FTS5 query,
also only for the ids on the page. Raw driver SQL skips SQLAlchemy's per-row type processing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Connection

from app.domain.topics import fold
from app.storage import search

SORTS = ("name", "company", "position", "last_contact", "follow_up", "promises", "relevance")

NAME_SQL = (
    "coalesce(nullif(trim(c.given_name || ' ' || c.family_name), ''), nullif(c.nickname, ''), '?')"
)
# When the keep-in-touch cadence falls due: the generated column follow_up_jd (migration
# 0003, same rule as domain.outreach.follow_up_due), as text like the other datetimes.
FOLLOW_UP_SQL = "datetime(c.follow_up_jd)"
# "+p.state": keeps SQLite from walking ix_promise_open_due (every open promise) once per
# contact; the contact_id index finds a contact's few promises directly.
OPEN_PROMISES_SQL = (
    "(SELECT count(*) FROM promise p WHERE p.contact_id = c.id AND +p.state = 'open')"
)
_ORDER = {
    "name": "c.family_name {d}, c.given_name {d}, c.id {d}",
    "company": "c.company = '' , c.company {d}, c.family_name, c.given_name, c.id",
    "position": "c.position = '', c.position {d}, c.family_name, c.given_name, c.id",
    "last_contact": "c.last_two_way_at IS NULL, c.last_two_way_at {d}, c.id",
    "follow_up": "c.follow_up_jd IS NULL, c.follow_up_jd {d}, c.id",
    "promises": f"{OPEN_PROMISES_SQL} {{d}}, c.family_name, c.given_name, c.id",
}


@dataclass(frozen=True)
class ListFilter:
    """What the contacts list shows. text searches names, company, position, topics and
    notes (every word as a prefix, diacritics folded)."""

    text: str = ""
    archived: bool = False
    group_id: int | None = None
    topic_id: int | None = None
    topic: str = ""  # a topic label or alias, as typed (folded before matching)
    overdue: bool = False  # follow-up due, or an open promise past its date

    @property
    def searching(self) -> bool:
        return bool(self.text.strip())


def page(
    conn: Connection, flt: ListFilter, now: datetime, today: date,
    sort: str = "name", descending: bool = False, offset: int = 0, limit: int = -1,
    snippets: bool = True,
) -> list[tuple]:
    """One page of rows (see rows_for), in order. limit -1 means all. snippets=False leaves
    the notes snippets out (a list that shows them later asks notes_snippets for its rows).

    A search first asks FTS5 for up to FEW_MATCHES + 1 matching ids, unranked (the cheapest
    query FTS5 can answer). Few matches are read by id and sorted. For a broad query ("mü",
    4,000 hits) SQLite walks ix_contact_listing in name order instead, keeping the matches:
    the first page is found within the first few hundred index entries. Ranking by bm25
    cost 4x the match itself at 50,000 contacts, so relevance is a sort the caller asks
    for, not the default."""
    if sort not in SORTS:
        sort = "name"
    if flt.searching and sort == "relevance":
        return _ranked_page(conn, flt, now, today, offset, limit)
    if sort == "relevance":
        sort = "name"
    where, params, match = _where(flt, now, today)
    if flt.searching:
        if match is None:
            return []
        # At most FEW_MATCHES + 1 ids: FTS5 stops there, so a broad query costs no more
        # than a narrow one here.
        ids = [r[0] for r in _run(conn, FTS_IDS + " LIMIT ?", (match, FEW_MATCHES + 1))]
        if not ids:
            return []
        if len(ids) <= FEW_MATCHES:
            where, params = _where_ids(where, params, ids)
            # "+" hides the listing index from these terms: SQLite then reads the few
            # matches by id and sorts them, instead of walking all 50,000 names in order.
            where = where.replace("c.deleted_at IS NULL", "+c.deleted_at IS NULL")
            where = where.replace("c.archived = ?", "+c.archived = ?")
        else:
            # Many: SQLite keeps the whole match as a set inside (no Python objects) and
            # walks the names in order, so the first page is found early in the walk.
            where = where.replace("contact_fts MATCH ?", f"c.id IN ({FTS_IDS})")
    order = _ORDER[sort].format(d="DESC" if descending else "ASC")
    sql = f"SELECT c.id FROM contact c WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    page_ids = [r[0] for r in _run(conn, sql, (*params, limit, offset))]
    marked = notes_snippets(conn, page_ids, flt.text) if match and snippets else {}
    return rows_for(conn, page_ids, marked)


FEW_MATCHES = 1000  # measured at 50,000 contacts: below this, reading by id beats the name walk
FTS_IDS = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?"


def _where_ids(where: str, params: list, ids: list[int]) -> tuple[str, list]:
    """Replace the MATCH condition by the ids it found (one JSON parameter, any count)."""
    where = where.replace("contact_fts MATCH ? AND ", "")
    clause = "c.id IN (SELECT value FROM json_each(?))"
    return f"{clause} AND {where}", [json.dumps(ids), *params[1:]]


def _ranked_page(conn: Connection, flt: ListFilter, now: datetime, today: date,
                 offset: int, limit: int) -> list[tuple]:
    where, params, match = _where(flt, now, today)
    if match is None:
        return []
    # ORDER BY rank alone is answered by FTS5 itself, so snippet() runs only for the rows
    # returned; FTS5 must be the outer loop (CROSS JOIN fixes the order).
    sql = (
        f"SELECT c.id, snippet(contact_fts, {search.NOTES_COLUMN}, '[', ']', '…', 8) "
        "FROM contact_fts CROSS JOIN contact c ON c.id = contact_fts.rowid "
        f"WHERE {where} ORDER BY contact_fts.rank LIMIT ? OFFSET ?"
    )
    found = _run(conn, sql, (*params, limit, offset))
    return rows_for(conn, [r[0] for r in found], {r[0]: r[1] for r in found})


def count(conn: Connection, flt: ListFilter, now: datetime, today: date) -> int:
    where, params, match = _where(flt, now, today)
    if match is None and flt.searching:
        return 0
    source = "contact_fts CROSS JOIN contact c ON c.id = contact_fts.rowid" if match else "contact c"
    return _run(conn, f"SELECT count(*) FROM {source} WHERE {where}", params)[0][0]


def rows_for(conn: Connection, ids: list[int], snippets: dict[int, str] | None = None) -> list[tuple]:
    """(id, name, company, position, last_two_way_at, follow_up, open_promises, snippet)
    for the given ids, in their order; the datetimes are aware UTC."""
    if not ids:
        return []
    snippets = snippets or {}
    marks = ",".join("?" * len(ids))
    found = {
        r[0]: r
        for r in _run(conn,
            f"SELECT c.id, {NAME_SQL}, c.company, c.position, c.last_two_way_at, "
            f"{FOLLOW_UP_SQL}, {OPEN_PROMISES_SQL} FROM contact c WHERE c.id IN ({marks})",
            ids)
    }
    return [
        (*found[i][:4], _utc(found[i][4]), _utc(found[i][5]), found[i][6],
         _marked_only(snippets.get(i)))
        for i in ids
        if i in found
    ]


def _marked_only(snippet: str | None) -> str:
    # FTS5 returns the start of the notes when the match was elsewhere (a name, a topic).
    return snippet if snippet and "[" in snippet else ""


def notes_snippets(conn: Connection, ids: list[int], text: str) -> dict[int, str]:
    """The notes snippet of each contact whose notes match the search text ("" where they
    do not). snippet() would need the MATCH cursor for every row, so the notes are read by
    rowid (cheap) and the first hit is marked here."""
    if not ids:
        return {}
    words = [flatten(w) for w in search._TOKEN.findall(text)]
    marks = ",".join("?" * len(ids))
    rows = _run(conn, f"SELECT rowid, notes FROM contact_fts WHERE rowid IN ({marks})", ids)
    pattern = _regex(tuple(words))
    return {rowid: _marked_only(notes_snippet(notes or "", words, pattern=pattern))
            for rowid, notes in rows}


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


def _where(flt: ListFilter, now: datetime, today: date) -> tuple[str, list, str | None]:
    # Me is left out by id, not by is_me: the id is in every index, so a count or a page
    # in name order never has to read the (wide) table rows.
    clauses = [
        "c.id IS NOT (SELECT id FROM contact WHERE is_me = 1)", "c.deleted_at IS NULL",
        "c.archived = ?",
    ]
    params: list = [1 if flt.archived else 0]
    match = search.match_expression(flt.text) if flt.searching else None
    if match:
        clauses.insert(0, "contact_fts MATCH ?")
        params.insert(0, match)
    if flt.group_id is not None:
        clauses.append("c.id IN (SELECT contact_id FROM membership WHERE group_id = ?)")
        params.append(flt.group_id)
    if flt.topic_id is not None:
        clauses.append("c.id IN (SELECT contact_id FROM contact_topic WHERE topic_id = ?)")
        params.append(flt.topic_id)
    if flt.topic.strip():
        key = fold(flt.topic)
        clauses.append(
            "c.id IN (SELECT contact_id FROM contact_topic WHERE topic_id IN "
            "(SELECT id FROM topic WHERE key = ? UNION SELECT topic_id FROM topic_alias WHERE key = ?))"
        )
        params += [key, key]
    if flt.overdue:
        clauses.append(
            "(c.follow_up_jd <= julianday(?) OR EXISTS (SELECT 1 FROM promise p WHERE "
            "p.contact_id = c.id AND +p.state = 'open' AND p.due < ?))"
        )
        params += [_sql_time(now), today.isoformat()]
    return " AND ".join(clauses), params, match


def _run(conn: Connection, sql: str, params) -> list[tuple]:
    # The DBAPI cursor hands back plain tuples: no Row objects, no type processing.
    cursor = conn.connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, tuple(params)).fetchall()
    finally:
        cursor.close()


def _sql_time(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _utc(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
