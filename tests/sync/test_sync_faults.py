"""`rapport sync`: its summary and exit code, clear errors, a malformed card, a killed sync."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from app.cli import main
from app.domain.clock import SystemClock
from app.services import Services
from app.storage.database import Database
from app.sync.dav import CardDavClient
from app.sync.engine import ContactSync, sync_contacts
from tests.sync.conftest import free_port


def cli(tmp_path, account, *extra, url=None, password_file=None) -> int:
    return main(["--data-dir", str(tmp_path / "cli-data"), "sync", "--url", url or account.url,
                 "--user", account.user, "--password-file",
                 str(password_file or account.password_file), *extra])


def add_contacts(folder: Path, count: int) -> None:
    db = Database.open(folder / "rapport.db")
    services = Services(db, SystemClock())
    for number in range(count):
        services.contacts.create(given_name=f"Person{number:04d}", family_name="Test",
                                 emails=[{"value": f"p{number}@example.org", "label": "work"}])
    db.close()


def test_cli_sync_prints_one_line_and_exits_0_when_everything_synced(tmp_path, account, capsys):
    add_contacts(tmp_path / "cli-data", 2)
    assert cli(tmp_path, account) == 0
    assert capsys.readouterr().out.strip() == "Pulled 0, pushed 2, conflicts merged 0"
    assert cli(tmp_path, account) == 0
    assert capsys.readouterr().out.strip() == "Pulled 0, pushed 0, conflicts merged 0"


def test_wrong_password_is_a_clear_error(tmp_path, account, capsys):
    wrong = tmp_path / "wrong"
    wrong.write_text("not it\n")
    assert cli(tmp_path, account, password_file=wrong) == 2
    err = capsys.readouterr().err
    assert "refused the user name or password (401)" in err


def test_an_account_without_an_address_book_is_a_clear_error(tmp_path, account, capsys):
    # the fixture made an address book for account.user; another user of the server has none
    other = tmp_path / "other"
    other.write_text(account.password)
    code = main(["--data-dir", str(tmp_path / "d"), "sync", "--url", account.url, "--user",
                 "user39", "--password-file", str(other)])
    assert code == 2
    assert "has no address book" in capsys.readouterr().err


class _NotDav(BaseHTTPRequestHandler):
    def do_PROPFIND(self):  # noqa: N802 (http.server's naming)
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args):
        pass


def test_a_url_that_is_no_carddav_server_is_a_clear_error(tmp_path, account, capsys):
    server = HTTPServer(("127.0.0.1", 0), _NotDav)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        code = cli(tmp_path, account, url=f"http://127.0.0.1:{server.server_port}/dav/")
    finally:
        server.shutdown()
        server.server_close()
    assert code == 2
    assert "no CardDAV service at" in capsys.readouterr().err


def test_a_server_that_is_down_is_a_clear_error(tmp_path, account, capsys):
    assert cli(tmp_path, account, url=f"http://127.0.0.1:{free_port()}/") == 2
    assert "cannot reach the server" in capsys.readouterr().err


def test_a_server_that_does_not_answer_times_out_with_a_clear_error(tmp_path, account, capsys):
    with socket.socket() as silent:  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        started = time.monotonic()
        code = cli(tmp_path, account, "--timeout", "0.5", url=f"http://127.0.0.1:{silent.getsockname()[1]}/")
    assert code == 2 and time.monotonic() - started < 10
    assert "did not answer within 0.5 s" in capsys.readouterr().err


class _Corrupting(CardDavClient):
    """Radicale refuses a broken vCard on PUT, so the broken one is made on the way in."""

    def get_many(self, hrefs):
        cards = super().get_many(hrefs)
        return [card if "Broken" not in card.text else
                type(card)(card.href, card.etag, card.text.replace("N:", "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E9=", 1))
                for card in cards]


def test_a_malformed_card_from_the_server_is_reported_by_uid_and_the_rest_syncs(devices, account):
    a, b = devices
    for name in ("Good", "Broken", "Fine"):
        a.services.contacts.create(given_name=name, family_name="Card")
    s = a.services
    assert sync_contacts(s.db, s.clock, s.events, account.url, account.user, account.password).ok
    with _Corrupting(account.url, account.user, account.password) as client:
        report = ContactSync(b.db, b.clock, b.services.events, client).run()
    assert not report.ok and report.pulled == 2
    [problem] = report.problems
    with a.db.read() as conn:
        broken_uid = conn.exec_driver_sql(
            "SELECT uid FROM sync_card JOIN contact ON contact.id = contact_id "
            "WHERE given_name = 'Broken'").scalar()
    assert f"vCard {broken_uid} on the server is malformed" in problem
    assert sorted(r.name for r in b.services.contacts.list_rows()) == ["Fine Card", "Good Card"]


def server_count(account) -> int:
    with CardDavClient(account.url, account.user, account.password) as client:
        client.discover()
        return len(client.list_etags())


@pytest.mark.slow
def test_a_first_sync_killed_mid_way_resumes_without_duplicates(tmp_path, account, radicale):
    total = 300
    folder = tmp_path / "killed"
    add_contacts(folder, total)
    book_dir = radicale.folder / "collections" / "collection-root" / account.user / "contacts"
    command = [sys.executable, "-m", "app", "--data-dir", str(folder), "sync", "--url", account.url,
               "--user", account.user, "--password-file", str(account.password_file)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=dict(os.environ, PYTHONPATH=str(Path.cwd())))
    deadline = time.monotonic() + 120
    while len(list(book_dir.glob("*.vcf"))) < 40 and time.monotonic() < deadline:
        assert process.poll() is None, "the sync ended before it could be killed"
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    on_server = len(list(book_dir.glob("*.vcf")))
    assert 40 <= on_server < total, "killed mid-way"
    db = Database.open(folder / "rapport.db")
    services = Services(db, SystemClock())
    report = sync_contacts(db, services.clock, services.events, account.url, account.user,
                           account.password)
    assert report.ok, report.problems
    assert server_count(account) == total
    assert services.contacts.count() == total
    db.close()
    # a second device's first pull, killed after its first batch was committed
    second = tmp_path / "second"
    add_contacts(second, 0)
    command[command.index(str(folder))] = str(second)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=dict(os.environ, PYTHONPATH=str(Path.cwd())))
    db = Database.open(second / "rapport.db")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with db.read() as conn:
            if conn.exec_driver_sql("SELECT count(*) FROM contact").scalar():
                break
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with db.read() as conn:
        assert 0 < conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() < total
    services = Services(db, SystemClock())
    again = sync_contacts(db, services.clock, services.events, account.url, account.user,
                          account.password)
    assert again.ok and again.pushed == 0
    names = [r.name for r in services.contacts.list_rows()]
    assert len(names) == len(set(names)) == total
    db.close()
    assert server_count(account) == total


def test_a_saved_account_syncs_without_arguments_and_its_password_is_only_in_the_keyring(
        tmp_path, account, capsys, memory_keyring):
    add_contacts(tmp_path / "cli-data", 1)
    assert cli(tmp_path, account, "--save") == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "cli-data"), "sync"]) == 0
    assert capsys.readouterr().out.strip() == "Pulled 0, pushed 0, conflicts merged 0"
    assert list(memory_keyring.store.values()) == [account.password]
    db_bytes = b"".join(p.read_bytes() for p in (tmp_path / "cli-data").glob("rapport.db*"))
    assert account.password.encode() not in db_bytes
    assert main(["--data-dir", str(tmp_path / "cli-data"), "sync", "--forget"]) == 0
    assert memory_keyring.store == {}
    assert main(["--data-dir", str(tmp_path / "cli-data"), "sync"]) == 2
    assert "no sync account is set up" in capsys.readouterr().err


def test_saving_an_account_without_a_keyring_is_a_clear_error(tmp_path, account, capsys):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert cli(tmp_path, account, "--save") == 2
    finally:
        keyring.set_keyring(previous)
    assert "no system keyring is available" in capsys.readouterr().err
