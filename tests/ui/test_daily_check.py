"""An encrypted database's day's page check runs after the window is up (not on the start
path), before the daily backup, and damage it finds is said in the window."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.storage import backup, database, encryption
from app.ui.shell import launch
from app.ui.shell.frame import when_painted
from app.ui.shell.main_window import MainWindow
from app.ui.shell.restore_dialog import RestoreDialog
from tests.storage.test_encryption import memory_keyring  # noqa: F401
from tests.storage.test_encryption_daily_check import (
    damage_the_contact_table,
    encrypted_with_an_old_backup,
)

pytest.importorskip("sqlcipher3")
# start_window installs the system language's translator: remove it for the tests after.
pytestmark = pytest.mark.usefixtures("translators_removed_afterwards")


def start_like_run_gui(qtbot, path, backups, happened: list[str]):
    """What run_gui does: the frame painted, then (load) the database, the window, the
    daily backup; each step noted in `happened`. Returns (window, services, the worker)."""
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    started: list = []

    def load() -> None:
        services = launch.open_services(path, backups)
        happened.append("database open")
        launch.start_window(QApplication.instance(), services, first_run=False, frame=frame)
        happened.append("window attached")
        started.append((services, launch.start_daily_backup(frame, services)))

    when_painted(frame, load)
    qtbot.waitUntil(lambda: bool(started), timeout=30_000)
    services, worker = started[0]
    return frame, services, worker


def test_a_clean_start_is_not_held_up_by_the_day_s_check(
        qtbot, tmp_path, clock, memory_keyring, monkeypatch):  # noqa: F811
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    encryption.store_key(path, key)
    release = threading.Event()
    real = database.check_file_pages

    def held_check(*args):  # the check starts, and waits until the test lets it go on
        happened.append("page check")
        release.wait(30)
        return real(*args)

    monkeypatch.setattr(database, "check_file_pages", held_check)
    quick = []
    inspect = database.inspect_file
    monkeypatch.setattr(database, "inspect_file",
                        lambda *a, **k: quick.append(k.get("quick", True)) or inspect(*a, **k))
    happened: list[str] = []  # one list: the check (in its thread) and the start's steps
    window, services, worker = start_like_run_gui(qtbot, path, backups, happened)
    try:
        qtbot.waitUntil(lambda: "page check" in happened, timeout=20_000)
        assert happened == ["database open", "window attached", "page check"]
        assert quick == [False]  # opening read no page beyond the schema
        # while the check runs, the window is usable: Today is there, keys work
        assert window.isEnabled() and window.current_page() is window.pages["today"]
        assert len(backup.list_backups(backups)) == 1  # no backup before the check ends
        release.set()
        assert worker.wait(30)  # (its signals may come before a waitSignal could listen)
        assert [backup.describe(p).reason for p in backup.list_backups(backups)] == ["daily"] * 2
        assert getattr(window, "damage_report", None) is None
    finally:
        release.set()
        worker.wait(30)
        services.db.close()


def test_damage_found_after_the_start_is_said_and_nothing_is_backed_up(
        qtbot, tmp_path, clock, memory_keyring):  # noqa: F811
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    encryption.store_key(path, key)
    # the search index: damage there is what only a full check finds (the start and the
    # Today page do not read it)
    damage_the_contact_table(path, key, "contact_fts_data")
    before = backup.list_backups(backups)
    happened: list[str] = []
    window, services, worker = start_like_run_gui(qtbot, path, backups, happened)
    try:
        assert happened == ["database open", "window attached"]  # the start went on
        assert worker.wait(30)
        qtbot.waitUntil(lambda: getattr(window, "damage_report", None) is not None)
        box = window.damage_report
        qtbot.waitUntil(box.isVisible)
        assert "is damaged" in box.text() and str(path) in box.text()
        assert "No backup was made of it today" in box.informativeText()
        assert "HMAC verification failed" in box.detailedText()  # what SQLCipher found
        assert backup.list_backups(backups) == before  # no copy of a damaged file
        opened = []

        def close_the_restore_dialog():
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, RestoreDialog):
                QTimer.singleShot(20, close_the_restore_dialog)
                return
            opened.append(dialog.windowTitle())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        QTimer.singleShot(0, close_the_restore_dialog)
        restore = next(b for b in box.buttons() if b.text() == "Restore from backup…")
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened))
        assert opened == ["Restore from backup"]
        qtbot.waitUntil(lambda: not box.isVisible())
    finally:
        worker.wait(30)
        services.db.close()
