"""Common ground while its suggestions load: a busy bar, the rest of the page usable by
keyboard; the computed suggestions are kept until something changes."""

import threading

import pytest
from PySide6.QtCore import Qt

from app.services.sample import SampleNetwork
from app.ui.common_ground.common_ground_page import SUGGESTIONS, CommonGroundPage
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


def test_a_change_drops_the_computed_suggestions(sample):
    first = sample.matching.network_introductions(SUGGESTIONS)
    pair = (first[0].a_id, first[0].b_id)
    assert pair in {(i.a_id, i.b_id) for i in sample.matching.network_introductions(SUGGESTIONS)}
    sample.matching.dismiss_introduction(*pair)  # a change: the kept answer is stale now
    again = sample.matching.network_introductions(SUGGESTIONS)
    assert again and pair not in {(i.a_id, i.b_id) for i in again}
