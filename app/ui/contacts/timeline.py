"""The notes timeline: a contact's interactions and decision notes, newest first, with
channel and direction, who else was there (a decision: whose it is and when to review it),
and the jobs they had before ("was Head of Sales at Alte Firma AG until 11/2026") where
they changed.

Shows the newest LIMIT entries with a "show all" button, so a contact with years of history
still opens at once. Delete (undoable) from the context menu or the Delete key; Enter or a
double click opens a decision to edit; "Record a decision…" adds one.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem, QMenu, QPushButton, QVBoxLayout,
    QWidget,
)

from app.domain.clock import local_today
from app.domain.enums import Channel, Direction
from app.services import Services
from app.services.decisions import DecisionRow
from app.services.interactions import InteractionRow
from app.ui.widgets import accessibility
from app.ui.widgets import dates, undo

LIMIT = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # an interaction's id
DECISION_ROLE = Qt.ItemDataRole.UserRole + 2  # a decision note's id
JOB_ROLE = Qt.ItemDataRole.UserRole + 3  # a past job's id
# A glyph DejaVu Sans has and a colour per channel: recognisable at a glance, no emoji font.
CHANNEL_LOOK = {
    Channel.EMAIL: ("✉", "#1f6feb"), Channel.PHONE: ("☎", "#2e7d32"),
    Channel.MESSAGE: ("✎", "#8e24aa"), Channel.MEETING: ("☕", "#ef6c00"),
    Channel.EVENT: ("★", "#c62828"), Channel.SOCIAL: ("☺", "#00838f"),
}
DIRECTION_ARROW = {Direction.OUTBOUND: "→", Direction.INBOUND: "←", Direction.MUTUAL: "⇄"}



def channel_names() -> dict[Channel, str]:
    return {
        Channel.EMAIL: QCoreApplication.translate("Timeline", "Email"), Channel.PHONE: QCoreApplication.translate("Timeline", "Phone call"), Channel.MESSAGE: QCoreApplication.translate("Timeline", "Message"),
        Channel.MEETING: QCoreApplication.translate("Timeline", "Meeting"), Channel.EVENT: QCoreApplication.translate("Timeline", "Event"), Channel.SOCIAL: QCoreApplication.translate("Timeline", "Social media"),
    }


def direction_names() -> dict[Direction, str]:
    return {
        Direction.OUTBOUND: QCoreApplication.translate("Timeline", "I wrote"), Direction.INBOUND: QCoreApplication.translate("Timeline", "They wrote"),
        Direction.MUTUAL: QCoreApplication.translate("Timeline", "Together"),
    }


@cache
def channel_icon(channel: Channel) -> QIcon:
    return glyph_icon(*CHANNEL_LOOK[channel])


@cache
def glyph_icon(glyph: str, colour: str) -> QIcon:
    pixmap = QPixmap(QSize(32, 32))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 30, 30)
    painter.setPen(QColor("white"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(17)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


@cache
def job_icon() -> QIcon:
    return glyph_icon("⚑", "#5d6d7e")


def decision_icon() -> QIcon:
    return glyph_icon("⚖", "#6d4c41")


class Timeline(QWidget):
    def __init__(self, services: Services, navigator=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self._show_all = False
        self.list = QListWidget()
        self.list.setWordWrap(True)
        accessibility.name(self.list, self.tr("Notes and interactions"))
        self.list.setIconSize(QSize(28, 28))
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(self._activated)  # Enter, or a double click
        self.more = QPushButton()
        self.more.clicked.connect(self._load_all)
        self.decide = QPushButton(QCoreApplication.translate("Timeline", "Record a d&ecision…"))
        self.decide.setToolTip(QCoreApplication.translate(
            "Timeline", "What was decided (or is still to decide), whose it is, and when to "
            "look at it again: it comes back on Today that day"))
        self.decide.clicked.connect(lambda: self.edit_decision(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide)
        buttons.addStretch(1)
        buttons.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def set_contact(self, contact_id: int) -> None:
        if contact_id != self.contact_id:
            self._show_all = False
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        limit = None if self._show_all else LIMIT + 1
        rows = self.services.interactions.of_contact(self.contact_id, limit=limit)
        more = not self._show_all and len(rows) > LIMIT
        shown = rows[:LIMIT] if more else rows
        # Decision notes and past jobs among the interactions by when they were written; with
        # older notes folded away, only those as recent as the oldest note shown.
        oldest = shown[-1].occurred_at if more else None
        decisions = [d for d in self.services.decisions.of_contact(self.contact_id)
                     if oldest is None or d.created_at >= oldest]
        jobs = [job for job in self.services.dates.past_jobs(self.contact_id)
                if oldest is None or job.ended_at >= oldest]
        self.list.clear()
        if not rows and not decisions and not jobs:
            item = QListWidgetItem(QCoreApplication.translate("Timeline", "No notes yet. Log the first interaction with Ctrl+L."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        entries = [(row.occurred_at, 0, row) for row in shown]
        entries += [(d.created_at, 1, d) for d in decisions]
        entries += [(job.ended_at, 2, job) for job in jobs]
        for _when, kind, entry in sorted(entries, key=lambda e: (e[0], e[1]), reverse=True):
            make = (self._item, self._decision_item, self._job_item)[kind]
            self.list.addItem(make(entry))
        self.more.setVisible(more)
        self.more.setText(QCoreApplication.translate("Timeline", "Show older notes"))

    def _item(self, row: InteractionRow) -> QListWidgetItem:
        local = row.occurred_at.astimezone(self.services.clock.local_tz())
        when = dates.date_time(local, local_today(self.services.clock))
        heading = QCoreApplication.translate("Timeline", "%1 · %2 · %3 %4").replace("%1", when) \
            .replace("%2", channel_names()[row.channel]) \
            .replace("%3", DIRECTION_ARROW[row.direction]) \
            .replace("%4", direction_names()[row.direction])
        lines = [heading]
        if row.summary:
            lines.append(row.summary)
        if row.notes:
            lines.append(row.notes)
        if row.others:
            names = ", ".join(self._name(cid) for cid in row.others)
            lines.append(QCoreApplication.translate("Timeline", "With: %1").replace("%1", names))
        item = QListWidgetItem(channel_icon(row.channel), "\n".join(lines))
        item.setData(ID_ROLE, row.id)
        item.setToolTip(channel_names()[row.channel])
        return item

    def _name(self, contact_id: int) -> str:
        from app.services.base import NotFoundError
        from app.services.contacts import display_name

        try:
            contact = self.services.contacts.get(contact_id)
        except NotFoundError:
            return "?"
        return display_name(contact.given_name, contact.family_name, contact.nickname)

    def _job_item(self, job) -> QListWidgetItem:
        local = job.ended_at.astimezone(self.services.clock.local_tz()).date()
        until = QLocale().toString(QDate(local.year, local.month, local.day), "MM/yyyy")
        if job.company and job.position:
            text = QCoreApplication.translate("Timeline", "Was %1 at %2 until %3") \
                .replace("%1", job.position).replace("%2", job.company).replace("%3", until)
        elif job.company:
            text = QCoreApplication.translate("Timeline", "Was at %1 until %2") \
                .replace("%1", job.company).replace("%2", until)
        else:
            text = QCoreApplication.translate("Timeline", "Was %1 until %2") \
                .replace("%1", job.position).replace("%2", until)
        item = QListWidgetItem(job_icon(), text)
        item.setData(JOB_ROLE, job.id)
        item.setToolTip(QCoreApplication.translate("Timeline", "Job change"))
        return item

    def _decision_item(self, row: DecisionRow) -> QListWidgetItem:
        today = local_today(self.services.clock)
        local = row.created_at.astimezone(self.services.clock.local_tz())
        whose = (QCoreApplication.translate("Timeline", "Decision (mine)") if row.owner == "me"
                 else QCoreApplication.translate("Timeline", "Decision (theirs)"))
        if row.reviewed_at is not None:
            review = QCoreApplication.translate("Timeline", "reviewed")
        else:
            review = QCoreApplication.translate("Timeline", "review %1").replace(
                "%1", dates.short(row.review_on, today))
        lines = [f"{dates.date_time(local, today)} · {whose} · {review}"]
        if row.context:
            lines.append(QCoreApplication.translate("Timeline", "Context: %1").replace("%1", row.context))
        lines.append(QCoreApplication.translate("Timeline", "Decided: %1").replace("%1", row.decided)
                     if row.decided else QCoreApplication.translate("Timeline", "Still to decide"))
        item = QListWidgetItem(decision_icon(), "\n".join(lines))
        item.setData(DECISION_ROLE, row.id)
        item.setToolTip(QCoreApplication.translate("Timeline", "Enter or double-click to edit"))
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(DECISION_ROLE) is not None:
            self.edit_decision(item.data(DECISION_ROLE))

    def edit_decision(self, decision_id: int | None) -> None:
        from app.ui.contacts.decision_dialog import open_decision_dialog

        if open_decision_dialog(self, self.services, self.navigator, self.contact_id,
                                decision_id) is not None:
            self.refresh()

    def delete_decision(self, decision_id: int) -> None:
        undo.delete_decision(self.navigator, self.services, decision_id)
        self.refresh()

    def _load_all(self) -> None:
        self._show_all = True
        self.refresh()

    def _menu(self, position) -> None:
        item = self.list.itemAt(position)
        if item is not None and item.data(DECISION_ROLE) is not None:
            decision_id = item.data(DECISION_ROLE)
            menu = QMenu(self)
            menu.addAction(QCoreApplication.translate("Timeline", "Edit decision…"),
                           lambda: self.edit_decision(decision_id))
            menu.addAction(QCoreApplication.translate("Timeline", "Delete decision"),
                           lambda: self.delete_decision(decision_id))
            menu.exec(self.list.viewport().mapToGlobal(position))
            return
        if item is not None and item.data(JOB_ROLE) is not None:
            menu = QMenu(self)
            menu.addAction(QCoreApplication.translate("Timeline", "Delete job entry"),
                           lambda: self._delete_job(item.data(JOB_ROLE)))
            menu.exec(self.list.viewport().mapToGlobal(position))
            return
        if item is None or item.data(ID_ROLE) is None:
            return
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("Timeline", "Delete note"), lambda: self.delete(item.data(ID_ROLE)))
        menu.exec(self.list.viewport().mapToGlobal(position))

    def _delete_job(self, job_id: int) -> None:
        """A "job change" that was a typo being fixed."""
        self.services.dates.delete_past_job(job_id)
        self.refresh()

    def delete(self, interaction_id: int) -> None:
        with self.services.events.operation(initiator=self):  # the notice skips this view
            undo.delete_interaction(self.navigator, self.services, interaction_id, self.contact_id)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        # Delete in the timeline deletes the note, not the contact (the window's Del action).
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Delete:
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        item = self.list.currentItem()
        if event.key() == Qt.Key.Key_Delete and item is not None and item.data(ID_ROLE):
            self.delete(item.data(ID_ROLE))
            return
        if event.key() == Qt.Key.Key_Delete and item is not None and item.data(DECISION_ROLE):
            self.delete_decision(item.data(DECISION_ROLE))
            return
        super().keyPressEvent(event)
