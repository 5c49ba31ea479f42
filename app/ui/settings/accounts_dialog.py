"""Settings → Sync account: the CardDAV server, the user, the password (kept only in the
system keyring, through app/sync/account.py), how often to sync, whether birthdays, dates,
reminders and promises also go into the account's calendar (off for a new account), a
connection test that says what is wrong in words, save and remove.

The connection test runs in a worker thread (a server that does not answer takes the whole
timeout); the dialog stays usable and says "Testing…" meanwhile.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from app.services import Services
from app.sync import account as accounts
from app.sync.errors import SyncError
from app.ui.settings.sync_messages import reason
from app.ui.widgets import accessibility
from app.ui.widgets.icons import icon
from app.ui.widgets.wheel_guard import guard_wheel
from app.ui.widgets.workers import Worker

log = logging.getLogger(__name__)
TEST_TIMEOUT = 15.0  # seconds per request of the connection test
_RUNNING: set[Worker] = set()  # tests still running after their dialog closed


@dataclass(frozen=True)
class TestResult:
    book: str = ""  # the address book found
    error: Exception | None = None


def _test(url: str, user: str, password: str | None) -> TestResult:
    """password None: the one kept in the keyring (read here, off the GUI thread too)."""
    try:
        if password is None:
            password = accounts.stored_password(url, user) or ""
        return TestResult(book=accounts.check_connection(url, user, password, TEST_TIMEOUT))
    except SyncError as error:
        log.info("connection test: %s", type(error).__name__)  # never the URL's password
        return TestResult(error=error)


class AccountsDialog(QDialog):
    tested = Signal(bool)  # a connection test finished: True when it worked (for tests)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowIcon(icon("settings"))
        self.setMinimumWidth(560)
        self.worker: Worker | None = None
        self.saved: tuple[str, str] | None = None  # the saved URL and user
        self.intro = QLabel(wordWrap=True)
        self.url = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.interval = QSpinBox(minimum=0, maximum=24 * 60, singleStep=5)
        self.calendar = QCheckBox()  # off for a new account: nothing enters a calendar unasked
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.url, self.user, self.password, self.interval)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.calendar)  # the whole width: a long sentence, in German too
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.message, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.remove)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load()
        guard_wheel(self)

    # --- the saved account ------------------------------------------------------------------
    def _load(self) -> None:
        stored = accounts.stored_account(self.services.db)
        self.saved = stored
        self.url.setText(stored[0] if stored else "")
        self.user.setText(stored[1] if stored else "")
        self.password.clear()
        self.interval.setValue(self.services.settings.load().sync_interval_minutes)
        self.calendar.setChecked(accounts.stored_calendar(self.services.db))
        self.remove_button.setEnabled(stored is not None)
        self._placeholders()

    def _password(self) -> str | None:
        """What was typed; None for the keyring's when the URL and user are the saved ones."""
        typed = self.password.text()
        if typed or self.saved != (self._url(), self.user.text().strip()):
            return typed
        return None

    def _url(self) -> str:
        return self.url.text().strip()

    def _missing(self) -> str:
        if not self._url().startswith(("https://", "http://")):
            return self.tr("Enter the server URL, starting with https:// (or http://).")
        if not self.user.text().strip():
            return self.tr("Enter the user name.")
        return ""

    # --- test -------------------------------------------------------------------------------
    def test_connection(self) -> None:
        if self.worker is not None and self.worker.running:
            return
        missing = self._missing()
        if missing:
            self._show(missing, ok=False)
            return
        url, user, password = self._url(), self.user.text().strip(), self._password()
        self.worker = Worker(lambda _progress, _cancelled: _test(url, user, password))
        _RUNNING.add(self.worker)
        worker = self.worker
        worker.signals.done.connect(self._tested)
        worker.signals.failed.connect(lambda message: self._show(message, ok=False))
        worker.signals.finished.connect(lambda: _RUNNING.discard(worker))
        worker.signals.finished.connect(self._test_finished)
        self.test_button.setEnabled(False)
        self._show(self.tr("Testing the connection…"), ok=None)
        worker.start()

    def _tested(self, result: TestResult) -> None:
        # Done: a click right now tests again (the worker's own `running` flag clears only
        # after this signal, and a quick second click was ignored: a flaky test saw it).
        self.worker = None
        self.test_button.setEnabled(True)
        if result.error is None:
            self._show(self.tr("Connected: the address book was found."), ok=True)
            self.message.setToolTip(result.book)
        else:
            self._show(reason(result.error), ok=False)
            self.message.setToolTip(str(result.error))
        self.tested.emit(result.error is None)

    def _test_finished(self) -> None:
        self.test_button.setEnabled(True)

    def _show(self, text: str, ok: bool | None) -> None:
        self.message.setText(text)
        self.message.setToolTip("")
        self.message.setProperty("state", {True: "ok", False: "error", None: ""}[ok])
        color = {True: "palette(link)", False: "#c0392b", None: "palette(text)"}[ok]
        self.message.setStyleSheet(f"color: {color};" if ok is not None else "")

    # --- save / remove ----------------------------------------------------------------------
    def save(self) -> None:
        missing = self._missing()
        url, user, password = self._url(), self.user.text().strip(), self._password()
        if password is None:  # the saved account, unchanged: its password stays
            password = accounts.stored_password(url, user)
        if not missing and not password:
            missing = self.tr("Enter the password.")
        if missing:
            self._show(missing, ok=False)
            return
        try:
            if self.saved and self.saved != (url, user):
                accounts.forget_account(self.services.db)  # its password leaves the keyring
            accounts.save_account(self.services.db, url, user, password,
                                  calendar=self.calendar.isChecked())
        except SyncError as error:
            self._show(reason(error), ok=False)
            return
        self._save_interval()
        self.services.events.emit("sync")  # the status bar syncs with it at once
        self.accept()

    def _save_interval(self) -> None:
        settings = self.services.settings.load()
        if settings.sync_interval_minutes != self.interval.value():
            self.services.settings.save(dataclasses.replace(
                settings, sync_interval_minutes=self.interval.value()))

    def remove(self) -> None:
        """Forget the account (and its password in the keyring); the contacts stay."""
        accounts.forget_account(self.services.db)
        self._load()
        self.url.clear()
        self.user.clear()
        self._show(self.tr("The account was removed. Your contacts stay in Rapport."), ok=None)
        self.services.events.emit("sync")

    # --- texts ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _placeholders(self) -> None:
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav")
        self.password.setPlaceholderText(self.tr("Kept in the system keyring") if self.saved else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync account"))
        self.intro.setText(self.tr(
            "Rapport syncs your contacts with an address book on a CardDAV server (Nextcloud, "
            "Radicale, Baïkal, Fastmail, iCloud, mailbox.org, Synology…), so your phone and "
            "other computers have them too. The password is kept only in the system keyring."))
        for label, text in zip(self.labels, (self.tr("Server &URL:"), self.tr("U&ser name:"),
                                             self.tr("&Password:"), self.tr("Sync &every:"))):
            label.setText(text)
        self.calendar.setText(self.tr("Also put birthdays, dates, reminders and promises into "
                                      "the calen&dar"))
        self.calendar.setToolTip(self.tr("Into the account's first CalDAV calendar, at every sync"))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("Only at start and when asked"))
        self.interval.setToolTip(self.tr("Rapport also syncs when it starts, and with "
                                         "File → Sync now"))
        self.test_button.setText(self.tr("&Test connection"))
        self.remove_button.setText(self.tr("&Remove account"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self._placeholders()
        accessibility.name_from_buddies(self)
        accessibility.name(self.message, self.tr("Connection test result"))
