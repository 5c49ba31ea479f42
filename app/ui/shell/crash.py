"""Crash safety: a rotating log file, and a friendly dialog for any uncaught exception.

Data safety does not depend on this module: every service call is one transaction, so an
exception inside a slot rolls back the edit it interrupted and leaves earlier saves intact.
What this adds is that the user hears about it (with the log's path) instead of the app
silently misbehaving, and that the traceback lands in the log for a bug report.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QCoreApplication, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

# setup_logging moved to the Qt-free app.logs; imported here for the callers that use it.
from app.logs import database_problem, redact, safe_summary, setup_logging  # noqa: F401

log = logging.getLogger("rapport.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def route_qt_messages() -> None:
    """Qt's own warnings go to the log too (not only to a terminal nobody sees)."""
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qt_log = logging.getLogger("qt")

    def handler(kind, _context, message) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), message)

    qInstallMessageHandler(handler)


class CrashHandler:
    """sys.excepthook (and threading.excepthook): log the traceback, then tell the user.

    `show` is how the user is told; the default is a modal dialog. One dialog at a time:
    exceptions raised while it is open (e.g. by a timer) are logged only."""

    def __init__(self, log_file: Path, show: Callable[[str, str, Path], None] | None = None):
        self.log_file = log_file
        self.show = show or show_crash_dialog
        self.seen: list[ExcInfo] = []
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> "CrashHandler":
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = threading.__excepthook__

    def handle(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.seen.append((kind, error, trace))
        # No SQL and no values: the traceback's lines are code, its messages are redacted.
        details = redact("".join(traceback.format_exception(kind, error, trace)))
        log.critical("uncaught exception\n%s", details)
        if self._showing or threading.current_thread() is not threading.main_thread():
            return
        self._showing = True
        try:
            self.show(describe(error), details, self.log_file)
        finally:
            self._showing = False


def describe(error: BaseException) -> str:
    """What happened, in words; for a database error what it means for the user's change."""
    problem = database_problem(error)
    if problem is None:
        return safe_summary(error)
    reasons = {
        "busy": QCoreApplication.translate(
            "CrashDialog", "the database is busy (another Rapport window or command is "
            "writing to it). Wait a moment and try again."),
        "full": QCoreApplication.translate(
            "CrashDialog", "the disk is full. Free some space and try again."),
        "read_only": QCoreApplication.translate(
            "CrashDialog", "the database file or its folder cannot be written (read-only)."),
        "damaged": QCoreApplication.translate(
            "CrashDialog", "the database file looks damaged. Restore a backup, or ask for help "
            "with the log file."),
        "other": QCoreApplication.translate(
            "CrashDialog", "the database refused it (%1).").replace("%1", safe_summary(error)),
    }
    return QCoreApplication.translate(
        "CrashDialog", "Rapport could not save your change: %1").replace("%1", reasons[problem])


def crash_dialog(summary: str, details: str, log_file: Path,
                 parent: QWidget | None = None) -> QMessageBox:
    # Spelled out each time: lupdate reads an alias (tr = translate) as a context-less tr().
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Rapport ran into a problem"))
    text = QCoreApplication.translate("CrashDialog", "Something went wrong: %1")
    saving = QCoreApplication.translate("CrashDialog", "Rapport could not save your change: %1")
    # describe() already says it in words for a failed save; anything else gets the headline.
    box.setText(summary if summary.startswith(saving.split("%1")[0]) else text.replace("%1", summary))
    box.setInformativeText(QCoreApplication.translate(
        "CrashDialog",
        "Your data is safe: everything saved before this is kept, and the change that was "
        "interrupted was not written half-way. You can keep working.\n\n"
        "The details are in the log file:\n%1",
    ).replace("%1", str(log_file)))
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    open_folder = box.addButton(
        QCoreApplication.translate("CrashDialog", "Open log folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))
    )
    return box


def show_crash_dialog(summary: str, details: str, log_file: Path) -> None:
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    crash_dialog(summary, details, log_file).exec()
