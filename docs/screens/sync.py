"""Screenshots of Settings → Sync account over the main window, after a real connection test
with a wrong password against a Radicale started for the shot.

    python docs/screens/sync.py [en|de]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from shots import SIZE, over_window, qt_app, sample_services  # noqa: E402  (offscreen Qt)


def shoot(outdir: Path, language: str) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.ui.settings.accounts_dialog import AccountsDialog
    from app.ui.shell.main_window import MainWindow
    from bench.sync_bench import start_radicale

    app = qt_app(language)
    app.setStyle("Fusion")
    outdir.mkdir(parents=True, exist_ok=True)
    storage = Path(tempfile.mkdtemp(prefix="rapport-shot-radicale-"))
    process, url = start_radicale(storage)
    try:
        with sample_services() as services:
            window = MainWindow(services)
            window.resize(*SIZE)
            window.show()
            window.show_page("today")  # the page a user has open, not an empty frame
            app.processEvents()
            dialog = AccountsDialog(services, window)
            dialog.url.setText(url)
            dialog.user.setText("alex")
            dialog.password.setText("not the password")
            dialog.show()
            loop = QEventLoop()
            dialog.tested.connect(loop.quit)
            QTimer.singleShot(30_000, loop.quit)
            dialog.test_button.click()
            loop.exec()
            dialog.adjustSize()
            app.processEvents()
            path = outdir / f"settings-accounts-{language}.png"
            over_window(window.grab(), dialog.grab()).save(str(path))
            dialog.close()
            window.close()
            return [path]
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(storage, ignore_errors=True)


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "screenshots"
    for lang in sys.argv[1:] or ["en", "de"]:
        for written in shoot(target, lang):
            print(written)
