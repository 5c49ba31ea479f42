"""Relationships from the screens (issue 18): on Thomas's page, "Was introduced by" and
Anna's name picked from the list → Thomas's page says "Introduced by Anna Berg", Anna's says
"Introduced Thomas Klein" (a link that opens his page); Remove and Ctrl+Z."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui.contacts.relationships_section import RelationshipsSection
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _section(page) -> RelationshipsSection:
    return next(s for s in page.contact_page.sections if isinstance(s, RelationshipsSection))


def test_introduced_by_is_shown_on_both_pages(qtbot, services):
    anna = services.contacts.create(given_name="Anna", family_name="Berg")
    thomas = services.contacts.create(given_name="Thomas", family_name="Klein")
    window, page = contacts_window(qtbot, services)
    window.open_contact(thomas)
    section = _section(page)
    assert section.texts() == [] and section.empty.isVisibleTo(section)

    section.kind.setFocus()
    while section.kind.currentText() != "Was introduced by":  # by keys, like a person
        qtbot.keyClick(section.kind, Qt.Key.Key_Down)
    qtbot.keyClicks(section.picker, "Ann")
    popup = section.picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(popup.model().index(0, 0)).center())
    assert section.texts() == ["Introduced by Anna Berg"]
    assert section.picker.text() == "" and not section.empty.isVisibleTo(section)

    # Anna's page, opened from the link on Thomas's: the reverse.
    label = section.rows[0].property("label")  # Tab to the link, Enter follows it
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # the label's first link
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert page.contact_page.contact_id == anna
    assert _section(page).texts() == ["Introduced Thomas Klein"]

    # Remove on Anna's page; Ctrl+Z brings it back on both pages.
    remove = section.rows[0].findChild(QPushButton)
    assert remove.accessibleName() == "Remove “Introduced Thomas Klein”"
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert section.texts() == [] and services.relationships.of_contact(thomas) == []
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert section.texts() == ["Introduced Thomas Klein"]
    assert [r.other_name for r in services.relationships.of_contact(thomas)] == ["Anna Berg"]


def test_linking_a_contact_to_themselves_is_refused_in_words(qtbot, services):
    anna = services.contacts.create(given_name="Anna", family_name="Berg")
    window, page = contacts_window(qtbot, services)
    window.open_contact(anna)
    section = _section(page)
    qtbot.keyClicks(section.picker, "Anna")
    popup = section.picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(popup.model().index(0, 0)).center())
    assert section.error.isVisibleTo(section) and "themselves" in section.error.text()
    assert services.relationships.of_contact(anna) == []
