"""Xing's contacts export: the CSV (German headers, semicolons, Windows-1252) and its vCards
(PRODID -//XING//…, Latin-1). Each is its own format, every value reaches the JSON backup,
the profile link is a link labelled "xing", and a vCard 4 export brings all of it back."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import Services
from app.services.importers import detect_format, xing
from app.services.importers.plan import ImportFormatError
from app.services.importers.source import numbered_rows
from app.storage.database import Database
from tests.importers.test_outlook_excel_csv import backup_of, contact_in, groups_of


def test_both_xing_exports_are_their_own_format_as_xing_writes_them(fixture_file):
    for name, format in (("xing_kontakte.csv", "xing_csv"), ("xing_kontakt.vcf", "xing_vcard")):
        data = fixture_file(name).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")  # Latin-1 / Windows-1252, as Xing wrote them
        assert detect_format(fixture_file(name)) == format


def test_xing_csv_keeps_every_value_and_the_profile_link(services, fixture_file, tmp_path):
    report = services.imports.import_file(fixture_file("xing_kontakte.csv"))
    assert (report.created, report.merged) == (3, 0)
    # the row with neither a name nor an e-mail is rejected, and said where
    assert [(p.location, p.reason) for p in report.rejected] == [("line 5", "no name and no e-mail")]
    # the invalid e-mail is imported as written, with a warning for its record
    warned = [p.location for p in report.problems if not p.rejected and "not an e-mail" in p.reason]
    assert warned == ["line 3"]
    # a column Rapport has no field for is named in the report, not dropped silently
    assert "2 field(s) of 2 record(s) not imported: Premium-Mitglied" in report.notes
    backup = backup_of(services, tmp_path)
    anna = contact_in(backup, "Anna-Lena")
    assert (anna["family_name"], anna["company"], anna["position"]) == (
        "Weiß", "Müller & Söhne GmbH", "Leiterin Entwicklung")
    assert (anna["anrede"], anna["title"], anna["formality"]) == ("Frau", "Dr.", "sie")
    assert anna["emails"] == [{"value": "a.weiss@mueller-soehne.example", "label": "work"},
                              {"value": "anna.weiss@web.example", "label": "home"}]
    assert anna["phones"] == [{"value": "+497115550100", "label": "work"},
                              {"value": "+491705550123", "label": "mobile"},
                              {"value": "+497115550101", "label": "work fax"}]
    assert anna["links"] == [{"value": "https://www.xing.com/profile/AnnaLena_Weiss", "label": "xing"},
                             {"value": "https://www.mueller-soehne.example", "label": ""}]
    work, home = anna["addresses"]
    assert (work["label"], work["street"], work["postcode"], work["city"], work["country"]) == (
        "work", "Königstraße 12", "70173", "Stuttgart", "Deutschland")
    assert (home["label"], home["street"], home["city"]) == ("home", "Gärtnerweg 3", "Stuttgart")
    assert (anna["birthday_day"], anna["birthday_month"], anna["birthday_year"]) == (14, 3, 1988)
    assert anna["met_how"] == "Messe Hannover 2024"
    assert anna["about"] == 'Spricht gern über Industrie 4.0; "Lean" ist ihr Thema.\nBranche: Maschinenbau'
    assert groups_of(services, anna["id"]) == {"Kunden", "VDI"}
    oystein = contact_in(backup, "Øystein")
    assert oystein["birthday_month"] is None  # Xing's empty date "0.0.00" is no date, no warning
    assert not any("Geburtstag" in p.reason for p in report.problems)
    assert oystein["phones"] == [{"value": "+4722555010", "label": "work"}]
    assert oystein["links"] == [{"value": "https://www.xing.com/profile/Oystein_Braendle2", "label": "xing"}]
    kanzlei = contact_in(backup, "")
    assert kanzlei["nickname"] == "info@kanzlei-scholz.example"  # the e-mail names it
    assert kanzlei["links"][0]["label"] == "xing"


def test_xing_vcards_keep_every_value_the_profile_and_what_rapport_has_no_field_for(
        services, fixture_file, tmp_path):
    report = services.imports.import_file(fixture_file("xing_kontakt.vcf"))
    assert (report.created, report.rejected) == (2, ())
    assert "1 field(s) of 1 record(s) kept as written: X-XING-MEMBERSHIP" in report.notes
    backup = backup_of(services, tmp_path)
    bjoern = contact_in(backup, "Björn")
    assert (bjoern["family_name"], bjoern["anrede"], bjoern["title"]) == ("Schäfer", "Herr", "Prof.")
    assert (bjoern["company"], bjoern["position"]) == ("Hochschule Esslingen", "Professor für Regelungstechnik")
    assert bjoern["emails"] == [{"value": "b.schaefer@hochschule-esslingen.example", "label": "work"},
                                {"value": "bjoern.schaefer@gmx.example", "label": "home"}]
    assert bjoern["phones"] == [{"value": "+491715550177", "label": "mobile"},
                                {"value": "+497115550200", "label": "work"}]
    assert bjoern["links"] == [{"value": "https://www.hs-esslingen.example", "label": "work"},
                               {"value": "https://www.xing.com/profile/Bjoern_Schaefer3", "label": "xing"}]
    assert bjoern["addresses"][0]["region"] == "Baden-Württemberg"
    assert (bjoern["birthday_day"], bjoern["birthday_month"], bjoern["birthday_year"]) == (2, 11, 1971)
    assert bjoern["vcard_properties"] == [{"value": "X-XING-MEMBERSHIP:premium", "label": "X-XING-MEMBERSHIP"}]
    selin = contact_in(backup, "Selin")
    assert selin["links"] == [{"value": "https://www.xing.com/profile/Selin_Oeztuerk", "label": "xing"}]
    assert (selin["birthday_day"], selin["birthday_month"], selin["birthday_year"]) == (4, 7, None)
    assert selin["about"] == "Kennengelernt beim Logistik-Stammtisch, Hamburg"
    assert groups_of(services, selin["id"]) == {"Logistik", "Alumni"}


COMPARED = ("given_name", "family_name", "company", "position", "emails", "phones", "links",
            "addresses", "birthday_year", "birthday_month", "birthday_day", "about", "anrede",
            "title", "met_how", "vcard_properties")


def rows_of(table) -> list[list]:
    keep = [table["columns"].index(c) for c in COMPARED]
    return sorted([row[i] for i in keep] for row in table["rows"])


@pytest.mark.parametrize("name", ["xing_kontakte.csv", "xing_kontakt.vcf"])
def test_a_vcard_4_export_brings_every_xing_value_back(services, clock, fixture_file, tmp_path, name):
    services.imports.import_file(fixture_file(name))
    before = backup_of(services, tmp_path)["tables"]["contact"]
    out = tmp_path / "out.vcf"
    services.exports.export(out, "vcard4")
    text = out.read_bytes().decode("utf-8")
    assert "xing.com/profile/" in text
    assert text.count("https://www.xing.com/profile/Selin_Oeztuerk") == int(name.endswith(".vcf"))
    # into an empty Rapport: the same people with the same values, nothing lost on the way
    fresh_db = Database.open(tmp_path / "fresh" / "rapport.db", backup_dir=tmp_path / "fresh-backups")
    try:
        fresh = Services(fresh_db, clock)
        assert fresh.imports.import_file(out).created == len(before["rows"])
        assert rows_of(backup_of(fresh, tmp_path / "fresh")["tables"]["contact"]) == rows_of(before)
    finally:
        fresh_db.close()
    # and into the same one: every card meets its contact
    again = services.imports.import_file(out)
    assert again.created == 0 and again.merged == len(before["rows"])
    assert rows_of(backup_of(services, tmp_path)["tables"]["contact"]) == rows_of(before)


def test_a_csv_without_a_xing_profile_column_is_refused_in_words(services, tmp_path):
    path = tmp_path / "kein_xing.csv"
    path.write_text("Vorname;Nachname\nAnna;Weiß\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not a Xing contacts export"):
        services.imports.read(path, "xing_csv")
    assert services.contacts.count() == 0


HEADER = ("Anrede;Titel;Vorname;Nachname;Firma;Position;E-Mail (geschäftlich);Mobil (geschäftlich);"
          "Straße (geschäftlich);Ort (geschäftlich);Geburtstag;Xing-Profil;Schlagwörter;Notizen")
CELLS = st.one_of(
    st.sampled_from(["", "Frau", "Dr.", "Anna", "Weiß", "0.0.00", "31.02.1990", "14.03.1988", "x@y",
                     "a@b.example", "+49 170 5550123", "0170", "https://www.xing.com/profile/A_B",
                     "-", "?", '"', ";", "\n", "99999999999999999999", "Kunden, VDI"]),
    st.text(max_size=20),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(CELLS, min_size=0, max_size=16), max_size=8))
def test_any_xing_csv_is_read_whole_or_refused_in_words(rows):
    """No crash, no half-read row: every non-empty row is a record or a rejection with its
    line, every other problem names a line too; a broken file is an ImportFormatError."""
    text = HEADER + "\n" + "\n".join(";".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)
    try:
        parsed = xing.parse_csv(text, "xing.csv")
    except ImportFormatError as error:
        assert str(error).startswith("xing.csv: ") and len(str(error)) <= 300
        return
    data_rows = [row for _line, row in numbered_rows(text, "xing.csv")[1:] if any(c.strip() for c in row)]
    rejected = [p for p in parsed.problems if p.rejected]
    assert len(parsed.records) + len(rejected) == len(data_rows)
    for problem in parsed.problems:
        assert re.fullmatch(r"line \d+", problem.location) and problem.reason.strip()
    for record in parsed.records:
        assert record.has_name() or record.emails
        assert all(item["label"] == "xing" for item in record.links if "xing.com/profile/" in item["value"])

