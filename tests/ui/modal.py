"""Acting on a modal dialog that exec() opens (exec() blocks the test meanwhile)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(qtbot, handle):
    """Run handle(dialog) once the next modal dialog is up. A failing handle closes the
    dialog (so the test does not hang) and its error is raised by check(done)."""
    done: list = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            handle(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised in the test by check()
            done.append(error)
            dialog.reject() if dialog.isVisible() else None
            if dialog.isVisible():
                dialog.setResult(0)
                dialog.hide()
            return
        done.append(dialog)

    QTimer.singleShot(0, poll)
    return done


def check(done: list) -> None:
    assert done, "no dialog opened"
    if isinstance(done[0], BaseException):
        raise done[0]
