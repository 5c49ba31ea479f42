"""The passphrase and the recovery key of an encrypted database: `<database>.keys`.

Design. With a passphrase, SQLCipher does NOT get the passphrase: it gets a random 32-byte
data key (the same kind the keyring holds). This small JSON side file keeps that data key
twice, each copy sealed with AES-256-GCM under a key derived with scrypt:

- the "passphrase" slot, from the passphrase the user typed twice;
- the "recovery" slot, from a random 160-bit recovery key shown once
  (`ABCD-EFGH-…`, 8 groups of base32), which opens the database when the passphrase is
  forgotten.

So changing the passphrase re-seals one slot (a new file, fsync, one rename: instant at any
size, and the database, its WAL and its backups keep their key). A wrong passphrase or
recovery key fails GCM's authentication: WrongKeyError, nothing written. The side file alone
gives nothing away (scrypt N=2^15, r=8: about 0.1 s and 32 MB per guess), and without it the
passphrase does not open the database: it travels with the database (a copy of the data
folder takes both), and the recovery key opens every backup made since encryption was
turned on, since the data key never changes when the passphrase does.

Databases encrypted with a bare passphrase before this file existed (SQLCipher's own PBKDF2,
no side file) still open with `Key.passphrase`; they have no recovery key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path

from app.storage.encryption import EncryptionUnavailableError, EXTRA_HINT, Key, WrongKeyError
from app.storage.errors import StorageError

SUFFIX = ".keys"
FORMAT = "rapport-key-file"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, shown in 8 groups of 4


def path_for(database: Path) -> Path:
    return Path(database).with_name(Path(database).name + SUFFIX)


def exists(database: Path) -> bool:
    return path_for(database).exists()


def _aead():
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    except ImportError:
        raise EncryptionUnavailableError(
            "This Rapport has no encryption support: the cryptography package is missing. "
            f"Install it with: {EXTRA_HINT}"
        ) from None
    return AESGCM, Scrypt


def new_recovery_key() -> str:
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The recovery key's bytes, or None when the text is not one (then it is a passphrase)."""
    cleaned = "".join(text.split()).replace("-", "").upper()
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))  # not in base32: misread
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        return None


def _seal(secret: bytes, data_key: bytes, slot: str) -> dict:
    aesgcm, scrypt = _aead()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping = scrypt(salt=salt, length=32, **SCRYPT).derive(secret)
    sealed = aesgcm(wrapping).encrypt(nonce, data_key, slot.encode())
    return {"kdf": "scrypt", **SCRYPT, "salt": _b64(salt), "nonce": _b64(nonce),
            "sealed": _b64(sealed)}


def _open_slot(entry: dict, secret: bytes, slot: str) -> bytes | None:
    aesgcm, scrypt = _aead()
    from cryptography.exceptions import InvalidTag

    wrapping = scrypt(salt=_unb64(entry["salt"]), length=32, n=int(entry["n"]),
                      r=int(entry["r"]), p=int(entry["p"])).derive(secret)
    try:
        return aesgcm(wrapping).decrypt(_unb64(entry["nonce"]), _unb64(entry["sealed"]),
                                        slot.encode())
    except InvalidTag:
        return None


def create(database: Path, passphrase: str) -> tuple[Key, str]:
    """A new data key sealed under the passphrase and a new recovery key; written before the
    database is encrypted with it (a kill afterwards must find it). Returns (the key for
    SQLCipher, the recovery key to show once)."""
    if not passphrase:
        raise ValueError("the passphrase is empty")
    data_key, recovery = secrets.token_bytes(32), new_recovery_key()
    _write(database, {
        "passphrase": _seal(passphrase.encode("utf-8"), data_key, "passphrase"),
        "recovery": _seal(parse_recovery_key(recovery) or b"", data_key, "recovery"),
    })
    return Key.raw(data_key), recovery


def unlock(database: Path, text: str) -> tuple[Key, str]:
    """(key, "passphrase" or "recovery"): the typed text as the passphrase, else as the
    recovery key. WrongKeyError when neither opens the seal; nothing is written."""
    slots = _read(database)
    data_key = _open_slot(slots["passphrase"], text.encode("utf-8"), "passphrase")
    if data_key is not None:
        return Key.raw(data_key), "passphrase"
    recovery = parse_recovery_key(text)
    if recovery is not None and "recovery" in slots:
        data_key = _open_slot(slots["recovery"], recovery, "recovery")
        if data_key is not None:
            return Key.raw(data_key), "recovery"
    raise WrongKeyError(
        f"The passphrase does not open {database} (nor is it the recovery key). "
        "Nothing was changed."
    )


def key_for_text(database: Path, text: str) -> tuple[Key, str]:
    """What the unlock prompt and the CLI call with the typed text: the key file's seal
    (passphrase, else recovery key), else a bare passphrase (a database encrypted before
    key files, or a kill between writing the key file and re-keying)."""
    from app.storage import encryption

    first: WrongKeyError | None = None
    if exists(database):
        try:
            key, via = unlock(database, text)
            encryption.connect(database, key, readonly=True).close()  # a stale file: no
            return key, via
        except WrongKeyError as error:
            first = error
    try:
        encryption.connect(database, Key.passphrase(text), readonly=True).close()
    except WrongKeyError:
        if first is not None:
            raise first from None
        raise
    return Key.passphrase(text), "passphrase"


def set_passphrase(database: Path, key: Key, passphrase: str, new_recovery: bool) -> str | None:
    """Seal the (unchanged) data key under a new passphrase; keep the recovery slot, or
    make a new recovery key (returned) when there is none or `new_recovery`."""
    if not passphrase or key.hex is None:
        raise ValueError("a passphrase and the raw data key are needed")
    data_key = bytes.fromhex(key.hex)
    slots = _read(database) if exists(database) else {}
    recovery = None
    if new_recovery or "recovery" not in slots:
        recovery = new_recovery_key()
        slots["recovery"] = _seal(parse_recovery_key(recovery) or b"", data_key, "recovery")
    slots["passphrase"] = _seal(passphrase.encode("utf-8"), data_key, "passphrase")
    _write(database, slots)
    return recovery


def remove(database: Path) -> None:
    path_for(database).unlink(missing_ok=True)


def _read(database: Path) -> dict:
    path = path_for(database)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        if content.get("format") != FORMAT or "passphrase" not in content["slots"]:
            raise ValueError("not a key file")
        return dict(content["slots"])
    except FileNotFoundError:
        raise StorageError(f"{path} is missing: without it the passphrase cannot open "
                           f"{database}. Put it back beside the database.") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StorageError(f"{path} cannot be read ({error}). Nothing was changed.") from None


def _write(database: Path, slots: dict) -> None:
    """A new file, made durable, then one rename: a kill leaves the old seal or the new."""
    path = path_for(database)
    work = path.with_name(path.name + ".new")
    text = json.dumps({"format": FORMAT, "version": 1, "slots": slots}, indent=1)
    fd = os.open(work, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(work, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))
