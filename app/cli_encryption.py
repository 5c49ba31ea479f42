"""`rapport encrypt` / `rapport decrypt` and how every command finds an encrypted
database's key: --passphrase-file FILE, else the system keyring, else a prompt."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.storage import encryption, key_file
from app.storage.encryption import Key


def _say():
    """German or English like the other commands (app/cli_text.py); the language setting
    lives inside the database, which may be encrypted and not open yet: the locale decides."""
    from app.cli_text import CliText, language_for

    return CliText(language_for(None))


def read_passphrase(file: str | None, prompt: str, confirm: bool = False) -> Key:
    """A passphrase from a file (its first line), or typed at a prompt without echo."""
    say = _say()
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8").splitlines()[0:1]
        except OSError as error:
            raise SystemExit(f"rapport: {file}: {error.strerror or error}") from None
        if not text or not text[0]:
            raise SystemExit(say.passphrase_file_empty(file))
        return Key.passphrase(text[0])
    if not sys.stdin.isatty():
        raise SystemExit(say.no_passphrase())
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(say.prompt("repeat")) != first:
        raise SystemExit(say.passphrases_differ())
    if not first:
        raise SystemExit(say.passphrase_empty())
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
        return _unseal(path, read_passphrase(None, _say().prompt("unlock", str(path))))
    raise encryption.KeyNeededError(encryption.key_needed_message(path))


def _unseal(path: Path, typed: Key) -> Key:
    """The data key the passphrase (or recovery key) unseals from `<database>.keys`."""
    return key_file.key_for_text(path, typed.text or "")[0]


def arguments(parser) -> None:
    parser.add_argument("--delete-plain", action="store_true",
                        help="delete the old form right away instead of keeping it")


def encrypt(args, paths, passphrase_file: str | None) -> int:
    """Without --passphrase-file a random key goes into the system keyring."""
    path, say = paths.database, _say()
    if not path.exists():
        raise SystemExit(say.no_database(str(path)))
    recovery = None
    if passphrase_file or not _keyring_usable():
        typed = read_passphrase(passphrase_file, say.prompt("new"), confirm=True)
        key, recovery = key_file.create(path, typed.text or "")  # first, like the keyring
    else:
        key = encryption.new_key()
        encryption.store_key(path, key)  # first: a kill after the swap must find the key
    kept = encryption.encrypt_file(path, key)
    print(say.now_encrypted(str(path), passphrase=bool(recovery)))
    if recovery:
        print(say.recovery_key(recovery))
    _finish(kept, args.delete_plain, encrypted=False)
    return 0


def decrypt(args, paths, passphrase_file: str | None) -> int:
    path, say = paths.database, _say()
    if not encryption.looks_encrypted(path):
        raise SystemExit(say.not_encrypted(str(path)))
    kept = encryption.decrypt_file(path, key_for(path, passphrase_file))
    encryption.forget_key(path)
    key_file.remove(path)
    print(say.now_plain(str(path)))
    _finish(kept, args.delete_plain, encrypted=True)
    return 0


def key_arguments(parser) -> None:
    parser.add_argument("--new-passphrase-file", metavar="FILE",
                        help="the new passphrase (first line); without: a prompt")
    parser.add_argument("--keyring", action="store_true",
                        help="switch to a random key kept in the system keyring")


def change_key(args, paths, passphrase_file: str | None) -> int:
    """PRAGMA rekey: one step inside SQLCipher; the old key works until it is done."""
    path, say = paths.database, _say()
    if not encryption.looks_encrypted(path):
        raise SystemExit(say.not_encrypted(str(path), hint=True))
    old = key_for(path, passphrase_file)
    if args.keyring:
        new = encryption.new_key()
        encryption.store_key(path, new)
    else:
        new = read_passphrase(args.new_passphrase_file, say.prompt("new"), confirm=True)
    encryption.change_key(path, old, new)
    if new.kind == "passphrase":
        encryption.forget_key(path)  # the old keyring key no longer opens it
    key_file.remove(path)  # it sealed the old key (Settings → Encryption re-seals instead)
    print(say.new_key(str(path), keyring=args.keyring))
    return 0


def _finish(kept: Path, delete: bool, encrypted: bool) -> None:
    """The old form (encrypted: it was the encrypted file): deleted now, or kept."""
    if delete:
        encryption.remove_kept_copy(kept)
    print(_say().old_form(encrypted, None if delete else str(kept)))


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # no backend at all: ask for a passphrase instead
        return False
