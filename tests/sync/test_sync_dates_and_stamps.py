"""Important dates over CardDAV between two devices and a phone, and the change stamp that
tells a sync which contacts changed here (migration 0013), against the real Radicale."""

from __future__ import annotations

import json

import pytest
import requests
from sqlalchemy import text

from app.domain.enums import Channel, Direction, TopicKind
from app.domain.important_dates import DateKind, ImportantDate
from app.sync.dav import CardDavClient, NoAddressBookError
from tests.sync.test_carddav_sync import contact_id, sync

APPLE_CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
              "N:Okafor;Chiamaka;;;\r\nFN:Chiamaka Okafor\r\n"
              "item1.X-ABDATE;type=pref:2015-06-21\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n"
              "item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-09-01\r\nitem2.X-ABLabel:Started at Lagos Fintech\r\n"
              "X-SOCIALPROFILE;type=twitter:https://twitter.com/chiamaka\r\n"
              "UID:phone-dates-1\r\nEND:VCARD\r\n")


def plain(dates) -> set[tuple]:
    return {(d.kind, d.month, d.day, d.year, d.yearly, d.label, d.alert_days) for d in dates}


def server_texts(account) -> list[str]:
    with CardDavClient(account.url, account.user, account.password) as client:
        client.discover()
        return [card.text for card in client.get_many(sorted(client.list_etags()))]


def test_important_dates_travel_both_ways_between_two_devices(devices, account):
    a, b = devices
    anna = a.services.contacts.create(given_name="Anna", family_name="Schmidt")
    a.services.dates.add(anna, ImportantDate(DateKind.ANNIVERSARY, 6, 21, 2012))
    a.services.dates.add(anna, ImportantDate(DateKind.CUSTOM, 3, 1, 2027, yearly=False,
                                             label="Launch of her shop", alert_days=7))
    assert sync(a, account).pushed == 1
    assert sync(b, account).pulled == 1
    anna_b = contact_id(b, "Anna Schmidt")
    assert plain(b.services.dates.of_contact(anna_b)) == plain(a.services.dates.of_contact(anna))

    b.later(5)  # B adds a work anniversary and drops the launch; A edits her company meanwhile
    b.services.dates.add(anna_b, ImportantDate(DateKind.WORK_ANNIVERSARY, 10, 1, 2019))
    launch = next(d for d in b.services.dates.of_contact(anna_b) if d.kind is DateKind.CUSTOM)
    b.services.dates.delete(launch.id)
    a.later(6)
    a.services.contacts.update(anna, company="Bosch")
    assert sync(b, account).pushed == 1
    report = sync(a, account)
    assert (report.pulled, report.pushed, report.conflicts) == (1, 1, 1)  # merged, sent back
    wanted = {(DateKind.ANNIVERSARY, 6, 21, 2012, True, "", 0),
              (DateKind.WORK_ANNIVERSARY, 10, 1, 2019, True, "", 0)}
    assert plain(a.services.dates.of_contact(anna)) == wanted
    assert sync(b, account).pulled == 1
    assert plain(b.services.dates.of_contact(anna_b)) == wanted
    assert b.services.contacts.get(anna_b).company == "Bosch"
    for device in (a, b):  # settled: no ping-pong
        again = sync(device, account)
        assert (again.pulled, again.pushed) == (0, 0)


def test_a_phones_apple_dates_arrive_and_go_back_once(devices, account):
    a, _b = devices
    response = requests.put(f"{account.book}phone-dates-1.vcf", data=APPLE_CARD.encode(),
                            auth=(account.user, account.password), timeout=10,
                            headers={"Content-Type": "text/vcard; charset=utf-8"})
    assert response.status_code == 201
    assert sync(a, account).pulled == 1
    chiamaka = contact_id(a, "Chiamaka Okafor")
    assert plain(a.services.dates.of_contact(chiamaka)) == {
        (DateKind.ANNIVERSARY, 6, 21, 2015, True, "", 0),
        (DateKind.CUSTOM, 9, 1, None, True, "Started at Lagos Fintech", 0)}
    a.later(5)
    a.services.contacts.update(chiamaka, position="CTO")
    assert sync(a, account).pushed == 1
    [card] = server_texts(account)
    assert card.count("X-ABDATE") == 2  # Rapport's own, not the phone's kept beside them
    assert "X-SOCIALPROFILE;TYPE=TWITTER:HTTPS://TWITTER.COM/CHIAMAKA" in card.upper()
    assert "Started at Lagos Fintech" in card and "TITLE:CTO" in card


def test_every_edit_that_travels_is_sent_and_nothing_else(devices, account):
    """The change stamp (migration 0013): topic, group, date and trash edits are found
    without comparing every contact; an interaction changes nothing on the card."""
    a, b = devices
    s = a.services
    anna = s.contacts.create(given_name="Anna", family_name="Schmidt")
    ben = s.contacts.create(given_name="Ben", family_name="Ng")
    assert sync(a, account).pushed == 2
    assert sync(b, account).pulled == 2
    s.interactions.log(anna, Channel.EMAIL, Direction.OUTBOUND, "Hello")
    assert sync(a, account).pushed == 0
    topic = s.topics.add(anna, "Robotik", TopicKind.INTEREST)
    assert sync(a, account).pushed == 1
    with a.db.write() as conn:  # a rename of the topic reaches every card that holds it
        conn.execute(text("UPDATE topic SET label = 'Robotics' WHERE id = :id"), {"id": topic})
    assert sync(a, account).pushed == 1
    group = s.groups.create("VDI Stuttgart")
    s.groups.add_contact(group, ben)
    assert sync(a, account).pushed == 1
    s.dates.add(ben, ImportantDate(DateKind.MET, 5, 4, 2024))
    assert sync(a, account).pushed == 1
    s.contacts.update(anna, company="Bosch")
    s.contacts.update(anna, company="")  # and back: compared, nothing to send
    assert sync(a, account).pushed == 0
    report = sync(b, account)
    assert report.pulled == 2
    b_anna, b_ben = contact_id(b, "Anna Schmidt"), contact_id(b, "Ben Ng")
    assert [t.label for t in b.services.topics.of_contact(b_anna)] == ["Robotics"]
    assert b.services.groups.of_contact(b_ben) and b.services.dates.of_contact(b_ben)
    s.contacts.trash(ben)
    assert sync(a, account).pushed == 1  # deleted there too
    assert len(server_texts(account)) == 1


def test_an_unchanged_book_costs_one_sync_collection_report(devices, account, monkeypatch):
    a, _b = devices
    a.services.contacts.create(given_name="Anna", family_name="Schmidt")
    assert sync(a, account).pushed == 1
    sent: list[tuple[str, str]] = []
    original = CardDavClient.request

    def request(client, method, url, *args, **kwargs):
        sent.append((method, url))
        return original(client, method, url, *args, **kwargs)

    monkeypatch.setattr(CardDavClient, "request", request)
    report = sync(a, account)
    assert (report.pulled, report.pushed, report.ok) == (0, 0, True)
    assert sent == [("REPORT", account.book)]  # no discovery, no listing, no GET
    monkeypatch.setattr(CardDavClient, "request", original)
    requests.request("DELETE", account.book, auth=(account.user, account.password),
                     timeout=10).raise_for_status()  # the book is gone: discovery again
    monkeypatch.setattr(CardDavClient, "request", request)
    sent.clear()
    with pytest.raises(NoAddressBookError):
        sync(a, account)
    assert [method for method, _url in sent[:2]] == ["REPORT", "PROPFIND"]


def _as_synced_before_the_stamp(device) -> None:
    """The mapping rows as a sync before migration 0013 left them: fields without "dates"
    (they did not travel yet), and the stamp unknown (what the migration writes)."""
    with device.db.write() as conn:
        for row_id, fields in conn.execute(text("SELECT id, fields FROM sync_card")).all():
            old = {k: v for k, v in json.loads(fields).items() if k != "dates"}
            conn.execute(text("UPDATE sync_card SET fields = :f, pushed_seq = -1 WHERE id = :id"),
                         {"f": json.dumps(old), "id": row_id})


def test_a_card_synced_before_the_stamp_and_deleted_on_the_phone_goes_to_the_trash(devices, account):
    """Deleted there, not edited here: the upgrade must not read the missing "dates" of
    the old snapshot as an edit and send the card again (replaces a test that only read
    the migration's column defaults)."""
    a, _b = devices
    s = a.services
    anna = s.contacts.create(given_name="Anna", family_name="Schmidt")
    ben = s.contacts.create(given_name="Ben", family_name="Ng")
    assert sync(a, account).pushed == 2
    _as_synced_before_the_stamp(a)
    assert sync(a, account).pushed == 0  # compared once, nothing to send
    _as_synced_before_the_stamp(a)
    [ben_href] = [href for href, text_ in _server_cards(account).items() if "Ben" in text_]
    requests.request("DELETE", ben_href, auth=(account.user, account.password),
                     timeout=10).raise_for_status()
    report = sync(a, account)
    assert (report.pulled, report.pushed) == (1, 0)
    assert [row.id for row in s.contacts.trashed()] == [ben]
    assert [c for c in _server_cards(account).values() if "Ben" in c] == []
    assert s.contacts.get(anna).deleted_at is None


def _server_cards(account) -> dict[str, str]:
    with CardDavClient(account.url, account.user, account.password) as client:
        client.discover()
        return {client.url_of(card.href): card.text
                for card in client.get_many(sorted(client.list_etags()))}
