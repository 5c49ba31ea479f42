"""The contacts list driven like a person: double-clicks on any cell, keys in the list and in
the search field, a list of thousands, fonts of any size, the empty list."""

import random
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton
from sqlalchemy import insert

from app.services.base import NotFoundError
from app.storage.tables import Contact
from app.ui.widgets.row_heights import row_height
from tests.ui.test_contact_flows import when_modal
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def three(services):
    return [services.contacts.create(given_name=g, family_name=f, company=c, position=p)
            for g, f, c, p in (("Anna", "Adler", "Bosch", "CTO"), ("Ben", "Berg", "Trumpf", "Dev"),
                               ("Özlem", "Yilmaz", "SAP", "PM"))]


def on_contact(page) -> bool:
    return page.views.currentWidget() is page.contact_page


def double_click(qtbot, table, row, column):
    table.scrollTo(table.model().index(row, column))  # as a person scrolls to a far column
    rect = table.visualRect(table.model().index(row, column))
    assert rect.isValid() and table.viewport().rect().contains(rect.center()), "cell is shown"
    # As the system delivers it: press, release, then the double-click (QTest's mouseDClick
    # alone sends no press first, and the view opens nothing without one).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_on_every_column_opens_the_contact(qtbot, services):
    anna, ben, _ozlem = three(services)
    window, page = contacts_window(qtbot, services)
    table = page.table
    for column in range(page.model.columnCount()):
        for row, contact in ((0, anna), (1, ben)):
            double_click(qtbot, table, row, column)
            assert on_contact(page), f"column {column}"
            assert page.contact_page.contact_id == contact
            qtbot.keyClick(page.contact_page.title_label, Qt.Key.Key_Escape)
            assert not on_contact(page)


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_End])
def test_return_after_the_cell_cursor_moved_opens_the_contact(qtbot, services, key):
    anna, ben, _ozlem = three(services)
    window, page = contacts_window(qtbot, services)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # Ben
    qtbot.keyClick(page.table, key)
    assert page.table.currentIndex().column() > 0, "the cursor left the Name column"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert on_contact(page) and page.contact_page.contact_id == ben


def test_no_contact_id_is_not_found_without_a_warning(services):
    # Asking for contact None warned "fully NULL primary key" (an error under -W error).
    with pytest.raises(NotFoundError):
        services.contacts.get(None)


# --- the search field -----------------------------------------------------------------------
def searched(qtbot, page, text):
    page.search.setFocus()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: not page._search_timer.isActive())


def test_search_down_return_opens_the_selected_contact_at_once(qtbot, services):
    anna, ben, _ozlem = three(services)
    services.contacts.update(anna, about="Bosch Kantine")
    window, page = contacts_window(qtbot, services)
    searched(qtbot, page, "bosch")
    assert page.model.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert on_contact(page) and page.contact_page.contact_id == anna
    qtbot.keyClick(page.contact_page.title_label, Qt.Key.Key_Escape)

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # from Anna to Ben, typed in the search field
    assert page.search.hasFocus() and page.current_list_id() == ben
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # one Return
    assert on_contact(page) and page.contact_page.contact_id == ben


def test_return_before_the_search_ran_opens_the_first_match(qtbot, services):
    anna, ben, _ozlem = three(services)
    window, page = contacts_window(qtbot, services)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "berg")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # faster than the search delay
    assert on_contact(page) and page.contact_page.contact_id == ben


def test_end_and_page_down_in_the_search_field_move_the_list(qtbot, services):
    ids = three(services)
    window, page = contacts_window(qtbot, services)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_End)
    assert page.current_list_id() == ids[-1] and page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Home)
    assert page.current_list_id() == ids[0]
    qtbot.keyClick(page.search, Qt.Key.Key_PageDown)
    assert page.current_list_id() == ids[-1]
    qtbot.keyClick(page.search, Qt.Key.Key_Up)
    assert page.current_list_id() == ids[1]
    # Inside typed text, End still moves the text cursor.
    qtbot.keyClicks(page.search, "ad")
    qtbot.keyClick(page.search, Qt.Key.Key_Left)
    qtbot.keyClick(page.search, Qt.Key.Key_End)
    assert page.search.cursorPosition() == 2


def test_esc_in_the_search_field_clears_it_and_then_does_nothing(qtbot, services):
    three(services)
    window, page = contacts_window(qtbot, services)
    searched(qtbot, page, "zzz")
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # again, on the empty field: harmless
    assert page.search.text() == "" and page.model.rowCount() == 3 and not on_contact(page)
    assert window.current_page() is page


# --- thousands of contacts -----------------------------------------------------------------
def many(services, n):
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    rng = random.Random(5)
    rows = [{"given_name": f"G{rng.randrange(10**6):06d}", "family_name": f"F{rng.randrange(10**6):06d}",
             "company": "", "created_at": now, "updated_at": now} for _ in range(n)]
    with services.db.write() as conn:
        conn.execute(insert(Contact), rows)
    services.events.emit("contacts")
    return sorted(rows, key=lambda r: (r["family_name"], r["given_name"]))


def test_a_long_list_behaves_as_if_every_row_were_there(qtbot, services):
    total = 3000
    by_name = many(services, total)
    window, page = contacts_window(qtbot, services)
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0)
    assert model.rowCount() == total
    assert f"{total:,}".replace(",", "") in window.statusBar().currentMessage().replace(",", "")
    read = sum(r is not None for r in model._rows)
    assert read < 200, "only the rows shown are read"
    visible = table.viewport().height() // table.rowHeight(0)
    assert table.verticalScrollBar().maximum() == total - visible, "the scrollbar spans all rows"

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, CTRL)
    last = by_name[-1]
    assert table.currentIndex().row() == total - 1
    assert page.contact_page is None or not on_contact(page)
    shown = table.model().index(total - 1, 0).data()
    assert shown == f"{last['given_name']} {last['family_name']}", "painted rows are read"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.contact_page.name() == f"{last['given_name']} {last['family_name']}"
    qtbot.keyClick(page.contact_page.title_label, Qt.Key.Key_Escape)
    assert table.currentIndex().row() == total - 1, "back at the same row"

    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    for _ in range(total // max(1, visible) + 2):
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert table.currentIndex().row() == total - 1
    # The wheel (and the scrollbar) reach the middle, and what is painted there is read.
    table.verticalScrollBar().setValue(total // 2)
    middle = table.rowAt(table.viewport().height() // 2)
    assert model.index(middle, 1).data() is not None and model.row_at(middle).name
    assert model.index(middle, 0).data() == "{given_name} {family_name}".format(**by_name[middle])


def test_a_broad_search_is_counted_once_typing_pauses(qtbot, services):
    many(services, 300)
    window, page = contacts_window(qtbot, services)
    searched(qtbot, page, "G")
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=3000)
    assert "300" in window.statusBar().currentMessage()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    assert page.table.currentIndex().row() == 299


# --- row heights -----------------------------------------------------------------------------
@pytest.mark.parametrize("points", [None, 22])
def test_rows_are_as_high_as_the_font_needs(qtbot, services, points):
    three(services)
    window, page = contacts_window(qtbot, services)
    table = page.table
    if points:
        font = QFont(table.font())
        font.setPointSize(points)
        table.setFont(font)
    metrics = QFontMetrics(table.font())
    assert table.rowHeight(0) >= metrics.height()
    assert table.rowHeight(0) >= metrics.boundingRect("Özlem").height()
    assert table.verticalHeader().defaultSectionSize() == row_height(table)


# --- status texts and the empty list ----------------------------------------------------------
def test_the_contact_page_shows_no_stale_list_status(qtbot, services):
    three(services)
    window, page = contacts_window(qtbot, services)
    searched(qtbot, page, "a")
    assert "found" in window.statusBar().currentMessage()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert on_contact(page)
    assert "found" not in window.statusBar().currentMessage()
    qtbot.keyClick(page.contact_page.title_label, Qt.Key.Key_Escape)
    assert "found" in window.statusBar().currentMessage()


def test_the_empty_list_offers_new_contact_and_import(qtbot, services):
    window, page = contacts_window(qtbot, services)
    assert page.list_stack.currentWidget() is page.empty
    buttons = {b.text().replace("&", ""): b for b in page.empty.findChildren(QPushButton)}
    assert set(buttons) == {"New contact…", "Import…"}

    def fill(dialog):
        dialog.given.insert("Erste")
        qtbot.keyClick(dialog.given, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.mouseClick(buttons["New contact…"], Qt.MouseButton.LeftButton)
    assert done and on_contact(page) and page.contact_page.name() == "Erste"

    opened = []
    window.open_import = lambda: opened.append(True)  # the wizard has its own tests
    page.show_list()
    services.contacts.trash(page.contact_page.contact_id)
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty)
    qtbot.mouseClick(buttons["Import…"], Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_the_count_says_the_archived_are_not_shown(qtbot, services):
    anna, _ben, _ozlem = three(services)
    services.contacts.set_archived(anna, True)
    window, page = contacts_window(qtbot, services)
    assert page.model.rowCount() == 2
    assert "1 archived not shown" in window.statusBar().currentMessage()
