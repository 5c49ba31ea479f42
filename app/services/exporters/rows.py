"""Contacts as export rows: the columns, topics and group names, loaded in three queries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from uuid import NAMESPACE_OID, uuid5
from datetime import date
from typing import Iterable

from sqlalchemy import Connection, select

from app.domain.names import name_key
from app.services.contacts import display_name
from app.storage.tables import Contact, ContactTopic, Group, Membership, Topic

CHUNK = 500


@dataclass(frozen=True)
class ExportContact:
    id: int
    given_name: str
    family_name: str
    nickname: str
    company: str
    position: str
    emails: list
    phones: list
    links: list
    addresses: list
    birthday_month: int | None
    birthday_day: int | None
    birthday_year: int | None
    met_how: str
    met_where: str
    met_on: date | None
    about: str
    language: str
    formality: str
    cadence_days: int | None
    topics: tuple[tuple[str, str, str], ...] = ()  # (kind, label, detail)
    groups: tuple[str, ...] = ()
    archived: bool = False  # exported like the others; counted so the dialog can say so
    anrede: str = ""  # how drafts greet them; the vCard N prefix with the title
    title: str = ""
    greeting_style: str = ""
    # vCard lines an import kept (no field for them): written back on vCard export
    vcard_properties: tuple[dict, ...] = ()
    uid: str = ""  # set (vCard export) when a RELATED of another card points at this one
    related: tuple[tuple[str, str, str], ...] = ()  # (vCard TYPE, "uid"/"text", UID or name)
    photo: tuple[str, str] | None = None  # (mime, base64)
    dates: tuple = ()  # app.domain.important_dates.ImportantDate, in calendar order
    past_jobs: tuple = ()  # app.services.important_dates.PastJobRow, newest first

    @property
    def display_name(self) -> str:
        return display_name(self.given_name, self.family_name, self.nickname)


COLUMNS = (
    Contact.id, Contact.given_name, Contact.family_name, Contact.nickname, Contact.company,
    Contact.position, Contact.emails, Contact.phones, Contact.links, Contact.addresses,
    Contact.birthday_month, Contact.birthday_day, Contact.birthday_year, Contact.met_how,
    Contact.met_where, Contact.met_on, Contact.about, Contact.language, Contact.formality,
    Contact.cadence_days, Contact.archived, Contact.anrede, Contact.title,
    Contact.greeting_style, Contact.vcard_properties,
)
# After the dataclass's positional fields and archived, passed by name.
NAMED = ("anrede", "title", "greeting_style", "vcard_properties")
SALUTATION_COLUMNS = COLUMNS[-len(NAMED):]


def with_relations_and_photos(conn: Connection, contacts: list[ExportContact]) -> list[ExportContact]:
    """The contacts with their RELATED (to a UID when the other is in the same file, else
    by name) and photos, for the vCard export."""
    from app.domain.relationships import REVERSE_INTRODUCED, VCARD_TYPE, RelationKind
    from app.services.relationships import relations_for_export
    from app.storage.tables import ContactPhoto

    ids = {c.id for c in contacts}
    relations = relations_for_export(conn, ids)
    others = {o for found in relations.values() for o, _k, _r in found} - ids
    names = {c.id: c.display_name for c in contacts}
    for start in range(0, len(others), CHUNK):
        chunk = sorted(others)[start:start + CHUNK]
        for cid, given, family, nick in conn.execute(select(
                Contact.id, Contact.given_name, Contact.family_name, Contact.nickname)
                .where(Contact.id.in_(chunk), Contact.deleted_at.is_(None))):
            names[cid] = display_name(given, family, nick)
    photos: dict[int, tuple[str, str]] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), CHUNK):
        for cid, mime, data in conn.execute(select(ContactPhoto.contact_id, ContactPhoto.mime,
                                                   ContactPhoto.data)
                                            .where(ContactPhoto.contact_id.in_(id_list[start:start + CHUNK]))):
            photos[cid] = (mime, data)
    linked = {o for found in relations.values() for o, _k, _r in found if o in ids}
    result = []
    for contact in contacts:
        related = []
        for other, kind, reverse in relations.get(contact.id, ()):
            if other not in names:
                continue  # in the trash
            kind_type = REVERSE_INTRODUCED if reverse else VCARD_TYPE[RelationKind(kind)]
            if other in ids:
                related.append((kind_type, "uid", contact_uid(other)))
            else:
                related.append((kind_type, "text", names[other]))
        uid = contact_uid(contact.id) if contact.id in linked or related else ""
        result.append(replace(contact, uid=uid, related=tuple(related), photo=photos.get(contact.id)))
    return result


def contact_uid(contact_id: int) -> str:
    """A UID for a card of this export: stable per contact, so RELATED can point at it."""
    return f"urn:uuid:{uuid5(NAMESPACE_OID, f'rapport-contact-{contact_id}')}"


def load_contacts(conn: Connection, contact_ids: Iterable[int] | None = None) -> list[ExportContact]:
    """All contacts (not Me, not in the trash) or the chosen ones, sorted by name."""
    if contact_ids is None:
        rows = conn.execute(select(*COLUMNS).where(Contact.is_me.is_(False),
                                                   Contact.deleted_at.is_(None))).all()
        topic_filter: tuple = ()
        group_filter: tuple = ()
    else:
        ids = sorted(set(contact_ids))
        rows = [r for start in range(0, len(ids), CHUNK)
                for r in conn.execute(select(*COLUMNS).where(Contact.id.in_(ids[start:start + CHUNK])))]
        topic_filter, group_filter = (ContactTopic.contact_id.in_(ids),), (Membership.contact_id.in_(ids),)
    topics: dict[int, list] = {}
    for cid, kind, label, detail in conn.execute(
        select(ContactTopic.contact_id, ContactTopic.kind, Topic.label, ContactTopic.detail)
        .join(Topic, Topic.id == ContactTopic.topic_id).where(*topic_filter)
        .order_by(ContactTopic.kind, Topic.label)
    ):
        topics.setdefault(cid, []).append((kind, label, detail))
    groups: dict[int, list] = {}
    for cid, name in conn.execute(
        select(Membership.contact_id, Group.name).join(Group, Group.id == Membership.group_id)
        .where(*group_filter).order_by(Group.name)
    ):
        groups.setdefault(cid, []).append(name)
    from app.services.important_dates import dates_of, past_jobs_of

    ids = [row[0] for row in rows]
    dates, jobs = dates_of(conn, ids), past_jobs_of(conn, ids)
    own = len(COLUMNS) - len(SALUTATION_COLUMNS) - 1  # the dataclass's positional fields
    # mypy cannot tell that *row fills only the positional fields, not topics=… and the rest.
    contacts = [ExportContact(*row[:own],  # type: ignore[misc]
                              topics=tuple(topics.get(row[0], ())),
                              groups=tuple(groups.get(row[0], ())), archived=bool(row[own]),
                              dates=tuple(dates.get(row[0], ())),
                              past_jobs=tuple(jobs.get(row[0], ())),
                              **dict(zip(NAMED, row[own + 1:])))
                for row in rows]
    contacts.sort(key=lambda c: (name_key(c.given_name, c.family_name, c.nickname), c.id))
    return contacts
