"""The day's page check found damage after the window was up (an encrypted database is
checked in the background, before the daily backup: Database.check_pages). Said with the
same words as a damaged database at start; no backup was made of it, and File → Restore
from backup… puts the newest good one in place (the damaged file is kept beside it)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME

log = logging.getLogger(__name__)


def report_damage(window, error) -> QMessageBox:
    """A window-modal message over `window` (not exec(): the check ends at any moment,
    perhaps while the user types). Returns the box, kept on the window until closed."""
    from app.storage.backup import describe
    from app.ui.widgets import dates

    log.warning("the day's page check found damage: %s", error)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QApplication.translate(
        "Launch", "Your Rapport database %1 is damaged: SQLite reports a problem in it. "
        "It was left untouched.").replace("%1", str(error.path)), parent=window)
    if error.backups:
        created = describe(error.backups[-1]).created.astimezone()
        box.setInformativeText(QApplication.translate(
            "Launch", "No backup was made of it today. The newest backup is from %1: "
            "File → Restore from backup… puts it in place and keeps the damaged file beside "
            "it under a new name.").replace("%1", dates.date_time(created, created.date())))
        restore = box.addButton(QApplication.translate("Launch", "Restore from backup…"),
                                QMessageBox.ButtonRole.AcceptRole)
        restore.clicked.connect(window.open_restore)
    else:
        box.setInformativeText(QApplication.translate(
            "Launch", "No backup was made of it today, and there is no earlier backup to "
            "restore. Export your contacts (File → Export) while Rapport can still read them."))
    box.addButton(QMessageBox.StandardButton.Close)
    # what SQLite reported; the storage message's advice is for a start, not this window
    box.setDetailedText(str(error).split(" It was left untouched.")[0] + ".")
    window.damage_report = box
    box.open()
    return box
