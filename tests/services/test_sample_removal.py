"""Remove sample network: exactly the sample contacts and what hangs on them go, the user's
own contacts and the owner's profile stay, and put_back() restores every row as it was."""

from sqlalchemy import select, text

from app.domain.enums import Channel, Direction, TopicKind
from app.services.sample import SAMPLE_KEY, SampleNetwork
from app.services.sample_removal import SampleRemoval
from app.storage.tables import Contact

TABLES = ("contact", "contact_topic", "interaction", "promise", "membership", "reminder",
          "today_mark", "\"group\"", "group_topic", "setting", "relationship", "contact_photo")


def dump(services) -> dict:
    with services.db.read() as conn:
        return {t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}")).all()), key=repr)
                for t in TABLES}


def test_removes_exactly_the_sample_and_undo_restores_every_row(services):
    me = services.contacts.create(given_name="Ich", family_name="Selbst")
    with services.db.write() as conn:
        conn.execute(Contact.__table__.update().where(Contact.id == me).values(is_me=True))
    mine = services.contacts.create(given_name="Echte", family_name="Person")
    size = SampleNetwork(services.db, services.clock, services.events).generate(40, owner=False)
    sample_ids = SampleRemoval(services.db, services.clock, services.events).sample_ids()
    assert len(sample_ids) == size.contacts == 40 and me not in sample_ids and mine not in sample_ids
    one = sample_ids[0]
    # The user adds to a sample contact, and links a note of their own to one.
    services.topics.add(one, "Segeln", TopicKind.INTEREST)
    services.reminders.add("Anrufen", services.clock.now(), contact_id=one)
    services.interactions.log(mine, Channel.EMAIL, Direction.OUTBOUND, "Intro",
                              related_contact_id=one)
    services.interactions.log(mine, Channel.PHONE, Direction.MUTUAL, "Mine")
    services.relationships.add(mine, one, "introduced_by")  # both directions of a link
    services.relationships.add(sample_ids[1], mine, "introduced_by")
    services.photos.set(one, bytes.fromhex("89504e470d0a1a0a") + b"0" * 20)
    before = dump(services)

    removal = SampleRemoval(services.db, services.clock, services.events)
    removed = removal.remove()
    assert removed.contacts == 40
    after = dump(services)
    with services.db.read() as conn:
        left = conn.execute(select(Contact.id)).scalars().all()
        related = conn.execute(text("SELECT related_contact_id FROM interaction "
                                    "WHERE contact_id = :c AND summary = 'Intro'"), {"c": mine}).scalar()
    assert sorted(left) == sorted([me, mine])
    assert related is None  # only the link to the made-up person is cut
    assert len([r for r in after["interaction"]]) == 2  # the user's two notes stay
    assert after["reminder"] == [] and after["promise"] == []
    assert after["relationship"] == [] and after["contact_photo"] == []
    assert after["\"group\""] == []  # the sample's groups had only sample members
    assert services.settings.get_value(SAMPLE_KEY) is None
    assert removal.sample_ids() == []

    removal.put_back(removed)
    assert dump(services) == before


def test_first_run_sample_leaves_the_owner_profile_empty(services):
    SampleNetwork(services.db, services.clock, services.events).generate(10, owner=False)
    with services.db.read() as conn:
        assert conn.execute(select(Contact.id).where(Contact.is_me)).first() is None


def test_nothing_to_remove_without_a_sample(services, person):
    removal = SampleRemoval(services.db, services.clock, services.events)
    assert removal.sample_ids() == []
    assert removal.remove().contacts == 0
    assert services.contacts.get(person)
