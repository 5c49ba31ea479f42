"""Notifications behind one interface, with fallbacks: a desktop notification over DBus
(desktop-notifier) → a tray balloon (only where a tray exists) → an in-app banner.

Every adapter reports clicks through `clicked(contact_id)`, so a click opens the contact
whichever way the message went out.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget,
)

from app.ui.widgets import accessibility

log = logging.getLogger(__name__)

BANNER_MS = 12_000  # long enough to read two lines and reach for the mouse
NO_CONTACT = -1  # Signals carry ints; -1 means "not about one contact"


class Notifier(QObject):
    """The interface. `clicked` carries the contact id (or NO_CONTACT)."""

    clicked = Signal(int)
    name = "none"

    def available(self) -> bool:
        raise NotImplementedError

    def notify(self, title: str, body: str, contact_id: int | None = None) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release threads or widgets (at quit)."""


class DesktopNotifier(Notifier):
    """A native notification via desktop-notifier, whose asyncio loop runs in its own
    thread; click callbacks come back to the GUI thread through a queued Signal. A message
    whose sending fails (the notification service went away) is handed on through `failed`
    (build_chain passes it to the banner), so it is not lost."""

    name = "desktop"
    failed = Signal(str, str, int)  # title, body, contact id: emitted from the asyncio thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._notifier = None

    def available(self) -> bool:
        if sys.platform != "linux":
            return _importable()
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not _importable():
            return False
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        reply = bus.interface().isServiceRegistered("org.freedesktop.Notifications")
        return bool(reply.value()) if reply.isValid() else False

    def notify(self, title: str, body: str, contact_id: int | None = None) -> None:
        from desktop_notifier import DesktopNotifier as Backend

        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, name="notifications",
                                            daemon=True)
            self._thread.start()
            self._notifier = Backend(app_name="Rapport")
        target = NO_CONTACT if contact_id is None else contact_id
        coroutine = self._notifier.send(  # type: ignore[union-attr]
            title=title, message=body, on_clicked=lambda: self.clicked.emit(target))
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        future.add_done_callback(lambda done: self._check_sent(done, title, body, target))

    def _check_sent(self, future, title: str, body: str, contact_id: int) -> None:
        if future.cancelled() or future.exception() is None:
            return
        # The kind only: the exception's text may quote the message, i.e. a private note.
        log.warning("desktop notification failed (%s); showing it in the window",
                    type(future.exception()).__name__)
        self.failed.emit(title, body, contact_id)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            if self._thread is not None:
                self._thread.join(timeout=2)
            if not self._loop.is_running():
                self._loop.close()  # else it is left to the daemon thread at exit
            self._loop, self._thread = None, None


def _importable() -> bool:
    try:
        import desktop_notifier  # noqa: F401
    except ImportError:
        return False
    return True


class TrayNotifier(Notifier):
    """A balloon from the tray icon. Only where a tray exists: supportsMessages() says
    True even where nothing is shown, so it is not asked."""

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self._last_contact = NO_CONTACT
        if tray is not None:
            tray.messageClicked.connect(lambda: self.clicked.emit(self._last_contact))

    def available(self) -> bool:
        return self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable()

    def notify(self, title: str, body: str, contact_id: int | None = None) -> None:
        self._last_contact = NO_CONTACT if contact_id is None else contact_id
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, BANNER_MS)


class Banner(QFrame):
    """A strip across the top of the window: title, text, Open and a close button."""

    open_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#notificationBanner { background: palette(base); "
                           "border: 1px solid palette(mid); border-radius: 6px; }")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_clicked)
        close = QPushButton(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        # The title above the text, the buttons below on the right: a digest of a few
        # lines reads as one block, and the title no longer takes half the width.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=BANNER_MS, timeout=self.hide)
        self.hide()

    def show_message(self, title: str, body: str, about_contact: bool = True) -> None:
        self.title.setText(title)
        self.body.setText(body)
        # Not about one person (the morning digest): the button opens Today.
        self.open_button.setText(self.tr("Open") if about_contact else self.tr("Open Today"))
        parent = self.parentWidget()
        width = min(560, parent.width() - 40)
        self.setFixedWidth(width)
        self.adjustSize()
        # Bottom right, above the status bar, like a desktop toast: it must not cover the
        # page's header and buttons (it did at the top: Snooze was hidden under it).
        bottom_margin = 16 + (parent.statusBar().height() if hasattr(parent, "statusBar") else 0)
        self.move(parent.width() - width - 16, parent.height() - self.height() - bottom_margin)
        self.raise_()
        self.show()
        self._timer.start()
        accessibility.announce(self, f"{title}: {body}")  # a reminder arrived: say it


class BannerNotifier(Notifier):
    """The last resort, always available while the window exists."""

    name = "banner"

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.banner = Banner(window)
        self._contact = NO_CONTACT
        self.banner.open_clicked.connect(self._open)

    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str, contact_id: int | None = None) -> None:
        self._contact = NO_CONTACT if contact_id is None else contact_id
        self.banner.show_message(title, body, contact_id is not None)

    def _open(self) -> None:
        self.banner.hide()
        self.clicked.emit(self._contact)


def choose_notifier(style: str, chain: list[Notifier]) -> Notifier:
    """The first available adapter, starting at the one the setting asks for ("auto":
    from the top). The banner at the end of the chain is always available."""
    names = [n.name for n in chain]
    start = names.index(style) if style in names else 0
    for notifier in chain[start:]:
        if notifier.available():
            return notifier
    return chain[-1]


def build_chain(window: QWidget, tray: QSystemTrayIcon | None) -> list[Notifier]:
    desktop, banner = DesktopNotifier(window), BannerNotifier(window)
    desktop.failed.connect(banner.notify)  # queued: the banner is shown in the GUI thread
    return [desktop, TrayNotifier(tray, window), banner]
