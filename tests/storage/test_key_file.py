"""The passphrase and the recovery key both unseal the database's data key (key_file.py):
a forgotten passphrase is not lost data; a wrong recovery key changes nothing."""

from __future__ import annotations

import hashlib

import pytest

from app.services import Services
from app.storage import encryption, key_file
from app.storage.database import Database
from app.storage.errors import StorageError

pytest.importorskip("sqlcipher3")


@pytest.fixture
def sealed(tmp_path, clock):
    """An encrypted database with one contact, its key sealed under a passphrase."""
    path = tmp_path / "rapport.db"
    db = Database.open(path)
    Services(db, clock).contacts.create(given_name="Jürgen", family_name="Müller")
    db.close()
    key, recovery = key_file.create(path, "Kaffee am Morgen")
    encryption.remove_kept_copy(encryption.encrypt_file(path, key))
    return path, recovery


def names(path, key):
    db = Database.open(path, key=key)
    try:
        with db.read() as conn:
            return [row[0] for row in conn.exec_driver_sql("SELECT family_name FROM contact")]
    finally:
        db.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_recovery_key_opens_after_the_passphrase_is_forgotten(sealed):
    path, recovery = sealed
    key, via = key_file.key_for_text(path, recovery)
    assert via == "recovery"
    assert names(path, key) == ["Müller"]
    # typed sloppily (lower case, spaces instead of dashes) it still opens
    key, via = key_file.key_for_text(path, recovery.lower().replace("-", " "))
    assert via == "recovery" and names(path, key) == ["Müller"]
    # and a new passphrase can then be set without the old one
    key_file.set_passphrase(path, key, "neuer Satz", new_recovery=False)
    assert key_file.key_for_text(path, "neuer Satz")[1] == "passphrase"
    with pytest.raises(encryption.WrongKeyError):
        key_file.key_for_text(path, "Kaffee am Morgen")
    assert key_file.key_for_text(path, recovery)[1] == "recovery"  # still valid


def test_wrong_recovery_key_is_a_clear_error_and_changes_nothing(sealed):
    path, recovery = sealed
    before, seal = digest(path), key_file.path_for(path).read_bytes()
    wrong = key_file.new_recovery_key()
    with pytest.raises(encryption.WrongKeyError, match="Nothing was changed"):
        key_file.key_for_text(path, wrong)
    with pytest.raises(encryption.WrongKeyError):
        key_file.key_for_text(path, "Kaffee am Abend")
    assert digest(path) == before and key_file.path_for(path).read_bytes() == seal
    assert names(path, key_file.key_for_text(path, "Kaffee am Morgen")[0]) == ["Müller"]


def test_the_key_file_holds_no_key_in_the_clear(sealed):
    path, recovery = sealed
    key = key_file.key_for_text(path, recovery)[0]
    text = key_file.path_for(path).read_text()
    assert key.hex not in text and recovery not in text and "Kaffee" not in text
    assert oct(key_file.path_for(path).stat().st_mode & 0o777) == "0o600"


def test_without_the_key_file_the_passphrase_says_where_it_went(sealed):
    path, _ = sealed
    key_file.path_for(path).unlink()
    with pytest.raises(StorageError):
        key_file.key_for_text(path, "Kaffee am Morgen")
