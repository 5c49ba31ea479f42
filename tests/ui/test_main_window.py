from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.services.sample import SampleNetwork
from app.ui.contacts_model import ContactsTableModel
from app.ui.main_window import MainWindow


def test_empty_network_shows_the_empty_state(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    page = window.pages["contacts"]
    assert page.stack.currentWidget() is page.empty
    assert "No contacts yet" in page.empty.text()


def test_lists_contacts_and_searches_as_you_type(qtbot, services, person):
    services.contacts.create(given_name="Ben", family_name="Schmidt")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.pages["contacts"]
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "muller")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    name = page.model.index(0, ContactsTableModel.COL_NAME).data()
    assert name == "Maxi Müller"
    assert "1 contact" in window.statusBar().currentMessage()


def test_list_follows_changes_made_through_services(qtbot, services, person):
    window = MainWindow(services)
    qtbot.addWidget(window)
    services.contacts.create(given_name="Cem")
    assert window.pages["contacts"].model.rowCount() == 2


def test_contacts_model_passes_the_model_tester(qtbot, services, clock):
    SampleNetwork(services.db, clock, services.events).generate(50)
    model = ContactsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(services.contacts.list_rows())
    assert model.rowCount() > 40
    assert model.index(0, 0).data(ContactsTableModel.ID_ROLE) > 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.set_rows([])
    assert model.rowCount() == 0
