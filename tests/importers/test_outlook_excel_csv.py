"""Outlook's CSV export (German and English headers, Windows-1252) and German Excel CSV
(semicolons, BOM or Windows-1252, dd.mm.yyyy): every value reaches the JSON backup."""

import json

import pytest

from app.services.importers import detect_format
from app.services.importers.outlook_csv import outlook_date

from tests.importers.conftest import contact_by_name


def backup_of(services, tmp_path) -> dict:
    path = tmp_path / "backup.json"
    services.exports.export(path, "json")
    return json.loads(path.read_text(encoding="utf-8"))


def contact_in(backup: dict, given: str) -> dict:
    table = backup["tables"]["contact"]
    contacts = [dict(zip(table["columns"], row)) for row in table["rows"]]
    found = [c for c in contacts if c["given_name"] == given]
    assert len(found) == 1, [c["given_name"] for c in contacts]
    return found[0]


def groups_of(services, contact_id) -> set[str]:
    ids = services.groups.of_contact(contact_id)
    return {g.name for g in services.groups.all() if g.id in ids}


@pytest.mark.parametrize("name", ["outlook_de.csv", "outlook_en.csv"])
def test_outlook_exports_are_their_own_format_and_windows_1252(fixture_file, name):
    data = fixture_file(name).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really as Outlook writes it
    assert detect_format(fixture_file(name)) == "outlook_csv"


def test_german_outlook_keeps_every_value_with_its_label(services, fixture_file, tmp_path):
    report = services.imports.import_file(fixture_file("outlook_de.csv"))
    assert (report.created, report.rejected) == (3, ())
    backup = backup_of(services, tmp_path)
    j = contact_in(backup, "Jördis Maria")
    assert (j["family_name"], j["company"], j["position"]) == ("Weißgerber", "Müller & Söhne GmbH", "Leiterin Einkauf")
    assert (j["anrede"], j["formality"]) == ("Frau", "sie")
    assert j["emails"] == [
        {"value": "joerdis.weissgerber@mueller-soehne.example", "label": ""},
        {"value": "joerdis@privat.example", "label": "email 2"},
        {"value": "jw@verein.example", "label": "email 3"}]
    assert j["phones"] == [
        {"value": "+49711223399", "label": "work fax"}, {"value": "+4971122330", "label": "work"},
        {"value": "+497112233 15".replace(" ", ""), "label": "work"}, {"value": "+49711998877", "label": "home"},
        {"value": "+491701234567", "label": "mobile"}, {"value": "Durchwahl 15", "label": "other"}]
    work, home, other = j["addresses"]
    assert (work["label"], work["street"], work["city"], work["postcode"], work["region"], work["country"]) == (
        "work", "Königstraße 12, 3. OG", "Stuttgart", "70173", "Baden-Württemberg", "Deutschland")
    assert (home["label"], home["street"], home["city"], home["postcode"], home["country"]) == (
        "home", "Gänsheidestraße 5", "Esslingen", "73728", "Deutschland")
    assert (other["label"], other["street"], other["city"], other["postcode"]) == (
        "other", "Am See 1", "Überlingen", "88662")
    assert (j["birthday_day"], j["birthday_month"], j["birthday_year"]) == (14, 3, 1988)
    assert j["links"] == [{"value": "https://www.mueller-soehne.example/team", "label": ""}]
    # Rapport has no field for these: kept in the notes, not dropped
    assert j["about"] == ("Trifft man auf der Hannover Messe.\nMag Espresso, keinen Filterkaffee.\n"
                          "Abteilung: Einkauf\nKinder: Ida, Jonas")
    # the Jahrestag is an important date (an anniversary), not a note any more
    assert [(d.kind, d.day, d.month, d.year) for d in services.dates.of_contact(j["id"])] == [
        ("anniversary", 21, 6, 2012)]
    joerdis = contact_by_name(services, "Jördis Maria Weißgerber")
    assert groups_of(services, joerdis.id) == {"Kunden", "VDI Stuttgart"}
    assert "Segeln" in json.dumps(backup, ensure_ascii=False)  # Hobby → an interest
    b = contact_in(backup, "Björn")
    assert (b["anrede"], b["birthday_month"]) == ("Herr", None)  # "0.0.00" is no date, no error
    assert [e["value"] for e in b["emails"]] == ["bjoern.oezdemir@festo.example", "bjoern@oezdemir.example"]
    assert not [p for p in report.problems if "0.0.00" in p.reason]
    # what it did not take is said per file; an address without "@" is kept, with a warning
    assert "3 field(s) of 2 record(s) not imported: Benutzer 1, Geschlecht" in report.notes
    assert [(p.location, p.rejected) for p in report.problems if "e-mail" in p.reason] == [("line 5", False)]
    assert contact_in(backup, "Käthe")["emails"][0]["value"] == "kaethe-ohne-at.example"


def test_english_outlook_keeps_every_value_and_leaves_local_numbers_as_written(services, fixture_file, tmp_path):
    report = services.imports.import_file(fixture_file("outlook_en.csv"))
    assert (report.created, report.rejected) == (2, ())
    backup = backup_of(services, tmp_path)
    s = contact_in(backup, "Siobhán Aoife")
    assert (s["family_name"], s["company"], s["position"], s["title"]) == (
        "O'Brien", "Acme Robotics Ltd.", "Head of Research", "Dr.")
    assert [e["value"] for e in s["emails"]] == ["siobhan@acme.example", "s.obrien@home.example",
                                                 "siobhan@meetup.example"]
    assert [(p["value"], p["label"]) for p in s["phones"]] == [
        ("+35315550199", "work fax"), ("+35315550100", "work"), ("+35315550101", "work"),
        ("+353215550123", "home"), ("+353875550199", "mobile"), ("ext. 204", "other")]
    assert [(a["label"], a["city"], a["country"]) for a in s["addresses"]] == [
        ("work", "Dublin", "Ireland"), ("home", "Cork", "Ireland"), ("other", "Paris", "France")]
    assert s["addresses"][0]["postcode"] == "D02 XY12" and s["addresses"][0]["region"] == "Leinster"
    assert (s["birthday_month"], s["birthday_day"], s["birthday_year"]) == (3, 14, 1988)
    assert "Anniversary" not in s["about"] and "Department: Research" in s["about"]
    [dated] = backup["tables"]["important_date"]["rows"]  # the anniversary is a date now
    names = backup["tables"]["important_date"]["columns"]
    assert {k: dict(zip(names, dated))[k] for k in ("contact_id", "kind", "year", "month", "day")} \
        == {"contact_id": s["id"], "kind": "anniversary", "year": 2012, "month": 6, "day": 21}
    assert "Spouse: Ciarán" in s["about"] and s["about"].startswith("Met at Automatica, Munich.\nPrefers tea.")
    assert s["links"][0]["value"] == "https://acme.example/siobhan"
    z = contact_in(backup, "Zoë")
    # no country code in an English file: not guessed as German
    assert z["phones"] == [{"value": "(555) 010-2000", "label": "work"},
                           {"value": "+14155550142", "label": "mobile"}]
    assert (z["anrede"], z["birthday_month"]) == ("Herr", None)
    assert groups_of(services, contact_by_name(services, "Zoë Ng").id) == {"Clients"}
    assert "2 field(s) of 1 record(s) not imported: Gender, User 1" in report.notes


def test_outlook_dates():
    assert outlook_date("0.0.00", True) is None and outlook_date("0/0/00", False) is None
    assert outlook_date("15.4.1988", True).iso() == "1988-04-15"
    assert outlook_date("4/15/1988", False).iso() == "1988-04-15"
    assert outlook_date("15/4/1988", False).iso() == "1988-04-15"  # en-GB: day first
    with pytest.raises(ValueError):
        outlook_date("gestern", True)


def test_importing_an_outlook_file_twice_adds_nothing(services, fixture_file):
    services.imports.import_file(fixture_file("outlook_de.csv"))
    again = services.imports.import_file(fixture_file("outlook_de.csv"))
    assert again.created == 0


@pytest.mark.parametrize("name, encoding", [("excel_de_bom.csv", "UTF-8 with BOM"),
                                            ("excel_de_cp1252.csv", "Windows-1252")])
def test_german_excel_csv_semicolons_sniffed_with_encoding(services, fixture_file, tmp_path, name, encoding):
    path = fixture_file(name)
    assert services.imports.csv_dialect(path) == (";", encoding)
    report = services.imports.import_file(path)
    assert (report.created, report.rejected) == (3, ())
    backup = backup_of(services, tmp_path)
    j = contact_in(backup, "Jürgen")
    assert (j["family_name"], j["company"]) == ("Weiß", "Bäckerei Weiß")
    assert j["emails"] == [{"value": "juergen@baeckerei.example", "label": ""}]
    assert [p["value"] for p in j["phones"]] == ["+497115550101", "+491715550102"]
    assert (j["birthday_day"], j["birthday_month"], j["birthday_year"]) == (3, 4, 1975)
    assert j["about"] == "Brötchen; Brezeln"
    a = contact_in(backup, "Änne")
    assert (a["family_name"], a["birthday_day"], a["birthday_month"], a["birthday_year"]) == ("Fuß", 29, 2, 1996)
    assert contact_in(backup, "Ömer")["phones"][0]["value"] == "+49305550103"
    assert groups_of(services, contact_by_name(services, "Änne Fuß").id) == {"VDI", "Kunden"}
    # "Umsatz" has no Rapport field: named in the report, not dropped silently
    assert "2 field(s) of 2 record(s) not imported: Umsatz" in report.notes


def test_colleagues_sharing_a_homepage_and_switchboard_are_two_people(services, tmp_path):
    path = tmp_path / "kollegen.csv"
    path.write_bytes(("Vorname,Nachname,E-Mail-Adresse,Telefon Firma,Mobiltelefon,Webseite\r\n"
                      "Anna,Alt,,0711 347-0,0170 1111111,https://www.festo.example/\r\n"
                      "Bernd,Bär,,0711 347-0,0170 2222222,https://www.festo.example\r\n").encode("cp1252"))
    report = services.imports.import_file(path)
    assert (report.created, report.merged) == (2, 0)


def test_thunderbird_headers_split_birthday_and_labels_from_the_header(services, fixture_file, tmp_path):
    report = services.imports.import_file(fixture_file("thunderbird.csv"))
    assert (report.created, report.rejected) == (2, ())
    g = contact_in(backup_of(services, tmp_path), "Greta")
    assert [e["value"] for e in g["emails"]] == ["greta@work.example", "greta@home.example"]
    assert g["phones"] == [{"value": "+497115550140", "label": "work"}, {"value": "+497115550141", "label": "home"},
                           {"value": "+497115550142", "label": "fax"},
                           {"value": "+491705550143", "label": "mobile"}]
    assert [link["value"] for link in g["links"]] == ["https://greta.example",
                                                      "https://www.xing.com/profile/Greta_Gaertner"]
    assert (g["birthday_year"], g["birthday_month"], g["birthday_day"]) == (1979, 11, 23)
    # 31 April is no date: the person is imported, the birthday is named as left out
    assert [p.location for p in report.problems if "birthday" in p.reason] == ["line 3"]
    assert "1 field(s) of 1 record(s) not imported: Screen Name" in report.notes


def test_outlook_with_semicolons_is_sniffed_not_assumed(services, fixture_file, tmp_path):
    text = fixture_file("outlook_de.csv").read_bytes().decode("cp1252")
    path = tmp_path / "outlook_semikolon.csv"
    path.write_bytes(text.replace('","', '";"').encode("cp1252"))
    assert services.imports.csv_dialect(path) == (";", "Windows-1252")
    assert detect_format(path) == "outlook_csv"
    report = services.imports.import_file(path)
    assert (report.created, report.rejected) == (3, ())
    assert len(contact_by_name(services, "Jördis Maria Weißgerber").phones) == 6
