"""How a Changes value reaches the screen (issue 15): queued on the UI thread, never inside
the service call; the initiator does not refresh twice, a change made on a worker thread
reaches the page on the UI thread, a page refresh that fails does not lose the committed
change's undo entry (and says so), and no refresh writes."""

import logging
import threading

from PySide6.QtCore import QThread, Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import PromiseOwner, PromiseState, TopicKind
from app.domain.today import ItemKind
from app.services.changes import Kind
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.change_aware import ChangeAware, Refreshable
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_removing_a_topic_rebuilds_the_chips_once(qtbot, services, person, monkeypatch):
    services.topics.add(person, "Jazz", TopicKind.INTEREST)
    services.topics.add(person, "Rudern", TopicKind.INTEREST)
    window, page = contacts_window(qtbot, services)
    window.open_contact(person)
    reads = []
    of_contact = services.topics.of_contact
    monkeypatch.setattr(services.topics, "of_contact",
                        lambda cid: reads.append(cid) or of_contact(cid))
    delivered = []
    window.bridge.changed.connect(delivered.append)

    chips = page.contact_page.topics.rows[TopicKind.INTEREST].chips
    jazz = next(chip for chip in chips if chip.label.text() == "Jazz")
    jazz.setFocus()
    qtbot.keyClick(jazz, Qt.Key.Key_Delete)

    qtbot.waitUntil(lambda: len(delivered) == 1)
    QApplication.processEvents()  # anything else queued would show up now
    assert reads == [person], "the chips were read (and rebuilt) once"
    assert [t.label for t in of_contact(person)] == ["Rudern"]
    assert [c.label.text() for c in page.contact_page.topics.rows[TopicKind.INTEREST].chips] \
        == ["Rudern"]
    (changes,) = delivered
    assert changes.kinds == {Kind.TOPICS} and changes.initiator is page.contact_page.topics
    assert window.undo_stack.count() == 1


def test_a_change_made_on_a_worker_thread_reaches_the_page_on_the_ui_thread(
        qtbot, services, person, monkeypatch):
    window, page = contacts_window(qtbot, services)
    assert isinstance(page, ChangeAware)
    threads = []
    on_change = page.on_change
    monkeypatch.setattr(page, "on_change",
                        lambda changes: threads.append(QThread.currentThread()) or on_change(changes))
    ui_thread = QThread.currentThread()

    worker = threading.Thread(target=lambda: services.contacts.create(given_name="Zora"))
    worker.start()
    worker.join()
    assert threads == [], "nothing runs on the worker's thread or before the event loop"
    qtbot.waitUntil(lambda: len(threads) == 1)
    assert threads == [ui_thread]
    names = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert any("Zora" in (name or "") for name in names), names


def test_a_page_refresh_that_raises_keeps_the_undo_entry(qtbot, services, person, monkeypatch,
                                                         caplog):
    promise = services.promises.add(person, PromiseOwner.ME, "Folien schicken")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    today = window.pages["today"]
    assert isinstance(today, Refreshable)

    def broken_refresh():
        raise RuntimeError("a bug in a page")

    monkeypatch.setattr(today, "refresh", broken_refresh)
    assert today.select(ItemKind.MY_PROMISE, promise)
    today.tree.setFocus()
    with caplog.at_level(logging.ERROR):
        qtbot.keyClick(today.tree, Qt.Key.Key_D, CTRL)
    assert services.promises.get(promise).state.value == "kept", "the change is committed"
    assert window.undo_stack.count() == 1, "and its undo entry is on the stack"
    assert "refreshing TodayPage failed" in caplog.text, "the traceback is in the log"
    assert "could not be updated" in window.statusBar().currentMessage(), "the user is told"
    monkeypatch.undo()  # the page works again; Ctrl+Z takes the Done back
    qtbot.keyClick(today.tree, Qt.Key.Key_Z, CTRL)
    assert services.promises.get(promise).state.value == "open"


def test_showing_the_dashboard_writes_nothing(qtbot, services, person):
    # The weekly reminder exists and the settings moved its day: the old refresh "fixed"
    # the reminder (a write, whose notice refreshed the page again, hence a guard).
    services.journal.ensure_weekly_reminder("Weekly review")
    settings = services.settings.load()
    from dataclasses import replace

    services.settings.save(replace(settings, weekly_review_weekday=(settings.weekly_review_weekday + 1) % 7))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    delivered = []
    services.events.subscribe(delivered.append)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # the Dashboard
    assert window.current_page() is window.pages["dashboard"]
    window.refresh_current()
    QApplication.processEvents()
    assert delivered == [], "a refresh announced a change: it wrote"


def test_the_page_hears_of_a_change_after_the_service_call_returned_not_inside_it(qtbot, services, person):
    promise = services.promises.add(person, PromiseOwner.ME, "Folien schicken")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    today = window.pages["today"]
    inside = []  # not empty while a service call runs
    calls = []  # for each refresh from a notice: was a service call still running?

    def watch(service, name):
        method = getattr(service, name)

        def watched(*args, **kwargs):
            inside.append(name)
            try:
                return method(*args, **kwargs)
            finally:
                inside.pop()

        setattr(service, name, watched)

    watch(services.promises, "set_state")
    watch(services.today, "done")  # what Done on Today calls
    refresh = today.refresh  # Today is Refreshable: its refresh is its on_change
    today.refresh = lambda: calls.append(bool(inside)) or refresh()
    try:
        # The service call, made directly: it returns with nothing delivered yet.
        services.promises.set_state(promise, PromiseState.KEPT)
        assert calls == [], "delivered inside the call, or before the event loop ran"
        qtbot.waitUntil(lambda: len(calls) == 1)
        services.promises.set_state(promise, PromiseState.OPEN)
        qtbot.waitUntil(lambda: len(calls) == 2)
        # And as a person does it: Done with Ctrl+D on the row.
        assert today.select(ItemKind.MY_PROMISE, promise)
        today.tree.setFocus()
        qtbot.keyClick(today.tree, Qt.Key.Key_D, CTRL)
        qtbot.waitUntil(lambda: len(calls) == 3)
    finally:
        del services.promises.set_state, services.today.done
    assert calls == [False, False, False]
    assert services.promises.get(promise).state.value == "kept"
    assert not today.select(ItemKind.MY_PROMISE, promise), "the row left Today's list"


def test_the_timeline_that_deleted_a_note_refreshes_once(qtbot, services, person):
    services.interactions.log(person, "email", "inbound", summary="Older")
    services.interactions.log(person, "email", "inbound", summary="Deleted")
    window, page = contacts_window(qtbot, services)
    window.open_contact(person)
    timeline = page.contact_page.timeline
    refreshes = []
    refresh = timeline.refresh
    timeline.refresh = lambda: refreshes.append(1) or refresh()
    delivered = []
    window.bridge.changed.connect(delivered.append)
    timeline.list.setFocus()
    timeline.list.setCurrentRow(0)
    qtbot.keyClick(timeline.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(delivered) == 1)
    QApplication.processEvents()
    assert delivered[0].initiator is timeline
    assert refreshes == [1], "the timeline refreshed itself at once, and not again on the notice"
    assert timeline.list.count() == 1
    assert window.undo_stack.count() == 1
