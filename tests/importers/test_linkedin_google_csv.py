"""LinkedIn's export, Google Contacts (current and legacy headers) and any other CSV."""

from datetime import date, datetime, timezone

import pytest

from app.domain.enums import Channel, Direction, TopicKind
from app.services.importers import detect_format
from app.services.importers.generic_csv import ColumnMapping, guess_mapping
from app.services.importers.plan import ImportFormatError

from tests.importers.conftest import contact_by_name


@pytest.mark.parametrize("name, expected", [
    ("apple_contacts.vcf", "vcard"), ("Connections.csv", "linkedin_connections"),
    ("messages.csv", "linkedin_messages"), ("google_current.csv", "google_csv"),
    ("google_legacy.csv", "google_csv"), ("kontakte_semikolon.csv", "generic_csv"),
])
def test_format_is_detected_from_the_content(fixture_file, name, expected):
    assert detect_format(fixture_file(name)) == expected


def test_linkedin_connections_after_the_notes_preamble(services, fixture_file):
    report = services.imports.import_file(fixture_file("Connections.csv"))
    assert report.created == 4
    maxi = contact_by_name(services, "Maxi Müller")
    assert maxi.company == "Trumpf" and maxi.position == "Engineer, Laser Systems"
    assert maxi.met_on == date(2023, 10, 15) and maxi.met_how == "LinkedIn"
    assert maxi.links == [{"value": "https://www.linkedin.com/in/maxi-mueller", "label": "LinkedIn"}]
    assert contact_by_name(services, "Priya Sharma").emails[0]["value"] == "priya@sharma.example"
    rejected = [(p.location, p.reason) for p in report.rejected]
    assert rejected == [("line 8", "no first or last name")]
    ola = contact_by_name(services, "Ola Nordmann")
    assert ola.met_on is None
    assert any(p.location == "line 9" and "Connected On" in p.reason for p in report.problems)


def test_linkedin_messages_become_interactions_with_direction(services, fixture_file):
    services.imports.import_file(fixture_file("Connections.csv"))
    report = services.imports.import_file(fixture_file("messages.csv"))
    assert report.merged == 2 and report.created == 1  # Sam Lee was not a connection
    assert report.interactions == 5
    assert any("Alex Berger" in note for note in report.notes)  # the detected owner
    maxi = contact_by_name(services, "Maxi Müller")
    history = services.interactions.of_contact(maxi.id)
    assert [(i.direction, i.channel) for i in history] == [
        (Direction.INBOUND, Channel.SOCIAL), (Direction.OUTBOUND, Channel.SOCIAL)]
    assert history[1].summary == "Hannover Messe"
    assert maxi.last_two_way_at == datetime(2024, 3, 2, 18, 40, 12, tzinfo=timezone.utc)
    priya = contact_by_name(services, "Priya Sharma")
    assert priya.unanswered_outbound == 2  # two messages into silence: waiting
    assert services.interactions.of_contact(priya.id)[-1].notes == "Hi Priya, are you going to PyCon?"
    assert [p.location for p in report.rejected] == ["line 8"]


def test_importing_messages_twice_adds_the_history_once(services, fixture_file):
    services.imports.import_file(fixture_file("messages.csv"))
    again = services.imports.import_file(fixture_file("messages.csv"))
    assert again.created == 0 and again.interactions == 0
    assert len(services.interactions.of_contact(contact_by_name(services, "Priya Sharma").id)) == 2


def test_messages_owner_can_be_given(services, fixture_file):
    parsed = services.imports.read(fixture_file("messages.csv"), owner="Maxi Müller")
    alex = next(r for r in parsed.records if r.name == "Alex Berger")
    assert alex.interactions[0]["direction"] == Direction.INBOUND
    with pytest.raises(ImportFormatError, match="Nobody Here"):
        services.imports.read(fixture_file("messages.csv"), owner="Nobody Here")


def test_google_current_header(services, fixture_file):
    report = services.imports.import_file(fixture_file("google_current.csv"))
    assert report.created == 2 and [p.location for p in report.rejected] == ["line 5"]
    sofia = contact_by_name(services, "Sofia Rossi")
    assert sofia.company == "Ferrari" and sofia.position == "Designer"
    assert sofia.emails == [{"value": "sofia.rossi@ferrari.example", "label": "work"},
                            {"value": "sofia@gmail.example", "label": "home"}]
    assert [p["value"] for p in sofia.phones] == ["+393331234567", "+39021234567"]  # E.164, as typed ones
    assert sofia.addresses[0]["value"] == "Via Roma 1, 20100 Milano"
    assert sofia.addresses[0]["country"] == "Italia"
    names = {g.id: g.name for g in services.groups.all()}
    assert [names[g] for g in services.groups.of_contact(sofia.id)] == ["Arte Milano"]  # not myContacts
    ben = contact_by_name(services, "Ben Schmidt")
    assert (ben.nickname, ben.birthday_month, ben.birthday_day, ben.birthday_year) == ("Benni", 12, 24, None)


def test_google_legacy_header_with_language_and_photo_columns(services, fixture_file):
    report = services.imports.import_file(fixture_file("google_legacy.csv"))
    hans = contact_by_name(services, "Hans Meier")
    assert hans.company == "Meier Consulting" and hans.position == "Berater"
    assert hans.emails == [{"value": "hans.meier@example.de", "label": "work"}]
    assert hans.links == [{"value": "https://www.xing.com/profile/Hans_Meier", "label": "xing"}]
    assert hans.about == "Vorstand im Segelclub" and hans.language == "de"
    held = {(t.kind, t.label) for t in services.topics.of_contact(hans.id)}
    assert held == {(TopicKind.INTEREST, "Segeln"), (TopicKind.INTEREST, "Schach")}
    names = {g.id: g.name for g in services.groups.all()}
    assert [names[g] for g in services.groups.of_contact(hans.id)] == ["Segelclub Bodensee"]
    eva = contact_by_name(services, "Eva")
    assert eva.birthday_month is None
    assert any(p.location == "line 3" and not p.rejected and "99.99." in p.reason
               for p in report.problems)


def test_any_csv_with_german_headers_semicolons_and_windows_encoding(services, fixture_file):
    rows = services.imports.preview_rows(fixture_file("kontakte_semikolon.csv"))
    assert rows[1][:2] == ["Jörg", "Häußler"]
    assert guess_mapping(rows).fields[:5] == ("given_name", "family_name", "company", "email", "phone")
    report = services.imports.import_file(fixture_file("kontakte_semikolon.csv"))
    joerg = contact_by_name(services, "Jörg Häußler")
    assert joerg.emails[0]["value"] == "joerg@festo.example"
    assert (joerg.birthday_day, joerg.birthday_month, joerg.birthday_year) == (12, 3, 1980)
    assert {t.label for t in services.topics.of_contact(joerg.id)} == {"Pneumatik", "Robotik"}
    assert [p.location for p in report.rejected] == ["line 4"]  # only a company, no person


def test_a_column_mapping_chosen_by_the_user(services, fixture_file):
    mapping = ColumnMapping(("nickname", "", "company", "", "", "", "", "", "notes"))
    parsed = services.imports.read(fixture_file("kontakte_semikolon.csv"), "generic_csv", mapping)
    first = parsed.records[0]
    assert (first.nickname, first.family_name, first.company) == ("Jörg", "", "Festo")
    assert first.about == "Trifft man auf der SPS"


def test_with_one_conversation_the_me_profile_decides_who_the_owner_is(services, tmp_path):
    from app.storage.tables import Contact

    path = tmp_path / "messages.csv"
    path.write_text(
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n"
        "c1,Sam Lee,https://www.linkedin.com/in/sam,Alex Berger,https://www.linkedin.com/in/alex,"
        "2024-01-01 10:00:00 UTC,Hi\n"
        "c1,Sam Lee,https://www.linkedin.com/in/sam,Alex Berger,https://www.linkedin.com/in/alex,"
        "2024-01-02 10:00:00 UTC,Hallo?\n", encoding="utf-8")
    guessed = services.imports.read(path)  # both are in every conversation: Sam wrote more
    assert [r.name for r in guessed.records] == ["Alex Berger"] and "guessed" in guessed.notes[0]
    with services.db.write() as conn:
        conn.execute(Contact.__table__.insert().values(is_me=True, given_name="Alex", family_name="Berger",
                                                       created_at=services.clock.now(),
                                                       updated_at=services.clock.now()))
    parsed = services.imports.read(path)  # I am Alex: Sam wrote to me twice
    assert [r.name for r in parsed.records] == ["Sam Lee"]
    assert [i["direction"] for i in parsed.records[0].interactions] == [Direction.INBOUND] * 2
