"""Logging a meeting or a call: the direction follows the channel, so the coffee chat counts
as two-way contact (choosing Meeting left "I wrote", and keep-in-touch was not reset)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import pytest

from app.domain.enums import Direction
from app.ui.contacts import log_interaction_dialog
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog


@pytest.fixture(autouse=True)
def own_last_choice(monkeypatch):
    """The dialog remembers the last channel and direction: leave other tests theirs."""
    monkeypatch.setattr(log_interaction_dialog, "_last_choice",
                        dict(log_interaction_dialog._last_choice))


def test_choosing_meeting_by_keyboard_makes_it_together(qtbot, services, person):
    dialog = LogInteractionDialog(services, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.channel.setFocus()  # (the dialog starts with the last channel and direction used)
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Home)  # Email
    dialog.direction.setFocus()
    qtbot.keyClick(dialog.direction, Qt.Key.Key_Home)  # I wrote
    assert (dialog.channel.currentText(), dialog.direction.currentData()) == ("Email", Direction.OUTBOUND)
    dialog.channel.setFocus()
    qtbot.keyClicks(dialog.channel, "Meeting")
    assert dialog.channel.currentText() == "Meeting"
    assert dialog.direction.currentData() == Direction.MUTUAL
    qtbot.keyClicks(dialog.summary, "Morning coffee")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    (logged,) = services.interactions.of_contact(person)
    assert (logged.channel, logged.direction) == ("meeting", "mutual")
    assert services.contacts.get(person).last_two_way_at is not None


def test_back_to_email_it_is_i_wrote_again_and_they_wrote_stays(qtbot, services, person):
    dialog = LogInteractionDialog(services, person)
    qtbot.addWidget(dialog)
    dialog.channel.setFocus()
    qtbot.keyClicks(dialog.channel, "Phone")
    assert dialog.direction.currentData() == Direction.MUTUAL
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Home)  # Email, the first channel
    assert dialog.channel.currentText() == "Email"
    assert dialog.direction.currentData() == Direction.OUTBOUND
    dialog.direction.setFocus()
    qtbot.keyClicks(dialog.direction, "They")
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search by typing
    qtbot.keyClicks(dialog.channel, "Message")  # they wrote a message: it stays so
    assert dialog.channel.currentText() == "Message"
    assert dialog.direction.currentData() == Direction.INBOUND
