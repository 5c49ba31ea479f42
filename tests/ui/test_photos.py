"""Photos from the screens (issue 18): clicking the picture on the contact page and choosing
a file stores a small thumbnail, shown on the page, in the contacts list and on Today;
Ctrl+Z takes it back; without a photo, the initials on a colour."""

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from app.ui.contacts.contacts_model import ContactsTableModel
from app.ui.widgets.avatars import initials
from tests.ui.modal import check, when_modal
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _picture(tmp_path, name="anna.png", colour="#3366cc"):
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def test_a_photo_chosen_from_a_file_is_stored_small_and_shown(qtbot, services, clock, tmp_path):
    anna = services.contacts.create(given_name="Anna", family_name="Berg", cadence_days=7)
    path = _picture(tmp_path)
    window, page = contacts_window(qtbot, services)
    window.open_contact(anna)
    button = page.contact_page.photo
    assert not button.has_photo and button.accessibleName() == "Photo of Anna Berg"

    def choose(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    done = when_modal(qtbot, choose)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    check(done)
    stored = services.photos.get(anna)
    assert stored is not None and len(stored) < 20_000
    thumb = QImage.fromData(stored)
    assert (thumb.width(), thumb.height()) == (96, 96)
    assert thumb.pixelColor(48, 48).blue() > 150  # the picture, not initials
    assert button.has_photo and button.remove_action.isEnabled()

    # Ctrl+Z takes it back; Ctrl+Shift+Z (redo) sets it again.
    window.activateWindow()  # offscreen, the closed dialog stays "active" until told
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert services.photos.get(anna) is None
    window.undo_stack.redo()
    assert services.photos.get(anna) == stored

    # The contacts list and Today show it as the row's picture.
    page.contact_page.timeline.list.setFocus()
    qtbot.keyClick(page.contact_page.timeline.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.list_view)
    decoration = page.model.index(0, ContactsTableModel.COL_NAME).data(Qt.ItemDataRole.DecorationRole)
    assert decoration.toImage().pixelColor(10, 10).blue() > 150
    window.show_page("today")
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.tree.topLevelItemCount() > 0)
    rows = [today.tree.topLevelItem(i) for i in range(today.tree.topLevelItemCount())]
    row = next(r for r in rows if r.text(0) == "Anna Berg")
    assert not row.icon(0).isNull()


def _drop(button, path) -> None:
    """A file dragged from the file manager onto the picture and let go."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    args = (QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(button, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(button, QDropEvent(*args))


def test_a_picture_file_dropped_on_the_photo_is_taken(qtbot, services, tmp_path):
    anna = services.contacts.create(given_name="Anna", family_name="Berg")
    window, page = contacts_window(qtbot, services)
    window.open_contact(anna)
    button = page.contact_page.photo
    _drop(button, _picture(tmp_path))
    assert services.photos.get(anna) is not None and button.has_photo
    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello")
    _drop(button, not_a_picture)
    assert "not a picture" in button.last_error


def test_without_a_photo_the_initials_are_shown():
    assert [initials(n) for n in ("Anna Berg", "Zoë", "Jean-Luc Picard", "", "Dr. Ölund")] == [
        "AB", "Z", "JP", "?", "DÖ"]
