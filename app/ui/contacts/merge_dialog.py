"""Merge two contacts already in Rapport: side by side, choose per field which value stays;
e-mails, phones, links, addresses, notes, history, promises, topics and groups of both are
kept. The second contact is then deleted, so the dialog asks before it does that."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel, QMessageBox, QRadioButton,
    QVBoxLayout,
)

from app.services import Services
from app.services.contacts import display_name


def open_merge_dialog(parent, services: Services, first_id: int, second_id: int) -> bool:
    """True when the two were merged (into first_id)."""
    return MergeDialog(services, first_id, second_id, parent).exec() == QDialog.DialogCode.Accepted


def _birthday(contact) -> str:
    if not contact.birthday_month:
        return ""
    year = f"{contact.birthday_year}" if contact.birthday_year else "—"
    return f"{contact.birthday_day:02d}.{contact.birthday_month:02d}.{year}"


class MergeDialog(QDialog):
    def __init__(self, services: Services, first_id: int, second_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.keep_id, self.drop_id = first_id, second_id
        keep, drop = services.contacts.get(first_id), services.contacts.get(second_id)
        self.setWindowTitle(self.tr("Merge contacts"))
        fields = (
            ("given_name", self.tr("Given name"), lambda c: c.given_name),
            ("family_name", self.tr("Family name"), lambda c: c.family_name),
            ("nickname", self.tr("Nickname"), lambda c: c.nickname),
            ("company", self.tr("Company"), lambda c: c.company),
            ("position", self.tr("Position"), lambda c: c.position),
            ("birthday", self.tr("Birthday"), _birthday),
            ("met_how", self.tr("Met how"), lambda c: c.met_how),
            ("met_where", self.tr("Met where"), lambda c: c.met_where),
            ("language", self.tr("Language"), lambda c: c.language),
            ("formality", self.tr("Formality"), lambda c: c.formality),
        )
        grid = QGridLayout()
        grid.addWidget(QLabel(f"<b>{display_name(keep.given_name, keep.family_name, keep.nickname)}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{display_name(drop.given_name, drop.family_name, drop.nickname)}</b>"), 0, 2)
        self.choices: dict[str, QRadioButton] = {}  # field -> the button that takes the second's value
        row = 1
        for key, label, value in fields:
            mine, theirs = value(keep), value(drop)
            if not theirs or mine == theirs:
                continue
            grid.addWidget(QLabel(label), row, 0)
            group = QButtonGroup(self)
            keep_button, take_button = QRadioButton(mine or self.tr("(empty)")), QRadioButton(theirs)
            (take_button if not mine else keep_button).setChecked(True)
            for column, button in ((1, keep_button), (2, take_button)):
                group.addButton(button)
                grid.addWidget(button, row, column)
            self.choices[key] = take_button
            row += 1
        if row == 1:
            grid.addWidget(QLabel(self.tr("Every field the second contact has is the same or empty here.")),
                           row, 0, 1, 3)
        kept_too = QLabel(self.tr(
            "Kept from both: e-mails, phones, links, addresses, notes, history, promises, "
            "reminders, topics and groups. The second contact is deleted afterwards."))
        kept_too.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(kept_too)
        layout.addWidget(buttons)
        self.confirm = self._confirm  # tests replace it

    def taken_fields(self) -> set[str]:
        return {key for key, button in self.choices.items() if button.isChecked()}

    def _confirm(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Merge contacts"),
            self.tr("Merge the two contacts into one? This cannot be undone; export a backup "
                    "first if you are unsure."))
        return answer == QMessageBox.StandardButton.Yes

    def _merge(self) -> None:
        if not self.confirm():
            return
        self.services.imports.merge_contacts(self.keep_id, self.drop_id, self.taken_fields())
        self.accept()
