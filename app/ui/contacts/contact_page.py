"""One contact: fields, topics, groups and promises on the left, the notes timeline on the
right, and below them the sections other features register in contact_sections.py.

Everything is edited in place; the page refreshes from the services' change notices and
keeps what the user is typing. Leaving (Esc, Alt+Left, ← Contacts, another contact) first
saves what was typed; input that cannot be saved keeps the page open, named in the banner.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter,
    QVBoxLayout, QWidget,
)

from app.services import Services
from app.services.base import NotFoundError
from app.services.changes import Changes
from app.services.contacts import display_name
from app.ui.widgets import undo
from app.ui.contacts.contact_fields import ContactFields
from app.ui.contacts.contact_sections import section_classes
from app.ui.contacts.photo_button import PhotoButton
from app.ui.contacts.promises_view import PromisesView
from app.ui.contacts.timeline import Timeline
from app.ui.contacts.topic_chips import GroupChips, TopicChips, kind_labels
from app.ui.widgets.change_aware import initiated_by
from app.ui.widgets.wheel_guard import guard_wheel

log = logging.getLogger(__name__)


class ContactPage(QWidget):
    back_requested = Signal()

    def __init__(self, services: Services, navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self._archived = False
        self._name = ""

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle = QLabel()
        self.archived_badge = QLabel(self.tr("Archived"))
        self.archived_badge.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        back = QPushButton(self.tr("← Contacts"))
        back.setToolTip(self.tr("Back to the list (Esc)"))
        back.clicked.connect(self.back_requested)
        self.log_button = QPushButton(self.tr("&Log interaction…"))
        self.log_button.setToolTip(self.tr("Ctrl+L"))
        self.log_button.clicked.connect(lambda: self.navigator.log_interaction(self.contact_id))
        self.draft_button = QPushButton(self.tr("&Draft message…"))
        self.draft_button.clicked.connect(lambda: self.navigator.draft_message(self.contact_id))
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move to the trash (Shift+Del); Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.trash)

        self.photo = PhotoButton(services, navigator)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addSpacing(8)
        header.addWidget(self.photo)
        names = QVBoxLayout()
        names.setSpacing(0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.archived_badge)
        title_row.addStretch(1)
        names.addLayout(title_row)
        names.addWidget(self.subtitle)
        header.addSpacing(8)
        header.addLayout(names, 1)
        for button in (self.log_button, self.draft_button, self.archive_button, self.delete_button):
            header.addWidget(button)

        self.fields = ContactFields(services)
        self.topics = TopicChips(services, navigator)
        self.groups = GroupChips(services, navigator=navigator)
        self.promises = PromisesView(services, navigator)
        self.timeline = Timeline(services, navigator)
        self.sections = self._build_sections()

        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(_box(self.tr("Details"), self.fields))
        column.addWidget(_box(self.tr("Topics"), self.topics))
        column.addWidget(_box(self.tr("Groups"), self.groups))
        column.addWidget(_box(self.tr("Promises"), self.promises))
        for section in self.sections:
            column.addWidget(_box(section.title(), section))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        # The banner of refused fields floats over the bottom of the visible form (a layout
        # on the viewport, which the scrolled form is not part of): showing it moves no
        # field, and it stays in view while the form scrolls under it.
        overlay = QVBoxLayout(scroll.viewport())
        overlay.setContentsMargins(0, 0, 8, 4)
        overlay.addStretch(1)
        overlay.addWidget(self.fields.error)
        self.splitter = QSplitter()
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(_box(self.tr("Notes"), self.timeline))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 440])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self.fields.saved.connect(self._refresh_header)
        self.fields.saved.connect(self.timeline.refresh)  # a job change shows there at once
        for kind, row in self.topics.rows.items():  # added or emptied: nothing left to say
            row.editor.textChanged.connect(
                lambda text, kind=kind: text.strip() or self.fields.clear_notice(f"topic:{kind}"))
        guard_wheel(self)  # scrolling the page never changes a combo box or spin box

    def _build_sections(self) -> list[QWidget]:
        sections = []
        for section_class in section_classes():
            try:
                sections.append(section_class(self.services, self.navigator, parent=None))
            except Exception:  # another feature's section must not break the contact page
                log.exception("could not build contact section %s", section_class.__name__)
        return sections

    # --- showing ------------------------------------------------------------------------
    def set_contact(self, contact_id: int) -> None:
        if contact_id != self.contact_id:  # the last contact's typing is not for this one
            for _kind, editor in self._typed_topics():
                editor.clear()
        self.contact_id = contact_id
        self.fields.set_contact(contact_id)
        for part in (self.topics, self.groups, self.promises, self.timeline):
            part.set_contact(contact_id)
        for section in self.sections:
            try:
                section.set_contact(contact_id)
            except Exception:
                log.exception("contact section %s failed", type(section).__name__)
        self._refresh_header()
        self.scroll.verticalScrollBar().setValue(0)  # a contact opens at the top

    def leave(self) -> bool:
        """Save what was typed before the page goes; False (and the page stays, the first
        refused field focused, the banner naming each) when some input cannot be saved."""
        if self.contact_id is None:
            return True
        try:
            refused = self.fields.commit()
        except NotFoundError:  # the contact is gone (emptied from the trash)
            return True
        typed = self._typed_topics()
        for kind, editor in typed:  # a topic typed and not added (Enter adds it)
            self.fields.show_notice(f"topic:{kind}", self.tr(
                "%1 “%2” is not added yet: Enter adds it, Esc drops it.")
                .replace("%1", kind_labels()[kind]).replace("%2", editor.text().strip()))
        if not refused and not typed:
            return True
        widget = self.fields.widget_of(refused[0]) if refused else typed[0][1]
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus()
        return False

    def _typed_topics(self) -> list:
        return [(kind, row.editor) for kind, row in self.topics.rows.items()
                if row.editor.text().strip()]

    def keyPressEvent(self, event) -> None:
        """Esc after "not added yet": the typed topics go (a second Esc then leaves)."""
        notices = [n for n in self.fields.notices() if n.startswith("topic:")]
        if event.key() == Qt.Key.Key_Escape and notices:
            for _kind, editor in self._typed_topics():
                editor.clear()
            for notice in notices:
                self.fields.clear_notice(notice)
            return
        super().keyPressEvent(event)

    def refresh(self, changes: Changes | None = None) -> None:
        """After a change notice: show the stored state, keeping any field being edited.
        The part that made the change (`changes.initiator`) has shown it already."""
        if self.contact_id is None:
            return
        try:
            self.fields.refresh()
        except NotFoundError:  # emptied from the trash meanwhile
            self.back_requested.emit()
            return
        for part in (self.topics, self.groups, self.promises, self.timeline):
            if not initiated_by(changes, part):
                part.refresh()
        for section in self.sections:
            try:
                section.set_contact(self.contact_id)
            except Exception:
                log.exception("contact section %s failed", type(section).__name__)
        self._refresh_header()

    def _refresh_header(self) -> None:
        contact = self.fields.contact()  # as the fields just read it: one read per refresh
        self._name = display_name(contact.given_name, contact.family_name, contact.nickname)
        self._archived = contact.archived
        self.title_label.setText(self._name)
        self.photo.show_contact(self.contact_id, self._name)
        role = " · ".join(part for part in (contact.position, contact.company) if part)
        self.subtitle.setText(role)
        self.subtitle.setVisible(bool(role))
        self.archived_badge.setVisible(contact.archived)
        self.archive_button.setText(self.tr("Unarchive") if contact.archived else self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Del; Ctrl+Z undoes it"))

    def name(self) -> str:
        return self._name

    def is_archived(self) -> bool:
        return self._archived

    # --- actions ------------------------------------------------------------------------
    def toggle_archived(self) -> None:
        undo.archive(self.navigator, self.services, self.contact_id, self._name, not self._archived)
        self._refresh_header()

    def trash(self) -> None:
        undo.trash(self.navigator, self.services, self.contact_id, self._name)
        self.back_requested.emit()


def _box(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
