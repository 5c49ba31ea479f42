"""What a page shows when it has nothing to show, and status texts that tell the truth."""

from datetime import timedelta

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt

from app.domain.enums import Channel, Direction
from app.ui.common_ground.common_ground_page import CommonGroundPage
from app.ui.dashboard.dashboard_page import DashboardPage
from app.ui.dashboard.habit_charts import integer_scale
from tests.fakes import SilentNavigator


def tick_values(axis: QValueAxis) -> list[float]:
    """The values the axis writes a label at."""
    low, high = axis.min(), axis.max()
    if axis.tickType() == QValueAxis.TickType.TicksDynamic:
        values, value = [], axis.tickAnchor()
        while value <= high + 1e-9:
            if value >= low - 1e-9:
                values.append(value)
            value += axis.tickInterval()
        return values
    count = axis.tickCount()
    return [low + i * (high - low) / (count - 1) for i in range(count)]


def dashboard(qtbot, services):
    page = DashboardPage(services, SilentNavigator())
    qtbot.addWidget(page)
    qtbot.waitUntil(page.habits_shown)
    return page


def test_empty_charts_show_no_axis_and_say_there_is_no_data(qtbot, services):
    """An empty database drew count axes labelled "1 / 0 / 0" (0, 0.5 and 1 as %d)."""
    page = dashboard(qtbot, services)
    for view in page.chart_views:
        assert not view.values.isVisible(), view.chart().title()
        assert "no data yet" in view.chart().title()


def test_count_axes_have_whole_number_ticks(qtbot, services, person):
    services.interactions.log(person, Channel.MEETING, Direction.MUTUAL)
    page = dashboard(qtbot, services)
    counts = [view for view in page.chart_views if not view.series.is_share]
    assert counts and any(view.values.isVisible() for view in counts)
    for view in counts:
        values = tick_values(view.values)
        assert len(values) >= 2 and all(v == int(v) for v in values), values
        labels = [view.values.labelFormat() % v for v in values]
        assert len(set(labels)) == len(labels), labels  # no "0 / 0 / 1"


@pytest.mark.parametrize("highest, scale", [(0, (1, 1)), (1, (1, 1)), (3, (3, 1)), (7, (8, 2)),
                                            (42, (50, 10)), (230, (250, 50))])
def test_integer_scale(highest, scale):
    assert integer_scale(highest) == scale


def test_at_risk_status_does_not_claim_more_than_there_are(qtbot, services):
    """Each list stops at 50: with exactly 50 drifting it said "More than 50 items at risk"."""
    long_ago = services.clock.now() - timedelta(days=60)
    for number in range(50):
        contact = services.contacts.create(given_name=f"Drifting {number}", cadence_days=14)
        services.interactions.log(contact, Channel.PHONE, Direction.MUTUAL, occurred_at=long_ago)
    page = dashboard(qtbot, services)
    assert page.at_risk.tree.topLevelItem(0).text(0).endswith("(50+)")
    assert "More than" not in page.status
    assert page.status == "At least 50 item(s) at risk"


def test_ask_the_network_explains_itself_until_something_is_typed(qtbot, services, person):
    page = CommonGroundPage(services, SilentNavigator())
    qtbot.addWidget(page)
    page.show()
    assert page.ask_stack.currentWidget() is page.ask_hint
    assert "Type a topic" in page.ask_hint.text() and page.ask_hint.isVisible()
    page.ask.setFocus()
    qtbot.keyClicks(page.ask, "KI")
    qtbot.keyClick(page.ask, Qt.Key.Key_Return)
    assert page.ask_stack.currentWidget() is page.ask_tree
    assert page.ask_tree.topLevelItemCount() == 1  # "Nobody in your network has this topic yet."
    for _ in range(2):
        qtbot.keyClick(page.ask, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.ask, Qt.Key.Key_Return)
    assert page.ask_stack.currentWidget() is page.ask_hint
    qtbot.waitUntil(lambda: not page.is_loading())
