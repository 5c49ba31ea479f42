"""Screenshots of the dashboard, the weekly review and past reviews on the sample network,
in the main window at 1280×800.

    QT_QPA_PLATFORM=offscreen python docs/screens/dashboard.py [en|de]
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from shots import add_decisions, over_window, qt_app, sample_services  # noqa: E402  (sets up offscreen Qt and the import path)

from PySide6.QtGui import QPixmap  # noqa: E402

SIZE = (1280, 800)
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 27, 16, 0, tzinfo=BERLIN)  # a Friday: the review is due




def shoot(outdir: Path, language: str) -> list[Path]:
    from app.ui.shell.main_window import MainWindow

    app = qt_app(language)
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with sample_services(NOW) as services:
        services.journal.save(NOW.date().replace(day=9), "Kaffee mit Lena: endlich persönlich",
                              "Zu viele Mails ohne Antwort an dieselben Leute",
                              "Mehr anrufen statt schreiben")
        add_decisions(services)
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        window.show_page("dashboard")
        app.processEvents()
        page = window.pages["dashboard"]
        while not page.habits_shown():  # counted on a worker thread
            app.processEvents()

        def save(pixmap: QPixmap, name: str) -> None:
            path = outdir / f"dashboard-{name}-{language}.png"
            pixmap.save(str(path))
            shots.append(path)

        save(window.grab(), "page")
        page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
        app.processEvents()
        save(window.grab(), "charts")
        page.start_review()
        review = page.review
        app.processEvents()
        save(over_window(window.grab(), review.grab()), "review-promises")
        review.next()
        app.processEvents()
        save(over_window(window.grab(), review.grab()), "review-reconnect")
        review.next()
        review.questions.helped.setPlainText("Drei Versprechen pünktlich gehalten.")
        review.questions.hurt.setPlainText("Zwei Threads ohne Antwort – ich habe weitergeschrieben.")
        review.questions.try_next.setPlainText("Bei Funkstille anrufen statt noch eine Mail.")
        app.processEvents()
        save(over_window(window.grab(), review.grab()), "review-questions")
        review.close()
        journal = page.show_journal()
        app.processEvents()
        save(over_window(window.grab(), journal.grab()), "journal")
        journal.close()
        # The trust ledger, on the page of someone with history both ways.
        busiest = max(range(2, 60), key=lambda cid: services.dashboard.trust_ledger(cid).mutual)
        window.open_contact(busiest)
        app.processEvents()
        from PySide6.QtWidgets import QScrollArea

        for area in window.current_page().findChildren(QScrollArea):  # down to the ledger
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        app.processEvents()
        save(window.grab(), "trust-ledger")
        window.close()
    return shots


if __name__ == "__main__":
    for shot in shoot(Path(__file__).resolve().parents[1] / "screenshots", (sys.argv[1:] or ["en"])[0]):
        print(shot)
