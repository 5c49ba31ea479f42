"""Issue 24: rows read as text, chips say their kind and are reached with Tab, meaning not by
colour alone, and a focus chain that follows the reading order without skipping a control."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from app.domain.clock import FixedClock, local_today
from app.domain.enums import PromiseOwner, TopicKind
from app.services.sample import SampleNetwork
from app.ui.widgets.accessibility import ROW_TEXT
from app.ui.shell.main_window import MainWindow
from app.ui.contacts.topic_chips import Chip
from tests.ui.a11y_checks import announced_name


def window_with(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def tab_chain(qtbot, start, steps: int) -> list:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_a_today_row_says_who_why_and_when(qtbot, services, person):
    today = local_today(services.clock)
    services.promises.add(person, PromiseOwner.ME, "send the slides", due=today - timedelta(days=2))
    window = window_with(qtbot, services)
    tree = window.pages["today"].tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if "Müller" in tree.topLevelItem(i).text(0))
    text = item.data(0, ROW_TEXT)
    assert "Maxi Müller" in text and "send the slides" in text and "overdue since" in text
    # What the screen reader is given for the cell: the whole sentence, not the name alone.
    index = tree.indexFromItem(item, 0)
    assert tree.model().data(index, Qt.ItemDataRole.AccessibleTextRole) == text


def test_an_overdue_follow_up_says_so_beside_the_red(qtbot, services, person):
    # A sample made half a year ago and left alone since: its follow-ups drifted (a fresh
    # sample has only a few due, and maybe none overdue yet).
    then = FixedClock(services.clock.now() - timedelta(days=180), tz=services.clock.local_tz())
    SampleNetwork(services.db, then, services.events).generate(40)
    window = window_with(qtbot, services)
    window.show_page("contacts")
    model = window.pages["contacts"].model
    column = model.COL_FOLLOW_UP
    overdue = [model.item(row, column) for row in range(model.rowCount())
               if model.item(row, column) is not None
               and model.item(row, column).data(Qt.ItemDataRole.ForegroundRole) is not None]
    assert overdue, "the sample network has overdue follow-ups"
    for item in overdue:
        assert item.toolTip() == "Overdue"
        assert not item.icon().isNull()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"Overdue: {item.text()}"


def test_chips_say_their_kind_are_tabbed_in_place_and_delete_removes(qtbot, services, person):
    services.topics.add(person, "Jazz", TopicKind.INTEREST)
    services.topics.add(person, "Mentoring", TopicKind.OFFERING)
    window = window_with(qtbot, services)
    window.open_contact(person)
    page = window.pages["contacts"].contact_page
    chips = page.findChildren(Chip)
    assert sorted(chip.accessibleName() for chip in chips) == ["Interest: Jazz", "Offering: Mentoring"]
    interests = page.topics.rows[TopicKind.INTEREST].editor
    chain = tab_chain(qtbot, page.fields.about, 12)
    jazz = next(chip for chip in chips if chip.accessibleName() == "Interest: Jazz")
    assert jazz in chain, "Tab never reaches the chip"
    assert chain.index(jazz) < chain.index(interests), "the chip comes before its row's field"
    jazz.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(jazz, Qt.Key.Key_Delete)
    assert [t.label for t in services.topics.of_contact(person)] == ["Mentoring"]
    assert QApplication.focusWidget() is interests  # focus stays in the row


def _reading_order_problems(window, chain, where: str) -> list[str]:
    problems = []
    for widget in chain:
        if not widget.isVisible() or not widget.isEnabled():
            problems.append(f"{where}: focus landed on hidden or disabled {type(widget).__name__}")
        if isinstance(widget, QScrollArea):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not isinstance(widget, QLabel) and not announced_name(widget) and interface is not None \
                and not interface.text(QAccessible.Text.Value):
            problems.append(f"{where}: focus on unnamed {type(widget).__name__}")
    return problems


def _skipped(root, chain) -> list[str]:
    """Visible, enabled controls that take Tab focus and that Tab never reached."""
    reached = set(map(id, chain))
    return [f"{type(w).__name__} {announced_name(w)!r}" for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None and id(w) not in reached
            and w.window() is root.window()]


def test_tab_on_today_goes_from_the_buttons_to_the_list(qtbot, services, person):
    SampleNetwork(services.db, services.clock, services.events).generate(40)
    window = window_with(qtbot, services)
    page = window.pages["today"]
    chain = tab_chain(qtbot, window.sidebar, 12)
    assert _reading_order_problems(window, chain, "today") == []
    assert page.tree in chain, "Tab never reaches the Today list"
    buttons = [w for w in chain if w.parentWidget() is page.toolbar]
    assert [b.text().replace("&", "") for b in buttons][:2] == ["Done", "Snooze"]
    assert all(chain.index(b) < chain.index(page.tree) for b in buttons), "buttons above the list come first"
    ys = [w.mapTo(window, QPoint(0, 0)).y() for w in chain[1:chain.index(page.tree) + 1]]
    assert all(b >= a - 8 for a, b in zip(ys, ys[1:])), "focus moves down the page"
    assert _skipped(page, chain) == []


def test_tab_on_the_contact_page_reads_top_to_bottom_and_reaches_the_timeline(qtbot, services, person):
    SampleNetwork(services.db, services.clock, services.events).generate(40)
    services.topics.add(person, "Jazz", TopicKind.INTEREST)
    window = window_with(qtbot, services)
    window.open_contact(person)
    page = window.pages["contacts"].contact_page
    chain = tab_chain(qtbot, page.log_button, 120)
    chain = chain[:chain.index(page.log_button, 1)] if page.log_button in chain[1:] else chain
    assert _reading_order_problems(window, chain, "contact page") == []
    assert page.timeline.list in chain, "Tab never reaches the notes timeline"
    assert page.fields.about in chain and chain.count(page.fields.about) == 1, "About traps Tab"
    details = [w for w in chain if page.scroll.widget().isAncestorOf(w)]
    ys = [w.mapTo(page.scroll.widget(), QPoint(0, 0)).y() for w in details]
    # Down the column; widgets on one line may differ by a few pixels of vertical centring.
    assert all(b >= a - 8 for a, b in zip(ys, ys[1:])), "the details column is read top down"
    assert _skipped(page, chain) == []
