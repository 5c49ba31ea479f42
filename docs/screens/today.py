"""Screenshots of the Today page (the home screen) on the sample network, in the main
window at 1280×800, plus the in-app notification banner over it.

    QT_QPA_PLATFORM=offscreen python docs/screens/today.py [en|de]
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from shots import NOW, SIZE, qt_app, sample_services  # noqa: E402  (sets up offscreen Qt and the import path)

from PySide6.QtWidgets import QApplication  # noqa: E402



def shoot(outdir: Path, language: str) -> list[Path]:
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.notifications import BannerNotifier
    from app.ui.shell.scheduler import Scheduler

    app = qt_app(language)
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with sample_services(NOW) as services:
        first = services.contacts.list_rows()[0]
        # What the user typed, in the language they use Rapport in.
        ask, review = (("Fragen, wie die Weiterbildung zu Industrie 4.0 war", "Wochenrückblick")
                       if language == "de" else
                       ("Ask how the Industrie 4.0 course went", "Weekly review"))
        services.reminders.add(ask, NOW + timedelta(hours=2), contact_id=first.id)
        services.reminders.add(review, NOW - timedelta(hours=1), rrule="FREQ=WEEKLY")
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
                      ask, first.id)
        app.processEvents()
        path = outdir / f"today-banner-{language}.png"
        window.grab().save(str(path))
        shots.append(path)

        # The morning digest, as the scheduler sends it at the digest hour (9:00; it is 9:30)
        settings = services.settings.load()
        settings.reminder_hour = 9
        services.settings.save(settings)
        scheduler = Scheduler(services, banner.notify)
        scheduler.start()
        scheduler.stop()
        app.processEvents()
        path = outdir / f"today-digest-{language}.png"
        window.grab().save(str(path))
        shots.append(path)
        window.close()
    return shots


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    for shot in shoot(root / "docs" / "screenshots", sys.argv[1] if len(sys.argv) > 1 else "en"):
        print(shot)
