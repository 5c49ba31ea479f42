"""Merging two contacts already in the database into one, in one transaction.

The kept contact takes the other's values for the fields the user chose, gains the other's
e-mails, phones, links and addresses, notes and birthday if it had none; every row that
points at the other contact (history, promises, reminders, topics, groups, and whatever
tables come later) is moved over, found through the schema's foreign keys. Then the other
contact is deleted.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, select, text, update
from sqlmodel import SQLModel

from app.services.importers.merge import LISTS, merge_values
from app.services.importers.writer import MERGE_COLUMNS
from app.services.interactions import refresh_stats
from app.storage.tables import Contact, Relationship

CHOOSABLE = ("given_name", "family_name", "nickname", "company", "position", "birthday",
             "met_how", "met_where", "met_on", "language", "formality", "cadence_days")


def references_to_contact():
    """(table, column) for every foreign key that points at contact.id."""
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if table.name != "contact" and any(fk.column.table.name == "contact" for fk in column.foreign_keys):
                yield table, column


def merge_contacts(conn: Connection, keep_id: int, drop_id: int, take: set[str], now) -> None:
    rows = {r["id"]: dict(r) for r in conn.execute(
        select(*MERGE_COLUMNS).where(Contact.id.in_((keep_id, drop_id)))).mappings()}
    keep, drop = rows[keep_id], rows[drop_id]
    changes = {}
    for field in take & set(CHOOSABLE):
        parts = ("birthday_month", "birthday_day", "birthday_year") if field == "birthday" else (field,)
        changes.update({part: drop[part] for part in parts})
    filled = merge_values({**keep, **changes}, drop)  # lists, notes and empty fields
    changes.update({k: v for k, v in filled.items() if k in LISTS or k == "about" or k not in changes})
    conn.execute(update(Contact).where(Contact.id == keep_id).values(updated_at=now, **changes))
    for table, column in references_to_contact():
        # OR IGNORE: a topic or group both hold stays once; the leftover rows go with the delete
        conn.execute(update(table).where(column == drop_id).values({column.name: keep_id})
                     .prefix_with("OR IGNORE"))
        if not column.nullable:
            conn.execute(delete(table).where(column == drop_id))
    conn.execute(delete(Contact).where(Contact.id == drop_id))
    # the two were related to each other: now that is one person, no relationship
    conn.execute(delete(Relationship).where(Relationship.contact_id == Relationship.other_id))
    # Both were at the same meeting: it is now the kept one's own, once.
    conn.execute(text("DELETE FROM interaction_participant WHERE contact_id = :keep AND "
                      "interaction_id IN (SELECT id FROM interaction WHERE contact_id = :keep)"),
                 {"keep": keep_id})
    refresh_stats(conn, [keep_id])
