"""Anrede and title come in from vCard (the N field's prefix), Outlook and Google CSV, and go
out again, so that drafts can say "Sehr geehrte Frau Dr. Müller"."""

import pytest

from app.domain.draft_language import parse_honorific
from app.services.importers import generic_csv, google_csv
from app.services.importers.vcard import parse_text


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("Frau Dr.", ("Frau", "Dr.")), ("Mr.", ("Herr", "")), ("Prof. Dr.", ("", "Prof. Dr.")),
     ("Ms Dr", ("Frau", "Dr.")), ("Herr Prof.", ("Herr", "Prof.")), ("", ("", ""))],
)
def test_a_name_prefix_becomes_anrede_and_title(prefix, expected):
    assert parse_honorific(prefix) == expected


def test_a_vcard_prefix_is_read():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Sabine;;Frau Dr.;\r\nFN:Sabine Müller\r\nEND:VCARD\r\n"
    record = parse_text(text, "x.vcf").records[0]
    assert (record.anrede, record.title, record.family_name) == ("Frau", "Dr.", "Müller")


def test_outlook_csv_title_is_the_prefix_beside_job_title():
    rows = [["Title", "First Name", "Last Name", "Job Title"], ["Dr.", "Klaus", "Weber", "CTO"]]
    mapping = generic_csv.guess_mapping(rows)
    record = generic_csv.parse(rows, "outlook.csv", mapping).records[0]
    assert (record.title, record.position) == ("Dr.", "CTO")
    german = [["Anrede", "Vorname", "Nachname"], ["Herr", "Klaus", "Weber"]]
    record = generic_csv.parse(german, "outlook.csv", generic_csv.guess_mapping(german)).records[0]
    assert record.anrede == "Herr"


def test_google_csv_name_prefix_is_read():
    text = "Name Prefix,First Name,Last Name,Labels\r\nMs.,Anna,Schmidt,* myContacts\r\n"
    record = google_csv.parse(text, "google.csv").records[0]
    assert (record.anrede, record.given_name) == ("Frau", "Anna")


def test_anrede_title_and_greeting_survive_an_export_and_import(services, tmp_path, clock):
    from app.services import Services
    from app.storage.database import Database

    contact = services.contacts.create(given_name="Sabine", family_name="Müller", anrede="Frau",
                                       title="Dr.", greeting_style="sehr_geehrte", formality="sie")
    text, _count = services.exports.vcard_text([contact])
    assert "N:Müller;Sabine;;Frau Dr.;" in text and "X-RAPPORT-GREETING:sehr_geehrte" in text
    path = tmp_path / "out.vcf"
    path.write_text(text, encoding="utf-8")
    database = Database.open(tmp_path / "other" / "rapport.db")
    try:
        other = Services(database, clock)
        report = other.imports.import_file(path)
        (new_id,) = report.contact_ids
        stored = other.contacts.get(new_id)
        assert (stored.anrede, stored.title, stored.greeting_style) == ("Frau", "Dr.", "sehr_geehrte")
        draft = other.drafts.render(new_id, "birthday", "de")
        assert draft.body.startswith("Sehr geehrte Frau Dr. Müller,")
    finally:
        database.close()
