"""Each cause of an importer traceback found by fuzzing, reproduced once (issue 16)."""

import pytest

from app.services.importers.plan import ImportFormatError
from tests.importers.conftest import FIXTURES

# One file per importer: (name, format)
IMPORTERS = [("rapport_40.vcf", "vcard"), ("Connections.csv", "linkedin_connections"),
             ("messages.csv", "linkedin_messages"), ("google_current.csv", "google_csv"),
             ("kontakte_semikolon.csv", "generic_csv")]


@pytest.mark.parametrize("name, format", IMPORTERS, ids=[f for _n, f in IMPORTERS])
def test_a_truncated_utf16_file_with_a_bom_is_read_up_to_the_cut(services, tmp_path, name, format):
    raw = (FIXTURES / name).read_bytes()
    text = raw.decode("utf-8-sig") if format != "generic_csv" else raw.decode("cp1252")
    encoded = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    path = tmp_path / name
    path.write_bytes(encoded[: len(encoded) // 2 + 1])  # cut in the middle of a character
    try:
        report = services.imports.import_file(path, format=format)
    except ImportFormatError as error:  # a clear refusal is fine; a traceback is not
        assert name in str(error)
    else:
        assert report.created + report.merged + len(report.problems) >= 0


@pytest.mark.parametrize("cell", ["-", "?", " - ", "?, -"])
def test_an_interests_cell_without_a_topic_imports_the_person_without_one(services, tmp_path, cell):
    path = tmp_path / "people.csv"
    path.write_text(f'Name,Interests\nAnna Bell,"{cell}"\nBob Carr,"Segeln, ?"\n', encoding="utf-8")
    report = services.imports.import_file(path)
    assert report.created == 2
    bob = next(r for r in services.contacts.list_rows() if r.name == "Bob Carr")
    assert [t.label for t in services.topics.of_contact(bob.id)] == ["Segeln"]


@pytest.mark.parametrize("text, format", [
    ("Name,Birthday\nAnna Bell,99999999999999999999-01-01\n", "generic_csv"),
    ("Name,Geburtstag\nAnna Bell,1.1.99999999999999999999\n", "generic_csv"),
    ("Name,Given Name,Family Name,Birthday\nAnna Bell,Anna,Bell,99999999999999999999-05-01\n", "google_csv"),
    ("BEGIN:VCARD\nVERSION:3.0\nN:Bell;Anna;;;\nBDAY:99999999999999999999-01-01\nEND:VCARD\n", "vcard"),
], ids=["csv-iso", "csv-dotted", "google", "vcard"])
def test_a_birthday_year_too_large_for_an_integer_is_left_out(services, tmp_path, text, format):
    path = tmp_path / ("in.vcf" if format == "vcard" else "in.csv")
    path.write_text(text, encoding="utf-8")
    report = services.imports.import_file(path, format=format)
    assert report.created + len(report.rejected) == 1
    for row in services.contacts.list_rows():
        assert services.contacts.get(row.id).birthday_year is None


@pytest.mark.parametrize("cadence", ["99999999999999999999", "9999999999", "0"])
def test_a_huge_cadence_in_a_vcard_is_ignored_and_today_still_works(services, tmp_path, cadence):
    path = tmp_path / "in.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Bell;Anna;;;\nFN:Anna Bell\n"
                    f"X-RAPPORT-CADENCE-DAYS:{cadence}\nEND:VCARD\n", encoding="utf-8")
    assert services.imports.import_file(path).created == 1
    (row,) = services.contacts.list_rows()
    assert services.contacts.get(row.id).cadence_days is None
    services.today.build()


def test_a_one_megabyte_bad_value_is_quoted_in_a_hundred_characters(services, tmp_path):
    huge = "x" * 100_000  # below the CSV field limit, so it reaches the parser
    path = tmp_path / "in.csv"
    path.write_text(f"Name,Met On,Birthday\nAnna Bell,{huge},{huge}\n", encoding="utf-8")
    report = services.imports.import_file(path)
    assert report.problems and all(len(str(p)) < 400 for p in report.problems)
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    f"Anna,Bell,,,,,{huge}\n", encoding="utf-8")
    report = services.imports.import_file(path, format="linkedin_connections")
    assert all(len(str(p)) < 400 for p in report.problems)
    path.write_text("x" * 1_000_000, encoding="utf-8")
    with pytest.raises(ImportFormatError) as error:
        services.imports.import_file(path, format="linkedin_connections")
    assert len(str(error.value)) < 400
