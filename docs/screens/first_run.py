"""The first-run offer of a sample network, as a new user sees it on an empty database
(the real question, from app.ui.shell.launch, over a plain background).

    QT_QPA_PLATFORM=offscreen python docs/screens/first_run.py [en|de]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shots import NOW, over_window, qt_app  # noqa: E402  (sets up offscreen Qt and the import path)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402


def shoot(outdir: Path, language: str) -> list[Path]:
    from app.domain.clock import FixedClock
    from app.services import Services
    from app.storage.database import Database
    from app.ui.shell.launch import offer_sample_network

    qt_app(language)
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / f"first-run-offer-{language}.png"

    def take_and_decline() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, take_and_decline)  # not shown yet
            return
        over_window(None, box.grab()).save(str(path))
        box.button(QMessageBox.StandardButton.No).click()  # nothing is generated

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "rapport.db")
        try:
            QTimer.singleShot(0, take_and_decline)
            offer_sample_network(Services(db, FixedClock(NOW)))
        finally:
            db.close()
    return [path]


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    for shot in shoot(root / "docs" / "screenshots", sys.argv[1] if len(sys.argv) > 1 else "en"):
        print(shot)
