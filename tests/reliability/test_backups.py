"""Backups: daily (rotating, the count a setting), before every import and restore
(also `restore --force`), private files in a private folder; a backup without contacts
never wipes a database."""

import json
import os
import stat
from datetime import datetime, timedelta, timezone

import pytest

from app.storage import backup
from app.storage.backup import describe, list_backups
from app.storage.database import Database
from app.services.exporters.backup import RestoreError

pytestmark = pytest.mark.reliability


def test_a_daily_backup_is_made_once_a_day_private_and_rotated(tmp_path, services, db):
    services.contacts.create(given_name="Ada")
    folder = tmp_path / "backups"
    made = db.daily_backup_if_due()
    assert made is not None and describe(made).reason == "daily"
    assert db.daily_backup_if_due() is None  # not twice a day
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    tomorrow = datetime.now(timezone.utc) + timedelta(days=1, minutes=1)
    assert db.daily_backup_if_due(tomorrow) is not None
    db.backups_to_keep = 3
    for day in range(2, 8):
        db.daily_backup_if_due(datetime.now(timezone.utc) + timedelta(days=day, minutes=1))
    assert len(list_backups(folder)) == 3


def test_settings_default_to_seven_backups():
    from app.domain.settings import Settings

    assert Settings().backups_to_keep == 7


def test_an_import_and_a_forced_restore_are_backed_up_first(tmp_path, services, db):
    ada = services.contacts.create(given_name="Ada")
    vcf = tmp_path / "one.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Baker\r\nN:Baker;Bob;;;\r\nEND:VCARD\r\n")
    services.imports.write(services.imports.plan(services.imports.read(vcf)))
    assert [describe(p).reason for p in list_backups(tmp_path / "backups")] == ["before-import"]
    dump = tmp_path / "all.json"
    services.exports.export(dump, "json")
    services.contacts.update(ada, about="written after the export")
    services.exports.restore(dump, force=True)
    reasons = [describe(p).reason for p in list_backups(tmp_path / "backups")]
    assert reasons == ["before-import", "before-restore"]
    safety = Database.open(list_backups(tmp_path / "backups")[-1])
    with safety.read() as conn:  # the safety copy holds what --force replaced
        about = conn.exec_driver_sql(f"SELECT about FROM contact WHERE id = {ada}").scalar()
    safety.close()
    assert about == "written after the export"


def test_a_backup_without_contacts_does_not_wipe_the_database(tmp_path, services, db):
    services.contacts.create(given_name="Ada")
    dump = tmp_path / "all.json"
    services.exports.export(dump, "json")
    data = json.loads(dump.read_text())
    for block in data["tables"].values():
        block["rows"] = []
    dump.write_text(json.dumps(data))
    with pytest.raises(RestoreError, match="holds no contacts"):
        services.exports.restore(dump, force=True)
    assert services.contacts.count() >= 1
    assert [r.name for r in services.contacts.list_rows()] == ["Ada"]


def test_restoring_a_backup_file_replaces_the_data_after_a_safety_copy(tmp_path, services, db):
    from app.services.backups import BackupsService

    services.contacts.create(given_name="Ada")
    old = db.backup("daily")
    services.contacts.create(given_name="Bob")
    changes = []
    services.events.subscribe(changes.append)
    backups = BackupsService(db, services.clock, services.events)
    safety = backups.restore(old)
    assert [r.name for r in services.contacts.list_rows()] == ["Ada"]
    assert backups.contacts_in(safety) == 2 and describe(safety).reason == "before-restore"
    (restored,) = changes  # one Changes value for the whole restore
    assert restored.touches("contacts") and restored.touches("settings")
    services.contacts.create(given_name="Cleo")  # the database works on after the swap
    assert services.contacts.count() == 2


def test_an_older_schema_backup_is_migrated_after_restoring_it(tmp_path, services, db):
    import shutil
    from pathlib import Path

    from app.services.backups import BackupsService
    from app.storage import migrate

    fixture = Path(__file__).parents[1] / "fixtures" / "schema_0002.db"
    old = tmp_path / "backups" / f"{backup.PREFIX}20260101-000000-000000-before-0003.db"
    old.parent.mkdir(exist_ok=True)
    shutil.copy(fixture, old)
    BackupsService(db, services.clock, services.events).restore(old)
    assert db.revision() == migrate.HEAD
    assert services.contacts.get(1).given_name == "Jürgen"


def test_the_users_backup_count_applies_to_every_backup_made(tmp_path, services, db):
    from app.services import Services

    settings = services.settings.load()
    settings.backups_to_keep = 2
    services.settings.save(settings)
    for _ in range(4):
        db.backup("manual")
    assert len(list_backups(tmp_path / "backups")) == 2
    db.backups_to_keep = 7
    Services(db, services.clock)  # a new start (CLI or window) reads the setting
    assert db.backups_to_keep == 2
