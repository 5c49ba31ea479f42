"""Duplicates are found before anything is written; a cancelled or failed import writes nothing."""

import pytest
from sqlalchemy import func, select

from app.services.importers import writer
from app.services.importers.plan import Decision, ImportCancelled
from app.storage.tables import Contact, ContactTopic, Group, Interaction, Topic

from tests.importers.conftest import contact_by_name

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n"


def vcf(tmp_path, *bodies, name="in.vcf"):
    path = tmp_path / name
    path.write_text("".join(CARD.format(body=b) for b in bodies), encoding="utf-8")
    return path


def decisions(services, path):
    plan = services.imports.plan(services.imports.read(path))
    return plan, [(i.decision, i.match.reason if i.match else None) for i in plan.items]


def test_matches_by_email_url_and_phone_in_any_spelling(services, tmp_path):
    services.contacts.create(given_name="Maxi", family_name="Müller",
                             emails=[{"value": "Maxi@Trumpf.example", "label": ""}])
    services.contacts.create(given_name="Ben", links=[{"value": "https://www.linkedin.com/in/ben/", "label": ""}])
    services.contacts.create(given_name="Cem", phones=[{"value": "+49 170 1234567", "label": ""}])
    path = vcf(tmp_path, "N:M.;Max;;;\r\nEMAIL:maxi@trumpf.example\r\n",
               "N:;Benjamin;;;\r\nURL:http://linkedin.com/in/ben?trk=x\r\n",
               "N:;C.;;;\r\nTEL:0170 / 123 45 67\r\n")
    _plan, found = decisions(services, path)
    assert found == [(Decision.MERGE, "e-mail maxi@trumpf.example"), (Decision.MERGE, "profile URL"),
                     (Decision.MERGE, "phone +491701234567")]  # (normalised as typed)


def test_a_similar_name_is_suggested_but_not_merged_by_default(services, tmp_path, person):
    plan, found = decisions(services, vcf(tmp_path, "N:Mueller;Maxi;;;\r\n"))
    assert found[0][0] is Decision.NEW and found[0][1].startswith("similar name")
    assert plan.items[0].match.contact_id == person and not plan.items[0].match.strong


def test_same_name_with_different_emails_is_two_people(services, tmp_path):
    services.contacts.create(given_name="Anna", family_name="Schmidt",
                             emails=[{"value": "anna@one.example", "label": ""}])
    _plan, found = decisions(services, vcf(tmp_path, "N:Schmidt;Anna;;;\r\nEMAIL:anna@two.example\r\n"))
    assert found == [(Decision.NEW, "same name")]
    _plan, found = decisions(services, vcf(tmp_path, "N:Schmidt;Anna;;;\r\nNOTE:no ids\r\n", name="b.vcf"))
    assert found == [(Decision.MERGE, "same name")]


def test_merge_fills_gaps_and_never_overwrites(services, tmp_path, person):
    services.contacts.update(person, about="Kennt sich mit Lasern aus",
                             emails=[{"value": "maxi@trumpf.example", "label": "work"}])
    path = vcf(tmp_path, "N:Müller;Maxi;;;\r\nORG:Bosch\r\nTITLE:CTO\r\nEMAIL:maxi@trumpf.example\r\n"
                         "EMAIL;TYPE=home:maxi@home.example\r\nNOTE:Läuft Marathon\r\nBDAY:--0415\r\n")
    report = services.imports.import_file(path)
    assert (report.created, report.merged) == (0, 1)
    maxi = services.contacts.get(person)
    assert maxi.company == "Trumpf" and maxi.position == "CTO"  # kept, filled
    assert [e["value"] for e in maxi.emails] == ["maxi@trumpf.example", "maxi@home.example"]
    assert maxi.about == "Kennt sich mit Lasern aus\n\nLäuft Marathon"
    assert (maxi.birthday_month, maxi.birthday_day) == (4, 15)


def test_a_person_twice_in_one_file_becomes_one_contact(services, tmp_path):
    path = vcf(tmp_path, "N:Eins;Erika;;;\r\nEMAIL:erika@example.org\r\n",
               "N:Eins;Erika;;;\r\nEMAIL:ERIKA@example.org\r\nTEL:0711 1\r\nCATEGORIES:VDI\r\n")
    report = services.imports.import_file(path)
    assert (report.created, report.merged) == (1, 1)
    erika = contact_by_name(services, "Erika Eins")
    assert erika.phones == [{"value": "0711 1", "label": ""}]
    assert services.groups.of_contact(erika.id)


def test_skip_leaves_a_record_out(services, fixture_file):
    plan = services.imports.plan(services.imports.read(fixture_file("apple_contacts.vcf")))
    plan.items[0].decision = Decision.SKIP
    report = services.imports.write(plan)
    assert (report.created, report.skipped) == (2, 1)
    assert "Maxi Müller" not in [r.name for r in services.contacts.list_rows()]


def counts(db):
    with db.read() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar()
                     for t in (Contact, Topic, ContactTopic, Group, Interaction))


def test_a_cancelled_import_writes_nothing(services, fixture_file, person):
    before = counts(services.db)
    plan = services.imports.plan(services.imports.read(fixture_file("messages.csv")))
    with pytest.raises(ImportCancelled):
        services.imports.write(plan, cancelled=lambda: True)
    assert counts(services.db) == before


def test_a_failure_midway_writes_nothing_and_search_still_works(services, fixture_file, person,
                                                                monkeypatch):
    before = counts(services.db)
    plan = services.imports.plan(services.imports.read(fixture_file("google_legacy.csv")))

    def broken(conn, holders):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "_insert_groups", broken)  # after contacts and topics went in
    with pytest.raises(RuntimeError):
        services.imports.write(plan)
    assert counts(services.db) == before
    services.contacts.create(given_name="Nach", family_name="Fehler")
    assert [r.name for r in services.contacts.list_rows("fehler")] == ["Nach Fehler"]


@pytest.mark.parametrize("stop_at", range(5))
def test_cancel_at_every_checkpoint_of_a_large_import_writes_nothing(services, person, tmp_path,
                                                                     stop_at):
    path = tmp_path / "many.vcf"
    path.write_text("".join(f"BEGIN:VCARD\nVERSION:3.0\nN:Nr{i};Person;;;\nEMAIL:p{i}@example.org\n"
                            f"INTEREST:Thema {i % 4}\nCATEGORIES:Gruppe {i % 3}\nEND:VCARD\n"
                            for i in range(2500)), encoding="utf-8")
    before = counts(services.db)
    plan = services.imports.plan(services.imports.read(path))
    calls = []
    with pytest.raises(ImportCancelled):
        services.imports.write(plan, cancelled=lambda: calls.append(1) or len(calls) > stop_at)
    assert counts(services.db) == before
    assert len(calls) == stop_at + 1


def test_merging_two_contacts_in_the_db_moves_everything_to_the_kept_one(services, person):
    from app.domain.birthdays import Birthday
    from app.domain.enums import TopicKind

    other = services.contacts.create(given_name="Maxi", family_name="Mueller", company="Bosch",
                                     emails=[{"value": "maxi@bosch.example", "label": "work"}],
                                     birthday=Birthday(4, 15, 1990), about="Läuft Marathon")
    services.interactions.log(other, "email", "inbound", "Antwort")
    services.promises.add(other, "me", "Buch schicken")
    services.topics.add(other, "Jazz", TopicKind.INTEREST)
    services.topics.add(person, "Jazz", TopicKind.INTEREST)  # both hold it: kept once
    group = services.groups.create("VDI")
    services.groups.add_contact(group, other)
    services.imports.merge_contacts(person, other, take={"birthday"})
    maxi = services.contacts.get(person)
    assert maxi.family_name == "Müller" and maxi.company == "Trumpf"  # kept, not taken
    assert (maxi.birthday_month, maxi.birthday_year) == (4, 1990) and maxi.about == "Läuft Marathon"
    assert maxi.emails == [{"value": "maxi@bosch.example", "label": "work"}]
    assert [i.summary for i in services.interactions.of_contact(person)] == ["Antwort"]
    assert maxi.last_two_way_at is not None
    assert [p.text for p in services.promises.of_contact(person)] == ["Buch schicken"]
    assert [t.label for t in services.topics.of_contact(person)] == ["Jazz"]
    assert services.groups.of_contact(person) == [group]
    assert [r.name for r in services.contacts.list_rows()] == ["Maxi Müller"]
    assert [r.id for r in services.contacts.list_rows("marathon")] == [person]
