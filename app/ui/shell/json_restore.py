"""File → Restore from backup… → From a JSON file…: a full JSON backup (`rapport export
--format json` or the export dialog), plain or sealed with a passphrase. A sealed one asks
for its passphrase; a wrong one, or a damaged file, is said with the file's name and changes
nothing. A copy of the current data is saved first, as for the database backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from app.services.exporters import SealedDamaged, WrongPassphrase
from app.ui.widgets.tasks import task_manager



def ask_passphrase(parent, path: Path) -> str | None:
    """The sealed backup's passphrase (None: cancelled)."""
    box = QInputDialog(parent)
    box.setWindowTitle(QCoreApplication.translate("JsonRestore", "Encrypted backup"))
    box.setLabelText(QCoreApplication.translate("JsonRestore", "%1 is encrypted. Its passphrase:").replace("%1", path.name))
    box.setTextEchoMode(QLineEdit.EchoMode.Password)
    box.setObjectName("sealed_backup_passphrase")
    accepted = box.exec()
    text = box.textValue()
    box.deleteLater()
    return text if accepted and text else None


def restore_json_file(dialog, path: Path | None = None) -> None:
    """Run from the restore dialog (its services, backups and restored()/failed())."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(dialog, QCoreApplication.translate("JsonRestore", "Restore a JSON backup"), "",
                                                QCoreApplication.translate("JsonRestore", "Rapport backups (*.json);;All files (*)"))
        if not chosen:
            return
        path = Path(chosen)
    exports = dialog.services.exports
    passphrase = ask_passphrase(dialog, path) if exports.is_sealed(path) else None
    if exports.is_sealed(path) and passphrase is None:
        return
    question = QCoreApplication.translate("JsonRestore", "This replaces everything in %1 (now %2 contacts) with the backup %3.\n\n"
                   "A copy of your current data is saved as a backup first.")
    question = (question.replace("%1", str(dialog.services.db.path))
                .replace("%2", str(dialog.backups.current_contacts())).replace("%3", path.name))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("JsonRestore", "Replace your data?"), question,
                      QMessageBox.StandardButton.Cancel, dialog)
    replace = box.addButton(QCoreApplication.translate("JsonRestore", "Replace with this backup"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not replace:
        return
    dialog.busy = QProgressDialog(QCoreApplication.translate("JsonRestore", "Restoring the backup…"), "", 0, 0, dialog)
    dialog.busy.setCancelButton(None)
    dialog.busy.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.busy.setMinimumDuration(0)
    dialog.busy.show()

    def work(_progress, _cancelled):
        try:  # a safety copy first (force), then every row; nothing changes on an error
            exports.restore(path, force=True, passphrase=passphrase)
        except WrongPassphrase:
            return QCoreApplication.translate("JsonRestore", "The passphrase does not open the backup %1. Nothing was changed.")
        except SealedDamaged:
            return QCoreApplication.translate("JsonRestore", "%1 is an encrypted backup, but it is damaged or cut short, or made by "
                       "a newer Rapport. Nothing was changed.")
        return None

    def done(problem: str | None) -> None:
        if problem is None:
            dialog.restored(path, path.name, None)
            return
        dialog.busy.close()
        QMessageBox.critical(dialog, QCoreApplication.translate("JsonRestore", "Restore a JSON backup"), problem.replace("%1", str(path)))

    dialog.worker = task_manager(dialog.services).write(work, owner=dialog, done=done,
                                                        failed=dialog.failed)
