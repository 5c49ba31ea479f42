"""Relationships, photos and addresses survive vCard 4 (and 3) export → import into an
empty database, and JSON backup → restore, exactly (issue 18)."""

import pytest

from app.services import Services
from app.storage.database import Database
from tests.services.test_relationships_photos_trash import PNG

JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c"
    "1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0"
    "000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc4"
    "00b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1"
    "c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a"
    "636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5"
    "b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda00"
    "08010100003f00fbd3ffd9")


@pytest.fixture
def other(tmp_path, clock):
    database = Database.open(tmp_path / "other" / "rapport.db")
    yield Services(database, clock)
    database.close()


def network(services) -> None:
    create = services.contacts.create
    anna = create(given_name="Anna", family_name="Berg", addresses=[
        {"value": "Neckarhalde 3, 72070 Tübingen", "label": "home", "street": "Neckarhalde 3",
         "postcode": "72070", "city": "Tübingen", "country": "Deutschland"},
        {"value": "Hafenweg 1; Hamburg", "label": "Büro, Nord", "city": "Hamburg"}])
    thomas = create(given_name="Thomas", family_name="Klein")
    lea = create(given_name="Lea", family_name="Klein")
    kai = create(given_name="Kai", family_name="Ober")
    services.relationships.add(thomas, anna, "introduced_by")
    services.relationships.add(kai, thomas, "introduced_by")
    services.relationships.add(thomas, lea, "partner")
    services.relationships.add(lea, thomas, "family")
    services.relationships.add(anna, kai, "works_with")
    services.relationships.add(kai, lea, "knows")
    services.photos.set(anna, JPEG)
    services.photos.set(kai, PNG)


def people(services) -> list:
    """Each contact by name: addresses, photo and relationships (by name), in stable order."""
    result = []
    for row in services.contacts.list_rows():
        contact = services.contacts.get(row.id)
        related = sorted((r.kind.value, r.reverse, r.other_name)
                         for r in services.relationships.of_contact(row.id))
        result.append((row.name, contact.addresses, services.photos.get(row.id), related))
    return sorted(result, key=repr)


@pytest.mark.parametrize("format", ["vcard4", "vcard"])
def test_vcard_round_trip_keeps_relationships_photos_and_addresses(services, other, tmp_path, format):
    network(services)
    services.exports.export(tmp_path / "out.vcf", format)
    report = other.imports.import_file(tmp_path / "out.vcf")
    assert report.rejected == () and report.created == 4
    assert people(other) == people(services)
    assert len(people(other)[0][3]) >= 1


def test_a_related_person_outside_the_export_is_named_and_found_by_name(services, other, tmp_path):
    network(services)
    thomas = next(r.id for r in services.contacts.list_rows("Thomas"))
    text, _count = services.exports.vcard_text([thomas], "4.0")
    assert "RELATED;TYPE=x-introduced-by;VALUE=text:Anna Berg" in text
    assert "RELATED;TYPE=spouse;VALUE=text:Lea Klein" in text


def test_json_backup_restores_relationships_and_photos_exactly(services, other, tmp_path):
    network(services)
    services.exports.export(tmp_path / "backup.json", "json")
    counts = other.exports.restore(tmp_path / "backup.json")
    assert counts["relationship"] == 6 and counts["contact_photo"] == 2
    assert people(other) == people(services)
    assert [r.name for r in other.contacts.list_rows("tubingen")] == ["Anna Berg"]


def test_a_related_name_from_a_phone_links_to_a_contact_already_here(services, tmp_path):
    jonas = services.contacts.create(given_name="Jonas", family_name="Brandt")
    card = ("BEGIN:VCARD\r\nVERSION:4.0\r\nN:Brandt;Lena;;;\r\nFN:Lena Brandt\r\n"
            "RELATED;TYPE=spouse;VALUE=text:Jonas Brandt\r\nEND:VCARD\r\n")
    (tmp_path / "lena.vcf").write_text(card, encoding="utf-8")
    services.imports.import_file(tmp_path / "lena.vcf")
    assert [(r.kind.value, r.other_name) for r in services.relationships.of_contact(jonas)] == [
        ("partner", "Lena Brandt")]
