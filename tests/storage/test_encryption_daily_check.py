"""The day's page check of an encrypted database runs off the start path, before the daily
backup; after an unclean end it still runs before the file is used."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

from app.services import Services
from app.storage import backup, database, encryption
from app.storage.database import Database
from app.storage.errors import DamagedDatabaseError

pytest.importorskip("sqlcipher3")


def encrypted_with_an_old_backup(tmp_path, clock):
    """An encrypted database with 40 contacts whose newest backup is two days old: the
    day's check and backup are due. Returns (path, backups, key)."""
    path, backups = tmp_path / "data" / "rapport.db", tmp_path / "backups"
    db = Database.open(path, backup_dir=backups)
    services = Services(db, clock)
    for number in range(40):
        services.contacts.create(given_name=f"Ada {number}", about="z" * 2000)
    db.close()
    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(path, key))
    db = Database.open(path, backup_dir=backups, key=key)
    made = db.backup(backup.DAILY)
    db.close()
    earlier = (datetime.now(timezone.utc) - timedelta(days=2)).strftime(backup.STAMP)
    os.replace(made, made.with_name(f"{backup.PREFIX}{earlier}-daily.db"))
    return path, backups, key


def damage_the_contact_table(path, key, table: str = "contact") -> None:
    """Overwrite bytes inside a table's root page (not read by opening)."""
    connection = encryption.connect(path, key, readonly=True)
    try:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = connection.execute("PRAGMA cipher_page_size").fetchone()[0]
    finally:
        connection.close()
    with open(path, "r+b") as handle:
        handle.seek((int(root) - 1) * int(size) + 200)
        handle.write(b"\xff\x13\x37" * 100)


@pytest.fixture
def spied(monkeypatch):
    """What ran, in order: 'open check' (quick_check at open), 'page check', 'backup'."""
    events: list[str] = []
    inspect, pages, copy = database.inspect_file, database.check_file_pages, backup.backup_file

    def spy_inspect(*args, **kwargs):
        if kwargs.get("quick", True):
            events.append("open check")
        return inspect(*args, **kwargs)

    monkeypatch.setattr(database, "inspect_file", spy_inspect)
    monkeypatch.setattr(database, "check_file_pages",
                        lambda *a: events.append("page check") or pages(*a))
    monkeypatch.setattr(backup, "backup_file", lambda *a, **k: events.append("backup") or copy(*a, **k))
    return events


def test_the_day_s_first_open_does_not_check_then_the_daily_backup_checks_first(
        tmp_path, clock, spied):
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    spied.clear()
    db = Database.open(path, backup_dir=backups, key=key)
    try:
        assert spied == [] and db.check_due  # open: no full check, it is still due
        assert db.daily_backup_if_due() is not None
        assert spied == ["page check", "backup"]
        assert not db.check_due
        db.backup("manual")  # checked once a day, not at every copy
        assert spied == ["page check", "backup", "backup"]
    finally:
        db.close()


def test_damage_found_by_the_background_check_is_reported_and_never_backed_up(tmp_path, clock):
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    damage_the_contact_table(path, key)
    before = backup.list_backups(backups)
    db = Database.open(path, backup_dir=backups, key=key)  # the start is not stopped
    try:
        with pytest.raises(DamagedDatabaseError) as found:
            db.daily_backup_if_due()
        message = str(found.value)
        assert "is damaged" in message and "left untouched" in message
        assert "newest backup is" in message and found.value.backups == before
        with pytest.raises(DamagedDatabaseError):  # nor any later copy of it
            db.backup("before-import")
        assert backup.list_backups(backups) == before
    finally:
        db.close()


def test_after_an_unclean_end_the_encrypted_file_is_checked_before_it_opens(
        tmp_path, clock, spied):
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    db = Database.open(path, backup_dir=backups, key=key)
    Services(db, clock).contacts.create(given_name="Bo")  # a WAL with content: as after a kill
    spied.clear()
    try:
        Database.open(path, backup_dir=backups, key=key).close()
    finally:
        db.close()
    assert spied[:1] == ["open check"]


def test_restoring_over_a_damaged_file_keeps_a_copy_of_it(tmp_path, clock):
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    damage_the_contact_table(path, key)
    damaged = path.read_bytes()
    db = Database.open(path, backup_dir=backups, key=key)
    try:
        with pytest.raises(DamagedDatabaseError) as found:
            db.daily_backup_if_due()
        kept = db.restore_backup(found.value.backups[-1])
        # kept as it was (a checkpoint may have folded the WAL in): the damage included
        assert len(kept.read_bytes()) == len(damaged) and "damaged" in kept.name
        assert b"\xff\x13\x37" * 100 in kept.read_bytes()
        assert len(Services(db, clock).contacts.list_rows()) == 40
        assert db.daily_backup_if_due() is not None  # the restored file is good
    finally:
        db.close()


def test_the_copy_before_an_update_is_checked_first_and_encrypted(tmp_path, clock, spied):
    # The acceptance's "strings over … its backups" for the automatic backup before a
    # migration: a released schema, encrypted, opened by this Rapport.
    import shutil
    from pathlib import Path

    from app.storage import migrate

    path, backups = tmp_path / "data" / "rapport.db", tmp_path / "backups"
    path.parent.mkdir()
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema_0008.db", path)
    assert b"Folien schicken" in path.read_bytes()
    key = encryption.new_key()
    encryption.remove_kept_copy(encryption.encrypt_file(path, key))
    spied.clear()
    db = Database.open(path, backup_dir=backups, key=key)
    try:
        assert db.revision() == migrate.HEAD
        assert spied == ["page check", "backup"]  # no copy of an unchecked file
        [made] = backup.list_backups(backups)
        assert "before-" in made.name and encryption.looks_encrypted(made)
        for text in (b"Folien schicken", b"Festo", "Jürgen".encode()):
            assert text not in made.read_bytes() and text not in path.read_bytes()
        assert [r.name for r in Services(db, clock).contacts.list_rows("robotik")] == ["Jürgen Groß"]
    finally:
        db.close()


def test_a_page_check_failing_once_during_a_checkpoint_is_checked_again(
        tmp_path, clock, monkeypatch):
    # cipher_integrity_check reads raw pages without a read snapshot: a concurrent WAL
    # checkpoint can make one pass fail. Only a failure that repeats is damage.
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    real, passes = database.check_file_pages, []

    def first_pass_fails(*args):
        passes.append("check")
        if len(passes) == 1:  # as if a page changed under the check
            return DamagedDatabaseError(f"{path} is damaged: HMAC check failed", path)
        return real(*args)

    monkeypatch.setattr(database, "check_file_pages", first_pass_fails)
    db = Database.open(path, backup_dir=backups, key=key)
    try:
        assert db.daily_backup_if_due() is not None  # no damage recorded
        assert passes == ["check", "check"]
        assert db.backup("before-import") is not None  # nor later in the session
    finally:
        db.close()


def test_damage_found_twice_is_recorded(tmp_path, clock, monkeypatch):
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    damage_the_contact_table(path, key)
    real, passes = database.check_file_pages, []
    monkeypatch.setattr(database, "check_file_pages",
                        lambda *a: passes.append("check") or real(*a))
    db = Database.open(path, backup_dir=backups, key=key)
    try:
        with pytest.raises(DamagedDatabaseError):
            db.daily_backup_if_due()
        assert passes == ["check", "check"]
    finally:
        db.close()


def test_restoring_over_a_damaged_file_before_the_day_s_check_ran(tmp_path, clock):
    # The check is still due when the user restores: it runs first, and its damage takes
    # the damaged-file path at once (no failing "before-restore" copy).
    path, backups, key = encrypted_with_an_old_backup(tmp_path, clock)
    good = backup.list_backups(backups)[-1]
    damage_the_contact_table(path, key)
    damaged = path.read_bytes()
    db = Database.open(path, backup_dir=backups, key=key)
    try:
        assert db.check_due
        kept = db.restore_backup(good)
        # kept as it was (a checkpoint may have folded the WAL in): the damage included
        assert len(kept.read_bytes()) == len(damaged) and "damaged" in kept.name
        assert b"\xff\x13\x37" * 100 in kept.read_bytes()
        assert len(Services(db, clock).contacts.list_rows()) == 40
        assert not db.check_due and db.backup("manual") is not None
    finally:
        db.close()
