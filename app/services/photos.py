"""A small picture per contact. The UI makes the thumbnail (QImage, at most THUMBNAIL_PX on
its longer side, JPEG); this service stores what it is given, within MAX_BYTES, without Qt."""

from __future__ import annotations

import base64
import binascii

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.services.base import NotFoundError, Service, ValidationError
from app.storage.tables import Contact, ContactPhoto

THUMBNAIL_PX = 96
MAX_BYTES = 64 * 1024  # a 96 px JPEG is 3-8 KB; this only stops a wrong file
CHUNK = 500


def sniff(data: bytes) -> str | None:
    """The picture's type from its first bytes (a vCard's TYPE may be missing or wrong)."""
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    return None


class PhotosService(Service):
    def set(self, contact_id: int, data: bytes) -> None:
        mime = sniff(data)
        if mime is None:
            raise ValidationError("photo", "is not a JPEG or PNG picture")
        if len(data) > MAX_BYTES:
            raise ValidationError("photo", f"is larger than {MAX_BYTES // 1024} KB")
        with self.db.write() as conn:
            if conn.execute(select(Contact.id).where(Contact.id == contact_id)).first() is None:
                raise NotFoundError(f"contact {contact_id} does not exist")
            values = {"mime": mime, "data": base64.b64encode(data).decode("ascii"),
                      "updated_at": self.clock.now()}
            conn.execute(sqlite_insert(ContactPhoto).values(contact_id=contact_id, **values)
                         .on_conflict_do_update(index_elements=["contact_id"], set_=values))
        self.events.emit("contacts", contact_id)

    def remove(self, contact_id: int) -> None:
        with self.db.write() as conn:
            conn.execute(delete(ContactPhoto).where(ContactPhoto.contact_id == contact_id))
        self.events.emit("contacts", contact_id)

    def get(self, contact_id: int) -> bytes | None:
        return self.of_contacts([contact_id]).get(contact_id)

    def of_contacts(self, contact_ids) -> dict[int, bytes]:
        """The pictures of these contacts (those that have one), for the rows in view."""
        ids = sorted(set(contact_ids))
        found: dict[int, bytes] = {}
        with self.db.read() as conn:
            for start in range(0, len(ids), CHUNK):
                for cid, data in conn.execute(select(ContactPhoto.contact_id, ContactPhoto.data)
                                              .where(ContactPhoto.contact_id.in_(ids[start:start + CHUNK]))):
                    decoded = decode(data)
                    if decoded is not None:
                        found[cid] = decoded
        return found


def decode(data: str) -> bytes | None:
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None
