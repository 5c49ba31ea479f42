"""The contact page's "People they know": relationships to other contacts (knows, works
with, introduced by, family, partner), each a link to that person's page, with the reverse
shown on theirs ("Introduced by Anna" here, "Introduced Thomas" on Anna's page). A kind and
a name (the contact picker) add one; Remove takes one away (Ctrl+Z brings it back)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.relationships import RelationKind
from app.services import Services
from app.services.base import NotFoundError, ValidationError
from app.services.relationships import Related
from app.ui.widgets import accessibility, undo
from app.ui.widgets.contact_picker import ContactPicker

INTRODUCED = "introduced"  # the combo's reverse of "introduced by": this one introduced them


def relation_text(related: Related) -> str:
    """"Introduced by %1", "Introduced %1", "Knows %1"… (%1: the other person)."""
    if related.kind is RelationKind.INTRODUCED_BY:
        return (QCoreApplication.translate("Relationships", "Introduced %1") if related.reverse
                else QCoreApplication.translate("Relationships", "Introduced by %1"))
    return {
        RelationKind.KNOWS: QCoreApplication.translate("Relationships", "Knows %1"),
        RelationKind.WORKS_WITH: QCoreApplication.translate("Relationships", "Works with %1"),
        RelationKind.FAMILY: QCoreApplication.translate("Relationships", "Family: %1"),
        RelationKind.PARTNER: QCoreApplication.translate("Relationships", "Partner: %1"),
    }[related.kind]


def kind_choices() -> list[tuple[str, str]]:
    return [
        (RelationKind.KNOWS.value, QCoreApplication.translate("Relationships", "Knows")),
        (RelationKind.WORKS_WITH.value, QCoreApplication.translate("Relationships", "Works with")),
        (RelationKind.INTRODUCED_BY.value, QCoreApplication.translate("Relationships", "Was introduced by")),
        (INTRODUCED, QCoreApplication.translate("Relationships", "Introduced")),
        (RelationKind.FAMILY.value, QCoreApplication.translate("Relationships", "Family")),
        (RelationKind.PARTNER.value, QCoreApplication.translate("Relationships", "Partner")),
    ]


class RelationshipsSection(QWidget):
    def __init__(self, services: Services, navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.rows: list[QWidget] = []
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No one linked yet: who introduced you, whom they work "
                                    "with, their family."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.kind = QComboBox()
        self.kind.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for value, text in kind_choices():
            self.kind.addItem(text, value)
        accessibility.name(self.kind, self.tr("How they are related"))
        self.picker = ContactPicker(services)
        self.picker.setPlaceholderText(self.tr("Add a person: type a name"))
        accessibility.name(self.picker, self.tr("Related person"))
        self.picker.picked.connect(self.add)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        adding = QHBoxLayout()
        adding.addWidget(self.kind)
        adding.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addLayout(adding)
        layout.addWidget(self.error)

    def title(self) -> str:
        return self.tr("Relationships")

    def set_contact(self, contact_id: int) -> None:
        if contact_id != self.contact_id:
            self.picker.clear()
            self.error.hide()
        self.contact_id = contact_id
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        found = self.services.relationships.of_contact(contact_id)
        for related in found:
            self.rows.append(self._row(related))
            self.list.addWidget(self.rows[-1])
        self.empty.setVisible(not found)

    def texts(self) -> list[str]:
        """The relationships as shown, in plain words (for tests and screen readers)."""
        return [row.property("relation_text") for row in self.rows]

    def _row(self, related: Related) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        words = relation_text(related)
        link = f'<a href="{related.other_id}">{escape(related.other_name)}</a>'
        label = QLabel(escape(words).replace("%1", link))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setWordWrap(True)
        label.linkActivated.connect(lambda href: self._open(int(href)))
        remove = QPushButton(self.tr("Remove"))
        plain = words.replace("%1", related.other_name)
        remove.setAccessibleName(self.tr("Remove “%1”").replace("%1", plain))
        remove.setToolTip(self.tr("Ctrl+Z brings it back"))
        remove.clicked.connect(lambda _=False, r=related, p=plain: self.remove(r.id, p))
        line.addWidget(label, 1)
        line.addWidget(remove)
        row.setProperty("relation_text", plain)
        row.setProperty("label", label)
        return row

    def _open(self, contact_id: int) -> None:
        opener = getattr(self.navigator, "open_contact", None)
        if opener is not None:
            opener(contact_id)

    # --- actions ------------------------------------------------------------------------
    def add(self, other_id: int) -> None:
        if self.contact_id is None:
            return
        kind = self.kind.currentData()
        first, second = (other_id, self.contact_id) if kind == INTRODUCED else (self.contact_id, other_id)
        kind = RelationKind.INTRODUCED_BY.value if kind == INTRODUCED else kind
        added: list[int] = []

        def do() -> None:
            added.append(self.services.relationships.add(first, second, kind))

        try:
            undo.run(self.navigator, QCoreApplication.translate("Undo", "Link %1")
                     .replace("%1", self.picker.text()), do,
                     lambda: self.services.relationships.remove(added[-1]))
        except (ValidationError, NotFoundError):
            self.error.setText(self.tr("A contact cannot be linked to themselves."))
            self.error.show()
            return
        self.error.hide()
        self.picker.clear()
        self.set_contact(self.contact_id)

    def remove(self, relationship_id: int, text: str) -> None:
        removed: list[tuple[int, int, str]] = []
        ids = [relationship_id]

        def put_back() -> None:
            ids.append(self.services.relationships.add(*removed[-1]))

        undo.run(self.navigator, QCoreApplication.translate("Undo", "Remove “%1”").replace("%1", text),
                 lambda: removed.append(self.services.relationships.remove(ids[-1])), put_back)
        if self.contact_id is not None:
            self.set_contact(self.contact_id)
