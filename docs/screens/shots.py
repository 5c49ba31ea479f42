"""What the screenshot scripts share: offscreen Qt in the chosen language, the fixed
morning they are taken on, and a database filled with the sample network."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1280, 800)
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)


def qt_app(language: str) -> QApplication:
    """The application with our and Qt's translations for language ("en" or "de")."""
    from app.ui.shell.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    install_translators(app, language)
    return app


@contextmanager
def sample_services(now: datetime = NOW, contacts: int = 200) -> Iterator:
    """Services over a temporary database holding the sample network, at a fixed time."""
    from app.domain.clock import FixedClock
    from app.services import Services
    from app.services.sample import SampleNetwork
    from app.storage.database import Database

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "rapport.db")
        services = Services(db, FixedClock(now, tz=BERLIN))
        SampleNetwork(db, services.clock, services.events).generate(contacts)
        try:
            yield services
        finally:
            db.close()


def over_window(window_shot, dialog_shot):
    """The dialog centred over the dimmed main window, as a user sees it (a plain grey
    background when there is no window shot)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QColor, QPainter, QPixmap

    if window_shot is None:
        window_shot = QPixmap(*SIZE)
        window_shot.fill(QColor("#ececec"))
    result = QPixmap(window_shot)
    painter = QPainter(result)
    painter.fillRect(result.rect(), QColor(0, 0, 0, 90))
    top_left = QPoint((result.width() - dialog_shot.width()) // 2,
                      (result.height() - dialog_shot.height()) // 2)
    painter.setPen(QColor(0, 0, 0, 120))
    painter.drawRect(QRect(top_left, dialog_shot.size()).adjusted(-1, -1, 0, 0))
    painter.drawPixmap(top_left, dialog_shot)
    painter.end()
    return result


def add_decisions(services) -> None:
    """Decision notes the sample network does not make: two whose review day has come and one
    of mine that a promise of theirs waits on, so "Needs a decision" has something in it.
    Each is written in its contact's language, as the user would (not the screen's)."""
    from datetime import timedelta

    from app.services.contact_list import ListFilter

    def in_their_language(contact_id: int, german: str, english: str) -> str:
        return german if services.contacts.get(contact_id).language == "de" else english

    today = services.clock.now().astimezone(BERLIN).date()
    rows = services.contacts.page(ListFilter(), sort="promises", descending=True, limit=10)
    waiting = next((p for row in rows for p in services.promises.of_contact(row.id)
                    if p.owner == "them" and p.state == "open"), None)
    if waiting is not None:
        services.decisions.add(
            waiting.contact_id, "me",
            in_their_language(waiting.contact_id, "Welches Paket nehme ich?",
                              "Which package do I take?"),
            "", today + timedelta(days=3), promise_id=waiting.id)
    due = [
        ("me", "Vortrag beim Meetup im Frühjahr halten?",
         "Do I give the talk at the spring meetup?"),
        ("them", "Zusage zum Mentoring-Programm", "Joining the mentoring programme"),
    ]
    for row, (owner, german, english) in zip(rows[1:], due):
        services.decisions.add(row.id, owner, in_their_language(row.id, german, english), "",
                               today - timedelta(days=2))
