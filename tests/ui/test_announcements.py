"""Issue 24: status changes that matter are told to a screen reader, not only shown: a
reminder arriving in the in-app banner, an import finishing or failing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from app.ui.widgets import accessibility
from app.ui.shell.notifications import BannerNotifier, build_chain, choose_notifier
from tests.ui.test_import_wizard import read, wizard_for


@pytest.fixture
def heard(monkeypatch):
    """What was announced: (text, urgent), through the real announce as well."""
    said = []
    real = accessibility.announce

    def recording(widget, text, urgent=False):
        said.append((text, urgent))
        real(widget, text, urgent)

    monkeypatch.setattr(accessibility, "announce", recording)
    return said


def test_a_reminder_in_the_banner_is_announced(qtbot, heard, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    banner = choose_notifier("banner", build_chain(window, QSystemTrayIcon(window)))
    assert isinstance(banner, BannerNotifier)
    QAccessible.setActive(True)  # as with a screen reader running: the event is really sent
    try:
        banner.notify("Reminder: Maxi Müller", "Ask about the course", 7)
    finally:
        QAccessible.setActive(False)
    assert heard == [("Reminder: Maxi Müller: Ask about the course", False)]


def test_a_finished_import_is_announced(qtbot, services, heard):
    wizard = wizard_for(qtbot, services, "apple_contacts.vcf")
    read(qtbot, wizard)
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=60000)
    assert len(heard) == 1 and heard[0][0].startswith("Import finished: ")
