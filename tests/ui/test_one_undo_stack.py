"""One undo stack (issue 15): Done on Today, the weekly review's decisions and everything
else are commands on the main window's QUndoStack; Ctrl+Z puts back exactly what was there.
Driven by key presses on the real window, never by calling undo()."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.domain.enums import PromiseState
from app.domain.today import ItemKind
from app.storage.tables import Reminder
from app.ui.shell.main_window import MainWindow
from app.ui.today.weekly_review import WeeklyReview

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def reminder_row(services, reminder_id) -> dict:
    with services.db.read() as conn:
        return dict(conn.execute(select(Reminder).where(Reminder.id == reminder_id)).mappings().one())


def today_keys(page) -> list:
    tree = page.tree
    return [(i.kind, i.ref_id) for r in range(tree.topLevelItemCount())
            if (i := tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole + 1)) is not None]


def test_ctrl_z_after_done_on_today_restores_the_exact_row_with_other_commands_stacked(
        qtbot, services, person, clock):
    other = services.contacts.create(given_name="Jonas", family_name="Weber")
    now = clock.now()
    # A reminder that was snoozed once and is due again: Done then Ctrl+Z must bring back
    # the snooze and the original due time, not just "pending again".
    reminder = services.reminders.add("Call about the course", now - timedelta(days=3), person)
    services.reminders.snooze(reminder, now - timedelta(hours=2))
    before = reminder_row(services, reminder)
    window = shown_window(qtbot, services)

    # Something else goes on the stack first: archive Jonas on the Contacts page (Del).
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2, CTRL)
    contacts = window.pages["contacts"]
    contacts.table.setFocus()
    row = contacts.model.row_of(other)
    contacts.table.setCurrentIndex(contacts.model.index(row, 0))
    qtbot.keyClick(contacts.table, Qt.Key.Key_Delete)
    assert services.contacts.get(other).archived
    assert window.undo_stack.count() == 1

    qtbot.keyClick(contacts.table, Qt.Key.Key_1, CTRL)
    today = window.pages["today"]
    assert window.current_page() is today
    assert today.select(ItemKind.REMINDER, reminder)
    today.tree.setFocus()
    qtbot.keyClick(today.tree, Qt.Key.Key_D, CTRL)
    assert (ItemKind.REMINDER, reminder) not in today_keys(today)
    assert reminder_row(services, reminder)["done"]
    assert window.undo_stack.count() == 2
    assert window.undo_action.text() == "&Undo Done: Maxi Müller"  # Edit → Undo says what

    qtbot.keyClick(today.tree, Qt.Key.Key_Z, CTRL)
    assert reminder_row(services, reminder) == before  # due_at, snoozed_until, done: all
    assert today.current_item().ref_id == reminder  # the row is back and selected
    assert services.contacts.get(other).archived  # only the last change was undone
    qtbot.keyClick(today.tree, Qt.Key.Key_Z, CTRL)
    assert not services.contacts.get(other).archived


def test_done_on_a_promise_and_ctrl_z_restores_state_and_resolved_at(qtbot, services, person):
    promise = services.promises.add(person, "me", "Send the slides", due=date(2026, 11, 20))
    before = services.promises.get(promise)
    window = shown_window(qtbot, services)
    today = window.pages["today"]
    assert today.select(ItemKind.MY_PROMISE, promise)
    today.tree.setFocus()
    qtbot.keyClick(today.tree, Qt.Key.Key_D, CTRL)
    assert services.promises.get(promise).state is PromiseState.KEPT
    qtbot.keyClick(today.tree, Qt.Key.Key_Z, CTRL)
    assert services.promises.get(promise) == before
    qtbot.keyClick(today.tree, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert services.promises.get(promise).state is PromiseState.KEPT


def test_weekly_review_decisions_are_on_the_main_stack(qtbot, services, person, clock):
    clock.set(datetime(2026, 11, 27, 16, 0, tzinfo=clock.local_tz()))  # Friday: review day
    kept = services.promises.add(person, "me", "Buch leihen", due=date(2026, 11, 24))
    released_before = services.promises.get(kept)
    window = shown_window(qtbot, services)
    window.undo_stack.push(QUndoCommand("something before the review"))
    review = WeeklyReview(services, window, window)
    qtbot.addWidget(review)
    review.show()
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)
    step = review.promises
    assert not step.undo.isEnabled()  # the review's Undo takes back only its own decisions
    step.table.selectRow(0)
    qtbot.mouseClick(step.release, Qt.MouseButton.LeftButton)
    assert services.promises.get(kept).state is PromiseState.RELEASED
    assert window.undo_stack.count() == 2 and step.undo.isEnabled()
    assert "Buch leihen" in window.undo_action.text()
    # Ctrl+Z in the review window is the main window's one Undo.
    qtbot.keyClick(step.table, Qt.Key.Key_Z, CTRL)
    assert services.promises.get(kept) == released_before
    assert step.table.item(0, step.COL_STATUS).text() == "Open"
    assert not step.undo.isEnabled() and window.undo_stack.canUndo()
    qtbot.mouseClick(step.release, Qt.MouseButton.LeftButton)  # again, undone by its button
    qtbot.mouseClick(step.undo, Qt.MouseButton.LeftButton)
    assert services.promises.get(kept) == released_before


def test_deleting_a_note_and_ctrl_z_brings_it_back_under_its_id(qtbot, services, person):
    from app.domain.enums import Channel, Direction
    from app.services.interactions import NewPromise

    note = services.interactions.log(person, Channel.MEETING, Direction.MUTUAL, "Kaffee",
                                     promises=[NewPromise("me", "Folien schicken")])
    (promise,) = services.promises.of_contact(person)
    window = shown_window(qtbot, services)
    window.open_contact(person)
    timeline = window.pages["contacts"].contact_page.timeline
    timeline.list.setFocus()
    timeline.list.setCurrentRow(0)
    qtbot.keyClick(timeline.list, Qt.Key.Key_Delete)
    assert services.interactions.of_contact(person) == []
    assert services.contacts.get(person).archived is False  # Del deleted the note only
    qtbot.keyClick(timeline.list, Qt.Key.Key_Z, CTRL)
    assert [r.id for r in services.interactions.of_contact(person)] == [note]
    from app.services.snapshots import SnapshotService

    linked = SnapshotService(services.db, services.clock, services.events).take("promise", id=promise.id)
    assert linked.values["interaction_id"] == note


def test_snooze_on_today_is_undone_by_ctrl_z(qtbot, services, person, clock):
    reminder = services.reminders.add("Call about the course", clock.now() - timedelta(hours=1),
                                      person)
    before = reminder_row(services, reminder)
    window = shown_window(qtbot, services)
    today = window.pages["today"]
    assert today.select(ItemKind.REMINDER, reminder)
    today.tree.setFocus()
    due_before = today.current_item().due
    qtbot.keyClick(today.tree, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert reminder_row(services, reminder)["snoozed_until"] is not None
    if today.select(ItemKind.REMINDER, reminder):  # a snoozed reminder moves to Coming up
        assert today.current_item().due > due_before
    assert window.undo_action.text() == "&Undo Snooze: Maxi Müller"
    qtbot.keyClick(today.tree, Qt.Key.Key_Z, CTRL)
    assert reminder_row(services, reminder) == before
    assert today.current_item().ref_id == reminder


def test_ctrl_z_of_a_note_deletion_after_a_newer_note_says_why_and_keeps_the_newer(
        qtbot, services, person, clock):
    services.interactions.log(person, "email", "inbound", summary="Older")
    services.interactions.log(person, "email", "inbound", summary="Deleted")
    window = shown_window(qtbot, services)
    window.open_contact(person)
    timeline = window.pages["contacts"].contact_page.timeline
    timeline.list.setFocus()
    timeline.list.setCurrentRow(0)
    qtbot.keyClick(timeline.list, Qt.Key.Key_Delete)
    clock.advance(timedelta(minutes=1))
    services.interactions.log(person, "phone", "mutual", summary="Newer")  # gets the freed id
    qtbot.waitUntil(lambda: timeline.list.count() == 2)  # its notice reaches the page
    qtbot.keyClick(timeline.list, Qt.Key.Key_Z, CTRL)
    assert [i.summary for i in services.interactions.of_contact(person)] == ["Newer", "Older"]
    assert window.statusBar().currentMessage().startswith("Cannot undo")
    assert not window.undo_stack.canUndo() or window.undo_stack.undoText() != "Delete note"
