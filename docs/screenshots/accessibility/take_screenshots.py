"""Take the accessibility screenshots: Today, a contact page and the dashboard (charts, and
their numbers as a table) in the dark theme,
at 100 % and 150 % font, in English and German, with the sample network.

    Xvfb :32 -screen 0 1280x800x24 &
    DISPLAY=:32 .venv/bin/python docs/screenshots/accessibility/take_screenshots.py

Each language and scale runs in its own process (translators and the application font are
per process). Look at every PNG after taking them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def take(language: str, scale: float) -> None:
    from PySide6.QtWidgets import QApplication

    from app.domain.clock import SystemClock
    from app.services import Services
    from app.services.sample import SampleNetwork
    from app.storage.database import Database
    from app.ui.shell.i18n import install_translators
    from app.ui.shell.main_window import MainWindow
    from app.ui.widgets import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    theme.apply(app, "dark")
    install_translators(app, language)
    folder = Path(tempfile.mkdtemp())
    database = Database.open(folder / "rapport.db")
    services = Services(database, SystemClock())
    SampleNetwork(services.db, services.clock, services.events).generate(60)
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()

    def settle(seconds: float = 0.6) -> None:
        import time

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    suffix = f"dark-{language}-{scale:.1f}.png"
    window.show_page("today")
    settle()
    window.grab().save(str(OUT / f"today-{suffix}"))
    rows = [r for r in services.contacts.list_rows() if r.open_promises] or services.contacts.list_rows()
    window.open_contact(max(rows, key=lambda r: (len(r.name) + len(r.company or ""), r.id)).id)
    settle()
    window.grab().save(str(OUT / f"contact-{suffix}"))
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    for _ in range(200):
        if page.habits_shown():
            break
        settle(0.1)
    settle()
    window.grab().save(str(OUT / f"dashboard-{suffix}"))
    page.table_toggle.setChecked(True)  # the charts' numbers as a table
    settle(0.2)
    page.scroll.verticalScrollBar().setValue(page.charts_box.y())  # the table's top in view
    settle()
    window.grab().save(str(OUT / f"dashboard-table-{suffix}"))
    window.close()
    database.close()


if __name__ == "__main__":
    if len(sys.argv) == 3:
        take(sys.argv[1], float(sys.argv[2]))
    else:
        for language in ("en", "de"):
            for scale in (1.0, 1.5):
                subprocess.run([sys.executable, __file__, language, str(scale)], check=True)
