"""Merge two topics or give one an alias; matching follows at once (the change notice
drops the matching caches)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QVBoxLayout,
)

from app.services import Services
from app.services.base import ValidationError
from app.ui.common_ground.common_ground_text import fill
from app.ui.widgets.wheel_guard import guard_wheel


class TopicManagerDialog(QDialog):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Manage topics"))
        self.keep = QComboBox()
        self.drop = QComboBox()
        for combo in (self.keep, self.drop):
            combo.setEditable(True)  # type to find among thousands
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumWidth(320)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.clicked.connect(lambda: self.merge())
        self.alias_topic = QComboBox()
        self.alias_topic.setEditable(True)
        self.alias_topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.alias = QLineEdit(placeholderText=self.tr("Another name, e.g. ML"))
        self.alias_button = QPushButton(self.tr("Add &alias"))
        self.alias_button.clicked.connect(self.add_alias)
        self.alias.returnPressed.connect(self.add_alias)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(QLabel(self.tr("<b>Merge two topics</b> — everyone holding the second gets "
                                   "the first; the second name stays findable.")))
        form.addRow(self.tr("&Keep:"), self.keep)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.drop, 1)
        merge_row.addWidget(self.merge_button)
        merge_label = QLabel(self.tr("Merge &into it:"))
        merge_label.setBuddy(self.drop)  # a row holding a layout gets no buddy by itself
        form.addRow(merge_label, merge_row)
        form.addRow(QLabel(self.tr("<b>Add an alias</b> — typing the alias then finds the topic.")))
        form.addRow(self.tr("&Topic:"), self.alias_topic)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.alias, 1)
        alias_row.addWidget(self.alias_button)
        alias_label = QLabel(self.tr("A&lias:"))
        alias_label.setBuddy(self.alias)
        form.addRow(alias_label, alias_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    def reload(self) -> None:
        rows = self.services.topics.all()
        self.labels = {row.id: row.label for row in rows}
        for combo in (self.keep, self.drop, self.alias_topic):
            current = combo.currentData()
            combo.clear()
            for row in rows:
                text = fill(self.tr("%1 (%n contact(s))", "", row.holders), row.label)
                if row.aliases:
                    text = fill(self.tr("%1 — also: %2"), text, ", ".join(row.aliases))
                combo.addItem(text, row.id)
            if current is not None and combo.findData(current) >= 0:
                combo.setCurrentIndex(combo.findData(current))

    def merge(self, confirm: bool = True) -> bool:
        keep, drop = self.keep.currentData(), self.drop.currentData()
        if keep is None or drop is None or keep == drop:
            self.message.setText(self.tr("Choose two different topics to merge."))
            return False
        keep_text, drop_text = self.labels[keep], self.labels[drop]
        if confirm and QMessageBox.question(
            self, self.tr("Merge topics"),
            fill(self.tr("Merge “%1” into “%2”? This cannot be undone."), drop_text, keep_text),
        ) != QMessageBox.StandardButton.Yes:
            return False
        self.services.topics.merge(keep, drop)
        self.message.setText(fill(self.tr("Merged “%1” into “%2”."), drop_text, keep_text))
        self.reload()
        return True

    def add_alias(self) -> bool:
        topic_id, alias = self.alias_topic.currentData(), self.alias.text().strip()
        if topic_id is None or not alias:
            self.message.setText(self.tr("Choose a topic and type the alias."))
            return False
        try:
            self.services.topics.add_alias(topic_id, alias)
        except ValidationError:
            self.message.setText(fill(self.tr("Could not add the alias: “%1” is already a topic "
                                              "of its own. Merge the two instead."), alias))
            return False
        self.message.setText(fill(self.tr("“%1” now finds “%2”."), alias, self.labels[topic_id]))
        self.alias.clear()
        self.reload()
        return True
