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
    a = services.topics.add(person, "Schach", TopicKind.INTEREST)
    services.topics.add(person, "Poker", TopicKind.INTEREST)
    with pytest.raises(ValidationError):
        services.topics.add_alias(a, "poker")
    services.topics.add_alias(a, "Scacchi")
    assert services.topics.add(person, "scacchi", TopicKind.GOAL) == a


def test_empty_topic_is_refused(services, person):
    with pytest.raises(ValidationError):
        services.topics.add(person, " - ", TopicKind.INTEREST)


def test_curated_aliases_make_german_and_english_names_meet(services, person):
    other = services.contacts.create(given_name="Ben")
    pairs = [("Fußball", "football"), ("Industrie 4.0", "Industry 4.0"),
             ("Machine Learning", "ML"), ("Künstliche Intelligenz", "AI")]
    for german, english in pairs:
        first = services.topics.add(person, german, TopicKind.INTEREST)
        assert services.topics.add(other, english, TopicKind.OFFERING) == first
    assert services.topics.add(other, "KI", TopicKind.GOAL) == services.topics.find("AI")
    assert "Machine Learning" in services.topics.complete("ML")


def test_rekey_recomputes_old_keys_and_merges_topics_that_now_meet(services, db, clock, person):
    from sqlalchemy import update

    from app.services import Services
    from app.storage.tables import Setting, Topic

    other = services.contacts.create(given_name="Ben")
    keep = services.topics.add(person, "Industrie 4.0", TopicKind.INTEREST)
    services.topics.add(person, "Fußball", TopicKind.INTEREST)
    # Simulate a database written by the first folding: separate topics with old keys.
    with db.write() as conn:
        conn.execute(update(Topic).where(Topic.id == keep).values(key="industrie 4.0"))
        drop = conn.execute(Topic.__table__.insert().values(label="Industry 4.0", key="industry 4.0")
                            ).inserted_primary_key[0]
        conn.execute(update(Setting).where(Setting.key == "topic_fold_version").values(value="1"))
    from app.storage.tables import ContactTopic

    with db.write() as conn:
        conn.execute(ContactTopic.__table__.insert().values(
            contact_id=other, topic_id=drop, kind="offering", detail=""))
    reopened = Services(db, clock)  # opening the DB runs the rekey once
    held = reopened.topics.of_contact(other)
    assert [(t.topic_id, t.label) for t in held] == [(keep, "Industrie 4.0")]
    assert reopened.topics.find("industry-4.0") == keep
    assert "Ben" in [r.name for r in reopened.contacts.list_rows("industrie")]  # re-indexed
    assert reopened.topics.rekey() == 0  # nothing left to do the second time


def test_topic_list_counts_holders_and_shows_aliases(services, person):
    ml = services.topics.add(person, "Machine Learning", TopicKind.INTEREST)
    services.topics.add(person, "Machine Learning", TopicKind.OFFERING)
    services.topics.add_alias(ml, "Statistisches Lernen")
    row = next(r for r in services.topics.all() if r.id == ml)
    assert (row.label, row.holders, row.aliases) == ("Machine Learning", 1, ("Statistisches Lernen",))
