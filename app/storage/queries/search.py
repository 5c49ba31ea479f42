"""FTS5 search as queries: user text to a MATCH expression, and the reads that use it.
The index itself (contact_fts, its triggers, refresh and rebuild) is kept up by
app/storage/search.py."""

from __future__ import annotations

import re

from app.storage.queries.raw import run

TOKEN = re.compile(r"\w+", re.UNICODE)
COLUMNS = ("name", "org", "topics", "notes")
NOTES_COLUMN = COLUMNS.index("notes")
# The ids whose index row matches; unranked, the cheapest query FTS5 can answer.
MATCHING_IDS = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?"
# The marked part of the notes of a row read through a MATCH (contact_fts as outer loop).
NOTES_SNIPPET = f"snippet(contact_fts, {NOTES_COLUMN}, '[', ']', '…', 8)"


def match_expression(query: str) -> str | None:
    """User text to an FTS5 MATCH expression: every word must match as a prefix.
    Words are quoted, so FTS5 syntax in the input ("AND", quotes, '*') is inert."""
    tokens = TOKEN.findall(query)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def words(query: str) -> list[str]:
    """The words of a query as FTS5 tokenizes them."""
    return TOKEN.findall(query)


def notes_of(conn, ids: list[int]) -> list[tuple[int, str]]:
    """(rowid, notes) of the index rows of these contacts: read by rowid, cheap."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return run(conn, f"SELECT rowid, notes FROM contact_fts WHERE rowid IN ({marks})", ids)
