"""The window before the data: a start paints the main window's frame (sidebar, menus, the
remembered size, language and theme) at once, then opens the database and builds the pages.

Importing SQLAlchemy and the services and opening the database take about a second at
50,000 contacts; the frame does not wait for them. It is disabled until the pages are in
(no menu or shortcut can reach a service that is not there yet) and says so in its status
bar. The language and theme live in the database, which is not open yet: the last ones are
remembered in QSettings, and a start whose database says otherwise switches when it is open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)
LANGUAGE_KEY, THEME_KEY = "look/language", "look/theme"
NO_PAINT_MS = 500  # a window that is never exposed (started minimised) still loads


def remembered_look() -> tuple[str, str]:
    settings = QSettings()
    return (str(settings.value(LANGUAGE_KEY, "system")), str(settings.value(THEME_KEY, "system")))


def apply_look(app: QApplication, language: str, theme_name: str) -> tuple[str, str]:
    """Install the translators and the theme, and remember both for the next start's frame."""
    from app.ui.shell.i18n import install_translators
    from app.ui.widgets import theme

    install_translators(app, language)
    theme.apply(app, theme_name)
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.setValue(THEME_KEY, theme_name)
    return language, theme_name


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(NO_PAINT_MS, self._go)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            # After this paint and its children's, in the same flush, are on the screen.
            QTimer.singleShot(0, self._go)
        return False

    def _go(self) -> None:
        if self._done:
            return
        self._done = True
        self.parent().removeEventFilter(self)
        self._then()


def when_painted(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, on the event loop, right after the window's first paint (or after
    NO_PAINT_MS when it is not painted, e.g. started minimised)."""
    _FirstPaint(window, then)
