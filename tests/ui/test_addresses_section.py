"""Addresses from the screens (issue 18): Add address on the contact page, typed in and
left → saved, shown again after reopening, and the contact is found by its city; an
imported address kept only as a line of text is shown; Remove and Ctrl+Z."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.contacts.addresses_section import AddressesSection
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _section(page) -> AddressesSection:
    return next(s for s in page.contact_page.sections if isinstance(s, AddressesSection))


def test_an_address_typed_in_is_saved_and_found_by_its_city(qtbot, services):
    anna = services.contacts.create(given_name="Anna", family_name="Berg")
    bob = services.contacts.create(given_name="Bob", family_name="Acker")
    window, page = contacts_window(qtbot, services)
    window.open_contact(anna)
    section = _section(page)
    assert section.empty.isVisibleTo(section)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    row = section.rows[0]
    assert QApplication.focusWidget() is row.fields["street"]
    qtbot.keyClicks(row.fields["street"], "Neckarhalde 3")
    qtbot.keyClick(row.fields["street"], Qt.Key.Key_Tab)  # → postcode (below the street)
    assert QApplication.focusWidget() is row.fields["postcode"]
    qtbot.keyClicks(row.fields["postcode"], "73728")
    qtbot.keyClick(row.fields["postcode"], Qt.Key.Key_Tab)
    assert row is section.rows[0]  # saving the street did not rebuild the row being typed in
    qtbot.keyClicks(row.fields["city"], "Esslingen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert services.contacts.get(anna).addresses == [{
        "label": "home", "street": "Neckarhalde 3", "postcode": "73728", "city": "Esslingen",
        "value": "Neckarhalde 3, 73728 Esslingen"}]

    # Another contact and back: the address is shown as stored.
    window.open_contact(bob)
    assert section.rows == []
    window.open_contact(anna)
    assert [r.fields["city"].text() for r in section.rows] == ["Esslingen"]

    # Back to the list: typing the city finds her (a prefix is enough).
    qtbot.keyClick(section.rows[0].fields["city"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.list_view)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.search, "essling")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).id == anna


def test_an_imported_one_line_address_is_shown_and_removing_it_is_undone(qtbot, services):
    stored = [{"value": "Hafenweg 1, 20457 Hamburg", "label": "Büro Nord"}]
    anna = services.contacts.create(given_name="Anna", addresses=stored)
    window, page = contacts_window(qtbot, services)
    window.open_contact(anna)
    section = _section(page)
    (row,) = section.rows
    assert (row.label.currentText(), row.fields["street"].text()) == ("Büro Nord", "Hafenweg 1, 20457 Hamburg")
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    assert services.contacts.get(anna).addresses == []
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert services.contacts.get(anna).addresses == stored
    qtbot.waitUntil(lambda: len(section.rows) == 1)
