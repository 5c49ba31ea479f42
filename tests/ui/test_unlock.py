"""Starting on an encrypted database: the keyring's key silently, else the passphrase
dialog; a wrong passphrase is said plainly and asked again, the file untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.storage import encryption
from app.storage.database import Database
from app.ui.shell.unlock import PassphraseDialog, unlock

pytest.importorskip("sqlcipher3")


@pytest.fixture
def locked(tmp_path):
    path = tmp_path / "data" / "rapport.db"
    Database.open(path).close()
    encryption.remove_kept_copy(encryption.encrypt_file(path, encryption.Key.passphrase("kaffee-42")))
    return path


def type_into_dialog(qtbot, answers, seen):
    def handle():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog.problem.text() if dialog.problem.isVisible() else "")
        answer = answers.pop(0)
        if answer is None:
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
            return
        qtbot.keyClicks(dialog.passphrase, answer)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        if answers:
            QTimer.singleShot(20, handle)

    QTimer.singleShot(0, handle)


def test_wrong_then_right_passphrase(qtbot, locked):
    before = locked.read_bytes()
    seen = []
    type_into_dialog(qtbot, ["guess", "kaffee-42"], seen)
    go_on, key = unlock(locked)
    assert go_on and key == encryption.Key.passphrase("kaffee-42")
    assert seen[0] == "" and "does not open" in seen[1] and "2" in seen[1]
    assert locked.read_bytes() == before
    Database.open(locked, key=key).close()


def test_escape_quits_and_a_plain_database_asks_nothing(qtbot, locked, tmp_path):
    type_into_dialog(qtbot, [None], [])
    assert unlock(locked) == (False, None)
    plain = tmp_path / "plain.db"
    Database.open(plain).close()
    assert unlock(plain) == (True, None)


def test_export_dialog_says_the_file_is_not_encrypted(qtbot, locked, clock):
    from app.services import Services
    from app.ui.import_export.export_dialog import ExportDialog

    db = Database.open(locked, key=encryption.Key.passphrase("kaffee-42"))
    try:
        dialog = ExportDialog(Services(db, clock))
        qtbot.addWidget(dialog)
        assert "this file will not be" in dialog.note.text()
        plain_db = Database.open(locked.with_name("plain.db"))
        plain_dialog = ExportDialog(Services(plain_db, clock))
        qtbot.addWidget(plain_dialog)
        assert "encrypted" not in plain_dialog.note.text()
        plain_db.close()
    finally:
        db.close()


def test_the_recovery_key_unlocks_when_the_passphrase_is_forgotten(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app.storage import key_file

    path = tmp_path / "sealed" / "rapport.db"
    Database.open(path).close()
    data_key, recovery = key_file.create(path, "vergessene Passphrase")
    encryption.remove_kept_copy(encryption.encrypt_file(path, data_key))
    before = path.read_bytes()
    seen, told = [], []

    def close_notice():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_notice)
            return
        told.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    wrong = key_file.new_recovery_key()
    type_into_dialog(qtbot, ["falsch geraten", wrong, recovery.lower()], seen)
    QTimer.singleShot(0, close_notice)
    go_on, key = unlock(path)
    assert go_on and key == data_key
    assert "does not open" in seen[1] and "does not open" in seen[2]
    assert told and "recovery key opened" in told[0]
    assert path.read_bytes() == before  # wrong tries changed nothing
    Database.open(path, key=key).close()
