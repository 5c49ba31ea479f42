"""Contacts: create, update, archive, trash and restore, list and search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update

from app.domain import validation
from app.domain.birthdays import Birthday
from app.domain.clock import local_today
from app.domain.enums import Formality, Language
from app.domain.names import display_name
from app.services import contact_list
from app.domain.draft_language import ANREDEN, GREETING_STYLES
from app.services.base import NotFoundError, Service, ValidationError
from app.services.contact_list import ListFilter
from app.storage.queries.predicates import person
from app.storage.queries.rows import ContactRow
from app.storage.tables import Contact

EDITABLE = {
    "given_name", "family_name", "nickname", "company", "position", "emails", "phones",
    "links", "addresses", "met_how", "met_where", "met_on", "about", "language",
    "formality", "cadence_days", "anrede", "title", "greeting_style",
}


@dataclass(frozen=True)
class TrashedRow:
    id: int
    name: str
    company: str
    deleted_at: datetime


class ContactsService(Service):
    # --- writes -------------------------------------------------------------------------
    def create(self, birthday: Birthday | None = None, **fields: Any) -> int:
        values = self._validated(fields, require_name=True)
        values.update(_birthday_columns(birthday))
        now = self.clock.now()
        with self.db.write() as conn:
            contact_id = conn.execute(
                insert(Contact).values(created_at=now, updated_at=now, **values)
            ).inserted_primary_key[0]
        self.events.emit("contacts", contact_id)
        return contact_id

    def update(self, contact_id: int, **fields: Any) -> None:
        """Change some fields. Pass birthday=None to clear it, a Birthday to set it."""
        lists = [getattr(Contact, name) for name in validation.LIST_CHECKS if name in fields]
        with self.db.write() as conn:
            current = (conn.execute(select(*lists).where(Contact.id == contact_id)).mappings()
                       .first() if lists else None)
            values = self._validated({k: v for k, v in fields.items() if k != "birthday"},
                                     stored=dict(current) if current else {})
            if "birthday" in fields:
                values.update(_birthday_columns(fields["birthday"]))
            self._update(conn, contact_id, values)
            row = conn.execute(
                select(Contact.given_name, Contact.family_name, Contact.nickname).where(
                    Contact.id == contact_id
                )
            ).one()
            if not any(row):
                raise ValidationError("name", "a contact needs a given name, family name or nickname")
        self.events.emit("contacts", contact_id)

    def set_archived(self, contact_id: int, archived: bool) -> None:
        with self.db.write() as conn:
            self._update(conn, contact_id, {"archived": archived})
        self.events.emit("contacts", contact_id)

    def trash(self, contact_id: int) -> None:
        """Delete, recoverably: the contact and its history stay until the trash is emptied."""
        with self.db.write() as conn:
            self._update(conn, contact_id, {"deleted_at": self.clock.now()})
        self.events.emit("contacts", contact_id)

    def restore(self, contact_id: int) -> None:
        with self.db.write() as conn:
            self._update(conn, contact_id, {"deleted_at": None})
        self.events.emit("contacts", contact_id)

    def empty_trash(self) -> int:
        with self.db.write() as conn:
            result = conn.execute(delete(Contact).where(Contact.deleted_at.is_not(None)))
        self.events.emit("contacts")
        return result.rowcount

    def trashed(self) -> list[TrashedRow]:
        """What is in the trash, most recently deleted first."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(Contact.id, Contact.given_name, Contact.family_name, Contact.nickname,
                       Contact.company, Contact.deleted_at)
                .where(Contact.deleted_at.is_not(None), Contact.is_me.is_(False))
                .order_by(Contact.deleted_at.desc(), Contact.id.desc())
            ).all()
        return [TrashedRow(r[0], display_name(r[1], r[2], r[3]), r[4], r[5]) for r in rows]

    def _update(self, conn, contact_id: int, values: dict[str, Any]) -> None:
        values["updated_at"] = self.clock.now()
        result = conn.execute(update(Contact).where(Contact.id == contact_id).values(**values))
        if result.rowcount == 0:
            raise NotFoundError(f"contact {contact_id} does not exist")

    def _validated(self, fields: dict[str, Any], require_name: bool = False,
                   stored: dict | None = None) -> dict[str, Any]:
        unknown = set(fields) - EDITABLE
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a contact field")
        values = {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}
        if require_name and not any(values.get(k) for k in ("given_name", "family_name", "nickname")):
            raise ValidationError("name", "a contact needs a given name, family name or nickname")
        if "language" in values and values["language"] not in set(Language):
            raise ValidationError("language", f"must be one of {', '.join(Language)}")
        if "formality" in values and values["formality"] not in set(Formality):
            raise ValidationError("formality", f"must be one of {', '.join(Formality)}")
        if values.get("anrede", "") not in ANREDEN:
            raise ValidationError("anrede", "must be Frau, Herr or empty")
        if values.get("greeting_style", "") not in GREETING_STYLES:
            raise ValidationError("greeting_style", f"must be one of {', '.join(GREETING_STYLES[1:])}")
        try:  # emails, phones, links: checked and normalised (E.164, https://) here
            values.update(validation.contact_lists(values, stored))
        except validation.FieldError as error:
            raise ValidationError(error.field, error.message, error.value) from None
        cadence = values.get("cadence_days")
        if cadence is not None and (not isinstance(cadence, int) or cadence < 1):
            raise ValidationError("cadence_days", "must be a whole number of days, at least 1")
        return values

    # --- reads --------------------------------------------------------------------------
    def get(self, contact_id: int) -> Contact:
        if contact_id is None:  # session.get(None) would warn "fully NULL primary key"
            raise NotFoundError("no contact given")
        with self.db.session() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(f"contact {contact_id} does not exist")
            return contact

    def me_id(self) -> int:
        """The owner's own profile, created empty on first use."""
        with self.db.write() as conn:
            found = conn.execute(select(Contact.id).where(Contact.is_me)).scalar()
            if found is not None:
                return found
            now = self.clock.now()
            return conn.execute(
                insert(Contact).values(is_me=True, given_name="", created_at=now, updated_at=now)
            ).inserted_primary_key[0]

    def count(self, archived: bool = False) -> int:
        with self.db.read() as conn:
            return conn.execute(
                select(func.count()).select_from(Contact).where(*_visible(archived))
            ).scalar_one()

    def list_rows(self, query: str = "", archived: bool = False, limit: int | None = None):
        """Rows for the contacts list, sorted by family then given name. A non-empty query
        searches names, company, position, topics and notes (prefix match, diacritics
        folded) and fills `snippet` with the matching part of the notes."""
        return self.page(ListFilter(text=query, archived=archived), limit=limit or -1)

    def page(
        self, flt: ListFilter = ListFilter(), sort: str = "name", descending: bool = False,
        offset: int = 0, limit: int = 200, snippets: bool = True,
    ) -> list[ContactRow]:
        """One page of the contacts list (limit -1: all). sort is one of contact_list.SORTS;
        a search is sorted by name too unless sort="relevance" (best match first).
        snippets=False leaves the notes snippets for notes_snippets() to make later."""
        now = self.clock.now()
        with self.db.read() as conn:
            rows = contact_list.page(conn, flt, now, local_today(self.clock), sort,
                                     descending, offset, limit, snippets)
        return rows

    def notes_snippets(self, ids: list[int], text: str) -> dict[int, str]:
        """For a search: the words around the first notes match of each of these contacts,
        the match in [ ]; "" where the notes do not match."""
        with self.db.read() as conn:
            return contact_list.notes_snippets(conn, ids, text)

    def count_rows(self, flt: ListFilter = ListFilter()) -> int:
        with self.db.read() as conn:
            return contact_list.count(conn, flt, self.clock.now(), local_today(self.clock))


def _visible(archived: bool):
    return (text(person(Contact.__tablename__)), Contact.archived.is_(archived))


def _birthday_columns(birthday: Birthday | None) -> dict[str, Any]:
    if birthday is None:
        return {"birthday_month": None, "birthday_day": None, "birthday_year": None}
    return {
        "birthday_month": birthday.month,
        "birthday_day": birthday.day,
        "birthday_year": birthday.year,
    }
