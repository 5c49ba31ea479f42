"""The real flows of the contacts area, driven through the GUI like a user would."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.enums import PromiseOwner, PromiseState, TopicKind
from app.ui.contacts.contacts_model import ContactsTableModel
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def when_modal(qtbot, handle):
    """Run handle(dialog) once the next modal dialog is up (exec() blocks the test)."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        handle(dialog)
        done.append(dialog)

    QTimer.singleShot(0, poll)
    return done


def test_create_tag_log_find_archive_and_undo(qtbot, services, clock):
    other = services.contacts.create(given_name="Ben")
    services.topics.add(other, "Industrie 4.0", TopicKind.INTEREST)
    window, page = contacts_window(qtbot, services)

    # Ctrl+N: a new contact, then its page.
    def fill_new(dialog):
        dialog.given.insert("Jürgen")  # QTest types ASCII only
        dialog.family.insert("Groß")
        qtbot.keyClick(dialog.family, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill_new)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert done
    contact = page.contact_page
    assert page.views.currentWidget() is contact and contact.title_label.text() == "Jürgen Groß"
    jurgen = contact.contact_id

    # Topics of each kind; typing "indus" completes to the existing topic.
    topics_before = len(services.topics.complete("i", limit=100))
    editor = contact.topics.rows[TopicKind.INTEREST].editor
    qtbot.keyClicks(editor, "indus")
    completer = editor.completer()
    assert completer.completionModel().rowCount() == 1
    assert completer.completionModel().index(0, 0).data() == "Industrie 4.0"
    editor.setText(completer.completionModel().index(0, 0).data())
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    for kind, label in ((TopicKind.GOAL, "Marathon laufen"), (TopicKind.LOOKING_FOR, "Weiterbildung"),
                        (TopicKind.OFFERING, "Mentoring")):
        qtbot.keyClicks(contact.topics.rows[kind].editor, label)
        qtbot.keyClick(contact.topics.rows[kind].editor, Qt.Key.Key_Return)
    held = {(t.label, t.kind) for t in services.topics.of_contact(jurgen)}
    assert held == {("Industrie 4.0", TopicKind.INTEREST), ("Marathon laufen", TopicKind.GOAL),
                    ("Weiterbildung", TopicKind.LOOKING_FOR), ("Mentoring", TopicKind.OFFERING)}
    assert len(services.topics.complete("i", limit=100)) == topics_before, "Industrie 4.0 reused"
    assert [c.label.text() for c in contact.topics.rows[TopicKind.GOAL].chips] == ["Marathon laufen"]

    # Ctrl+L: log a meeting with a promise.
    def fill_log(dialog):
        assert isinstance(dialog, LogInteractionDialog) and dialog.contact_id == jurgen
        dialog.channel.setCurrentIndex(dialog.channel.findData("meeting"))
        dialog.direction.setCurrentIndex(dialog.direction.findData("mutual"))
        qtbot.keyClicks(dialog.summary, "Kaffee am Bahnhof")
        dialog.notes.setPlainText("Sucht eine Weiterbildung in Café-Nähe")
        qtbot.keyClicks(dialog.promise_rows[0].text, "Folien schicken")
        dialog.accept()

    done = when_modal(qtbot, fill_log)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert done
    (logged,) = services.interactions.of_contact(jurgen)
    assert (logged.channel, logged.summary) == ("meeting", "Kaffee am Bahnhof")
    (promise,) = services.promises.of_contact(jurgen)
    assert (promise.owner, promise.text) == (PromiseOwner.ME, "Folien schicken")
    assert promise.due is not None
    assert contact.timeline.list.count() == 1
    assert "Kaffee am Bahnhof" in contact.timeline.list.item(0).text()
    assert contact.promises.tree.topLevelItemCount() == 1

    # Back to the list; "nahe" finds "Nähe" in the notes, with a snippet.
    window.activateWindow()  # offscreen, the closed dialog stays "active" until told
    qtbot.waitUntil(window.isActiveWindow)
    contact.timeline.list.setFocus()
    qtbot.keyClick(contact.timeline.list, Qt.Key.Key_Escape)
    assert page.views.currentWidget() is page.list_view
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.search, "nahe")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).id == jurgen
    # The snippet comes right after the rows are painted: an icon, the words as tooltip.
    qtbot.waitUntil(lambda: "[Café-Nähe]" in page.model.snippet(0))
    name_cell = page.model.index(0, ContactsTableModel.COL_NAME)
    assert "[Café-Nähe]" in name_cell.data(ContactsTableModel.SNIPPET_ROLE)
    assert "Café-Nähe" in name_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert not name_cell.data(Qt.ItemDataRole.DecorationRole).isNull()
    # ... and under the list, for the selected contact, with the match in bold.
    qtbot.waitUntil(lambda: not page.notes_match.isHidden())
    assert "<b>Café-Nähe</b>" in page.notes_match.text()

    # Del archives the selected contact; Ctrl+Z brings it back.
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert services.contacts.get(jurgen).archived
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert not services.contacts.get(jurgen).archived
    assert page.model.rowCount() == 1


def test_enter_opens_the_selected_contact_and_delete_is_undoable(qtbot, services, person):
    window, page = contacts_window(qtbot, services)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.views.currentWidget() is page.contact_page
    qtbot.mouseClick(page.contact_page.delete_button, Qt.MouseButton.LeftButton)
    assert services.contacts.count() == 0
    assert page.views.currentWidget() is page.list_view
    window.undo_stack.undo()
    assert services.contacts.count() == 1
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the notice is queued


def test_promise_states_and_topic_removal_are_undoable(qtbot, services, person, clock):
    services.promises.add(person, "them", "Intro zu Anna", due=clock.now().date().replace(day=1))
    services.promises.add(person, "me", "Buch leihen")
    services.topics.add(person, "Robotik", TopicKind.INTEREST)
    window, page = contacts_window(qtbot, services)
    window.open_contact(person)
    promises = page.contact_page.promises
    first = promises.tree.topLevelItem(0)
    assert first.text(1) == "Intro zu Anna" and first.text(3) == "overdue"
    assert first.foreground(1).color().name() == "#b3261e"
    promises.tree.setCurrentItem(first)
    qtbot.mouseClick(promises.state_buttons[PromiseState.KEPT], Qt.MouseButton.LeftButton)
    states = {p.text: p.state for p in services.promises.of_contact(person)}
    assert states["Intro zu Anna"] is PromiseState.KEPT
    assert promises.tree.topLevelItem(0).text(1) == "Buch leihen", "open ones first"
    window.undo_stack.undo()
    assert services.promises.of_contact(person)[0].state is PromiseState.OPEN

    chips = page.contact_page.topics.rows[TopicKind.INTEREST].chips
    qtbot.mouseClick(chips[0].button, Qt.MouseButton.LeftButton)
    assert services.topics.of_contact(person) == []
    window.undo_stack.undo()
    assert [t.label for t in services.topics.of_contact(person)] == ["Robotik"]


def test_a_new_contact_gets_the_default_formality_and_cadence_from_settings(qtbot, services):
    from app.domain.settings import Settings

    services.settings.save(Settings(default_formality="sie", default_cadence_days=45))
    window, _page = contacts_window(qtbot, services)

    def fill_new(dialog):
        dialog.family.insert("Berger")
        qtbot.keyClick(dialog.family, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill_new)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert done
    created = services.contacts.get(window.pages["contacts"].contact_page.contact_id)
    assert (created.formality, created.cadence_days) == ("sie", 45)
