"""The accessibility screenshots in docs/screenshots/accessibility/: Today, a contact page,
the dashboard (charts, one chart close up, and their numbers as a table) in the dark theme,
at 100 % and 150 % font, with the sample network.

    QT_QPA_PLATFORM=offscreen python docs/screens/accessibility.py [en|de]

Each scale runs in its own process (the application font is set once per process). Look at
every PNG after taking them.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from shots import NOW, SIZE, qt_app, sample_services  # noqa: E402  (sets up offscreen Qt and the import path)

SCALES = (1.0, 1.5)


def shoot(outdir: Path, language: str, scale: float) -> list[Path]:
    from app.ui.shell.main_window import MainWindow
    from app.ui.widgets import theme

    app = qt_app(language)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    theme.apply(app, "dark")
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    suffix = f"dark-{language}-{scale:.1f}.png"

    def settle(seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    def save(widget, name: str) -> None:
        path = outdir / f"{name}-{suffix}"
        widget.grab().save(str(path))
        shots.append(path)

    with sample_services(NOW, contacts=60) as services:
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        window.show_page("today")
        settle()
        save(window, "today")
        rows = [r for r in services.contacts.list_rows() if r.open_promises] or services.contacts.list_rows()
        window.open_contact(max(rows, key=lambda r: (len(r.name) + len(r.company or ""), r.id)).id)
        settle()
        save(window, "contact")
        window.show_page("dashboard")
        page = window.pages["dashboard"]
        for _ in range(200):
            if page.habits_shown():
                break
            settle(0.1)
        settle()
        save(window, "dashboard")
        save(page.chart_views[0], "chart")  # one chart close up: its labels at this scale
        page.table_toggle.setChecked(True)  # the charts' numbers as a table
        settle(0.2)
        page.scroll.verticalScrollBar().setValue(page.charts_box.y())  # the table's top in view
        settle()
        save(window, "dashboard-table")
        window.close()
    return shots


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    if len(sys.argv) > 2:
        for shot in shoot(root / "docs" / "screenshots" / "accessibility", language, float(sys.argv[2])):
            print(shot)
    else:
        for scale in SCALES:
            subprocess.run([sys.executable, __file__, language, str(scale)], check=True)
