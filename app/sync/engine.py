"""Two-way CardDAV sync of the contacts: pull what the server changed, then push ours.

1. Ask the address book found last time what changed since the stored RFC 6578 token: when
   nothing did, that one REPORT is the whole sync. Discovery runs on the first sync and when
   that book no longer answers; where the server cannot do sync-collection, every ETag is
   listed and compared with sync_card.
2. Pull the changed cards (multiget, in batches; each batch one transaction with its
   sync_card rows): new -> created, changed -> merged (app/sync/merge.py), gone -> moved
   to the trash unless edited here since (then it is sent again).
3. Push: contacts without a card get a sync_card row *before* the PUT (If-None-Match: *),
   so a sync killed mid-way adopts the card next time instead of creating it twice;
   changed ones PUT with If-Match; trashed ones DELETE with If-Match. Which contacts changed
   here is read from their change stamp (contact.change_seq, raised by SQL triggers on every
   edit that shows in the card, against sync_card.pushed_seq): only those are compared
   field by field with what was last synced. A 412 means the card
   changed meanwhile: it is merged and sent again. A card deleted here and edited there is
   restored, never lost.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Callable

from app.domain import validation
from app.domain.clock import as_utc
from app.services.sample_removal import SampleRemoval
from app.sync import store
from app.sync.dav import (
    Card, CardDavClient, NotFoundError, PreconditionFailed, QuotaError, SyncError, account_key,
)
from app.sync.merge import merge
from app.sync.store import UNSYNCED, CardState
from app.sync.vcard_map import MalformedCard, ParsedCard, render

PULL_BATCH = 200
COMMIT_EVERY = 100
_UID = re.compile(r"^UID[;:](?:[^:\r\n]*:)?(.*)$", re.MULTILINE)

Progress = Callable[[int, int], None]


@dataclass
class SyncReport:
    pulled: int = 0  # contacts created, changed or trashed here from the server
    pushed: int = 0  # cards created, changed or deleted on the server
    conflicts: int = 0  # contacts changed on both sides since the last sync, merged
    problems: list[str] = field(default_factory=list)
    # Kept, but worth a look: a card's phone, e-mail or web address the contacts service
    # would refuse (app.domain.validation), taken as written: the phone's card stays as it is.
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        text = f"pulled {self.pulled}, pushed {self.pushed}, conflicts merged {self.conflicts}"
        return text + (f", {len(self.problems)} problem(s)" if self.problems else "")


def sync_contacts(db, clock, events, url: str, user: str, password: str, timeout: float = 30.0,
                  progress: Progress | None = None, cancelled=None) -> SyncReport:
    """One two-way sync with the first address book of this account. Raises SyncError
    (AuthError, NotFoundError, ServerDownError…) when the sync cannot run at all; problems
    with single cards are in the report."""
    with CardDavClient(url, user, password, timeout) as client:
        return ContactSync(db, clock, events, client, progress, cancelled).run()


class SyncCancelled(SyncError):
    """The user stopped the sync; what was done so far is committed and consistent."""


class ContactSync:
    def __init__(self, db, clock, events, client: CardDavClient, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None):
        self.db, self.clock, self.events, self.client = db, clock, events, client
        self.progress = progress
        self.cancelled = cancelled
        self.report = SyncReport()
        self.book = ""
        self.state: dict[str, CardState] = {}
        self.seqs: dict[int, int] = {}  # contact -> change_seq when its fields were read
        self._local_fields: dict[int, dict] = {}  # the pulled batch's contacts, before the merge

    def run(self) -> SyncReport:
        changed, removed, new_token = self._remote_changes_of_book()
        try:
            self._pull(changed, removed)
            if self.report.ok:  # else the next sync asks again for what could not be read
                with self.db.write() as conn:
                    store.save_token(conn, self.book, new_token, self.clock.now())
            self._push()
        finally:
            if self.report.pulled:
                self.events.emit("contacts")
        return self.report

    # --- what changed on the server ---------------------------------------------------------
    def _remote_changes_of_book(self) -> tuple[dict[str, str], set[str], str]:
        """With a book found before and a sync token, one REPORT is the whole conversation
        when nothing changed; discovery runs again only when that book does not answer."""
        account = account_key(self.client)
        with self.db.read() as conn:
            known = store.remembered_book(conn, account)
            token = store.sync_token(conn, known) if known else ""
        if known and token:
            self.client.book, self.client.sync_collection = known, True
            try:
                return self._changes_in(known, token)
            except NotFoundError:
                pass  # moved or deleted: discover again
        self.book = self.client.discover()
        with self.db.write() as conn:
            store.remember_book(conn, account, self.book)
            token = store.sync_token(conn, self.book)
        return self._changes_in(self.book, token)

    def _changes_in(self, book: str, token: str) -> tuple[dict[str, str], set[str], str]:
        self.book = book
        return self._remote_changes(token)

    def _remote_changes(self, token: str) -> tuple[dict[str, str], set[str], str]:
        found = None
        if self.client.sync_collection:
            found = self.client.changes_since(token)
            if found is None and token:
                found = self.client.changes_since("")
                token = ""
        with self.db.read() as conn:  # the stored cards only where the server names them
            named = set(found[0]) | found[1] if found is not None and token else None
            self.state = store.load_state(conn, self.book, details=False, hrefs=named)
        if found is None or not token:  # a full listing also finds cards lost since
            listing = self.client.list_etags() if found is None else found[0]
            removed = {h for h, s in self.state.items() if s.etag and h not in listing}
            found = (listing, removed, found[2] if found else "")
        changed, removed, new_token = found
        changed = {h: e for h, e in changed.items()
                   if h not in self.state or self.state[h].etag != e}
        return changed, removed & set(self.state), new_token

    # --- pull -------------------------------------------------------------------------------
    def _pull(self, changed: dict[str, str], removed: set[str]) -> None:
        with self.db.read() as conn:
            store.load_details(conn, self.book, [self.state[h] for h in (*changed, *removed)
                                                 if h in self.state])
        hrefs = sorted(changed)
        for start in range(0, len(hrefs), PULL_BATCH):
            cards = self.client.get_many(hrefs[start : start + PULL_BATCH])
            with self.db.bulk_write() as (conn, touched):
                self._apply_cards(conn, cards, touched)
            self._tick(start + len(cards), len(hrefs))
            self._check_cancel()
        if removed:
            with self.db.bulk_write() as (conn, touched):
                self._apply_removed(conn, removed, touched)

    def _apply_cards(self, conn, cards: list[Card], touched: set[int]) -> None:
        locals_ = store.local_contacts(conn, [self.state[c.href].contact_id for c in cards
                                              if c.href in self.state])
        # the batch's contacts read at once, not one by one in the merge
        self._local_fields = store.fields_of(conn, [c for c, v in locals_.items() if not v.deleted])
        snapshots: dict[int, tuple[CardState, set[str]]] = {}
        new: list[tuple[Card, ParsedCard, object]] = []  # cards new to this device
        now = self.clock.now()
        for card in cards:
            try:
                parsed = ParsedCard(card.text)
            except MalformedCard as error:
                found = _UID.search(card.text)
                name = found.group(1).strip() if found else card.href
                self.report.problems.append(f"vCard {name} on the server is malformed ({error}); skipped")
                continue
            for refused in validation.refused(parsed.fields):
                self.report.warnings.append(
                    f"vCard {parsed.uid or card.href}: {refused.field}: {refused.message}; "
                    "kept as written")
            row = self.state.get(card.href)
            rev = parsed.rev_time() or now
            if row is None:
                new.append((card, parsed, rev))
                continue
            contact = locals_.get(row.contact_id) if row.contact_id else None
            unsynced = self._apply_known(conn, row, card, parsed, rev, contact, now)
            if unsynced is None:
                continue
            row.etag, row.vcard, row.uid = card.etag, card.text, parsed.uid or row.uid
            touched.add(row.contact_id)
            snapshots[row.contact_id] = (row, unsynced)
        created = store.create_contacts(conn, [(parsed.fields, rev) for _c, parsed, rev in new], now)
        for contact_id, (card, parsed, _rev) in zip(created, new):
            row = self.state[card.href] = CardState(0, card.href, contact_id, parsed.uid or
                                                    _uid_of(card.href), card.etag, card.text, None)
            touched.add(contact_id)
            snapshots[contact_id] = (row, set())
        self.report.pulled += len(created)
        fresh = store.fields_of(conn, snapshots)
        seqs = store.change_seqs(conn, snapshots)
        for contact_id, (row, unsynced) in snapshots.items():
            row.fields = dict(fresh[contact_id], **dict.fromkeys(unsynced, UNSYNCED))
            # what was written here is what the card says, unless the merge left some to send
            row.pushed_seq = -1 if unsynced else seqs[contact_id]
        store.save_cards(conn, self.book, [row for row, _u in snapshots.values()], now)

    def _apply_known(self, conn, row: CardState, card: Card, parsed: ParsedCard, rev, contact,
                     now) -> set[str] | None:
        """A changed card this device already maps. The fields the server does not have yet,
        or None when the card is ours and only waits to be deleted there."""
        base = _parse_or_none(row.vcard)
        if contact is not None and not contact.deleted:
            return self._merge_into(conn, row, contact, base, parsed, rev)
        if base is not None and base.fields == parsed.fields:
            row.etag, row.vcard = card.etag, card.text  # unchanged there: the push deletes it
            store.save_card(conn, self.book, row, now)
            return None
        # deleted here, edited there: kept (restored from the trash, or made again)
        row.contact_id = store.write_contact(conn, contact.id if contact else None, parsed.fields, rev)
        self.report.pulled += 1
        self.report.conflicts += contact is not None
        return set()

    def _merge_into(self, conn, row: CardState, contact, base, parsed: ParsedCard, rev) -> set[str]:
        local = self._local_fields.pop(contact.id, None) or store.fields_of(conn, [contact.id])[contact.id]
        base_fields = base.fields if base is not None else parsed.fields
        newer = as_utc(contact.updated_at) > as_utc(rev)
        merged = merge(row.fields, local, base_fields, parsed.fields, newer,
                       self.clock.now().date().isoformat())
        if merged.fields != local:
            store.write_contact(conn, contact.id, merged.fields, max(as_utc(contact.updated_at), as_utc(rev)))
            self.report.pulled += 1
        # changed on both sides since the last sync: merged field by field
        self.report.conflicts += bool(merged.remote_changed and merged.unsynced)
        return merged.unsynced

    def _apply_removed(self, conn, removed: set[str], touched: set[int]) -> None:
        locals_ = store.local_contacts(conn, [self.state[h].contact_id for h in removed])
        now = self.clock.now()
        fresh = store.fields_of(conn, [self.state[h].contact_id for h in removed
                                       if self.state[h].contact_id in locals_])
        for href in sorted(removed):
            row = self.state[href]
            contact = locals_.get(row.contact_id)
            if contact and not contact.deleted and _differs(row.fields, fresh.get(contact.id)):
                row.etag = ""  # deleted there, edited here: kept, and sent again
                store.save_card(conn, self.book, row, now)
                continue
            if contact and not contact.deleted:
                store.trash_contact(conn, contact.id, now)
                touched.add(contact.id)
                self.report.pulled += 1
            store.forget_card(conn, self.book, row)
            del self.state[href]

    # --- push -------------------------------------------------------------------------------
    def _push(self) -> None:
        # The made-up sample network never goes to the user's real address book.
        sample = set(SampleRemoval(self.db, self.clock, self.events).sample_ids())
        with self.db.write() as conn:
            now = self.clock.now()
            for contact_id in store.unmapped_contacts(conn, self.book):
                if contact_id not in sample:
                    uid = str(uuid.uuid4())
                    row = CardState(0, self.client.new_href(uid), contact_id, uid, "", "", None)
                    store.save_card(conn, self.book, row, now)  # before the PUT: see above
                    self.state[row.href] = row
            # only the cards whose contact's change stamp moved since (migration 0013)
            candidates = store.push_candidates(conn, self.book)
            self.state.update(store.load_state(conn, self.book, details=False,
                                               hrefs=set(candidates) - set(self.state)))
            rows = [self.state[href] for href in sorted(candidates) if href in self.state]
            store.load_details(conn, self.book, rows)
            locals_ = store.local_contacts(conn, [row.contact_id for row in rows])
            alive = [cid for cid, c in locals_.items() if not c.deleted]
            fields = store.fields_of(conn, alive)
            self.seqs = store.change_seqs(conn, alive)
        work = [row for row in rows if _needs_push(row, fields)]
        same = {row.href: self.seqs[row.contact_id] for row in rows
                if row.contact_id in fields and not _needs_push(row, fields)}
        if same:  # changed in ways the card does not show (or back again): not compared again
            with self.db.write() as conn:
                store.save_stamps(conn, self.book, same)
        done: list[tuple[CardState, bool]] = []
        for number, row in enumerate(work, start=1):
            try:
                done.append((row, self._push_one(row, fields, locals_)))
            except QuotaError as error:
                self.report.problems.append(str(error))
                break
            except PreconditionFailed as error:
                self.report.problems.append(f"{row.uid}: {error}; it is tried again next sync")
            except SyncError as error:
                if not _per_card(error):
                    self._save(done)
                    raise
                self.report.problems.append(f"{row.uid}: {error}")
            if len(done) >= COMMIT_EVERY:
                self._save(done)
                done = []
            self._tick(number, len(work))
            if self.cancelled and self.cancelled():
                self._save(done)
                raise SyncCancelled("the sync was cancelled; the next one goes on from here")
        self._save(done)

    def _push_one(self, row: CardState, fields: dict[int, dict], locals_) -> bool:
        """Send one change; True when the row is to be forgotten (deleted on the server)."""
        try:
            return self._send(row, fields, locals_)
        except PreconditionFailed:
            card = self.client.get(row.href)
            if not row.etag:  # created by a sync that was killed before it noted the ETag
                row.etag = card.etag
                return self._send(row, fields, locals_)
            # changed there since we read it: merge it in (a deleted contact comes back)
            with self.db.bulk_write() as (conn, touched):
                self._apply_cards(conn, [card], touched)
                locals_.update(store.local_contacts(conn, [row.contact_id]))
                fields.update(store.fields_of(conn, [row.contact_id]))
                self.seqs.update(store.change_seqs(conn, [row.contact_id]))
            if not _needs_push(row, fields):
                return False
            return self._send(row, fields, locals_)

    def _send(self, row: CardState, fields: dict[int, dict], locals_) -> bool:
        current = fields.get(row.contact_id)
        if current is None or row.contact_id not in locals_ or locals_[row.contact_id].deleted:
            self.client.delete(row.href, row.etag)
            self.report.pushed += 1
            return True
        updated_at = locals_[row.contact_id].updated_at
        text = render(current, row.uid, as_utc(updated_at), _parse_or_none(row.vcard))
        etag = self.client.put(row.href, text, row.etag or None)
        if not etag:  # the server changed the card on the way in and will not say its ETag
            etag = self.client.get(row.href).etag
        row.etag, row.vcard, row.fields = etag, text, current
        row.pushed_seq = self.seqs.get(row.contact_id, -1)
        self.report.pushed += 1
        return False

    def _save(self, done: list[tuple[CardState, bool]]) -> None:
        if not done:
            return
        now = self.clock.now()
        with self.db.write() as conn:
            for row, forget in done:
                if forget:
                    store.forget_card(conn, self.book, row)
                    self.state.pop(row.href, None)
                else:
                    store.save_card(conn, self.book, row, now)

    def _check_cancel(self) -> None:
        if self.cancelled and self.cancelled():
            raise SyncCancelled("the sync was cancelled; the next one goes on from here")

    def _tick(self, done: int, total: int) -> None:
        if self.progress:
            self.progress(done, total)


def _needs_push(row: CardState, fields: dict[int, dict]) -> bool:
    current = fields.get(row.contact_id)
    if current is None:
        return True  # deleted here: delete there
    return not row.etag or _differs(row.fields, current)


def _differs(snapshot: dict | None, current: dict | None) -> bool:
    """Whether the contact's fields differ from those last synced. A snapshot stored before
    dates travelled (migration 0013) has no "dates": that is no dates, not an edit."""
    if snapshot is not None and "dates" not in snapshot:
        snapshot = dict(snapshot, dates={})
    return snapshot != current


def _per_card(error: SyncError) -> bool:
    from app.sync.dav import AuthError, ServerDownError

    return not isinstance(error, (AuthError, ServerDownError))


def _parse_or_none(text: str) -> ParsedCard | None:
    if not text:
        return None
    try:
        return ParsedCard(text)
    except MalformedCard:
        return None


def _uid_of(href: str) -> str:
    return href.rstrip("/").rsplit("/", 1)[-1].removesuffix(".vcf")
