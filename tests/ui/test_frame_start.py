"""A start paints the window's frame before the database and SQLAlchemy load (frame.py):
the frame must be inert, say what it is doing, speak the last language, and become the
full window once the services are attached."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.ui.shell import launch
from app.ui.shell.frame import LANGUAGE_KEY, THEME_KEY, when_painted
from app.ui.shell.i18n import remove_translators
from app.ui.shell.main_window import MainWindow


def shown(qtbot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_frame_is_built_without_the_database_layer():
    """The point of the frame: nothing of SQLAlchemy, pydantic or the services is imported
    to paint it (they are most of a cold start)."""
    code = ("import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
            "from app.ui.shell.main_window import MainWindow\nwindow = MainWindow()\nwindow.show()\n"
            "app.processEvents()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', "
            "'pydantic') or m.startswith(('app.services', 'app.storage'))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.qt_log_ignore("Keyboard event not accepted")  # the inert frame refuses it
def test_the_frame_says_it_is_opening_and_ignores_keys_until_the_data_is_there(qtbot, services):
    window = shown(qtbot, MainWindow())
    assert not window.isEnabled()
    assert window.statusBar().currentMessage() == "Opening your network…"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go to Contacts
    assert window.sidebar.currentRow() == 0 and not window.pages.is_built("today")

    window.attach(services)
    assert window.isEnabled() and window.statusBar().currentMessage() != "Opening your network…"
    assert window.pages.is_built("today") and window.current_page() is window.pages["today"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["contacts"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # menus are live
    assert window.undo_action.isEnabled() is False  # nothing to undo yet, but the action exists


def test_the_next_frame_speaks_the_language_the_database_chose(qtbot, services):
    """The language is a database setting; the frame, painted before the database is open,
    takes the one the last start used, and a start whose database says otherwise switches."""
    app = QApplication.instance()
    settings = services.settings.load()
    settings.language = "de"
    services.settings.save(settings)
    before = QLocale()
    try:
        frame = shown(qtbot, MainWindow())
        window = launch.start_window(app, services, first_run=False, frame=frame,
                                     look=("en", "system"))
        assert window is frame
        assert QSettings().value(LANGUAGE_KEY) == "de" and QSettings().value(THEME_KEY) == "system"
        assert [a.text() for a in window.menuBar().actions()][0] == "&Datei"
        again = shown(qtbot, MainWindow())  # the next start's frame, before its database
        assert [a.text() for a in again.menuBar().actions()][0] == "&Datei"
    finally:
        remove_translators(app)
        QLocale.setDefault(before)


def test_loading_waits_for_the_first_paint(qtbot):
    window = shown(qtbot, MainWindow())
    calls = []
    when_painted(window, lambda: calls.append(window.isVisible()))
    window.update()
    qtbot.waitUntil(lambda: calls == [True], timeout=3000)
    qtbot.wait(700)  # the no-paint fallback timer must not load a second time
    assert calls == [True]
