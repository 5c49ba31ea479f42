"""The contacts list as SQL: filters, sorting and paging done by SQLite, not Python.

At 50,000 contacts the list must answer a keystroke in a few milliseconds, so nothing here
loads every contact. A page is read in two steps: the ids in order (the filter, the sort and
LIMIT/OFFSET, answered from ix_contact_listing or the FTS5 index), then the display columns
and the open-promise count for just those ids (rows_for).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.names import FOLD_STAGE, FOLDS
from app.domain.topics import fold
from app.storage.name_keys import folded
from app.storage.queries.predicates import Where, listed_contact
from app.storage.queries.raw import run, sql_time
from app.storage.queries.rows import ContactRow, contact_row
from app.storage.queries.search import MATCHING_IDS, NOTES_SNIPPET, match_expression

SORTS = ("name", "company", "position", "last_contact", "follow_up", "promises", "relevance")
# Measured at 50,000 contacts: below this, reading by id beats the name walk. It was 1000
# while names sorted by bytes; sorting by the folded keys computes them for every match
# read by id (~20 us each), so 815 matches ("zoe") now take 14 ms by id, 4 ms walking.
FEW_MATCHES = 400

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
# Names sort by their folded keys (generated columns, migration 0014: "Böhm" before
# "Brown", case ignored), the name order walking ix_contact_listing. Company and position
# have no key column: they are folded here with the first (German, French, Spanish) step
# of the same fold, and break ties with the original text.
_NAMES = "c.family_key, c.given_key, c.id"
_COMPANY = folded("c.company", "lower(c.company)", FOLDS[:FOLD_STAGE])
_POSITION = folded("c.position", "lower(c.position)", FOLDS[:FOLD_STAGE])
_ORDER = {
    "name": "c.family_key {d}, c.given_key {d}, c.id {d}",
    "company": f"c.company = '' , {_COMPANY} {{d}}, c.company {{d}}, {_NAMES}",
    "position": f"c.position = '', {_POSITION} {{d}}, c.position {{d}}, {_NAMES}",
    "last_contact": "c.last_two_way_at IS NULL, c.last_two_way_at {d}, c.id",
    "follow_up": "c.follow_up_jd IS NULL, c.follow_up_jd {d}, c.id",
    "promises": f"{OPEN_PROMISES_SQL} {{d}}, {_NAMES}",
}
_MATCH = "contact_fts MATCH ?"
_THROUGH_FTS = "contact_fts CROSS JOIN contact c ON c.id = contact_fts.rowid"


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


def page_ids(conn, flt: ListFilter, now: datetime, today: date, sort: str = "name",
             descending: bool = False, offset: int = 0, limit: int = -1) -> list[int]:
    """The ids of one page, in order (limit -1: all); sort is one of SORTS but relevance.

    A search first asks FTS5 for up to FEW_MATCHES + 1 matching ids, unranked. Few matches
    are read by id and sorted. For a broad query ("mü", 4,000 hits) SQLite walks
    ix_contact_listing in name order instead, keeping the matches: the first page is found
    within the first few hundred index entries."""
    where = _where(flt, now, today)
    if flt.searching:
        match = match_expression(flt.text)
        if match is None:
            return []
        # At most FEW_MATCHES + 1 ids: FTS5 stops there, so a broad query costs no more
        # than a narrow one here.
        ids = [r[0] for r in run(conn, f"{MATCHING_IDS} LIMIT ?", (match, FEW_MATCHES + 1))]
        if not ids:
            return []
        if len(ids) <= FEW_MATCHES:
            # The ids as one JSON parameter (any count); the "+" terms hide the listing
            # index, so SQLite reads the few matches by id and sorts them instead of
            # walking all 50,000 names in order.
            where = _where(flt, now, today, few_ids=True).first(
                "c.id IN (SELECT value FROM json_each(?))", json.dumps(ids))
        else:
            # Many: SQLite keeps the whole match as a set inside (no Python objects) and
            # walks the names in order, so the first page is found early in the walk.
            where = where.first(f"c.id IN ({MATCHING_IDS})", match)
    order = _ORDER.get(sort, _ORDER["name"]).format(d="DESC" if descending else "ASC")
    sql = f"SELECT c.id FROM contact c WHERE {where.sql} ORDER BY {order} LIMIT ? OFFSET ?"
    return [r[0] for r in run(conn, sql, (*where.params, limit, offset))]


def ranked_ids(conn, flt: ListFilter, now: datetime, today: date,
               offset: int, limit: int) -> list[tuple[int, str]]:
    """(id, notes snippet) of a search's matches, best first. ORDER BY rank alone is
    answered by FTS5 itself, so snippet() runs only for the rows returned; FTS5 must be the
    outer loop (CROSS JOIN fixes the order). bm25 costs 4x the match itself at 50,000
    contacts, so this is a sort the caller asks for, not the default."""
    match = match_expression(flt.text)
    if match is None:
        return []
    where = _where(flt, now, today).first(_MATCH, match)
    sql = (f"SELECT c.id, {NOTES_SNIPPET} FROM {_THROUGH_FTS} "
           f"WHERE {where.sql} ORDER BY contact_fts.rank LIMIT ? OFFSET ?")
    return run(conn, sql, (*where.params, limit, offset))


def count(conn, flt: ListFilter, now: datetime, today: date) -> int:
    where = _where(flt, now, today)
    source = "contact c"
    if flt.searching:
        match = match_expression(flt.text)
        if match is None:
            return 0
        where, source = where.first(_MATCH, match), _THROUGH_FTS
    return run(conn, f"SELECT count(*) FROM {source} WHERE {where.sql}", where.params)[0][0]


def rows_for(conn, ids: list[int], snippets: dict[int, str] | None = None) -> list[ContactRow]:
    """The list rows of these ids, in their order (ids no longer listed are left out)."""
    if not ids:
        return []
    snippets = snippets or {}
    marks = ",".join("?" * len(ids))
    found = {
        r[0]: r
        for r in run(conn,
            f"SELECT c.id, {NAME_SQL}, c.company, c.position, c.last_two_way_at, "
            f"{FOLLOW_UP_SQL}, {OPEN_PROMISES_SQL} FROM contact c WHERE c.id IN ({marks})",
            ids)
    }
    return [contact_row(found[i], snippets.get(i, "")) for i in ids if i in found]


def _where(flt: ListFilter, now: datetime, today: date, few_ids: bool = False) -> Where:
    where = listed_contact(flt.archived, few_ids)
    if flt.group_id is not None:
        where = where.and_("c.id IN (SELECT contact_id FROM membership WHERE group_id = ?)",
                           flt.group_id)
    if flt.topic_id is not None:
        where = where.and_("c.id IN (SELECT contact_id FROM contact_topic WHERE topic_id = ?)",
                           flt.topic_id)
    if flt.topic.strip():
        key = fold(flt.topic)
        where = where.and_(
            "c.id IN (SELECT contact_id FROM contact_topic WHERE topic_id IN "
            "(SELECT id FROM topic WHERE key = ? UNION SELECT topic_id FROM topic_alias WHERE key = ?))",
            key, key)
    if flt.overdue:
        where = where.and_(
            "(c.follow_up_jd <= julianday(?) OR EXISTS (SELECT 1 FROM promise p WHERE "
            "p.contact_id = c.id AND +p.state = 'open' AND p.due < ?))",
            sql_time(now), today.isoformat())
    return where
