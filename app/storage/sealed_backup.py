"""A JSON backup sealed with a passphrase: what `rapport export --format json` writes when
the database is encrypted, so that the backup gives away no more than the database does.

The file is one header line and the ciphertext:

    RAPPORT-SEALED-BACKUP/1 {"kdf": "scrypt", "n": …, "r": …, "p": …, "salt": …,
                             "nonce": …, "check": …, "length": …}\\n
    <AES-256-GCM ciphertext of the UTF-8 JSON backup, `length` bytes, tag included>

The key comes from the passphrase through scrypt with a fresh random salt, exactly as the
database's key file seals its data key (key_file.py: the same parameters and helpers). The
header line is the ciphertext's associated data, so a changed parameter fails like a changed
byte. "check" is an empty message sealed under the same key with its own nonce: it tells a
wrong passphrase ("the passphrase does not open it") from a damaged file ("it is damaged"),
which GCM alone cannot; "length" tells a file cut short. The header is readable on purpose
(`head -1` says what the file is); it holds no data.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from pathlib import Path

from app.storage.key_file import SCRYPT, _aead, _b64, _unb64

MAGIC = b"RAPPORT-SEALED-BACKUP/"
VERSION = 1
_CHECK = b"rapport-sealed-backup check"
_HEADER_LIMIT = 4096  # a header is ~250 bytes; more without a newline is not one


class SealedBackupError(ValueError):
    """The sealed backup cannot be opened; `reason` is "passphrase", "damaged" or "version"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


def is_sealed(head: bytes) -> bool:
    """Whether a file's first bytes are a sealed backup's."""
    return head.startswith(MAGIC)


def file_is_sealed(path: Path) -> bool:
    with open(path, "rb") as handle:
        return is_sealed(handle.read(len(MAGIC)))


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    _aesgcm, scrypt = _aead()
    return scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal(plaintext: bytes, passphrase: str) -> bytes:
    """The whole sealed file for `plaintext`."""
    if not passphrase:
        raise ValueError("the passphrase is empty")
    aesgcm, _scrypt = _aead()
    salt, nonce, check_nonce = (secrets.token_bytes(k) for k in (16, 12, 12))
    key = aesgcm(_derive(passphrase, salt, **SCRYPT))
    check = key.encrypt(check_nonce, b"", _CHECK)
    params = {"kdf": "scrypt", **SCRYPT, "salt": _b64(salt), "nonce": _b64(nonce),
              "check": _b64(check_nonce + check), "length": len(plaintext) + 16}
    header = MAGIC + f"{VERSION} ".encode("ascii") + json.dumps(params).encode("ascii") + b"\n"
    return header + key.encrypt(nonce, plaintext, header)


def _header(data: bytes) -> tuple[bytes, dict]:
    end = data.find(b"\n", 0, _HEADER_LIMIT)
    if not is_sealed(data) or end < 0:
        raise SealedBackupError("damaged", "its first line is not a sealed backup's")
    header = data[: end + 1]
    version, _, text = header[len(MAGIC):].decode("ascii", "replace").partition(" ")
    if version.strip() != str(VERSION):
        raise SealedBackupError("version", f"format version {version.strip()!r}")
    try:
        params = json.loads(text)
        if params.get("kdf") != "scrypt":
            raise ValueError("unknown kdf")
        for name in ("n", "r", "p", "length"):
            params[name] = int(params[name])
        for name in ("salt", "nonce", "check"):
            params[name] = _unb64(params[name])
        if not (params["n"] <= 2**20 and params["r"] <= 32 and params["p"] <= 16):
            raise ValueError("scrypt parameters beyond what Rapport writes")
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise SealedBackupError("damaged", f"its first line cannot be read ({error})") from None
    return header, params


def unseal(data: bytes, passphrase: str) -> bytes:
    """The plaintext; SealedBackupError when the passphrase is wrong or the file damaged."""
    from cryptography.exceptions import InvalidTag

    header, params = _header(data)
    body = data[len(header):]
    aesgcm, _scrypt = _aead()
    try:
        key = aesgcm(_derive(passphrase, params["salt"], params["n"], params["r"], params["p"]))
    except (ValueError, TypeError, MemoryError) as error:  # absurd scrypt parameters
        raise SealedBackupError("damaged", f"its parameters are not usable ({error})") from None
    check = params["check"]
    try:
        key.decrypt(check[:12], check[12:], _CHECK)
    except (InvalidTag, ValueError):
        raise SealedBackupError("passphrase") from None
    if len(body) != params["length"]:
        raise SealedBackupError("damaged", f"it is cut short or extended ({len(body)} of "
                                           f"{params['length']} bytes)")
    try:
        return key.decrypt(params["nonce"], body, header)
    except (InvalidTag, ValueError):
        raise SealedBackupError("damaged", "its content was changed") from None


def write_atomically(path: Path, data: bytes) -> None:
    """A temporary file (0600) beside path, made durable, then one rename: a kill leaves
    the old file or the new, never half of one."""
    path = Path(path)
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)
