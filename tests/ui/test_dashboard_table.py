"""Issue 24: the dashboard charts' numbers reached with the keyboard alone, as a table."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.sample import SampleNetwork
from app.ui.shell.main_window import MainWindow


def test_tab_and_space_show_the_charts_as_a_table_read_with_the_arrow_keys(qtbot, services):
    SampleNetwork(services.db, services.clock, services.events).generate(80)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    qtbot.waitUntil(page.habits_shown)
    assert not page.habit_table.isVisible()
    for _ in range(80):  # Tab through the page until the toggle has the focus
        if QApplication.focusWidget() is page.table_toggle:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table_toggle, "Tab never reaches 'Show as table'"
    qtbot.keyClick(page.table_toggle, Qt.Key.Key_Space)
    table = page.habit_table
    qtbot.waitUntil(table.isVisible)
    assert table.rowCount() == 12 and table.columnCount() == 1 + len(page.chart_views)
    qtbot.keyClick(page.table_toggle, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last cell
    qtbot.keyClick(table, Qt.Key.Key_Home)  # this week's row, first column
    qtbot.keyClick(table, Qt.Key.Key_Right)
    row, column = table.currentRow(), table.currentColumn()
    assert (row, column) == (11, 1)
    chart = page.chart_views[0]
    spoken = chart.point_text(chart.series.key, chart.series.points[11])
    assert table.currentItem().data(Qt.ItemDataRole.AccessibleTextRole) == spoken
    assert spoken.endswith(table.currentItem().text())
    assert table.item(11, 0).text() in spoken  # the week
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.table_toggle
    qtbot.keyClick(page.table_toggle, Qt.Key.Key_Space)  # and back to the charts
    assert not table.isVisible() and page.charts_stack.currentIndex() == 1
