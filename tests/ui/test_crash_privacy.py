"""A save that fails tells the user what happened in words, and no note text reaches the log
or the crash dialog (issue 16: a diagnosis in a note ended up in a world-readable log)."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy.exc import IntegrityError

import app.storage.database
from app.logs import redact, safe_summary
from app.services import Services
from app.storage.database import Database
from app.ui.shell.crash import CrashHandler, crash_dialog, setup_logging

DIAGNOSIS = "Diagnose F32.1 mittelgradige depressive Episode"


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
def impatient_db(tmp_path, monkeypatch):
    """A database that gives up on a lock after 0.2 s instead of 5 s (the test's patience)."""
    monkeypatch.setattr(app.storage.database, "BUSY_STEP_MS", 100)
    db = Database.open(tmp_path / "data" / "rapport.db")
    db.write_wait = 0.2  # a save waits this long for another writer before it gives up
    yield db
    db.close()


@pytest.mark.qt_no_exception_capture  # let the exception reach sys.excepthook, as in the app
def test_a_save_that_fails_on_a_lock_leaks_no_note_and_says_why(qtbot, impatient_db, clock, log_file):
    services = Services(impatient_db, clock)
    person = services.contacts.create(given_name="Maxi", family_name="Müller")
    boxes = []
    handler = CrashHandler(log_file, show=lambda summary, details, path: boxes.append(
        crash_dialog(summary, details, path))).install()
    blocker = sqlite3.connect(impatient_db.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another program writes
    try:
        button = QPushButton("Save")
        qtbot.addWidget(button)
        button.clicked.connect(lambda: services.contacts.update(person, about=DIAGNOSIS))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        blocker.rollback()
        blocker.close()
        handler.uninstall()

    (box,) = boxes
    shown = "\n".join((box.text(), box.informativeText(), box.detailedText()))
    assert box.text().startswith("Rapport could not save your change: the database is busy")
    assert DIAGNOSIS not in shown and "Diagnose" not in shown
    assert "[SQL:" not in shown and "UPDATE contact" not in shown
    logged = log_file.read_text(encoding="utf-8")
    assert "DatabaseBusyError" in logged and "busy for" in logged  # what happened, in words
    assert "Diagnose" not in logged and "UPDATE contact" not in logged
    box.deleteLater()


def test_redact_cuts_statements_and_parameters_out_of_any_text():
    error = IntegrityError("UPDATE contact SET about=?,\n updated_at=? WHERE contact.id = ?",
                           (DIAGNOSIS, "2026-11-23", 1), Exception("CHECK constraint failed"))
    text = f"Traceback (most recent call last):\n  ...\n{type(error).__name__}: {error}\n"
    assert DIAGNOSIS in text and "UPDATE contact" in text  # what SQLAlchemy puts in its message
    cleaned = redact(text)
    assert DIAGNOSIS not in cleaned and "UPDATE contact" not in cleaned and "updated_at" not in cleaned
    assert "CHECK constraint failed" in cleaned and "Background on this error" in cleaned
    assert safe_summary(error) == "IntegrityError: CHECK constraint failed"


def test_a_log_line_with_a_parameter_list_is_redacted(log_file):
    logging.getLogger("app.test").error("save failed\n[SQL: INSERT INTO note VALUES (?)]\n"
                                        "[parameters: (%r,)]", DIAGNOSIS)
    logged = log_file.read_text(encoding="utf-8")
    assert "save failed" in logged and "Diagnose" not in logged and "INSERT INTO" not in logged


@pytest.mark.parametrize("message, problem", [
    ("database is locked", "busy"), ("database or disk is full", "full"),
    ("attempt to write a readonly database", "read_only"),
    ("database disk image is malformed", "damaged"), ("no such table: contact", "other"),
])
def test_database_failures_are_told_apart(message, problem):
    from sqlalchemy.exc import OperationalError

    from app.logs import database_problem

    error = OperationalError("UPDATE contact SET about=?", (DIAGNOSIS,), sqlite3.OperationalError(message))
    assert database_problem(error) == problem
    assert database_problem(RuntimeError("database is locked")) is None  # not from the database
    assert database_problem(OSError(28, "No space left on device")) == "full"
