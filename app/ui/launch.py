"""Start the GUI: open the data folder's DB, offer a sample network on first run, show."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__

FIRST_RUN_KEY = "first_run_done"
SAMPLE_SIZE = 200


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rapport")
    parser.add_argument("--data-dir", help="folder for the database (default: your data folder)")
    parser.add_argument("--no-first-run", action="store_true", help="skip the first-run questions")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def run_gui(argv: list[str]) -> int:
    args = parse_gui_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)

    from app.config import resolve_paths
    from app.domain.clock import SystemClock
    from app.services import Services
    from app.storage.database import Database
    from app.storage.errors import StorageError
    from app.ui.main_window import MainWindow

    paths = resolve_paths(args.data_dir)
    try:
        db = Database.open(paths.database, backup_dir=paths.backups)
    except StorageError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    services = Services(db, SystemClock())
    if not args.no_first_run:
        offer_sample_network(services)
    window = MainWindow(services)
    window.show()
    code = app.exec()
    db.close()
    return code


def offer_sample_network(services) -> None:
    """On the first run with an empty database, offer a sample network to look around in."""
    from app.services.sample import SampleNetwork, is_empty

    if services.settings.get_value(FIRST_RUN_KEY) or not is_empty(services.db):
        return
    services.settings.set_value(FIRST_RUN_KEY, True)
    answer = QMessageBox.question(
        None,
        QApplication.translate("FirstRun", "Welcome to Rapport"),
        QApplication.translate(
            "FirstRun",
            "Your network is empty. Would you like to explore Rapport with a sample network "
            "of %1 made-up contacts? You can empty it later.",
        ).replace("%1", str(SAMPLE_SIZE)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        SampleNetwork(services.db, services.clock, services.events).generate(SAMPLE_SIZE)
