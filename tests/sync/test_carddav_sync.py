"""Two Rapport devices and a phone syncing through a real Radicale."""

from __future__ import annotations

import requests

from app.domain.birthdays import Birthday
from app.domain.enums import TopicKind
from app.services.exporters.rows import load_contacts
from app.sync.engine import sync_contacts
from app.sync.vcard_map import contact_fields


def sync(device, account):
    s = device.services
    return sync_contacts(s.db, s.clock, s.events, account.url, account.user, account.password)


def fields_by_name(device) -> dict[str, dict]:
    with device.db.read() as conn:
        return {f"{c.given_name} {c.family_name}": contact_fields(c) for c in load_contacts(conn)}


def contact_id(device, name: str) -> int:
    return next(r.id for r in device.services.contacts.list_rows() if r.name == name)


def add_three(device) -> None:
    s = device.services
    jg = s.contacts.create(
        given_name="Jürgen", family_name="Groß", nickname="Jo", company="Festo, Esslingen",
        position="Head of; Automation", emails=[{"value": "jg@example.org", "label": "work"},
                                                 {"value": "j@home.example", "label": "Verein"}],
        phones=[{"value": "+49 711 123456", "label": "mobile"}],
        links=[{"value": "https://example.org/jg", "label": "blog"}],
        addresses=[{"value": "Hauptstr. 1, 73728 Esslingen", "label": "work",
                    "street": "Hauptstr. 1", "city": "Esslingen", "postcode": "73728"}],
        birthday=Birthday(2, 29, None), about="Met at the fair.\nLikes trains, and boats.",
        met_how="Intro by Anna", met_where="Hannover Messe", language="en", formality="sie",
        cadence_days=30,
    )
    s.topics.add(jg, "Industrie 4.0", TopicKind.LOOKING_FOR, "eine Weiterbildung")
    s.topics.add(jg, "Robotik", TopicKind.INTEREST)
    s.topics.add(jg, "Mentoring", TopicKind.OFFERING, "for founders")
    s.topics.add(jg, "Marathon", TopicKind.GOAL, "unter 4 Stunden")
    for name in ("VDI Stuttgart", "Lauftreff, Esslingen"):
        s.groups.add_contact(s.groups.create(name), jg)
    ann = s.contacts.create(given_name="Anna", family_name="Schmidt", birthday=Birthday(4, 15, 1990),
                            emails=[{"value": "anna@example.org", "label": ""}])
    s.topics.add(ann, "Italian painting", TopicKind.INTEREST)
    s.contacts.create(given_name="Zoë", family_name="Ng", company="Acme")


def test_three_contacts_with_topics_reach_the_second_device_with_every_field(devices, account):
    a, b = devices
    add_three(a)
    first = sync(a, account)
    assert (first.pushed, first.pulled, first.ok) == (3, 0, True)
    second = sync(b, account)
    assert (second.pulled, second.pushed, second.ok) == (3, 0, True)
    assert fields_by_name(b) == fields_by_name(a)
    jg = fields_by_name(b)["Jürgen Groß"]
    assert jg["topics"]["looking_for|" + next(k.split("|")[1] for k in jg["topics"]
                                              if k.startswith("looking_for"))][2] == "eine Weiterbildung"
    assert (jg["language"], jg["formality"], jg["cadence_days"]) == ("en", "sie", 30)
    assert jg["groups"] == ["Lauftreff, Esslingen", "VDI Stuttgart"]
    # nothing left to do on either side: no ping-pong
    for device in (a, b, a):
        again = sync(device, account)
        assert (again.pulled, again.pushed, again.conflicts) == (0, 0, 0)


def test_two_devices_edit_different_fields_of_one_contact_and_both_are_kept(devices, account):
    a, b = devices
    add_three(a)
    sync(a, account), sync(b, account)
    b.later(5)
    b.services.contacts.update(contact_id(b, "Anna Schmidt"), company="Bosch")
    a.later(10)
    a.services.contacts.update(contact_id(a, "Anna Schmidt"),
                               phones=[{"value": "+49 30 555", "label": "work"}])
    a.services.topics.add(contact_id(a, "Anna Schmidt"), "Rudern", TopicKind.INTEREST)
    assert sync(b, account).pushed == 1
    merged = sync(a, account)
    assert (merged.pulled, merged.pushed, merged.conflicts, merged.ok) == (1, 1, 1, True)
    sync(b, account)
    for device in (a, b):
        anna = fields_by_name(device)["Anna Schmidt"]
        assert anna["company"] == "Bosch"
        assert anna["phones"] == [{"value": "+4930555", "label": "work"}]  # E.164, as stored
        assert {t[1] for t in anna["topics"].values()} == {"Italian painting", "Rudern"}
        assert "Sync conflict" not in anna["about"]
    assert fields_by_name(a) == fields_by_name(b)


def test_the_same_field_edited_on_both_the_newer_wins_and_the_other_is_kept_in_the_notes(
        devices, account):
    a, b = devices
    add_three(a)
    sync(a, account), sync(b, account)
    a.later(5)
    a.services.contacts.update(contact_id(a, "Zoë Ng"), company="Older GmbH")
    b.later(20)
    b.services.contacts.update(contact_id(b, "Zoë Ng"), company="Newer AG")
    sync(a, account)
    report = sync(b, account)
    assert report.conflicts == 1 and report.ok
    sync(a, account)
    for device in (a, b):
        zoe = fields_by_name(device)["Zoë Ng"]
        assert zoe["company"] == "Newer AG"
        assert "Sync conflict" in zoe["about"] and "Older GmbH" in zoe["about"]


def test_a_contact_deleted_on_one_device_and_edited_on_the_other_is_kept(devices, account):
    a, b = devices
    add_three(a)
    sync(a, account), sync(b, account)
    # A trashes Zoë while B edits her; B syncs first, then A
    a.services.contacts.trash(contact_id(a, "Zoë Ng"))
    b.services.contacts.update(contact_id(b, "Zoë Ng"), position="CTO")
    # B trashes Anna while A edits her; B syncs first (deletes on the server), then A
    b.services.contacts.trash(contact_id(b, "Anna Schmidt"))
    a.services.contacts.update(contact_id(a, "Anna Schmidt"), position="Curator")
    sync(b, account)
    report = sync(a, account)
    assert report.ok and report.conflicts >= 1
    sync(b, account)
    for device in (a, b):
        people = fields_by_name(device)
        assert people["Zoë Ng"]["position"] == "CTO"
        assert people["Anna Schmidt"]["position"] == "Curator"
        assert device.services.contacts.count() == 3


APPLE_CARD = """BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r
N:Rossi;Giulia;;;\r
FN:Giulia Rossi\r
ORG:Galleria;\r
item1.EMAIL;type=INTERNET;type=pref:giulia@example.it\r
item1.X-ABLabel:Atelier\r
TEL;type=CELL;type=VOICE;type=pref:+39 055 1234567\r
item2.X-SOCIALPROFILE;type=instagram;x-user=giulia.paints:http://instagram.com/giulia.paints\r
item2.X-ABLabel:Instagram\r
IMPP;X-SERVICE-TYPE=Signal;type=pref:signal:+390551234567\r
X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE:ABPerson\r
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR\r
 ofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAA\r
UID:phone-card-1\r
END:VCARD\r
"""


def test_a_phone_card_arrives_and_its_own_properties_survive_an_edit_in_rapport(devices, account):
    a, _b = devices
    url = account.book + "phone-card-1.vcf"
    put = requests.put(url, data=APPLE_CARD.encode(), auth=(account.user, account.password),
                       headers={"Content-Type": "text/vcard", "If-None-Match": "*"}, timeout=10)
    assert put.status_code == 201, put.text
    assert sync(a, account).pulled == 1
    giulia = fields_by_name(a)["Giulia Rossi"]
    assert giulia["company"] == "Galleria"
    assert giulia["emails"] == [{"value": "giulia@example.it", "label": "Atelier"}]
    assert giulia["phones"] == [{"value": "+39 055 1234567", "label": "mobile"}]
    a.later(5)
    a.services.contacts.update(contact_id(a, "Giulia Rossi"), position="Curator")
    a.services.topics.add(contact_id(a, "Giulia Rossi"), "Renaissance", TopicKind.INTEREST)
    assert sync(a, account).pushed == 1
    text = requests.get(url, auth=(account.user, account.password), timeout=10).text
    unfolded = text.replace("\r\n ", "")
    for kept in ("X-SOCIALPROFILE;", "x-user=giulia.paints", "http://instagram.com/giulia.paints",
                 "X-ABLabel:Instagram", "IMPP;", "signal:+390551234567", "X-ABUID:5AD380FD",
                 "PHOTO;", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR"
                 "ofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAA",
                 "UID:phone-card-1", "TITLE:Curator", "INTEREST:Renaissance", "X-ABLabel:Atelier"):
        assert kept.lower() in unfolded.lower(), kept  # Radicale upper-cases parameter names
    # the social profile keeps its own label group, apart from Rapport's labelled e-mail
    social_group = next(line.split(".")[0] for line in unfolded.splitlines() if "X-SOCIALPROFILE" in line)
    assert f"{social_group}.X-ABLabel:Instagram".lower() in unfolded.lower(), unfolded
    assert sync(a, account).pushed == 0


def test_the_sample_network_never_goes_to_the_real_address_book(devices, account):
    from app.services.sample import SampleNetwork

    a, _b = devices
    SampleNetwork(a.db, a.clock, a.services.events).generate(5, owner=False)
    add_three(a)
    first = sync(a, account)
    assert (first.pushed, first.ok) == (3, True)  # the three real people, not the made-up five


BAD_PHONE_CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bad-phone-1\r\nN:Bauer;Ben;;;\r\nFN:Ben Bauer\r\n"
                  "TEL;TYPE=CELL:12\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n")


def test_a_card_with_a_phone_the_service_would_refuse_is_kept_with_a_warning(devices, account):
    a, _b = devices
    put = requests.put(account.book + "bad-phone-1.vcf", data=BAD_PHONE_CARD.encode(),
                       auth=(account.user, account.password),
                       headers={"Content-Type": "text/vcard", "If-None-Match": "*"}, timeout=10)
    assert put.status_code == 201, put.text
    report = sync(a, account)
    assert report.ok and report.pulled == 1, "a warning, not a problem: the sync went fine"
    [warning] = report.warnings
    assert warning.startswith("vCard bad-phone-1: phones: “12” is not a phone number")
    assert fields_by_name(a)["Ben Bauer"]["phones"] == [{"value": "12", "label": "mobile"}]
