"""Settings → Encryption…, driven like a person: type the passphrase twice, click Encrypt,
wait for the progress bar, save the recovery key; the open app keeps working on the
encrypted file, and the file reopens with the passphrase or the recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QRadioButton

from app.storage import encryption, key_file
from app.storage.database import Database
from app.ui.settings import encryption_dialog as module
from app.ui.settings.encryption_dialog import EncryptionDialog
from app.ui.settings.settings_dialog import SettingsDialog
from tests.storage.test_encryption import SECRET, memory_keyring  # noqa: F401 - a fixture
from tests.ui.modal import check, when_modal

pytest.importorskip("sqlcipher3")
PASSPHRASE = "Kaffee am Morgen"


@pytest.fixture
def people(services):
    services.contacts.create(given_name="Zoë", family_name="Müller", about=SECRET)
    services.contacts.create(given_name="Anna", family_name="Berg")
    return services


@pytest.fixture
def dialog(qtbot, people, memory_keyring):  # noqa: F811
    widget = EncryptionDialog(people)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, (QCheckBox, QRadioButton)):  # on the box, not the empty right half
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_done(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=120_000)
    assert dialog.progress.value() == dialog.progress.maximum()


def type_twice(qtbot, dialog, first, second):
    click(qtbot, dialog.use_passphrase)
    assert dialog.use_passphrase.isChecked() and dialog.passphrase.isEnabled()
    qtbot.keyClicks(dialog.passphrase, first)
    qtbot.keyClicks(dialog.repeat, second)


def names(services, query=""):
    return sorted(row.name for row in services.contacts.list_rows(query))


def test_passphrase_encrypts_the_open_database_and_shows_the_recovery_key_once(
        qtbot, dialog, people):
    path = people.db.path
    type_twice(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    click(qtbot, dialog.encrypt)
    wait_done(qtbot, dialog)

    assert encryption.looks_encrypted(path) and SECRET.encode() not in path.read_bytes()
    assert not list(path.parent.glob("rapport.db.plain-*"))  # the old plain file is gone
    assert "deleted" in dialog.problem.text() and "SSD" in dialog.problem.text()
    # the app goes on without a restart: reads, FTS search (muller → Müller), writes
    assert names(people, "muller") == ["Zoë Müller"]
    people.contacts.create(given_name="Neu", family_name="Kontakt")
    assert SECRET.encode() not in path.with_name("rapport.db-wal").read_bytes()
    # the recovery key, once; the dialog cannot be closed before it is saved
    recovery = dialog.recovery.key.text()
    assert dialog.recovery.isVisible() and len(recovery) == 39
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    click(qtbot, dialog.recovery.copy)
    assert dialog.recovery.key.text() == recovery
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == recovery
    click(qtbot, dialog.recovery.saved)
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    reopened_with_recovery_key_after_forgetting_the_passphrase(path, recovery)


def reopened_with_recovery_key_after_forgetting_the_passphrase(path, recovery):
    with pytest.raises(encryption.WrongKeyError):
        key_file.key_for_text(path, "Kaffee am Abend")  # "forgotten": a wrong guess
    with pytest.raises(encryption.WrongKeyError):
        key_file.key_for_text(path, key_file.new_recovery_key())
    key, via = key_file.key_for_text(path, recovery)
    assert via == "recovery"
    other = Database.open(path, key=key)
    try:
        with other.read() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM contact").scalar()
        assert count == 3
    finally:
        other.close()


def test_the_two_passphrases_must_match(qtbot, dialog, people):
    type_twice(qtbot, dialog, PASSPHRASE, PASSPHRASE + "!")
    click(qtbot, dialog.encrypt)
    assert "differ" in dialog.problem.text()
    assert dialog.worker is None and dialog.repeat.text() == ""
    qtbot.keyClicks(dialog.repeat, "kurz")
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "kurz")
    click(qtbot, dialog.encrypt)
    assert "at least 8" in dialog.problem.text()
    assert not encryption.looks_encrypted(people.db.path)
    assert not key_file.exists(people.db.path)


def test_keyring_then_a_passphrase_then_decrypt(qtbot, dialog, people, memory_keyring):  # noqa: F811
    path = people.db.path
    assert dialog.use_keyring.isChecked()  # the keyring is offered first when there is one
    click(qtbot, dialog.encrypt)
    wait_done(qtbot, dialog)
    assert encryption.looks_encrypted(path) and encryption.stored_key(path) == people.db.key
    assert dialog.recovery.isHidden() and dialog.close_button.isEnabled()
    assert names(people) == ["Anna Berg", "Zoë Müller"]

    # from the keyring to a passphrase: nothing is rewritten, a recovery key appears
    type_twice(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert dialog.change.text().replace("&", "") == "Change passphrase"
    click(qtbot, dialog.change)
    wait_done(qtbot, dialog)
    assert encryption.stored_key(path) is None
    assert key_file.key_for_text(path, PASSPHRASE)[0] == people.db.key
    assert not dialog.recovery.isHidden() and not dialog.decrypt.isEnabled()
    click(qtbot, dialog.recovery.saved)

    # a new passphrase: the old one stops working, the recovery key stays
    recovery = dialog.recovery.key.text()
    dialog.passphrase.clear()
    type_twice(qtbot, dialog, "ganz neuer Satz", "ganz neuer Satz")
    click(qtbot, dialog.change)
    wait_done(qtbot, dialog)
    assert "recovery key stays" in dialog.problem.text()
    with pytest.raises(encryption.WrongKeyError):
        key_file.key_for_text(path, PASSPHRASE)
    assert key_file.key_for_text(path, recovery)[0] == people.db.key

    done = when_modal(qtbot, lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Yes)))
    click(qtbot, dialog.decrypt)
    check(done)
    wait_done(qtbot, dialog)
    assert not encryption.looks_encrypted(path) and people.db.key is None
    assert not key_file.exists(path) and not list(path.parent.glob("rapport.db.encrypted-*"))
    assert names(people, "muller") == ["Zoë Müller"]
    assert dialog.encrypt.isVisible() and not dialog.decrypt.isVisible()


def test_a_failure_says_so_and_leaves_the_file(qtbot, dialog, people, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise encryption.StorageError("the disk is full. Nothing was changed.")

    monkeypatch.setattr(encryption, "encrypt_file", refuse)
    click(qtbot, dialog.encrypt)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    assert "disk is full" in dialog.problem.text()
    assert not encryption.looks_encrypted(people.db.path) and people.db.key is None
    assert encryption.stored_key(people.db.path) is None  # the new key was not left behind
    assert names(people) == ["Anna Berg", "Zoë Müller"]


def test_without_the_extra_the_dialog_says_how_to_get_it(qtbot, people, monkeypatch):
    monkeypatch.setattr(encryption, "available", lambda: False)
    widget = EncryptionDialog(people)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.missing.isVisible() and "sqlcipher3" in widget.missing.text()
    assert module.EXTRA_HINT in widget.missing.text()
    assert not widget.encrypt.isEnabled()


def test_settings_opens_it(qtbot, services):
    settings = SettingsDialog(services)
    qtbot.addWidget(settings)
    settings.show()

    def close(dialog):
        assert isinstance(dialog, EncryptionDialog)
        click(qtbot, dialog.close_button)

    done = when_modal(qtbot, close)
    click(qtbot, settings.encryption)
    check(done)
