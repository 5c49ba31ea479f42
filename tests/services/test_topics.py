import pytest

from app.domain.enums import TopicKind
from app.services.base import ValidationError


def test_spellings_of_one_topic_reuse_it(services, person):
    first = services.topics.add(person, "Industrie 4.0", TopicKind.INTEREST)
    other = services.contacts.create(given_name="Ben")
    assert services.topics.add(other, "industrie-4.0", TopicKind.LOOKING_FOR) == first
    held = services.topics.of_contact(other)
    assert [(t.label, t.kind) for t in held] == [("Industrie 4.0", TopicKind.LOOKING_FOR)]


def test_same_topic_in_two_kinds_and_no_duplicates(services, person):
    services.topics.add(person, "Python", TopicKind.INTEREST)
    services.topics.add(person, "Python", TopicKind.OFFERING)
    services.topics.add(person, "python", TopicKind.OFFERING)
    assert sorted(t.kind for t in services.topics.of_contact(person)) == ["interest", "offering"]


def test_completion_uses_existing_labels(services, person):
    for label in ("Industrie 4.0", "Italienische Malerei", "Python"):
        services.topics.add(person, label, TopicKind.INTEREST)
    assert services.topics.complete("i") == ["Industrie 4.0", "Italienische Malerei"]
    assert services.topics.complete("ITAL") == ["Italienische Malerei"]
    assert services.topics.complete("") == []


def test_merge_moves_holders_and_keeps_the_old_spelling_as_alias(services, person):
    ml = services.topics.add(person, "Machine Learning", TopicKind.INTEREST)
    other = services.contacts.create(given_name="Ben")
    short = services.topics.add(other, "ML", TopicKind.INTEREST)
    services.topics.add(person, "ML", TopicKind.INTEREST)
    services.topics.merge(ml, short)
    assert [t.label for t in services.topics.of_contact(other)] == ["Machine Learning"]
    assert [t.label for t in services.topics.of_contact(person)] == ["Machine Learning"]
    third = services.contacts.create(given_name="Cem")
    assert services.topics.add(third, "ml", TopicKind.GOAL) == ml
    assert sorted(r.name for r in services.contacts.list_rows("machine")) == ["Ben", "Cem", "Maxi Müller"]


def test_alias_cannot_swallow_another_topic(services, person):
    a = services.topics.add(person, "Fußball", TopicKind.INTEREST)
    services.topics.add(person, "Football", TopicKind.INTEREST)
    with pytest.raises(ValidationError):
        services.topics.add_alias(a, "football")
    services.topics.add_alias(a, "Soccer")
    assert services.topics.add(person, "soccer", TopicKind.GOAL) == a


def test_empty_topic_is_refused(services, person):
    with pytest.raises(ValidationError):
        services.topics.add(person, " - ", TopicKind.INTEREST)
