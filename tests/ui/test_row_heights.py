"""The dots on Ö Ä Ü and the accents on É Å show whole in the contact list and in Today's rows:
the glyphs of each row's text, placed as the style places them (centred in the text rect),
fit inside that rect, at the default font and at one and a half times it, light and dark."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from app.ui.shell.main_window import MainWindow
from app.ui.widgets import theme
from app.ui.widgets.row_heights import TALL_TEXT, text_height

NAMES = (("Özlem", "Ärger", "Übersee AG"), ("Åsa", "Ångström", "ÄÖÜ"),
         ("Élodie", "Ébert", "Éclair"), ("Ümit", "Öztürk", "Jägerhof"))


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def scaled(request, qapp):
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp):
    palette = qapp.palette()
    theme.apply(qapp, request.param)
    yield request.param
    qapp.setPalette(palette)


def text_rect(view, index) -> tuple:
    """Where the style draws the row's text, and the option it draws with."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    style = view.style()
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view), option


def clipped(view, index) -> str:
    """'' when the glyphs of the text (and of TALL_TEXT in the same font) fit the text rect."""
    rect, option = text_rect(view, index)
    metrics = QFontMetrics(option.font)
    # The style centres one line vertically: its line box is fm.height() high.
    baseline = rect.top() + (rect.height() - metrics.height()) // 2 + metrics.ascent()
    for text in (option.text, TALL_TEXT):
        box = metrics.boundingRect(text)
        if baseline + box.top() < rect.top() or baseline + box.bottom() > rect.bottom():
            return (f"{text!r}: glyphs {baseline + box.top()}..{baseline + box.bottom()} "
                    f"outside the text rect {rect.top()}..{rect.bottom()}")
    return ""


def window_with_umlauts(qtbot, services) -> MainWindow:
    today = services.clock.now().date()
    for given, family, company in NAMES:
        cid = services.contacts.create(given_name=given, family_name=family, company=company)
        services.promises.add(cid, "me", "Ölkanne für Åse schicken", due=today - timedelta(days=2))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(1)


@pytest.mark.usefixtures("scaled", "themed")
def test_today_rows_leave_room_for_the_dots_on_capital_umlauts(qtbot, services):
    window = window_with_umlauts(qtbot, services)
    window.show_page("today")
    settle(qtbot)
    tree = window.pages["today"].tree
    model = tree.model()
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data():
                assert clipped(tree, index) == "", (row, column, index.data())
                checked += 1
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {"Özlem Ärger", "Åsa Ångström", "Élodie Ébert"} <= names and checked > 10


@pytest.mark.usefixtures("scaled", "themed")
def test_contact_rows_leave_room_for_the_dots_on_capital_umlauts(qtbot, services):
    window = window_with_umlauts(qtbot, services)
    window.show_page("contacts")
    settle(qtbot)
    table = window.pages["contacts"].table
    model = table.model()
    assert model.rowCount() == len(NAMES)
    for row in range(model.rowCount()):
        for column in range(2):  # name and company
            index = model.index(row, column)
            assert clipped(table, index) == "", (row, column, index.data())


def test_the_tallest_glyphs_need_more_than_the_line_height(qapp):
    """Why the line height is not enough (DejaVu Sans, the font these tests run with)."""
    font = QFont(qapp.font())
    assert text_height(font) >= QFontMetrics(font).height()
    assert QFontMetrics(font).boundingRect("ÖÄÜ").top() < -QFontMetrics(font).ascent()
