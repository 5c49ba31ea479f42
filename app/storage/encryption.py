"""Encryption at rest: the same database as an SQLCipher file (optional extra `encryption`).

Whether a database is encrypted is read from the file itself (an SQLCipher file has no
"SQLite format 3" header), never from a setting, so a kill -9 between two steps cannot
leave a setting that disagrees with the file. A Key is either a random 32-byte raw key
(kept in the system keyring: no typing, no key derivation at each connection) or a
passphrase (SQLCipher derives the key with PBKDF2-HMAC-SHA512, 256,000 rounds).

Switching (encrypt, decrypt) never rewrites the file in place: the other form is written
beside it with `sqlcipher_export`, verified (every table's row count, quick_check), made
durable, and swapped in with os.replace. The old file stays as `<name>.plain-<date>` (or
`.encrypted-<date>`) until the user removes it: after any kill, the database path holds
either the complete old file or the complete new one.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from app.storage.errors import StorageError
from app.storage.uris import sqlite_uri

SQLITE_MAGIC = b"SQLite format 3\x00"
EXTRA_HINT = "pip install 'rapport-desktop[encryption]'"
WORK_SUFFIX = ".switching"  # the new form while it is written; never the database itself


class EncryptionUnavailableError(StorageError):
    """The sqlcipher3 package (the `encryption` extra) is not installed."""


class KeyNeededError(StorageError):
    """The database is encrypted and no key was given (the keyring has none)."""


class WrongKeyError(StorageError):
    """The key or passphrase does not open the database; nothing was changed."""


@dataclass(frozen=True)
class Key:
    """What PRAGMA key receives. repr() never shows it (logs, tracebacks)."""

    pragma: str = field(repr=False)
    kind: str  # "raw" (keyring) or "passphrase"

    @classmethod
    def raw(cls, secret: bytes) -> "Key":
        if len(secret) != 32:
            raise ValueError("a raw key has 32 bytes")
        return cls(f"\"x'{secret.hex()}'\"", "raw")

    @classmethod
    def from_hex(cls, text: str) -> "Key":
        return cls.raw(bytes.fromhex(text.strip()))

    @classmethod
    def passphrase(cls, text: str) -> "Key":
        if not text:
            raise ValueError("the passphrase is empty")
        return cls("'" + text.replace("'", "''") + "'", "passphrase")

    @property
    def text(self) -> str | None:
        """The passphrase as typed (None for a raw key): key_file.py seals with it."""
        return self.pragma[1:-1].replace("''", "'") if self.kind == "passphrase" else None

    @property
    def hex(self) -> str | None:
        """The raw key as hex (what the keyring stores), None for a passphrase."""
        return self.pragma[3:-2] if self.kind == "raw" else None


def new_key() -> Key:
    return Key.raw(secrets.token_bytes(32))


def available() -> bool:
    """The `encryption` extra is installed: sqlcipher3, and cryptography (key_file.py)."""
    try:
        import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def _driver():
    try:
        import sqlcipher3.dbapi2 as driver
    except ImportError:
        raise EncryptionUnavailableError(
            "This Rapport has no encryption support: the sqlcipher3 package is missing. "
            f"Install it with: {EXTRA_HINT}"
        ) from None
    return driver


def driver_errors() -> tuple[type[Exception], ...]:
    """sqlite3's and (when installed) sqlcipher3's error classes: they do not share a base."""
    try:
        import sqlcipher3.dbapi2 as driver
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, driver.Error)


def looks_encrypted(path: Path) -> bool:
    """An SQLCipher file: whole pages without the SQLite header (a text file or a stray
    file is not a multiple of 512 bytes; such files are refused as before)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return size >= 512 and size % 512 == 0 and header != SQLITE_MAGIC


def connect(path: Path, key: Key | None, readonly: bool = False, **kwargs):
    """A DB-API connection: sqlite3 for a plain file, sqlcipher3 with the key for an
    encrypted one. Raises WrongKeyError if the key does not open it."""
    uri = sqlite_uri(path, mode="ro") if readonly else sqlite_uri(path)
    if key is None:
        return sqlite3.connect(uri, uri=True, **kwargs)
    driver = _driver()
    connection = driver.connect(uri, uri=True, **kwargs)
    try:
        apply_key(connection, key, path)
    except BaseException:
        connection.close()
        raise
    return connection


def apply_key(connection, key: Key, path: Path) -> None:
    """PRAGMA key first, then prove it: SQLCipher only notices a wrong key at the first read."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # its own stderr log: no key, no noise
    # Memory security (locking and wiping every allocation) is process-wide, and stays
    # on once any connection turned it on: then a warm Today build at 50,000 contacts
    # took 48 ms instead of 19, the first after opening 173 instead of 77. SQLCipher 4.19
    # starts with it off (before 4.5 it was on): OFF here, before the first key, so that
    # it stays off.
    connection.execute("PRAGMA cipher_memory_security = OFF")
    # Sorts and temporary tables in memory, never in a temp file (the sqlcipher3 wheel's
    # build default, TEMP_STORE=2; said here so that another build cannot change it).
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(f"PRAGMA key = {key.pragma}")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _driver().DatabaseError as error:
        if "not a database" in str(error):
            raise WrongKeyError(wrong_key_message(path, key)) from None
        raise


def wrong_key_message(path: Path, key: Key) -> str:
    what = "passphrase" if key.kind == "passphrase" else "key from the system keyring"
    return (f"The {what} does not open {path}. Nothing was changed. "
            "Check the passphrase (or unlock the keyring) and try again.")


def unclean(path: Path) -> bool:
    """needs_full_check for an encrypted file: its header (page size, page count) is
    ciphertext, so only a WAL or journal with content tells of an unclean end."""
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size > 0:
            return True
    return False


def roll_back_hot_journal(path: Path, key: Key | None) -> None:
    """A kill while a switch turned WAL off can leave a hot rollback journal, which a
    read-only connection (the start's check) cannot roll back: a writing one does."""
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        connection = connect(path, key)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()


def sqlalchemy_creator(path: Path, key: Key):
    """For create_engine(..., creator=...): every pooled connection gets the key first."""

    def create():
        return connect(path, key, check_same_thread=False)

    return create


# --- switching a file between the two forms ---------------------------------------------
# progress(fraction 0..1) is called from the thread doing the work, often during the copy.
Progress = Callable[[float], None]
COPY_SHARE = 0.85  # of the bar: the copy; the check and the swap take the rest
OPS_PER_PAGE = 180  # SQLite VM steps per page sqlcipher_export copies (measured: 177-182)
OPS_STEP = 20_000


def encrypt_file(path: Path, key: Key, now: datetime | None = None,
                 progress: Progress | None = None) -> Path:
    """Encrypt the plain database at `path` (no connection may be open on it). Returns the
    kept plain copy, `<name>.plain-<date>`, which the caller removes once the user agrees."""
    return _switch(path, None, key, "plain", now, progress)


def decrypt_file(path: Path, key: Key, now: datetime | None = None,
                 progress: Progress | None = None) -> Path:
    """Decrypt back to plain SQLite. Returns the kept encrypted copy."""
    return _switch(path, key, None, "encrypted", now, progress)


def change_key(path: Path, old: Key, new: Key) -> None:
    """A new key or passphrase for an encrypted database (PRAGMA rekey, one transaction
    inside SQLCipher: a kill leaves the old key valid, or the new one)."""
    connection = connect(path, old)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode.lower() != "delete":  # rekey needs no WAL; WAL stays while others read
            raise StorageError(f"{path} is in use (is Rapport open?). Close Rapport and try "
                               "again; nothing was changed.")
        connection.execute(f"PRAGMA rekey = {new.pragma}")
    finally:
        connection.close()
    check = connect(path, new, readonly=True)
    check.close()


def _switch(path: Path, old: Key | None, new: Key | None, kept_as: str, now,
            progress: Progress | None = None) -> Path:
    report = progress or (lambda fraction: None)
    if (old is None) == looks_encrypted(path):
        state = "already encrypted" if old is None else "not encrypted"
        raise StorageError(f"{path} is {state}; nothing was changed.")
    driver = _driver()
    work = path.with_name(path.name + WORK_SUFFIX)
    for leftover in (work, work.with_name(work.name + "-journal")):
        leftover.unlink(missing_ok=True)  # from an earlier, interrupted switch
    source = connect(path, old) if old is not None else driver.connect(sqlite_uri(path), uri=True)
    try:
        source.isolation_level = None
        # The old file alone must be complete: fold the WAL in and stop using one, so no
        # -wal of the old file is left beside the new one after the swap.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = source.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode.lower() != "delete":  # SQLite keeps WAL while another connection is open
            raise StorageError(f"{path} is in use (is Rapport open?). Close Rapport and try "
                               "again; nothing was changed.")
        counts = _row_counts(source)
        _follow_copy(source, report)
        target_key = new.pragma if new is not None else "''"
        source.execute(f"ATTACH DATABASE ? AS target KEY {target_key}", (str(work),))
        source.execute("SELECT sqlcipher_export('target')")
        user_version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA target.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE target")
        source.set_progress_handler(None, 0)
    except (sqlite3.Error, driver.Error) as error:
        work.unlink(missing_ok=True)
        if "locked" in str(error) or "busy" in str(error):
            raise StorageError(f"{path} is in use (is Rapport open?). Close Rapport and try "
                               "again; nothing was changed.") from error
        raise StorageError(f"Rapport could not write {work}: {error}. Nothing was changed.") \
            from error
    except BaseException:
        work.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    report(COPY_SHARE)
    _verify(work, new, counts)
    report(0.95)
    os.chmod(work, 0o600)
    _fsync(work)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.{kept_as}-{stamp}")
    if kept.exists() and os.path.samefile(kept, path):
        kept.unlink()  # the link an interrupted switch made a moment ago
    try:
        os.link(path, kept)  # the old data under a second name, without a copy
    except OSError:
        shutil.copy2(path, kept)
    os.replace(work, path)
    _fsync(path.parent)
    report(1.0)
    return kept


def _follow_copy(connection, report: Progress) -> None:
    """Turn SQLite's VM steps during sqlcipher_export into a fraction of the copy."""
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    expected = max(1, pages * OPS_PER_PAGE // OPS_STEP)
    steps = [0]

    def step() -> int:
        steps[0] += 1
        report(COPY_SHARE * min(0.99, steps[0] / expected))
        return 0  # go on

    connection.set_progress_handler(step, OPS_STEP)


def _row_counts(connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}


def _verify(work: Path, key: Key | None, expected: dict[str, int]) -> None:
    connection = connect(work, key, readonly=True)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
        counts = _row_counts(connection)
    finally:
        connection.close()
    if problems != ["ok"] or counts != expected:
        work.unlink(missing_ok=True)
        raise StorageError(
            "The converted copy of the database did not match the original "
            f"({problems[0] if problems != ['ok'] else 'row counts differ'}). Nothing was changed."
        )


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the key in the system keyring -------------------------------------------------------
KEYRING_SERVICE = "Rapport database key"


def stored_key(path: Path) -> Key | None:
    """The raw key the keyring holds for this database, None when it holds none (or no
    keyring is usable: then the user types the passphrase)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        text = keyring.get_password(KEYRING_SERVICE, str(Path(path).absolute()))
    except (ImportError, KeyringError, RuntimeError):
        return None
    return Key.from_hex(text) if text else None


def store_key(path: Path, key: Key) -> None:
    """Keep a raw key in the keyring. Raises StorageError when no keyring can take it."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, str(Path(path).absolute()), key.hex or "")
    except (KeyringError, RuntimeError) as error:
        raise StorageError(
            f"The system keyring could not store the database key ({error}). "
            "Unlock the keyring, or choose a passphrase instead."
        ) from error


def forget_key(path: Path) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, str(Path(path).absolute()))
    except (PasswordDeleteError, KeyringError, RuntimeError):
        pass


def key_needed_message(path: Path) -> str:
    return (f"{path} is encrypted, and the system keyring holds no key for it (it may be "
            "locked). Unlock the keyring, or give the passphrase: at the prompt, or with "
            "--passphrase-file FILE before the command.")


def remove_kept_copy(kept: Path) -> None:
    """Delete the old form once the user agreed. On an SSD (and on copy-on-write or
    journaling file systems) the blocks may survive until reused: deleting is not wiping."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        kept.with_name(kept.name + suffix).unlink(missing_ok=True)
