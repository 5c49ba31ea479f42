"""Settings → Encryption: turn encryption on or off, or change how the key is kept, while
the app keeps running on the same Database object.

The file work is app/storage/encryption.py's (a new file beside the old, checked, one
rename); here it runs inside Database.suspended(), so no connection is open on the file
while it is swapped and every other use waits at the gate, and Database.reopen() puts the
open app on the new form. The old form is deleted right after the swap: deleting is not
wiping (SSD, copy-on-write), which the dialog says before and after.

With a passphrase the database key is a random data key sealed in `<database>.keys` under
the passphrase and a recovery key (app/storage/key_file.py). Changing the passphrase, or
moving between the keyring and a passphrase, only re-seals that key: no file rewrite.
"""

from __future__ import annotations

from pathlib import Path

from app.storage import encryption, key_file
from app.storage.database import Database
from app.storage.encryption import EXTRA_HINT, Key, Progress  # noqa: F401  (EXTRA_HINT: for the dialog)
from app.storage.errors import StorageError

PLAIN, KEYRING, PASSPHRASE = "plain", "keyring", "passphrase"


def _nothing(fraction: float) -> None:
    pass


class EncryptionSwitch:
    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def path(self) -> Path:
        return self.db.path

    def state(self) -> str:
        if self.db.key is None:
            return PLAIN
        if self.db.key.kind == "passphrase" or key_file.exists(self.path):
            return PASSPHRASE
        return KEYRING

    @staticmethod
    def available() -> bool:
        return encryption.available()

    @staticmethod
    def keyring_usable() -> bool:
        try:
            import keyring
            from keyring.backends import fail

            return not isinstance(keyring.get_keyring(), fail.Keyring)
        except Exception:  # no backend at all: only a passphrase is offered
            return False

    def turn_on(self, passphrase: str | None, progress: Progress = _nothing) -> str | None:
        """Encrypt the open database; the key goes to the keyring (passphrase None) or is
        sealed under the passphrase. Returns the recovery key (passphrase) to show once.
        The key is stored first: a kill after the swap must find it."""
        if self.db.key is not None:
            raise StorageError(f"{self.path} is already encrypted.")
        recovery = None
        if passphrase is None:
            key = encryption.new_key()
            encryption.store_key(self.path, key)
        else:
            key, recovery = key_file.create(self.path, passphrase)
        try:
            self._switch(lambda: encryption.encrypt_file(self.path, key, progress=progress), key)
        except BaseException:
            key_file.remove(self.path) if passphrase is not None else encryption.forget_key(
                self.path)
            raise
        if passphrase is not None:
            encryption.forget_key(self.path)  # an older keyring entry no longer applies
        return recovery

    def turn_off(self, progress: Progress = _nothing) -> None:
        old = self.db.key
        if old is None:
            raise StorageError(f"{self.path} is not encrypted.")
        self._switch(lambda: encryption.decrypt_file(self.path, old, progress=progress), None)
        encryption.forget_key(self.path)
        key_file.remove(self.path)

    def change(self, passphrase: str | None, progress: Progress = _nothing) -> str | None:
        """A new passphrase (or None: the key into the keyring). Returns a new recovery key
        when one is made (moving from the keyring to a passphrase); a passphrase change
        keeps the recovery key the user saved."""
        old = self.db.key
        if old is None:
            raise StorageError(f"{self.path} is not encrypted.")
        if old.kind == "passphrase":  # a bare-passphrase database from before key files
            return self._rekey(old, passphrase, progress)
        recovery = None
        if passphrase is None:
            encryption.store_key(self.path, old)
            key_file.remove(self.path)
        else:
            had_file = key_file.exists(self.path)
            recovery = key_file.set_passphrase(self.path, old, passphrase,
                                               new_recovery=not had_file)
            encryption.forget_key(self.path)
        progress(1.0)
        return recovery

    def _rekey(self, old: Key, passphrase: str | None, progress: Progress) -> str | None:
        recovery = None
        if passphrase is None:
            new = encryption.new_key()
            encryption.store_key(self.path, new)
        else:
            new, recovery = key_file.create(self.path, passphrase)
        self._switch(lambda: encryption.change_key(self.path, old, new), new)
        progress(1.0)
        return recovery

    def _switch(self, work, key: Key | None) -> None:
        with self.db.suspended():
            kept = work()
            self.db.reopen(key)
        if kept is not None:
            encryption.remove_kept_copy(kept)
