"""Issue 19's acceptance scenario on the real main window with 500 sample contacts: the
focus shows at most N items in the documented order, the rest is counted under "Later",
working through the focus by keys (Done, Snooze, Log, Draft → Mark as sent) empties it,
and Ctrl+Z takes back each action. Key presses on real widgets only."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.focus import focus_key
from app.services.sample import SampleNetwork
from app.ui.drafts.draft_dialog import DraftDialog
from app.ui.shell.main_window import MainWindow
from app.ui.today.today_page import ITEM_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def keys(items):
    return [(i.kind, i.ref_id, i.occurrence) for i in items]


def shown_rows(page):
    tree = page.tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def accept_log_dialog(qtbot, seen):
    """Runs inside the dialog's exec(): waits for it to show, types a summary, presses Return."""
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(20, lambda: accept_log_dialog(qtbot, seen))
        return
    seen.append(dialog)
    qtbot.keyClicks(dialog.summary, "Called about the course")
    dialog.accept()  # as tests/ui/test_contact_flows.py does: the Save button's slot


def test_working_through_the_focus_by_keys_empties_it_and_ctrl_z_undoes_each(qtbot, services):
    SampleNetwork(services.db, services.clock, services.events).generate(500)
    size = services.settings.load().focus_size
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.pages["today"]
    listing = services.today.build()
    focus = list(listing.focus)
    assert 0 < len(focus) <= size
    assert focus == sorted(focus, key=lambda i: focus_key(i, listing.today))  # documented order
    rows = shown_rows(page)
    assert rows[0].text(0).startswith(f"Focus: {len(focus)} thing")
    assert keys(r.data(0, ITEM_ROLE) for r in rows[1:len(focus) + 1]) == keys(focus)
    later = rows[len(focus) + 1]
    # 500 sample contacts: a few dozen things, not a flood (tests/services/test_sample_today.py)
    assert later.text(0) == f"Later ({listing.later_count})" and listing.later_count > 10

    actions = ["done", "snooze", "log", "draft"]
    done_keys = []
    for step in range(len(focus)):
        window.activateWindow()  # back from a dialog
        qtbot.waitUntil(window.isActiveWindow)
        page.tree.setFocus()
        item = page.current_item()
        assert keys([item]) == keys(services.today.build().focus[:1]), "the first focus row"
        action = actions[step % len(actions)]
        if action == "done":
            qtbot.keyClick(page.tree, Qt.Key.Key_D, CTRL)
        elif action == "snooze":
            qtbot.keyClick(page.tree, Qt.Key.Key_S, CTRL | SHIFT)
        elif action == "log":
            seen = []
            QTimer.singleShot(0, lambda seen=seen: accept_log_dialog(qtbot, seen))
            qtbot.keyClick(page.tree, Qt.Key.Key_L, CTRL)
            assert seen and type(seen[0]).__name__ == "LogInteractionDialog"
        else:
            qtbot.keyClick(page.tree, Qt.Key.Key_M, CTRL)
            dialog = next(d for d in window.findChildren(DraftDialog) if d.isVisible())
            qtbot.waitExposed(dialog)
            qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)  # Mark as sent
            assert not dialog.isVisible()
        done_keys.append(keys([item])[0])
        left = services.today.build().focus
        assert keys([item])[0] not in keys(left), action
        assert len(left) == len(focus) - step - 1
    assert services.today.build().focus == ()
    assert not shown_rows(page)[0].text(0).startswith("Focus"), "the focus is finished"
    assert window.undo_stack.count() == len(focus)

    for step in reversed(range(len(focus))):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        page.tree.setFocus()
        qtbot.keyClick(page.tree, Qt.Key.Key_Z, CTRL)
        back = keys(services.today.build().focus)
        assert done_keys[step] in back and len(back) == len(focus) - step
    assert keys(services.today.build().focus) == keys(focus)
