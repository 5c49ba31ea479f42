"""Edit → Settings…: every user setting in one dialog, saved through services.settings.

Changes apply at once: a new language re-installs the translators, and the widgets that
handle LanguageChange (this dialog; the main window, which rebuilds its menus and pages)
retranslate without a restart.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.domain.settings import Settings
from app.services import Services
from app.ui.settings.encryption_dialog import EncryptionDialog
from app.ui.widgets import accessibility
from app.ui.widgets.icons import icon
from app.ui.widgets.wheel_guard import guard_wheel

log = logging.getLogger(__name__)
# Language names are shown in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._saved = services.settings.load()
        self.setWindowIcon(icon("settings"))
        self.setMinimumWidth(560)

        self.language = QComboBox()
        self.theme = QComboBox()
        self.data_folder = QLineEdit(str(services.db.path.parent), readOnly=True)
        self.data_folder.setCursorPosition(0)
        self.open_folder = QPushButton(icon("folder"), "")
        self.open_folder.clicked.connect(self.open_data_folder)
        self.formality = QComboBox()
        self.cadence = QSpinBox(minimum=7, maximum=730, singleStep=7)
        self.digest_enabled = QCheckBox()
        self.digest_hour = QComboBox()
        self.digest_enabled.toggled.connect(self.digest_hour.setEnabled)
        self.notification_style = QComboBox()
        self.review_weekday = QComboBox()
        self.start_at_login = QCheckBox()
        self.keep_in_tray = QCheckBox()
        self.backups = QSpinBox(minimum=1, maximum=365)

        self.general, general = self._group()
        self.language_label = self._row(general, self.language)
        self.theme_label = self._row(general, self.theme)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)
        self.folder_label = QLabel()
        general.addRow(self.folder_label, folder_row)
        self.accounts_button = QPushButton(icon("sync"), "")  # Settings → Sync account (issue 22)
        self.accounts_button.clicked.connect(self.open_accounts)
        general.addRow("", self.accounts_button)
        self.encryption = QPushButton(icon("lock"), "")  # its own dialog: encryption_dialog.py
        self.encryption.clicked.connect(lambda: EncryptionDialog(services, self).exec())
        self.encryption_label = self._row(general, self.encryption)
        self.contacts, contacts = self._group()
        self.formality_label = self._row(contacts, self.formality)
        self.cadence_label = self._row(contacts, self.cadence)
        self.reminders, reminders = self._group()
        reminders.addRow(self.digest_enabled)
        self.digest_hour_label = self._row(reminders, self.digest_hour)
        self.style_label = self._row(reminders, self.notification_style)
        self.review_label = self._row(reminders, self.review_weekday)
        self.desktop, desktop = self._group()
        desktop.addRow(self.start_at_login)
        desktop.addRow(self.keep_in_tray)
        self.backups_label = self._row(desktop, self.backups)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.set_values(Settings())
        )
        layout = QVBoxLayout(self)
        for group in (self.general, self.contacts, self.reminders, self.desktop):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.set_values(self._saved)
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    # --- values <-> widgets ---------------------------------------------------------------
    def set_values(self, settings: Settings) -> None:
        _select(self.language, settings.language)
        _select(self.theme, settings.theme)
        _select(self.formality, settings.default_formality)
        self.cadence.setValue(settings.default_cadence_days)
        self.digest_enabled.setChecked(settings.digest_enabled)
        self.digest_hour.setEnabled(settings.digest_enabled)
        _select(self.digest_hour, settings.reminder_hour)
        _select(self.notification_style, settings.notification_style)
        _select(self.review_weekday, settings.weekly_review_weekday)
        self.start_at_login.setChecked(settings.start_at_login)
        self.keep_in_tray.setChecked(settings.keep_in_tray)
        self.backups.setValue(settings.backups_to_keep)

    def values(self) -> Settings:
        """The settings as shown; fields this dialog does not show keep their saved value."""
        return dataclasses.replace(
            self._saved,
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            default_formality=self.formality.currentData(),
            default_cadence_days=self.cadence.value(),
            digest_enabled=self.digest_enabled.isChecked(),
            reminder_hour=self.digest_hour.currentData(),
            notification_style=self.notification_style.currentData(),
            weekly_review_weekday=self.review_weekday.currentData(),
            start_at_login=self.start_at_login.isChecked(),
            keep_in_tray=self.keep_in_tray.isChecked(),
            backups_to_keep=self.backups.value(),
        )

    # --- saving ---------------------------------------------------------------------------
    def apply(self) -> bool:
        """Save and put into effect. False (and a message) if start-at-login failed."""
        new, old = self.values(), self._saved
        ok = True
        if new.start_at_login != old.start_at_login and not self._set_autostart(new.start_at_login):
            new = dataclasses.replace(new, start_at_login=old.start_at_login)
            self.start_at_login.setChecked(old.start_at_login)
            ok = False
        if new != old:
            self.services.settings.save(new)
            self._saved = new
        if (new.weekly_review_weekday, new.reminder_hour) != (old.weekly_review_weekday,
                                                              old.reminder_hour):
            # The weekly-review reminder (made by the first review) moves with the day.
            self.services.journal.ensure_weekly_reminder(
                QCoreApplication.translate("DashboardPage", "Weekly review"), create=False)
        if new.theme != old.theme:
            from app.ui.widgets import theme

            theme.apply(QApplication.instance(), new.theme)
        if new.language != old.language:
            from app.ui.shell.i18n import install_translators

            install_translators(QApplication.instance(), new.language)
        return ok

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def _set_autostart(self, enabled: bool) -> bool:
        try:
            autostart = importlib.import_module("app.services.autostart")
        except ModuleNotFoundError:
            return True  # not on this platform/build yet: the setting is kept for later
        try:
            autostart.set_start_at_login(enabled)
        except Exception as error:  # an OS refusal must not lose the other settings
            log.exception("start at login")
            QMessageBox.warning(self, self.tr("Start at login"), self.tr(
                "Rapport could not change whether it starts at login: %1"
            ).replace("%1", str(error)))
            return False
        return True

    def open_accounts(self) -> None:
        from app.ui.settings.accounts_dialog import AccountsDialog

        AccountsDialog(self.services, self).exec()
        interval = self.services.settings.load().sync_interval_minutes  # OK here must keep it
        self._saved = dataclasses.replace(self._saved, sync_interval_minutes=interval)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.data_folder.text()))

    # --- texts ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.contacts.setTitle(self.tr("New contacts"))
        self.reminders.setTitle(self.tr("Reminders"))
        self.desktop.setTitle(self.tr("Desktop"))
        self.language_label.setText(self.tr("&Language:"))
        _fill(self.language, [(self.tr("Follow the system"), "system"),
                              *((name, code) for code, name in LANGUAGE_NAMES.items())])
        self.folder_label.setText(self.tr("Data folder:"))
        self.theme_label.setText(self.tr("Th&eme:"))
        _fill(self.theme, [(self.tr("Follow the system"), "system"), (self.tr("Light"), "light"),
                           (self.tr("Dark"), "dark"), (self.tr("High contrast"), "high_contrast")])
        self.open_folder.setText(self.tr("&Open folder"))
        self.accounts_button.setText(self.tr("S&ync account…"))
        self.open_folder.setToolTip(self.tr("Show the folder with your database and backups"))
        self.encryption_label.setText(self.tr("Encr&yption:"))
        self.encryption.setText(self.tr("Encryption…"))
        self.formality_label.setText(self.tr("German &address:"))
        _fill(self.formality, [(self.tr("du (informal)"), "du"), (self.tr("Sie (formal)"), "sie")])
        self.cadence_label.setText(self.tr("&Keep in touch every:"))
        self.cadence.setSuffix(self.tr(" days"))
        self.digest_enabled.setText(self.tr("Show the &morning digest of who to follow up with"))
        self.digest_hour_label.setText(self.tr("Digest &time:"))
        locale = QLocale()
        _fill(self.digest_hour, [(locale.toString(QTime(hour, 0), QLocale.FormatType.ShortFormat),
                                  hour) for hour in range(24)])
        self.style_label.setText(self.tr("&Notifications:"))
        _fill(self.notification_style, [
            (self.tr("Automatic (best available)"), "auto"),
            (self.tr("Desktop notifications"), "desktop"),
            (self.tr("Tray messages"), "tray"),
            (self.tr("Banner inside Rapport"), "banner"),
        ])
        self.review_label.setText(self.tr("&Weekly review on:"))
        _fill(self.review_weekday, [(locale.standaloneDayName(day + 1), day) for day in range(7)])
        self.start_at_login.setText(self.tr("&Start Rapport when I log in"))
        self.keep_in_tray.setText(self.tr("Keep running in the tray when the window is &closed"))
        self.backups_label.setText(self.tr("&Backups to keep:"))
        self.data_folder.setToolTip(self.data_folder.text())
        self._align_labels()
        accessibility.name_from_buddies(self)

    def _align_labels(self) -> None:
        """One label column across the groups, so the fields line up."""
        labels = [label for label in self.findChildren(QLabel) if label.buddy() is not None
                  or label is self.folder_label]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    @staticmethod
    def _group() -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox()
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return group, form

    @staticmethod
    def _row(form: QFormLayout, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)
        form.addRow(label, field)
        return label


def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """(Re)fill a combo box with (text, value) items, keeping the selected value."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.blockSignals(False)
    if current is not None:
        _select(combo, current)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
