"""Issue 24: at a 1.5× application font (a person who needs larger text), the dense lists'
rows grow with the font, and Today and Contacts still fit 1280×800 with nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from app.services.sample import SampleNetwork
from app.ui.shell.main_window import MainWindow
from tests.ui.dialog_walk import settle, walk_pages
from tests.ui.layout_checks import all_problems

SCALE = 1.5


@pytest.fixture
def large_font(qapp):
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * SCALE)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def test_lists_and_pages_hold_at_one_and_a_half_times_the_font(qtbot, services, large_font):
    SampleNetwork(services.db, services.clock, services.events).generate(120)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems = []
    window.show_page("today")
    settle(qtbot)
    tree = window.pages["today"].tree
    line = QFontMetrics(tree.font()).height()
    assert line >= QFontMetrics(QFont()).height()  # the larger font reached the list
    heights = {tree.visualItemRect(tree.topLevelItem(i)).height()
               for i in range(tree.topLevelItemCount())}
    assert min(heights) >= line, f"Today rows of {min(heights)} px clip a {line} px line"
    problems += all_problems(window, "today at 1.5×")

    window.show_page("contacts")
    settle(qtbot)
    table = window.pages["contacts"].table
    line = QFontMetrics(table.font()).height()
    assert table.rowHeight(0) >= line + 4, f"contact rows of {table.rowHeight(0)} px, line {line}"
    problems += all_problems(window, "contacts at 1.5×")
    assert problems == [], "\n".join(problems)


@pytest.fixture
def double_font(qapp):
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def test_every_page_holds_at_twice_the_font(qtbot, services, double_font):
    """200 %: nothing clipped or off-screen on any page at 1280×800 (pages scroll instead)."""

    SampleNetwork(services.db, services.clock, services.events).generate(60)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems = walk_pages(qtbot, window, lambda key: all_problems(window, f"{key} at 2×"))
    rows = services.contacts.list_rows()
    window.open_contact(max(rows, key=lambda r: (len(r.name), r.id)).id)
    settle(qtbot)
    problems += all_problems(window, "contact page at 2×")
    assert problems == [], "\n".join(problems)


def test_in_german_at_one_and_a_half_times_the_font_every_today_action_is_a_visible_button(
        qtbot, qapp, services, large_font):
    """The toolbar wraps instead of hiding "Spread the backlog" behind a » menu Tab skips."""
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import install_translators, remove_translators

    before = QLocale()
    install_translators(qapp, "de")
    try:
        SampleNetwork(services.db, services.clock, services.events).generate(60)
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        window.show_page("today")
        settle(qtbot)
        page = window.pages["today"]
        assert page.spread_button.text() != "S&pread the backlog"  # German reached the page
        for action in page.toolbar.actions():
            button = page.toolbar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert page.toolbar.rect().contains(button.geometry()), action.text()
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, action.text()
        chain, widget = [], page.toolbar.buttons()[0]
        for _ in range(40):
            chain.append(widget)
            widget = widget.nextInFocusChain()
        assert page.toolbar.widgetForAction(page.spread_button) in chain
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)
