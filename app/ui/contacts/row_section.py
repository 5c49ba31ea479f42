"""The frame the contact page's list sections share (Reminders, Important dates, Addresses):
a grey line while there is nothing, one row per item, and one button below them. The
sections set the line's and the button's text and build their own rows."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import Services


class RowSection(QWidget):
    def __init__(self, services: Services, navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.button = QPushButton()
        bottom = QHBoxLayout()
        bottom.addWidget(self.button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addLayout(bottom)

    def show_rows(self, rows: list) -> None:
        """Replace the rows (the empty line shows when there are none)."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for row in rows:
            self.add_row(row)
        self.empty.setVisible(not self.rows)

    def add_row(self, row: QWidget) -> None:
        self.rows.append(row)
        self.list.addWidget(row)
        row.show()  # now, not after the next event loop turn: Tab must find its fields
        self.empty.hide()

    def remove_row(self, row: QWidget) -> None:
        self.rows.remove(row)
        self.list.removeWidget(row)
        row.deleteLater()
        self.empty.setVisible(not self.rows)
