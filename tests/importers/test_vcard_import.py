"""vCard files as phones, Apple, Outlook and Rapport itself write them."""

from app.domain.enums import TopicKind
from app.services.importers.plan import Decision

from tests.importers.conftest import contact_by_name


def test_apple_card_with_bom_crlf_folding_item_labels_and_photo(services, fixture_file):
    report = services.imports.import_file(fixture_file("apple_contacts.vcf"))
    assert (report.created, report.merged, report.rejected) == (3, 0, ())
    maxi = contact_by_name(services, "Maxi Müller")
    assert maxi.nickname == "Max" and maxi.company == "Trumpf GmbH + Co. KG"
    assert maxi.position == "Ingenieurin"
    assert maxi.emails == [{"value": "maxi.mueller@trumpf.example", "label": "work"},
                           {"value": "maxi@posteo.example", "label": "home"}]
    assert maxi.phones == [{"value": "+491701234567", "label": "mobile"}]
    # item1.URL + item1.X-ABLabel:Xing — the custom label travels with the URL
    assert {"value": "https://www.xing.com/profile/Maxi_Mueller", "label": "Xing"} in maxi.links
    assert maxi.addresses[0]["city"] == "Stuttgart" and maxi.addresses[0]["label"] == "home"
    assert (maxi.birthday_month, maxi.birthday_day, maxi.birthday_year) == (4, 15, 1988)
    # a folded line and escaped comma and newline
    assert "zum Thema Industrie 4.0, spricht gern über Jazz.\nZweite Zeile." in maxi.about
    groups = {g.name for g in services.groups.all() if g.id in services.groups.of_contact(maxi.id)}
    assert groups == {"VDI Stuttgart", "Jazz-Freunde"}
    # the embedded JPEG is small enough to keep as her picture (issue 18), so no note
    assert services.photos.get(maxi.id)[:3] == b"\xff\xd8\xff"
    assert not any("photo" in note for note in report.notes)


def test_birthday_without_year_and_name_from_fn(services, fixture_file):
    services.imports.import_file(fixture_file("apple_contacts.vcf"))
    zoe = contact_by_name(services, "Zoë Laurent")
    assert (zoe.birthday_month, zoe.birthday_day, zoe.birthday_year) == (2, 29, None)


def test_vcard_21_quoted_printable_with_charsets_and_soft_breaks(services, fixture_file):
    services.imports.import_file(fixture_file("outlook_21.vcf"))
    juergen = contact_by_name(services, "Jürgen Schön")
    assert juergen.company == "Bäckerei Schön"  # UTF-8 QP
    assert juergen.about == "Liefert Brot für das Sommerfest. Sehr zuverlässig, spät erreichbar."
    assert {"value": "+491715550101", "label": "mobile"} in juergen.phones
    assert (juergen.birthday_month, juergen.birthday_day, juergen.birthday_year) == (1, 2, 1970)
    assert contact_by_name(services, "Anna Weber").phones == [{"value": "+4989123456", "label": "home"}]


def test_vcard_40_topics_with_details_and_yearless_birthday(services, fixture_file):
    services.imports.import_file(fixture_file("rapport_40.vcf"))
    lena = contact_by_name(services, "Lena Fischer")
    assert (lena.birthday_month, lena.birthday_day, lena.birthday_year) == (4, 15, None)
    assert lena.language == "en"
    held = {(t.kind, t.label, t.detail) for t in services.topics.of_contact(lena.id)}
    assert held == {
        (TopicKind.INTEREST, "Italienische Malerei", "vor allem Venedig"),
        (TopicKind.INTEREST, "Laufen", ""),  # HOBBY
        (TopicKind.OFFERING, "Python", ""),  # EXPERTISE
        (TopicKind.GOAL, "Nachhaltigkeit", ""),
        (TopicKind.LOOKING_FOR, "Industrie 4.0", "eine Weiterbildung"),
    }


def test_one_broken_card_among_good_ones(services, fixture_file):
    parsed = services.imports.read(fixture_file("one_broken_card.vcf"))
    assert [r.name for r in parsed.records] == ["Erika Eins", "Dario Drei"]
    rejected = [p for p in parsed.problems if p.rejected]
    assert [p.location for p in rejected] == ["card 2 (line 6)", "line 16"]
    assert "line 9" in rejected[0].reason and "no colon" in rejected[0].reason
    assert "END:VCARD" in rejected[1].reason
    kept_without = [p for p in parsed.problems if not p.rejected]
    assert kept_without[0].location == "card 3 (line 11)" and "BDAY" in kept_without[0].reason
    report = services.imports.write(services.imports.plan(parsed))
    assert report.created == 2 and len(report.rejected) == 2
    assert all(str(fixture_file("one_broken_card.vcf")) == p.file for p in report.problems)


def test_import_emits_one_change_notice_with_the_new_contacts(services, fixture_file):
    seen = []
    services.events.subscribe(seen.append)
    report = services.imports.import_file(fixture_file("apple_contacts.vcf"))
    assert len(seen) == 1 and seen[0].what == "contacts"
    assert set(seen[0].contact_ids) == set(report.contact_ids) and len(report.contact_ids) == 3


def test_importing_the_same_file_twice_merges_instead_of_doubling(services, fixture_file):
    services.imports.import_file(fixture_file("apple_contacts.vcf"))
    plan = services.imports.plan(services.imports.read(fixture_file("apple_contacts.vcf")))
    assert [item.decision for item in plan.items] == [Decision.MERGE] * 3
    assert plan.items[0].match.reason.startswith("e-mail")
    services.imports.write(plan)
    assert services.contacts.count() == 3
    assert len(contact_by_name(services, "Maxi Müller").emails) == 2


def test_contacts_found_by_search_after_import(services, fixture_file):
    services.imports.import_file(fixture_file("apple_contacts.vcf"))
    assert [r.name for r in services.contacts.list_rows("jazz")] == ["Maxi Müller"]
