"""A real Radicale (CardDAV/CalDAV server) on a free loopback port, one per test session,
with htpasswd users; each test takes a fresh user with an empty address book."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from app.domain.clock import FixedClock
from app.services import Services
from app.storage.database import Database
from tests.conftest import BERLIN, NOW

USERS = 80
PASSWORD = "s3cret pass"
_next_user = itertools.count()


@dataclass
class Server:
    url: str
    folder: Path
    process: subprocess.Popen


@dataclass
class Account:
    url: str  # the server root: discovery starts here
    user: str
    password: str
    book: str  # the address book's URL
    password_file: Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _storage_parent(tmp_path_factory) -> Path:
    """tmpfs where there is one: Radicale fsyncs every PUT, 108 ms a card on this disk
    against 47 ms in /dev/shm; the protocol is the same."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="rapport-radicale-", dir=shm))
    return tmp_path_factory.mktemp("radicale")


# The item cache may trust a card file's mtime and size instead of reading and hashing every
# card on every listing (bench/sync_bench.py). Radicale's fsync per write cannot be turned
# off from a config file (`_filesystem_fsync` is internal); on tmpfs it costs nothing.
FAST_STORAGE = "use_mtime_and_size_for_item_cache = True\n"


def start_radicale(folder: Path) -> Server:
    """A Radicale serving folder on a free loopback port, with USERS htpasswd users."""
    port = free_port()
    users = folder / "users"
    users.write_text("".join(f"user{n}:{PASSWORD}\n" for n in range(USERS)))
    config = folder / "config"
    config.write_text(f"""
[server]
hosts = 127.0.0.1:{port}
delay_on_error = 0
[auth]
type = htpasswd
htpasswd_filename = {users}
htpasswd_encryption = plain
delay = 0
[rights]
type = owner_only
[storage]
filesystem_folder = {folder / "collections"}
{FAST_STORAGE}[web]
type = none
[logging]
level = warning
""")
    with (folder / "radicale.log").open("w") as log:
        process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                                   stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(url, timeout=1).close()
            break
        except requests.ConnectionError as error:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise RuntimeError("Radicale did not start: " + (folder / "radicale.log").read_text()) from error
            time.sleep(0.1)
    return Server(url, folder, process)


def stop_radicale(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        server.process.wait(10)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory):
    server = start_radicale(_storage_parent(tmp_path_factory))
    yield server
    stop_radicale(server)
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def own_radicale(tmp_path_factory):
    """A Radicale for one test alone, which the test may stop (server down)."""
    server = start_radicale(_storage_parent(tmp_path_factory))
    yield server
    stop_radicale(server)
    shutil.rmtree(server.folder, ignore_errors=True)


def make_account(server: Server, folder: Path, book: bool = True) -> Account:
    """A fresh user of server; with an empty address book unless book is False."""
    user = f"user{next(_next_user)}"
    address_book = f"{server.url}{user}/contacts/"
    if book:
        with requests.Session() as session:
            session.auth = (user, PASSWORD)
            response = session.request("MKCOL", address_book, data=MKCOL.encode(), timeout=10,
                                       headers={"Content-Type": "application/xml"})
            assert response.status_code == 201, response.text
    password_file = folder / f"{user}.password"
    password_file.write_text(PASSWORD + "\n")
    return Account(server.url, user, PASSWORD, address_book, password_file)


MKCOL = """<?xml version="1.0" encoding="utf-8"?>
<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>
<d:displayname>Contacts</d:displayname></d:prop></d:set></d:mkcol>"""


@pytest.fixture
def account(radicale, tmp_path) -> Account:
    return make_account(radicale, tmp_path)


class _MemoryKeyring:
    """A keyring backend in memory, for the test (the machine has no Secret Service)."""

    def __init__(self):
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1
            store: dict = {}

            def get_password(self, service, username):
                return self.store.get((service, username))

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def delete_password(self, service, username):
                del self.store[(service, username)]

        self.backend = Backend()


@pytest.fixture
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    made = _MemoryKeyring().backend
    keyring.set_keyring(made)
    yield made
    keyring.set_keyring(previous)


class Device:
    """One Rapport install: its own data folder, database, services and clock."""

    def __init__(self, folder: Path, minutes: int = 0) -> None:
        self.folder = folder
        self.clock = FixedClock(NOW + timedelta(minutes=minutes), tz=BERLIN)
        self.db = Database.open(folder / "rapport.db")
        self.services = Services(self.db, self.clock)

    def later(self, minutes: int) -> None:
        self.clock.set(self.clock.now() + timedelta(minutes=minutes))


@pytest.fixture
def devices(tmp_path):
    made = [Device(tmp_path / "device-a"), Device(tmp_path / "device-b", minutes=1)]
    yield made
    for device in made:
        device.db.close()


MKCALENDAR = """<?xml version="1.0" encoding="utf-8"?>
<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>
<d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
<c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>
<d:displayname>Rapport</d:displayname></d:prop></d:set></d:mkcol>"""


@pytest.fixture
def calendar_url(account) -> str:
    """The account also gets a calendar (beside its address book)."""
    url = f"{account.url}{account.user}/calendar/"
    with requests.Session() as session:
        session.auth = (account.user, account.password)
        response = session.request("MKCOL", url, data=MKCALENDAR.encode(), timeout=10,
                                   headers={"Content-Type": "application/xml"})
        assert response.status_code == 201, response.text
    return url
