"""`rapport encrypt` / `rapport decrypt` and how every command finds an encrypted
database's key: --passphrase-file FILE, else the system keyring, else a prompt."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.storage import encryption, key_file
from app.storage.encryption import Key

SSD_NOTE = ("Deleting a file does not wipe it: on an SSD, or a copy-on-write or journaling file "
            "system, the old blocks may stay readable until they are reused.")


def read_passphrase(file: str | None, prompt: str, confirm: bool = False) -> Key:
    """A passphrase from a file (its first line), or typed at a prompt without echo."""
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8").splitlines()[0:1]
        except OSError as error:
            raise SystemExit(f"rapport: {file}: {error.strerror or error}") from None
        if not text or not text[0]:
            raise SystemExit(f"rapport: {file} holds no passphrase (its first line is empty).")
        return Key.passphrase(text[0])
    if not sys.stdin.isatty():
        raise SystemExit("rapport: no passphrase: give --passphrase-file FILE.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise SystemExit("rapport: the two passphrases differ; nothing was changed.")
    if not first:
        raise SystemExit("rapport: the passphrase is empty; nothing was changed.")
    return Key.passphrase(first)


def key_for(path: Path, passphrase_file: str | None) -> Key | None:
    """The key that opens `path` (None: a plain database)."""
    if not encryption.looks_encrypted(path):
        return None
    if passphrase_file:
        return _unseal(path, read_passphrase(passphrase_file, ""))
    stored = encryption.stored_key(path)
    if stored is not None:
        return stored
    if sys.stdin.isatty():
        return _unseal(path, read_passphrase(None, f"Passphrase (or recovery key) for {path}: "))
    raise encryption.KeyNeededError(encryption.key_needed_message(path))


def _unseal(path: Path, typed: Key) -> Key:
    """The data key the passphrase (or recovery key) unseals from `<database>.keys`."""
    return key_file.key_for_text(path, typed.text or "")[0]


def arguments(parser) -> None:
    parser.add_argument("--delete-plain", action="store_true",
                        help="delete the old form right away instead of keeping it")


def encrypt(args, paths, passphrase_file: str | None) -> int:
    """Without --passphrase-file a random key goes into the system keyring."""
    path = paths.database
    if not path.exists():
        raise SystemExit(f"rapport: there is no database at {path} yet.")
    recovery = None
    if passphrase_file or not _keyring_usable():
        typed = read_passphrase(passphrase_file, "New passphrase: ", confirm=True)
        key, recovery = key_file.create(path, typed.text or "")  # first, like the keyring
    else:
        key = encryption.new_key()
        encryption.store_key(path, key)  # first: a kill after the swap must find the key
    kept = encryption.encrypt_file(path, key)
    print(f"{path} is now encrypted"
          + (" (passphrase)." if recovery else " (its key is in the system keyring)."))
    if recovery:
        print(f"Recovery key (shown once; keep it somewhere safe, it opens the database "
              f"when the passphrase is forgotten):\n    {recovery}")
    _finish(kept, args.delete_plain, "unencrypted")
    return 0


def decrypt(args, paths, passphrase_file: str | None) -> int:
    path = paths.database
    if not encryption.looks_encrypted(path):
        raise SystemExit(f"rapport: {path} is not encrypted; nothing was changed.")
    kept = encryption.decrypt_file(path, key_for(path, passphrase_file))
    encryption.forget_key(path)
    key_file.remove(path)
    print(f"{path} is now a plain SQLite file: anyone who can read it can read your notes.")
    _finish(kept, args.delete_plain, "encrypted")
    return 0


def key_arguments(parser) -> None:
    parser.add_argument("--new-passphrase-file", metavar="FILE",
                        help="the new passphrase (first line); without: a prompt")
    parser.add_argument("--keyring", action="store_true",
                        help="switch to a random key kept in the system keyring")


def change_key(args, paths, passphrase_file: str | None) -> int:
    """PRAGMA rekey: one step inside SQLCipher; the old key works until it is done."""
    path = paths.database
    if not encryption.looks_encrypted(path):
        raise SystemExit(f"rapport: {path} is not encrypted; use `rapport encrypt`.")
    old = key_for(path, passphrase_file)
    if args.keyring:
        new = encryption.new_key()
        encryption.store_key(path, new)
    else:
        new = read_passphrase(args.new_passphrase_file, "New passphrase: ", confirm=True)
    encryption.change_key(path, old, new)
    if new.kind == "passphrase":
        encryption.forget_key(path)  # the old keyring key no longer opens it
    key_file.remove(path)  # it sealed the old key (Settings → Encryption re-seals instead)
    print(f"{path} now opens with the new "
          + ("key in the system keyring." if args.keyring else "passphrase."))
    return 0


def _finish(kept: Path, delete: bool, what: str) -> None:
    if delete:
        encryption.remove_kept_copy(kept)
        print(f"The {what} copy was deleted. {SSD_NOTE}")
    else:
        print(f"The {what} copy is kept at {kept}; delete it once you are sure. {SSD_NOTE}")


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # no backend at all: ask for a passphrase instead
        return False
