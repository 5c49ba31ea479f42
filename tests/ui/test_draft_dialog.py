"""The draft dialog, driven the way a Today row or the contact page opens it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from app.domain.enums import Direction, PromiseState
from app.ui.drafts import mail_opener
from app.ui.drafts.draft_dialog import DraftDialog, open_draft_dialog


class DraftingNavigator:
    """What the main window's Navigator.draft_message does: open the draft dialog."""

    def __init__(self, parent, services):
        self.parent, self.services = parent, services

    def draft_message(self, contact_id, occasion=None, **context):
        open_draft_dialog(self.parent, self.services, contact_id, occasion, **context)


@pytest.fixture
def maxi(services, person):
    services.contacts.update(person, emails=[{"value": "maxi@example.org"}])
    services.topics.add(person, "Industrie 4.0", "looking_for", "eine Weiterbildung")
    return person


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    for dialog in widget.findChildren(DraftDialog):
        dialog.close()


def open_dialog(qtbot, host, services, contact_id, occasion=None, **context) -> DraftDialog:
    DraftingNavigator(host, services).draft_message(contact_id, occasion, **context)
    dialog = [d for d in host.findChildren(DraftDialog) if d.isVisible()][-1]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_birthday_draft_edit_and_mark_as_sent_logs_an_outbound_interaction(qtbot, host, services, maxi):
    # Today's birthday row calls navigator.draft_message(contact_id, "birthday"); the Today
    # page is not in the tree yet, so this drives the same call through a navigator.
    dialog = open_dialog(qtbot, host, services, maxi, "birthday")
    assert dialog.current_occasion() == "birthday"
    text = dialog.body.toPlainText()
    assert "suchst du eine Weiterbildung zum Thema Industrie 4.0" in text or \
        "dass du eine Weiterbildung zum Thema Industrie 4.0 suchst" in text
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.body, " PS: Bis bald!")
    subject = dialog.subject.text()
    with qtbot.waitSignal(dialog.sent) as sent:
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    logged = services.interactions.of_contact(maxi)
    assert [i.id for i in logged] == [sent.args[0]]
    assert logged[0].direction is Direction.OUTBOUND
    assert logged[0].notes.endswith("PS: Bis bald!")
    assert logged[0].summary == subject
    assert "Birthday" in subject or "Geburtstag" in subject


def test_switching_language_and_form_of_address_re_renders(qtbot, host, services, maxi):
    dialog = open_dialog(qtbot, host, services, maxi, "reconnect")
    assert dialog.body.toPlainText().startswith("Hallo Maxi,")
    dialog.formality.setCurrentIndex(dialog.formality.findData("sie"))
    assert dialog.body.toPlainText().startswith("Guten Tag Maxi Müller,")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.body.toPlainText().startswith("Dear Maxi Müller,")
    assert dialog.draft.language == "en"
    # An English draft's tone is named in English terms, not du/Sie.
    assert dialog.formality.currentText() == "Formal (title and surname)"
    assert "Sie" not in dialog.formality.itemText(0) + dialog.formality.itemText(1)


def test_a_salutation_from_the_contact_page_reaches_the_draft(qtbot, host, services, maxi):
    services.contacts.update(maxi, formality="sie", anrede="Frau", title="Dr.",
                             greeting_style="sehr_geehrte")
    dialog = open_dialog(qtbot, host, services, maxi, "birthday")
    assert dialog.body.toPlainText().startswith("Sehr geehrte Frau Dr. Müller,")
    assert "Maxi Müller" not in dialog.subject.text()
    assert dialog.body.toPlainText().rstrip().endswith("Mit freundlichen Grüßen")


def test_a_re_render_keeps_the_users_edits_on_the_undo_stack(qtbot, host, services, maxi):
    dialog = open_dialog(qtbot, host, services, maxi, "nudge")
    qtbot.keyClicks(dialog.body, "Mein eigener Text. ")
    mine = dialog.body.toPlainText()
    qtbot.mouseClick(dialog.other_wording, Qt.MouseButton.LeftButton)
    assert dialog.body.toPlainText() != mine
    assert "Ctrl+Z" in dialog.status.text()
    dialog.body.undo()
    assert dialog.body.toPlainText() == mine


def test_open_in_mail_program_sends_a_properly_encoded_mailto(qtbot, host, services, maxi, monkeypatch):
    opened = []
    monkeypatch.setattr(mail_opener, "_xdg_program", lambda: None)  # no real xdg-open in tests
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_dialog(qtbot, host, services, maxi, "follow_up")
    dialog.subject.setText("Kaffee & Kuchen?")
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    encoded = bytes(opened[0].toEncoded()).decode("ascii")
    assert encoded.startswith("mailto:maxi@example.org?subject=Kaffee%20%26%20Kuchen%3F&body=")
    assert "%0D%0A" in encoded and "%C3%B6" in encoded  # line breaks and the ö of "schön"


def test_copy_puts_the_edited_text_on_the_clipboard(qtbot, host, services, maxi):
    dialog = open_dialog(qtbot, host, services, maxi, "thank_you")
    dialog.body.setPlainText("Danke!")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Danke!"


def test_sharing_what_i_promised_marks_the_promise_kept(qtbot, host, services, maxi):
    promise = services.promises.add(maxi, "me", "Link zum Kurs schicken")
    dialog = open_dialog(qtbot, host, services, maxi, "share_resource", promise_id=promise)
    assert dialog.keep_promise.isVisible() and dialog.keep_promise.isChecked()
    qtbot.keyClicks(dialog.resource, "https://example.org/kurs")
    qtbot.waitUntil(lambda: "https://example.org/kurs" in dialog.body.toPlainText())
    with qtbot.waitSignal(dialog.sent):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert services.promises.get(promise).state is PromiseState.KEPT


def test_an_apology_does_not_keep_the_promise_it_apologises_for(qtbot, host, services, maxi):
    promise = services.promises.add(maxi, "me", "Folien schicken")
    dialog = open_dialog(qtbot, host, services, maxi, "apology", promise_id=promise)
    # The promise is the user's own note: owned in words, never quoted as a sentence object.
    assert "Folien schicken" not in dialog.body.toPlainText()
    assert "zugesagt" in dialog.body.toPlainText()
    assert not dialog.keep_promise.isChecked()
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert services.promises.get(promise).state is PromiseState.OPEN


def test_introductions_are_offered_only_with_a_second_contact(qtbot, host, services, maxi):
    tom = services.contacts.create(given_name="Tom", family_name="Schmidt",
                                   emails=[{"value": "tom@example.org"}])
    alone = open_dialog(qtbot, host, services, maxi)
    assert alone.occasion.findData("introduction") == -1
    alone.close()
    dialog = open_dialog(qtbot, host, services, maxi, "introduction", other_contact_id=tom)
    assert dialog.recipients.text() == (
        "Maxi Müller <maxi@example.org>, Tom Schmidt <tom@example.org>"
    )
    assert "Tom" in dialog.body.toPlainText()


def test_a_broken_user_template_shows_its_error_instead_of_crashing(qtbot, host, services, maxi, db):
    from sqlalchemy import insert

    from app.storage.tables import Template

    with db.write() as conn:
        for variant in range(3):
            conn.execute(insert(Template).values(
                occasion="congratulations", language="de", variant=variant, subject="x",
                body="Hallo\n{{ greeting.__class__ }}", updated_at=services.clock.now(),
            ))
    dialog = open_dialog(qtbot, host, services, maxi, "congratulations")
    assert "line 2" in dialog.problem.text() and "Python internals" in dialog.problem.text()
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert services.interactions.of_contact(maxi) == []


def test_from_a_today_birthday_row_draft_edit_and_mark_as_sent(qtbot, host, services, maxi):
    from app.ui.today import today_page
    from app.domain.birthdays import Birthday
    from app.domain.today import ItemKind

    services.contacts.update(maxi, birthday=Birthday(11, 23, 1990))  # the clock's today
    page = today_page.TodayPage(services, DraftingNavigator(host, services), parent=host)
    host.show()
    assert page.select(ItemKind.BIRTHDAY, maxi)
    action = page.draft_button  # the row's "Draft message" (a button, or a toolbar action)
    action.trigger() if hasattr(action, "trigger") else action.click()
    dialog = [d for d in host.findChildren(DraftDialog) if d.isVisible()][-1]
    assert dialog.current_occasion() == "birthday"
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.body, "PS: Bis bald!")
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    logged = services.interactions.of_contact(maxi)
    assert len(logged) == 1 and logged[0].direction is Direction.OUTBOUND
    assert "Weiterbildung zum Thema Industrie 4.0" in logged[0].notes
    assert logged[0].notes.endswith("PS: Bis bald!")
