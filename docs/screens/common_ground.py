"""Screenshots of the Common ground page (with an "Ask the network" answer), the contact
page's "What we share" and the topic manager, on the sample network at 1280×800.

    QT_QPA_PLATFORM=offscreen python docs/screens/common_ground.py [en|de]
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import NOW, SIZE, qt_app, sample_services  # noqa: E402  (sets up offscreen Qt and the import path)

from PySide6.QtWidgets import QScrollArea  # noqa: E402



def shoot(outdir: Path, language: str) -> list[Path]:
    from app.domain.enums import TopicKind
    from app.ui.shell.main_window import MainWindow
    from app.ui.contacts.topic_manager import TopicManagerDialog

    app = qt_app(language)
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def save(widget, name: str) -> None:
        path = outdir / f"common-ground-{name}-{language}.png"
        widget.grab().save(str(path))
        shots.append(path)

    with sample_services(NOW) as services:
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        window.show_page("common_ground")
        page = window.pages["common_ground"]
        app.processEvents()
        while page.is_loading() or not page.introductions:  # computed on a worker thread
            app.processEvents()
        page.ask.setText("KI")
        page.run_ask()
        app.processEvents()
        save(window, "page")

        # "What we share" for someone who shares a lot with me.
        best = services.matching.most_in_common_with_me(1)[0].b_id
        services.topics.add(best, "Mentoring", TopicKind.LOOKING_FOR)  # so an offer of mine fits
        window.open_contact(best)
        app.processEvents()
        from app.ui.contacts.what_we_share import WhatWeShareSection

        section = window.current_page().findChild(WhatWeShareSection)
        if section is not None:
            for area in window.current_page().findChildren(QScrollArea):
                if area.isAncestorOf(section):
                    area.ensureWidgetVisible(section, 0, 0)
                    area.verticalScrollBar().setValue(section.mapTo(area.widget(), section.rect().topLeft()).y() - 40)
        app.processEvents()
        save(window, "what-we-share")

        dialog = TopicManagerDialog(services, window)
        dialog.show()
        dialog.alias_topic.setCurrentIndex(dialog.alias_topic.findData(services.topics.find("Machine Learning")))
        dialog.alias.setText("Statistisches Lernen")
        dialog.add_alias()
        app.processEvents()
        save(dialog, "topic-manager")
        dialog.close()
        window.close()
    return shots


if __name__ == "__main__":
    for shot in shoot(Path(__file__).resolve().parents[1] / "screenshots", (sys.argv[1:] or ["en"])[0]):
        print(shot)
