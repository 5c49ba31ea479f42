"""`rapport --self-test`: prove an installation (or a PyInstaller bundle) works, then exit.

Opens a fresh database in a temp folder (never the user's), fills a small sample network,
loads the German translation and the icons, renders the main window offscreen and checks that
every page was built. Prints one line per check; exit code 0 only if all passed.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path

SAMPLE_CONTACTS = 30


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    errors = _ErrorCounter()
    logging.getLogger().addHandler(errors)
    try:
        with tempfile.TemporaryDirectory(prefix="rapport-self-test-") as tmp:
            _checks(Path(tmp), errors)
    except Exception:  # report everything, the point is a readable failure in CI
        traceback.print_exc()
        print("self-test FAILED", file=sys.stderr)
        return 1
    print("self-test ok")
    return 0


def _checks(tmp: Path, errors: _ErrorCounter) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    from app import __version__
    from app.domain.clock import SystemClock
    from app.services import Services
    from app.services.sample import SampleNetwork
    from app.storage.database import Database
    from app.ui.shell.crash import route_qt_messages, setup_logging
    from app.ui.shell.i18n import install_translators
    from app.ui.widgets.icons import app_icon, icon, icon_names
    from app.ui.shell.launch import make_application, start_window

    # Window geometry goes to QSettings on close: keep it in the temp folder too.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    app = make_application([])
    setup_logging(tmp / "logs" / "rapport.log")
    route_qt_messages()
    print(f"Rapport {__version__}, Qt platform {app.platformName()}")

    db = Database.open(tmp / "data" / "rapport.db", backup_dir=tmp / "data" / "backups")
    services = Services(db, SystemClock())
    size = SampleNetwork(db, services.clock, services.events).generate(SAMPLE_CONTACTS)
    _check(size.contacts == SAMPLE_CONTACTS, f"database: {size.contacts} sample contacts written")

    install_translators(app, "de")
    german = QCoreApplication.translate("FirstRun", "Welcome to Rapport")
    _check(german == "Willkommen bei Rapport", f"translations: German loaded ({german!r})")
    install_translators(app, "en")

    from importlib.resources import files

    shipped = sorted(item.name for item in files("app.resources").iterdir() if item.is_dir())
    _check({"icons", "translations"} <= set(shipped), f"resources: app.resources has {shipped}")
    _check(not app_icon().isNull(), "icons: app icon")
    missing = [name for name in icon_names() if icon(name).pixmap(24, 24).isNull()]
    _check(not missing and icon_names(), f"icons: {len(icon_names())} action icons {missing}")

    # The same start as a real launch (tray, scheduler and all), minus the first-run questions.
    window = start_window(app, services, first_run=False)
    app.processEvents()
    image = window.grab().toImage()
    _check(not image.isNull() and image.width() > 400, f"main window rendered at {image.width()}x{image.height()}")
    app.processEvents()
    problems = [record.getMessage() for record in errors.records]
    _check(not problems, f"no errors logged while starting {problems}")
    window.hide()
    window.deleteLater()
    app.processEvents()
    db.close()


def _check(ok: bool, what: str) -> None:
    print(("  ok    " if ok else "  FAIL  ") + what)
    if not ok:
        raise AssertionError(what)
