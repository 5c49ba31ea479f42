"""The tray icon and its menu (due count, show Today, quick log, quit), and the one call
that starts Rapport's background work: `install_background(window, services)`.

Closing the window keeps the app in the tray when settings.keep_in_tray is on and a tray
exists; otherwise closing quits as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from app.services import Services
from app.ui.widgets.bridge import ChangeBridge
from app.ui.shell.notifications import NO_CONTACT, build_chain, choose_notifier
from app.ui.shell.scheduler import Scheduler


class Tray(QObject):
    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.icon = QSystemTrayIcon(_app_icon(window), self)
        self.icon.setToolTip(self.tr("Rapport"))
        self.menu = QMenu(window)
        self.due_action = self.menu.addAction("")
        self.due_action.setEnabled(False)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Show Today"), self.show_today)
        self.menu.addAction(self.tr("Log an interaction…"), self.quick_log)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit Rapport"), QApplication.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.refresh()

    def refresh(self) -> None:
        count = self.services.today.build(cap=1).due_count
        text = self.tr("%n thing(s) due today", "", count)
        self.due_action.setText(text)
        self.icon.setToolTip(self.tr("Rapport: %1").replace("%1", text))

    def show_today(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if hasattr(self.window, "show_page"):
            self.window.show_page("today")

    def quick_log(self) -> None:
        self.show_today()
        if hasattr(self.window, "log_interaction"):
            self.window.log_interaction()

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_today()


class _KeepInTray(QObject):
    """Turns closing the window into hiding it, while the setting says so."""

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self.services = services
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and self.services.settings.load().keep_in_tray:
            event.ignore()
            watched.hide()
            return True
        return False


class Background(QObject):
    """What install_background starts; kept on the window so it lives as long."""

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self.tray: Tray | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = Tray(window, services)
            self.tray.icon.show()
            _KeepInTray(window, services)
            QApplication.setQuitOnLastWindowClosed(False)
            self.bridge = ChangeBridge(services.events, self)
            self.bridge.changed.connect(lambda _change: self.tray.refresh())
        self.chain = build_chain(window, self.tray.icon if self.tray else None)
        for notifier in self.chain:
            notifier.clicked.connect(lambda contact_id: self._open(window, contact_id))
        style = services.settings.load().notification_style
        self.notifier = choose_notifier(style, self.chain)
        self.scheduler = Scheduler(services, self.notifier.notify, self)
        self.scheduler.start()
        QApplication.instance().aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        self.scheduler.stop()
        for notifier in self.chain:
            notifier.close()

    @staticmethod
    def _open(window: QWidget, contact_id: int) -> None:
        window.showNormal()
        window.raise_()
        if contact_id != NO_CONTACT and hasattr(window, "open_contact"):
            window.open_contact(contact_id)
        elif contact_id == NO_CONTACT and hasattr(window, "show_page"):
            window.show_page("today")  # the morning digest: its people are on Today


def install_background(window: QWidget, services: Services) -> Background:
    """Start the scheduler, the notifier chain and (where a tray exists) the tray icon."""
    background = Background(window, services)
    window.setProperty("rapport_background", True)
    window._rapport_background = background  # keep a Python reference as long as the window
    return background


def _app_icon(window: QWidget) -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():
        icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return icon
