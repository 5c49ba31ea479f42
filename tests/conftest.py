"""Every test gets its own data dir, a fake clock and, for GUI tests, the offscreen platform."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # set once, before any Qt import

from datetime import datetime  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402

from app.domain.clock import FixedClock  # noqa: E402
from app.services import Services  # noqa: E402
from app.storage.database import Database  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Nothing a test does touches the real user's data, config or QSettings."""
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RAPPORT_DOCUMENTS_DIR", str(home / "Documents"))  # where exports go
    # The CLI speaks the locale's language (LC_ALL, LC_MESSAGES, LANG; LANGUAGE first): tests
    # read English on any developer's machine unless they choose German themselves.
    for name in ("LC_ALL", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_MESSAGES", "C.UTF-8")
    return tmp_path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW, tz=BERLIN)


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "data" / "rapport.db", backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def services(db, clock) -> Services:
    return Services(db, clock)


@pytest.fixture
def person(services) -> int:
    return services.contacts.create(given_name="Maxi", family_name="Müller", company="Trumpf")


# What a simulated key press or click leaves for the event loop (a queued Changes value,
# issue 15) runs before the test looks, as it would before a person could look: in the app
# the event loop handles the input and then, before it idles, the queued calls. QTest itself
# returns at once. Only queued calls (MetaCall events) are sent: no timers, no layouts.
INPUT = ("keyClick", "keyClicks", "keyEvent", "keyPress", "keyRelease", "keySequence",
         "mouseClick", "mouseDClick", "mousePress", "mouseRelease")


@pytest.fixture(autouse=True)
def input_then_queued_calls(request, monkeypatch):
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from pytestqt.qtbot import QtBot

    def then_queued(simulate):
        def run(*args, **kwargs):
            simulate(*args, **kwargs)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        return staticmethod(run)

    for name in INPUT:
        monkeypatch.setattr(QtBot, name, then_queued(getattr(QtBot, name)))


@pytest.fixture
def translators_removed_afterwards(qapp):
    """For tests that run start_window: it installs the system language's translator,
    which would turn the next tests' plurals and words into another language."""
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import remove_translators

    before = QLocale()
    yield
    remove_translators(qapp)  # start_window installs the system language's translator
    QLocale.setDefault(before)
