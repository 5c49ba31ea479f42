"""Encryption at rest: SQLCipher files, switching on and off, keys, backups, strings."""

from __future__ import annotations

import sqlite3

import pytest

from app.services import Services
from app.storage import encryption
from app.storage.database import Database
from app.storage.encryption import Key, KeyNeededError, WrongKeyError

pytest.importorskip("sqlcipher3")  # the [encryption] extra; the [test] extra installs it

SECRET = "Sucht heimlich einen neuen Job bei Zeppelin"


class MemoryKeyring:
    """A keyring backend that keeps passwords in a dict (no file, no D-Bus)."""

    def __new__(cls):
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1

            def __init__(self):
                super().__init__()
                self.items = {}

            def get_password(self, service, username):
                return self.items.get((service, username))

            def set_password(self, service, username, password):
                self.items[(service, username)] = password

            def delete_password(self, service, username):
                import keyring.errors

                if self.items.pop((service, username), None) is None:
                    raise keyring.errors.PasswordDeleteError(username)

        return Backend()


@pytest.fixture
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def plain(tmp_path, clock):
    """A plain database with a contact, a note and an interaction; closed."""
    path = tmp_path / "data" / "rapport.db"
    db = Database.open(path, backup_dir=tmp_path / "backups")
    services = Services(db, clock)
    person = services.contacts.create(given_name="Zoë", family_name="Müller", about=SECRET)
    services.interactions.log(person, "meeting", "mutual", summary="Kaffee", notes=SECRET + " II")
    db.close()
    return path


def found(db, clock, query):
    return [row.name for row in Services(db, clock).contacts.list_rows(query)]


def dump(path, key=None):
    connection = encryption.connect(path, key, readonly=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [f"{table}: {row!r}" for table in tables
                for row in sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)]
    finally:
        connection.close()


def all_bytes(path):
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_encrypted_file_hides_notes_but_opens_with_the_key(plain, tmp_path, clock):
    before = dump(plain)
    assert SECRET.encode() in plain.read_bytes()
    key = encryption.new_key()
    kept = encryption.encrypt_file(plain, key)
    assert kept.name.startswith("rapport.db.plain-") and SECRET.encode() in kept.read_bytes()
    encryption.remove_kept_copy(kept)
    assert not kept.exists()
    assert encryption.looks_encrypted(plain)
    db = Database.open(plain, backup_dir=tmp_path / "backups", key=key)
    try:
        assert found(db, clock, "zoe") == ["Zoë Müller"]  # FTS5 unicode61 in SQLCipher
        assert found(db, clock, "muller") == ["Zoë Müller"]
        Services(db, clock).contacts.create(given_name="Ada", about=SECRET + " III")
        wal = plain.with_name("rapport.db-wal")
        assert wal.exists() and wal.stat().st_size > 0  # a live WAL, encrypted too
        assert SECRET.encode() not in all_bytes(plain)
        assert "Zeppelin".encode() not in all_bytes(plain)
        copy = db.backup("manual")
        assert encryption.looks_encrypted(copy)
        assert SECRET.encode() not in copy.read_bytes()
        assert any(SECRET in line for line in dump(copy, key))
    finally:
        db.close()
    # every row survived (the FTS index's own pages and counters change with the new contact)
    unchanged = {line for line in before if not line.startswith(("contact_fts", "sqlite_seq"))}
    assert unchanged <= set(dump(plain, key))


def test_a_clean_encrypted_file_is_not_fully_checked_at_every_start(plain, monkeypatch):
    # Its header is ciphertext: judged like a plain one, it always looked "unclean" and
    # quick_check decrypted every page at every start (2.8x the plain open at 3,000 contacts).
    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(plain, key))
    Database.open(plain, key=key).close()
    assert not encryption.unclean(plain)
    from app.storage import database

    checks = []
    real = database.inspect_file
    monkeypatch.setattr(database, "inspect_file",
                        lambda *a, **k: checks.append(k.get("quick")) or real(*a, **k))
    Database.open(plain, key=key).close()
    assert checks == [False]


def test_decrypt_gives_back_the_same_rows(plain):
    before = dump(plain)
    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(plain, key))
    kept = encryption.decrypt_file(plain, key)
    assert encryption.looks_encrypted(kept)
    assert not encryption.looks_encrypted(plain)
    assert plain.read_bytes().startswith(encryption.SQLITE_MAGIC)
    assert dump(plain) == before


def test_wrong_or_missing_key_is_a_clear_error_and_changes_nothing(plain, tmp_path):
    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(plain, key))
    original = plain.read_bytes()
    with pytest.raises(WrongKeyError, match="does not open") as error:
        Database.open(plain, backup_dir=tmp_path / "backups", key=encryption.new_key())
    assert "x'" not in str(error.value)
    with pytest.raises(WrongKeyError, match="passphrase does not open"):
        Database.open(plain, key=Key.passphrase("guess"))
    with pytest.raises(KeyNeededError, match="keyring"):
        Database.open(plain, backup_dir=tmp_path / "backups")
    assert plain.read_bytes() == original
    assert not list((tmp_path / "backups").glob("*"))


def test_passphrase_and_rekey(plain, clock):
    first, second = Key.passphrase("correct horse"), Key.passphrase("it's battery staple")
    encryption.remove_kept_copy(encryption.encrypt_file(plain, first))
    encryption.change_key(plain, first, second)
    with pytest.raises(WrongKeyError):
        encryption.connect(plain, first)
    db = Database.open(plain, key=second)
    try:
        assert found(db, clock, "zoe") == ["Zoë Müller"]
    finally:
        db.close()
    raw = encryption.new_key()
    encryption.change_key(plain, second, raw)  # passphrase -> keyring key
    Database.open(plain, key=raw).close()


def test_switching_twice_the_same_way_is_refused(plain):
    key = encryption.new_key()
    encryption.encrypt_file(plain, key)
    with pytest.raises(encryption.StorageError, match="already encrypted"):
        encryption.encrypt_file(plain, key)


def test_plain_database_ignores_a_key_and_text_files_are_still_refused(plain, tmp_path):
    Database.open(plain, key=encryption.new_key()).close()  # still plain, still opens
    assert sqlite3.connect(plain).execute("SELECT count(*) FROM contact").fetchone()[0] >= 1
    text = tmp_path / "notes.db"
    text.write_text("hello, not a database\n")
    assert not encryption.looks_encrypted(text)


def test_key_in_the_keyring(memory_keyring, plain):
    assert encryption.stored_key(plain) is None
    key = encryption.new_key()
    encryption.store_key(plain, key)
    assert encryption.stored_key(plain) == key
    assert "x'" not in repr(key)
    encryption.forget_key(plain)
    assert encryption.stored_key(plain) is None


def test_restore_an_encrypted_backup_and_watch_changes(plain, tmp_path, clock):
    from app.services.backups import BackupsService
    from app.services.reminders import ChangeWatch

    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(plain, key))
    db = Database.open(plain, backup_dir=tmp_path / "backups", key=key)
    try:
        services = Services(db, clock)
        copy = db.backup("manual")
        assert BackupsService(db, clock, services.events).contacts_in(copy) == 1
        watch = ChangeWatch(plain, key)
        services.contacts.create(given_name="Ada")
        assert watch.changed()
        watch.close()
        safety = db.restore_backup(copy)
        assert encryption.looks_encrypted(safety) and encryption.looks_encrypted(plain)
        assert found(db, clock, "ada") == [] and found(db, clock, "zoe") == ["Zoë Müller"]
    finally:
        db.close()


def test_keyed_connections_keep_temp_tables_in_memory_and_memory_security_off(plain):
    # Memory security is process-wide in SQLCipher and stays on once any connection turns
    # it on: that made encrypted reads 2.2-2.5x slower (Today at 50,000 contacts).
    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(plain, key))
    db = Database.open(plain, key=key)
    try:
        with db.read() as connection:
            connection.exec_driver_sql("PRAGMA temp_store = FILE")  # another connection's
        with db.read() as connection:
            assert connection.exec_driver_sql("PRAGMA temp_store").scalar_one() == 1
        db.engine.dispose()  # every new keyed connection sets its own
        with db.read() as connection:
            assert connection.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2
            assert connection.exec_driver_sql(
                "PRAGMA cipher_memory_security").scalar_one() == "0"
    finally:
        db.close()
