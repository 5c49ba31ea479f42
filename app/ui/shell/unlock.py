"""At start, the key of an encrypted database: from the system keyring without a question,
else a passphrase typed into a small dialog. A wrong passphrase says so and asks again,
three times at most; the file is never changed by a wrong try."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.storage import encryption, key_file
from app.storage.errors import StorageError

TRIES = 3


class PassphraseDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Rapport"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Your Rapport database %1 is encrypted, and the system "
                                    "keyring holds no key for it. Type its passphrase, or "
                                    "your recovery key if you forgot the passphrase.")
                            .replace("%1", str(database)))
        self.intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.intro, self.problem, self.passphrase, buttons):
            layout.addWidget(widget)
        width = 500  # the word-wrapped intro: its height for this width, not for its hint
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def show_wrong(self, tries_left: int) -> None:
        self.problem.setText(self.tr("That passphrase does not open the database. Nothing was "
                                     "changed. Tries left: %1").replace("%1", str(tries_left)))
        self.problem.show()
        self.passphrase.clear()


def unlock(database: Path, parent: QWidget | None = None) -> tuple[bool, encryption.Key | None]:
    """(go on, key): (True, None) for a plain database; (False, None) when the user gave
    up or three passphrases were wrong."""
    if not encryption.looks_encrypted(database):
        return True, None
    stored = encryption.stored_key(database)
    if stored is not None:
        return True, stored
    dialog = PassphraseDialog(database, parent)
    for attempt in range(TRIES):
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.passphrase.text():
            return False, None
        try:
            key, via = key_file.key_for_text(database, dialog.passphrase.text())
        except encryption.WrongKeyError:
            dialog.show_wrong(TRIES - attempt - 1)
            continue
        except StorageError:  # Database.open explains anything else (no extra)
            return True, encryption.Key.passphrase(dialog.passphrase.text())
        if via == "recovery":
            QMessageBox.information(parent, QCoreApplication.translate(
                "PassphraseDialog", "Opened with the recovery key"), QCoreApplication.translate(
                "PassphraseDialog", "Your recovery key opened the database. Choose a new "
                "passphrase now: Edit → Settings → Encryption… → Change passphrase. The "
                "recovery key stays valid."))
        return True, key
    return False, None
