"""The contacts list in the order a German reader expects, sorted by a click on the Name
header, both ways: Böhm before Brown, Özlem with the O's (SQLite alone sorts by bytes)."""

from PySide6.QtCore import QPoint, Qt

from tests.ui.windows import contacts_window

ORDER = ["Ahrens", "Böhm", "Brown", "Özlem", "Zoë"]


def shown_names(page) -> list[str]:
    model = page.model
    return [model.index(row, model.COL_NAME).data() for row in range(model.rowCount())]


def click_header(qtbot, table, column):
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_a_click_on_the_name_header_sorts_umlauts_with_their_letter_both_ways(qtbot, services):
    for family in ("Zoë", "Brown", "Özlem", "Ahrens", "Böhm"):
        services.contacts.create(family_name=family)
    window, page = contacts_window(qtbot, services)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert shown_names(page) == ORDER  # the list opens in name order
    table, column = page.table, page.model.COL_NAME
    click_header(qtbot, table, column)
    qtbot.waitUntil(lambda: shown_names(page) == ORDER)
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    click_header(qtbot, table, column)
    qtbot.waitUntil(lambda: shown_names(page) == ORDER[::-1])
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(qtbot, table, column)
    qtbot.waitUntil(lambda: shown_names(page) == ORDER)
