"""Protocol paths: incremental sync-collection, the full ETag listing where a server has no
sync-collection, and a card changed on the server between our read and our PUT (412)."""

from __future__ import annotations

import requests

from app.sync.dav import CardDavClient
from app.sync.engine import ContactSync, sync_contacts
from tests.sync.test_carddav_sync import add_three, contact_id, fields_by_name, sync


class _NoSyncCollection(CardDavClient):
    def discover(self):
        book = super().discover()
        self.sync_collection = False
        return book

    def changes_since(self, token):  # never asked
        raise AssertionError("sync-collection used on a server without it")


class _Counting(CardDavClient):
    fetched: list[str] = []

    def get_many(self, hrefs):
        type(self).fetched.extend(hrefs)
        return super().get_many(hrefs)


def run(device, client_class, account):
    with client_class(account.url, account.user, account.password) as client:
        return ContactSync(device.db, device.clock, device.services.events, client).run()


def test_radicale_offers_sync_collection_and_a_second_sync_fetches_only_the_changed_card(
        devices, account):
    a, b = devices
    add_three(a)
    sync(a, account), sync(b, account)
    a.later(5)
    a.services.contacts.update(contact_id(a, "Zoë Ng"), position="CEO")
    sync(a, account)
    _Counting.fetched = []
    report = run(b, _Counting, account)
    assert report.pulled == 1
    assert len(_Counting.fetched) == 1 and _Counting.fetched[0].endswith(".vcf")
    with CardDavClient(account.url, account.user, account.password) as client:
        client.discover()
        assert client.sync_collection


def test_without_sync_collection_the_etag_listing_finds_creates_changes_and_deletes(devices, account):
    a, b = devices
    add_three(a)
    assert run(a, _NoSyncCollection, account).pushed == 3
    assert run(b, _NoSyncCollection, account).pulled == 3
    a.later(5)
    a.services.contacts.update(contact_id(a, "Zoë Ng"), position="CEO")
    a.services.contacts.trash(contact_id(a, "Anna Schmidt"))
    a.services.contacts.create(given_name="New", family_name="Person")
    assert run(a, _NoSyncCollection, account).pushed == 3
    report = run(b, _NoSyncCollection, account)
    assert (report.pulled, report.pushed, report.ok) == (3, 0, True)
    assert sorted(fields_by_name(b)) == ["Jürgen Groß", "New Person", "Zoë Ng"]
    assert fields_by_name(b)["Zoë Ng"]["position"] == "CEO"
    assert run(b, _NoSyncCollection, account).pulled == 0


class _PhoneWritesFirst(CardDavClient):
    """Just before Rapport's first update PUT, a phone changes the same card."""

    phone_done = False

    def put(self, href, text, etag):
        if etag is not None and not type(self).phone_done:
            type(self).phone_done = True
            card = self.get(href)
            changed = card.text.replace("END:VCARD", "NICKNAME:Zozo\r\nEND:VCARD")
            response = requests.put(self.url_of(href), data=changed.encode(), auth=self.session.auth,
                                    headers={"Content-Type": "text/vcard", "If-Match": card.etag},
                                    timeout=10)
            assert response.status_code in (200, 201, 204)
        return super().put(href, text, etag)


def test_a_card_changed_on_the_server_during_the_push_is_merged_and_sent_again(devices, account):
    a, _b = devices
    add_three(a)
    sync(a, account)
    a.later(5)
    a.services.contacts.update(contact_id(a, "Zoë Ng"), position="CEO")
    report = run(a, _PhoneWritesFirst, account)
    assert report.ok and report.pushed == 1 and report.conflicts == 1
    zoe = fields_by_name(a)["Zoë Ng"]
    assert (zoe["position"], zoe["nickname"]) == ("CEO", "Zozo")
    with CardDavClient(account.url, account.user, account.password) as client:
        client.discover()
        [card] = [c for c in client.get_many(sorted(client.list_etags())) if "Zo" in c.text]
    assert "NICKNAME:Zozo" in card.text and "TITLE:CEO" in card.text
    assert sync_contacts(a.db, a.clock, a.services.events, account.url, account.user,
                         account.password).pushed == 0


def test_a_cancelled_sync_keeps_what_it_did_and_the_next_one_finishes_without_duplicates(
        devices, account):
    from app.sync.engine import SyncCancelled

    a, b = devices
    for number in range(12):
        a.services.contacts.create(given_name=f"P{number:02d}", family_name="Cancel")
    ticks = []

    def progress(done, total):
        ticks.append(done)

    with CardDavClient(account.url, account.user, account.password) as client:
        sync_run = ContactSync(a.db, a.clock, a.services.events, client, progress,
                               cancelled=lambda: len(ticks) >= 5)
        try:
            sync_run.run()
        except SyncCancelled:
            pass
        else:
            raise AssertionError("not cancelled")
        assert len(client.list_etags()) == 5
    assert sync(a, account).pushed == 7
    assert sync(b, account).pulled == 12
    names = [r.name for r in b.services.contacts.list_rows()]
    assert len(names) == len(set(names)) == 12


def test_discovery_finds_the_address_book_from_the_server_the_principal_or_the_book_itself(account):
    for start in (account.url, f"{account.url}{account.user}/", account.book,
                  account.book.rstrip("/")):
        with CardDavClient(start, account.user, account.password) as client:
            assert client.discover() == account.book, start


def test_emptying_the_trash_deletes_the_card_on_the_server(devices, account):
    a, b = devices
    add_three(a)
    sync(a, account), sync(b, account)
    a.services.contacts.trash(contact_id(a, "Zoë Ng"))
    a.services.contacts.empty_trash()
    assert sync(a, account).pushed == 1
    assert sync(b, account).pulled == 1
    assert sorted(fields_by_name(b)) == ["Anna Schmidt", "Jürgen Groß"]


class _PhoneEditsBeforeDelete(CardDavClient):
    """Just before Rapport's DELETE, a phone edits the same card."""

    def delete(self, href, etag):
        card = self.get(href)
        changed = card.text.replace("END:VCARD", "NICKNAME:Still here\r\nEND:VCARD")
        requests.put(self.url_of(href), data=changed.encode(), auth=self.session.auth,
                     headers={"Content-Type": "text/vcard", "If-Match": card.etag},
                     timeout=10).raise_for_status()
        return super().delete(href, etag)


def test_a_card_edited_on_the_phone_while_rapport_deletes_it_is_kept(devices, account):
    a, _b = devices
    add_three(a)
    sync(a, account)
    a.services.contacts.trash(contact_id(a, "Zoë Ng"))
    report = run(a, _PhoneEditsBeforeDelete, account)
    assert report.ok and report.conflicts == 1
    assert fields_by_name(a)["Zoë Ng"]["nickname"] == "Still here"
    assert a.services.contacts.count() == 3
    with CardDavClient(account.url, account.user, account.password) as client:
        client.discover()
        assert len(client.list_etags()) == 3


def test_an_expired_sync_token_falls_back_to_a_full_listing(devices, account):
    a, b = devices
    add_three(a)
    sync(a, account), sync(b, account)
    with b.db.write() as conn:
        conn.exec_driver_sql("UPDATE sync_collection SET sync_token = 'http://radicale.org/ns/sync/0bad'")
    a.later(5)
    a.services.contacts.update(contact_id(a, "Zoë Ng"), position="CEO")
    sync(a, account)
    report = sync(b, account)  # Radicale answers the token with 403 valid-sync-token
    assert (report.pulled, report.pushed, report.ok) == (1, 0, True)
    assert fields_by_name(b)["Zoë Ng"]["position"] == "CEO"
    with b.db.read() as conn:
        assert "0bad" not in conn.exec_driver_sql("SELECT sync_token FROM sync_collection").scalar()
