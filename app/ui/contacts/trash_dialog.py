"""Edit → Trash…: the deleted contacts, newest first, with when each was deleted. Restore
brings the chosen ones back with their history (Ctrl+Z moves them to the trash again);
Empty trash deletes every one for good, after asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from app.services import Services
from app.ui.widgets import dates, undo

ID = Qt.ItemDataRole.UserRole


class TrashDialog(QDialog):
    def __init__(self, services: Services, navigator=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.setWindowTitle(self.tr("Trash"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Company"), self.tr("Deleted")])
        self.table.setAccessibleName(self.tr("Deleted contacts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.currentCellChanged.connect(lambda *_cells: self._selection_changed())
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        self.empty = QLabel(self.tr("The trash is empty. Deleted contacts wait here, with their "
                                    "notes and promises, until you empty it."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Back to the contacts with their history; "
                                               "Ctrl+Z deletes them again"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setToolTip(self.tr("Delete every contact in the trash for good"))
        self.empty_button.clicked.connect(self.empty_trash)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        rows = self.services.contacts.trashed()
        today = self.services.clock.now().astimezone(self.services.clock.local_tz()).date()
        tz = self.services.clock.local_tz()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setData(ID, row.id)
            self.table.setItem(number, 0, name)
            self.table.setItem(number, 1, QTableWidgetItem(row.company))
            deleted = row.deleted_at
            self.table.setItem(number, 2, QTableWidgetItem(
                dates.date_time(deleted.astimezone(tz), today) if deleted else ""))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty_button.setEnabled(bool(rows))
        self._selection_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.table.rowCount() and not self.table.selectedIndexes():  # the newest, for Enter
            self.table.selectRow(0)
            self.table.setFocus()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.selected()))

    def selected(self) -> list[tuple[int, str]]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if not rows and self.table.currentRow() >= 0:  # the row with the focus frame
            rows = [self.table.currentRow()]
        return [(self.table.item(r, 0).data(ID), self.table.item(r, 0).text()) for r in rows]

    def restore_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        ids = [contact_id for contact_id, _name in chosen]
        text = self.tr("Restore %n contact(s)", "", len(chosen))
        if len(chosen) == 1:
            text = QCoreApplication.translate("Undo", "Restore %1").replace("%1", chosen[0][1])

        def put_back() -> None:
            for contact_id in ids:
                self.services.contacts.restore(contact_id)

        def trash_again() -> None:
            for contact_id in ids:
                self.services.contacts.trash(contact_id)

        undo.run(self.navigator, text, put_back, trash_again,
                 after_undo=lambda: self.isVisible() and self.reload())
        self.reload()

    def empty_trash(self) -> None:
        count = self.table.rowCount()
        if not count:
            return
        answer = QMessageBox.question(
            self, self.tr("Empty trash"),
            self.tr("Delete %n contact(s) for good, with their notes, promises and reminders? "
                    "This cannot be undone.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.services.contacts.empty_trash()
        self.reload()


def open_trash_dialog(parent, services: Services, navigator=None) -> None:
    dialog = TrashDialog(services, navigator, parent)
    dialog.exec()
    dialog.deleteLater()
