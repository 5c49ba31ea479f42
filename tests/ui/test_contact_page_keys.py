"""The contact page driven like a person: Esc closes the innermost thing, input that cannot
be saved is kept (and said) when leaving, every refused field shows at once without moving
the form, and a contact opens at the top."""

from PySide6.QtCore import Qt

from app.domain.birthdays import Birthday
from app.domain.enums import TopicKind
from tests.ui.test_contact_flows import when_modal
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def open_first(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.views.currentWidget() is page.contact_page
    return page.contact_page


def on_contact(page) -> bool:
    return page.views.currentWidget() is page.contact_page


def type_into(qtbot, edit, text):
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)  # in, as a person clicks into a field
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_esc_closes_the_topic_completer_then_the_typed_topic_then_the_page(qtbot, services, person):
    other = services.contacts.create(given_name="Ben", family_name="Zander")
    services.topics.add(other, "Industrie 4.0", TopicKind.INTEREST)
    window, page = contacts_window(qtbot, services)
    contact = open_first(qtbot, page)
    assert contact.contact_id == person
    editor = contact.topics.rows[TopicKind.INTEREST].editor
    type_into(qtbot, editor, "indus")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)

    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # the popup has the keyboard while it is up
    assert not popup.isVisible() and on_contact(page), "one Esc closes only the completer"
    assert editor.text() == "indus"

    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # typed, not added: say so, keep it
    assert on_contact(page) and editor.text() == "indus"
    assert "not added" in contact.fields.error.text() and contact.fields.error.isVisible()

    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # drops the typed topic
    assert on_contact(page) and editor.text() == "" and not contact.fields.error.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not on_contact(page)
    assert [t.label for t in services.topics.of_contact(person)] == []


def test_leaving_with_invalid_input_keeps_it_and_names_every_field(qtbot, services, person):
    services.contacts.update(person, birthday=Birthday(4, 15, 1990))
    window, page = contacts_window(qtbot, services)
    contact = open_first(qtbot, page)
    fields = contact.fields
    given = fields.edits["given_name"]
    top_before = given.mapTo(contact, given.rect().topLeft())
    type_into(qtbot, fields.edits["emails"], "maxi-at-trumpf")
    type_into(qtbot, fields.edits["birthday"], "31.02.1990")  # the email is refused on leaving it
    assert fields.error.isVisible() and "Email" in fields.error.text()

    qtbot.keyClick(fields.edits["birthday"], Qt.Key.Key_Escape)
    assert on_contact(page), "invalid input keeps the page"
    banner = fields.error.text()
    assert "maxi-at-trumpf" in banner and "31.02.1990" in banner, "every refused field at once"
    assert fields.edits["emails"].text() == "maxi-at-trumpf"
    assert fields.edits["birthday"].text() == "31.02.1990"
    assert "Email" in fields.edits["emails"].toolTip()
    assert "Birthday" in fields.edits["birthday"].toolTip()
    assert given.mapTo(contact, given.rect().topLeft()) == top_before, "the banner moves no field"
    stored = services.contacts.get(person)
    assert stored.emails == [] and stored.birthday_year == 1990

    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert on_contact(page), "Alt+Left too"

    focused = window.focusWidget()
    assert focused is fields.edits["emails"], "the first refused field has the focus"
    qtbot.keyClick(focused, Qt.Key.Key_Escape)  # puts the stored values back
    assert on_contact(page) and fields.edits["emails"].text() == ""
    assert fields.edits["birthday"].text() == "1990-04-15" and not fields.error.isVisible()
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not on_contact(page)


def test_valid_typing_is_saved_on_leaving(qtbot, services, person):
    window, page = contacts_window(qtbot, services)
    contact = open_first(qtbot, page)
    type_into(qtbot, contact.fields.edits["company"], "Festo")
    qtbot.keyClick(contact.fields.edits["company"], Qt.Key.Key_Escape)
    assert not on_contact(page)
    assert services.contacts.get(person).company == "Festo"


def test_a_contact_opens_at_the_top(qtbot, services, person):
    services.contacts.create(given_name="Ben", family_name="Zander")
    window, page = contacts_window(qtbot, services)
    window.resize(1024, 480)
    contact = open_first(qtbot, page)
    bar = contact.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.keyClick(contact.title_label, Qt.Key.Key_Escape)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert contact.name() == "Ben Zander" and bar.value() == 0

    bar.setValue(bar.maximum())

    def fill(dialog):
        dialog.given.insert("Neu")
        qtbot.keyClick(dialog.given, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert done and contact.name() == "Neu"
    assert bar.value() == 0, "a new contact opens at the top"
