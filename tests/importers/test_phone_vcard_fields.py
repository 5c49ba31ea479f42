"""vCard properties phones and mail programs write: tel: URIs, ANNIVERSARY, X-ABDATE with
X-ABLabel, X-SOCIALPROFILE, IMPP, RELATED; what has no field is reported; vCard 4 dates."""

from tests.importers.conftest import contact_by_name
from tests.importers.test_outlook_excel_csv import backup_of, contact_in


def test_phone_card_values_reach_the_backup(services, fixture_file, tmp_path):
    report = services.imports.import_file(fixture_file("phone_fields_40.vcf"))
    assert (report.created, report.rejected) == (2, ())
    lena = contact_in(backup_of(services, tmp_path), "Lena")
    # TEL;VALUE=uri:tel:+49-… is a number (not "tel:+49-…"), normalised like a typed one
    assert lena["phones"] == [{"value": "+491705550123", "label": "mobile"},
                              {"value": "+497115550100", "label": "work"},
                              {"value": "+497115550199", "label": "home"}]
    assert lena["links"] == [
        {"value": "https://www.xing.com/profile/Lena_Brandt", "label": "xing"},
        {"value": "https://www.linkedin.com/in/lenabrandt", "label": "linkedin"},
        {"value": "xmpp:lena@jabber.example", "label": "xmpp"}]
    assert (lena["anrede"], lena["title"], lena["company"]) == ("Frau", "Dr.", "Helix Labs")
    assert (lena["birthday_year"], lena["birthday_month"], lena["birthday_day"]) == (1988, 3, 14)
    # no field for these: kept in the notes, under their labels
    assert lena["about"] == ("Kennt sich mit Laborautomatisierung aus.\nDepartment: Forschung\n"
                             "Spouse: Jonas Brandt")
    # ANNIVERSARY and Apple's X-ABDATE with its X-ABLabel are important dates
    dates = services.dates.of_contact(contact_by_name(services, "Lena Brandt").id)
    assert [(d.kind, d.label, d.year, d.month, d.day, d.yearly) for d in dates] == [
        ("custom", "Firmengründung", 2019, 5, 4, True),
        ("anniversary", "", 2012, 6, 21, True), ("anniversary", "", 2015, 9, 1, True)]
    # an invalid e-mail is imported as written, with a warning naming the card
    assert lena["emails"][1]["value"] == "lena at home"
    warned = [(p.location, p.rejected) for p in report.problems if "e-mail" in p.reason]
    assert warned == [("card 1 (line 1)", False)]
    # what Rapport has no field for is kept with the contact as written, and said per file
    assert lena["vcard_properties"] == [
        {"value": "X-SOCIALPROFILE;TYPE=xing:https://www.xing.com/profile/Lena_Brandt",
         "label": "X-SOCIALPROFILE"},
        {"value": "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/lenabrandt",
         "label": "X-SOCIALPROFILE"},
        {"value": "IMPP:xmpp:lena@jabber.example", "label": "IMPP"},
        {"value": "GENDER:F", "label": "GENDER"},
        {"value": "X-CUSTOM-FLAVOUR:vanilla", "label": "X-CUSTOM-FLAVOUR"}]
    assert "3 field(s) of 2 record(s) kept as written: GENDER, X-CUSTOM-FLAVOUR" in report.notes
    assert not any("not imported: " in note and "GENDER" in note for note in report.notes)


def test_vcard_4_export_writes_rfc_6350_dates_and_reimports_without_loss(services, fixture_file, tmp_path):
    services.imports.import_file(fixture_file("phone_fields_40.vcf"))
    out = tmp_path / "out.vcf"
    services.exports.export(out, "vcard4")
    text = out.read_bytes().decode("utf-8")
    assert "BDAY:19880314\r\n" in text and "BDAY:--0415\r\n" in text
    assert "tel:" not in text  # no "TEL:tel:+49…"
    # the kept lines are written back as they were, the social profiles once (not also as URL)
    for line in ("GENDER:F", "GENDER:M", "X-CUSTOM-FLAVOUR:vanilla", "IMPP:xmpp:lena@jabber.example",
                 "X-SOCIALPROFILE;TYPE=xing:https://www.xing.com/profile/Lena_Brandt"):
        assert line + "\r\n" in text
    assert text.count("www.xing.com/profile/Lena_Brandt") == 1
    before = backup_of(services, tmp_path)["tables"]["contact"]["rows"]
    again = services.imports.import_file(out)
    assert again.created == 0  # every card meets its contact
    after = backup_of(services, tmp_path)["tables"]["contact"]["rows"]
    assert len(after) == len(before)
    columns = backup_of(services, tmp_path)["tables"]["contact"]["columns"]
    keep = [columns.index(c) for c in ("phones", "emails", "links", "about", "birthday_year",
                                       "vcard_properties",
                                       "birthday_month", "birthday_day", "anrede", "title")]
    assert [[r[i] for i in keep] for r in after] == [[r[i] for i in keep] for r in before]
    karl = contact_by_name(services, "Karl Kurz")
    assert (karl.birthday_month, karl.birthday_day, karl.birthday_year) == (4, 15, None)
