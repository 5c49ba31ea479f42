"""File → Restore from backup… → From a JSON file…: a sealed JSON backup asks for its
passphrase; a wrong one is said with the file's name and changes nothing; the right one
replaces the data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from app.services import Services
from app.storage.database import Database
from app.ui.shell.restore_dialog import RestoreDialog
from tests.ui.test_restore_dialog import click_button, when_box

pytest.importorskip("cryptography")


def when_passphrase_asked(qtbot, text: str):
    seen = []

    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.labelText())
        qtbot.keyClicks(box.focusWidget(), text)
        qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, poll)
    return seen


@pytest.fixture
def sealed_backup(tmp_path, clock):
    source = Services(Database.open(tmp_path / "source" / "rapport.db"), clock)
    source.contacts.create(given_name="Zoë", family_name="Müller", about="Zeppelin")
    path = tmp_path / "b.json"
    source.exports.export(path, "json", passphrase="richtig")
    source.db.close()
    return path


def names(services):
    return sorted(r.name for r in services.contacts.list_rows())


def test_a_sealed_json_backup_asks_for_its_passphrase(qtbot, services, sealed_backup, monkeypatch):
    services.contacts.create(given_name="Ada")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(sealed_backup), "")))
    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()

    asked = when_passphrase_asked(qtbot, "falsch")
    confirm = when_box(qtbot, "replaces everything",
                       lambda box: click_button(qtbot, box, "Replace with this backup"))
    refused = when_box(qtbot, "does not open", lambda box: click_button(qtbot, box, "OK"))
    qtbot.mouseClick(dialog.json_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(refused), timeout=60000)
    assert asked and "b.json" in asked[0] and confirm
    assert str(sealed_backup) in refused[0] and "Nothing was changed" in refused[0]
    assert names(services) == ["Ada"]

    when_passphrase_asked(qtbot, "richtig")
    when_box(qtbot, "replaces everything",
             lambda box: click_button(qtbot, box, "Replace with this backup"))
    done = when_box(qtbot, "restored", lambda box: click_button(qtbot, box, "OK"))
    qtbot.mouseClick(dialog.json_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    assert names(services) == ["Zoë Müller"]
