"""Only one VIP Desk per user and user-data folder: a second start hands over to the first."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
RAISE = b"raise\n"


def instance_key() -> str:
    """The local-socket name of this user's desk (the user-data folder makes it unique)."""
    from vipdesk.paths import data_dir

    try:
        user = getpass.getuser()
    except Exception:  # no login name (service account): the folder alone decides
        user = ""
    data = f"{user}\0{data_dir()}".encode()  # Qt's SHA-256: no OpenSSL loaded for a name
    digest = bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex())
    return f"vipdesk-{digest.decode()[:20]}"


class SingleInstance(QObject):
    """Claims the desk's local socket; a later start asks the first one to come to the front."""

    raise_requested = Signal()

    def __init__(self, key: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key or instance_key()
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the first desk (it now listens). False: another one runs and was told."""
        if self.notify_running():
            return False
        QLocalServer.removeServer(self.key)  # a crashed desk may have left its socket behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            return not self.notify_running()  # lost a race to another start: hand over to it
        server.newConnection.connect(self._connected)
        self.server = server
        return True

    def notify_running(self) -> bool:
        """Ask a running desk to come to the front; False when none answers."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def _connected(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(CONNECT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(RAISE.strip()):
                self.raise_requested.emit()
            socket.abort()
            socket.deleteLater()

    def release(self) -> None:
        """Stop listening (the desk closes)."""
        if self.server is not None:
            self.server.close()
            self.server = None
