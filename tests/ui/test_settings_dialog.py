"""The settings dialog saves what the user chose, shows it again, and applies it at once."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.domain.settings import Settings
from app.ui.settings import settings_dialog as module
from app.ui.settings.settings_dialog import SettingsDialog

Button = QDialogButtonBox.StandardButton


@pytest.fixture
def dialog(qtbot, services):
    widget = SettingsDialog(services)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def english_afterwards(qapp):
    before = QLocale()
    yield
    from app.ui.shell.i18n import remove_translators

    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def autostart(monkeypatch):
    """Stands in for app.services.autostart (written by another feature)."""
    fake = types.ModuleType("app.services.autostart")
    fake.calls = []
    fake.error = None

    def set_start_at_login(enabled: bool) -> None:
        if fake.error:
            raise fake.error
        fake.calls.append(enabled)

    fake.set_start_at_login = set_start_at_login
    monkeypatch.setitem(sys.modules, "app.services.autostart", fake)
    return fake


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    assert combo.currentData() == value


def test_round_trip_through_the_dialog(qtbot, services, dialog, autostart):
    changes = []
    services.events.subscribe(changes.append)
    assert dialog.values() == Settings()  # a new database shows the defaults
    choose(dialog.formality, "sie")
    dialog.cadence.setValue(30)
    dialog.digest_enabled.setChecked(False)
    assert not dialog.digest_hour.isEnabled()
    choose(dialog.digest_hour, 7)
    choose(dialog.notification_style, "banner")
    choose(dialog.review_weekday, 0)
    dialog.start_at_login.setChecked(True)
    dialog.keep_in_tray.setChecked(True)
    dialog.backups.setValue(14)
    dialog.buttons.button(Button.Ok).click()

    expected = Settings(default_formality="sie", default_cadence_days=30, digest_enabled=False,
                        reminder_hour=7, notification_style="banner", weekly_review_weekday=0,
                        start_at_login=True, keep_in_tray=True, backups_to_keep=14)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert services.settings.load() == expected
    assert autostart.calls == [True]
    assert len(changes) == 1  # one change notice for one save

    again = SettingsDialog(services)
    qtbot.addWidget(again)
    assert again.values() == expected
    assert again.formality.currentText() == "Sie (formal)"
    assert not again.digest_hour.isEnabled()


def test_cancel_keeps_the_saved_settings(services, dialog):
    dialog.backups.setValue(99)
    dialog.keep_in_tray.setChecked(True)
    dialog.buttons.button(Button.Cancel).click()
    assert services.settings.load() == Settings()


def test_restore_defaults_resets_the_fields_until_saved(services, dialog):
    services.settings.save(Settings(backups_to_keep=3, default_formality="sie"))
    dialog.set_values(services.settings.load())
    dialog.buttons.button(Button.RestoreDefaults).click()
    assert dialog.values().backups_to_keep == 7
    assert services.settings.load().backups_to_keep == 3


def test_settings_the_dialog_does_not_show_are_kept(qtbot, services):
    services.settings.save(Settings(weekly_review_weekday=2, language="en"))
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.backups.setValue(5)
    dialog.apply()
    assert services.settings.load() == Settings(weekly_review_weekday=2, language="en",
                                                backups_to_keep=5)


def test_a_new_language_applies_without_a_restart(qtbot, services, dialog, english_afterwards):
    assert dialog.windowTitle() == "Settings"
    choose(dialog.language, "de")
    dialog.buttons.button(Button.Apply).click()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Einstellungen")
    assert dialog.language_label.text() == "&Sprache:"
    assert dialog.language.currentData() == "de"  # the choice survives the retranslation
    assert QCoreApplication.translate("FirstRun", "Welcome to Rapport") == "Willkommen bei Rapport"
    assert services.settings.load().language == "de"

    choose(dialog.language, "en")
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")


def test_a_refused_start_at_login_is_reported_and_not_saved(
    services, dialog, autostart, monkeypatch
):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    autostart.error = PermissionError("~/.config/autostart is read-only")
    dialog.start_at_login.setChecked(True)
    dialog.backups.setValue(9)
    dialog.buttons.button(Button.Ok).click()
    assert dialog.isVisible() is False and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "read-only" in warnings[0]
    saved = services.settings.load()
    assert saved.start_at_login is False and saved.backups_to_keep == 9  # the rest is saved
    assert not dialog.start_at_login.isChecked()


def test_the_data_folder_is_shown_and_opens(services, dialog, monkeypatch):
    opened = []
    monkeypatch.setattr(module.QDesktopServices, "openUrl", lambda url: opened.append(url))
    assert dialog.data_folder.text() == str(services.db.path.parent)
    dialog.open_folder.click()
    assert opened[0].toLocalFile() == str(services.db.path.parent)


def test_the_next_start_keeps_only_the_chosen_number_of_backups(tmp_path, services, dialog):
    from app.storage.backup import backup_file, list_backups
    from app.ui.shell.launch import open_services

    folder = tmp_path / "backups"
    for _ in range(5):
        backup_file(services.db.path, folder, keep=10)
    dialog.backups.setValue(2)
    dialog.apply()
    started = open_services(services.db.path, folder)
    try:
        assert len(list_backups(folder)) == 2
    finally:
        started.db.close()
