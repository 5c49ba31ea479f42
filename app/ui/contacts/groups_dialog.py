"""Groups…: every group on the left; on the right its name, whether I am a member, its link
(a Xing or Meetup page), topics, description and members. New makes a group; Delete removes
it (Ctrl+Z brings it back with its topics and members). What was typed is saved with Save,
and before another group is shown or the dialog closes; a refused field keeps it open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from app.services import Services
from app.services.base import NotFoundError, ValidationError
from app.ui.widgets import accessibility, undo
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.wheel_guard import guard_wheel

ID = Qt.ItemDataRole.UserRole


class GroupsDialog(QDialog):
    def __init__(self, services: Services, navigator=None, parent=None,
                 group_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.group_id: int | None = None
        self._loading = False
        self._dirty = False
        self.setWindowTitle(self.tr("Groups"))

        self.list = QListWidget()
        accessibility.name(self.list, self.tr("Groups"))
        self.new_button = QPushButton(self.tr("&New group"))
        self.new_button.clicked.connect(self.new_group)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete_group)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        self.name = QLineEdit()
        self.member = QCheckBox(self.tr("I am a &member"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://www.xing.com/communities/groups/…")
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("e.g. Industrie 4.0, Robotik (separated by commas)"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.members = QListWidget()
        self.add_member = ContactPicker(services)
        self.add_member.setPlaceholderText(self.tr("Add a member: type a name"))
        accessibility.name(self.add_member, self.tr("Add a member"))
        self.add_member.picked.connect(self._add_member)
        self.remove_member = QPushButton(self.tr("&Remove member"))
        self.remove_member.clicked.connect(self._remove_member)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(self.tr("N&ame:"), self.name)
        form.addRow("", self.member)
        form.addRow(self.tr("&Link:"), self.url)
        form.addRow(self.tr("&Topics:"), self.topics)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Members:"), self.members)
        adding = QHBoxLayout()
        adding.addWidget(self.add_member, 1)
        adding.addWidget(self.remove_member)
        form.addRow("", adding)
        self.details = QWidget()
        right = QVBoxLayout(self.details)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(form, 1)
        right.addWidget(self.error)
        self.empty = QLabel(self.tr("No groups yet. New group makes one: a club, an association, "
                                    "an online group you are in or want to remember."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 460])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(760, 520)

        for field in (self.name, self.url, self.topics):
            field.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.member.toggled.connect(self._edited)
        self.list.currentItemChanged.connect(self._switch)
        self.reload(group_id)
        guard_wheel(self)

    # --- the list -----------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self._loading = True
        self.list.clear()
        for group in self.services.groups.all():
            item = QListWidgetItem(group.name)
            item.setData(ID, group.id)
            self.list.addItem(item)
        rows = [self.list.item(i) for i in range(self.list.count())]
        chosen = next((i for i in rows if i.data(ID) == select), rows[0] if rows else None)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._loading = False
        self._show(chosen.data(ID) if chosen is not None else None)

    def _switch(self, current, previous) -> None:
        if self._loading or current is None or current.data(ID) == self.group_id:
            return
        target = current.data(ID)  # (saving rebuilds the list: the item goes)
        if not self.save(then=target):  # what was typed is kept: stay on this group
            self._loading = True
            self.list.setCurrentItem(previous)
            self._loading = False
            return
        if self.group_id != target:
            self._show(target)

    def _show(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.details.setEnabled(group_id is not None)
        self.delete_button.setEnabled(group_id is not None)
        self.empty.setVisible(group_id is None)
        self._loading = True
        try:
            group = self.services.groups.get(group_id) if group_id is not None else None
        except NotFoundError:
            group = None
        self.name.setText(group.name if group else "")
        self.member.setChecked(bool(group and group.i_am_member))
        self.url.setText(group.url if group else "")
        self.topics.setText(", ".join(group.topics) if group else "")
        self.description.setPlainText(group.description if group else "")
        self._loading = False
        self._dirty = False
        self.error.hide()
        self._show_members()

    def _show_members(self) -> None:
        self.members.clear()
        if self.group_id is None:
            return
        for member in self.services.groups.members(self.group_id):
            item = QListWidgetItem(member.name)
            item.setData(ID, member.contact_id)
            self.members.addItem(item)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    # --- actions ------------------------------------------------------------------------
    def save(self, then: int | None = None) -> bool:
        """Save what was typed, then show group `then` (default: this one); False (and the
        field named) when it cannot be saved."""
        if self.group_id is None or not self._dirty:
            return True
        topics = [t.strip() for t in self.topics.text().replace(";", ",").split(",") if t.strip()]
        try:
            self.services.groups.update(
                self.group_id, self.name.text(), self.description.toPlainText(),
                self.url.text(), self.member.isChecked(), topics,
            )
        except ValidationError as error:
            field = {"name": self.name, "url": self.url}.get(error.field, self.topics)
            message = {
                "name": self.tr("The name is empty or another group has it."),
                "url": self.tr("“%1” is not a web address (like https://www.xing.com/…).")
                .replace("%1", self.url.text().strip()),
            }.get(error.field, self.tr("Not saved: %1").replace("%1", error.message))
            self.error.setText(message)
            self.error.show()
            field.setFocus()
            return False
        self._dirty = False
        self.error.hide()
        self.reload(self.group_id if then is None else then)
        return True

    def new_group(self) -> None:
        if not self.save():
            return
        names = {g.name for g in self.services.groups.all()}
        name, n = self.tr("New group"), 2
        while name in names:
            name, n = f"{self.tr('New group')} {n}", n + 1
        group_id = self.services.groups.create(name)
        self.reload(group_id)
        self.name.setFocus()
        self.name.selectAll()

    def delete_group(self) -> None:
        if self.group_id is None:
            return
        group_id, name = self.group_id, self.name.text().strip()
        removed, ids = [], [group_id]  # a redo deletes the group under the id undo gave it

        def restore() -> None:
            ids.append(self.services.groups.restore(removed[-1]))

        undo.run(self.navigator,
                 QCoreApplication.translate("Undo", "Delete group %1").replace("%1", name),
                 lambda: removed.append(self.services.groups.delete(ids[-1])), restore,
                 after_undo=lambda: self.isVisible() and self.reload(ids[-1]))
        self._dirty = False
        self.reload()

    def _add_member(self, contact_id: int) -> None:
        if self.group_id is not None:
            self.services.groups.add_contact(self.group_id, contact_id)
            self.add_member.clear()
            self._show_members()

    def _remove_member(self) -> None:
        item = self.members.currentItem()
        if item is not None and self.group_id is not None:
            self.services.groups.remove_contact(self.group_id, item.data(ID))
            self._show_members()

    def done(self, result: int) -> None:
        if self.save():  # Close and Esc keep what was typed, or stay to show why not
            super().done(result)


def open_groups_dialog(parent, services: Services, navigator=None, group_id: int | None = None):
    dialog = GroupsDialog(services, navigator, parent, group_id)
    dialog.exec()
    dialog.deleteLater()
