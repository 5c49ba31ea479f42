"""The Common ground page: the best introductions across the network (Accept, Draft intro,
Dismiss with undo), the topics my network cares about most, the people with most in common
with me, and "Ask the network"."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.enums import TopicKind
from app.services import Services
from app.services.matching import AskResult, Introduction
from app.ui.widgets import undo
from app.ui.common_ground.common_ground_text import fill, introduction_line
from app.ui.shell.navigation import Navigator
from app.ui.widgets.tasks import task_manager
from app.ui.widgets.workers import Worker

SUGGESTIONS = 25
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ASK_DELAY_MS = 200


class CommonGroundPage(QWidget):
    status_changed = Signal(str)

    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.status = ""
        self._worker: Worker | None = None
        self._pending = False
        self.introductions: list[Introduction] = []

        self.intro_tree = QTreeWidget()
        self.intro_tree.setHeaderLabels([self.tr("Introduce"), self.tr("to"), self.tr("Why")])
        self.intro_tree.setRootIsDecorated(False)
        self.intro_tree.setAlternatingRowColors(True)
        self.intro_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.intro_tree.header()
        header.setStretchLastSection(False)
        # The two names fit their content, the reason (long text) takes the rest.
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.intro_tree.itemSelectionChanged.connect(self._update_buttons)
        self.intro_tree.itemDoubleClicked.connect(lambda *_: self.draft_selected())
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Log the introduction with both (Ctrl+Return)"))
        self.draft_button = QPushButton(self.tr("&Draft intro…"))
        self.dismiss_button = QPushButton(self.tr("D&ismiss"))
        self.dismiss_button.setToolTip(self.tr("Stop suggesting this pair (Del; undo with Ctrl+Z)"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.draft_button.clicked.connect(self.draft_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        QShortcut(QKeySequence("Ctrl+Return"), self.intro_tree, activated=self.accept_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.intro_tree, activated=self.dismiss_selected)
        self.intro_status = QLabel()
        self.intro_status.setWordWrap(True)
        # Busy while the suggestions are computed (a second at 50,000 contacts, unless the
        # start-up job has done it); the rest of the page is usable meanwhile.
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Looking for common ground…"))
        self.progress.hide()
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.draft_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.manage_button = QPushButton(self.tr("Manage &topics…"))
        self.manage_button.clicked.connect(self.manage_topics)
        buttons.addWidget(self.manage_button)
        intro_box = QGroupBox(self.tr("Best introductions in your network"))
        intro_layout = QVBoxLayout(intro_box)
        intro_layout.addWidget(self.intro_tree)
        intro_layout.addWidget(self.progress)
        intro_layout.addWidget(self.intro_status)
        intro_layout.addLayout(buttons)

        self.ask = QLineEdit(placeholderText=self.tr("A topic, e.g. KI"))
        self.ask.setClearButtonEnabled(True)
        self.ask_tree = QTreeWidget()
        self.ask_tree.setHeaderHidden(True)
        self.ask_tree.itemDoubleClicked.connect(self._open_item)
        self._ask_timer = QTimer(self, singleShot=True, interval=ASK_DELAY_MS)
        self._ask_timer.timeout.connect(self.run_ask)
        self.ask.textChanged.connect(lambda _text: self._ask_timer.start())
        self.ask.returnPressed.connect(self.run_ask)
        ask_box = QGroupBox(self.tr("Ask the network"))
        ask_layout = QVBoxLayout(ask_box)
        self.ask_topics = QLabel()
        self.ask_topics.setWordWrap(True)
        # Until something is typed the pane says what it is for, instead of an empty box.
        self.ask_hint = QLabel(self.tr(
            "Type a topic (for example KI, Python or Italian painting) to see who in your "
            "network is interested in it, has it as a goal, looks for it or offers it.\n\n"
            "Double-click a name to open the contact, or a topic on the left to ask about it."))
        self.ask_hint.setWordWrap(True)
        self.ask_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ask_hint.setStyleSheet("color: palette(placeholder-text); padding: 6px;")
        self.ask_stack = QStackedWidget()
        self.ask_stack.addWidget(self.ask_hint)
        self.ask_stack.addWidget(self.ask_tree)
        ask_layout.addWidget(self.ask)
        ask_layout.addWidget(self.ask_topics)
        ask_layout.addWidget(self.ask_stack)

        self.topics_list = QListWidget()
        self.topics_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topics_list.itemActivated.connect(lambda item: self.ask.setText(item.data(ID_ROLE)))
        self.topics_list.setToolTip(self.tr("Double-click a topic to ask the network about it"))
        topics_box = QGroupBox(self.tr("What your network cares about"))
        QVBoxLayout(topics_box).addWidget(self.topics_list)
        self.common_list = QListWidget()
        self.common_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.common_list.setWordWrap(True)
        self.common_list.itemActivated.connect(self._open_item)
        common_box = QGroupBox(self.tr("Most in common with you"))
        QVBoxLayout(common_box).addWidget(self.common_list)

        lists = QHBoxLayout()
        lists.addWidget(topics_box)
        lists.addWidget(common_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(intro_box, 3)
        left_layout.addLayout(lists, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(ask_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Common ground")

    # --- loading (off the UI thread: network-wide suggestions take a while at 50,000) ---------
    def refresh(self) -> None:
        if self._worker is not None and self._worker.running:
            self._pending = True  # once more when this run is done
            return
        self.intro_status.setText(self.tr("Looking for common ground…"))
        self.progress.show()
        matching = self.services.matching

        def work(_progress, _cancelled):
            return (matching.network_introductions(SUGGESTIONS), matching.top_topics(12),
                    matching.most_in_common_with_me(12))

        self._worker = task_manager(self.services).read(
            work, owner=self, done=self._show, failed=self.intro_status.setText,
            finished=self._after_run)

    def is_loading(self) -> bool:
        return self._worker is not None and self._worker.running

    def _after_run(self) -> None:
        if self._pending:
            self._pending = False
            self.refresh()
        else:
            self.progress.hide()

    def _show(self, result) -> None:
        introductions, topics, common = result
        self.introductions = introductions
        self.intro_tree.clear()
        for intro in introductions:
            item = QTreeWidgetItem([intro.a_name, intro.b_name, introduction_line(intro)])
            item.setToolTip(2, "\n".join(introduction_line(intro, r) for r in intro.reasons))
            item.setData(0, ID_ROLE, (intro.a_id, intro.b_id))
            self.intro_tree.addTopLevelItem(item)
        if introductions:
            self.intro_tree.setCurrentItem(self.intro_tree.topLevelItem(0))
            self.intro_status.setText("")
        else:
            self.intro_status.setText(self.tr(
                "No introductions to suggest yet. They appear when your contacts have topics: "
                "what they look for, offer, want or like."))
        locale = QLocale()
        self.topics_list.clear()
        for topic in topics:
            item = QListWidgetItem(fill(self.tr("%1 — %2"), topic.label, locale.toString(topic.contacts)))
            item.setData(ID_ROLE, topic.label)
            self.topics_list.addItem(item)
        self.common_list.clear()
        for person in common:
            item = QListWidgetItem(fill(self.tr("%1 — %2"), person.b_name, _first_topics(person)))
            item.setToolTip(item.text())  # elided when the list is narrow
            item.setData(ID_ROLE, person.b_id)
            self.common_list.addItem(item)
        if not common:  # an empty box said nothing: after the first run "Me" has no topics
            hint = QListWidgetItem(self.tr(
                "Nobody yet. Add your own interests, goals and what you offer or look for "
                "under Edit → Me…, and the people who share them appear here."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.common_list.addItem(hint)
        self.status = self.tr("%n introduction(s) suggested", "", len(introductions))
        self.status_changed.emit(self.status)
        self._update_buttons()

    # --- actions --------------------------------------------------------------------------
    def selected(self) -> Introduction | None:
        row = self.intro_tree.indexOfTopLevelItem(self.intro_tree.currentItem())
        return self.introductions[row] if 0 <= row < len(self.introductions) else None

    def select(self, row: int) -> None:
        self.intro_tree.setCurrentItem(self.intro_tree.topLevelItem(row))

    def accept_selected(self) -> None:
        intro = self.selected()
        if intro is None:
            return
        summary = fill(self.tr("Introduced %1 and %2"), intro.a_name, intro.b_name)
        self.services.matching.accept_introduction(intro.a_id, intro.b_id, summary=summary)
        self._drop(intro, fill(self.tr("Logged: %1"), summary))

    def draft_selected(self) -> None:
        intro = self.selected()
        if intro is not None:
            # Double opt-in: first the note asking one of them; the mail to both comes after
            # they agreed (the draft dialog offers it as the other occasion).
            self.navigator.draft_message(intro.a_id, "introduction_ask", other_contact_id=intro.b_id)

    def dismiss_selected(self) -> None:
        intro = self.selected()
        if intro is None:
            return
        matching = self.services.matching
        undo.run(self.navigator, fill(self.tr("Dismiss introduction %1 – %2"), intro.a_name, intro.b_name),
                 lambda: matching.dismiss_introduction(intro.a_id, intro.b_id),
                 lambda: matching.dismiss_introduction(intro.a_id, intro.b_id, dismissed=False))
        self._drop(intro, self.tr("Dismissed. Ctrl+Z brings it back."))

    def _drop(self, intro: Introduction, message: str) -> None:
        """Take the pair off the list at once; the refresh that follows confirms it."""
        row = self.introductions.index(intro)
        self.introductions.pop(row)
        self.intro_tree.takeTopLevelItem(row)
        self.intro_status.setText(message)
        self._update_buttons()
        self.refresh()

    def manage_topics(self) -> None:
        from app.ui.contacts.topic_manager import TopicManagerDialog

        TopicManagerDialog(self.services, self).exec()

    # --- ask the network --------------------------------------------------------------------
    def run_ask(self) -> None:
        self._ask_timer.stop()
        self.show_answer(self.services.matching.ask_network(self.ask.text()))

    def show_answer(self, answer: AskResult) -> None:
        self.ask_tree.clear()
        self.ask_topics.setText(fill(self.tr("Topics: %1"), ", ".join(answer.topics)) if answer.topics else "")
        typed = bool(self.ask.text().strip())
        self.ask_stack.setCurrentWidget(self.ask_tree if typed else self.ask_hint)
        if not typed:
            return
        if not answer.topics:
            self.ask_tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nobody in your network has this topic yet.")]))
            return
        for kind, hits, total in answer.by_kind:
            if not total:
                continue
            heading = {
                TopicKind.LOOKING_FOR: self.tr("Looking for it (%n)", "", total),
                TopicKind.OFFERING: self.tr("Offering it (%n)", "", total),
                TopicKind.GOAL: self.tr("Have it as a goal (%n)", "", total),
                TopicKind.INTEREST: self.tr("Interested in it (%n)", "", total),
            }[kind]
            group = QTreeWidgetItem([heading])
            for hit in hits:
                # The topic only when the question matched several ("Industrie" → two).
                text = fill(self.tr("%1 (%2)"), hit.name, hit.topic) if len(answer.topics) > 1 else hit.name
                child = QTreeWidgetItem([text])
                child.setData(0, ID_ROLE, hit.contact_id)
                group.addChild(child)
            if total > len(hits):
                group.addChild(QTreeWidgetItem([self.tr("… and %n more", "", total - len(hits))]))
            self.ask_tree.addTopLevelItem(group)
            group.setExpanded(True)

    # --- helpers ------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.accept_button, self.draft_button, self.dismiss_button):
            button.setEnabled(chosen)

    def _open_item(self, item, *_column) -> None:
        contact_id = item.data(0, ID_ROLE) if isinstance(item, QTreeWidgetItem) else item.data(ID_ROLE)
        if isinstance(contact_id, int):
            self.navigator.open_contact(contact_id)


def _first_topics(person: Introduction) -> str:
    labels = []
    for reason in person.reasons:
        if reason.topic not in labels:
            labels.append(reason.topic)
    return ", ".join(labels[:3])
