from app.domain.settings import Settings
from app.services.sample import SampleNetwork, is_empty


def test_settings_round_trip_and_defaults(services):
    assert services.settings.load() == Settings()
    changed = Settings(language="de", reminder_hour=7, backups_to_keep=3)
    services.settings.save(changed)
    assert services.settings.load() == changed


def test_sample_network_is_deterministic_and_realistic(services, tmp_path, clock):
    from app.services import Services
    from app.storage.database import Database

    assert is_empty(services.db)
    size = SampleNetwork(services.db, clock, services.events).generate(120, seed=3)
    assert size.contacts == 120 and size.interactions > 300 and size.promises > 40
    assert not is_empty(services.db)
    other_db = Database.open(tmp_path / "other.db")
    SampleNetwork(other_db, clock, services.events).generate(120, seed=3)
    first = [(r.name, r.company) for r in services.contacts.list_rows()]
    second = [(r.name, r.company) for r in Services(other_db, clock).contacts.list_rows()]
    assert first == second
    assert any(ch in "".join(n for n, _ in first) for ch in "äöüÄÖÜß")
    hits = services.contacts.list_rows("kaffee")
    assert hits, "sample notes are searchable"
    other_db.close()


def test_sample_titles_fit_the_person_and_their_language(services, clock):
    """A sample contact's title is in their language, and a German one in their form: no
    "Lea Braun, Vertriebsleiter" or "Isla Wood, Geschäftsführerin"."""
    from app.services.sample_data import FEMALE, GERMAN_TITLES

    SampleNetwork(services.db, clock, services.events).generate(300, seed=5)
    people = [services.contacts.get(row.id) for row in services.contacts.list_rows(limit=300)]
    english_forms = {forms[2] for forms in GERMAN_TITLES.values()}
    checked = 0
    for person in people:
        if person.language == "de" and person.position in GERMAN_TITLES:
            women, men, _english = GERMAN_TITLES[person.position]
            assert person.position == (women if person.given_name in FEMALE else men), (
                person.given_name, person.position)
            checked += 1
        elif person.language == "en":  # "Professor" is English too
            assert person.position not in set(GERMAN_TITLES) - english_forms, (
                person.given_name, person.position)
    assert checked > 20, "the sample has German titles at all"
