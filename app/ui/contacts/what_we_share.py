"""The contact page's "What we share": common ground between Me and this contact, each with
its reason, groups of mine that fit them, and whom they might like to meet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services import Services
from app.ui.common_ground.common_ground_text import group_line, introduction_line, shared_line
from app.ui.shell.navigation import Navigator

INTRODUCTIONS_SHOWN = 3


class WhatWeShareSection(QWidget):
    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.shared = QLabel()
        self.groups = QLabel()
        self.introductions = QLabel()
        for label in (self.shared, self.groups, self.introductions):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.introductions.linkActivated.connect(self._open)
        self.groups.linkActivated.connect(self._group_link)  # its page, or a draft about it
        self._groups: dict[int, object] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.shared, self.groups, self.introductions):
            layout.addWidget(label)

    def title(self) -> str:
        return self.tr("What we share")

    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        matching = self.services.matching
        reasons = matching.what_we_share(contact_id)
        if reasons:
            self.shared.setText(_bullets([shared_line(r) for r in reasons]))
        else:
            self.shared.setText(escape(self.tr(
                "Nothing in common yet. Add their interests, goals, what they look for and "
                "what they offer, and your own under Me, to see common ground here.")))
        groups = matching.group_suggestions(contact_id, k=3)
        self.groups.setVisible(bool(groups))
        self._groups = {g.group_id: g for g in groups}
        draft = self.tr("Draft a note about it…")
        self.groups.setText(_titled(self.tr("Groups of yours that fit them"), [
            f'{_with_link(group_line(g), g.url)} · <a href="draft-group:{g.group_id}">{escape(draft)}</a>'
            for g in groups]))
        intros = matching.introductions_for(contact_id, k=INTRODUCTIONS_SHOWN)
        self.introductions.setVisible(bool(intros))
        lines = [f'<a href="{i.b_id}">{escape(i.b_name)}</a>: {escape(introduction_line(i))}'
                 for i in intros]
        self.introductions.setText(_titled(self.tr("Worth introducing to"), lines))

    def reason_lines(self) -> list[str]:
        """The shared items as shown (for tests and screen readers)."""
        return [shared_line(r) for r in self.services.matching.what_we_share(self.contact_id)]

    def _group_link(self, link: str) -> None:
        """A group's own page opens in the browser; "Draft a note about it…" opens a draft
        that points them to the group, with its link."""
        if not link.startswith("draft-group:"):
            QDesktopServices.openUrl(QUrl(link))
            return
        group = self._groups.get(int(link.split(":", 1)[1]))
        if group is not None and self.contact_id is not None:
            resource = f"{group.name}, {group.url}" if group.url else group.name
            self.navigator.draft_message(self.contact_id, "share_resource", resource=resource)

    def _open(self, link: str) -> None:
        self.navigator.open_contact(int(link))


def _with_link(line: str, url: str) -> str:
    if not url:
        return escape(line)
    return f'{escape(line)} · <a href="{escape(url, quote=True)}">{escape(url)}</a>'


def _bullets(lines: list[str]) -> str:
    return "<ul style='margin-left: -20px'>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>"


def _titled(title: str, html_lines: list[str]) -> str:
    items = "".join(f"<li>{line}</li>" for line in html_lines)
    return f"<b>{escape(title)}</b><ul style='margin-left: -20px'>{items}</ul>"
