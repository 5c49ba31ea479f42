"""A keyring backend for the encryption bench's cold starts: the app started in a fresh
process finds the database key as it would in the system keyring, without D-Bus or a
desktop session. PYTHON_KEYRING_BACKEND=bench.env_keyring.EnvKeyring, the key (hex) in
RAPPORT_BENCH_KEY. Bench-only: the app knows nothing of it."""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("RAPPORT_BENCH_KEY") if service == "Rapport database key" else None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the bench keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("the bench keyring is read-only")
