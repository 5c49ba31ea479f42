"""The sync state in the database, and writing synced fields into contacts.

Each write here runs inside the caller's transaction, so a contact and its sync_card row are
committed together: a sync killed at any point leaves either both or neither.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Connection, bindparam, delete, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.services.exporters.rows import load_contacts
from app.services.important_dates import dates_of, insert_dates
from app.services.topics import find_or_create
from app.storage.tables import (
    Contact, ContactTopic, Group, ImportantDate as DateRow, Membership, Setting, SyncCard,
    SyncCollection,
)
from app.sync.vcard_map import contact_fields, important_dates

UNSYNCED = "\x00unsynced"  # a snapshot value no real field has: "push this field"


@dataclass
class CardState:
    id: int
    href: str
    contact_id: int | None
    uid: str
    etag: str
    vcard: str | None  # None: not read yet (load_details); "" before the first PUT
    fields: dict | None
    pushed_seq: int = -1  # the contact's change_seq when last sent or pulled; -1 unknown


@dataclass(frozen=True)
class LocalContact:
    id: int
    updated_at: datetime
    deleted: bool


def load_state(conn: Connection, collection: str, details: bool = True,
               hrefs: set[str] | None = None) -> dict[str, CardState]:
    """Every mapping row of the collection (or those of `hrefs`); without `details` the
    stored vCard and fields are left unread (vcard None) until load_details: at 10,000
    cards they cost seconds."""
    if not details:
        query = select(SyncCard.id, SyncCard.href, SyncCard.contact_id, SyncCard.uid,
                       SyncCard.etag, SyncCard.pushed_seq).where(SyncCard.collection == collection)
        wanted = sorted(hrefs or ())
        batches = [query] if hrefs is None else [
            query.where(SyncCard.href.in_(wanted[start : start + DETAILS_CHUNK]))
            for start in range(0, len(wanted), DETAILS_CHUNK)]
        return {r.href: CardState(r.id, r.href, r.contact_id, r.uid, r.etag, None, None, r.pushed_seq)
                for batch in batches for r in conn.execute(batch)}
    rows = conn.execute(select(SyncCard.id, SyncCard.href, SyncCard.contact_id, SyncCard.uid,
                               SyncCard.etag, SyncCard.vcard, SyncCard.fields, SyncCard.pushed_seq)
                        .where(SyncCard.collection == collection))
    return {row.href: CardState(*row) for row in rows}


DETAILS_CHUNK = 500


def load_details(conn: Connection, collection: str, states) -> None:
    """Read the stored vCard and fields of these rows (those not read yet)."""
    wanted = {s.href: s for s in states if s.vcard is None}
    hrefs = sorted(wanted)
    for start in range(0, len(hrefs), DETAILS_CHUNK):
        for href, vcard, fields in conn.execute(
                select(SyncCard.href, SyncCard.vcard, SyncCard.fields)
                .where(SyncCard.collection == collection,
                       SyncCard.href.in_(hrefs[start : start + DETAILS_CHUNK]))):
            wanted[href].vcard, wanted[href].fields = vcard, fields
    for state in wanted.values():
        if state.vcard is None:  # no row yet
            state.vcard = ""


def push_candidates(conn: Connection, collection: str) -> dict[str, int | None]:
    """href -> the contact's change_seq (None: the contact is gone) for every card that may
    have something to send: its contact changed since (the stamp moved), is gone, its PUT
    was never confirmed, or its stamp is unknown. One indexed join, no JSON read."""
    rows = conn.execute(text(
        "SELECT s.href, c.change_seq FROM sync_card s LEFT JOIN contact c ON c.id = s.contact_id "
        "WHERE s.collection = :collection AND (c.id IS NULL OR s.etag = '' OR s.pushed_seq < 0 "
        "OR s.pushed_seq != c.change_seq)"), {"collection": collection})
    return dict(rows.all())


def unmapped_contacts(conn: Connection, collection: str) -> list[int]:
    """Contacts (not in the trash) that have no card in the collection yet."""
    return list(conn.execute(text(
        "SELECT c.id FROM contact c WHERE c.is_me = 0 AND c.deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM sync_card s WHERE s.contact_id = c.id AND s.collection = :collection) "
        "ORDER BY c.id"), {"collection": collection}).scalars())


def change_seqs(conn: Connection, contact_ids) -> dict[int, int]:
    ids = sorted({i for i in contact_ids if i})
    found: dict[int, int] = {}
    for start in range(0, len(ids), FIELDS_CHUNK):
        found.update(conn.execute(select(Contact.id, Contact.change_seq)
                                  .where(Contact.id.in_(ids[start : start + FIELDS_CHUNK]))).all())
    return found


def sync_token(conn: Connection, collection: str) -> str:
    found = conn.execute(select(SyncCollection.sync_token)
                         .where(SyncCollection.url == collection)).scalar()
    return found or ""


def save_token(conn: Connection, collection: str, token: str, now: datetime) -> None:
    conn.execute(sqlite_insert(SyncCollection).values(url=collection, sync_token=token, synced_at=now)
                 .on_conflict_do_update(index_elements=["url"],
                                        set_={"sync_token": token, "synced_at": now}))


BOOKS_KEY = "sync_books"  # account ("user@url") -> its address book, found by discovery


def remembered_book(conn: Connection, account: str) -> str:
    return setting_dict(conn, BOOKS_KEY).get(account, "")


def remember_book(conn: Connection, account: str, book: str) -> None:
    merge_setting(conn, BOOKS_KEY, account, book)


def setting_dict(conn: Connection, key: str) -> dict:
    """The JSON dict kept in this setting row; {} when there is none (or not a dict)."""
    found = conn.execute(select(Setting.value).where(Setting.key == key)).scalar()
    return dict(found) if isinstance(found, dict) else {}


def merge_setting(conn: Connection, key: str, name: str, value) -> None:
    """Set one key of the JSON dict kept in this setting row (made when missing)."""
    values = setting_dict(conn, key)
    if name in values and values[name] == value:
        return
    values[name] = value
    conn.execute(sqlite_insert(Setting).values(key=key, value=values)
                 .on_conflict_do_update(index_elements=["key"], set_={"value": values}))


def local_contacts(conn: Connection, contact_ids=None) -> dict[int, LocalContact]:
    """These contacts (all when None), without Me."""
    query = select(Contact.id, Contact.updated_at, Contact.deleted_at).where(Contact.is_me.is_(False))
    if contact_ids is None:
        batches = [query]
    else:
        ids = sorted({i for i in contact_ids if i})
        batches = [query.where(Contact.id.in_(ids[start : start + FIELDS_CHUNK]))
                   for start in range(0, len(ids), FIELDS_CHUNK)]
    return {cid: LocalContact(cid, updated, deleted is not None)
            for batch in batches for cid, updated, deleted in conn.execute(batch)}


FIELDS_CHUNK = 5000  # load_contacts binds every id; SQLite allows 32,766 variables


def fields_of(conn: Connection, contact_ids) -> dict[int, dict]:
    ids = sorted(set(contact_ids))
    return {c.id: contact_fields(c) for start in range(0, len(ids), FIELDS_CHUNK)
            for c in load_contacts(conn, ids[start : start + FIELDS_CHUNK])}


def save_cards(conn: Connection, collection: str, states: list[CardState], now: datetime) -> None:
    """Insert or update these mapping rows (by collection and href), in one statement."""
    if not states:
        return
    assert all(s.vcard is not None for s in states), "load_details before saving a row"
    statement = sqlite_insert(SyncCard)
    conn.execute(statement.on_conflict_do_update(
        index_elements=["collection", "href"],
        set_={name: statement.excluded[name] for name in
              ("contact_id", "uid", "etag", "vcard", "fields", "synced_at", "pushed_seq")},
    ), [{"collection": collection, "href": s.href, "contact_id": s.contact_id, "uid": s.uid,
         "etag": s.etag, "vcard": s.vcard, "fields": s.fields, "synced_at": now,
         "pushed_seq": s.pushed_seq} for s in states])


def save_stamps(conn: Connection, collection: str, stamps: dict[str, int]) -> None:
    """Note that these cards' contacts changed only in ways their cards do not show."""
    if stamps:
        table = SyncCard.__table__
        conn.execute(update(table).where(table.c.collection == collection,
                                         table.c.href == bindparam("b_href"))
                     .values(pushed_seq=bindparam("b_seq")),
                     [{"b_href": href, "b_seq": seq} for href, seq in stamps.items()])


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
    insert_dates(conn, [(row["id"], value) for row, (fields, _c) in zip(rows, items)
                        for value in important_dates(fields)], now)
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
    _write_dates(conn, contact_id, important_dates(fields), now)
    return contact_id


def _write_dates(conn: Connection, contact_id: int, wanted: list, now: datetime) -> None:
    """Only the dates that differ are deleted or added: the others keep their rows."""
    have = dates_of(conn, [contact_id]).get(contact_id, [])
    plain = [replace(d, id=None, contact_id=None) for d in have]
    gone = [d.id for d, p in zip(have, plain) if p not in wanted]
    if gone:
        conn.execute(delete(DateRow).where(DateRow.id.in_(gone)))
    insert_dates(conn, [(contact_id, d) for d in wanted if d not in plain], now)


def trash_contact(conn: Connection, contact_id: int, now: datetime) -> None:
    conn.execute(update(Contact).where(Contact.id == contact_id, Contact.deleted_at.is_(None))
                 .values(deleted_at=now))
