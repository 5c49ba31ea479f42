"""Me: the owner's own profile (my interests, goals, what I look for and offer, my groups).

Shared interests and common ground are computed against it. Reached from Edit → Me…; the
first run asks for it once, briefly, and it can be skipped.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QScrollArea, QVBoxLayout, QWidget,
)

from app.services import Services
from app.services.base import ValidationError
from app.ui.contacts.topic_chips import TopicChips
from app.ui.widgets.wheel_guard import guard_wheel

ASKED_KEY = "me_asked"


class MeDialog(QDialog):
    def __init__(self, services: Services, parent=None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.me_id = services.contacts.me_id()
        me = services.contacts.get(self.me_id)
        self.setWindowTitle(self.tr("About me"))
        self.resize(640, 560)
        intro = QLabel(
            self.tr("Tell Rapport a little about yourself. It finds common ground between you "
                    "and your contacts from your interests, what you offer and what you look "
                    "for. You can change this any time under Edit → Me…")
            if first_run else self.tr("Your own profile: common ground is found against it.")
        )
        intro.setWordWrap(True)
        self.given = QLineEdit(me.given_name)
        self.family = QLineEdit(me.family_name)
        names = QFormLayout()
        names.addRow(self.tr("Given name:"), self.given)
        names.addRow(self.tr("Family name:"), self.family)
        self.topics = TopicChips(services, parent, self)
        self.topics.set_contact(self.me_id)
        topics_box = QGroupBox(self.tr("My topics"))
        QVBoxLayout(topics_box).addWidget(self.topics)
        groups_box = QGroupBox(self.tr("Groups I am in"))
        groups_layout = QVBoxLayout(groups_box)
        self.group_checks: dict[int, QCheckBox] = {}
        groups = services.groups.all()
        for group in groups:
            check = QCheckBox(group.name.replace("&", "&&"))  # a name, not a mnemonic
            check.setChecked(group.i_am_member)
            self.group_checks[group.id] = check
            groups_layout.addWidget(check)
        if not groups:
            groups_layout.addWidget(QLabel(self.tr("No groups yet.")))
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(intro)
        column.addLayout(names)
        column.addWidget(topics_box)
        column.addWidget(groups_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        if first_run:
            self.skip_button = buttons.addButton(self.tr("Skip for now"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    def accept(self) -> None:
        """Topics are saved as they are added; names and memberships here."""
        try:
            self.services.contacts.update(self.me_id, given_name=self.given.text(),
                                          family_name=self.family.text())
        except ValidationError:
            pass  # Me may stay nameless: the name is only used to sign drafts
        current = {g.id: g.i_am_member for g in self.services.groups.all()}
        for group_id, check in self.group_checks.items():
            if current.get(group_id) != check.isChecked():
                self.services.groups.set_member(group_id, check.isChecked())
        super().accept()


def ask_for_me_once(services: Services, parent=None) -> None:
    """First run: ask once, briefly, for the owner's profile. Skippable."""
    if services.settings.get_value(ASKED_KEY):
        return
    services.settings.set_value(ASKED_KEY, True)
    MeDialog(services, parent, first_run=True).exec()
