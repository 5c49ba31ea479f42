"""What went wrong with a sync or a connection test, said for a person in their language.

The sync layer raises one SyncError subclass per cause, with an English detail for the log
and the CLI; the UI shows the translated cause and keeps the detail for a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.sync.account import KeyringError, NoAccountError
from app.sync.errors import (
    AuthError, NoAddressBookError, NotFoundError, QuotaError, ServerDownError, SyncError, TlsError,
)

# The most specific cause first (TlsError is a ServerDownError, NoAddressBookError a NotFoundError).
REASONS = (
    (AuthError, QT_TRANSLATE_NOOP("SyncMessages", "The server refused the user name or password.")),
    (TlsError, QT_TRANSLATE_NOOP(
        "SyncMessages", "The secure connection (TLS) failed: the server's certificate is not "
        "trusted, or the server does not speak https at this address.")),
    (NoAddressBookError, QT_TRANSLATE_NOOP(
        "SyncMessages", "The account works, but it has no address book yet. Create one on the "
        "server first.")),
    (NotFoundError, QT_TRANSLATE_NOOP(
        "SyncMessages", "No CardDAV server answers at this address. Check the server URL.")),
    (ServerDownError, QT_TRANSLATE_NOOP(
        "SyncMessages", "The server cannot be reached. Check the address and the network, or "
        "whether the server is running.")),
    (QuotaError, QT_TRANSLATE_NOOP("SyncMessages", "The server is out of space or over its quota.")),
    (KeyringError, QT_TRANSLATE_NOOP(
        "SyncMessages", "No system keyring is available to keep the password (Secret Service, "
        "Keychain or Windows Credential Locker).")),
    (NoAccountError, QT_TRANSLATE_NOOP(
        "SyncMessages", "No sync account is set up, or its password is no longer in the "
        "keyring. Open Settings → Sync account.")),
)


# The same causes in a few words, for the status bar (the full reason is its tooltip).
SHORT = (
    (AuthError, QT_TRANSLATE_NOOP("SyncMessages", "user name or password refused")),
    (TlsError, QT_TRANSLATE_NOOP("SyncMessages", "TLS problem")),
    (NoAddressBookError, QT_TRANSLATE_NOOP("SyncMessages", "no address book")),
    (NotFoundError, QT_TRANSLATE_NOOP("SyncMessages", "no CardDAV server at this address")),
    (ServerDownError, QT_TRANSLATE_NOOP("SyncMessages", "server not reachable")),
    (QuotaError, QT_TRANSLATE_NOOP("SyncMessages", "server full")),
    (KeyringError, QT_TRANSLATE_NOOP("SyncMessages", "no keyring")),
    (NoAccountError, QT_TRANSLATE_NOOP("SyncMessages", "no account set up")),
)


def short_reason(error: Exception) -> str:
    for kind, text in SHORT:
        if isinstance(error, kind):
            return QCoreApplication.translate("SyncMessages", text)
    return QCoreApplication.translate("SyncMessages", "see the log")


def reason(error: Exception) -> str:
    """One sentence: the cause and what to do about it."""
    for kind, text in REASONS:
        if isinstance(error, kind):
            return QCoreApplication.translate("SyncMessages", text)
    if isinstance(error, SyncError):
        return QCoreApplication.translate("SyncMessages", "The sync stopped: %1").replace("%1", str(error))
    return QCoreApplication.translate("SyncMessages", "The sync stopped because of an unexpected "
                                      "error; see the log.")


def summary(pulled: int, pushed: int, conflicts: int) -> str:
    text = QCoreApplication.translate("SyncMessages", "Pulled %1, pushed %2, conflicts merged %3")
    return text.replace("%1", str(pulled)).replace("%2", str(pushed)).replace("%3", str(conflicts))
