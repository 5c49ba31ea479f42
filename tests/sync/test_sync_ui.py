"""Settings → Sync account and the status-bar sync, against the real Radicale: typed into the
fields, clicked, pressed, as a person does."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication

from app.sync import account as accounts
from app.ui.settings.accounts_dialog import AccountsDialog
from app.ui.shell import sync_status
from app.ui.shell.main_window import MainWindow
from app.ui.shell.sync_status import install_sync
from tests.sync.conftest import PASSWORD, free_port, make_account, stop_radicale

PHONE_CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
              "N:Okafor;Chiamaka;;;\r\nFN:Chiamaka Okafor\r\nORG:Lagos Fintech;\r\n"
              "item1.X-ABLabel:_$!<Other>!$_\r\nUID:phone-card-1\r\nEND:VCARD\r\n")


@pytest.fixture
def dialog(qtbot, services, memory_keyring):
    made = AccountsDialog(services)
    qtbot.addWidget(made)
    made.show()
    return made


def fill(qtbot, dialog, url: str, user: str, password: str) -> None:
    for field, text in ((dialog.url, url), (dialog.user, user), (dialog.password, password)):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, text)


def click_test(qtbot, dialog) -> bool:
    with qtbot.waitSignal(dialog.tested, timeout=30_000) as result:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_button.isEnabled()
    return result.args[0]


def test_the_connection_test_says_a_wrong_password_then_connects_with_the_right_one(
        qtbot, dialog, account):
    fill(qtbot, dialog, account.url, account.user, "not the password")
    assert click_test(qtbot, dialog) is False
    assert dialog.message.text() == "The server refused the user name or password."
    fill(qtbot, dialog, account.url, account.user, account.password)
    assert click_test(qtbot, dialog) is True
    assert dialog.message.text() == "Connected: the address book was found."
    assert dialog.message.toolTip() == account.book


def test_the_test_does_not_freeze_the_window_while_the_server_is_silent(qtbot, dialog):
    """A server that accepts the connection and never answers: the dialog keeps working."""
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        fill(qtbot, dialog, f"http://127.0.0.1:{silent.getsockname()[1]}/", "me", "pw")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == "Testing the connection…"
        assert not dialog.test_button.isEnabled()
        qtbot.keyClicks(dialog.user, "x")  # typing still works: the event loop runs
        assert dialog.user.text() == "mex"
        dialog.worker.cancel()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)


@pytest.mark.parametrize("case", ["wrong host", "no address book", "tls", "not carddav"])
def test_the_connection_test_names_what_is_wrong(qtbot, dialog, radicale, tmp_path, case, request):
    if case == "no address book":
        bare = make_account(radicale, tmp_path, book=False)
        url, user, expected = bare.url, bare.user, "it has no address book yet"
    elif case == "wrong host":
        url, user, expected = f"http://127.0.0.1:{free_port()}/", "user0", "cannot be reached"
    elif case == "tls":  # https to a server that speaks plain http
        url, user, expected = radicale.url.replace("http:", "https:"), "user0", "TLS"
    else:
        web = web_page_server(request)
        url, user, expected = web, "user0", "No CardDAV server answers at this address"
    fill(qtbot, dialog, url, user, PASSWORD)
    assert click_test(qtbot, dialog) is False
    assert expected in dialog.message.text()


def web_page_server(request) -> str:
    """A web server that answers every request with a plain HTML page (not CardDAV)."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Page(BaseHTTPRequestHandler):
        def _page(self):
            body = b"<html><body>Welcome</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PROPFIND = _page

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    request.addfinalizer(server.server_close)
    request.addfinalizer(server.shutdown)
    return f"http://127.0.0.1:{server.server_port}/"


def test_the_connection_test_speaks_german(qtbot, dialog, account, qapp):
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import install_translators, remove_translators

    before = QLocale()
    install_translators(qapp, "de")
    try:
        fill(qtbot, dialog, account.url, account.user, "falsch")
        assert click_test(qtbot, dialog) is False
        assert dialog.message.text() == "Der Server hat den Benutzernamen oder das Passwort abgelehnt."
        assert dialog.test_button.text() == "Verbindung &testen"
    finally:  # as it was: no translator, the test locale (another language leaks into later tests)
        remove_translators(qapp)
        QLocale.setDefault(before)


def test_save_keeps_the_password_only_in_the_keyring_and_remove_forgets_it(
        qtbot, dialog, account, services, memory_keyring):
    fill(qtbot, dialog, account.url, account.user, account.password)
    dialog.interval.setFocus()
    dialog.interval.selectAll()
    qtbot.keyClicks(dialog.interval, "30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == AccountsDialog.DialogCode.Accepted
    assert accounts.stored_account(services.db) == (account.url, account.user)
    assert list(memory_keyring.store.values()) == [account.password]
    assert services.settings.load().sync_interval_minutes == 30
    db_bytes = b"".join(p.read_bytes() for p in services.db.path.parent.glob("rapport.db*"))
    assert account.password.encode() not in db_bytes

    again = AccountsDialog(services)  # opened again: the fields say what is saved
    qtbot.addWidget(again)
    assert (again.url.text(), again.user.text(), again.password.text()) == (account.url, account.user, "")
    assert click_test(qtbot, again) is True  # the kept password is used
    qtbot.mouseClick(again.remove_button, Qt.MouseButton.LeftButton)
    assert accounts.stored_account(services.db) is None and memory_keyring.store == {}


# --- the status bar and automatic sync -------------------------------------------------------
@pytest.fixture
def window(qtbot, services, memory_keyring, monkeypatch):
    monkeypatch.setattr(sync_status, "START_DELAY_MS", 10)
    monkeypatch.setattr(sync_status, "MINUTE_MS", 300)  # "every 1 minute" passes in 0.3 s
    made = MainWindow(services)
    qtbot.addWidget(made)
    made.show()
    yield made
    if hasattr(made, "sync_status"):
        made.sync_status.stop()


def record_status(status) -> list[str]:
    """What the status bar said at the end of each sync (the next may start soon after)."""
    said: list[str] = []
    status.outcomes = []
    status.finished.connect(lambda outcome: (said.append(status.label.text()),
                                             status.outcomes.append(outcome)))
    return said


def short_time(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def listed_names(page) -> list[str]:
    model = page.table.model()
    return [model.index(row, model.COL_NAME, QModelIndex()).data() for row in range(model.rowCount())]


def test_automatic_sync_brings_a_card_from_the_phone_into_the_open_contacts_page(
        qtbot, window, services, account):
    services.contacts.create(given_name="Maxi", family_name="Müller")
    accounts.save_account(services.db, account.url, account.user, account.password)
    services.settings.save(__import__("dataclasses").replace(services.settings.load(),
                                                             sync_interval_minutes=1))
    window.show_page("contacts")
    page = window.current_page()
    status = install_sync(window, services)
    said = record_status(status)
    with qtbot.waitSignal(status.finished, timeout=60_000) as first:  # the sync at start
        pass
    assert first.args[0].report.pushed == 1
    assert said[0] == f"Synced at {short_time(9, 30)}"
    # the phone adds a card on the server
    response = requests.put(f"{account.book}phone-card-1.vcf", data=PHONE_CARD.encode(),
                            auth=(account.user, account.password), timeout=10,
                            headers={"Content-Type": "text/vcard"})
    assert response.status_code == 201
    assert "Chiamaka Okafor" not in listed_names(page)
    # nobody clicks: the sync every "minute" brings it to the page in view
    qtbot.waitUntil(lambda: "Chiamaka Okafor" in listed_names(page), timeout=60_000)
    assert window.current_page() is page
    qtbot.waitUntil(lambda: any(o.report.pulled for o in status.outcomes), timeout=60_000)
    assert [o.report.pulled for o in status.outcomes if o.report.pulled] == [1]


def test_the_status_bar_says_why_the_sync_failed_when_the_server_is_stopped(
        qtbot, window, services, own_radicale, tmp_path):
    phone = make_account(own_radicale, tmp_path)
    accounts.save_account(services.db, phone.url, phone.user, phone.password)
    status = install_sync(window, services)
    said = record_status(status)
    with qtbot.waitSignal(status.finished, timeout=60_000):
        pass
    assert said == [f"Synced at {short_time(9, 30)}"]
    stop_radicale(own_radicale)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(status.finished, timeout=60_000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)  # Sync now
    assert said[1] == status.label.text() == "Sync failed: server not reachable"
    assert status.label.toolTip().startswith("The server cannot be reached. Check the address "
                                             "and the network, or whether the server is running.")
    assert "cannot reach the server" in status.label.toolTip()  # the detail for a bug report
    assert status.label.isVisible()


def test_settings_opens_the_account_dialog_and_ok_there_keeps_what_it_saved(
        qtbot, services, account, memory_keyring):
    from app.ui.settings.settings_dialog import SettingsDialog
    from tests.ui.modal import check, when_modal

    settings = SettingsDialog(services)
    qtbot.addWidget(settings)
    settings.show()

    def set_up(dialog):
        assert isinstance(dialog, AccountsDialog)
        fill(qtbot, dialog, account.url, account.user, account.password)
        dialog.interval.setFocus()
        dialog.interval.selectAll()
        qtbot.keyClicks(dialog.interval, "45")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, set_up)
    qtbot.mouseClick(settings.accounts_button, Qt.MouseButton.LeftButton)
    check(done)
    qtbot.mouseClick(settings.keep_in_tray, Qt.MouseButton.LeftButton)  # a change of its own
    qtbot.mouseClick(settings.buttons.button(settings.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert services.settings.load().sync_interval_minutes == 45
    assert services.settings.load().keep_in_tray is True
    assert accounts.stored_account(services.db) == (account.url, account.user)


def test_the_first_sync_shows_progress_can_be_cancelled_and_the_next_finishes_it(
        qtbot, window, services, account):
    for number in range(40):
        services.contacts.create(given_name=f"Person {number}", family_name="Progress")
    accounts.save_account(services.db, account.url, account.user, account.password)
    status = install_sync(window, services)
    status.timer.stop()  # no sync at start: this test presses F5
    said = record_status(status)
    seen: list[tuple[bool, int]] = []

    def on_progress(value: int) -> None:
        seen.append((status.bar.isVisible(), value))
        if value >= 10 and not status.outcomes and not status.worker.is_cancelled():
            qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)  # once

    status.bar.valueChanged.connect(on_progress)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(status.finished, timeout=60_000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert status.outcomes[0].cancelled
    assert said[0] == "Sync cancelled; the next one goes on from there"
    assert seen and all(visible for visible, _value in seen) and seen[-1][1] < 40
    assert not status.bar.isVisible()
    seen.clear()
    with qtbot.waitSignal(status.finished, timeout=60_000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert status.outcomes[1].report is not None and status.outcomes[1].report.ok
    assert said[1].startswith("Synced at")
    assert seen and all(visible for visible, _value in seen)  # it goes on with a progress bar
    assert seen[-1][1] == status.bar.maximum()
    with qtbot.waitSignal(status.finished, timeout=60_000):  # later syncs take a moment: no bar
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert said[2].startswith("Synced at") and not status.bar.isVisible()
    listing = requests.request("PROPFIND", account.book, auth=(account.user, account.password),
                               headers={"Depth": "1"}, timeout=10)
    assert listing.text.count(".vcf</") == 40  # each contact once, none twice


def test_without_a_system_keyring_save_says_so_and_keeps_nothing(qtbot, services, account):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = AccountsDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(qtbot, dialog, account.url, account.user, account.password)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # still open, saying why
        assert dialog.message.text().startswith("No system keyring is available")
        assert accounts.stored_account(services.db) is None
    finally:
        keyring.set_keyring(previous)
