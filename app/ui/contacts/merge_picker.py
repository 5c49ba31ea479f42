"""Choose the duplicate to merge into the current contact, then the merge dialog.

Reached from Edit → Merge with duplicate…; the search starts with the contact's family name,
where duplicates usually are."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
)

from app.services import Services
from app.ui.contacts.merge_dialog import open_merge_dialog

CANDIDATES = 50


class MergePicker(QDialog):
    def __init__(self, services: Services, contact_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        contact = services.contacts.get(contact_id)
        name = " ".join(p for p in (contact.given_name, contact.family_name) if p)
        self.setWindowTitle(self.tr("Merge with duplicate"))
        intro = QLabel(self.tr("Which contact is the same person as %1? Its details, history "
                               "and promises move to %1.").replace("%1", name or contact.nickname))
        intro.setWordWrap(True)
        self.search = QLineEdit(contact.family_name or contact.given_name)
        self.search.setPlaceholderText(self.tr("Search names, companies, topics, notes…"))
        self.search.setClearButtonEnabled(True)
        self.candidates = QListWidget()
        self.candidates.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Compare…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.search, self.candidates, self.buttons):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.resize(480, 420)
        self.refresh()

    def refresh(self) -> None:
        self.candidates.clear()
        for row in self.services.contacts.list_rows(self.search.text(), limit=CANDIDATES + 1):
            if row.id == self.contact_id:
                continue
            detail = " · ".join(p for p in (row.company, row.position) if p)
            item = QListWidgetItem(f"{row.name} — {detail}" if detail else row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.candidates.addItem(item)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.candidates.count() > 0)

    def chosen_id(self) -> int | None:
        item = self.candidates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def pick_and_merge(parent, services: Services, contact_id: int) -> bool:
    """True when a duplicate was chosen and merged into contact_id."""
    picker = MergePicker(services, contact_id, parent)
    try:
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen_id() is None:
            return False
        return open_merge_dialog(parent, services, contact_id, picker.chosen_id())
    finally:
        picker.deleteLater()
