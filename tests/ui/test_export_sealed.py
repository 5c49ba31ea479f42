"""The export dialog of an encrypted database asks for the backup's passphrase twice and
writes the JSON backup sealed; a plain database's dialog asks nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import Services
from app.storage import encryption, key_file
from app.storage.database import Database
from app.ui.import_export.export_dialog import ExportDialog

pytest.importorskip("sqlcipher3")
pytest.importorskip("cryptography")

SECRET = "Sucht heimlich einen neuen Job bei Zeppelin"


@pytest.fixture
def encrypted_services(tmp_path, clock):
    path = tmp_path / "enc" / "rapport.db"
    db = Database.open(path)
    Services(db, clock).contacts.create(given_name="Zoë", family_name="Müller", about=SECRET)
    db.close()
    key, _recovery = key_file.create(path, "Datenbank")
    encryption.remove_kept_copy(encryption.encrypt_file(path, key))
    db = Database.open(path, key=key)
    yield Services(db, clock)
    db.close()


def type_into(qtbot, field, text):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_backup_of_an_encrypted_database_is_sealed_with_the_typed_passphrase(
        qtbot, encrypted_services, tmp_path, clock):
    dialog = ExportDialog(encrypted_services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.passphrase.isVisible()  # vCard: no passphrase (and a plain-text note)
    assert "will not be" in dialog.note.text()
    qtbot.mouseClick(dialog.format_buttons["json"], Qt.MouseButton.LeftButton)
    assert dialog.passphrase.isVisible() and dialog.passphrase_again.isVisible()
    assert "Without the passphrase" in dialog.note.text()
    backup = tmp_path / "b.json"
    type_into(qtbot, dialog.path, str(backup))
    type_into(qtbot, dialog.passphrase, "Sicherung 1")
    type_into(qtbot, dialog.passphrase_again, "Sicherung 2")
    qtbot.keyClick(dialog.passphrase_again, Qt.Key.Key_Return)  # Export is the default button
    assert "differ" in dialog.status.text() and not backup.exists()
    assert dialog.focusWidget() is dialog.passphrase_again and dialog.passphrase_again.text() == ""
    qtbot.keyClicks(dialog.passphrase_again, "Sicherung 1")
    qtbot.keyClick(dialog.passphrase_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    assert "encrypted with your passphrase" in dialog.status.text()
    data = backup.read_bytes()
    assert data.startswith(b"RAPPORT-SEALED-BACKUP/") and b"Zeppelin" not in data
    target = Services(Database.open(tmp_path / "t" / "rapport.db"), clock)
    try:
        assert target.exports.restore(backup, passphrase="Sicherung 1")["contact"] >= 1
        assert [r.name for r in target.contacts.list_rows("zeppelin")] == ["Zoë Müller"]
    finally:
        target.db.close()


def test_an_empty_passphrase_is_refused(qtbot, encrypted_services, tmp_path):
    dialog = ExportDialog(encrypted_services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.format_buttons["json"], Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.path, str(tmp_path / "b.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Choose a passphrase" in dialog.status.text() and dialog.focusWidget() is dialog.passphrase
    assert dialog.result is None and not (tmp_path / "b.json").exists()


def test_a_plain_database_asks_for_no_passphrase(qtbot, services, tmp_path):
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.format_buttons["json"], Qt.MouseButton.LeftButton)
    assert not dialog.passphrase.isVisible() and "encrypted" not in dialog.note.text()
