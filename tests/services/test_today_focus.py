"""Today as a daily focus: a short list in the order that matters, and nothing that vanishes
(replies I owe, dateless promises, late promises of theirs, broken promises of mine).
Fixed clock: Monday 2026-11-23 09:30 Berlin."""

from datetime import date, timedelta

from app.domain.birthdays import Birthday
from app.domain.settings import Settings
from app.domain.today import Bucket, ItemKind
from tests.conftest import NOW

TODAY = date(2026, 11, 23)


def of_kind(today_list, kind):
    return [i for i in today_list.items() if i.kind is kind]


def new_contact(services, name, **fields):
    given, family = name.split()
    return services.contacts.create(given_name=given, family_name=family, **fields)


def test_an_inbound_message_unanswered_for_four_days_is_a_reply_i_owe(services, person):
    services.interactions.log(person, "email", "inbound", summary="Frage zu Python-Kursen",
                              occurred_at=NOW - timedelta(days=4))
    owed = of_kind(services.today.build(), ItemKind.REPLY_OWED)
    assert [(i.contact_id, i.since, i.count) for i in owed] == [(person, date(2026, 11, 19), 4)]
    assert owed[0].bucket(TODAY) is Bucket.OVERDUE  # due after 3 days: on 22 November
    services.interactions.log(person, "email", "outbound", summary="Antwort")
    assert of_kind(services.today.build(), ItemKind.REPLY_OWED) == []


def test_a_fresh_inbound_message_is_not_yet_owed_and_a_call_answers_it(services, person):
    services.interactions.log(person, "message", "inbound", occurred_at=NOW - timedelta(days=2))
    assert of_kind(services.today.build(), ItemKind.REPLY_OWED) == []
    services.interactions.log(person, "message", "inbound", occurred_at=NOW - timedelta(days=3))
    owed = of_kind(services.today.build(), ItemKind.REPLY_OWED)
    # the oldest unanswered message counts: due today, three days after it came
    assert [(i.since, i.bucket(TODAY)) for i in owed] == [(date(2026, 11, 20), Bucket.TODAY)]
    services.interactions.log(person, "phone", "mutual", occurred_at=NOW - timedelta(hours=1))
    assert of_kind(services.today.build(), ItemKind.REPLY_OWED) == []


def test_reply_owed_days_is_a_setting(services, person):
    services.interactions.log(person, "email", "inbound", occurred_at=NOW - timedelta(days=4))
    services.settings.save(Settings(reply_owed_days=7))
    assert of_kind(services.today.build(), ItemKind.REPLY_OWED) == []


def test_a_promise_without_a_date_comes_back_in_a_week(services, person):
    promise = services.promises.add(person, "me", "Lass uns dranbleiben")
    assert services.promises.get(promise).due == TODAY + timedelta(days=7)
    services.settings.save(Settings(promise_default_days=3))
    later = services.promises.add(person, "me", "Link schicken")
    assert services.promises.get(later).due == TODAY + timedelta(days=3)
    assert [i.ref_id for i in of_kind(services.today.build(), ItemKind.MY_PROMISE)] == [later, promise]


def test_no_date_chosen_on_purpose_is_listed_for_the_weekly_review(services, person):
    services.promises.add(person, "them", "Meldet sich wegen Job", no_date=True)
    assert [p.text for p in services.promises.open_without_date()] == ["Meldet sich wegen Job"]


def test_a_broken_promise_of_mine_becomes_a_repair_row_until_done(services, person):
    promise = services.promises.add(person, "me", "Folien schicken", due=TODAY - timedelta(days=3))
    services.promises.set_state(promise, "broken")
    repair = of_kind(services.today.build(), ItemKind.REPAIR)
    assert [(i.ref_id, i.text, i.bucket(TODAY)) for i in repair] == [
        (promise, "Folien schicken", Bucket.TODAY)]
    assert services.today.build().focus[0].kind is ItemKind.REPAIR  # what I owe comes first
    services.today.done(repair[0])
    assert of_kind(services.today.build(), ItemKind.REPAIR) == []


def test_their_promise_late_by_more_than_a_week_escalates_in_the_focus(services):
    anna, ben = new_contact(services, "Anna Schmidt"), new_contact(services, "Ben Weber")
    services.promises.add(anna, "them", "Intro zum CTO", due=TODAY - timedelta(days=2))
    services.promises.add(ben, "them", "Rückruf", due=TODAY - timedelta(days=10))
    focus = services.today.build().focus
    assert [(i.name, i.count) for i in focus] == [("Ben Weber", 10), ("Anna Schmidt", 2)]


def test_coming_up_reads_like_a_calendar(services):
    anna, ben = new_contact(services, "Anna Schmidt"), new_contact(services, "Ben Weber")
    services.promises.add(anna, "me", "Folien schicken", due=date(2026, 11, 28))
    services.contacts.update(ben, birthday=Birthday(11, 25))
    upcoming = services.today.build().group(Bucket.UPCOMING).items
    assert [(i.kind, i.due) for i in upcoming] == [
        (ItemKind.BIRTHDAY, date(2026, 11, 25)), (ItemKind.MY_PROMISE, date(2026, 11, 28))]


def test_the_focus_is_short_ordered_and_the_rest_is_counted(services):
    services.settings.save(Settings(focus_size=3))
    people = [new_contact(services, f"Person{n} Test", cadence_days=30) for n in range(6)]
    for n, cid in enumerate(people):  # keep-in-touch drift of 10..60 days on a 30-day cadence
        services.interactions.log(cid, "meeting", "mutual", occurred_at=NOW - timedelta(days=40 + 10 * n))
    mine = services.promises.add(people[0], "me", "Angebot schicken", due=TODAY)
    birthday = new_contact(services, "Carla Birthday")
    services.contacts.update(birthday, birthday=Birthday(11, 23))
    services.contacts.update(new_contact(services, "Dora Soon"), birthday=Birthday(11, 24))
    today_list = services.today.build()
    assert [(i.kind, i.ref_id) for i in today_list.focus] == [
        (ItemKind.MY_PROMISE, mine), (ItemKind.BIRTHDAY, birthday),
        (ItemKind.KEEP_IN_TOUCH, people[5]),  # drifted most: 60 days past a 30-day cadence
    ]
    total = sum(group.total for group in today_list.groups)
    assert today_list.later_count == total - 3 and today_list.later_count >= 6


def test_a_reply_i_owe_is_at_risk_on_the_dashboard(services, person):
    services.interactions.log(person, "email", "inbound", occurred_at=NOW - timedelta(days=9))
    _today, _week, at_risk = services.dashboard.lists()
    assert [(i.contact_id, i.count) for i in at_risk.replies_owed.items] == [(person, 9)]


def test_old_silence_is_a_reconnect_not_a_reply_i_owe(services, person):
    services.interactions.log(person, "email", "inbound", occurred_at=NOW - timedelta(days=61))
    assert of_kind(services.today.build(), ItemKind.REPLY_OWED) == []
    other = new_contact(services, "Anna Schmidt")
    services.interactions.log(other, "email", "inbound", occurred_at=NOW - timedelta(days=59))
    assert [i.contact_id for i in of_kind(services.today.build(), ItemKind.REPLY_OWED)] == [other]


def test_the_focus_takes_at_most_three_of_a_kind_unless_nothing_else_is_due(services):
    services.settings.save(Settings(focus_size=4))
    people = [new_contact(services, f"Person{n} Test") for n in range(5)]
    for n, cid in enumerate(people):
        services.promises.add(cid, "me", f"Sache {n}", due=TODAY - timedelta(days=n + 1))
    assert [i.kind for i in services.today.build().focus] == [ItemKind.MY_PROMISE] * 4
    services.interactions.log(people[0], "email", "inbound", occurred_at=NOW - timedelta(days=5))
    assert [i.kind for i in services.today.build().focus] == [ItemKind.MY_PROMISE] * 3 + [
        ItemKind.REPLY_OWED]
