import pytest

from app.domain.birthdays import Birthday
from app.services.base import NotFoundError, ValidationError


def test_create_get_update_and_one_notice_per_change(services):
    changes = []
    services.events.subscribe(changes.append)
    contact_id = services.contacts.create(given_name=" Anna ", family_name="Groß",
                                          birthday=Birthday(4, 15))  # fmt: skip
    services.contacts.update(contact_id, company="Zeiss", birthday=None, cadence_days=30)
    contact = services.contacts.get(contact_id)
    assert (contact.given_name, contact.company, contact.cadence_days) == ("Anna", "Zeiss", 30)
    assert contact.birthday_month is None
    assert [c.what for c in changes] == ["contacts", "contacts"]
    assert changes[0].contact_ids == (contact_id,)


@pytest.mark.parametrize(
    "fields, field",
    [({}, "name"), ({"given_name": "A", "language": "fr"}, "language"),
     ({"given_name": "A", "formality": "ihr"}, "formality"),
     ({"given_name": "A", "cadence_days": 0}, "cadence_days"),
     ({"given_name": "A", "shoe_size": 42}, "shoe_size")],
)  # fmt: skip
def test_bad_input_names_the_field_and_writes_nothing(services, fields, field):
    with pytest.raises(ValidationError) as error:
        services.contacts.create(**fields)
    assert error.value.field == field
    assert services.contacts.count() == 0


def test_clearing_every_name_is_refused(services, person):
    with pytest.raises(ValidationError):
        services.contacts.update(person, given_name="", family_name="")
    assert services.contacts.get(person).given_name == "Maxi"


def test_archive_trash_restore_and_empty_trash(services, person):
    other = services.contacts.create(given_name="Ben")
    services.contacts.set_archived(person, True)
    assert [r.name for r in services.contacts.list_rows()] == ["Ben"]
    assert [r.name for r in services.contacts.list_rows(archived=True)] == ["Maxi Müller"]
    services.contacts.set_archived(person, False)
    services.interactions.log(other, "email", "inbound", summary="Hallo")
    services.contacts.trash(other)
    assert [r.name for r in services.contacts.list_rows()] == ["Maxi Müller"]
    services.contacts.restore(other)
    assert len(services.interactions.of_contact(other)) == 1, "history survives the trash"
    services.contacts.trash(other)
    assert services.contacts.empty_trash() == 1
    with pytest.raises(NotFoundError):
        services.contacts.get(other)


def test_me_is_one_hidden_profile(services, person):
    me = services.contacts.me_id()
    assert services.contacts.me_id() == me
    assert [r.id for r in services.contacts.list_rows()] == [person]


def test_list_rows_show_follow_up_and_open_promises(services, person, clock):
    services.contacts.update(person, cadence_days=30)
    services.promises.add(person, "me", "Folien schicken")
    row = services.contacts.list_rows()[0]
    assert row.open_promises == 1
    assert row.next_follow_up.date().isoformat() == "2026-12-23"
