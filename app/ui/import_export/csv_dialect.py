"""The mapping step's "Read as" row: the CSV's column separator and text encoding, as sniffed,
each in a combo box the user can change; `changed` fires at once so the preview re-reads."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.importers.source import CSV_DELIMITERS, ENCODINGS
from app.ui.widgets import accessibility
from app.ui.widgets.wheel_guard import guard_wheel


class CsvDialectRow(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        self.delimiter = guard_wheel(QComboBox())
        for delimiter in CSV_DELIMITERS:
            self.delimiter.addItem(names[delimiter], delimiter)
        self.encoding = guard_wheel(QComboBox())
        for encoding in ENCODINGS:
            self.encoding.addItem(self.encoding_label(encoding), encoding)
        separator_label = QLabel(self.tr("Columns separated by:"))
        separator_label.setBuddy(self.delimiter)
        encoding_label = QLabel(self.tr("Encoding:"))
        encoding_label.setBuddy(self.encoding)
        accessibility.name(self.delimiter, self.tr("Column separator"))
        accessibility.name(self.encoding, self.tr("Text encoding"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (separator_label, self.delimiter, encoding_label, self.encoding):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.delimiter.currentIndexChanged.connect(self._changed)
        self.encoding.currentIndexChanged.connect(self._changed)
        self._quiet = False

    def encoding_label(self, encoding: str) -> str:
        return {"UTF-8": self.tr("UTF-8"), "UTF-8 with BOM": self.tr("UTF-8 with BOM"),
                "Windows-1252": self.tr("Windows-1252 (Western European)"),
                "UTF-16": self.tr("UTF-16")}[encoding]

    def show_sniffed(self, delimiter: str, encoding: str) -> None:
        """Show what was sniffed without announcing a change (the rows shown fit it)."""
        self._quiet = True
        try:
            self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(delimiter)))
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(encoding)))
        finally:
            self._quiet = False

    def chosen(self) -> tuple[str, str]:
        return self.delimiter.currentData(), self.encoding.currentData()

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()
