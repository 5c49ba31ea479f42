"""Important dates of a contact (anniversaries, work anniversaries, "met on", the user's own
dated events) and the contact's past jobs, which a trigger keeps (migration 0009)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from app.domain.clock import as_utc
from app.domain.important_dates import DateKind, ImportantDate
from app.services.base import NotFoundError, Service, ValidationError
from app.storage.tables import Contact, ImportantDate as DateRow, PastJob

COLUMNS = (DateRow.id, DateRow.contact_id, DateRow.kind, DateRow.label, DateRow.month,
           DateRow.day, DateRow.year, DateRow.yearly, DateRow.alert_days)


@dataclass(frozen=True)
class PastJobRow:
    id: int
    contact_id: int
    company: str
    position: str
    ended_at: datetime


def row_to_date(row) -> ImportantDate:
    return ImportantDate(DateKind(row.kind), row.month, row.day, row.year, bool(row.yearly),
                         row.label, row.alert_days, row.id, row.contact_id)


def checked(value: ImportantDate) -> ImportantDate:
    """A date as stored: kind known, label trimmed (ValidationError otherwise)."""
    try:
        return replace(value, kind=DateKind(value.kind), label=value.label.strip())
    except ValueError as error:
        raise ValidationError("date", str(error)) from None


def date_values(value: ImportantDate) -> dict:
    return {"kind": value.kind.value, "label": value.label, "month": value.month,
            "day": value.day, "year": value.year, "yearly": value.yearly,
            "alert_days": value.alert_days}


def insert_dates(conn: Connection, rows: list[tuple[int, ImportantDate]], now) -> None:
    """Dates for contacts, in one Core insert (imports use it, inside their transaction)."""
    values = [{"contact_id": cid, "created_at": now, **date_values(checked(d))} for cid, d in rows]
    if values:
        conn.execute(insert(DateRow), values)


def dates_of(conn: Connection, contact_ids) -> dict[int, list[ImportantDate]]:
    found: dict[int, list[ImportantDate]] = {}
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(*COLUMNS).where(DateRow.contact_id.in_(ids[start:start + 500]))
                                .order_by(DateRow.month, DateRow.day, DateRow.id)):
            found.setdefault(row.contact_id, []).append(row_to_date(row))
    return found


def past_jobs_of(conn: Connection, contact_ids) -> dict[int, list[PastJobRow]]:
    found: dict[int, list[PastJobRow]] = {}
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), 500):
        for r in conn.execute(select(PastJob.id, PastJob.contact_id, PastJob.company,
                                     PastJob.position, PastJob.ended_at)
                              .where(PastJob.contact_id.in_(ids[start:start + 500]))
                              .order_by(PastJob.ended_at.desc(), PastJob.id.desc())):
            found.setdefault(r.contact_id, []).append(
                PastJobRow(r.id, r.contact_id, r.company, r.position, as_utc(r.ended_at)))
    return found


class ImportantDatesService(Service):
    def of_contact(self, contact_id: int) -> list[ImportantDate]:
        """In calendar order (month, day)."""
        with self.db.read() as conn:
            return dates_of(conn, [contact_id]).get(contact_id, [])

    def add(self, contact_id: int, value: ImportantDate) -> int:
        value = checked(value)
        with self.db.write() as conn:
            if conn.execute(select(Contact.id).where(Contact.id == contact_id)).first() is None:
                raise NotFoundError(f"contact {contact_id} does not exist")
            date_id = conn.execute(insert(DateRow).values(
                contact_id=contact_id, created_at=self.clock.now(), **date_values(value),
            )).inserted_primary_key[0]
        self.events.emit("contacts", contact_id)
        return date_id

    def edit(self, date_id: int, value: ImportantDate) -> None:
        value = checked(value)
        with self.db.write() as conn:
            contact_id = self._contact_of(conn, date_id)
            conn.execute(update(DateRow).where(DateRow.id == date_id).values(**date_values(value)))
        self.events.emit("contacts", contact_id)

    def get(self, date_id: int) -> ImportantDate:
        with self.db.read() as conn:
            row = conn.execute(select(*COLUMNS).where(DateRow.id == date_id)).first()
        if row is None:
            raise NotFoundError(f"date {date_id} does not exist")
        return row_to_date(row)

    def delete(self, date_id: int) -> None:
        with self.db.write() as conn:
            contact_id = self._contact_of(conn, date_id)
            conn.execute(delete(DateRow).where(DateRow.id == date_id))
        self.events.emit("contacts", contact_id)

    # --- past jobs --------------------------------------------------------------------------
    def past_jobs(self, contact_id: int) -> list[PastJobRow]:
        """Newest first."""
        with self.db.read() as conn:
            return past_jobs_of(conn, [contact_id]).get(contact_id, [])

    def delete_past_job(self, job_id: int) -> None:
        """A recorded "job change" that was only a typo being fixed."""
        with self.db.write() as conn:
            contact_id = conn.execute(select(PastJob.contact_id).where(PastJob.id == job_id)).scalar()
            if contact_id is None:
                raise NotFoundError(f"past job {job_id} does not exist")
            conn.execute(delete(PastJob).where(PastJob.id == job_id))
        self.events.emit("contacts", contact_id)

    @staticmethod
    def _contact_of(conn: Connection, date_id: int) -> int:
        contact_id = conn.execute(select(DateRow.contact_id).where(DateRow.id == date_id)).scalar()
        if contact_id is None:
            raise NotFoundError(f"date {date_id} does not exist")
        return contact_id
