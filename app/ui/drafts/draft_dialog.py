"""The draft dialog: pick occasion and language, edit the text, copy it, open it in the mail
program, or mark it as sent (an outbound interaction, and a kept promise where it fulfils one).

Other parts of the app open it only through open_draft_dialog().
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from app.domain.clock import local_today
from app.domain.drafts import OCCASIONS, PAIR_OCCASIONS, mailto_url
from app.ui.widgets import accessibility, dates, undo
from app.ui.drafts.draft_words import (  # noqa: F401  (problem_message: used by the editor)
    channel_label, formality_choices, language_choices, occasion_label, problem_message,
)
from app.ui.drafts.mail_opener import MailFailure, open_mailto
from app.ui.drafts.render_worker import render_off_thread
from app.services import Services
from app.services.base import NotFoundError, ValidationError
from app.services.contacts import display_name
from app.services.drafts import Draft, TemplateProblem, render_planned
from app.ui.widgets.wheel_guard import guard_wheel

_open: set[QDialog] = set()  # parentless dialogs stay alive until closed


def open_draft_dialog(parent, services: Services, contact_id: int, occasion=None, **context) -> None:
    """Show a draft for the contact (non-modal, so the user can look things up meanwhile).
    context may carry promise_id=…, other_contact_id=… (introductions), resource=…, milestone=…"""
    dialog = DraftDialog(services, contact_id, occasion, context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _open.add(dialog)
        dialog.destroyed.connect(lambda *_: _open.discard(dialog))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


class DraftDialog(QDialog):
    sent = Signal(int)  # the logged interaction's id

    def __init__(self, services: Services, contact_id: int, occasion, context, parent=None):
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.context = dict(context)
        # The Today row this draft was opened from: Mark as sent closes it (one undo step).
        self.today_item = self.context.pop("today_item", None)
        self.draft: Draft | None = None
        self._rendering = False
        self._edited = False
        self._busy = False  # a render is running on the worker thread
        self._again: int | None | bool = None  # a render asked for meanwhile (its variant)
        contact = services.contacts.get(contact_id)
        name = display_name(contact.given_name, contact.family_name, contact.nickname)
        self.setWindowTitle(self.tr("Draft for %1").replace("%1", name))
        self.resize(760, 640)

        pair = bool(self.context.get("other_contact_id"))
        self.occasion = QComboBox()
        for key in OCCASIONS:
            if key not in PAIR_OCCASIONS or pair:
                self.occasion.addItem(occasion_label(key), key)
        self.language = _combo(language_choices(), contact.language)
        self.formality = _combo(formality_choices(contact.language), contact.formality)
        self.other_wording = QPushButton(self.tr("Other &wording"))
        self.other_wording.setToolTip(self.tr("Try the next phrasing for this occasion (Ctrl+R)"))
        self.recipients = QLabel()
        self.recipients.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resource = QLineEdit(self.context.get("resource", ""))
        self.resource.setPlaceholderText(self.tr("A link or title to mention (optional)"))
        self.milestone = QLineEdit(self.context.get("milestone", ""))
        self.milestone.setPlaceholderText(self.tr("e.g. the new job at Trumpf (optional)"))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        accessibility.name(self.body, self.tr("Message text"))
        self.body.setFont(QFont(self.body.font().family(), self.body.font().pointSize() + 1))
        self.keep_promise = QCheckBox()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.status = QLabel()
        for label in (self.problem, self.status):  # take no room while there is nothing to say
            label.hide()
            label.setTextFormat(Qt.TextFormat.PlainText)

        options = QHBoxLayout()
        options.addWidget(self.occasion, 2)
        options.addWidget(self.language, 1)
        options.addWidget(self.formality, 2)
        options.addWidget(self.other_wording)
        form = QFormLayout()
        form.addRow(self.tr("Occasion:"), _wrap(options))
        form.addRow(self.tr("To:"), self.recipients)
        self.resource_label = QLabel(self.tr("Link:"))
        form.addRow(self.resource_label, self.resource)
        self.milestone_label = QLabel(self.tr("What happened:"))
        form.addRow(self.milestone_label, self.milestone)
        form.addRow(self.tr("Subject:"), self.subject)

        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.copy_button.setToolTip(self.tr("Copy the message text to the clipboard (Ctrl+Shift+C)"))
        self.mail_button = QPushButton(self.tr("Open in &mail program"))
        self.mail_button.setToolTip(self.tr("Open a new e-mail with subject and text (Ctrl+E)"))
        self.sent_button = QPushButton(self.tr("Mark as &sent"))
        self.sent_button.setToolTip(
            self.tr("Log this message as sent by you (Ctrl+Return)")
        )
        self.sent_button.setDefault(True)
        self.templates_button = QPushButton(self.tr("Edit &templates…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.templates_button)
        buttons.addStretch(1)
        for button in (self.copy_button, self.mail_button, self.sent_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.keep_promise)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        self.mail_failure = MailFailure(self.copy_text)  # "Open in mail program" failed
        layout.addWidget(self.mail_failure)
        layout.addLayout(buttons)

        self._rerender = QTimer(self, singleShot=True, interval=400)
        self._rerender.timeout.connect(self.render)
        self.occasion.currentIndexChanged.connect(lambda _i: self.render(variant=None))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.formality.currentIndexChanged.connect(lambda _i: self.render())
        self.other_wording.clicked.connect(self.next_wording)
        self.resource.textEdited.connect(lambda _t: self._rerender.start())
        self.milestone.textEdited.connect(lambda _t: self._rerender.start())
        self.subject.textEdited.connect(self._mark_edited)
        self.body.textChanged.connect(self._mark_edited)
        self.copy_button.clicked.connect(self.copy_text)
        self.mail_button.clicked.connect(self.open_in_mail)
        self.sent_button.clicked.connect(self.mark_sent)
        self.templates_button.clicked.connect(self.edit_templates)
        close.clicked.connect(self.reject)
        for keys, slot in (("Ctrl+Shift+C", self.copy_text), ("Ctrl+E", self.open_in_mail),
                           ("Ctrl+Return", self.mark_sent), ("Ctrl+R", self.next_wording)):
            QShortcut(QKeySequence(keys), self, activated=slot)

        self._setup_promise()
        index = self.occasion.findData(occasion or "follow_up")
        self.occasion.blockSignals(True)
        self.occasion.setCurrentIndex(max(index, 0))
        self.occasion.blockSignals(False)
        self.render(variant=None)
        self.body.setFocus()
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    # --- state ---------------------------------------------------------------------------
    def current_occasion(self) -> str:
        return self.occasion.currentData()

    def edited_draft(self) -> Draft | None:
        if self.draft is None:
            return None
        fields = {**self.draft.__dict__, "subject": self.subject.text().strip(),
                  "body": self.body.toPlainText().strip()}
        return Draft(**fields)

    def _setup_promise(self) -> None:
        promise_id = self.context.get("promise_id")
        self.keep_promise.setVisible(bool(promise_id))
        if promise_id:
            try:
                text = self.services.promises.get(promise_id).text
            except NotFoundError:
                self.context.pop("promise_id")
                self.keep_promise.hide()
                return
            self.keep_promise.setText(self.tr("Also mark the promise “%1” as kept").replace("%1", text))

    def _language_changed(self, _index: int) -> None:
        for row, (_key, label) in enumerate(formality_choices(self.language.currentData())):
            self.formality.setItemText(row, label)
        self.render(variant=None)

    def say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _mark_edited(self) -> None:
        if not self._rendering:
            self._edited = True

    # --- actions ---------------------------------------------------------------------------
    def render(self, variant: int | None | bool = False) -> None:
        """Re-render. variant=False keeps the current phrasing, None picks the contact's own.
        The template runs on a worker thread (render_worker): a slow user template ends in a
        message within the deadline while the window stays responsive."""
        if self._busy:  # asked again while the worker runs: once more when it is done
            self._again = variant
            return
        self._busy, self._again = True, ...
        try:
            self._render(variant)
        finally:
            self._busy = False
        if self._again is not ...:
            self.render(self._again)

    def _render(self, variant: int | None | bool) -> None:
        occasion = self.current_occasion()
        if variant is False:
            variant = self.draft.variant if self.draft and self.draft.occasion == occasion else None
        context = {**self.context, "resource": self.resource.text(), "milestone": self.milestone.text()}
        self.say(self.problem, "")
        try:
            plan = self.services.drafts.plan(
                self.contact_id, occasion, self.language.currentData(),
                formality=self.formality.currentData(), variant=variant, **context,
            )
            draft = render_off_thread(lambda: render_planned(plan))
        except TemplateProblem as problem:
            self.say(self.problem, 
                self.tr("This template has an error (%1, line %2): %3")
                .replace("%1", self.tr("Subject") if problem.part == "subject" else self.tr("Text"))
                .replace("%2", str(problem.line))
                .replace("%3", problem_message(problem.message))
            )
            return
        except (ValidationError, NotFoundError) as error:
            self.say(self.problem, str(error))
            return
        replaced_edits = self._edited
        self.draft = draft
        self._show(draft)
        self._update_for_occasion(occasion, draft)
        self.say(self.status, 
            self.tr("Your edits were replaced; press Ctrl+Z in the text to get them back.")
            if replaced_edits else ""
        )

    def _show(self, draft: Draft) -> None:
        """Replace the text through the editors' undo stacks, so Ctrl+Z restores the user's."""
        self._rendering = True
        self.subject.selectAll()
        self.subject.insert(draft.subject)
        cursor = self.body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(draft.body)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.body.setTextCursor(cursor)
        self._rendering = False
        self._edited = False

    def _update_for_occasion(self, occasion: str, draft: Draft) -> None:
        people = [draft.contact_id] + ([draft.other_contact_id] if occasion == "introduction" else [])
        if draft.channel == "email":
            self.recipients.setText(", ".join(self._addressee(p) for p in people if p))
        else:  # another channel, or a note to myself: never an e-mail by default
            self.recipients.setText(channel_label(draft.channel))
        self.mail_button.setEnabled(draft.channel == "email")
        self.sent_button.setText(
            self.tr("&Pause until %1").replace("%1", self._day(draft)) if not draft.channel else
            self.tr("Log the &call") if draft.channel == "phone" else self.tr("Mark as &sent"))
        for label, field, wanted in (
            (self.resource_label, self.resource, occasion in ("birthday", "share_resource")),
            (self.milestone_label, self.milestone, occasion == "congratulations"),
        ):
            label.setVisible(wanted)
            field.setVisible(wanted)
        # Sending an apology does not keep the promise it apologises for; the rest fulfil it.
        self.keep_promise.setChecked(occasion not in ("apology", "nudge", "introduction_ask"))
        self.other_wording.setEnabled(
            len(self.services.drafts.templates(occasion, draft.language)) > 1
        )

    def _addressee(self, contact_id: int) -> str:
        """ "Maxi Müller <maxi@example.org>", or the name and a note that no address is known."""
        contact = self.services.contacts.get(contact_id)
        name = display_name(contact.given_name, contact.family_name, contact.nickname)
        email = next((e.get("value") for e in contact.emails if e.get("value")), "")
        if email:
            return f"{name} <{email}>"
        return self.tr("%1 (no e-mail address known)").replace("%1", name)

    def next_wording(self) -> None:
        if self.draft is None:
            return
        texts = self.services.drafts.templates(self.draft.occasion, self.draft.language)
        variants = [t.variant for t in texts]
        at = variants.index(self.draft.variant) if self.draft.variant in variants else -1
        self.render(variant=variants[(at + 1) % len(variants)])

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self.say(self.status, self.tr("The text is on the clipboard."))

    def open_in_mail(self) -> None:
        draft = self.edited_draft()
        if draft is None or draft.channel != "email":
            return
        url = mailto_url(draft.recipients, draft.subject, draft.body)
        self.mail_failure.hide()
        self.say(self.status, self.tr("Opening your mail program…"))
        open_mailto(url, self, self._mail_opened)

    def _mail_opened(self, opened: bool, detail: str) -> None:
        if opened:
            self.say(self.status,
                     self.tr("Opened in your mail program. Mark it as sent once it is out."))
        else:
            self.say(self.status, "")
            self.mail_failure.show_failure(detail)

    def mark_sent(self) -> None:
        draft = self.edited_draft()
        if draft is None or not draft.body:
            self.say(self.problem, self.tr("There is no text to send."))
            return
        promise_id = self.context.get("promise_id") if self.keep_promise.isChecked() else None
        if not draft.channel:  # a pause note: nothing is sent; try again on its date
            self._pause(draft)
            return
        try:
            interaction_id = undo.draft_sent(self.parent(), self.services, self.contact_id,
                                             draft, promise_id, self.today_item)
        except (ValidationError, NotFoundError) as error:
            self.say(self.problem, str(error))
            return
        self.sent.emit(interaction_id)
        self.accept()

    def _day(self, draft: Draft) -> str:
        return dates.short(draft.retry_on, local_today(self.services.clock))

    def _pause(self, draft: Draft) -> None:
        """Put the Today row away until the date to try again (undoable), or, opened from the
        contact page, set a reminder for that day."""
        if self.today_item is not None:
            undo.today_snooze(self.parent(), self.services, self.today_item, draft.retry_on)
        else:
            at = datetime.combine(draft.retry_on, time(9), tzinfo=self.services.clock.local_tz())
            self.services.reminders.add(draft.subject, at, contact_id=self.contact_id)
        self.accept()

    def edit_templates(self) -> None:
        from app.ui.drafts.template_editor import TemplateEditor

        editor = TemplateEditor(
            self.services, self.current_occasion(), self.language.currentData(),
            contact_id=self.contact_id, context=self.context, parent=self,
        )
        editor.exec()
        self.render()


def _combo(choices: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for key, label in choices:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return guard_wheel(combo)


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
