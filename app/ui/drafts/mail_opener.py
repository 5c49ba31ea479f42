"""Open a mailto: link and find out whether it worked.

QDesktopServices.openUrl on Linux only starts xdg-open and reports True once it started,
even when xdg-open then fails (no mail program set: exit code 3 or 4). So on Linux, outside
a sandbox, xdg-email/xdg-open is run here and its exit code decides; elsewhere (and in a
Flatpak, where the portal does the work) QDesktopServices answers. The answer comes back
through a callback, without blocking the window; MailFailure shows a failure with a Copy
button right next to it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import Callable

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

POLL_MS = 100
GIVE_UP_MS = 10_000  # still running then: the mail program has it (some wait for it to close)

Done = Callable[[bool, str], None]  # (opened, what went wrong)


def _xdg_program() -> str | None:
    if not sys.platform.startswith("linux") or os.environ.get("FLATPAK_ID"):
        return None
    return shutil.which("xdg-email") or shutil.which("xdg-open")


def open_mailto(url: str, parent: QObject, done: Done) -> None:
    """Open url (an ASCII mailto: link); done(opened, detail) is called once."""
    program = _xdg_program()
    if program is None:
        opened = QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))
        done(opened, "" if opened else "no program for mailto: links")
        return
    try:
        process = subprocess.Popen([program, url], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   start_new_session=True)
    except OSError as error:
        done(False, str(error))
        return
    _Watch(process, os.path.basename(program), parent, done)


class _Watch(QObject):
    """Polls the opener until it exits (or GIVE_UP_MS pass), then reports once."""

    def __init__(self, process: subprocess.Popen, name: str, parent: QObject, done: Done) -> None:
        super().__init__(parent)
        self.process, self.name, self.done = process, name, done
        self.waited = 0
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        self.waited += POLL_MS
        code = self.process.poll()
        if code is None and self.waited < GIVE_UP_MS:
            return
        self.timer.stop()
        detail = ""
        if code is not None:
            error = self.process.stderr.read().decode(errors="replace").strip()
            self.process.stderr.close()
            detail = f"{self.name}: {error or f'exit code {code}'}" if code else ""
        try:
            self.done(code in (0, None), detail)
        except RuntimeError:  # the dialog closed meanwhile
            pass
        self.deleteLater()


class MailFailure(QWidget):
    """"Your mail program could not be opened" and a Copy button beside it."""

    def __init__(self, copy: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #b00020;")
        self.copy_button = QPushButton(self.tr("Copy text instead"))
        self.copy_button.clicked.connect(lambda: copy())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)
        self.hide()

    def show_failure(self, detail: str) -> None:
        text = self.tr("Your mail program could not be opened. Copy the text and paste it "
                       "into a new e-mail.")
        self.label.setText(f"{text} ({detail})" if detail else text)
        self.show()
        self.copy_button.setFocus()
