"""After an import's contacts are written: the relationships between people of the same file
(a RELATED pointing at another card's UID, or naming a person of the file) and the photos."""

from __future__ import annotations

import base64

from sqlalchemy import Connection, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.relationships import RelationKind, stored
from app.services.importers.plan import ContactRecord
from app.services.photos import sniff
from app.storage.tables import Contact, ContactPhoto, Relationship

BATCH = 2000


def insert_relations_and_photos(conn: Connection, holders: list[tuple[int, ContactRecord]], now) -> None:
    by_uid = {record.uid: cid for cid, record in holders if record.uid}
    names: dict[str, set[int]] = {}
    for cid, record in holders:
        names.setdefault(record.name.casefold(), set()).add(cid)
    rows = {}
    known: dict[str, set[int]] = {}  # names looked up among the contacts already here
    for cid, record in holders:
        for kind, reverse, target, how in record.related:
            if how == "uid":
                other = by_uid.get(target)
            else:
                found = names.get(target.casefold(), set()) or _existing(conn, target, known)
                other = next(iter(found)) if len(found) == 1 else None
            if other is None or other == cid:
                continue
            first, second = (other, cid) if reverse else (cid, other)
            first, second = stored(first, second, RelationKind(kind))
            rows[(first, second, kind)] = {"contact_id": first, "other_id": second, "kind": kind,
                                           "created_at": now}
    values = list(rows.values())
    for start in range(0, len(values), BATCH):
        conn.execute(sqlite_insert(Relationship).on_conflict_do_nothing(), values[start:start + BATCH])
    photos = [{"contact_id": cid, "mime": sniff(record.photo), "updated_at": now,
               "data": base64.b64encode(record.photo).decode("ascii")}
              for cid, record in holders if record.photo]
    for start in range(0, len(photos), BATCH):
        conn.execute(sqlite_insert(ContactPhoto).on_conflict_do_nothing(), photos[start:start + BATCH])


def _existing(conn: Connection, name: str, known: dict[str, set[int]]) -> set[int]:
    """Contacts already in Rapport (not Me, not in the trash) whose full name is `name`."""
    key = " ".join(name.split())
    if key not in known:  # as written, or in other ASCII case (SQLite's lower() folds only that)
        full = func.trim(Contact.given_name + " " + Contact.family_name)
        known[key] = set(conn.execute(select(Contact.id).where(
            or_(full == key, func.lower(full) == key.lower()),
            Contact.is_me.is_(False), Contact.deleted_at.is_(None))).scalars())
    return known[key]
