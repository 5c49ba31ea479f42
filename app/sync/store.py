"""The sync state in the database, and writing synced fields into contacts.

Each write here runs inside the caller's transaction, so a contact and its sync_card row are
committed together: a sync killed at any point leaves either both or neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.services.exporters.rows import load_contacts
from app.services.topics import find_or_create
from app.storage.tables import (
    Contact, ContactTopic, Group, Membership, SyncCard, SyncCollection,
)
from app.sync.vcard_map import contact_fields

UNSYNCED = "\x00unsynced"  # a snapshot value no real field has: "push this field"


@dataclass
class CardState:
    id: int
    href: str
    contact_id: int | None
    uid: str
    etag: str
    vcard: str
    fields: dict | None


@dataclass(frozen=True)
class LocalContact:
    id: int
    updated_at: datetime
    deleted: bool


def load_state(conn: Connection, collection: str) -> dict[str, CardState]:
    rows = conn.execute(select(SyncCard.id, SyncCard.href, SyncCard.contact_id, SyncCard.uid,
                               SyncCard.etag, SyncCard.vcard, SyncCard.fields)
                        .where(SyncCard.collection == collection))
    return {row.href: CardState(*row) for row in rows}


def sync_token(conn: Connection, collection: str) -> str:
    found = conn.execute(select(SyncCollection.sync_token)
                         .where(SyncCollection.url == collection)).scalar()
    return found or ""


def save_token(conn: Connection, collection: str, token: str, now: datetime) -> None:
    conn.execute(sqlite_insert(SyncCollection).values(url=collection, sync_token=token, synced_at=now)
                 .on_conflict_do_update(index_elements=["url"],
                                        set_={"sync_token": token, "synced_at": now}))


def local_contacts(conn: Connection) -> dict[int, LocalContact]:
    rows = conn.execute(select(Contact.id, Contact.updated_at, Contact.deleted_at)
                        .where(Contact.is_me.is_(False)))
    return {cid: LocalContact(cid, updated, deleted is not None) for cid, updated, deleted in rows}


FIELDS_CHUNK = 5000  # load_contacts binds every id; SQLite allows 32,766 variables


def fields_of(conn: Connection, contact_ids) -> dict[int, dict]:
    ids = sorted(set(contact_ids))
    return {c.id: contact_fields(c) for start in range(0, len(ids), FIELDS_CHUNK)
            for c in load_contacts(conn, ids[start : start + FIELDS_CHUNK])}


def save_cards(conn: Connection, collection: str, states: list[CardState], now: datetime) -> None:
    """Insert or update these mapping rows (by collection and href), in one statement."""
    if not states:
        return
    statement = sqlite_insert(SyncCard)
    conn.execute(statement.on_conflict_do_update(
        index_elements=["collection", "href"],
        set_={name: statement.excluded[name] for name in
              ("contact_id", "uid", "etag", "vcard", "fields", "synced_at")},
    ), [{"collection": collection, "href": s.href, "contact_id": s.contact_id, "uid": s.uid,
         "etag": s.etag, "vcard": s.vcard, "fields": s.fields, "synced_at": now}
        for s in states])


def save_card(conn: Connection, collection: str, state: CardState, now: datetime) -> None:
    save_cards(conn, collection, [state], now)


def forget_card(conn: Connection, collection: str, state: CardState) -> None:
    conn.execute(delete(SyncCard).where(SyncCard.collection == collection,
                                        SyncCard.href == state.href))


def _columns(fields: dict) -> dict:
    month, day, year = fields.get("birthday") or (None, None, None)
    values = {name: fields[name] for name in (
        "given_name", "family_name", "nickname", "company", "position", "emails", "phones",
        "links", "addresses", "about", "met_how", "met_where", "cadence_days")}
    values.update(birthday_month=month, birthday_day=day, birthday_year=year,
                  met_on=date.fromisoformat(fields["met_on"]) if fields.get("met_on") else None)
    for name in ("language", "formality"):  # a phone's card leaves these to the contact
        if fields.get(name) in (("de", "en") if name == "language" else ("du", "sie")):
            values[name] = fields[name]
    return values


def create_contacts(conn: Connection, items: list[tuple[dict, datetime]], now: datetime) -> list[int]:
    """New contacts from (fields, changed at) pairs, in a few statements: a first sync of
    thousands of cards would spend most of its time building one INSERT per row."""
    if not items:
        return []
    first = (conn.execute(select(func.max(Contact.id))).scalar() or 0) + 1
    rows, topics, groups = [], {}, {}
    for offset, (fields, changed) in enumerate(items):
        values = dict(_columns(fields), id=first + offset, is_me=False, archived=False,
                      deleted_at=None, created_at=now, updated_at=changed,
                      last_interaction_at=None, last_two_way_at=None, unanswered_outbound=0,
                      first_unanswered_at=None)
        values.setdefault("language", "de")
        values.setdefault("formality", "du")
        rows.append(values)
        for kind, label, detail in fields["topics"].values():
            topics.setdefault((first + offset, label, kind), detail)
        for name in {" ".join(g.split()) for g in fields["groups"]} - {""}:
            groups[(first + offset, name)] = None
    conn.execute(insert(Contact), rows)
    topic_ids: dict[str, int] = {}
    topic_rows = {}
    for (contact_id, label, kind), detail in topics.items():
        if label not in topic_ids:
            topic_ids[label] = find_or_create(conn, label)
        topic_rows.setdefault((contact_id, topic_ids[label], kind), detail)
    if topic_rows:
        conn.execute(sqlite_insert(ContactTopic).on_conflict_do_nothing(),
                     [{"contact_id": c, "topic_id": t, "kind": k, "detail": d}
                      for (c, t, k), d in topic_rows.items()])
    if groups:
        known = dict(conn.execute(select(Group.name, Group.id)).all())
        for name in sorted({name for _c, name in groups} - set(known)):
            known[name] = conn.execute(insert(Group).values(name=name, description="", url="",
                                                            i_am_member=False)).inserted_primary_key[0]
        conn.execute(sqlite_insert(Membership).on_conflict_do_nothing(),
                     [{"contact_id": c, "group_id": known[name]} for c, name in groups])
    return [row["id"] for row in rows]


def write_contact(conn: Connection, contact_id: int | None, fields: dict, now: datetime) -> int:
    """Create (contact_id None) or overwrite a contact with these fields, its topics and
    groups included; a contact in the trash comes back. The id."""
    values = _columns(fields)
    if contact_id is None:
        values.setdefault("language", "de")
        values.setdefault("formality", "du")
        contact_id = conn.execute(insert(Contact).values(created_at=now, updated_at=now, is_me=False,
                                                         archived=False, **values)).inserted_primary_key[0]
    else:
        conn.execute(update(Contact).where(Contact.id == contact_id)
                     .values(updated_at=now, deleted_at=None, **values))
        conn.execute(delete(ContactTopic).where(ContactTopic.contact_id == contact_id))
        conn.execute(delete(Membership).where(Membership.contact_id == contact_id))
    rows = {}
    for kind, label, detail in fields["topics"].values():
        rows.setdefault((find_or_create(conn, label), kind), detail)
    if rows:
        conn.execute(sqlite_insert(ContactTopic).on_conflict_do_nothing(),
                     [{"contact_id": contact_id, "topic_id": t, "kind": k, "detail": d}
                      for (t, k), d in rows.items()])
    names = {" ".join(name.split()) for name in fields["groups"]} - {""}
    for name in sorted(names):
        group_id = conn.execute(select(Group.id).where(Group.name == name)).scalar()
        if group_id is None:
            group_id = conn.execute(insert(Group).values(name=name, description="", url="",
                                                         i_am_member=False)).inserted_primary_key[0]
        conn.execute(sqlite_insert(Membership).on_conflict_do_nothing()
                     .values(contact_id=contact_id, group_id=group_id))
    return contact_id


def trash_contact(conn: Connection, contact_id: int, now: datetime) -> None:
    conn.execute(update(Contact).where(Contact.id == contact_id, Contact.deleted_at.is_(None))
                 .values(deleted_at=now))
