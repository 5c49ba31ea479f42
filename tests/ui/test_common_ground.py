import pytest

from app.domain.enums import TopicKind
from app.services.sample import SampleNetwork
from app.ui.common_ground.common_ground_page import CommonGroundPage
from app.ui.contacts.topic_manager import TopicManagerDialog
from app.ui.contacts.what_we_share import WhatWeShareSection
from tests.fakes import RecordingNavigator


@pytest.fixture
def sample(services, clock):
    SampleNetwork(services.db, clock, services.events).generate(200)
    return services


def page_id_role():
    from app.ui.common_ground.common_ground_page import ID_ROLE

    return ID_ROLE


def loaded_page(qtbot, services, navigator):
    page = CommonGroundPage(services, navigator)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading() and bool(page.introductions), timeout=10_000)
    return page


def test_contact_section_shows_shared_topics_with_reasons(qtbot, sample):
    # Someone in the sample who shares an interest of mine (Me likes "Italienische Malerei").
    contact_id = next(h.contact_id for kind, hits, _n in sample.matching.ask_network("Italienische Malerei").by_kind
                      if kind == TopicKind.INTEREST for h in hits)
    section = WhatWeShareSection(sample, RecordingNavigator())
    qtbot.addWidget(section)
    section.set_contact(contact_id)
    assert section.title() == "What we share"
    assert "You both: Italienische Malerei" in section.shared.text()
    assert "You both: Italienische Malerei" in section.reason_lines()
    assert "You met at:" in section.shared.text()  # every sample contact has a place


def test_section_has_an_empty_state(qtbot, services, person):
    section = WhatWeShareSection(services, RecordingNavigator())
    qtbot.addWidget(section)
    section.set_contact(person)
    assert "Nothing in common yet" in section.shared.text()
    assert section.introductions.isHidden() and section.groups.isHidden()


def test_accepting_an_introduction_logs_it_and_removes_it(qtbot, sample):
    page = loaded_page(qtbot, sample, RecordingNavigator())
    first = page.introductions[0]
    assert page.intro_tree.topLevelItem(0).text(2)  # a one-line reason
    page.select(0)
    page.accept_selected()
    for holder, other in ((first.a_id, first.b_id), (first.b_id, first.a_id)):
        logged = sample.interactions.of_contact(holder, limit=1)[0]
        assert logged.related_contact_id == other
        assert logged.summary == f"Introduced {first.a_name} and {first.b_name}"
    qtbot.waitUntil(lambda: not page.is_loading())
    pairs = {(i.a_id, i.b_id) for i in page.introductions}
    assert (first.a_id, first.b_id) not in pairs and (first.b_id, first.a_id) not in pairs
    assert len(page.introductions) > 0


def test_dismiss_can_be_undone_and_draft_asks_for_an_introduction(qtbot, sample):
    from PySide6.QtGui import QUndoStack

    navigator = RecordingNavigator()
    navigator.undo_stack = QUndoStack()
    page = loaded_page(qtbot, sample, navigator)
    first = page.introductions[0]
    page.select(0)
    page.draft_selected()
    assert navigator.calls[-1] == ("draft_message", first.a_id, "introduction_ask",
                                   {"other_contact_id": first.b_id})  # double opt-in: ask first
    page.dismiss_selected()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert first.b_id not in [i.b_id for i in sample.matching.introductions_for(first.a_id, 50)]
    navigator.undo_stack.undo()
    assert first.b_id in [i.b_id for i in sample.matching.introductions_for(first.a_id, 50)]


def test_page_lists_top_topics_and_asks_the_network(qtbot, sample):
    page = loaded_page(qtbot, sample, RecordingNavigator())
    assert page.topics_list.count() > 5
    assert page.topics_list.item(0).text().startswith("Künstliche Intelligenz — ")
    assert page.common_list.count() > 0
    qtbot.keyClicks(page.ask, "AI")  # an alias of Künstliche Intelligenz
    qtbot.waitUntil(lambda: page.ask_tree.topLevelItemCount() > 0)
    headings = [page.ask_tree.topLevelItem(i).text(0) for i in range(page.ask_tree.topLevelItemCount())]
    assert any(h.startswith("Interested in it (") for h in headings)
    assert page.ask_topics.text() == "Topics: Künstliche Intelligenz"
    child = page.ask_tree.topLevelItem(0).child(0)
    assert child.text(0) and child.data(0, page_id_role()) > 0


def test_topic_manager_alias_and_merge_take_effect_at_once(qtbot, services, person):
    other = services.contacts.create(given_name="Ben")
    services.topics.add(person, "Deep Learning", TopicKind.LOOKING_FOR)
    services.topics.add(other, "Neuronale Netze", TopicKind.OFFERING)
    assert services.matching.introductions_for(person) == []
    dialog = TopicManagerDialog(services)
    qtbot.addWidget(dialog)
    dialog.keep.setCurrentIndex(dialog.keep.findData(services.topics.find("Deep Learning")))
    dialog.drop.setCurrentIndex(dialog.drop.findData(services.topics.find("Neuronale Netze")))
    assert dialog.merge(confirm=False)
    assert [i.b_name for i in services.matching.introductions_for(person)] == ["Ben"]
    dialog.alias_topic.setCurrentIndex(dialog.alias_topic.findData(services.topics.find("Deep Learning")))
    dialog.alias.setText("DL")
    assert dialog.add_alias()
    assert services.topics.find("dl") == services.topics.find("Deep Learning")
    dialog.alias.setText("Neuronale Netze")  # already the topic's own: nothing to do, no error
    services.topics.add(person, "Poker", TopicKind.INTEREST)
    dialog.alias.setText("Poker")
    assert not dialog.add_alias()
    assert "already a topic" in dialog.message.text()


def test_most_in_common_says_how_to_fill_it_when_my_profile_is_empty(qtbot, services, clock):
    """After the first-run sample (contacts only, no Me) the box stood empty, unexplained."""
    from PySide6.QtCore import Qt

    SampleNetwork(services.db, clock, services.events).generate(60, owner=False)
    page = loaded_page(qtbot, services, RecordingNavigator())
    assert page.common_list.count() == 1
    hint = page.common_list.item(0)
    assert "Edit → Me" in hint.text() and hint.flags() == Qt.ItemFlag.NoItemFlags


def test_most_in_common_lists_people_once_i_have_topics(qtbot, sample):
    page = loaded_page(qtbot, sample, RecordingNavigator())
    assert page.common_list.count() > 1
    assert all("Edit → Me" not in page.common_list.item(i).text()
               for i in range(page.common_list.count()))
