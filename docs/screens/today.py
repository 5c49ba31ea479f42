"""Screenshots of the Today page (the home screen) on the sample network, in the main
window at 1280×800, plus the in-app notification banner over it.

    QT_QPA_PLATFORM=offscreen python docs/screens/today.py [en|de]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1280, 800)
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)


def shoot(outdir: Path, language: str) -> list[Path]:
    from app.domain.clock import FixedClock
    from app.services import Services
    from app.services.sample import SampleNetwork
    from app.storage.database import Database
    from app.ui.main_window import MainWindow
    from app.ui.notifications import BannerNotifier

    app = QApplication.instance() or QApplication([])
    try:
        from app.ui.i18n import install_translators

        install_translators(app, language)
    except ImportError:  # before the translation work landed: English only
        pass
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "rapport.db")
        services = Services(db, FixedClock(NOW, tz=BERLIN))
        SampleNetwork(db, services.clock, services.events).generate(200)
        first = services.contacts.list_rows()[0]
        services.reminders.add("Ask how the Industrie 4.0 course went", NOW + timedelta(hours=2),
                               contact_id=first.id)  # fmt: skip
        services.reminders.add("Weekly review", NOW - timedelta(hours=1), rrule="FREQ=WEEKLY")
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        window.show_page("today")
        app.processEvents()
        path = outdir / f"today-list-{language}.png"
        window.grab().save(str(path))
        shots.append(path)

        banner = BannerNotifier(window)
        banner.notify(QApplication.translate("Scheduler", "Reminder: %1").replace("%1", first.name),
                      "Ask how the Industrie 4.0 course went", first.id)  # fmt: skip
        app.processEvents()
        path = outdir / f"today-banner-{language}.png"
        window.grab().save(str(path))
        shots.append(path)
        window.close()
        db.close()
    return shots


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    for shot in shoot(root / "docs" / "screenshots", sys.argv[1] if len(sys.argv) > 1 else "en"):
        print(shot)
