"""Groups are created, edited, deleted and restored, and a group I typed in is suggested."""

import pytest

from app.domain.enums import TopicKind
from app.services.base import NotFoundError, ValidationError


def test_create_rename_and_give_topics_a_link_and_a_description(services):
    group = services.groups.create("Industrie 4.0 BW", url="xing.com/communities/groups/i40")
    services.groups.update(group, "  Industrie 4.0  Stuttgart ", "Monthly meetup",
                           "https://www.xing.com/communities/groups/i40", True,
                           ["Industrie 4.0", "Robotik"])
    row = services.groups.get(group)
    assert (row.name, row.description, row.url, row.i_am_member) == (
        "Industrie 4.0 Stuttgart", "Monthly meetup",
        "https://www.xing.com/communities/groups/i40", True)
    assert row.topics == ("Industrie 4.0", "Robotik")
    services.groups.update(group, "Industrie 4.0 Stuttgart", topics=["Robotik"])
    assert services.groups.get(group).topics == ("Robotik",)
    assert services.groups.get(group).url == ""  # cleared


def test_a_link_that_is_no_web_address_and_a_taken_name_are_refused(services):
    services.groups.create("Alumni")
    group = services.groups.create("Makers", url="https://makers.example.org")
    assert services.groups.get(group).url == "https://makers.example.org"
    with pytest.raises(ValidationError) as error:
        services.groups.create("Xing", url="not a link")
    assert error.value.field == "url"
    with pytest.raises(ValidationError):
        services.groups.update(group, "Makers", url="ftp://x.example.org")
    with pytest.raises(ValidationError):
        services.groups.update(group, "alumni".title())
    with pytest.raises(ValidationError):
        services.groups.update(group, "   ")
    with pytest.raises(NotFoundError):
        services.groups.update(999, "Nobody")
    assert services.groups.get(group).name == "Makers"


def test_members_are_added_and_removed_and_listed_by_name(services, person):
    eva = services.contacts.create(given_name="Eva", family_name="Adler")
    group = services.groups.create("Makers")
    services.groups.add_contact(group, person)
    services.groups.add_contact(group, eva)
    assert [m.name for m in services.groups.members(group)] == ["Eva Adler", "Maxi Müller"]
    services.groups.remove_contact(group, eva)
    assert [m.contact_id for m in services.groups.members(group)] == [person]
    assert services.groups.of_contact(person) == [group]


def test_a_deleted_group_comes_back_with_its_id_topics_and_members(services, person):
    group = services.groups.create("Makers", "We build", "makers.example.org", True, ["Robotik"])
    services.groups.add_contact(group, person)
    before = services.groups.get(group)
    deleted = services.groups.delete(group)
    assert services.groups.all() == [] and services.groups.of_contact(person) == []
    services.groups.restore(deleted)
    assert services.groups.get(group) == before
    assert services.groups.of_contact(person) == [group]
    with pytest.raises(NotFoundError):
        services.groups.delete(999)


def test_a_group_typed_in_by_hand_is_suggested_with_its_link(services, person):
    """From an empty database: a group with a topic and a link, me a member, a contact who
    looks for that topic -> the contact is suggested the group, with the link."""
    group = services.groups.create("Industrie 4.0 BW")
    services.groups.update(group, "Industrie 4.0 BW", "", "xing.com/communities/groups/i40",
                           True, ["Industrie 4.0"])
    services.topics.add(person, "industry 4.0", TopicKind.LOOKING_FOR)
    (suggestion,) = services.matching.group_suggestions(person)
    assert (suggestion.group_id, suggestion.name) == (group, "Industrie 4.0 BW")
    assert suggestion.url == "https://xing.com/communities/groups/i40"
    assert suggestion.reason.link == "looking_for"
    # not a member: no suggestion; a member of it already: none either
    services.groups.update(group, "Industrie 4.0 BW", topics=["Industrie 4.0"])
    assert services.matching.group_suggestions(person) == []
    services.groups.update(group, "Industrie 4.0 BW", i_am_member=True, topics=["Industrie 4.0"])
    services.groups.add_contact(group, person)
    assert services.matching.group_suggestions(person) == []


def test_restoring_a_group_whose_id_and_name_were_taken_since_keeps_both(services, person):
    group = services.groups.create("Makers", topics=["Robotik"])
    services.groups.add_contact(group, person)
    deleted = services.groups.delete(group)
    newer = services.groups.create("Makers")  # SQLite gives it the same id
    restored = services.groups.restore(deleted)
    assert restored != newer and services.groups.get(newer).name == "Makers"
    assert services.groups.get(restored).name == "Makers (2)"
    assert services.groups.get(restored).topics == ("Robotik",)
    assert services.groups.of_contact(person) == [restored]


def test_members_with_an_umlaut_sort_with_their_letter(services):
    """Özlem stood after Zoë, at the end of the member list."""
    group = services.groups.create("Makers")
    for given in ("Zoë", "Özlem", "Paul", "Oskar"):
        services.groups.add_contact(group, services.contacts.create(given_name=given))
    assert [m.name for m in services.groups.members(group)] == ["Oskar", "Özlem", "Paul", "Zoë"]
