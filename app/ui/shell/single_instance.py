"""One running Rapport per data folder: a second launch brings the first window to the front.

The first instance holds a QLockFile in the data folder (stale locks of a crashed process are
taken over) and listens on a QLocalServer whose name is derived from the data folder, so two
folders (e.g. --data-dir for a test network) can run side by side. A later launch fails to
take the lock, connects, sends "activate" and exits without ever opening the database.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 3000


def server_name(data_dir: Path) -> str:
    """Short (socket paths are limited), per user and per data folder."""
    key = f"{getpass.getuser()}:{Path(data_dir).expanduser().resolve()}"
    return "rapport-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.data_dir / "rapport.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale, never an old one
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if this process is the first: it then listens for later launches."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name,
                        self._server.errorString())
        else:
            self._server.newConnection.connect(self._on_connection)
            log.info("single instance: listening on %s", self.name)
        return True

    def activate_running(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """Ask the running instance to come to the front. False if it did not answer."""
        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            # The first instance may hold the lock but not listen yet: retry until the deadline.
            if socket.waitForConnected(min(250, max(1, deadline.remainingTime()))):
                socket.write(ACTIVATE)
                sent = socket.waitForBytesWritten(max(1, deadline.remainingTime()))
                socket.disconnectFromServer()
                return sent
            QThread.msleep(50)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("single instance: a second launch asked to bring the window to the front")
            self.activation_requested.emit()


def bring_to_front(window) -> None:
    """Show a window that may be minimised or hidden in the tray, and focus it."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
