"""Decision notes in the window: recorded from the contact's notes with real widgets, shown in
the timeline, back on Today on the review day (Done and Snooze, each undone by Ctrl+Z), and
on the Dashboard under "Needs a decision". Fixed clock: Monday 2026-11-23 09:30 Berlin."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.today import ItemKind
from app.ui.contacts.decision_dialog import REVIEW_AFTER_DAYS, DecisionDialog
from app.ui.contacts.timeline import DECISION_ROLE
from app.ui.dashboard.dashboard_page import DashboardPage
from app.ui.shell.main_window import MainWindow
from app.ui.today.today_page import ITEM_ROLE
from tests.ui.modal import check, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TODAY = date(2026, 11, 23)


def shown_window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def save(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def decision_rows(timeline):
    return [timeline.list.item(i) for i in range(timeline.list.count())
            if timeline.list.item(i).data(DECISION_ROLE) is not None]


def test_record_a_decision_from_the_notes_edit_it_and_ctrl_z(qtbot, services, person):
    offer = services.promises.add(person, "them", "Angebot schicken")
    services.interactions.log(person, "meeting", "mutual", summary="Kaffee")
    window = shown_window(qtbot, services)
    window.open_contact(person)
    timeline = window.pages["contacts"].contact_page.timeline

    def fill(dialog):
        assert isinstance(dialog, DecisionDialog)
        assert dialog.review_on.date() == QDate(TODAY + timedelta(days=REVIEW_AFTER_DAYS))
        qtbot.keyClicks(dialog.context, "Basis- oder Premiumpaket")  # nothing decided yet
        dialog.promise.setFocus()
        qtbot.keyClick(dialog.promise, Qt.Key.Key_Down)  # the open promise it is about
        assert dialog.promise.currentData() == offer
        save(qtbot, dialog)

    done = when_modal(qtbot, fill)
    qtbot.mouseClick(timeline.decide, Qt.MouseButton.LeftButton)
    check(done)
    [decision] = services.decisions.of_contact(person)
    assert (decision.context, decision.decided, decision.owner, decision.promise_id) == (
        "Basis- oder Premiumpaket", "", "me", offer)
    [row] = decision_rows(timeline)
    assert "Still to decide" in row.text() and "Basis- oder Premiumpaket" in row.text()
    assert timeline.list.row(row) == 0  # the newest note

    def decide(dialog):
        assert dialog.context.toPlainText() == "Basis- oder Premiumpaket"
        qtbot.keyClicks(dialog.decided, "Premium")
        save(qtbot, dialog)

    done = when_modal(qtbot, decide)
    timeline.list.setFocus()
    timeline.list.setCurrentItem(row)
    qtbot.keyClick(timeline.list, Qt.Key.Key_Return)  # Enter opens it
    check(done)
    assert services.decisions.get(decision.id).decided == "Premium"
    assert "Decided: Premium" in decision_rows(timeline)[0].text()
    assert window.undo_stack.count() == 2
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    timeline.list.setFocus()
    qtbot.keyClick(timeline.list, Qt.Key.Key_Z, CTRL)  # the edit
    assert services.decisions.get(decision.id).decided == ""
    qtbot.keyClick(timeline.list, Qt.Key.Key_Z, CTRL)  # the recording
    assert services.decisions.of_contact(person) == []
    assert decision_rows(timeline) == []


def test_an_empty_decision_is_refused_in_words(qtbot, services, person):
    dialog = DecisionDialog(services, person)
    qtbot.addWidget(dialog)
    dialog.show()
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "decided" in dialog.error.text()
    assert services.decisions.of_contact(person) == []


def test_on_the_review_day_today_lists_it_and_done_and_snooze_are_undone_by_ctrl_z(
        qtbot, services, person):
    decision = services.decisions.add(person, "me", "Welcher Kurs", "", TODAY)
    window = shown_window(qtbot, services)
    page = window.pages["today"]

    def select_decision():
        for i in range(page.tree.topLevelItemCount()):
            item = page.tree.topLevelItem(i).data(0, ITEM_ROLE)
            if item is not None and item.kind is ItemKind.DECISION:
                page.tree.setCurrentItem(page.tree.topLevelItem(i))
                return page.tree.topLevelItem(i)
        return None

    row = select_decision()
    assert row is not None and row.text(1) == "Still to decide (mine): Welcher Kurs"
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_D, CTRL)  # Done: reviewed
    assert select_decision() is None
    assert services.decisions.get(decision).reviewed_at is not None
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, CTRL)
    assert select_decision() is not None
    assert services.decisions.get(decision).reviewed_at is None
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_S, CTRL | SHIFT)  # Snooze until tomorrow
    assert select_decision() is None
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, CTRL)
    assert select_decision() is not None


def test_dashboard_needs_a_decision_opens_the_contact(qtbot, services, person):
    ben = services.contacts.create(given_name="Ben", family_name="Weber")
    offer = services.promises.add(ben, "them", "Angebot schicken")
    services.decisions.add(ben, "me", "Paket", "", TODAY + timedelta(days=4), promise_id=offer)
    services.decisions.add(person, "me", "", "Vortrag zusagen", TODAY - timedelta(days=1))
    window = shown_window(qtbot, services)
    window.show_page("dashboard")
    page = window.pages.get("dashboard")
    assert isinstance(page, DashboardPage)
    box = page.needs_decision
    texts = [(row.text(0), row.text(1)) for row in box.contact_items()]
    assert texts == [("Maxi Müller", "Review: Vortrag zusagen"),
                     ("Ben Weber", "Waits on my decision: Angebot schicken")]
    headings = [box.tree.topLevelItem(i).text(0) for i in range(box.tree.topLevelItemCount())]
    assert headings == ["Decisions to review (1)", "Promises waiting on my decision (1)"]
    box.tree.setFocus()
    box.tree.setCurrentItem(box.contact_items()[1])
    qtbot.keyClick(box.tree, Qt.Key.Key_Return)
    assert window.pages["contacts"].contact_page.contact_id == ben


def test_the_morning_digest_says_a_decision_is_due(services, person):
    from app.ui.shell.scheduler import digest_line

    services.decisions.add(person, "me", "Welcher Kurs", "", TODAY)
    [item] = [i for i in services.today.build().items() if i.kind is ItemKind.DECISION]
    assert digest_line(item, TODAY) == "Maxi Müller — a decision to look at: Welcher Kurs"
