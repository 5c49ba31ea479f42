"""The JSON backup of an encrypted database is sealed with a passphrase (sealed_backup.py):
it restores exactly like a plain one, gives nothing away, and a wrong passphrase or a
damaged file is said plainly and changes nothing."""

from __future__ import annotations

import getpass
import json
import sys

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from app.__main__ import main
from app.services import Services
from app.services.exporters import PassphraseNeeded, SealedDamaged, WrongPassphrase
from app.services.sample import SampleNetwork
from app.storage import encryption, key_file, sealed_backup
from app.storage.database import Database

pytest.importorskip("sqlcipher3")
pytest.importorskip("cryptography")

SECRET = "Sucht heimlich einen neuen Job bei Zeppelin"
PASS = "Kaffee am Morgen, Tee am Abend"


def table_rows(db) -> dict:
    with db.read() as conn:
        return {t.name: conn.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in SQLModel.metadata.sorted_tables}


def fresh(tmp_path, name, clock) -> Services:
    return Services(Database.open(tmp_path / name / "rapport.db"), clock)


@pytest.fixture
def filled(services):
    person = services.contacts.create(given_name="Zoë", family_name="Müller", about=SECRET)
    services.interactions.log(person, "meeting", "mutual", summary="Kaffee", notes=SECRET + " II")
    SampleNetwork(services.db, services.clock, services.events).generate(20)
    return services


@pytest.fixture
def encrypted(tmp_path, clock):
    """An encrypted database (its key sealed under PASS) holding the secret note; closed."""
    path = tmp_path / "enc" / "rapport.db"
    db = Database.open(path)
    Services(db, clock).contacts.create(given_name="Zoë", family_name="Müller", about=SECRET)
    db.close()
    key, _recovery = key_file.create(path, PASS)
    encryption.remove_kept_copy(encryption.encrypt_file(path, key))
    return path, key


def test_sealed_round_trip_equals_the_plain_round_trip(filled, tmp_path, clock):
    plain, sealed = tmp_path / "plain.json", tmp_path / "sealed.json"
    filled.exports.export(plain, "json")
    result = filled.exports.export(sealed, "json", passphrase=PASS)
    assert result.contacts == 21 and sealed.stat().st_mode & 0o777 == 0o600
    assert filled.exports.is_sealed(sealed) and not filled.exports.is_sealed(plain)
    from_plain, from_sealed = fresh(tmp_path, "a", clock), fresh(tmp_path, "b", clock)
    assert from_sealed.exports.restore(sealed, passphrase=PASS) == from_plain.exports.restore(plain)
    assert table_rows(from_sealed.db) == table_rows(from_plain.db) == table_rows(filled.db)
    assert [r.id for r in from_sealed.contacts.list_rows("muller")]  # the index is rebuilt


def test_an_encrypted_database_writes_only_sealed_backups(encrypted, tmp_path, clock):
    path, key = encrypted
    db = Database.open(path, key=key)
    services = Services(db, clock)
    try:
        with pytest.raises(PassphraseNeeded):
            services.exports.export(tmp_path / "plain.json", "json")
        assert not (tmp_path / "plain.json").exists()
        services.exports.export(tmp_path / "b.json", "json", passphrase="anders")
    finally:
        db.close()
    data = (tmp_path / "b.json").read_bytes()
    header = data.split(b"\n", 1)[0]
    assert header.startswith(b"RAPPORT-SEALED-BACKUP/1 ") and b"scrypt" in header
    # What `strings` would find: no note, no name, not even the backup's JSON keys.
    for needle in (SECRET[:12], "Zeppelin", "Müller", "Zoë", "rapport-backup", "tables"):
        assert needle.encode("utf-8") not in data
    restored = fresh(tmp_path, "c", clock)
    restored.exports.restore(tmp_path / "b.json", passphrase="anders")
    assert [r.name for r in restored.contacts.list_rows("zeppelin")] == ["Zoë Müller"]


def test_a_wrong_passphrase_changes_nothing(filled, tmp_path, clock):
    filled.exports.export(tmp_path / "b.json", "json", passphrase=PASS)
    target = fresh(tmp_path, "t", clock)
    target.contacts.create(given_name="Schon", family_name="Da")
    before = table_rows(target.db)
    for wrong in ("kaffee am morgen, tee am abend", None):
        with pytest.raises(WrongPassphrase, match="b.json"):
            target.exports.restore(tmp_path / "b.json", force=True, passphrase=wrong)
    assert table_rows(target.db) == before
    assert not list((tmp_path / "t").glob("**/*before-restore*"))  # not even a safety copy


@pytest.mark.parametrize("damage", ["truncate", "flip", "header", "version"])
def test_a_damaged_sealed_backup_is_named_as_such(filled, tmp_path, clock, damage):
    backup = tmp_path / "b.json"
    filled.exports.export(backup, "json", passphrase=PASS)
    data = bytearray(backup.read_bytes())
    if damage == "truncate":
        data = data[: len(data) * 2 // 3]
    elif damage == "flip":
        data[-100] ^= 0x01
    elif damage == "header":  # another salt: the check no longer opens
        head, body = bytes(data).split(b"\n", 1)
        params = json.loads(head.split(b" ", 1)[1])
        params["salt"] = "A" * 22 + "=="
        data = bytearray(b"RAPPORT-SEALED-BACKUP/1 " + json.dumps(params).encode() + b"\n" + body)
    else:
        data = data.replace(b"RAPPORT-SEALED-BACKUP/1", b"RAPPORT-SEALED-BACKUP/2", 1)
    backup.write_bytes(bytes(data))
    target = fresh(tmp_path, "t", clock)
    error = WrongPassphrase if damage == "header" else SealedDamaged
    with pytest.raises(error, match="b.json") as raised:
        target.exports.restore(backup, passphrase=PASS)
    if damage == "version":
        assert raised.value.reason == "version"
    assert table_rows(target.db) == table_rows(fresh(tmp_path, "empty", clock).db)


def test_seal_refuses_an_empty_passphrase_and_absurd_parameters():
    with pytest.raises(ValueError):
        sealed_backup.seal(b"{}", "")
    data = sealed_backup.seal(b"{}", "x")
    header, body = data.split(b"\n", 1)
    params = json.loads(header.split(b" ", 1)[1])
    params["n"] = 2**40
    forged = b"RAPPORT-SEALED-BACKUP/1 " + json.dumps(params).encode() + b"\n" + body
    with pytest.raises(sealed_backup.SealedBackupError) as raised:
        sealed_backup.unseal(forged, "x")
    assert raised.value.reason == "damaged"


# --- the command line ---------------------------------------------------------------------

def write(path, text):
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_cli_export_and_restore_with_passphrase_files(encrypted, tmp_path, capsys):
    path, _key = encrypted
    db_pass, backup_pass = write(tmp_path / "db.txt", PASS), write(tmp_path / "bk.txt", "zweite")
    source = ["--data-dir", str(path.parent), "--passphrase-file", db_pass]
    backup = tmp_path / "b.json"
    assert main([*source, "export", "--format", "json", "--out", str(backup),
                 "--passphrase-file", backup_pass]) == 0
    out = capsys.readouterr()
    assert "without it, nobody can restore it" in out.out and "not encrypted" not in out.err
    assert SECRET.encode() not in backup.read_bytes()
    target = ["--data-dir", str(tmp_path / "target")]
    wrong = write(tmp_path / "wrong.txt", "falsch")
    assert main([*target, "restore", str(backup), "--passphrase-file", wrong]) == 2
    err = capsys.readouterr().err
    assert "passphrase does not open the backup" in err and str(backup) in err
    assert "Traceback" not in err
    assert main([*target, "restore", str(backup), "--passphrase-file", backup_pass]) == 0
    assert "Restored 1 contacts" in capsys.readouterr().out
    cut = tmp_path / "cut.json"
    cut.write_bytes(backup.read_bytes()[:-10])
    assert main(["--data-dir", str(tmp_path / "t2"), "restore", str(cut),
                 "--passphrase-file", backup_pass]) == 2
    assert "damaged or cut short" in capsys.readouterr().err


def test_cli_prompts_twice_for_the_backup_passphrase(encrypted, tmp_path, capsys, monkeypatch):
    path, _key = encrypted
    typed = iter([PASS, "eins", "zwei", PASS, "neu", "neu", "neu"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    data = ["--data-dir", str(path.parent)]
    backup = tmp_path / "b.json"
    with pytest.raises(SystemExit, match="differ"):  # db passphrase, then two that differ
        main([*data, "export", "--format", "json", "--out", str(backup)])
    assert not backup.exists()
    assert main([*data, "export", "--format", "json", "--out", str(backup)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "t"), "restore", str(backup)]) == 0  # asked once
    assert "Restored 1 contacts" in capsys.readouterr().out


def test_a_plain_database_still_writes_plain_json(services, person, tmp_path, capsys):
    backup = tmp_path / "b.json"
    assert main(["--data-dir", str(tmp_path / "p"), "export", "--format", "json",
                 "--out", str(backup)]) == 0
    assert json.loads(backup.read_text(encoding="utf-8"))["format"] == "rapport-backup"


def test_an_unattended_json_export_of_a_keyring_database_says_what_to_do(
        encrypted, tmp_path, capsys, monkeypatch):
    # A cron job: the database opens with the keyring's key, no terminal for the backup's
    # own passphrase. Still no plain copy, but the message names --passphrase-file.
    path, key = encrypted
    monkeypatch.setattr(encryption, "stored_key", lambda _path: key)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    backup = tmp_path / "b.json"
    for language, words in (("en", "give --passphrase-file FILE for unattended backups"),
                            ("de", "Geben Sie für unbeaufsichtigte Sicherungen "
                                   "--passphrase-file DATEI an")):
        monkeypatch.setenv("LC_MESSAGES", f"{language}_DE.UTF-8")
        with pytest.raises(SystemExit) as stopped:
            main(["--data-dir", str(path.parent), "export", "--format", "json",
                  "--out", str(backup)])
        assert words in str(stopped.value.code)
        assert not backup.exists()
    answer = write(tmp_path / "bk.txt", "zweite")
    assert main(["--data-dir", str(path.parent), "export", "--format", "json",
                 "--out", str(backup), "--passphrase-file", answer]) == 0
    assert SECRET.encode() not in backup.read_bytes()
