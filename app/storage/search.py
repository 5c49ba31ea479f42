"""The FTS5 contact index: its upkeep (refresh and rebuild). Queries that read it are in
app/storage/queries/search.py.

The index (contact_fts) and the triggers that keep it in sync on every write are created by
the migrations. Bulk writers pause the triggers (fts_control.paused = 1) and refresh the
touched rows at the end, which is 20x faster than a trigger per interaction.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import Connection, text


def pause(conn: Connection) -> None:
    conn.execute(text("UPDATE fts_control SET paused = 1"))


def resume(conn: Connection) -> None:
    conn.execute(text("UPDATE fts_control SET paused = 0"))


def refresh(conn: Connection, contact_ids: Iterable[int]) -> None:
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join(str(int(i)) for i in chunk)
        conn.execute(text(f"DELETE FROM contact_fts WHERE rowid IN ({marks})"))
        conn.execute(
            text(
                "INSERT INTO contact_fts(rowid, name, org, topics, notes) "
                f"SELECT id, name, org, topics, notes FROM contact_search_doc WHERE id IN ({marks})"
            )
        )


def rebuild(conn: Connection) -> None:
    conn.execute(text("DELETE FROM contact_fts"))
    conn.execute(
        text(
            "INSERT INTO contact_fts(rowid, name, org, topics, notes) "
            "SELECT id, name, org, topics, notes FROM contact_search_doc"
        )
    )
