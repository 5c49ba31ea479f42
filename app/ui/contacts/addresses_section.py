"""The contact page's "Addresses": every postal address, each with its label (home, work or
the user's own word), street, postcode, city and country, saved when a field is left. Add
address makes an empty one; Remove takes one away (Ctrl+Z brings it back). Imported
addresses show here too: one kept only as a line of text shows that line as the street."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication, QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget,
)

from app.domain.addresses import EDITED_KEYS, edited, parts_of
from app.services import Services
from app.services.base import NotFoundError
from app.services.contacts import display_name
from app.ui.contacts.row_section import RowSection
from app.ui.widgets import accessibility, undo


def label_choices() -> list[tuple[str, str]]:
    return [("home", QCoreApplication.translate("Addresses", "home")), ("work", QCoreApplication.translate("Addresses", "work")),
            ("other", QCoreApplication.translate("Addresses", "other"))]


class AddressRow(QWidget):
    """One address: label, street / postcode, city / country, and Remove."""

    def __init__(self, item: dict, number: int, section: "AddressesSection") -> None:
        super().__init__()
        self.item = item
        self.label = QComboBox()
        self.label.setEditable(True)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for key, text in label_choices():
            self.label.addItem(text, key)
        stored = item.get("label", "")
        found = self.label.findData(stored)
        if found >= 0:
            self.label.setCurrentIndex(found)
        else:
            self.label.setEditText(stored)
        parts = parts_of(item)
        self.fields: dict[str, QLineEdit] = {}
        hints = {"street": QCoreApplication.translate("Addresses", "Street and number"), "postcode": QCoreApplication.translate("Addresses", "Postcode"),
                 "city": QCoreApplication.translate("Addresses", "City"), "country": QCoreApplication.translate("Addresses", "Country")}
        for key in EDITED_KEYS:
            edit = QLineEdit(parts[key], placeholderText=hints[key])
            edit.setObjectName(key)
            accessibility.name(edit, f"{hints[key]} ({number})")
            edit.editingFinished.connect(section.save)
            self.fields[key] = edit
        self.fields["postcode"].setMaximumWidth(90)
        accessibility.name(self.label, QCoreApplication.translate("Addresses", "Label of address %1").replace("%1", str(number)))
        self.label.activated.connect(lambda _i: section.save())
        self.label.lineEdit().editingFinished.connect(section.save)
        self.remove = QPushButton(QCoreApplication.translate("Addresses", "Remove"))
        self.remove.setAccessibleName(QCoreApplication.translate("Addresses", "Remove address %1").replace("%1", str(number)))
        self.remove.setToolTip(QCoreApplication.translate("Addresses", "Ctrl+Z brings it back"))
        self.remove.clicked.connect(lambda: section.remove(self))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.fields["street"], 0, 1, 1, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.fields["postcode"], 1, 0)
        grid.addWidget(self.fields["city"], 1, 1)
        grid.addWidget(self.fields["country"], 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        order = [self.label, *(self.fields[k] for k in EDITED_KEYS), self.remove]
        for first, second in zip(order, order[1:]):  # as an address is written, then Remove
            QWidget.setTabOrder(first, second)

    def label_value(self) -> str:
        text = self.label.currentText().strip()
        index = self.label.findText(text)
        return self.label.itemData(index) if index >= 0 else text

    def value(self) -> dict | None:
        parts = {key: edit.text() for key, edit in self.fields.items()}
        label = self.label_value()
        if parts == parts_of(self.item) and label == self.item.get("label", ""):
            # unchanged: kept exactly as stored (a new, untouched row is nothing yet)
            return self.item if self.item.get("value") else None
        return edited(self.item, label, parts)

    def has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)


class AddressesSection(RowSection):
    def __init__(self, services: Services, navigator, parent=None) -> None:
        super().__init__(services, navigator, parent)
        self.stored: list[dict] = []
        self.rows: list[AddressRow] = []
        self.empty.setText(self.tr("No address yet."))
        self.add_button = self.button
        self.add_button.setText(self.tr("Add &address"))
        self.add_button.clicked.connect(self.add)

    def title(self) -> str:
        return self.tr("Addresses")

    def set_contact(self, contact_id: int) -> None:
        same = contact_id == self.contact_id
        if same and any(row.has_focus() for row in self.rows):
            return  # being typed in: the refresh after a save must not take the field away
        if not same:
            self.save()  # what was typed for the last contact
        self.contact_id = contact_id
        try:
            stored = list(self.services.contacts.get(contact_id).addresses or [])
        except NotFoundError:
            stored = []
        if same and stored == self.stored and len(self.rows) >= len(stored):
            return  # our own save coming back (a new, still empty row stays)
        self.stored = stored
        self._show(self.stored)

    def _show(self, addresses: list[dict]) -> None:
        self.show_rows([AddressRow(dict(item), n, self) for n, item in enumerate(addresses, start=1)])

    def current(self) -> list[dict]:
        return [value for value in (row.value() for row in self.rows) if value]

    def save(self) -> None:
        if self.contact_id is None:
            return
        addresses = self.current()
        if addresses == self.stored:
            return
        before, contact_id = self.stored, self.contact_id
        self.stored = addresses
        for row in self.rows:
            value = row.value()
            if value:
                row.item = dict(value)
        name = self._name()
        undo.run(self.navigator, QCoreApplication.translate("Undo", "Change address of %1")
                 .replace("%1", name),
                 lambda: self.services.contacts.update(contact_id, addresses=addresses),
                 lambda: self.services.contacts.update(contact_id, addresses=before))

    def add(self) -> None:
        self.save()
        row = AddressRow({"label": "home"}, len(self.rows) + 1, self)
        self.add_row(row)
        row.fields["street"].setFocus()

    def remove(self, row: AddressRow) -> None:
        self.remove_row(row)
        self.save()

    def _name(self) -> str:
        try:
            contact = self.services.contacts.get(self.contact_id)
        except NotFoundError:
            return ""
        return display_name(contact.given_name, contact.family_name, contact.nickname)
