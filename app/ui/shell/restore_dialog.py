"""File → Restore from backup…: the backups with their dates and sizes, and a confirmation
that says what will be replaced. A copy of the current data is made first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.backups import BackupsService
from app.ui.shell.json_restore import restore_json_file
from app.ui.widgets import dates
from app.ui.widgets.tasks import task_manager
from app.ui.widgets.workers import Worker

COL_DATE, COL_KIND, COL_SIZE = range(3)


class RestoreDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.backups = BackupsService(services.db, services.clock, services.events)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        folder = self.backups.folder()
        intro = QLabel(self.tr("Rapport copies your data once a day and before every import, "
                               "restore and update. The copies are in %1.")
                       .replace("%1", str(folder) if folder else "–"))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Made"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There are no backups yet."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(self.tr("&Restore…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.json_button = buttons.addButton(self.tr("From a &JSON file…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.json_button.clicked.connect(lambda: restore_json_file(self))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.infos = []
        self.worker: Worker | None = None
        self.fill()

    def reject(self) -> None:
        if self.worker is not None and self.worker.running:
            return  # never closed under a restore that is still copying
        super().reject()

    def kind_text(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("Daily")
        if reason == "before-restore":
            return self.tr("Before a restore")
        if reason == "before-import":
            return self.tr("Before an import")
        if reason.startswith("before-"):
            return self.tr("Before an update of Rapport")
        return reason or self.tr("Copied by hand")

    def fill(self) -> None:
        self.infos = self.backups.list()
        locale = QLocale()
        today = date.today()  # the backups' own dates: shown with a year when not this one
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            when = info.created.astimezone()
            kind = self.kind_text(info.reason)
            if not info.verified:
                kind += " " + self.tr("(not verified)")
            size = locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            cells = (dates.date_time(when, today), kind, size)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(COL_DATE)
        self.empty.setVisible(not self.infos)
        self.restore_button.setEnabled(bool(self.infos))
        if self.infos:
            self.table.selectRow(0)

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.infos):
            return
        info = self.infos[row]
        created = info.created.astimezone()
        when = dates.long(created.date(), date.today()) + " " + dates.time_text(created)
        theirs = self.backups.contacts_in(info.path)
        question = self.tr(
            "This replaces everything in %1 (now %2 contacts, with all their notes, "
            "interactions, promises and reminders) with the backup from %3 (%4 contacts).\n\n"
            "A copy of your current data is saved as a backup first."
        )
        question = (question.replace("%1", str(self.services.db.path))
                    .replace("%2", str(self.backups.current_contacts()))
                    .replace("%3", when).replace("%4", "?" if theirs is None else str(theirs)))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Replace your data?"), question,
                          QMessageBox.StandardButton.Cancel, self)
        replace = box.addButton(self.tr("Replace with this backup"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not replace:
            return
        # 12 s at 50,000 contacts: in a worker, behind a busy dialog the user cannot close.
        self.busy = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, self)
        self.busy.setCancelButton(None)
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.setMinimumDuration(0)
        self.restore_button.setEnabled(False)
        self.busy.show()
        self.worker = task_manager(self.services).write(  # after any import, never beside it
            lambda _progress, _cancelled: self.backups.replace_data(info.path), owner=self,
            done=lambda safety: self.restored(info.path, when, safety), failed=self.failed)

    def failed(self, message: str) -> None:
        self.busy.close()
        self.restore_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("Restore from backup"), message)

    def restored(self, source, when: str, safety) -> None:
        self.busy.close()
        # What the undo stack holds describes the data before the restore: undoing any of it
        # now would write old rows into the restored database.
        stack = getattr(self.parent(), "undo_stack", None)
        if stack is not None:
            stack.clear()
        self.backups.announce_restored()
        done = self.tr("Your data was restored from the backup from %1.").replace("%1", when)
        if safety is not None:
            done += "\n" + self.tr("The data as it was before is kept in %1.").replace(
                "%1", str(safety))
        QMessageBox.information(self, self.tr("Restore from backup"), done)
        self.fill()


def open_restore_dialog(parent: QWidget, services) -> RestoreDialog:
    dialog = RestoreDialog(services, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog
