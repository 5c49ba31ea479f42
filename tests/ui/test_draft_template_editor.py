"""The template editor: live preview against a contact, errors with their line, save and restore."""

import pytest
from PySide6.QtCore import Qt

from app.ui.drafts.template_editor import TemplateEditor


@pytest.fixture
def editor(qtbot, services, person):
    services.topics.add(person, "Industrie 4.0", "looking_for", "eine Weiterbildung")
    dialog = TemplateEditor(services, "birthday", "de", contact_id=person)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = lambda: True  # no modal question when the test closes it
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_shows_the_chosen_contact_and_follows_typing(qtbot, editor):
    assert editor.contact.currentText() == "Maxi Müller"
    qtbot.waitUntil(lambda: "Maxi" in editor.preview.toPlainText())
    assert "eine Weiterbildung zum Thema Industrie 4.0" in editor.preview.toPlainText()
    editor.body.setPlainText("{{ greeting }}\n\nDu suchst {{ looking_for_text }}.")
    qtbot.waitUntil(lambda: "Du suchst eine Weiterbildung" in editor.preview.toPlainText())


def test_a_template_error_shows_its_line_and_the_dialog_survives(qtbot, editor):
    editor.body.setPlainText("{{ greeting }}\n\n{% if looking_for %}offen")
    qtbot.waitUntil(lambda: "line 3" in editor.problem.text())
    editor.body.setPlainText("Hallo\n{{ first_nmae }}")
    qtbot.waitUntil(lambda: "line 2" in editor.problem.text() and "first_nmae" in editor.problem.text())
    assert not editor.save()
    assert "Not saved" in editor.problem.text()
    assert not any(t.customized for t in editor.services.drafts.templates("birthday", "de"))


def test_reaching_for_python_internals_is_refused_in_the_editor(qtbot, editor):
    editor.body.setPlainText("{{ greeting.__class__.__mro__ }}")
    qtbot.waitUntil(lambda: "Python internals" in editor.problem.text())
    assert not editor.save()


def test_save_then_restore_default(qtbot, editor, services, person):
    editor.subject.setText("Alles Gute, {{ name }}!")
    assert editor.save()
    assert services.drafts.render(person, "birthday", "de", variant=0).subject == "Alles Gute, Maxi!"
    assert "(yours)" in editor.variant.currentText()
    assert editor.reset_button.isEnabled()
    editor.restore_default()
    assert editor.save()  # saving the shipped text drops the user's copy
    assert not services.drafts.templates("birthday", "de")[0].customized
    assert services.drafts.render(person, "birthday", "de", variant=0).subject != "Alles Gute, Maxi!"


def test_double_clicking_a_field_inserts_it(qtbot, editor):
    editor.body.setPlainText("")
    item = editor.fields.findItems("first_name", Qt.MatchFlag.MatchExactly)[0]
    editor.fields.itemDoubleClicked.emit(item)
    assert editor.body.toPlainText() == "{{ first_name }}"


def test_unsaved_changes_are_kept_when_the_user_cancels_switching(qtbot, editor):
    editor.body.setPlainText("Mein Entwurf")
    editor.confirm_discard = lambda: False
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.language.currentData() == "de"
    assert editor.body.toPlainText() == "Mein Entwurf"
    editor.confirm_discard = lambda: True
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.body.toPlainText() != "Mein Entwurf"


def test_the_preview_contact_can_be_searched(qtbot, editor, services):
    services.contacts.create(given_name="Tom", family_name="Schmidt")
    qtbot.keyClicks(editor.search, "schmi")
    qtbot.waitUntil(lambda: editor.contact.currentText() == "Tom Schmidt")
    qtbot.waitUntil(lambda: "Hallo Tom," in editor.preview.toPlainText())


def test_a_hostile_template_ends_in_a_message_and_the_editor_stays_responsive(qtbot, editor):
    import time

    started = time.monotonic()
    editor.body.setPlainText("Hallo\n{{ 'a' * 10**9 }}")
    qtbot.waitUntil(lambda: "too long" in editor.problem.text(), timeout=3000)
    editor.body.setPlainText("Hallo\n{% for i in range(99999) %}{% for j in range(99999) %}"
                             "{% endfor %}{% endfor %}")
    qtbot.waitUntil(lambda: "too long to render" in editor.problem.text(), timeout=3000)
    assert time.monotonic() - started < 5
    assert not editor.save()


@pytest.fixture
def german(qapp):
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import install_translators, remove_translators

    before = QLocale()
    install_translators(qapp, "de")
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


def test_template_errors_are_shown_in_german_in_the_german_ui(qtbot, german, services, person):
    dialog = TemplateEditor(services, "birthday", "de", contact_id=person)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = lambda: True
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.body.setPlainText("Hallo\n{{ 'a' * 10**9 }}")
    qtbot.waitUntil(lambda: "Die Vorlage erzeugt einen zu langen Text." in dialog.problem.text())
    dialog.body.setPlainText("Hallo\n{{ greeting.__class__ }}")
    qtbot.waitUntil(lambda: "nicht erlaubt" in dialog.problem.text())
    assert "keine Python-Interna" in dialog.problem.text()
