"""Decision notes: recorded with a contact, back on Today on their review day, on the
Dashboard's "needs a decision", in the JSON backup. Fixed clock: Monday 2026-11-23 09:30."""

import json
from datetime import date, timedelta

import pytest

from app.domain.today import Bucket, ItemKind
from app.services import Services
from app.services.base import ValidationError
from app.services.dashboard_decisions import DECISION_DUE, WAITING_ON_ME
from app.services.exporters.backup import RestoreError
from app.storage.database import Database

TODAY = date(2026, 11, 23)


def decisions_on_today(services):
    return [i for i in services.today.build().items() if i.kind is ItemKind.DECISION]


def test_a_decision_comes_back_on_its_review_day_and_leaves_when_reviewed(services, person):
    decision = services.decisions.add(person, "me", "Two offers for the workshop",
                                      "Go with the Stuttgart venue", TODAY + timedelta(days=3))
    [coming] = decisions_on_today(services)
    assert (coming.ref_id, coming.bucket(TODAY), coming.text) == (
        decision, Bucket.UPCOMING, "Go with the Stuttgart venue")
    assert coming.owner == "me" and coming.count == 0  # decided, not open
    services.clock.advance(timedelta(days=3))
    [due] = decisions_on_today(services)
    assert due.bucket(services.today.build().today) is Bucket.TODAY
    assert due in services.today.build().focus
    services.clock.advance(timedelta(days=2))
    assert decisions_on_today(services)[0].bucket(services.today.build().today) is Bucket.OVERDUE
    services.today.done(decisions_on_today(services)[0])
    assert decisions_on_today(services) == []
    assert services.decisions.get(decision).reviewed_at is not None
    # a new review date puts it back
    services.decisions.update(decision, "me", "Two offers for the workshop",
                              "Go with the Stuttgart venue", date(2026, 12, 1))
    assert [i.due for i in decisions_on_today(services)] == [date(2026, 12, 1)]


def test_a_review_far_ahead_is_not_listed_yet(services, person):
    services.decisions.add(person, "them", "Will she join the board?", "", TODAY + timedelta(days=8))
    assert decisions_on_today(services) == []


def test_done_counts_as_handled_and_undo_brings_it_back(services, person):
    decision = services.decisions.add(person, "me", "Which course", "", TODAY)
    [item] = decisions_on_today(services)
    assert item.count == 1  # still to decide
    services.today.done(item)
    assert services.today.build().focus == ()
    services.today.undo_done(item)
    assert [i.ref_id for i in services.today.build().focus] == [decision]


def test_snooze_hides_it_until_that_day(services, person):
    services.decisions.add(person, "me", "Which course", "", TODAY - timedelta(days=1))
    [item] = decisions_on_today(services)
    services.today.snooze(item, TODAY + timedelta(days=2))
    assert decisions_on_today(services) == []
    services.clock.advance(timedelta(days=2))
    assert [i.ref_id for i in decisions_on_today(services)] == [item.ref_id]


def test_focus_ranks_decisions_after_replies_and_before_their_late_promises(services, person):
    other = services.contacts.create(given_name="Ben", family_name="Weber")
    third = services.contacts.create(given_name="Cem", family_name="Yilmaz")
    services.promises.add(third, "them", "Angebot schicken", due=TODAY - timedelta(days=2))
    theirs = services.decisions.add(other, "them", "Ob er mitmacht", "", TODAY)
    mine = services.decisions.add(person, "me", "Welcher Kurs", "", TODAY)
    services.interactions.log(other, "email", "inbound", occurred_at=services.clock.now()
                              - timedelta(days=5))
    kinds = [(i.kind, i.ref_id if i.kind is ItemKind.DECISION else None)
             for i in services.today.build().focus]
    assert kinds == [(ItemKind.REPLY_OWED, None), (ItemKind.DECISION, mine),
                     (ItemKind.DECISION, theirs), (ItemKind.THEIR_PROMISE, None)]


def test_archived_contacts_decisions_stay_off_today_and_go_with_the_contact(services, person):
    decision = services.decisions.add(person, "me", "", "Keine Zusammenarbeit", TODAY)
    services.contacts.set_archived(person, True)
    assert decisions_on_today(services) == []
    services.contacts.set_archived(person, False)
    services.contacts.trash(person)
    services.contacts.empty_trash()
    with pytest.raises(LookupError):
        services.decisions.get(decision)


def test_a_decision_needs_words_and_its_contacts_own_promise(services, person):
    with pytest.raises(ValidationError, match="decided"):
        services.decisions.add(person, "me", "  ", "", TODAY)
    other = services.contacts.create(given_name="Ben")
    theirs = services.promises.add(other, "them", "Angebot")
    with pytest.raises(ValidationError, match="promise"):
        services.decisions.add(person, "me", "Paket", "", TODAY, promise_id=theirs)


def test_dashboard_lists_decisions_due_and_promises_waiting_on_my_decision(services, person):
    ben = services.contacts.create(given_name="Ben", family_name="Weber")
    offer = services.promises.add(ben, "them", "Angebot schicken", due=TODAY + timedelta(days=5))
    waiting = services.decisions.add(ben, "me", "Basis- oder Premiumpaket", "",
                                     TODAY + timedelta(days=4), promise_id=offer)
    due = services.decisions.add(person, "me", "", "Vortrag zusagen", TODAY)
    # their open decision and my decision already made do not make a promise wait on me
    slides = services.promises.add(person, "me", "Folien", due=TODAY + timedelta(days=6))
    services.decisions.add(person, "them", "Ob sie spricht", "", TODAY + timedelta(days=9),
                           promise_id=slides)
    needs = services.dashboard.build().needs_decision
    assert [(i.kind, i.ref_id, i.text, i.count) for i in needs.decisions_due] == [
        (DECISION_DUE, due, "Vortrag zusagen", 0)]
    assert [(i.kind, i.ref_id, i.name, i.text, i.due) for i in needs.waiting_promises] == [
        (WAITING_ON_ME, offer, "Ben Weber", "Angebot schicken", TODAY + timedelta(days=4))]
    services.decisions.update(waiting, "me", "Basis- oder Premiumpaket", "Premium",
                              TODAY + timedelta(days=4), promise_id=offer)
    assert services.dashboard.build().needs_decision.waiting_promises == ()


def test_a_decision_due_and_waiting_is_listed_once(services, person):
    promise = services.promises.add(person, "them", "Termin bestätigen")
    decision = services.decisions.add(person, "me", "Dienstag oder Donnerstag", "", TODAY,
                                      promise_id=promise)
    needs = services.dashboard.build().needs_decision
    assert [i.ref_id for i in needs.decisions_due] == [decision]
    assert needs.waiting_promises == ()


def test_json_backup_restores_decisions_with_their_promise(services, person, tmp_path, clock):
    promise = services.promises.add(person, "them", "Angebot")
    decision = services.decisions.add(person, "me", "Paket", "Premium", TODAY, promise_id=promise)
    services.decisions.set_reviewed(decision)
    services.exports.export(tmp_path / "backup.json", "json")
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert len(data["tables"]["decision"]["rows"]) == 1
    other = Services(Database.open(tmp_path / "other" / "rapport.db"), clock)
    try:
        other.exports.restore(tmp_path / "backup.json")
        assert other.decisions.of_contact(person) == services.decisions.of_contact(person)
        # a backup someone edited: an owner the app never writes is refused, nothing changes
        block = data["tables"]["decision"]
        block["rows"][0][block["columns"].index("owner")] = "boss"
        (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(RestoreError, match="decision"):
            other.exports.restore(tmp_path / "bad.json", force=True)
        assert other.decisions.get(decision).owner == "me"
    finally:
        other.db.close()


def test_rapport_today_prints_and_exports_the_decisions_due(tmp_path, capsys):
    from datetime import datetime, timezone

    from app.__main__ import main
    from app.domain.clock import SystemClock

    data = tmp_path / "d"
    services = Services(Database.open(data / "rapport.db"), SystemClock())
    paul = services.contacts.create(given_name="Paul", family_name="Schneider")
    today = datetime.now(timezone.utc).astimezone(services.clock.local_tz()).date()
    services.decisions.add(paul, "me", "Basis oder Premium", "", today)
    services.decisions.add(paul, "them", "", "Sponsoring erst 2027", today - timedelta(days=2))
    services.db.close()
    assert main(["--data-dir", str(data), "today"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Focus: 2 things to do first"
    # mine before theirs, even though theirs came due earlier
    assert lines[1].endswith("Paul Schneider — still to decide (mine): Basis oder Premium")
    assert lines[2].endswith("Paul Schneider — review their decision: Sponsoring erst 2027")
    assert main(["--data-dir", str(data), "today", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(i["kind"], i["owner"], i["text"], i["reason"]) for i in found["focus"]] == [
        ("decision", "me", "Basis oder Premium", "still to decide (mine): Basis oder Premium"),
        ("decision", "them", "Sponsoring erst 2027",
         "review their decision: Sponsoring erst 2027"),
    ]
    groups = {g["group"]: g["total"] for g in found["groups"]}
    assert (groups["overdue"], groups["today"]) == (1, 1)
