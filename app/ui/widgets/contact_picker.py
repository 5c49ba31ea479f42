"""A field to pick one contact by typing part of a name: the search (FTS5) offers the first
matches in a completer, so it stays quick at 50,000 contacts. Used by the reminder dialog
and the groups dialog."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton

from app.services import Services

SHOWN = 12


class ContactPicker(QLineEdit):
    picked = Signal(int)  # a contact was chosen from the list

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self._ids: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(self._chosen)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a name"))
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):  # the clear button, read out by name
            button.setAccessibleName(self.tr("Clear the name"))
        self.textEdited.connect(self._search)

    def _search(self, text: str) -> None:
        rows = self.services.contacts.list_rows(text.strip(), limit=SHOWN) if text.strip() else []
        self._ids = {}
        for row in rows:
            label = row.name if row.name not in self._ids else f"{row.name} ({row.company or row.id})"
            if label in self._ids:
                label = f"{row.name} #{row.id}"
            self._ids[label] = row.id
        self._model.setStringList(list(self._ids))

    def _chosen(self, label: str) -> None:
        self.setText(label)  # (offscreen, QLineEdit does not take it over by itself)
        if label in self._ids:
            self.picked.emit(self._ids[label])

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self._ids = {name: contact_id} if contact_id is not None else {}
        self.setText(name if contact_id is not None else "")

    def contact_id(self) -> int | None:
        """The contact whose name is in the field; None when empty. ValueError when the
        text names nobody (typed, not chosen)."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._ids:
            return self._ids[text]
        rows = [r for r in self.services.contacts.list_rows(text, limit=50)
                if r.name.casefold() == text.casefold()]
        if len(rows) == 1:
            return rows[0].id
        raise ValueError(text)
