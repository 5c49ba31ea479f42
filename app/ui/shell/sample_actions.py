"""File → Remove sample network: at once, undoable (Ctrl+Z puts every row back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.sample_removal import SampleRemoval
from app.ui.widgets import undo


def remove_sample_network(window, services) -> int:
    """Remove the sample contacts; returns how many went (0: there was no sample)."""
    removal = SampleRemoval(services.db, services.clock, services.events)
    if not removal.sample_ids():
        window.statusBar().showMessage(QCoreApplication.translate(
            "SampleNetwork", "There is no sample network to remove."))
        return 0
    removed = {}

    def do() -> None:
        removed["rows"] = removal.remove()

    undo.run(window, QCoreApplication.translate("SampleNetwork", "Remove sample network"),
             do, lambda: removal.put_back(removed["rows"]))
    count = removed["rows"].contacts
    window.statusBar().showMessage(QCoreApplication.translate(
        "SampleNetwork", "Removed the sample network (%1 contacts). Ctrl+Z brings it back.")
        .replace("%1", str(count)))
    return count
