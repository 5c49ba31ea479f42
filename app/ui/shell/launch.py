"""Start the GUI: one instance per data folder, logging and the crash dialog, the window's
frame (painted before anything heavy is imported: frame.py), then the database, the
first-run offer and the pages. `--self-test` checks an installation.

Features that start with the window (Me-profile prompt, tray and scheduler) add ONE call
line each in start_window(), at the marked place.
"""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import APP_NAME, __version__

log = logging.getLogger(__name__)
FIRST_RUN_KEY = "first_run_done"
SAMPLE_SIZE = 200


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rapport")
    parser.add_argument("--data-dir", help="folder for the database (default: your data folder)")
    parser.add_argument("--no-first-run", action="store_true", help="skip the first-run questions")
    parser.add_argument("--self-test", action="store_true",
                        help="open a database in a temp folder, render the main window, exit")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.rapport.Rapport")  # matches packaging/*.desktop
    from app.ui.widgets.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def run_gui(argv: list[str]) -> int:
    args = parse_gui_args(argv)  # --self-test is dispatched by app/__main__.py
    app = make_application(argv)
    _terminator = Terminator(app)  # before any dialog: SIGTERM must end a first-run question too

    from app.config import resolve_paths
    from app.ui.shell.crash import CrashHandler, route_qt_messages, setup_logging
    from app.ui.shell.single_instance import SingleInstance, bring_to_front

    paths = resolve_paths(args.data_dir).prepare()  # folders 0700 before anything is written
    setup_logging(paths.log_file)
    route_qt_messages()
    log.info("Rapport %s starting on %s", __version__, paths.data_dir)
    instance = SingleInstance(paths.data_dir)
    if not instance.claim():
        # Never a second writer on the same database: hand over to the running window.
        if instance.activate_running():
            return 0
        QMessageBox.warning(None, APP_NAME, app.translate(
            "Launch", "Rapport is already running for %1 but does not answer. "
            "Close it (or end it in the task manager) and try again.",
        ).replace("%1", str(paths.data_dir)))
        return 1
    crash_handler = CrashHandler(paths.log_file).install()
    from app.ui.shell.frame import apply_look, remembered_look, when_painted
    from app.ui.shell.main_window import MainWindow

    look = apply_look(app, *remembered_look())
    window = MainWindow()  # the frame, painted before SQLAlchemy and the services load
    window.show()
    instance.activation_requested.connect(lambda: bring_to_front(window))
    opened = []

    def load() -> None:
        services = open_services(paths.database, paths.backups)
        if services is None:
            app.exit(2)
            return
        opened.append(services)
        if start_window(app, services, not args.no_first_run, frame=window, look=look) is None:
            app.exit(0)  # a signal ended a first-run question: do not start
            return
        start_daily_backup(window, services)

    when_painted(window, load)
    code = app.exec()
    for services in opened:
        services.db.close()
    instance.release()
    crash_handler.uninstall()
    return code


def open_services(database: Path, backups: Path):
    """The Services over the data folder's DB, or None after telling the user why not."""
    from app.domain.clock import SystemClock
    from app.services import Services
    from app.storage.database import Database
    from app.storage.errors import DamagedDatabaseError, StorageError

    from app.storage.backup import rotate

    from app.ui.shell.unlock import unlock

    go_on, key = unlock(database)  # an encrypted database: keyring, else a passphrase
    if not go_on:
        return None
    try:
        try:
            db = Database.open(database, backup_dir=backups, key=key)
        except DamagedDatabaseError as error:
            db = offer_backup(error, database, backups, key)
            if db is None:
                return None
    except StorageError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return None
    db.on_wait = show_waiting
    services = Services(db, SystemClock())
    # open() keeps its default number of backups; the user's setting lives inside the DB
    # (Services applied it to db.backups_to_keep).
    rotate(backups, db.backups_to_keep)
    return services


def offer_backup(error, database: Path, backups: Path, key=None):
    """SQLite reports damage: offer the newest backup. Nothing is overwritten: the damaged
    file is kept beside, renamed. Returns the opened Database, or None (the user quit)."""
    from app.storage.backup import describe
    from app.storage.database import Database
    from app.storage.opening import replace_damaged
    from app.ui.widgets import dates

    if not error.backups:
        QMessageBox.critical(None, APP_NAME, str(error))
        return None
    newest = error.backups[-1]
    created = describe(newest).created.astimezone()
    when = dates.date_time(created, created.date())  # the backup's own day: the year only if needed
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QApplication.translate(
        "Launch", "Your Rapport database %1 is damaged: SQLite reports a problem in it. "
        "It was left untouched.").replace("%1", str(database)))
    box.setInformativeText(QApplication.translate(
        "Launch", "The newest backup is from %1. Rapport can put a copy of it in place; the "
        "damaged file is kept beside it under a new name.").replace("%1", when))
    box.setDetailedText(str(error))
    restore = box.addButton(QApplication.translate("Launch", "Restore the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("Launch", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    kept = replace_damaged(database, newest, key=key)  # an encrypted backup: same key
    log.warning("damaged database kept as %s; restored %s", kept, newest.name)
    db = Database.open(database, backup_dir=backups, key=key)
    QMessageBox.information(None, APP_NAME, QApplication.translate(
        "Launch", "Rapport restored the backup from %1. The damaged file was kept as %2."
    ).replace("%1", when).replace("%2", str(kept)))
    return db


_waiting = {"cursor": False}


def show_waiting(seconds: float | None) -> None:
    """Database.on_wait: a save waits for another process's bulk job (an import or a
    restore from the command line). Says so in the status bar and shows a busy cursor;
    repaints directly, without running the event loop (no re-entry into the caller)."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    if threading.current_thread() is not threading.main_thread():
        return  # a worker thread waits silently; its own dialog shows progress
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if seconds is None:
        if _waiting["cursor"]:
            QApplication.restoreOverrideCursor()
            _waiting["cursor"] = False
        for window in windows:
            window.statusBar().clearMessage()
        return
    if not _waiting["cursor"]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        _waiting["cursor"] = True
    text = QApplication.translate(
        "Launch", "Waiting for another Rapport job (an import or a restore) to finish… "
        "your change is saved as soon as it has (%1 s).").replace("%1", str(int(seconds)))
    for window in windows:
        window.statusBar().showMessage(text)
        window.statusBar().repaint()


def start_daily_backup(window, services):
    """The daily backup, if one is due, in a worker thread (1.8 s at 50,000 contacts);
    for an encrypted database the day's page check first (Database.check_pages), which
    reports damage in a message like the one at start and then makes no backup."""
    from datetime import datetime, timezone

    from app.storage.backup import daily_backup_due
    from app.storage.errors import DamagedDatabaseError
    from app.ui.widgets.workers import Worker

    db = services.db
    if db.backup_dir is None or not daily_backup_due(db.backup_dir, datetime.now(timezone.utc)):
        return None

    def check_and_back_up(_progress, _cancelled):
        try:
            return db.daily_backup_if_due()
        except DamagedDatabaseError as error:  # a result: the window says it in full
            return error

    def done(result) -> None:
        if isinstance(result, DamagedDatabaseError):
            from app.ui.shell.damage_report import report_damage

            report_damage(window, result)
        else:
            log.info("daily backup %s", result)

    def failed(message: str) -> None:
        log.warning("daily backup failed: %s", message)
        window.statusBar().showMessage(message)

    worker = Worker(check_and_back_up, window)
    worker.signals.failed.connect(failed)
    worker.signals.done.connect(done)
    window.daily_backup = worker  # kept alive until it is done
    worker.start()
    return worker


def start_window(app: QApplication, services, first_run: bool = True, frame=None, look=None):
    """The main window over the services: `frame` (the window painted before the database
    was open, with the language and theme `look`) gets them, else a new window is made.
    None when a signal ended a first-run question."""
    from app.ui.contacts.me_dialog import ask_for_me_once
    from app.ui.shell.frame import apply_look
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.tray import install_background
    from app.ui.shell.sync_status import install_sync
    from app.ui.shell.warm_up import warm_pages

    settings = services.settings.load()
    if (settings.language, settings.theme) != look:  # the frame guessed from the last start
        apply_look(app, settings.language, settings.theme)
    if first_run:
        offer_sample_network(services)
        if not Terminator.requested_in(app):  # a SIGTERM ended the question: ask no more
            ask_for_me_once(services)  # briefly, once, skippable
    if Terminator.requested_in(app):
        return None
    if frame is None:
        window = MainWindow(services)
        window.show()
    else:
        window = frame
        window.attach(services)
    log.info("main window shown")
    # --- features that start with the window: one call line each, below -------------------
    install_background(window, services)  # Today's scheduler, notifications and tray
    install_sync(window, services)  # the saved sync account: at start, every N minutes, F5
    warm_pages(window, services)  # Common ground and Dashboard computed in the background
    return window


class Terminator(QObject):
    """SIGTERM/SIGINT (logout, `kill`, Ctrl+C) quit cleanly, closing the database, also
    while a modal dialog (the first-run questions) runs its own event loop.

    Python runs a signal handler only between bytecodes, and Qt's event loop runs none
    while nothing happens; signal.set_wakeup_fd makes the C handler write a byte to a
    socket, whose QSocketNotifier wakes the loop at once (no polling timer)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.requested = False
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        signal.set_wakeup_fd(self._write.fileno())
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._on_signal)
        app.aboutToQuit.connect(self._uninstall)

    @staticmethod
    def requested_in(app: QApplication) -> bool:
        terminator = app.findChild(Terminator)
        return terminator is not None and terminator.requested

    def _drain(self) -> None:
        try:
            while self._read.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _on_signal(self, number, _frame) -> None:
        log.info("signal %s: quitting", signal.Signals(number).name)
        self.requested = True
        # Close the modal dialogs innermost first (each ends its exec()), then the app.
        for _ in range(20):
            modal = self.app.activeModalWidget()
            if modal is None:
                break
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected)
            modal.close()
        QTimer.singleShot(0, self.app.quit)

    def _uninstall(self) -> None:
        signal.set_wakeup_fd(-1)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, signal.SIG_DFL)
        self._notifier.setEnabled(False)
        for end in (self._read, self._write):
            end.close()


def offer_sample_network(services) -> None:
    """On the first run with an empty database, offer a sample network to look around in."""
    from app.services.sample import SampleNetwork, is_empty

    if services.settings.get_value(FIRST_RUN_KEY) or not is_empty(services.db):
        return
    services.settings.set_value(FIRST_RUN_KEY, True)
    log.info("first run: offering the sample network")
    answer = QMessageBox.question(
        None,
        QApplication.translate("FirstRun", "Welcome to Rapport"),
        QApplication.translate(
            "FirstRun",
            "Your network is empty. Would you like to explore Rapport with a sample network "
            "of %1 made-up contacts? Your own profile stays empty for you. You can remove "
            "the sample later with File → Remove sample network.",
        ).replace("%1", str(SAMPLE_SIZE)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        # Contacts only: the owner's profile ("Me") is the user's, never a made-up person.
        sample = SampleNetwork(services.db, services.clock, services.events)
        sample.generate(SAMPLE_SIZE, owner=False)
