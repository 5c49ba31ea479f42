"""Rapport's dates into one CalDAV calendar: birthdays as yearly all-day VEVENTs, reminders
and dated open promises as VEVENTs with a VALARM (phones ignore VTODO on import).

One way: the events are Rapport's, made from its data on every sync (the mapping is the
file export's, app/services/calendar_export.py). An event whose content changed is PUT with
If-Match; one that no longer exists (promise kept, reminder done, birthday cleared) is
DELETEd; an edit made on the phone to a Rapport event is replaced by Rapport's version.
The href <-> event mapping uses the sync_card table, with the calendar's URL as collection.

Building every event costs seconds at 10,000 contacts (7-15 s here), so a sync first takes a
fingerprint of what the events are made of (the contacts' change stamps, reminders,
promises, card UIDs, the day) in a few plain reads, and does nothing when it is the one the
last complete calendar sync saw: an edit made on the phone is replaced at the next sync after
a change in Rapport, or at the first sync of a day.

A birthday of a contact that is synced over CardDAV takes the card's UID, so two Rapport
devices writing into the same calendar meet on one event instead of making two; promises and
reminders exist on one device only and carry that device's id.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select, text

from app.services.calendar_export import PRODID, CalendarExport
from app.services.sample import SAMPLE_KEY
from app.services.sample_removal import SampleRemoval
from app.storage.tables import Setting, SyncCard
from app.sync import store
from app.sync.dav import (
    AuthError, CalDavClient, NotFoundError, PreconditionFailed, QuotaError, ServerDownError,
    SyncError, account_key,
)
from app.sync.store import CardState

DEVICE_KEY = "sync_device_id"
ALARM_HOUR = 9  # a promise due on a day is announced at 09:00 that day
_STAMP = re.compile(rb"^DTSTAMP[;:].*\r\n", re.MULTILINE)


@dataclass
class CalendarReport:
    written: int = 0
    deleted: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        text = f"calendar: {self.written} written, {self.deleted} deleted"
        return text + (f", {len(self.problems)} problem(s)" if self.problems else "")


def device_id(db) -> str:
    with db.write() as conn:
        found = conn.execute(select(Setting.value).where(Setting.key == DEVICE_KEY)).scalar()
        if found:
            return found
        made = uuid.uuid4().hex[:12]
        conn.execute(Setting.__table__.insert().values(key=DEVICE_KEY, value=made))
        return made


def wanted_events(db, clock, events) -> dict[str, bytes]:
    """UID -> one VCALENDAR resource per event, as the calendar should hold them now."""
    device = device_id(db)
    with db.read() as conn:
        card_uids = dict(conn.execute(select(SyncCard.contact_id, SyncCard.uid)
                                      .where(SyncCard.contact_id.is_not(None))).all())
    result = {}
    sample = SampleRemoval(db, clock, events).sample_ids()  # never into the user's calendar
    for component in CalendarExport(db, clock, events).calendar(leave_out=sample).subcomponents:
        kind, _, rest = str(component["uid"]).partition("-")
        number = int(rest.split("@", 1)[0])
        if kind == "birthday":
            uid = f"birthday-{card_uids.get(number) or f'{device}-{number}'}"
            event = component
        elif kind == "date":  # an important date: all day, its own alarm (if any) kept
            uid, event = f"date-{device}-{number}", component
        elif kind == "promise":
            uid, event = f"promise-{device}-{number}", _promise_event(component)
        else:
            uid, event = f"reminder-{device}-{number}", component
            event.add_component(_alarm(timedelta(0), str(component["summary"])))
        event["uid"] = uid
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add_component(event)
        cal.add_missing_timezones()
        result[uid] = cal.to_ical()
    return result


def _promise_event(todo) -> Event:
    event = Event()
    for name in ("uid", "dtstamp", "summary"):
        event[name] = todo[name]
    due = todo.decoded("due")
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add_component(_alarm(timedelta(hours=ALARM_HOUR), str(todo["summary"])))
    return event


def _alarm(trigger: timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


FINGERPRINTS_KEY = "sync_calendar_fingerprints"  # account -> fingerprint of the last full sync
SOURCES = ("SELECT id, change_seq, archived FROM contact ORDER BY id",
           "SELECT id, contact_id, title, due_at, rrule, snoozed_until, done FROM reminder ORDER BY id",
           "SELECT id, contact_id, owner, text, due, state FROM promise ORDER BY id",
           "SELECT contact_id, uid FROM sync_card WHERE contact_id IS NOT NULL ORDER BY contact_id",
           # the setting rows that shape the events: which contacts are the sample network
           # (left out), and the device id in the promises' and reminders' UIDs
           "SELECT key, value FROM setting WHERE key IN (:sample, :device) ORDER BY key")


def fingerprint(db, clock) -> str:
    """What the wanted events are made of, in plain reads (no events built)."""
    local = clock.now().astimezone(clock.local_tz())  # a recurring reminder starts in local time
    digest = hashlib.sha256(local.date().isoformat().encode())
    zone = getattr(local.tzinfo, "key", None) or local.tzname()
    digest.update(repr((zone, ALARM_HOUR, PRODID)).encode())
    with db.read() as conn:
        for query in SOURCES:
            for row in conn.execute(text(query), {"sample": SAMPLE_KEY, "device": DEVICE_KEY}):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _digest(data: bytes) -> str:
    return hashlib.sha256(_STAMP.sub(b"", data)).hexdigest()


class CalendarSync:
    def __init__(self, db, clock, events, client: CalDavClient) -> None:
        self.db, self.clock, self.events, self.client = db, clock, events, client
        self.report = CalendarReport()

    def run(self) -> CalendarReport:
        account = account_key(self.client)
        device_id(self.db)  # made before the fingerprint, which reads it
        seen = fingerprint(self.db, self.clock)
        with self.db.read() as conn:
            if store.setting_dict(conn, FINGERPRINTS_KEY).get(account) == seen:
                return self.report  # nothing the events are made of changed since
        self._run()
        if self.report.ok:
            with self.db.write() as conn:
                store.merge_setting(conn, FINGERPRINTS_KEY, account, seen)
        return self.report

    def _run(self) -> None:
        calendar = self.client.discover()
        wanted = wanted_events(self.db, self.clock, self.events)
        with self.db.write() as conn:
            rows = {row.uid: row for row in store.load_state(conn, calendar).values()}
            for uid in sorted(set(wanted) - set(rows)):  # noted before the PUT, as for cards
                href = self.client.new_href(re.sub(r"[^A-Za-z0-9._-]", "_", uid))
                rows[uid] = CardState(0, href, None, uid, "", "", None)
                store.save_card(conn, calendar, rows[uid], self.clock.now())
        for uid, row in sorted(rows.items()):
            try:
                if uid not in wanted:
                    self._delete(row)
                    with self.db.write() as conn:
                        store.forget_card(conn, calendar, row)
                elif not row.etag or row.fields != {"digest": _digest(wanted[uid])}:
                    self._put(row, wanted[uid])
                    with self.db.write() as conn:
                        store.save_card(conn, calendar, row, self.clock.now())
            except QuotaError as error:
                self.report.problems.append(str(error))
                break
            except SyncError as error:
                if isinstance(error, (AuthError, ServerDownError)):
                    raise
                self.report.problems.append(f"event {uid}: {error}")

    def _put(self, row: CardState, data: bytes) -> None:
        text = data.decode("utf-8")
        try:
            etag = self.client.put(row.href, text, row.etag or None)
        except PreconditionFailed:  # edited or deleted on the phone, or made by a killed sync
            try:
                current = self.client.get(row.href).etag
            except NotFoundError:
                current = None
            etag = self.client.put(row.href, text, current)  # Rapport's event wins
        row.etag = etag or self.client.get(row.href).etag
        row.vcard, row.fields = text, {"digest": _digest(data)}
        self.report.written += 1

    def _delete(self, row: CardState) -> None:
        try:
            self.client.delete(row.href, row.etag)
        except PreconditionFailed:
            self.client.delete(row.href, self.client.get(row.href).etag)
        self.report.deleted += 1


def sync_calendar(db, clock, events, url: str, user: str, password: str,
                  timeout: float = 30.0) -> CalendarReport:
    with CalDavClient(url, user, password, timeout) as client:
        return CalendarSync(db, clock, events, client).run()
