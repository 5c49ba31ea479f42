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
    from app.ui.i18n import install_translators

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
