"""The start-up jobs (ui/shell/warm_up.py): Common ground's suggestions and the Dashboard's
habits are computed in the background, and the pages' first open shows them without
computing them again."""

import pytest
from PySide6.QtWidgets import QWidget

import app.services.matching as matching
from app.services import Services, habit_queries
from app.services.sample import SampleNetwork
from app.ui.common_ground.common_ground_page import SUGGESTIONS, CommonGroundPage
from app.ui.dashboard.dashboard_page import DashboardPage
from app.ui.shell.warm_up import warm_pages
from app.ui.widgets.tasks import task_manager
from tests.fakes import RecordingNavigator


@pytest.fixture
def warmed(qtbot, services, clock):
    SampleNetwork(services.db, clock, services.events).generate(200)
    window = QWidget()
    qtbot.addWidget(window)
    warm_pages(window, services, delay_ms=0)
    qtbot.waitUntil(lambda: bool(task_manager(services).running(window)), timeout=5_000)
    assert task_manager(services).wait_for(window, 20)
    return services


def _no_second_computation(*_args):
    raise AssertionError("computed again")


def test_common_ground_opens_with_the_suggestions_computed_at_start(qtbot, warmed, monkeypatch,
                                                                   clock):
    # What a fresh computation gives, on services of their own (not the warmed cache).
    expected = Services(warmed.db, clock).matching.network_introductions(SUGGESTIONS)
    monkeypatch.setattr(matching.NetworkIndex, "load", staticmethod(_no_second_computation))
    # The warm-up's answer is there: read without computing (else "computed again").
    assert [(i.a_id, i.b_id) for i in warmed.matching.network_introductions(SUGGESTIONS)] \
        == [(i.a_id, i.b_id) for i in expected] != []
    page = CommonGroundPage(warmed, RecordingNavigator())
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.introductions), timeout=10_000)
    assert [(i.a_id, i.b_id) for i in page.introductions] == [(i.a_id, i.b_id) for i in expected]
    assert page.intro_tree.currentItem() is page.intro_tree.topLevelItem(0)


def test_dashboard_opens_with_the_habits_counted_at_start(qtbot, warmed, monkeypatch):
    assert warmed.dashboard.cached_habits() is not None
    monkeypatch.setattr(habit_queries, "all_series", _no_second_computation)
    page = DashboardPage(warmed, RecordingNavigator())
    qtbot.addWidget(page)
    page.refresh()
    assert page.habits_shown(), "the charts are there at once, nothing counted"
