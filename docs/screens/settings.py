"""Screenshots of the settings dialog, over the main window at 1280×800, light and dark.

    QT_QPA_PLATFORM=offscreen python docs/screens/settings.py [en|de]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shots import BERLIN, NOW, over_window  # noqa: E402  (also sets up offscreen Qt)

SIZE = (1280, 800)


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {QPalette.ColorRole.Window: "#2b2d31", QPalette.ColorRole.WindowText: "#e8e8e8",
              QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#26282c",
              QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#34363b",
              QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d7bd9",
              QPalette.ColorRole.HighlightedText: "#ffffff",
              QPalette.ColorRole.PlaceholderText: "#9a9a9a"}
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    return palette




def shoot(outdir: Path, language: str) -> list[Path]:
    from app.domain.clock import FixedClock
    from app.domain.settings import Settings
    from app.services import Services
    from app.services.sample import SampleNetwork
    from app.storage.database import Database
    from app.ui.shell.i18n import install_translators
    from app.ui.shell.main_window import MainWindow
    from app.ui.settings.settings_dialog import SettingsDialog

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    original_palette = app.palette()
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "rapport.db")
        services = Services(db, FixedClock(NOW, tz=BERLIN))  # the morning of the other shots
        SampleNetwork(db, services.clock, services.events).generate(200)
        services.settings.save(Settings(language=language, keep_in_tray=True, reminder_hour=8))
        install_translators(app, language)
        for theme, palette in (("", original_palette), ("-dark", dark_palette())):
            app.setPalette(palette)
            window = MainWindow(services)
            window.resize(*SIZE)
            window.show()
            dialog = SettingsDialog(services, window)
            dialog.show()
            dialog.adjustSize()
            app.processEvents()
            shot = over_window(window.grab(), dialog.grab())
            path = outdir / f"settings-dialog{theme}-{language}.png"
            shot.save(str(path))
            written.append(path)
            dialog.close()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.hide()
            window.deleteLater()
            app.processEvents()
        app.setPalette(original_palette)
        db.close()
    return written


if __name__ == "__main__":
    languages = sys.argv[1:] or ["en", "de"]
    target = Path(__file__).resolve().parents[1] / "screenshots"
    for lang in languages:
        for written_path in shoot(target, lang):
            print(written_path)
