"""Relationships between contacts, photos, the trash and searchable addresses (issue 18)."""

import pytest

from app.domain.relationships import RelationKind
from app.services.base import ValidationError

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000000000200015e2bd1b20000000049454e44ae426082")


def _two(services):
    anna = services.contacts.create(given_name="Anna", family_name="Berg")
    thomas = services.contacts.create(given_name="Thomas", family_name="Klein")
    return anna, thomas


def test_introduced_by_shows_on_both_pages_in_its_own_direction(services):
    anna, thomas = _two(services)
    services.relationships.add(thomas, anna, "introduced_by")
    [on_thomas] = services.relationships.of_contact(thomas)
    [on_anna] = services.relationships.of_contact(anna)
    assert (on_thomas.kind, on_thomas.other_name, on_thomas.reverse) == (
        RelationKind.INTRODUCED_BY, "Anna Berg", False)
    assert (on_anna.kind, on_anna.other_name, on_anna.reverse) == (
        RelationKind.INTRODUCED_BY, "Thomas Klein", True)


def test_a_symmetric_relationship_is_one_row_from_either_side(services):
    anna, thomas = _two(services)
    first = services.relationships.add(anna, thomas, "knows")
    assert services.relationships.add(thomas, anna, "knows") == first
    assert [r.other_name for r in services.relationships.of_contact(thomas)] == ["Anna Berg"]
    assert services.relationships.of_contact(thomas)[0].reverse is False
    services.relationships.remove(first)
    assert services.relationships.of_contact(anna) == []


@pytest.mark.parametrize("kind, other", [("enemy", 1), ("knows", 0)])
def test_bad_relationships_are_refused(services, kind, other):
    anna, thomas = _two(services)
    with pytest.raises(ValidationError):
        services.relationships.add(anna, anna if other == 0 else thomas, kind)


def test_people_who_know_each_other_are_not_suggested_for_an_introduction(services):
    anna, thomas = _two(services)
    services.topics.add(anna, "Robotik", "looking_for")
    services.topics.add(thomas, "Robotik", "offering")
    assert [i.b_id for i in services.matching.introductions_for(anna)] == [thomas]
    services.relationships.add(anna, thomas, "works_with")
    assert services.matching.introductions_for(anna) == []
    assert all({i.a_id, i.b_id} != {anna, thomas} for i in services.matching.network_introductions())


def test_a_photo_is_stored_read_and_removed(services, person):
    services.photos.set(person, PNG)
    assert services.photos.get(person) == PNG
    assert services.photos.of_contacts([person, 999]) == {person: PNG}
    services.photos.remove(person)
    assert services.photos.get(person) is None
    with pytest.raises(ValidationError):
        services.photos.set(person, b"GIF89a not a picture we keep")


def test_the_trash_lists_deleted_contacts_and_they_come_back(services, person):
    services.contacts.trash(person)
    assert [(r.id, r.name) for r in services.contacts.trashed()] == [(person, "Maxi Müller")]
    services.contacts.restore(person)
    assert services.contacts.trashed() == []
    services.contacts.trash(person)
    assert services.contacts.empty_trash() == 1
    assert services.contacts.trashed() == []


def test_a_contact_is_found_by_the_city_of_an_address(services, person):
    assert services.contacts.list_rows("Tübingen") == []
    services.contacts.update(person, addresses=[{"value": "Neckarhalde 3, 72070 Tübingen",
                                                 "label": "home", "city": "Tübingen"}])
    assert [r.id for r in services.contacts.list_rows("tubingen")] == [person]


def test_merging_two_related_duplicates_keeps_the_others_and_drops_the_self_link(services):
    anna, thomas = _two(services)
    anna2 = services.contacts.create(given_name="Anna", family_name="Berg")
    services.relationships.add(anna2, anna, "knows")
    services.relationships.add(thomas, anna2, "introduced_by")
    services.photos.set(anna2, PNG)
    services.imports.merge_contacts(anna, anna2)
    assert [(r.kind.value, r.reverse, r.other_name) for r in services.relationships.of_contact(anna)] == [
        ("introduced_by", True, "Thomas Klein")]
    assert services.photos.get(anna) == PNG


def test_a_backup_with_an_unknown_relationship_kind_is_refused(services, tmp_path):
    import json

    from app.services.exporters.backup import RestoreError

    anna, thomas = _two(services)
    services.relationships.add(anna, thomas, "knows")
    services.exports.export(tmp_path / "b.json", "json")
    data = json.loads((tmp_path / "b.json").read_text())
    block = data["tables"]["relationship"]
    block["rows"][0][block["columns"].index("kind")] = "enemy"
    (tmp_path / "b.json").write_text(json.dumps(data))
    with pytest.raises(RestoreError, match="relationship"):
        services.exports.restore(tmp_path / "b.json", force=True)
