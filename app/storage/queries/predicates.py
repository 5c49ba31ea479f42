"""Shared SQL conditions, each written once, and Where: a WHERE clause built from parts.

A predicate takes the table alias it is used under ("" for none, as in the partial index
definitions of tables.py, which must read the same as the queries that use them: SQLite
uses a partial index only when the query repeats its WHERE terms). Flags (archived,
is_me) are literals for that reason; domain thresholds are bound parameters instead.
"""

from __future__ import annotations

from dataclasses import dataclass


def _col(alias: str, column: str, unindexed: bool = False) -> str:
    # "+" makes a term unusable for an index: SQLite then reads a few known ids instead of
    # walking an index in order.
    return f"{'+' if unindexed else ''}{alias + '.' if alias else ''}{column}"


def not_in_trash(alias: str = "", unindexed: bool = False) -> str:
    """Not moved to the trash (deleted_at is the trash date)."""
    return f"{_col(alias, 'deleted_at', unindexed)} IS NULL"


def not_archived(alias: str = "") -> str:
    return f"{_col(alias, 'archived')} = 0"


def not_me(alias: str = "") -> str:
    return f"{_col(alias, 'is_me')} = 0"


def active_contact(alias: str = "") -> str:
    """A contact whose promises, decisions and reminders are shown: not archived, not in
    the trash."""
    return f"{not_archived(alias)} AND {not_in_trash(alias)}"


def today_contact(alias: str = "") -> str:
    """A contact the Today list can show (and its partial indexes cover): active, not Me."""
    return f"{active_contact(alias)} AND {not_me(alias)}"


def person(alias: str = "") -> str:
    """Someone the habits count (archived people included): not Me, not in the trash."""
    return f"{not_me(alias)} AND {not_in_trash(alias)}"


TODAY_CONTACTS = today_contact()
# ix_contact_unanswered holds the contacts with at least this many unanswered messages
# (migration 0003). A query through it repeats the term; the domain thresholds it then
# applies (app.domain.outreach.WAITING_AT, STOP_AT) must not be lower.
UNANSWERED_INDEXED_FROM = 2


@dataclass(frozen=True)
class Where:
    """A WHERE clause as its parts: terms joined with AND, the parameters in the order of
    their "?" marks. Adding a part makes a new Where; a finished SQL string is never
    edited."""

    terms: tuple[str, ...] = ()
    params: tuple = ()

    def and_(self, term: str, *params) -> Where:
        return Where((*self.terms, term), (*self.params, *params))

    def first(self, term: str, *params) -> Where:
        """The same with `term` in front (SQLite reads FTS5 MATCH first when it leads)."""
        return Where((term, *self.terms), (*params, *self.params))

    @property
    def sql(self) -> str:
        return " AND ".join(self.terms) if self.terms else "1"


def listed_contact(archived: bool, few_ids: bool = False) -> Where:
    """A row of the contacts list (c): not Me, not in the trash, archived or not. Me is left
    out by id, not by is_me: the id is in every index, so a count or a page in name order
    never reads the (wide) table rows. few_ids: the rows are a few known ids, so the
    listing index must not be walked for these terms."""
    return (Where()
            .and_("c.id IS NOT (SELECT id FROM contact WHERE is_me = 1)")
            .and_(not_in_trash("c", unindexed=few_ids))
            .and_(f"{_col('c', 'archived', few_ids)} = ?", 1 if archived else 0))
