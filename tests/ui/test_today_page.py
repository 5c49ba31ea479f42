"""The Today view on the sample network: its rows and its actions."""

from datetime import timedelta

import pytest

from app.domain.today import Bucket, ItemKind
from app.services.sample import SampleNetwork
from app.ui.today.today_page import ITEM_ROLE, TodayPage, draft_occasion
from tests.fakes import RecordingNavigator


@pytest.fixture
def page(qtbot, services):
    SampleNetwork(services.db, services.clock, services.events).generate(200)
    navigator = RecordingNavigator()
    widget = TodayPage(services, navigator)
    qtbot.addWidget(widget)
    widget.navigator_calls = navigator.calls
    services.events.subscribe(lambda change: widget.refresh())
    return widget


def rows(page):
    tree = page.tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_rows_match_the_service_groups_with_reasons(page, services):
    today = services.today.build()
    items = [r.data(0, ITEM_ROLE) for r in rows(page) if r.data(0, ITEM_ROLE)]
    # The focus first, then every other item once, in its bucket's order.
    focus = list(today.focus)
    assert focus and items[: len(focus)] == focus
    assert items[len(focus):] == [i for i in today.items() if i not in focus]
    headers = [r.text(0) for r in rows(page) if not r.data(0, ITEM_ROLE) and "(" in r.text(0)]
    # The believable sample's first morning: a few things to do first, a few more later.
    assert 3 <= len(focus) <= 7 and 5 <= today.later_count <= 30
    assert headers[0].startswith(f"Focus: {len(focus)} thing")
    assert headers[1] == f"Later ({today.later_count})"
    expected = [g for g in today.groups if g.total - len([i for i in g.items if i in focus])]
    assert [h.split(" (")[0] for h in headers[2:]] == [
        {Bucket.OVERDUE: "Overdue", Bucket.TODAY: "Today", Bucket.UPCOMING: "Coming up"}[g.bucket]
        for g in expected]
    first = next(r for r in rows(page) if r.data(0, ITEM_ROLE))
    assert first.text(page.COL_WHO) == first.data(0, ITEM_ROLE).name
    assert first.text(page.COL_WHY) == page.reason(first.data(0, ITEM_ROLE)) != ""


def test_the_sample_morning_has_a_little_in_every_bucket_and_no_flood(page, services):
    """A believable first Today (the flood of ~150 overdue items made it a pile of guilt)."""
    today = services.today.build()
    overdue, due_today, coming = (today.group(b).total for b in Bucket)
    assert 1 <= overdue <= 5 and 1 <= due_today <= 8 and 1 <= coming <= 12
    shown = [r.data(0, ITEM_ROLE) for r in rows(page) if r.data(0, ITEM_ROLE)]
    assert len(shown) == overdue + due_today + coming  # every item listed, none only counted
    assert ItemKind.REPAIR not in {item.kind for item in shown}  # no broken promises


def test_the_focus_heads_the_list_with_at_most_the_setting_and_the_rest_is_counted(page, services):
    from app.domain.settings import Settings

    services.settings.save(Settings(focus_size=3))
    page.refresh()
    texts = [r.text(0) for r in rows(page)]
    assert texts[0].startswith("Focus: 3 thing")
    focus_rows = rows(page)[1:4]
    assert [r.data(0, ITEM_ROLE) for r in focus_rows] == list(services.today.build().focus)
    assert rows(page)[4].text(0) == f"Later ({services.today.build().later_count})"
    assert page.current_item() == focus_rows[0].data(0, ITEM_ROLE)  # the first thing to do


# Done and Ctrl+Z on the real main window: tests/ui/test_one_undo_stack.py


def test_snooze_tomorrow_hides_it_until_then(page, services, clock):
    item = page.current_item()
    page.snooze_days(1)
    keys = [(r.data(0, ITEM_ROLE).kind, r.data(0, ITEM_ROLE).ref_id)
            for r in rows(page) if r.data(0, ITEM_ROLE)]
    assert (item.kind, item.ref_id) not in keys
    clock.advance(timedelta(days=1))
    page.refresh()
    assert page.select(item.kind, item.ref_id)


def test_row_actions_call_the_navigator(page):
    item = page.current_item()
    page.open_contact()
    page.log_interaction()
    page.draft_message()
    occasion, context = draft_occasion(item, page.services.today.build().today)
    assert page.navigator_calls == [
        ("open_contact", item.contact_id), ("log_interaction", item.contact_id),
        ("draft_message", item.contact_id, occasion, {"today_item": item, **context}),
    ]


def test_draft_occasions_follow_the_reason(page):
    services = page.services
    today = services.today.build().today
    # The sample has threads waiting for a reply but, believably, none at three unanswered.
    quiet = services.contacts.create(given_name="Jörg", family_name="Voß")
    for days in (20, 12, 5):
        services.interactions.log(quiet, "email", "outbound", "About the course",
                                  occurred_at=services.clock.now() - timedelta(days=days))
    page.refresh()
    seen = {}
    for row in rows(page):
        item = row.data(0, ITEM_ROLE)
        if item is not None:
            seen.setdefault(item.kind, draft_occasion(item, today))
    assert seen[ItemKind.BIRTHDAY] == ("birthday", {})
    assert seen[ItemKind.KEEP_IN_TOUCH] == ("reconnect", {})
    assert seen[ItemKind.WAITING][0] == "nudge"
    assert seen[ItemKind.STOP][0] == "change_approach"  # never a 4th e-mail by default
    my_late = next(r.data(0, ITEM_ROLE) for r in rows(page) if r.data(0, ITEM_ROLE)
                   and r.data(0, ITEM_ROLE).kind is ItemKind.MY_PROMISE
                   and r.data(0, ITEM_ROLE).due < today)
    assert draft_occasion(my_late, today) == ("apology", {"promise_id": my_late.ref_id})


def test_empty_state_when_nothing_is_due(qtbot, services):
    widget = TodayPage(services, RecordingNavigator())
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty
    assert not widget.done_button.isEnabled()


def test_keep_in_touch_reasons_end_in_words_not_a_dangling_since(page):
    """The last two-way contact's date is in the Since column; the reason does not promise
    one after "since" (it read "…, no two-way contact since" with nothing after it)."""
    from dataclasses import replace

    item = next(r.data(0, ITEM_ROLE) for r in rows(page) if r.data(0, ITEM_ROLE)
                and r.data(0, ITEM_ROLE).kind is ItemKind.KEEP_IN_TOUCH
                and r.data(0, ITEM_ROLE).since is not None)
    # (without the English .qm the plural reads "day(s)")
    assert page.reason(item).startswith(f"Keep in touch: every {item.count} day")
    assert "since" not in page.reason(item) and "two-way" not in page.reason(item)
    never = page.reason(replace(item, since=None))
    assert never.startswith(f"Keep in touch: every {item.count} day")
    assert never.endswith(", no two-way contact yet")
