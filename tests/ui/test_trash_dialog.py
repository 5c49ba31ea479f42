"""The trash from the screens (issue 18): a contact deleted with Shift+Del is still in the
trash after the database is closed and opened again; Edit → Trash… restores it (Ctrl+Z puts
it back in the trash), and Empty trash deletes for good only after asking."""

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import Services
from app.storage.database import Database
from app.ui.contacts.trash_dialog import TrashDialog
from tests.ui.modal import check, when_modal
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _answer_next_question(button: QMessageBox.StandardButton, seen: list) -> None:
    """Click `button` in the next QMessageBox (opened inside the trash dialog's own loop)."""
    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, poll)


def test_trash_and_restore_after_reopening_the_database(qtbot, tmp_path, clock):
    path = tmp_path / "data" / "rapport.db"
    db = Database.open(path, backup_dir=tmp_path / "backups")
    services = Services(db, clock)
    anna = services.contacts.create(given_name="Anna", family_name="Berg")
    window, page = contacts_window(qtbot, services)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete, SHIFT)
    assert page.model.rowCount() == 0
    window.close()
    db.close()

    db = Database.open(path, backup_dir=tmp_path / "backups")  # as after a restart
    services = Services(db, clock)
    window, page = contacts_window(qtbot, services)
    assert page.model.rowCount() == 0
    seen = {}

    def restore(dialog):
        assert isinstance(dialog, TrashDialog)
        seen["rows"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.table.rowCount()
        seen["empty shown"] = dialog.empty.isVisibleTo(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, restore)
    window.trash_view_action.trigger()
    check(done)
    assert seen == {"rows": ["Anna Berg"], "after": 0, "empty shown": True}
    assert [services.contacts.get(anna).deleted_at, page.model.rowCount()] == [None, 1]

    # Ctrl+Z: back in the trash; then Empty trash asks first (Cancel keeps it, Yes deletes).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert services.contacts.get(anna).deleted_at is not None
    questions: list = []

    def empty(dialog):
        _answer_next_question(QMessageBox.StandardButton.Cancel, questions)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        seen["after cancel"] = dialog.table.rowCount()
        _answer_next_question(QMessageBox.StandardButton.Yes, questions)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        seen["after yes"] = dialog.table.rowCount()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, empty)
    window.trash_view_action.trigger()
    check(done)
    assert (seen["after cancel"], seen["after yes"]) == (1, 0)
    assert "1 contact" in questions[0] and "cannot be undone" in questions[0]
    assert services.contacts.trashed() == [] and services.contacts.count() == 0
    window.close()
    db.close()
