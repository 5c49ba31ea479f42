"""File → Restore from backup…: the backups listed with dates and sizes, a confirmation that
names what is replaced, the data replaced after a safety copy. And a damaged database at
start: the newest backup offered, nothing overwritten."""

import os
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage import backup
from app.storage.backup import describe, list_backups
from app.ui.shell.restore_dialog import RestoreDialog
from tests.ui.windows import contacts_window

LEFT = Qt.MouseButton.LeftButton


def when_box(qtbot, words: str, handle):
    """Run handle(box) once a modal message box whose text holds `words` is up."""
    seen = []

    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or words not in box.text():
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        handle(box)

    QTimer.singleShot(0, poll)
    return seen


def click_button(qtbot, box, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, LEFT)


def test_the_file_menu_opens_the_dialog(qtbot, services):
    window, _page = contacts_window(qtbot, services)
    opened = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, poll)
            return
        opened.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, poll)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: bool(opened))


def test_choose_a_backup_confirm_and_the_data_is_replaced(qtbot, services, db):
    services.contacts.create(given_name="Ada")
    old = db.backup("daily")
    earlier = (datetime.now(timezone.utc) - timedelta(days=3)).strftime(backup.STAMP)
    os.replace(old, old.with_name(f"{backup.PREFIX}{earlier}-daily.db"))
    services.contacts.create(given_name="Bob")
    db.backup("before-import")
    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 1).text() == "Daily"
    assert dialog.table.item(0, 1).text() == "Before an import"
    assert dialog.table.item(1, 2).text().lower().endswith("kb")  # "220.0 kB"
    row = dialog.table.visualItemRect(dialog.table.item(1, 0)).center()
    qtbot.mouseClick(dialog.table.viewport(), LEFT, pos=row)

    done = when_box(qtbot, "restored", lambda box: click_button(qtbot, box, "OK"))
    asked = when_box(qtbot, "replaces everything",
                     lambda box: click_button(qtbot, box, "Replace with this backup"))
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: bool(done))
    assert str(db.path) in asked[0] and "now 2 contacts" in asked[0] and "(1 contacts)" in asked[0]
    assert [r.name for r in services.contacts.list_rows()] == ["Ada"]
    assert describe(list_backups(db.backup_dir)[-1]).reason == "before-restore"
    assert dialog.table.rowCount() == 3


def test_cancel_changes_nothing(qtbot, services, db):
    services.contacts.create(given_name="Ada")
    db.backup("daily")
    services.contacts.create(given_name="Bob")
    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = when_box(qtbot, "replaces everything", lambda box: click_button(qtbot, box, "Cancel"))
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert asked
    assert services.contacts.count() == 2 and len(list_backups(db.backup_dir)) == 1


def test_a_damaged_database_at_start_offers_the_newest_backup(qtbot, tmp_path):
    from app.domain.clock import SystemClock
    from app.services import Services
    from app.storage.database import Database
    from app.ui.shell.launch import open_services
    from tests.reliability.test_start_after_crash import _corrupt_a_contact_page

    data, backups = tmp_path / "d", tmp_path / "d" / "backups"
    db = Database.open(data / "rapport.db", backup_dir=backups)
    Services(db, SystemClock()).contacts.create(given_name="Ada", about="z" * 4000)
    made = db.backup("daily")
    earlier = (datetime.now(timezone.utc) - timedelta(days=2)).strftime(backup.STAMP)
    os.replace(made, made.with_name(f"{backup.PREFIX}{earlier}-daily.db"))
    db.checkpoint()
    db.close()
    _corrupt_a_contact_page(data / "rapport.db")
    damaged = (data / "rapport.db").read_bytes()

    told = when_box(qtbot, "restored the backup", lambda box: click_button(qtbot, box, "OK"))
    offered = when_box(qtbot, "is damaged", lambda box: click_button(qtbot, box, "Restore the backup"))
    services = open_services(data / "rapport.db", backups)
    assert offered and told
    assert [r.name for r in services.contacts.list_rows()] == ["Ada"]
    kept = [p for p in data.iterdir() if "damaged" in p.name and p.suffix == ".db"]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # kept, not overwritten
    services.db.close()


def test_quit_at_the_damaged_offer_leaves_the_file_alone(qtbot, tmp_path):
    from app.storage.database import Database
    from app.ui.shell.launch import open_services
    from tests.reliability.test_start_after_crash import _corrupt_a_contact_page
    from app.domain.clock import SystemClock
    from app.services import Services

    data = tmp_path / "d"
    db = Database.open(data / "rapport.db", backup_dir=data / "backups")
    Services(db, SystemClock()).contacts.create(given_name="Ada", about="z" * 4000)
    made = db.backup("daily")
    earlier = (datetime.now(timezone.utc) - timedelta(days=2)).strftime(backup.STAMP)
    os.replace(made, made.with_name(f"{backup.PREFIX}{earlier}-daily.db"))
    db.checkpoint()
    db.close()
    _corrupt_a_contact_page(data / "rapport.db")
    damaged = (data / "rapport.db").read_bytes()
    offered = when_box(qtbot, "is damaged", lambda box: click_button(qtbot, box, "Quit"))
    assert open_services(data / "rapport.db", data / "backups") is None
    assert offered and (data / "rapport.db").read_bytes() == damaged


def test_the_window_start_makes_the_daily_backup_in_the_background(qtbot, services, db):
    from app.ui.shell.launch import start_daily_backup

    window, _page = contacts_window(qtbot, services)
    worker = start_daily_backup(window, services)
    assert worker is not None
    with qtbot.waitSignal(worker.signals.finished, timeout=20_000):
        pass
    assert [describe(p).reason for p in list_backups(db.backup_dir)] == ["daily"]
    assert start_daily_backup(window, services) is None  # once a day


def test_a_save_waiting_for_a_bulk_job_says_so_in_the_status_bar(qtbot, services):
    from app.ui.shell.launch import show_waiting

    window, _page = contacts_window(qtbot, services)
    show_waiting(2.0)  # what Database.on_wait calls between two tries
    assert "Waiting for another Rapport job" in window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is not None
    show_waiting(None)
    assert window.statusBar().currentMessage() == ""
    assert QApplication.overrideCursor() is None


def test_a_folder_named_rapport_db_is_said_in_a_dialog_at_start(qtbot, tmp_path):
    from app.ui.shell.launch import open_services

    (tmp_path / "d" / "rapport.db").mkdir(parents=True)
    told = when_box(qtbot, "is a folder", lambda box: click_button(qtbot, box, "OK"))
    assert open_services(tmp_path / "d" / "rapport.db", tmp_path / "d" / "backups") is None
    assert told and str(tmp_path / "d" / "rapport.db") in told[0]
