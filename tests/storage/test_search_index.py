"""The FTS5 index follows every write: contacts, topics, interactions, renames, deletes."""

from app.domain.enums import TopicKind


def found(services, query):
    return [row.name for row in services.contacts.list_rows(query)]


def test_finds_by_name_prefix_and_folded_diacritics(services, person):
    assert found(services, "muller") == ["Maxi Müller"]
    assert found(services, "MÜL") == ["Maxi Müller"]
    assert found(services, "trum") == ["Maxi Müller"]
    assert found(services, "schmidt") == []


def test_finds_by_topic_and_note_and_follows_edits(services, person):
    services.topics.add(person, "Industrie 4.0", TopicKind.LOOKING_FOR)
    interaction = services.interactions.log(person, "meeting", "mutual", summary="Kaffee",
                                            notes="Sucht eine Weiterbildung in Café-Nähe")
    assert found(services, "industrie") == ["Maxi Müller"]
    assert found(services, "cafe") == ["Maxi Müller"]
    row = services.contacts.list_rows("weiterbild")[0]
    assert "[Weiterbildung]" in row.snippet
    services.interactions.edit(interaction, notes="Nur über Robotik gesprochen")
    assert found(services, "weiterbildung") == []
    assert found(services, "robotik") == ["Maxi Müller"]
    services.interactions.delete(interaction)
    assert found(services, "robotik") == []


def test_renamed_and_removed_topics_and_trashed_contacts(services, person):
    topic = services.topics.add(person, "Fussbal", TopicKind.INTEREST)
    from sqlalchemy import text

    with services.db.write() as conn:
        conn.execute(text("UPDATE topic SET label = 'Fußball' WHERE id = :id"), {"id": topic})
    assert found(services, "fußball") == ["Maxi Müller"]
    services.topics.remove(person, topic, TopicKind.INTEREST)
    assert found(services, "fußball") == []
    services.contacts.trash(person)
    assert found(services, "maxi") == []


def test_fts_syntax_in_the_query_is_harmless(services, person):
    for query in ['"', "AND", "OR NOT", "(", "-", "NEAR(", "*"]:
        assert services.contacts.list_rows(query) == [], query
    assert found(services, "max*") == ["Maxi Müller"], "a typed * is a plain prefix search"
