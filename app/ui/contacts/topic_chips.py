"""Topics as chips, grouped by kind, with completion from existing topics; groups as chips.

Typing "indus" offers "Industrie 4.0" if it exists, so the same topic is reused rather than
duplicated (the service also folds "industrie-4.0" onto it). Removing a chip is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QToolButton, QWidget,
)

from app.domain.enums import TopicKind
from app.services import Services
from app.services.base import ValidationError
from app.services.topics import HeldTopic
from app.ui.widgets import undo
from app.ui.widgets.accessibility import place_before
from app.ui.widgets.flow_layout import FlowLayout

REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
CHIP_STYLE = (
    "QFrame#chip { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 11px; }"
    "QFrame#chip:focus { border: 2px solid palette(highlight); }"  # a visible focus ring
)


class Chip(QFrame):
    """A label with a small remove button. Reached with Tab; Delete removes it, and a screen
    reader hears its kind ("Interest: Jazz")."""

    remove_requested = Signal()

    def __init__(self, text: str, remove_tip: str, parent=None, kind: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{kind}: {text}" if kind else text)
        self.setAccessibleDescription(QCoreApplication.translate("TopicChips", "Delete removes it"))
        self.setStyleSheet(CHIP_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(text)
        self.button = QToolButton(text="×", autoRaise=True)
        self.button.setToolTip(remove_tip)
        self.button.setAccessibleName(remove_tip)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chip takes focus; Delete removes
        self.button.clicked.connect(self.remove_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def event(self, event) -> bool:
        """Del on a focused chip removes the chip, not the contact (Del archives elsewhere)."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in REMOVE_KEYS \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in REMOVE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class ChipRow(QWidget):
    """Chips followed by a line edit that adds one on Enter."""

    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.editor = QLineEdit(placeholderText=placeholder)
        self.editor.setMinimumWidth(150)
        self.editor.setMaximumWidth(200)
        self.flow.addWidget(self.editor)
        self.chips: list[Chip] = []

    def set_chips(self, chips: list[Chip]) -> None:
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.flow.removeWidget(self.editor)
        self.chips = chips
        for chip in chips:
            self.flow.addWidget(chip)
        self.flow.addWidget(self.editor)
        self.order_tabs()
        self.updateGeometry()

    def order_tabs(self) -> None:
        """Tab reads the chips in place, then the editor (new chips went to the window's end).
        Again when shown: moving the row into another window reorders its chain."""
        place_before(self.editor, self.chips)

    def showEvent(self, event) -> None:
        self.order_tabs()
        super().showEvent(event)


class TopicChips(QWidget):
    """A contact's (or Me's) topics: one row of chips per kind."""

    def __init__(self, services: Services, navigator=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.rows: dict[TopicKind, ChipRow] = {}
        self._words = QStringListModel(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for kind, label in kind_labels().items():
            row = ChipRow(self.tr("Add a topic…"))
            completer = QCompleter(self._words, row.editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            row.editor.setCompleter(completer)
            row.editor.textEdited.connect(self._complete)
            row.editor.returnPressed.connect(lambda kind=kind: self.add_typed(kind))
            row.editor.setAccessibleName(label)
            self.rows[kind] = row
            form.addRow(label, row)

    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        held = self.services.topics.of_contact(self.contact_id) if self.contact_id else []
        for kind, row in self.rows.items():
            chips = []
            for topic in (t for t in held if t.kind is kind):
                text = f"{topic.label} ({topic.detail})" if topic.detail else topic.label
                chip = Chip(text, self.tr("Remove %1").replace("%1", topic.label),
                            kind=kind_names()[kind])
                chip.remove_requested.connect(lambda topic=topic: self.remove(topic))
                chips.append(chip)
            row.set_chips(chips)

    def _complete(self, text: str) -> None:
        self._words.setStringList(self.services.topics.complete(text))

    def add_typed(self, kind: TopicKind) -> None:
        editor = self.rows[kind].editor
        label = editor.text().strip()
        if not label or self.contact_id is None:
            return
        try:
            with self.services.events.operation(initiator=self):
                self.services.topics.add(self.contact_id, label, kind)
        except ValidationError:
            return
        editor.clear()
        self.refresh()  # at once; the change notice that follows skips the initiator
        self.rows[kind].editor.setFocus()

    def remove(self, topic: HeldTopic) -> None:
        with self.services.events.operation(initiator=self):
            undo.remove_topic(self.navigator, self.services, self.contact_id, topic)
        self.refresh()  # at once; the change notice that follows skips the initiator
        self.rows[topic.kind].editor.setFocus()  # focus stays in the row, not lost with the chip


def kind_labels() -> dict[TopicKind, str]:
    return {
        TopicKind.INTEREST: QCoreApplication.translate("TopicChips", "Interests:"),
        TopicKind.GOAL: QCoreApplication.translate("TopicChips", "Goals:"),
        TopicKind.LOOKING_FOR: QCoreApplication.translate("TopicChips", "Looking for:"),
        TopicKind.OFFERING: QCoreApplication.translate("TopicChips", "Offering:"),
    }


def kind_names() -> dict[TopicKind, str]:
    """A chip's kind as a screen reader says it: "Interest: Jazz"."""
    return {
        TopicKind.INTEREST: QCoreApplication.translate("TopicChips", "Interest"),
        TopicKind.GOAL: QCoreApplication.translate("TopicChips", "Goal"),
        TopicKind.LOOKING_FOR: QCoreApplication.translate("TopicChips", "Looking for"),
        TopicKind.OFFERING: QCoreApplication.translate("TopicChips", "Offering"),
    }


class GroupChips(QWidget):
    """The groups a contact is in, and a list to add one."""

    MANAGE = -1  # the adder's last entry: open Groups… (to make a group first)

    def __init__(self, services: Services, parent=None, navigator=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.flow = FlowLayout(self)
        self.adder = QComboBox()
        self.adder.setMinimumWidth(180)
        self.adder.activated.connect(self._add_chosen)
        self.chips: list[Chip] = []
        self.flow.addWidget(self.adder)

    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        groups = {g.id: g for g in self.services.groups.all()}
        mine = set(self.services.groups.of_contact(self.contact_id)) if self.contact_id else set()
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.flow.removeWidget(self.adder)
        self.chips = []
        for group_id in sorted(mine, key=lambda g: groups[g].name.casefold()):
            name = groups[group_id].name
            chip = Chip(name, self.tr("Remove from %1").replace("%1", name), kind=self.tr("Group"))
            chip.remove_requested.connect(lambda g=group_id: self._remove(g))
            self.chips.append(chip)
            self.flow.addWidget(chip)
        self.flow.addWidget(self.adder)
        place_before(self.adder, self.chips)
        self.adder.clear()
        self.adder.addItem(self.tr("Add to a group…"), None)
        for group in groups.values():
            if group.id not in mine:
                self.adder.addItem(group.name, group.id)
        self.adder.addItem(self.tr("New or edit groups…"), self.MANAGE)
        self.updateGeometry()

    def _add_chosen(self, index: int) -> None:
        group_id = self.adder.itemData(index)
        if group_id == self.MANAGE:
            from app.ui.contacts.groups_dialog import open_groups_dialog

            open_groups_dialog(self, self.services, self.navigator)
            self.refresh()
            return
        if group_id is not None and self.contact_id is not None:
            with self.services.events.operation(initiator=self):
                self.services.groups.add_contact(group_id, self.contact_id)
            self.refresh()

    def _remove(self, group_id: int) -> None:
        with self.services.events.operation(initiator=self):
            self.services.groups.remove_contact(group_id, self.contact_id)
        self.refresh()
