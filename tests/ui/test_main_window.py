from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.services.contact_list import ListFilter
from app.services.contacts import ContactRow
from app.services.sample import SampleNetwork
from app.ui.contacts.contacts_model import PAGE_SIZE, SNIPPET_BATCH, ContactsTableModel
from app.ui.shell.main_window import MainWindow
from tests.ui.windows import contacts_window


def test_empty_network_shows_the_empty_state(qtbot, services):
    window, page = contacts_window(qtbot, services)
    assert page.list_stack.currentWidget() is page.empty
    assert "No contacts yet" in page.empty_text.text()


def test_lists_contacts_and_searches_as_you_type(qtbot, services, person):
    services.contacts.create(given_name="Ben", family_name="Schmidt")
    window, page = contacts_window(qtbot, services)
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "muller")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    name = page.model.index(0, ContactsTableModel.COL_NAME).data()
    assert name == "Maxi Müller"
    assert "1 contact" in window.statusBar().currentMessage()


def test_a_search_without_hits_says_so(qtbot, services, person):
    window, page = contacts_window(qtbot, services)
    qtbot.keyClicks(page.search, "zzzqx")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.no_match)
    assert "No contact matches" in page.no_match.text()


def test_list_follows_changes_made_through_services(qtbot, services, person):
    window, page = contacts_window(qtbot, services)
    services.contacts.create(given_name="Cem")
    assert page.model.rowCount() == 1, "not inside the service call: queued (issue 15)"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert window.statusBar().currentMessage().startswith("2 contact")


def test_view_menu_switches_pages_with_ctrl_number(qtbot, services):
    window, page = contacts_window(qtbot, services)
    keys = list(window.pages)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages[keys[0]]
    number = keys.index("contacts") + 1
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page


def test_filters_by_group_topic_and_overdue(qtbot, services, person, clock):
    ben = services.contacts.create(given_name="Ben", cadence_days=30)
    group = services.groups.create("Python User Group")
    services.groups.add_contact(group, person)
    services.topics.add(ben, "Industrie 4.0", "interest")
    window, page = contacts_window(qtbot, services)
    page.group_filter.setCurrentIndex(page.group_filter.findData(group))
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [person]
    page.group_filter.setCurrentIndex(0)
    page.topic_filter.setText("industrie-4.0")  # folded like the topic itself
    page.topic_filter.editingFinished.emit()
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [ben]
    page.topic_filter.clear()
    services.promises.add(person, "me", "Folien schicken", due=clock.now().date().replace(day=1))
    page.overdue_filter.setChecked(True)
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [person]
    assert "match the filters" in window.statusBar().currentMessage()


def test_contacts_model_pages_and_sorts_in_sql(qtbot, services, clock):
    SampleNetwork(services.db, clock, services.events).generate(PAGE_SIZE + 50)
    model = ContactsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    contacts = services.contacts
    total = contacts.count_rows()
    reads = []

    def fetch(s, d, o, n):
        reads.append((o, n))
        return contacts.page(ListFilter(), s or "name", d, o, n)

    model.set_source(fetch, total)
    # A row per contact at once (the scrollbar reaches the end), but one page read.
    assert model.rowCount() == total and not model.canFetchMore() and reads == [(0, PAGE_SIZE)]
    assert model.index(total - 1, 0).data(ContactsTableModel.ID_ROLE) is None, "not read yet"
    ids = {model.id_at(r) for r in range(model.rowCount())}
    assert len(ids) == total and None not in ids, "pages neither overlap nor skip"
    assert reads == [(0, PAGE_SIZE), (PAGE_SIZE, total - PAGE_SIZE)]
    model.sort(ContactsTableModel.COL_PROMISES, Qt.SortOrder.DescendingOrder)
    counts = [model.row_at(r).open_promises for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.set_rows([])
    assert model.rowCount() == 0


def test_search_snippets_are_marked_after_the_rows_show_in_batches(qtbot):
    assert SNIPPET_BATCH < PAGE_SIZE
    rows = [ContactRow(i, f"Person {i}", "", "", None, None, 0) for i in range(1, 2 * PAGE_SIZE)]
    asked = []

    def snippets(ids):
        asked.append(ids)
        return {i: f"…trank [Kaffee] mit {i}" for i in ids if i % 2 == 0}

    model = ContactsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_source(lambda s, d, o, n: rows[o:o + n], total=None, snippets=snippets)
    assert model.rowCount() == PAGE_SIZE and asked == [], "the rows come first, the snippets after"
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked == [list(range(1, SNIPPET_BATCH + 1)), list(range(SNIPPET_BATCH + 1, PAGE_SIZE + 1))]
    model.fetchMore()  # scrolling on: the next page is marked too
    qtbot.waitUntil(lambda: len(asked) >= 3)
    assert asked[2][0] == PAGE_SIZE + 1
    assert model.snippet(1) == "…trank [Kaffee] mit 2" and model.snippet(0) == ""
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "…trank Kaffee mit 2"
    assert not model.index(1, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None

    # A new search before the marks are made: the old search's snippets are never asked.
    stale = []
    model.set_source(lambda s, d, o, n: rows[o:o + n], total=None, snippets=stale.append)
    model.set_source(lambda s, d, o, n: rows[:3], total=None, snippets=snippets)
    model.finish_snippets()
    assert stale == [] and asked[-1] == [1, 2, 3] and model.snippet(1).endswith("2")


def test_fixed_rows_sort_in_the_model(qtbot, services, person):
    services.contacts.create(given_name="Anna", family_name="Zeller", company="Bosch")
    model = ContactsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(services.contacts.list_rows())
    model.sort(ContactsTableModel.COL_COMPANY, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).company for r in range(2)] == ["Bosch", "Trumpf"]


def test_window_geometry_persists(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)
    window.splitter.setSizes([150, 550])
    window.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (700, 500)
    assert again.splitter.sizes()[0] == 150
