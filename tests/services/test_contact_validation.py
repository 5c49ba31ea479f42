"""E-mail, phone and web address are checked by the contacts service (app.domain.validation),
so every way in obeys the same rule: the service itself, the CLI (`rapport add`), an import
(kindly: imported with a warning naming the field) and sync. The window's message next to
the field is in tests/ui/test_contact_fields.py."""

import pytest

from app.__main__ import main
from app.domain.clock import SystemClock
from app.services import Services
from app.services.base import ValidationError
from app.storage.database import Database


# --- the service ------------------------------------------------------------------------------
def test_the_service_normalises_what_it_accepts(services, person):
    services.contacts.update(person, emails=[{"value": " Maxi@Trumpf.EXAMPLE ", "label": "work"}],
                             phones=[{"value": "0711 1234567", "label": "mobile"},
                                     {"value": "  ", "label": ""}],
                             links=[{"value": "linkedin.com/in/maxi", "label": ""}])
    contact = services.contacts.get(person)
    assert contact.emails == [{"value": "Maxi@trumpf.example", "label": "work"}]
    assert contact.phones == [{"value": "+497111234567", "label": "mobile"}]  # blank dropped
    assert contact.links == [{"value": "https://linkedin.com/in/maxi", "label": ""}]


@pytest.mark.parametrize("field, value", [
    ("emails", "maxi-at-trumpf"), ("phones", "12"), ("phones", "call me"),
    ("links", "not a url"), ("links", "ftp://example.org"),
])
def test_the_service_refuses_a_bad_value_naming_the_field(services, person, field, value):
    with pytest.raises(ValidationError) as refused:
        services.contacts.update(person, **{field: [{"value": value, "label": ""}]})
    assert refused.value.field == field and refused.value.value == value
    assert getattr(services.contacts.get(person), field) == [], "nothing was written"
    with pytest.raises(ValidationError):
        services.contacts.create(given_name="Ben", **{field: [{"value": value, "label": ""}]})
    assert services.contacts.count() == 1


# --- the CLI ----------------------------------------------------------------------------------
def test_cli_add_checks_and_normalises(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["add", "Maxi Müller", "--email", "maxi@Trumpf.example", "--phone",
                 "0711 1234567", "--link", "linkedin.com/in/maxi", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Contact 1: Maxi Müller", "  e-mail: maxi@trumpf.example", "  phone: +497111234567",
        "  link: https://linkedin.com/in/maxi"]


@pytest.mark.parametrize("option, value, named", [
    ("--phone", "12", "--phone: “12” is not a phone number"),
    ("--email", "ben-at-example", "--email: “ben-at-example” is not an e-mail address"),
    ("--link", "no url", "--link: “no url” is not a web address"),
])
def test_cli_add_names_the_refused_field_and_exits_non_zero(tmp_path, capsys, option, value, named):
    data = tmp_path / "data"
    assert main(["add", "Ben Bauer", option, value, "--data-dir", str(data)]) == 2
    captured = capsys.readouterr()
    assert named in captured.err and "nothing was added" in captured.err
    assert captured.out == ""
    services = Services(Database.open(data / "rapport.db"), SystemClock())
    try:
        assert services.contacts.count() == 0
    finally:
        services.db.close()


# --- an import: kindly ------------------------------------------------------------------------
VCARD = """BEGIN:VCARD
VERSION:3.0
N:Bauer;Ben;;;
FN:Ben Bauer
TEL;TYPE=CELL:12
EMAIL:ben-at-example
URL:not a web address
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Demir;Cem;;;
FN:Cem Demir
TEL:0711 1234567
URL:example.org/cem
END:VCARD
"""


def test_an_import_keeps_the_person_and_warns_naming_each_bad_field(services, tmp_path):
    path = tmp_path / "people.vcf"
    path.write_text(VCARD, encoding="utf-8")
    report = services.imports.import_file(path)
    assert report.created == 2 and report.rejected == ()
    warned = sorted(p.reason.split(":")[0] for p in report.problems if not p.rejected)
    assert warned == ["e-mail", "link", "phone"]
    assert all(p.location.startswith("card 1") for p in report.problems)
    assert any("phone: '12' is not a phone number; imported as written" in p.reason
               for p in report.problems)
    ben = next(r for r in services.contacts.list_rows() if r.name == "Ben Bauer")
    assert [p["value"] for p in services.contacts.get(ben.id).phones] == ["12"], \
        "kept as written: the user can correct it"
    cem = next(r for r in services.contacts.list_rows() if r.name == "Cem Demir")
    assert [p["value"] for p in services.contacts.get(cem.id).phones] == ["+497111234567"]


def test_cli_add_says_it_in_german_for_a_german_locale(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "de_DE.UTF-8")
    assert main(["add", "Ben Bauer", "--phone", "12", "--data-dir", str(tmp_path / "d")]) == 2
    assert capsys.readouterr().err.strip() == (
        "rapport: --phone: „12“ ist keine Telefonnummer; es wurde nichts angelegt.")


def test_a_value_kept_by_an_import_does_not_block_adding_a_good_one(services, tmp_path):
    path = tmp_path / "people.vcf"
    path.write_text(VCARD, encoding="utf-8")
    services.imports.import_file(path)
    ben = next(r for r in services.contacts.list_rows() if r.name == "Ben Bauer").id
    old = services.contacts.get(ben).phones
    assert [p["value"] for p in old] == ["12"]  # kept as written
    services.contacts.update(ben, phones=[*old, {"value": "0711 1234567", "label": "mobile"}])
    assert [p["value"] for p in services.contacts.get(ben).phones] == ["12", "+497111234567"]
    with pytest.raises(ValidationError) as refused:  # a new bad value is still refused
        services.contacts.update(ben, phones=[*old, {"value": "13", "label": ""}])
    assert refused.value.field == "phones"
    with pytest.raises(ValidationError):  # and so is another contact's copy of the old one
        services.contacts.update(services.contacts.create(given_name="Ida"), phones=old)
