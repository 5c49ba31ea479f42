"""Fields on the contact page are validated and saved in place; Me is asked for once."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.birthdays import Birthday
from app.domain.enums import TopicKind
from app.ui.contacts.contact_page import ContactPage
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
from app.ui.contacts.me_dialog import ASKED_KEY, MeDialog, ask_for_me_once


class Recorder:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda *args, **kwargs: self.calls.append((name, args, kwargs))


def contact_page(qtbot, services, contact_id):
    page = ContactPage(services, Recorder())
    qtbot.addWidget(page)
    page.set_contact(contact_id)
    return page


def edit(qtbot, page, name, text):
    widget = page.fields.edits[name]
    widget.setText(text)
    widget.editingFinished.emit()


def test_valid_fields_are_saved_normalised(qtbot, services, person):
    page = contact_page(qtbot, services, person)
    edit(qtbot, page, "emails", "maxi@Trumpf.COM, m.mueller@example.org")
    edit(qtbot, page, "phones", "0711 1234567")
    edit(qtbot, page, "links", "linkedin.com/in/maxi")
    edit(qtbot, page, "birthday", "15.04.")
    contact = services.contacts.get(person)
    assert [e["value"] for e in contact.emails] == ["maxi@trumpf.com", "m.mueller@example.org"]
    assert [p["value"] for p in contact.phones] == ["+497111234567"]
    assert [link["value"] for link in contact.links] == ["https://linkedin.com/in/maxi"]
    assert (contact.birthday_month, contact.birthday_day, contact.birthday_year) == (4, 15, None)
    assert page.fields.edits["phones"].text() == "+49 711 1234567"
    assert not page.fields.error.isVisible()


def test_invalid_input_names_the_field_and_is_not_saved(qtbot, services, person):
    services.contacts.update(person, birthday=Birthday(4, 15, 1990))
    page = contact_page(qtbot, services, person)
    page.show()
    edit(qtbot, page, "emails", "maxi-at-trumpf")
    assert page.fields.error.isVisible()
    assert "Email" in page.fields.error.text() and "maxi-at-trumpf" in page.fields.error.text()
    assert services.contacts.get(person).emails == []
    edit(qtbot, page, "birthday", "31.02.")
    assert "Birthday" in page.fields.error.text()
    assert services.contacts.get(person).birthday_year == 1990
    edit(qtbot, page, "given_name", "")
    edit(qtbot, page, "family_name", "")
    assert services.contacts.get(person).family_name == "Müller"
    assert "needs a given name" in page.fields.error.text()


def test_header_and_cadence_follow_edits(qtbot, services, person):
    page = contact_page(qtbot, services, person)
    edit(qtbot, page, "position", "CTO")
    assert page.subtitle.text() == "CTO · Trumpf"
    page.fields.cadence.setValue(30)
    page.fields.cadence.editingFinished.emit()
    assert services.contacts.get(person).cadence_days == 30


def test_log_dialog_without_a_contact_asks_for_one(qtbot, services, person):
    dialog = LogInteractionDialog(services, None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert not dialog.error.isHidden() and dialog.result() == 0
    qtbot.keyClicks(dialog.contact_search, "mull")
    assert dialog.contact_list.count() == 1
    qtbot.keyClicks(dialog.summary, "Anruf")
    dialog.accept()
    assert [i.summary for i in services.interactions.of_contact(person)] == ["Anruf"]
    assert services.promises.of_contact(person) == [], "an empty promise row is ignored"


def test_me_is_asked_for_once_and_can_be_skipped(qtbot, services):
    group = services.groups.create("Stuttgart Python", i_am_member=False)
    shown = []

    def answer():
        dialog = QApplication.activeModalWidget()
        shown.append(dialog)
        assert isinstance(dialog, MeDialog)
        dialog.topics.rows[TopicKind.OFFERING].editor.setText("Mentoring")
        dialog.topics.add_typed(TopicKind.OFFERING)
        dialog.group_checks[group].setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)
    ask_for_me_once(services)
    me = services.contacts.me_id()
    assert [(t.label, t.kind) for t in services.topics.of_contact(me)] == [("Mentoring", "offering")]
    assert services.groups.all()[0].i_am_member
    assert services.settings.get_value(ASKED_KEY)
    ask_for_me_once(services)  # asked already: no dialog this time
    assert len(shown) == 1
    assert services.contacts.count() == 0, "Me is not in the contacts list"


def test_me_dialog_skip_writes_nothing(qtbot, services):
    dialog = MeDialog(services, first_run=True)
    qtbot.addWidget(dialog)
    dialog.given.setText("Alex")
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert services.contacts.get(services.contacts.me_id()).given_name == ""


def test_a_refused_phone_is_named_next_to_the_field_in_german(qtbot, qapp, services, person):
    """Typed and left with Tab, as a person does; the contacts service's rule refuses it, the
    field says so in the UI's language, and nothing is stored."""
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import install_translators, remove_translators

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    install_translators(qapp, "de")
    try:
        page = contact_page(qtbot, services, person)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        field = page.fields.edits["phones"]
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, "12")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert page.fields.error.isVisible()
        assert "Telefon: „12“ ist keine Telefonnummer." in page.fields.error.text()
        assert services.contacts.get(person).phones == []
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)


def test_a_second_phone_is_added_beside_one_an_import_kept_as_written(qtbot, services, tmp_path):
    from tests.services.test_contact_validation import VCARD

    path = tmp_path / "people.vcf"
    path.write_text(VCARD, encoding="utf-8")
    services.imports.import_file(path)
    ben = next(r for r in services.contacts.list_rows() if r.name == "Ben Bauer").id
    page = contact_page(qtbot, services, ben)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    field = page.fields.edits["phones"]
    assert field.text() == "12"
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, ", 0711 1234567")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not page.fields.error.isVisible()
    assert [p["value"] for p in services.contacts.get(ben).phones] == ["12", "+497111234567"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, ", 13")  # a new bad one is still named
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert page.fields.error.isVisible() and "13" in page.fields.error.text()
    assert len(services.contacts.get(ben).phones) == 2
