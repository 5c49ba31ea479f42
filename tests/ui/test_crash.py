"""An exception in a Qt slot reaches the crash handler, is logged, and costs no saved data."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import insert

from app.services import Services
from app.storage.database import Database
from app.storage.tables import Contact
from app.ui.shell.crash import CrashHandler, crash_dialog, setup_logging


@pytest.fixture
def log_file(tmp_path):
    path = setup_logging(tmp_path / "logs" / "rapport.log")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def handler(log_file):
    shown: list[tuple[str, str]] = []
    crash = CrashHandler(log_file, show=lambda summary, details, path: shown.append((summary, details)))
    crash.shown = shown
    crash.install()
    yield crash
    crash.uninstall()


def _save_then_fail(services) -> None:
    """A slot that saves one contact, then dies half-way through a second edit."""
    services.contacts.create(given_name="Saved", family_name="Before")
    with services.db.write() as conn:
        now = services.clock.now()
        conn.execute(insert(Contact).values(given_name="Half", family_name="Written",
                                            created_at=now, updated_at=now))
        raise RuntimeError("the network cable was pulled")


@pytest.mark.qt_no_exception_capture  # let the exception reach sys.excepthook, as in the app
def test_an_exception_in_a_slot_reaches_the_handler_and_loses_no_data(
    qtbot, services, handler, log_file
):
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: _save_then_fail(services))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert [kind for kind, _error, _trace in handler.seen] == [RuntimeError]
    summary, details = handler.shown[0]
    assert summary == "RuntimeError: the network cable was pulled"
    assert "_save_then_fail" in details  # the traceback, for the bug report
    logged = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "the network cable was pulled" in logged

    names = [row.name for row in services.contacts.list_rows()]
    assert names == ["Saved Before"]  # the half-written edit was rolled back
    path = services.db.path
    services.db.close()
    reopened = Database.open(path)  # the file on disk is whole and holds the saved contact
    try:
        rows = Services(reopened, services.clock).contacts.list_rows()
        assert [row.name for row in rows] == ["Saved Before"]
    finally:
        reopened.close()
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()


def test_the_crash_dialog_is_friendly_and_names_the_log_file(qtbot, tmp_path):
    log_file = tmp_path / "logs" / "rapport.log"
    box = crash_dialog("KeyError: 'x'", "Traceback …", log_file)
    qtbot.addWidget(box)
    assert "KeyError" in box.text()
    assert str(log_file) in box.informativeText()
    assert "Your data is safe" in box.informativeText()
    assert box.detailedText() == "Traceback …"
    assert box.standardButtons() == QMessageBox.StandardButton.Ok


def test_the_log_rotates_instead_of_growing_without_end(log_file):
    from logging.handlers import RotatingFileHandler

    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1
    assert handlers[0].maxBytes > 0 and handlers[0].backupCount >= 1
    logging.getLogger("test").warning("x" * 400)
    handlers[0].maxBytes = 300  # rotate now rather than after a megabyte
    logging.getLogger("test").warning("y" * 400)
    assert (log_file.parent / "rapport.log.1").exists()
