"""A contact's own fields, editable in place: each is saved when you leave it, if valid.

Invalid input (an email without @, a phone number that cannot be one, a birthday like
31.02.) is not saved and not dropped: every refused field is outlined in red with its message
as tooltip, and one banner (placed by the page over the form, so the form does not move)
lists them all, until each is corrected or reverted with Esc.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget,
)

from app.domain import validation
from app.domain.birthdays import Birthday
from app.domain.validation import FieldError
from app.services import Services
from app.services.base import ValidationError
from app.ui.widgets import accessibility
from app.ui.widgets import dates

NAME_FIELDS = ("given_name", "family_name", "nickname")
ERROR_STYLE = "border: 1px solid #b3261e;"
BANNER_STYLE = ("QLabel#fieldErrors { color: #b3261e; background: palette(base); "
                "border: 1px solid #b3261e; border-radius: 4px; padding: 6px; }")



class NotesEdit(QPlainTextEdit):
    """A plain text edit that says when the user leaves it, like QLineEdit does."""

    editing_finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the field (it trapped keyboard users)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class ContactFields(QWidget):
    saved = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id: int | None = None
        self._contact = None
        # Not in the form: the page lays it over the form (see ContactPage), so showing it
        # never pushes the fields down.
        self.error = QLabel(self)
        self.error.setObjectName("fieldErrors")
        self.error.setStyleSheet(BANNER_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._errors: dict[str, str] = {}  # field -> its message, while refused
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name, label, hint in (
            ("given_name", QCoreApplication.translate("ContactFields", "&Given name:"), ""), ("family_name", QCoreApplication.translate("ContactFields", "&Family name:"), ""),
            ("nickname", QCoreApplication.translate("ContactFields", "Nickname:"), ""), ("company", QCoreApplication.translate("ContactFields", "Company:"), ""),
            ("position", QCoreApplication.translate("ContactFields", "Position:"), ""),
            ("emails", QCoreApplication.translate("ContactFields", "Email:"), QCoreApplication.translate("ContactFields", "name@example.org, several separated by commas")),
            ("phones", QCoreApplication.translate("ContactFields", "Phone:"), QCoreApplication.translate("ContactFields", "+49 711 123456 or 0711 123456")),
            ("links", QCoreApplication.translate("ContactFields", "Links:"), QCoreApplication.translate("ContactFields", "https://…, several separated by commas")),
            ("birthday", QCoreApplication.translate("ContactFields", "Birthday:"), QCoreApplication.translate("ContactFields", "%1, or %2 without the year").replace("%1", dates.example()).replace("%2", dates.example(with_year=False))),
            ("met_how", QCoreApplication.translate("ContactFields", "How we met:"), ""), ("met_where", QCoreApplication.translate("ContactFields", "Where we met:"), ""),
            ("met_on", QCoreApplication.translate("ContactFields", "Met on:"), dates.example()),
        ):
            edit = QLineEdit(placeholderText=hint)
            edit.setObjectName(name)
            edit.editingFinished.connect(lambda name=name: self.save(name))
            self.edits[name] = edit
            form.addRow(label, edit)
        self.cadence = QSpinBox(minimum=0, maximum=3650, singleStep=7)
        self.cadence.setSpecialValueText(QCoreApplication.translate("ContactFields", "no reminder"))
        self.cadence.setSuffix(QCoreApplication.translate("ContactFields", " days"))
        self.cadence.editingFinished.connect(lambda: self.save("cadence_days"))
        form.addRow(QCoreApplication.translate("ContactFields", "Keep in touch every:"), self.cadence)
        accessibility.name(self.cadence, QCoreApplication.translate("ContactFields", "Keep in touch every:"))
        self.language = QComboBox()
        self.language.addItem(QCoreApplication.translate("ContactFields", "German"), "de")
        self.language.addItem(QCoreApplication.translate("ContactFields", "English"), "en")
        self.language.activated.connect(lambda _i: self.save("language"))
        self.formality = QComboBox()
        self.formality.addItem(QCoreApplication.translate("ContactFields", "informal (du)"), "du")
        self.formality.addItem(QCoreApplication.translate("ContactFields", "formal (Sie)"), "sie")
        self.formality.activated.connect(lambda _i: self.save("formality"))
        form.addRow(QCoreApplication.translate("ContactFields", "Writes in:"), self.language)
        form.addRow(QCoreApplication.translate("ContactFields", "Address as:"), self.formality)
        # How drafts greet them ("Sehr geehrte Frau Dr. Müller,", "Liebe Anna,").
        self.anrede = QComboBox()
        for key, text in (("", QCoreApplication.translate("ContactFields", "none")),
                          ("Frau", QCoreApplication.translate("ContactFields", "Frau (Ms)")),
                          ("Herr", QCoreApplication.translate("ContactFields", "Herr (Mr)"))):
            self.anrede.addItem(text, key)
        self.anrede.activated.connect(lambda _i: self.save("anrede"))
        self.title = QLineEdit(placeholderText=QCoreApplication.translate("ContactFields", "Dr., Prof."))
        self.title.setObjectName("title")
        self.title.editingFinished.connect(lambda: self.save("title"))
        self.edits["title"] = self.title
        self.greeting_style = QComboBox()
        for key, text in (
            ("", QCoreApplication.translate("ContactFields", "automatic (from du/Sie)")),
            ("hallo", "Hallo …"), ("liebe", "Liebe / Lieber …"), ("guten_tag", "Guten Tag …"),
            ("sehr_geehrte", "Sehr geehrte / Sehr geehrter …"), ("hi", "Hi …"), ("dear", "Dear …"),
        ):
            self.greeting_style.addItem(text, key)
        self.greeting_style.activated.connect(lambda _i: self.save("greeting_style"))
        form.addRow(QCoreApplication.translate("ContactFields", "Salutation:"), self.anrede)
        form.addRow(QCoreApplication.translate("ContactFields", "Title:"), self.title)
        form.addRow(QCoreApplication.translate("ContactFields", "Greeting:"), self.greeting_style)
        self.about = NotesEdit()
        self.about.setPlaceholderText(QCoreApplication.translate("ContactFields", "Anything worth remembering about them"))
        self.about.setFixedHeight(80)
        self.about.editing_finished.connect(lambda: self.save("about"))
        form.addRow(QCoreApplication.translate("ContactFields", "About:"), self.about)

    # --- showing ------------------------------------------------------------------------
    def set_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self._clear_all_errors()
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Show the stored values; a field being edited keeps what the user typed."""
        contact = self.services.contacts.get(self.contact_id)
        self._contact = contact
        values = _texts(contact)
        for name, edit in self.edits.items():
            refused = name in self._errors  # keeps the refused text until fixed or Esc
            if force or not (edit.hasFocus() or refused):
                edit.setText(values[name])
                edit.setStyleSheet("")
                edit.setCursorPosition(0)
        if force or not self.cadence.hasFocus():
            self.cadence.setValue(contact.cadence_days or 0)
        self.language.setCurrentIndex(max(0, self.language.findData(contact.language)))
        self.formality.setCurrentIndex(max(0, self.formality.findData(contact.formality)))
        self.anrede.setCurrentIndex(max(0, self.anrede.findData(contact.anrede)))
        self.greeting_style.setCurrentIndex(max(0, self.greeting_style.findData(contact.greeting_style)))
        if force or not self.about.hasFocus():
            self.about.setPlainText(contact.about)

    def contact(self):
        """The contact as last read (after set_contact, refresh or a save)."""
        return self._contact

    # --- saving -------------------------------------------------------------------------
    def save(self, name: str) -> bool:
        """Validate one field and save it if it changed. False if it was refused."""
        if self.contact_id is None or self._contact is None:
            return False
        widget = self.edits.get(name)
        try:
            values = self._parsed(name)
        except FieldError as error:
            self._show_error(name, _field_message(name, error.value))
            return False
        if not self._changed(values):
            self._clear_error(name)
            return True
        try:
            self.services.contacts.update(self.contact_id, **values)
        except ValidationError as error:
            self._show_error(name, _service_message(error))
            return False
        self._clear_error(name)
        if name in NAME_FIELDS:  # a name given again: "needs a name" is gone for the others
            for other in NAME_FIELDS:
                if other in self._errors and self.edits[other].text() == _texts(self._contact)[other]:
                    self._clear_error(other)
        self.refresh()
        if widget is not None:  # show it as stored (+49 711 …), even while it has focus
            widget.setText(_texts(self._contact)[name])
        self.saved.emit()
        return True

    def _parsed(self, name: str) -> dict:
        if name == "cadence_days":
            return {"cadence_days": self.cadence.value() or None}
        if name in ("language", "formality", "anrede", "greeting_style"):
            return {name: getattr(self, name).currentData()}
        if name == "about":
            return {"about": self.about.toPlainText()}
        text = self.edits[name].text()
        if name == "emails":
            return {"emails": self._relabel(self._contact.emails,
                                            validation.many(text, validation.email, "emails",
                                                            self._kept("emails")))}
        if name == "phones":
            return {"phones": self._relabel(self._contact.phones,
                                            validation.many(text, validation.phone, "phones",
                                                            self._kept("phones")))}
        if name == "links":
            return {"links": self._relabel(self._contact.links,
                                           validation.many(text, validation.url, "links",
                                                            self._kept("links")))}
        if name == "birthday":
            return {"birthday": _birthday(text)}
        if name == "met_on":
            return {"met_on": _date(text)}
        return {name: text}

    def _changed(self, values: dict) -> bool:
        contact = self._contact
        for name, value in values.items():
            if name == "birthday":
                old = _birthday_of(contact)
                if old != value:
                    return True
            elif getattr(contact, name) != value:
                return True
        return False

    def _kept(self, name: str) -> dict[str, str]:
        """The stored values as the field shows them: those pass unchecked (an import may
        have kept one the check refuses; it must not block adding another)."""
        shown = validation.phone_for_display if name == "phones" else str
        return {shown(e.get("value", "")).strip(): e.get("value", "")
                for e in getattr(self._contact, name) if e.get("value", "")}

    @staticmethod
    def _relabel(old: list[dict], values: list[str]) -> list[dict]:
        """Keep each entry's label ("work", "home") where the value stayed in its place."""
        labels = [entry.get("label", "") for entry in old]
        return [{"value": v, "label": labels[i] if i < len(labels) else ""}
                for i, v in enumerate(values)]

    # --- refused input ------------------------------------------------------------------
    def _widget(self, name: str) -> QWidget | None:
        return self.edits.get(name) or {"cadence_days": self.cadence, "about": self.about}.get(name)

    def _show_error(self, name: str, message: str) -> None:
        self._errors[name] = message
        widget = self._widget(name)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setToolTip(message)
        self._show_banner()

    def _clear_error(self, name: str) -> None:
        self._errors.pop(name, None)
        widget = self._widget(name)
        if widget is not None:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._show_banner()

    def _clear_all_errors(self) -> None:
        for name in list(self._errors):
            self._clear_error(name)

    def show_notice(self, key: str, message: str) -> None:
        """A message about input elsewhere on the page (a topic typed, not added), in the
        same banner, after the fields'; clear_notice(key) takes it away."""
        self._errors[key] = message
        self._show_banner()

    def clear_notice(self, key: str) -> None:
        if self._errors.pop(key, None) is not None:
            self._show_banner()

    def _show_banner(self) -> None:
        """Every refused field's message, in the order of the form, then the notices."""
        order = [*self.edits, "cadence_days", "about"]
        order += [n for n in self._errors if n not in order]
        messages = [self._errors[n] for n in order if n in self._errors]
        self.error.setText("\n".join(dict.fromkeys(messages)))  # "needs a name" once
        self.error.setVisible(bool(messages))
        if messages:
            self.error.raise_()

    def refused(self) -> list[str]:
        """The fields whose input was refused and is still there, in the order of the form."""
        return [n for n in [*self.edits, "cadence_days", "about"] if n in self._errors]

    def notices(self) -> list[str]:
        return [n for n in self._errors if n not in self.refused()]

    def commit(self) -> list[str]:
        """Save whatever was typed and not saved yet (the field with the focus, a field
        left by a key that saves nothing); the fields refused, in form order."""
        if self.contact_id is None or self._contact is None:
            return []
        stored = _texts(self._contact)
        for name, edit in self.edits.items():
            if edit.text() != stored[name] or name in self._errors:
                self.save(name)
        if self.cadence.value() != (self._contact.cadence_days or 0):
            self.save("cadence_days")
        if self.about.toPlainText() != self._contact.about:
            self.save("about")
        return self.refused()

    def widget_of(self, name: str) -> QWidget | None:
        return self._widget(name)

    def keyPressEvent(self, event) -> None:
        """Esc in a refused field puts the saved values back (the refused input goes).
        Elsewhere it is not for the fields: the page then tries to leave."""
        focused = [self._widget(n) for n in self.refused()]
        if event.key() == Qt.Key.Key_Escape and any(w is not None and w.hasFocus() for w in focused):
            for name in self.refused():
                self._clear_error(name)
            self.refresh(force=True)
            return
        super().keyPressEvent(event)


def _texts(contact) -> dict[str, str]:
    """The line edits' texts for a stored contact."""
    return {
        "given_name": contact.given_name, "family_name": contact.family_name,
        "nickname": contact.nickname, "company": contact.company,
        "position": contact.position,
        "emails": ", ".join(e.get("value", "") for e in contact.emails),
        "phones": ", ".join(validation.phone_for_display(p.get("value", ""))
                            for p in contact.phones),
        "links": ", ".join(link.get("value", "") for link in contact.links),
        "birthday": _birthday_text(contact), "met_how": contact.met_how,
        "met_where": contact.met_where,
        "met_on": dates.edit_text(contact.met_on),
        "title": contact.title,
    }


def _birthday_of(contact) -> Birthday | None:
    if contact.birthday_month and contact.birthday_day:
        return Birthday(contact.birthday_month, contact.birthday_day, contact.birthday_year)
    return None


def _birthday_text(contact) -> str:
    return dates.birthday_text(_birthday_of(contact))


def _birthday(text: str) -> Birthday | None:
    """A birthday in the UI's date pattern, or any form the domain takes (1990-04-15, 15.04.)."""
    try:
        return dates.parse_birthday(text)
    except ValueError:
        return validation.birthday(text)  # raises the domain's FieldError


def _date(text: str) -> date | None:
    try:
        return dates.parse_date(text)
    except ValueError:
        raise FieldError("met_on", "not a date", text.strip()) from None


def _field_message(name: str, value: str) -> str:
    messages = {
        "emails": QCoreApplication.translate("ContactFields", "Email: “%1” is not an email address (like name@example.org)."),
        "phones": QCoreApplication.translate("ContactFields", "Phone: “%1” is not a phone number."),
        "links": QCoreApplication.translate("ContactFields", "Links: “%1” is not a web address (like https://example.org)."),
        "birthday": QCoreApplication.translate("ContactFields", "Birthday: “%1” is not a date (use %2, or %3 without the year)."),
        "met_on": QCoreApplication.translate("ContactFields", "Met on: “%1” is not a date (use %2)."),
    }
    message = messages.get(name, QCoreApplication.translate("ContactFields", "“%1” is not valid here."))
    return (message.replace("%2", dates.example()).replace("%3", dates.example(with_year=False))
            .replace("%1", value))


def _service_message(error: ValidationError) -> str:
    if error.field in ("emails", "phones", "links"):  # the service's check, in the UI's words
        return _field_message(error.field, error.value)
    if error.field == "name":
        return QCoreApplication.translate("ContactFields", "A contact needs a given name, a family name or a nickname.")
    return str(error)
