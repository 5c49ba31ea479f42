"""Migration 0013: the change stamp a sync reads to find local changes. Every edit that shows
in a contact's vCard raises contact.change_seq, nothing else does, and the mapping rows of a
database synced before the stamp existed are marked "compare once" (pushed_seq -1)."""

from datetime import timedelta

from sqlalchemy import text

from app.domain.enums import Channel, Direction, PromiseOwner, TopicKind
from app.domain.important_dates import DateKind, ImportantDate


def stamp(db, contact_id: int) -> int:
    with db.read() as conn:
        return conn.execute(text("SELECT change_seq FROM contact WHERE id = :id"),
                            {"id": contact_id}).scalar()


def test_edits_that_travel_in_the_vcard_raise_the_stamp_and_nothing_else(services, db, clock):
    s = services
    anna = s.contacts.create(given_name="Anna", family_name="Schmidt")
    ben = s.contacts.create(given_name="Ben", family_name="Ng")
    seen = [stamp(db, anna)]

    def moved(by: int = 1) -> bool:
        now = stamp(db, anna)
        seen.append(now)
        return now == seen[-2] + by

    s.interactions.log(anna, Channel.EMAIL, Direction.OUTBOUND, "Hello")  # not in the card
    s.promises.add(anna, PromiseOwner.ME, "Folien schicken")
    assert moved(0)
    s.contacts.update(anna, company="Bosch")
    assert moved()
    topic = s.topics.add(anna, "Robotik", TopicKind.INTEREST)
    assert moved()
    with db.write() as conn:  # a topic renamed: every holder's card says it differently
        conn.execute(text("UPDATE topic SET label = 'Robotics' WHERE id = :id"), {"id": topic})
    assert moved()
    group = s.groups.create("VDI Stuttgart")
    s.groups.add_contact(group, anna)
    assert moved()
    s.groups.update(group, "VDI Baden-Württemberg")
    assert moved()
    date_id = s.dates.add(anna, ImportantDate(DateKind.ANNIVERSARY, 6, 21, 2012))
    assert moved()
    s.dates.edit(date_id, ImportantDate(DateKind.ANNIVERSARY, 6, 22, 2012))
    assert moved(2)  # the old and the new owner: the same contact here
    s.dates.delete(date_id)
    assert moved()
    clock.advance(timedelta(minutes=1))
    s.contacts.trash(anna)
    assert moved()
    assert stamp(db, ben) == 0  # others are left alone


# A card synced before the stamp existed (fields without "dates", pushed_seq -1), then
# compared once and deleted on the phone, against a real server:
# tests/sync/test_sync_dates_and_stamps.py::test_a_card_synced_before_the_stamp_and_deleted_on_the_phone_goes_to_the_trash
