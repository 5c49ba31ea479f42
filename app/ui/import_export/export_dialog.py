"""The export dialog: vCard 3.0/4.0 or CSV of all or the selected contacts, or a full JSON
backup; written off the UI thread into a temporary file that is renamed into place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QVBoxLayout,
)

from app.config import documents_dir
from app.services import Services
from app.services.exporters import SUFFIX, ExportResult
from app.ui.widgets import accessibility
from app.ui.widgets.tasks import task_manager


def _documents() -> Path:
    """The documents folder, where the CLI exports too; the home folder if there is none."""
    folder = documents_dir()
    return folder if folder.is_dir() else Path.home()


def open_export_dialog(parent, services: Services, contact_ids=None) -> None:
    ExportDialog(services, contact_ids, parent).exec()


class ExportDialog(QDialog):
    def __init__(self, services: Services, contact_ids=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_ids = list(contact_ids) if contact_ids else None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(620)
        self.tasks = task_manager(services)
        self.busy = False
        self.result: ExportResult | None = None
        self.formats = QButtonGroup(self)
        choices = (
            ("vcard", self.tr("vCard 3.0 — for phones, Apple, Google and Outlook")),
            ("vcard4", self.tr("vCard 4.0")),
            ("csv", self.tr("CSV — for spreadsheets")),
            ("json", self.tr("Full backup (JSON) — everything, for restoring Rapport")),
        )
        format_box = QVBoxLayout()
        self.format_buttons: dict[str, QRadioButton] = {}
        for key, text in choices:
            button = QRadioButton(text)
            self.formats.addButton(button)
            self.format_buttons[key] = button
            format_box.addWidget(button)
        self.format_buttons["vcard"].setChecked(True)
        self.formats.buttonToggled.connect(lambda *_: self._format_changed())
        # Counted as export() counts (archived ones included), so that "Wrote …" agrees.
        total, archived = services.exports.count()
        self.scope_all = QRadioButton(self._scope_text(True, total, archived))
        chosen, chosen_archived = services.exports.count(self.contact_ids or ())
        self.scope_selected = QRadioButton(self._scope_text(False, chosen, chosen_archived))
        self.scope_selected.setVisible(bool(self.contact_ids))
        (self.scope_selected if self.contact_ids else self.scope_all).setChecked(True)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.scope_all)
        scope_box.addWidget(self.scope_selected)
        self.path = QLineEdit()
        accessibility.name(self.path, self.tr("Export file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        # An encrypted database's backup is sealed with a passphrase typed twice.
        self.sealed = services.exports.backup_needs_passphrase()
        self.passphrase, self.passphrase_again = QLineEdit(), QLineEdit()
        for field, name in ((self.passphrase, self.tr("Backup passphrase")),
                            (self.passphrase_again, self.tr("Repeat the backup passphrase"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            accessibility.name(field, name)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), format_box)
        form.addRow(self.tr("Contacts:"), scope_box)
        form.addRow(self.tr("Save as:"), path_row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.passphrase_again)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._format_changed()

    def _scope_text(self, everyone: bool, total: int, archived: int) -> str:
        text = (self.tr("All %n contact(s)", "", total) if everyone
                else self.tr("The %n selected contact(s)", "", total))
        if archived:
            text += self.tr(", including %n archived", "", archived)
        return text

    def chosen_format(self) -> str:
        return next(key for key, button in self.format_buttons.items() if button.isChecked())

    def _format_changed(self) -> None:
        key = self.chosen_format()
        backup = key == "json"
        self.scope_all.setEnabled(not backup)
        self.scope_selected.setEnabled(not backup)
        notes = {
            "vcard": self.tr("Topics travel as INTEREST, EXPERTISE and Rapport's own fields, groups "
                             "as categories, so a re-import loses nothing. Photos are not exported: "
                             "Rapport keeps none."),
            "vcard4": self.tr("vCard 4.0 keeps birthdays without a year as --MMDD. Photos are not "
                              "exported: Rapport keeps none."),
            "csv": self.tr("One row per contact; lists are separated by semicolons. UTF-8, which "
                           "Excel recognises.") + "\n" + self.tr(
                "Cells that begin with = + - or @ get a leading apostrophe (') so that a "
                "spreadsheet shows them as text and never runs them as formulas; Rapport's "
                "import removes it."),
            "json": self.tr("Contacts, topics, groups, history, promises, reminders, templates, "
                            "settings and journal entries. `rapport restore` brings it all back."),
        }
        plain = ""
        if backup and self.sealed:
            plain = "\n" + self.tr("Your database is encrypted, so this backup will be too: "
                                    "choose a passphrase for it. Without the passphrase nobody "
                                    "can restore the backup, Rapport included.")
        elif self.services.db.key is not None:  # an encrypted database; this file will not be
            plain = "\n" + self.tr("Your database is encrypted, but this file will not be: "
                                    "anyone who can read it can read everything in it.")
        self.note.setText(notes[key] + plain)
        for field in (self.passphrase, self.passphrase_again):
            self.form.setRowVisible(field, backup and self.sealed)
        current = Path(self.path.text()) if self.path.text() else _documents() / "rapport-contacts"
        name = "rapport-backup" if backup else "rapport-contacts"
        self.path.setText(str(current.with_name(name).with_suffix(SUFFIX[key])))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path.text())
        if path:
            self.path.setText(path)

    def _export(self) -> None:
        path, format = Path(self.path.text().strip()), self.chosen_format()
        if not self.path.text().strip() or not path.parent.is_dir():
            self.status.setText(self.tr("Choose a file in an existing folder."))
            return
        ids = self.contact_ids if self.scope_selected.isChecked() and format != "json" else None
        passphrase = None
        if format == "json" and self.sealed:
            passphrase = self.passphrase.text()
            problem = (self.tr("Choose a passphrase for the backup.") if not passphrase else
                       self.tr("The two passphrases differ.")
                       if passphrase != self.passphrase_again.text() else "")
            if problem:
                self.status.setText(problem)
                self.passphrase_again.clear()
                (self.passphrase_again if passphrase else self.passphrase).setFocus()
                return
        exports = self.services.exports
        self.busy = True
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        # Reads the database only (it writes a file): beside an import, not after it.
        self.tasks.read(lambda progress, _cancelled: exports.export(path, format, ids, progress,
                                                                       passphrase),
                        owner=self, done=self._done, failed=self._failed,
                        progress=lambda done, total: (self.progress.setMaximum(max(total, 1)),
                                                      self.progress.setValue(done)))

    def _done(self, result: ExportResult) -> None:
        self.busy = False
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        if result.archived:
            text = self.tr("Wrote %n contact(s), including %1 archived, to %2.", "", result.contacts)
            text = text.replace("%1", str(result.archived)).replace("%2", result.path)
        else:
            text = self.tr("Wrote %n contact(s) to %1.", "", result.contacts).replace("%1", result.path)
        if result.format == "json" and self.sealed:
            text += " " + self.tr("It is encrypted with your passphrase.")
        self.status.setText(text)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The export failed; no file was written: %1").replace("%1", message))

    def done(self, result: int) -> None:
        self.tasks.wait_for(owner=self)  # an export is short; let it finish its file
        super().done(result)
