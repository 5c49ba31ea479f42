"""A new language applies to the main window at once: sidebar, menus and pages."""

import pytest
from PySide6.QtCore import QLocale

from app.ui.shell.i18n import install_translators, remove_translators
from app.ui.shell.main_window import MainWindow


@pytest.fixture
def german_then_back(qapp):
    before = QLocale()
    yield lambda: install_translators(qapp, "de")
    remove_translators(qapp)
    QLocale.setDefault(before)


def test_switching_to_german_retranslates_the_main_window(qtbot, services, person, german_then_back):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("contacts")
    english_page = window.pages["contacts"]
    assert window.sidebar.item(0).text() == "Today"
    assert window.menuBar().actions()[0].text() == "&File"

    german_then_back()
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Heute")
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]
    # The page in view is rebuilt in German at once and stays in view.
    page = window.pages["contacts"]
    assert page is not english_page and window.current_page() is page
    assert page.search.placeholderText().startswith("Namen")
    window.merge_action.trigger()  # menus rebuilt: their actions still work
    assert "Kontakt" in window.statusBar().currentMessage()
