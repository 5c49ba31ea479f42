"""Help menu (shortcuts, About, data folder, log) and File → Remove sample network, used
through the menu bar with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.services.sample import SampleNetwork
from app.storage.tables import Contact
from app.ui.shell import help_menu
from app.ui.shell.help_menu import ShortcutsDialog
from app.ui.shell.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


def shown(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def choose(qtbot, window, menu_key, item_key) -> None:
    """Alt+<menu letter>, then the item's letter, as a person navigates a menu."""
    qtbot.keyClick(QApplication.focusWidget() or window, menu_key, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def visible_boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def test_help_keyboard_shortcuts_from_the_menu(qtbot, services):
    window = shown(qtbot, services)
    choose(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_K)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, ShortcutsDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_about_names_version_data_folder_and_log(qtbot, services):
    window = shown(qtbot, services)
    choose(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_A)
    (box,) = visible_boxes("about")
    assert "0." in box.text() and str(services.db.path.parent) in box.text()
    box.close()


def test_open_data_folder_failure_is_reported(qtbot, services, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    window = shown(qtbot, services)
    choose(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_D)
    assert opened and opened[0].toLocalFile() == str(services.db.path.parent)
    (box,) = visible_boxes("open_failed")
    assert str(services.db.path.parent) in box.text()
    box.close()


def test_open_data_folder_success_says_nothing(qtbot, services, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    window = shown(qtbot, services)
    choose(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_D)
    assert visible_boxes("open_failed") == []


def test_open_log_without_a_log_file_says_so(qtbot, services, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(help_menu, "log_file", lambda: None)
    window = shown(qtbot, services)
    choose(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_L)
    (box,) = visible_boxes("open_failed")
    assert "log" in box.text()
    box.close()


def test_remove_sample_network_from_the_file_menu_and_undo(qtbot, services):
    mine = services.contacts.create(given_name="Echte", family_name="Person")
    SampleNetwork(services.db, services.clock, services.events).generate(30, owner=False)
    window = shown(qtbot, services)

    def ids():
        with services.db.read() as conn:
            return sorted(conn.execute(select(Contact.id)).scalars())

    everyone = ids()
    assert len(everyone) == 31
    choose(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_S)
    assert ids() == [mine]
    assert "Remove sample network" in window.undo_action.text()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert ids() == everyone
    choose(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_S)  # again, after the undo
    assert ids() == [mine]


def test_first_run_sample_leaves_about_me_empty(qtbot, services, monkeypatch):
    """Accepting the sample fills contacts only: drafts are not signed by a made-up owner."""
    from app.services.sample_removal import SampleRemoval
    from app.ui.shell.launch import offer_sample_network

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    offer_sample_network(services)
    assert "Remove sample network" in asked[0] and "empty it later" not in asked[0]
    with services.db.read() as conn:
        assert conn.execute(select(Contact.id).where(Contact.is_me)).first() is None
    assert len(SampleRemoval(services.db, services.clock, services.events).sample_ids()) == 200
