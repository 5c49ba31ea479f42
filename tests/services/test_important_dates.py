"""Important dates on Today, past jobs kept on every change, interactions with several."""

from datetime import date, datetime, timedelta

import pytest

from app.domain.enums import Channel, Direction
from app.domain.important_dates import DateKind, ImportantDate
from app.domain.today import Bucket, ItemKind
from app.services.base import ValidationError
from tests.conftest import BERLIN

NOW_DAY = date(2026, 11, 23)


def _dates_on_today(services):
    return [i for i in services.today.build().items() if i.kind is ItemKind.DATE]


@pytest.mark.parametrize("days_before, shown", [(4, False), (3, True), (1, True), (0, True), (-1, False)])
def test_an_anniversary_with_a_3_day_alert_shows_from_3_days_before_to_the_day(
        services, person, clock, days_before, shown):
    event = NOW_DAY + timedelta(days=days_before)
    services.dates.add(person, ImportantDate(DateKind.ANNIVERSARY, event.month, event.day, 2012,
                                             alert_days=3))
    items = _dates_on_today(services)
    assert bool(items) is shown
    if shown:
        item = items[0]
        assert (item.due, item.contact_id, item.detail) == (event, person, "anniversary")
        assert item.count == event.year - 2012  # years together
        assert item.bucket(NOW_DAY) is (Bucket.TODAY if days_before == 0 else Bucket.UPCOMING)


def test_without_an_alert_a_date_shows_on_the_day_only_and_once_only_dates_in_their_year(
        services, person):
    services.dates.add(person, ImportantDate(DateKind.MET, 11, 24, 2019))
    services.dates.add(person, ImportantDate(DateKind.CUSTOM, 11, 23, 2025, yearly=False,
                                             label="Marathon"))
    services.dates.add(person, ImportantDate(DateKind.CUSTOM, 11, 23, 2026, yearly=False,
                                             label="Firmenjubiläum Party"))
    assert [(i.text, i.due) for i in _dates_on_today(services)] == [("Firmenjubiläum Party", NOW_DAY)]


def test_done_hides_this_years_occurrence_only(services, person, clock):
    services.dates.add(person, ImportantDate(DateKind.WORK_ANNIVERSARY, 11, 23, 2020))
    [item] = _dates_on_today(services)
    services.today.done(item)
    assert _dates_on_today(services) == []
    clock.set(datetime(2027, 11, 23, 9, 30, tzinfo=BERLIN))
    assert [i.count for i in _dates_on_today(services)] == [7]


def test_archived_and_trashed_contacts_dates_stay_off_today(services, person):
    services.dates.add(person, ImportantDate(DateKind.ANNIVERSARY, 11, 23))
    services.contacts.trash(person)
    assert _dates_on_today(services) == []


def test_bad_dates_are_refused(services, person):
    with pytest.raises(ValueError):
        ImportantDate(DateKind.CUSTOM, 2, 30)
    with pytest.raises(ValueError):
        ImportantDate(DateKind.CUSTOM, 5, 1, label="")
    with pytest.raises(ValueError):
        ImportantDate(DateKind.ANNIVERSARY, 5, 1, yearly=False)  # once needs a year
    with pytest.raises(ValueError):
        ImportantDate(DateKind.ANNIVERSARY, 5, 1, alert_days=61)
    date_id = services.dates.add(person, ImportantDate(DateKind.ANNIVERSARY, 2, 29, alert_days=2))
    services.dates.edit(date_id, ImportantDate(DateKind.CUSTOM, 3, 1, 1999, False, "Umzug", 5))
    assert services.dates.of_contact(person) == [
        ImportantDate(DateKind.CUSTOM, 3, 1, 1999, False, "Umzug", 5, date_id, person)]
    services.dates.delete(date_id)
    assert services.dates.of_contact(person) == []
    assert ValidationError  # the service wraps bad kinds


# --- job changes ------------------------------------------------------------------------------
def test_a_job_change_keeps_the_old_job_with_its_date(services, clock):
    cid = services.contacts.create(given_name="Anna", company="Alte Firma AG", position="Head of Sales")
    clock.advance(timedelta(days=3))
    services.contacts.update(cid, company="Neue Firma GmbH")
    services.contacts.update(cid, position="Vertriebsleiterin")  # the same edit: one change
    [job] = services.dates.past_jobs(cid)
    assert (job.company, job.position) == ("Alte Firma AG", "Head of Sales")
    assert job.ended_at == clock.now()
    clock.advance(timedelta(days=400))
    services.contacts.update(cid, position="CEO")
    assert [(j.company, j.position) for j in services.dates.past_jobs(cid)] == [
        ("Neue Firma GmbH", "Vertriebsleiterin"), ("Alte Firma AG", "Head of Sales")]


def test_filling_in_a_job_or_going_back_at_once_records_nothing(services, clock):
    cid = services.contacts.create(given_name="Ben")
    services.contacts.update(cid, company="Festo")  # filled in, one field after the other
    clock.advance(timedelta(days=10))
    services.contacts.update(cid, position="CTO")
    assert services.dates.past_jobs(cid) == []
    clock.advance(timedelta(days=10))
    services.contacts.update(cid, company="Fasto")
    services.contacts.update(cid, company="Festo")  # a slip, put back in the same session
    assert services.dates.past_jobs(cid) == []


# --- interactions with several people ---------------------------------------------------------
def test_one_meeting_with_three_people_is_on_each_timeline_and_resets_each_cadence(services, clock):
    ids = [services.contacts.create(given_name=n, cadence_days=30) for n in ("A", "B", "C")]
    clock.advance(timedelta(days=40))
    before = {i.contact_id for i in services.today.build().items() if i.kind is ItemKind.KEEP_IN_TOUCH}
    assert before == set(ids)
    iid = services.interactions.log(ids[0], Channel.MEETING, Direction.MUTUAL, "Stammtisch",
                                    with_contacts=ids[1:])
    for cid in ids:
        [row] = services.interactions.of_contact(cid)
        assert row.id == iid and row.summary == "Stammtisch"
        assert set(row.others) == set(ids) - {cid}
        assert services.contacts.get(cid).last_two_way_at == clock.now()
    assert not [i for i in services.today.build().items() if i.kind is ItemKind.KEEP_IN_TOUCH]
    services.interactions.delete(iid)
    for cid in ids:
        assert services.interactions.of_contact(cid) == []
        assert services.contacts.get(cid).last_two_way_at is None


def test_a_meeting_with_someone_who_does_not_exist_writes_nothing(services, person):
    from app.services.base import NotFoundError

    with pytest.raises(NotFoundError):
        services.interactions.log(person, "meeting", "mutual", with_contacts=[9999])
    assert services.interactions.of_contact(person) == []


def test_important_dates_go_to_the_calendar_with_their_alert(services, person, tmp_path):
    from icalendar import Calendar

    services.dates.add(person, ImportantDate(DateKind.ANNIVERSARY, 6, 21, 2012, alert_days=3))
    services.dates.add(person, ImportantDate(DateKind.CUSTOM, 5, 4, 2027, False, "Feier"))
    from app.services.calendar_export import CalendarExport

    summary = CalendarExport(services.db, services.clock, services.events).export(tmp_path / "r.ics")
    assert (summary.dates, summary.reminders) == (2, 0)
    cal = Calendar.from_ical((tmp_path / "r.ics").read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    yearly = events["💍 Maxi Müller"]
    assert yearly.decoded("dtstart") == date(2012, 6, 21) and "RRULE" in yearly
    assert yearly.walk("VALARM")[0].decoded("trigger") == timedelta(days=-3)
    once = events["📅 Feier – Maxi Müller"]
    assert once.decoded("dtstart") == date(2027, 5, 4) and "RRULE" not in once
    assert not once.walk("VALARM")


def test_search_finds_a_past_company_and_a_meeting_on_every_participants_page(services, clock):
    anna = services.contacts.create(given_name="Anna", company="Alte Firma AG")
    ben = services.contacts.create(given_name="Ben")
    assert [r.id for r in services.contacts.list_rows("alte firma")] == [anna]
    services.contacts.update(anna, company="Neue Firma GmbH")
    assert [r.id for r in services.contacts.list_rows("alte firma")] == [anna]  # was there
    assert [r.id for r in services.contacts.list_rows("neue firma")] == [anna]
    services.interactions.log(anna, "meeting", "mutual", "Ratskeller Stammtisch", with_contacts=[ben])
    assert {r.id for r in services.contacts.list_rows("ratskeller")} == {anna, ben}
    [meeting] = services.interactions.of_contact(ben)
    services.interactions.edit(meeting.id, summary="Kegelabend")
    assert {r.id for r in services.contacts.list_rows("kegelabend")} == {anna, ben}
    services.interactions.delete(meeting.id)
    assert services.contacts.list_rows("kegelabend") == []
    [job] = services.dates.past_jobs(anna)
    services.dates.delete_past_job(job.id)
    assert services.contacts.list_rows("alte firma") == []


def test_a_job_change_from_a_sync_is_kept_too(services, clock):
    """The trigger does not depend on the writer: a CardDAV sync that overwrites the
    company (app/sync/store.py) leaves the old job in the timeline as well."""
    from app.sync import store

    cid = services.contacts.create(given_name="Cem", company="Bosch", position="Ingenieur")
    clock.advance(timedelta(days=30))
    with services.db.write() as conn:
        fields = store.fields_of(conn, [cid])[cid]
        fields.update(company="Festo", position="Teamleiter")
        store.write_contact(conn, cid, fields, clock.now())
    assert [(j.company, j.position, j.ended_at) for j in services.dates.past_jobs(cid)] == [
        ("Bosch", "Ingenieur", clock.now())]


def test_merging_two_people_who_were_at_the_same_meeting_keeps_it_once(services):
    from app.services.importers.contact_merge import merge_contacts

    a = services.contacts.create(given_name="Anna", family_name="Berg")
    b = services.contacts.create(given_name="Anna", family_name="B.")
    c = services.contacts.create(given_name="Carl")
    services.interactions.log(a, "email", "outbound", "Einladung", with_contacts=[b, c])
    services.dates.add(b, ImportantDate(DateKind.MET, 1, 5, 2020))
    with services.db.write() as conn:
        merge_contacts(conn, a, b, set(), services.clock.now())
    [row] = services.interactions.of_contact(a)
    assert row.others == (c,)
    assert services.contacts.get(a).unanswered_outbound == 1  # counted once, not twice
    assert [d.kind for d in services.dates.of_contact(a)] == ["met"]


def test_the_trust_ledger_counts_a_meeting_for_everyone_who_was_there(services):
    a, b = (services.contacts.create(given_name=n) for n in ("A", "B"))
    services.interactions.log(a, "meeting", "mutual", "Zu zweit", with_contacts=[b])
    for cid in (a, b):
        ledger = services.dashboard.trust_ledger(cid)
        assert (ledger.mutual, ledger.last_in_person) == (1, NOW_DAY)
