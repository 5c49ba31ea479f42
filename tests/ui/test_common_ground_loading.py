"""Common ground while its suggestions load: a busy bar, the rest of the page usable by
keyboard; and the start-up job that computes them before the page is first opened."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services.sample import SampleNetwork
from app.ui.common_ground.common_ground_page import SUGGESTIONS, CommonGroundPage
from app.ui.common_ground.warm_up import warm_common_ground
from app.ui.widgets.tasks import task_manager
from tests.fakes import RecordingNavigator


@pytest.fixture
def sample(services, clock):
    SampleNetwork(services.db, clock, services.events).generate(200)
    return services


def test_page_is_usable_by_keyboard_while_suggestions_load(qtbot, sample, monkeypatch):
    release = threading.Event()
    real = sample.matching.network_introductions

    def slow(k):
        release.wait(10)
        return real(k)

    monkeypatch.setattr(sample.matching, "network_introductions", slow)
    page = CommonGroundPage(sample, RecordingNavigator())
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    try:
        assert page.progress.isVisible() and page.is_loading()
        page.ask.setFocus()
        qtbot.keyClicks(page.ask, "Python")
        qtbot.keyClick(page.ask, Qt.Key.Key_Return)
        assert page.ask_tree.topLevelItemCount() > 0, "Ask the network answers meanwhile"
        assert page.ask_stack.currentWidget() is page.ask_tree
    finally:
        release.set()
    qtbot.waitUntil(page.progress.isHidden, timeout=10_000)
    assert page.intro_tree.topLevelItemCount() == len(page.introductions) > 0


def test_start_up_job_computes_the_suggestions_before_the_page_opens(qtbot, sample, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    warm_common_ground(window, sample, delay_ms=0)
    qtbot.waitUntil(lambda: sample.matching._suggested is not None, timeout=10_000)
    task_manager(sample).wait_for(window, 10)
    expected = sample.matching.network_introductions(SUGGESTIONS)

    import app.services.matching as matching

    def no_second_build(*_args):
        raise AssertionError("the index was built again")

    monkeypatch.setattr(matching.NetworkIndex, "load", staticmethod(no_second_build))
    page = CommonGroundPage(sample, RecordingNavigator())
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.introductions), timeout=10_000)
    assert [(i.a_id, i.b_id) for i in page.introductions] == [(i.a_id, i.b_id) for i in expected]
    assert page.intro_tree.currentItem() is page.intro_tree.topLevelItem(0)


def test_a_change_drops_the_computed_suggestions(sample):
    first = sample.matching.network_introductions(SUGGESTIONS)
    assert sample.matching._suggested is not None
    sample.matching.dismiss_introduction(first[0].a_id, first[0].b_id)
    assert sample.matching._suggested is None
    again = sample.matching.network_introductions(SUGGESTIONS)
    assert (first[0].a_id, first[0].b_id) not in {(i.a_id, i.b_id) for i in again}
