"""Each Today situation, from its row (a real click on "Draft message") to the rendered draft a
person would send: the right occasion, the right channel, the right words."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.enums import Channel, Direction, PromiseOwner
from app.domain.today import ItemKind
from app.ui.drafts.draft_dialog import DraftDialog
from app.ui.today.today_page import TodayPage

from tests.conftest import NOW
from tests.ui.test_draft_dialog import DraftingNavigator

TODAY = NOW.date()


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    for dialog in widget.findChildren(DraftDialog):
        dialog.close()


@pytest.fixture
def maxi(services, person):
    services.contacts.update(person, emails=[{"value": "maxi@example.org"}])
    services.topics.add(person, "Industrie 4.0", "looking_for", "eine Weiterbildung")
    return person


def write(services, contact_id, times: int, channel=Channel.EMAIL, direction=Direction.OUTBOUND):
    for n in range(times):
        services.interactions.log(contact_id, channel, direction, summary=f"Mail {n}",
                                  occurred_at=NOW - timedelta(days=20 - n))


def draft_from_row(qtbot, host, services, kind, ref_id) -> DraftDialog:
    page = TodayPage(services, DraftingNavigator(host, services), parent=host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    assert page.select(kind, ref_id), f"no {kind} row for {ref_id}"
    button = page.toolbar.widgetForAction(page.draft_button)  # the row's "Draft message"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = [d for d in host.findChildren(DraftDialog) if d.isVisible()][-1]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def next_wording(qtbot, dialog, channel: str) -> None:
    """Ctrl+R ("Other wording") until the phrasing for that channel shows."""
    for _ in range(3):
        if dialog.draft.channel == channel:
            return
        qtbot.keyClick(dialog.body, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert dialog.draft.channel == channel


def test_three_unanswered_change_the_approach_never_another_email(qtbot, host, services, maxi):
    write(services, maxi, 3)
    dialog = draft_from_row(qtbot, host, services, ItemKind.STOP, maxi)
    assert dialog.current_occasion() == "change_approach"
    seen = {}
    for _ in range(3):  # every phrasing, through Ctrl+R ("Other wording")
        draft = dialog.draft
        seen[draft.channel] = (dialog.recipients.text(), dialog.body.toPlainText(), dialog.subject.text())
        assert not dialog.mail_button.isEnabled()  # no mailto to the same address
        assert draft.recipients == () and "maxi@example.org" not in dialog.recipients.text()
        qtbot.keyClick(dialog.body, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert set(seen) == {"social", "phone", ""}
    assert "LinkedIn" in seen["social"][0] and "Hast du in den nächsten Wochen Zeit" in seen["social"][1]
    assert "Stichpunkte für das Gespräch:" in seen["phone"][1]
    assert "„Suchst du noch eine Weiterbildung zum Thema Industrie 4.0?“" in seen["phone"][1]
    assert "Neuer Versuch am 21. Dezember 2026" in seen[""][1]  # four weeks on
    assert "Meine letzten 3 Nachrichten" in seen[""][1]
    assert "E-Mail" not in seen["social"][1] or "meine E-Mail vom" in seen["social"][1]


def test_a_linkedin_message_is_logged_as_such(qtbot, host, services, maxi):
    write(services, maxi, 3)
    dialog = draft_from_row(qtbot, host, services, ItemKind.STOP, maxi)
    next_wording(qtbot, dialog, "social")
    qtbot.keyClick(dialog.mail_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+E opens no mail program for a LinkedIn message
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    newest = services.interactions.of_contact(maxi, limit=1)[0]
    assert newest.channel is Channel.SOCIAL and newest.direction is Direction.OUTBOUND


def test_the_pause_note_puts_the_row_away_until_the_date_to_try_again(qtbot, host, services, maxi):
    write(services, maxi, 3)
    dialog = draft_from_row(qtbot, host, services, ItemKind.STOP, maxi)
    next_wording(qtbot, dialog, "")
    assert "Pause" in dialog.sent_button.text()
    before = len(services.interactions.of_contact(maxi))
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(services.interactions.of_contact(maxi)) == before  # nothing was sent
    stop_rows = [i for i in services.today.build().items() if i.kind is ItemKind.STOP]
    assert stop_rows == []  # snoozed until 21 December


def test_from_the_contact_page_the_pause_note_sets_a_reminder(qtbot, host, services, maxi):
    from tests.ui.test_draft_dialog import open_dialog

    write(services, maxi, 3)
    dialog = open_dialog(qtbot, host, services, maxi, "change_approach")
    next_wording(qtbot, dialog, "")
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    reminders = services.reminders.of_contact(maxi)
    assert any(r.due_at.date() == date(2026, 12, 21) for r in reminders)


def test_two_unanswered_get_a_light_nudge_by_email(qtbot, host, services, maxi):
    write(services, maxi, 2)
    dialog = draft_from_row(qtbot, host, services, ItemKind.WAITING, maxi)
    assert dialog.current_occasion() == "nudge" and dialog.mail_button.isEnabled()
    assert "maxi@example.org" in dialog.recipients.text()
    body = dialog.body.toPlainText()
    assert "E-Mail" in body and "Mail 1" not in body  # my e-mail, never my private summary
    assert len(body.split()) < 90  # short and light


@pytest.mark.parametrize("late_days, clearer", [(3, False), (9, True)])
def test_their_overdue_promise_gets_a_kind_nudge_then_a_clearer_ask(
        qtbot, host, services, maxi, late_days, clearer):
    promise = services.promises.add(maxi, PromiseOwner.THEM, "Stellt mich dem CTO vor",
                                    due=TODAY - timedelta(days=late_days))
    dialog = draft_from_row(qtbot, host, services, ItemKind.THEIR_PROMISE, promise)
    assert dialog.current_occasion() == "nudge"
    body = dialog.body.toPlainText()
    assert "Stellt mich dem CTO vor" not in body and "was du mir zugesagt hattest" in body
    asks = ("Ein kurzes Ja oder Nein", "Klappt das noch?", "ob es noch klappt")
    assert any(ask in body for ask in asks) is clearer, body


def test_my_late_promise_gets_a_repair_draft(qtbot, host, services, maxi):
    promise = services.promises.add(maxi, PromiseOwner.ME, "Link zum Vortrag schicken",
                                    due=TODAY - timedelta(days=5))
    dialog = draft_from_row(qtbot, host, services, ItemKind.MY_PROMISE, promise)
    assert dialog.current_occasion() == "apology"
    body = dialog.body.toPlainText()
    assert "Link zum Vortrag schicken" not in body
    assert "30. November 2026" in body  # a new date, a week from today
    assert not dialog.keep_promise.isChecked()  # an apology does not keep the promise


def test_a_reply_i_owe_gets_a_reply_starter(qtbot, host, services, maxi):
    services.interactions.log(maxi, Channel.EMAIL, Direction.INBOUND, summary="Fragt nach Q1",
                              occurred_at=NOW - timedelta(days=6))
    items = [i for i in services.today.build().items() if i.kind is ItemKind.REPLY_OWED]
    assert items, "no reply-owed row"
    dialog = draft_from_row(qtbot, host, services, ItemKind.REPLY_OWED, items[0].ref_id)
    assert dialog.current_occasion() == "follow_up"
    assert "Danke für deine E-Mail" in dialog.subject.text()
    body = dialog.body.toPlainText()
    assert "danke für deine E-Mail vom 17. November 2026!" in body  # which message, by its date
    assert "Fragt nach Q1" not in body  # the private summary is never quoted


def test_the_call_note_logs_a_phone_call(qtbot, host, services, maxi):
    write(services, maxi, 3)
    dialog = draft_from_row(qtbot, host, services, ItemKind.STOP, maxi)
    next_wording(qtbot, dialog, "phone")
    assert dialog.sent_button.text().replace("&", "") == "Log the call"
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert services.interactions.of_contact(maxi, limit=1)[0].channel is Channel.PHONE


def test_a_group_of_mine_that_fits_them_gets_a_draft_with_its_link(qtbot, host, services, maxi):
    from app.ui.contacts.what_we_share import WhatWeShareSection

    services.groups.create("Industrie 4.0 Stammtisch", url="https://example.org/i40",
                           i_am_member=True, topics=["Industrie 4.0"])
    section = WhatWeShareSection(services, DraftingNavigator(host, services), parent=host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    section.set_contact(maxi)
    assert section.groups.isVisible(), "the group does not show as fitting"
    section.groups.setFocus()
    qtbot.keyClick(section.groups, Qt.Key.Key_Tab)  # the group's page
    qtbot.keyClick(section.groups, Qt.Key.Key_Tab)  # "Draft a note about it…"
    qtbot.keyClick(section.groups, Qt.Key.Key_Return)
    dialogs = [d for d in host.findChildren(DraftDialog) if d.isVisible()]
    assert dialogs, "no draft opened"
    body = dialogs[-1].body.toPlainText()
    assert dialogs[-1].current_occasion() == "share_resource"
    assert "Industrie 4.0 Stammtisch, https://example.org/i40" in body


def test_draft_intro_on_common_ground_opens_the_ask_first_note(qtbot, host, services, clock):
    """Double opt-in: "Draft intro…" asks the first person before writing to both."""
    from app.services.sample import SampleNetwork
    from app.ui.common_ground.common_ground_page import CommonGroundPage

    SampleNetwork(services.db, clock, services.events).generate(80)
    page = CommonGroundPage(services, DraftingNavigator(host, services), parent=host)
    host.show()
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading() and bool(page.introductions), timeout=10_000)
    first = page.introductions[0]
    page.select(0)
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    dialog = [d for d in host.findChildren(DraftDialog) if d.isVisible()][-1]
    assert dialog.current_occasion() == "introduction_ask"
    assert dialog.draft.recipients == services.drafts.facts(first.a_id).person.emails[:1]  # one person
    other = services.contacts.get(first.b_id)
    assert other.given_name in dialog.body.toPlainText() or other.family_name in dialog.body.toPlainText()


def test_feedback_from_the_contact_page_names_gap_effect_and_proposal(qtbot, host, services, maxi):
    from app.ui.contacts.contact_page import ContactPage

    page = ContactPage(services, DraftingNavigator(host, services), parent=host)
    page.set_contact(maxi)
    host.show()
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)  # "Draft message…"
    dialog = [d for d in host.findChildren(DraftDialog) if d.isVisible()][-1]
    dialog.occasion.setFocus()
    qtbot.keyClick(dialog.occasion, Qt.Key.Key_End)  # the last occasion: feedback
    assert dialog.current_occasion() == "feedback"
    body = dialog.body.toPlainText()
    lines = ("Was mir aufgefallen ist: …", "Was das bewirkt hat: …", "Mein Vorschlag: …")
    others = (("Konkret: …", "Die Folge war: …", "Was ich vorschlagen würde: …"),
              ("Was nicht gepasst hat: …", "Wie sich das ausgewirkt hat: …",
               "Wie wir es künftig machen könnten: …"))
    assert any(all(line in body for line in variant) for variant in (lines, *others)), body
    assert body.startswith("Hallo Maxi,") and "Sie " not in body
