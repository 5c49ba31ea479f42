"""Settings → Encryption…: turn encryption at rest on or off, or change the passphrase.

The work (app/services/encryption_switch.py) runs on a worker thread with a progress bar:
at 50,000 contacts writing the other form of the file takes seconds. The open app goes on
with the same Database object afterwards (Database.reopen), so nothing restarts. While the
work runs the dialog cannot be closed, and other uses of the database wait for it.

A passphrase brings a recovery key, shown here once; the dialog stays open until the user
ticks "I have saved it".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QProgressBar, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from app.services import Services
from app.services.encryption_switch import EXTRA_HINT, KEYRING, PASSPHRASE, PLAIN, EncryptionSwitch
from app.ui.widgets.icons import icon
from app.ui.widgets.workers import Worker

MIN_LENGTH = 8
STEPS = 1000  # the progress bar's resolution


class RecoveryPanel(QGroupBox):
    """The recovery key, once: selectable, copyable, and a box to tick when it is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery key"))
        self.explain = QLabel(self.tr(
            "If you forget the passphrase, this key opens your database instead. Write it "
            "down or keep it in a password manager, away from this computer. Rapport shows "
            "it only this once and cannot show it again."))
        self.explain.setWordWrap(True)
        self.key = QLineEdit(readOnly=True)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key.text()))
        self.saved = QCheckBox(self.tr("I have sa&ved the recovery key"))
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.copy)
        _height_follows_width(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.saved)

    def show_key(self, text: str) -> None:
        self.key.setText(text)
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(text + "MM"))
        self.saved.setChecked(False)
        self.show()


class EncryptionDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.switch = EncryptionSwitch(services.db)
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Encryption"))
        self.setWindowIcon(icon("lock"))
        self.setMinimumWidth(560)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.missing = QLabel(self.tr(
            "Encryption needs the optional package sqlcipher3 (SQLCipher), which is not "
            "installed in this Rapport. Install it with %1 and start Rapport again."
        ).replace("%1", EXTRA_HINT))
        self.missing.setWordWrap(True)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.key_box = QGroupBox(self.tr("Where the key is kept"))
        self.use_keyring = QRadioButton(self.tr(
            "In the system &keyring: a random key, nothing to type at start"))
        self.use_passphrase = QRadioButton(self.tr("Behind a &passphrase, asked at every start"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.use_keyring)
        self.kinds.addButton(self.use_passphrase)
        self.passphrase = _secret_field()
        self.repeat = _secret_field()
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel(self.tr("&Repeat it:"))
        self.repeat_label.setBuddy(self.repeat)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        form = QFormLayout(self.key_box)
        form.addRow(self.use_keyring)
        form.addRow(self.use_passphrase)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)

        self.note = QLabel(self.tr(
            "Encrypting writes an encrypted copy of the database, checks it, puts it in "
            "place and then deletes the old unencrypted file; decrypting does the reverse. "
            "Deleting is not wiping: on an SSD, or a copy-on-write or journaling file "
            "system, the old data may stay readable on the disk until it is overwritten, "
            "and Rapport cannot force that. Full-disk encryption protects against it. "
            "Backups made from now on are encrypted too; older backups stay as they are."))
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.recovery = RecoveryPanel()
        self.recovery.hide()
        self.recovery.saved.toggled.connect(self._update)

        self.encrypt = QPushButton(icon("lock"), self.tr("&Encrypt"))
        self.change = QPushButton(self.tr("C&hange passphrase"))
        self.decrypt = QPushButton(self.tr("&Decrypt"))
        self.close_button = QPushButton(self.tr("Close"))
        self.encrypt.clicked.connect(self.turn_on)
        self.change.clicked.connect(self.change_key)
        self.decrypt.clicked.connect(self.turn_off)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.encrypt, self.change, self.decrypt):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        for widget in (self.status, self.missing, self.key_box, self.note, self.progress,
                       self.problem, self.recovery):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.keyring_ok = self.switch.keyring_usable()
        if not self.keyring_ok:
            self.use_keyring.setText(self.tr("In the system keyring (none is available here)"))
        self.use_keyring.setEnabled(self.keyring_ok)
        self.kinds.buttonToggled.connect(self._update)
        self._reset_choice()
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(560, self.key_box.minimumSizeHint().width() + margins.left()
                                 + margins.right()))  # the radio texts whole, in German too

    def _fit(self) -> None:
        """Tall enough for the word-wrapped texts at the current width (sizeHint alone
        does not know that wrapped labels need more lines when narrower)."""
        self.layout().activate()
        need = self.layout().totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    # --- what is shown -------------------------------------------------------------------
    def _reset_choice(self) -> None:
        state = self.switch.state()
        keyring = self.keyring_ok and state != PASSPHRASE
        (self.use_keyring if keyring else self.use_passphrase).setChecked(True)
        self.passphrase.clear()
        self.repeat.clear()
        self._update()

    def _update(self, *_args) -> None:
        state, running = self.switch.state(), self.running()
        available = self.switch.available()
        self.status.setText({
            PLAIN: self.tr("Your database is <b>not encrypted</b>: anyone who can read the "
                           "file (a lost laptop, a synced folder, a backup disk) can read "
                           "your notes."),
            KEYRING: self.tr("Your database is <b>encrypted</b>. Its key is kept in the "
                             "system keyring, so Rapport opens without asking."),
            PASSPHRASE: self.tr("Your database is <b>encrypted</b>. Rapport asks for the "
                                "passphrase at every start."),
        }[state])
        self.missing.setVisible(not available and state == PLAIN)
        wants_passphrase = self.use_passphrase.isChecked()
        self.passphrase_label.setText(self.tr("Pa&ssphrase:") if state == PLAIN
                                      else self.tr("New pa&ssphrase:"))
        self.passphrase.setEnabled(wants_passphrase and not running)
        self.repeat.setEnabled(wants_passphrase and not running)
        self.change.setText(self.tr("C&hange passphrase") if wants_passphrase
                            else self.tr("&Move the key to the keyring"))
        pending = not self.recovery.isHidden() and not self.recovery.saved.isChecked()
        idle = not running and not pending
        self.key_box.setEnabled(idle and available)
        self.encrypt.setVisible(state == PLAIN)
        self.encrypt.setEnabled(idle and available)
        self.change.setVisible(state != PLAIN)
        self.change.setEnabled(idle and (wants_passphrase or state != KEYRING))
        self.decrypt.setVisible(state != PLAIN)
        self.decrypt.setEnabled(idle)
        self.close_button.setEnabled(idle)

    def running(self) -> bool:
        return self.worker is not None and self.worker.running

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # --- actions -------------------------------------------------------------------------
    def chosen_passphrase(self) -> str | None | bool:
        """The passphrase typed twice; None for the keyring; False (and a message) when the
        two fields are not a usable passphrase."""
        if not self.use_passphrase.isChecked():
            return None
        first, second = self.passphrase.text(), self.repeat.text()
        if len(first) < MIN_LENGTH:
            self._say(self.tr("Choose a passphrase of at least %1 characters.")
                      .replace("%1", str(MIN_LENGTH)))
        elif first != second:
            self._say(self.tr("The two passphrases differ. Type the same one twice."))
        else:
            return first
        self.repeat.clear()
        self.passphrase.setFocus()
        return False

    def turn_on(self) -> None:
        passphrase = self.chosen_passphrase()
        if passphrase is not False:
            self._run(lambda report: self.switch.turn_on(passphrase, report), self.tr(
                "Done: your database is encrypted. The old unencrypted file was deleted; "
                "on an SSD its data may remain on the disk until it is overwritten."))

    def change_key(self) -> None:
        passphrase = self.chosen_passphrase()
        if passphrase is not False:
            if not passphrase:
                done = self.tr("Done: the key is now kept in the system keyring.")
            elif self.switch.state() == KEYRING or self.switch.db.key.kind == "passphrase":
                done = self.tr("Done: Rapport now asks for the passphrase at start.")
            else:
                done = self.tr("Done: Rapport now asks for the new passphrase at start. "
                               "Your recovery key stays the same.")
            self._run(lambda report: self.switch.change(passphrase, report), done)

    def turn_off(self) -> None:
        answer = QMessageBox.question(self, self.tr("Decrypt the database?"), self.tr(
            "After decrypting, anyone who can read the file can read your notes. The "
            "encrypted file is deleted."))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.switch.turn_off, self.tr(
                "Done: your database is no longer encrypted. The encrypted file was "
                "deleted."))

    def _run(self, work, done_text: str) -> None:
        self.problem.hide()
        self.recovery.hide()
        self.progress.setValue(0)
        self.progress.show()

        def job(progress, _cancelled):
            return work(lambda fraction: progress(int(fraction * STEPS), STEPS))

        self.worker = Worker(job, self)
        self.worker.signals.progress.connect(lambda done, _total: self.progress.setValue(done))
        self.worker.signals.done.connect(lambda recovery: self._finished(recovery, done_text))
        self.worker.signals.failed.connect(self._failed)
        self.worker.start()
        self._update()

    def _finished(self, recovery: str | None, done_text: str) -> None:
        self.worker = None
        self.progress.setValue(STEPS)
        self._say(done_text)
        if recovery:
            self.recovery.show_key(recovery)
        self._reset_choice()
        self._fit()
        (self.recovery.saved if recovery else self.close_button).setFocus()

    def _failed(self, message: str) -> None:
        self.worker = None
        self.progress.hide()
        self._say(self.tr("Rapport could not do that: %1").replace("%1", message))
        self._update()

    # --- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.close_button.isEnabled():  # not while working, nor before the key is saved
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_button.isEnabled():
            super().closeEvent(event)
        else:
            event.ignore()


def _height_follows_width(widget: QWidget) -> None:
    """A box holding word-wrapped text: its parent layout asks it for height-for-width."""
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
