"""Edit the draft templates with a live preview against a chosen contact.

A template error (syntax, unknown field, a reach into Python internals) is shown with its
line and message under the editor; nothing is saved until the template renders.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
    QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from app.domain.drafts import OCCASIONS, PAIR_OCCASIONS, build_context
from app.services import Services
from app.services.base import NotFoundError, ValidationError
from app.services.drafts import SAMPLE_FACTS, TemplateProblem, check_template
from app.ui.drafts.draft_words import formality_choices, language_choices, occasion_label, problem_message
from app.ui.drafts.render_worker import render_off_thread
from app.ui.widgets.wheel_guard import guard_wheel

PREVIEW_CONTACTS = 200  # the chooser lists this many; typing searches all of them


class TemplateEditor(QDialog):
    def __init__(self, services: Services, occasion: str = "birthday", language: str = "de",
                 contact_id: int | None = None, context: dict | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.context = dict(context or {})
        self._facts = None
        self._loading = False
        self._dirty = False
        self.setWindowTitle(self.tr("Draft templates"))
        self.resize(1100, 700)

        self.occasion = QComboBox()
        for key in OCCASIONS:
            self.occasion.addItem(occasion_label(key), key)
        self.occasion.setCurrentIndex(max(self.occasion.findData(occasion), 0))
        self.language = QComboBox()
        for key, label in language_choices():
            self.language.addItem(label, key)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.variant = QComboBox()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.cursor_line = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a contact for the preview…"))
        self.search.setClearButtonEnabled(True)
        self.contact = QComboBox()
        self.formality = QComboBox()
        self.formality.addItem(self.tr("Their own form of address"), None)
        for key, label in formality_choices():
            self.formality.addItem(label, key)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.fields = QListWidget()
        self.fields.setToolTip(self.tr("Double-click a field to insert it at the cursor"))

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this phrasing (Ctrl+S)"))
        self.reset_button = QPushButton(self.tr("&Restore default"))
        self.reset_button.setToolTip(
            self.tr("Put the shipped phrasing back into the editor; Ctrl+Z undoes it")
        )
        close = QPushButton(self.tr("Close"))

        pick = QHBoxLayout()
        for widget in (self.occasion, self.language, self.variant):
            pick.addWidget(widget)
        editor = QVBoxLayout()
        editor.addLayout(pick)
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject)
        editor.addLayout(form)
        editor.addWidget(self.body, 1)
        editor.addWidget(self.cursor_line)
        editor.addWidget(self.problem)
        left = QWidget()
        left.setLayout(editor)

        preview_box = QVBoxLayout()
        chooser = QHBoxLayout()
        chooser.addWidget(self.search, 1)
        chooser.addWidget(self.contact, 1)
        preview_box.addLayout(chooser)
        preview_box.addWidget(self.formality)
        preview_box.addWidget(QLabel(self.tr("Preview:")))
        preview_box.addWidget(self.preview, 3)
        preview_box.addWidget(QLabel(self.tr("Fields you can use:")))
        preview_box.addWidget(self.fields, 1)
        right = QWidget()
        right.setLayout(preview_box)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 500])
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.update_preview)
        self.occasion.currentIndexChanged.connect(lambda _i: self._switch())
        self.language.currentIndexChanged.connect(lambda _i: self._switch())
        self.variant.currentIndexChanged.connect(lambda _i: self._switch(keep_variant=True))
        self.subject.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.body.cursorPositionChanged.connect(self._show_cursor_line)
        # A search over 50,000 contacts takes a moment: wait until the typing pauses.
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(lambda: self._search_contacts(self.search.text()))
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.contact.currentIndexChanged.connect(lambda _i: self._contact_changed())
        self.formality.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.fields.itemDoubleClicked.connect(lambda item: self.insert_field(item.text()))
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.restore_default)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self._fill_contacts("", contact_id)
        self._current = (self.occasion.currentData(), self.language.currentData())
        self._load_variants(keep=None)
        self._contact_changed()
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    # --- loading -----------------------------------------------------------------------------
    def _fill_contacts(self, query: str, select_id: int | None = None) -> None:
        rows = self.services.contacts.list_rows(query, limit=PREVIEW_CONTACTS)
        self.contact.blockSignals(True)
        self.contact.clear()
        if select_id is not None and all(row.id != select_id for row in rows):
            try:
                contact = self.services.contacts.get(select_id)
                self.contact.addItem(contact.given_name + " " + contact.family_name, select_id)
            except NotFoundError:
                pass
        for row in rows:
            self.contact.addItem(row.name, row.id)
        if select_id is not None:
            self.contact.setCurrentIndex(max(self.contact.findData(select_id), 0))
        self.contact.blockSignals(False)

    def _search_contacts(self, text: str) -> None:
        self._fill_contacts(text.strip())
        self._contact_changed()

    def _contact_changed(self) -> None:
        """Read the chosen contact's facts once; every keystroke then renders without queries."""
        self._facts = None
        contact_id = self.contact.currentData()
        occasion = self.occasion.currentData()
        if contact_id is not None:
            context = dict(self.context)
            if occasion in PAIR_OCCASIONS and not context.get("other_contact_id"):
                others = [self.contact.itemData(i) for i in range(self.contact.count())]
                context["other_contact_id"] = next((c for c in others if c != contact_id), None)
            try:
                self._facts = self.services.drafts.facts(contact_id, occasion, **context)
            except (ValidationError, NotFoundError):
                self._facts = None
        self.update_preview()

    def _load_variants(self, keep: int | None) -> None:
        occasion, language = self.occasion.currentData(), self.language.currentData()
        self._texts = self.services.drafts.templates(occasion, language)
        self.variant.blockSignals(True)
        self.variant.clear()
        for text in self._texts:
            label = self.tr("Phrasing %1").replace("%1", str(text.variant + 1))
            if text.customized:
                label = self.tr("%1 (yours)").replace("%1", label)
            self.variant.addItem(label, text.variant)
        self.variant.setCurrentIndex(max(self.variant.findData(keep), 0) if keep is not None else 0)
        self.variant.blockSignals(False)
        self._load_text()

    def _load_text(self) -> None:
        text = next(t for t in self._texts if t.variant == self.variant.currentData())
        self._loading = True
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self._loading = False
        self._dirty = False
        self.reset_button.setEnabled(text.customized)
        self._show_fields()
        self.update_preview()

    def _switch(self, keep_variant: bool = False) -> None:
        if self._dirty and not self.confirm_discard():
            self._restore_selection()
            return
        self._current = (self.occasion.currentData(), self.language.currentData())
        if keep_variant:
            self._load_text()
        else:
            self._load_variants(keep=None)
            self._contact_changed()

    def _restore_selection(self) -> None:
        for combo, value in zip((self.occasion, self.language), self._current):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are thrown away (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This phrasing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _show_fields(self) -> None:
        """The names a template may use, from a full sample profile (values vary per contact)."""
        self.fields.clear()
        context = build_context(SAMPLE_FACTS[0], self.language.currentData(), "du")
        calls = {  # helpers, shown as they are called
            "v": 'v("du form", "Sie form")', "own_v": 'own_v("du form", "Sie form")',
            "q": "q(text)", "topics": 'topics(interests, "beim")',
            "pl": 'pl(interests, "kommt", "kommen")',
        }
        for name in sorted(context):
            if name == "other":
                self.fields.addItems(sorted(
                    'other.v("du form", "Sie form")' if key == "v" else f"other.{key}"
                    for key in context["other"]
                ))
            else:
                self.fields.addItem(calls.get(name, name))

    # --- editing -----------------------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self._dirty = True
        self._debounce.start()

    def _show_cursor_line(self) -> None:
        line = self.body.textCursor().blockNumber() + 1
        self.cursor_line.setText(self.tr("Line %1").replace("%1", str(line)))

    def insert_field(self, name: str) -> None:
        self.body.insertPlainText(name if "(" in name else "{{ " + name + " }}")
        self.body.setFocus()

    def update_preview(self) -> None:
        if getattr(self, "_previewing", False):  # typed on while the worker runs: once more later
            self._debounce.start()
            return
        self._previewing = True
        try:
            self._update_preview()
        finally:
            self._previewing = False

    def _update_preview(self) -> None:
        self.problem.clear()
        if self._facts is None:
            self.preview.setPlainText(self.tr("Choose a contact to see a preview."))
            return
        try:
            args = (self._facts.person.contact_id, self.occasion.currentData(),
                    self.language.currentData(), self.subject.text(), self.body.toPlainText())
            formality, facts = self.formality.currentData(), self._facts
            draft = render_off_thread(  # no queries: the facts were read once
                lambda: self.services.drafts.preview(*args, formality=formality, facts=facts))
        except TemplateProblem as problem:
            self.problem.setText(self._describe(problem))
            self.preview.setEnabled(False)  # greyed: the last text that rendered, not this one
            return
        self.preview.setEnabled(True)
        self.preview.setPlainText(
            self.tr("Subject: %1").replace("%1", draft.subject) + "\n\n" + draft.body
        )

    def _describe(self, problem: TemplateProblem) -> str:
        part = self.tr("Subject") if problem.part == "subject" else self.tr("Text")
        if problem.line:
            return (self.tr("%1, line %2: %3").replace("%1", part)
                    .replace("%2", str(problem.line)).replace("%3", problem_message(problem.message)))
        return self.tr("%1: %2").replace("%1", part).replace("%2", problem_message(problem.message))

    def save(self) -> bool:
        occasion, language = self.occasion.currentData(), self.language.currentData()
        variant = self.variant.currentData()
        subject, body = self.subject.text(), self.body.toPlainText()
        default = self.services.drafts.default_template(occasion, language, variant)
        try:
            if default and (default.subject, default.body.strip("\n")) == (subject, body.strip("\n")):
                self.services.drafts.reset_template(occasion, language, variant)
            else:  # the slow part, checking the template, off the GUI thread first
                render_off_thread(lambda: check_template(occasion, language, subject, body))
                self.services.drafts.save_template(occasion, language, variant, subject, body)
        except TemplateProblem as problem:
            self.problem.setText(self.tr("Not saved. %1").replace("%1", self._describe(problem)))
            return False
        except ValidationError as error:
            self.problem.setText(self.tr("Not saved. %1").replace("%1", str(error)))
            return False
        self._load_variants(keep=variant)
        return True

    def restore_default(self) -> None:
        default = self.services.drafts.default_template(
            self.occasion.currentData(), self.language.currentData(), self.variant.currentData()
        )
        if default is None:
            return
        self.subject.selectAll()
        self.subject.insert(default.subject)
        cursor = self.body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(default.body)  # through the undo stack: Ctrl+Z brings yours back

    def reject(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Escape goes through reject() and its unsaved-changes question like Close does.
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
