"""Why a sync stopped, one class per cause, each with a message for a person. Kept apart from
the HTTP client (dav.py) so the UI can name causes without importing requests at start."""

from __future__ import annotations


class SyncError(Exception):
    """Anything that stops a sync, with a message for a person."""


class AuthError(SyncError):
    pass


class NotFoundError(SyncError):
    pass


class ServerDownError(SyncError):
    pass


class TlsError(ServerDownError):
    """The server's certificate or TLS handshake was refused."""


class NoAddressBookError(NotFoundError):
    """The server and the account are right, but the account has no address book (calendar)."""


class PreconditionFailed(SyncError):
    """412: the card changed on the server since we read it (or exists already)."""


class QuotaError(SyncError):
    pass
