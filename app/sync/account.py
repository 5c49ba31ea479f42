"""The configured sync account: URL and user in the database, the password in the system
keyring (Secret Service on Linux, Keychain on macOS, Windows Credential Locker) through
`keyring`, never in the database, the settings or the log."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.storage.tables import Setting, SyncCollection
from app.sync.errors import SyncError

ACCOUNT_KEY = "sync_account"
SERVICE = "Rapport sync"


class KeyringError(SyncError):
    """No system keyring, or one that refuses: the password cannot be kept."""


class NoAccountError(SyncError):
    """No account is saved (or the keyring lost its password)."""


@dataclass(frozen=True)
class Account:
    url: str
    user: str
    password: str
    calendar: bool = False  # also write dates into the account's first calendar (opt-in)


def _keyring():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringError("no system keyring is available (Secret Service, Keychain or Windows "
                        "Credential Locker) to keep the password; use --password-file")
    return keyring


def _key(url: str, user: str) -> str:
    return f"{user}@{url}"


def save_account(db, url: str, user: str, password: str, calendar: bool = False) -> None:
    """Keep the account: the password goes to the keyring first, so a keyring that refuses
    leaves no half-stored account. `calendar`: the automatic sync and `rapport sync` also
    write birthdays, dates, reminders and promises into its first calendar (off unless asked)."""
    try:
        _keyring().set_password(SERVICE, _key(url, user), password)
    except SyncError:
        raise
    except Exception as error:  # keyring's errors differ per platform
        raise KeyringError(f"the system keyring refused the password: {error}") from error
    value = {"url": url, "user": user, "calendar": bool(calendar)}
    with db.write() as conn:
        conn.execute(sqlite_insert(Setting).values(key=ACCOUNT_KEY, value=value)
                     .on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def load_account(db) -> Account:
    with db.read() as conn:
        stored = conn.execute(select(Setting.value).where(Setting.key == ACCOUNT_KEY)).scalar()
    if not stored:
        raise NoAccountError("no sync account is set up: run rapport sync --url URL --user USER "
                        "--password-file FILE --save once")
    password = _keyring().get_password(SERVICE, _key(stored["url"], stored["user"]))
    if password is None:
        raise NoAccountError(f"the keyring has no password for {stored['user']} at {stored['url']}; "
                        "save the account again with --save")
    return Account(stored["url"], stored["user"], password, bool(stored.get("calendar")))


def forget_account(db) -> None:
    with db.read() as conn:
        stored = conn.execute(select(Setting.value).where(Setting.key == ACCOUNT_KEY)).scalar()
    if stored:
        try:
            _keyring().delete_password(SERVICE, _key(stored["url"], stored["user"]))
        except Exception:  # nothing stored there: nothing to forget
            pass
    with db.write() as conn:
        conn.execute(delete(Setting).where(Setting.key == ACCOUNT_KEY))


def stored_account(db) -> tuple[str, str] | None:
    """The saved URL and user, without touching the keyring (for Settings → Accounts)."""
    with db.read() as conn:
        stored = conn.execute(select(Setting.value).where(Setting.key == ACCOUNT_KEY)).scalar()
    return (stored["url"], stored["user"]) if stored else None


def stored_calendar(db) -> bool:
    """Whether the saved account also syncs the calendar (an account saved before the
    setting existed: no, until the user turns it on)."""
    with db.read() as conn:
        stored = conn.execute(select(Setting.value).where(Setting.key == ACCOUNT_KEY)).scalar()
    return bool(stored and stored.get("calendar"))


def stored_password(url: str, user: str) -> str | None:
    """The keyring's password for this account, or None (no keyring, nothing kept)."""
    try:
        return _keyring().get_password(SERVICE, _key(url, user))
    except Exception:  # no keyring, or one that refuses: as if nothing were kept
        return None


def check_connection(url: str, user: str, password: str, timeout: float = 15.0) -> str:
    """Find the account's address book, as a sync would; its URL. Raises the SyncError
    that says what is wrong (AuthError, TlsError, NoAddressBookError, ServerDownError…)."""
    from app.sync.dav import CardDavClient

    with CardDavClient(url, user, password, timeout) as client:
        return client.discover()


def last_synced(db):
    """When an address book was last synced here (UTC), or None: the next one is the first."""
    with db.read() as conn:
        return conn.execute(select(SyncCollection.synced_at)
                            .order_by(SyncCollection.synced_at.desc()).limit(1)).scalar()
