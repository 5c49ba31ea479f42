"""DB -> vCard -> new DB and DB -> JSON backup -> new DB bring back every field."""

import json
from datetime import date

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from app.domain.birthdays import Birthday
from app.domain.enums import TopicKind
from app.domain.important_dates import DateKind, ImportantDate
from app.services import Services
from app.services.exporters.backup import RestoreError
from app.services.sample import SampleNetwork
from app.storage.database import Database

CONTACT_FIELDS = ("given_name", "family_name", "nickname", "company", "position", "emails", "phones",
                  "links", "addresses", "birthday_month", "birthday_day", "birthday_year", "met_how",
                  "met_where", "met_on", "about", "language", "formality", "cadence_days")


@pytest.fixture
def other(tmp_path, clock):
    database = Database.open(tmp_path / "other" / "rapport.db")
    yield Services(database, clock)
    database.close()


def tricky_contact(services) -> int:
    contact_id = services.contacts.create(
        given_name="Zoë", family_name="Ølund-Dupont; Jr.", nickname="Zo, the \\ one",
        company="Alte Firma, \"AG\"; Nord", position="Head of Sales\nEMEA",
        emails=[{"value": "zoe@example.org", "label": "work"},
                {"value": "z@private.example", "label": "Privat, bitte"}],
        phones=[{"value": "+491701234567", "label": "mobile"}],  # E.164, as the service stores it
        links=[{"value": "https://www.xing.com/profile/Zoe", "label": "Xing"},
               {"value": "https://www.linkedin.com/in/zoe", "label": "homepage"}],
        addresses=[{"value": "Königstraße 12, 70173 Stuttgart", "label": "home", "street": "Königstraße 12",
                    "city": "Stuttgart", "postcode": "70173"},
                   {"value": "Postfach 1\nHinterhaus \"B\"", "label": "Büro; alt"}],
        birthday=Birthday(4, 15), met_how="über Anna", met_where="Hannover Messe, Halle 9",
        met_on=date(2024, 4, 22), about="Erste Zeile\nZweite, mit Komma; und Semikolon: und \\ Backslash\n"
        + "lang " * 40, language="en", formality="sie", cadence_days=45,
    )
    # A number no rule accepts, as an import keeps it (written as is, with a warning):
    # the round trips must carry it too. The service would refuse it, so it goes in directly.
    from sqlalchemy import update

    from app.storage.tables import Contact

    with services.db.write() as conn:
        conn.execute(update(Contact).where(Contact.id == contact_id).values(phones=[
            {"value": "+491701234567", "label": "mobile"}, {"value": "0711 1", "label": ""}]))
    # a job change (kept as a past job), then every kind of important date
    services.contacts.update(contact_id, company="Müller & Söhne; GmbH", position="Leiterin F&E, Nord")
    for value in (ImportantDate(DateKind.ANNIVERSARY, 6, 21, 2012, alert_days=3),
                  ImportantDate(DateKind.ANNIVERSARY, 9, 1, label="Zweite; \"Hochzeit\""),
                  ImportantDate(DateKind.WORK_ANNIVERSARY, 2, 29, 2016, alert_days=60),
                  ImportantDate(DateKind.MET, 4, 22, 2024, label=""),
                  ImportantDate(DateKind.CUSTOM, 5, 4, 2027, False, "Firmengründung, Feier\n2. Teil", 7),
                  ImportantDate(DateKind.CUSTOM, 12, 24, None, True, "other")):
        services.dates.add(contact_id, value)
    services.topics.add(contact_id, "Italienische Malerei", TopicKind.INTEREST, "vor allem \"Venedig\", Tizian")
    services.topics.add(contact_id, "Industrie 4.0", TopicKind.LOOKING_FOR, "eine Weiterbildung\nab März")
    services.topics.add(contact_id, "Python", TopicKind.OFFERING)
    services.topics.add(contact_id, "Nachhaltigkeit", TopicKind.GOAL)
    for name in ("VDI Stuttgart", "Jazz, Blues & mehr"):
        services.groups.add_contact(services.groups.create(name), contact_id)
    return contact_id


def snapshot(services) -> list[tuple]:
    """Every field of every listed contact, with topics and groups, in a stable order."""
    names = {g.id: g.name for g in services.groups.all()}
    result = []
    for row in services.contacts.list_rows() + services.contacts.list_rows(archived=True):
        contact = services.contacts.get(row.id)
        topics = sorted((t.kind, t.label, t.detail) for t in services.topics.of_contact(row.id))
        groups = sorted(names[g] for g in services.groups.of_contact(row.id))
        dates = sorted(repr(d.__class__(*[getattr(d, f) for f in ("kind", "month", "day", "year",
                       "yearly", "label", "alert_days")])) for d in services.dates.of_contact(row.id))
        jobs = [(j.company, j.position, j.ended_at) for j in services.dates.past_jobs(row.id)]
        result.append((*(getattr(contact, f) for f in CONTACT_FIELDS), topics, groups, dates, jobs))
    return sorted(result, key=repr)


@pytest.mark.parametrize("format", ["vcard", "vcard4"])
def test_vcard_round_trip_keeps_every_field(services, other, tmp_path, format):
    tricky_contact(services)
    SampleNetwork(services.db, services.clock, services.events).generate(40)
    services.contacts.create(nickname="Nur Spitzname")
    result = services.exports.export(tmp_path / "out.vcf", format)
    assert result.contacts == 42
    report = other.imports.import_file(tmp_path / "out.vcf")
    assert report.rejected == () and report.created + report.merged == 42
    assert snapshot(other) == snapshot(services)
    zoe = next(row for row in snapshot(other) if row[0] == "Zoë")
    assert len(zoe[-2]) == 6 and len(zoe[-1]) == 1  # the dates and the past job did travel


def test_vcard_export_of_a_selection_only(services, tmp_path, person):
    chosen = tricky_contact(services)
    text, count = services.exports.vcard_text([chosen])
    assert count == 1 and "Zoë" in text and "Maxi" not in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded
    assert "INTEREST;X-RAPPORT-DETAIL=" in text and "EXPERTISE:Python" in text


def table_rows(db) -> dict:
    with db.read() as conn:
        return {t.name: conn.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in SQLModel.metadata.sorted_tables}


def test_json_backup_restores_every_table_exactly(services, other, tmp_path):
    tricky_contact(services)
    SampleNetwork(services.db, services.clock, services.events).generate(60)
    services.settings.set_value("first_run_done", True)
    ids = [r.id for r in services.contacts.list_rows(limit=3)]
    services.interactions.log(ids[0], "meeting", "mutual", "Zu dritt", with_contacts=ids[1:])
    services.exports.export(tmp_path / "backup.json", "json")
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert {"contact", "topic", "topic_alias", "group", "membership", "interaction", "promise",
            "reminder", "template", "setting", "journal_entry", "important_date", "past_job",
            "interaction_participant"} <= set(data["tables"])
    assert all(data["tables"][t]["rows"] for t in ("important_date", "past_job",
                                                   "interaction_participant"))
    counts = other.exports.restore(tmp_path / "backup.json")
    assert counts["contact"] == 62 and counts["interaction"] > 100
    assert table_rows(other.db) == table_rows(services.db)
    found = [r.id for r in other.contacts.list_rows("malerei ølund")]  # the search index is back
    assert found and found == [r.id for r in services.contacts.list_rows("malerei ølund")]


def test_restore_refuses_a_database_with_data_unless_forced(services, other, tmp_path, person):
    services.exports.export(tmp_path / "backup.json", "json")
    other.contacts.create(given_name="Schon", family_name="Da")
    with pytest.raises(RestoreError, match="not empty"):
        other.exports.restore(tmp_path / "backup.json")
    assert [r.name for r in other.contacts.list_rows()] == ["Schon Da"]
    other.exports.restore(tmp_path / "backup.json", force=True)
    assert [r.name for r in other.contacts.list_rows()] == ["Maxi Müller"]


@pytest.mark.parametrize("content, message", [
    ("{not json", "cannot be read"), ('{"format": "something"}', "not a Rapport backup"),
    ('{"format": "rapport-backup", "version": 1, "schema": "9999", "tables": {}}', "newer Rapport"),
    ('{"format": "rapport-backup", "version": 1, "schema": "0001", "tables": {"contact": '
     '{"columns": ["id", "created_at"], "rows": [[1, "yesterday"]]}}}', "table contact"),
])
def test_a_bad_backup_is_refused_with_a_reason_and_changes_nothing(other, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RestoreError, match=message):
        other.exports.restore(path)
    assert other.contacts.count() == 0


def test_csv_export_is_read_back_by_the_csv_import(services, other, tmp_path):
    tricky_contact(services)
    services.exports.export(tmp_path / "out.csv", "csv")
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel sees UTF-8
    other.imports.import_file(tmp_path / "out.csv")
    zoe = other.contacts.get(other.contacts.list_rows()[0].id)
    assert (zoe.given_name, zoe.company, zoe.met_on) == ("Zoë", "Müller & Söhne; GmbH", date(2024, 4, 22))
    assert [e["value"] for e in zoe.emails] == ["zoe@example.org", "z@private.example"]
    assert (zoe.birthday_month, zoe.birthday_day, zoe.birthday_year) == (4, 15, None)
    assert len(zoe.addresses) == 2


def test_a_failed_export_leaves_no_partial_file(services, tmp_path, person, monkeypatch):
    from app.services import exporters

    monkeypatch.setattr(exporters, "to_csv", lambda contacts: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        services.exports.export(tmp_path / "out.csv", "csv")
    assert list(tmp_path.glob("out.csv*")) == []
