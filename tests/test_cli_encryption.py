"""`rapport encrypt` / `rapport decrypt` and --passphrase-file for every command."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from app.cli import main
from app.storage import encryption

pytest.importorskip("sqlcipher3")


def test_encrypt_use_and_decrypt_with_a_passphrase_file(tmp_path, capsys):
    database = tmp_path / "data" / "rapport.db"
    assert main(["demo", "--contacts", "5"]) == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("Kaffee mit Zoë\n")
    assert main(["--passphrase-file", str(secret), "encrypt", "--delete-plain"]) == 0
    out = capsys.readouterr().out
    assert "now encrypted" in out and "does not wipe" in out
    recovery = out.split("Recovery key")[1].splitlines()[1].strip()  # shown once
    assert main(["--passphrase-file", str(_file(tmp_path, recovery)), "today"]) == 0
    assert encryption.looks_encrypted(database)
    assert not list(database.parent.glob("rapport.db.plain-*"))
    assert main(["--passphrase-file", str(secret), "today"]) == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("guess\n")
    before = database.read_bytes()
    with pytest.raises(SystemExit) as ended:
        main(["--passphrase-file", str(wrong), "today"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "passphrase does not open" in err and "Traceback" not in err
    assert database.read_bytes() == before
    assert main(["--passphrase-file", str(secret), "export", "--format", "csv",
                 "--out", str(tmp_path / "x.csv")]) == 0
    assert "not encrypted" in capsys.readouterr().err
    gc.collect()  # the leaked engines (a real CLI run ends its process) close their files
    newer = tmp_path / "new.txt"
    newer.write_text("Tee mit Zoë\n")
    assert main(["--passphrase-file", str(secret), "change-key",
                 "--new-passphrase-file", str(newer)]) == 0
    secret = newer
    assert main(["--passphrase-file", str(secret), "today"]) == 0
    # the earlier commands' connections are still open in this process: refused, unchanged
    assert main(["--passphrase-file", str(secret), "decrypt"]) == 2
    assert "in use" in capsys.readouterr().err and encryption.looks_encrypted(database)
    gc.collect()  # the leaked engines (a real CLI run ends its process) close their files
    done = subprocess.run([sys.executable, "-m", "app", "--passphrase-file", str(secret),
                           "decrypt"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not encryption.looks_encrypted(database)
    assert list(database.parent.glob("rapport.db.encrypted-*"))


def _file(folder, text):
    path = folder / "recovery.txt"
    path.write_text(text + "\n")
    return path


def test_encrypt_and_decrypt_speak_german_when_the_locale_does(tmp_path, capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["demo", "--contacts", "3"]) == 0
    capsys.readouterr()
    secret = tmp_path / "pass.txt"
    secret.write_text("Kaffee mit Zoë\n")
    assert main(["--passphrase-file", str(secret), "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "ist jetzt verschlüsselt (Passphrase)." in out
    assert "Wiederherstellungsschlüssel (wird nur einmal angezeigt" in out
    assert "Die unverschlüsselte Kopie liegt unter" in out and "Löschen ist nicht Überschreiben" in out
    assert "now encrypted" not in out and "Recovery key" not in out
    assert main(["--passphrase-file", str(secret), "decrypt", "--delete-plain"]) == 0
    out = capsys.readouterr().out
    assert "ist jetzt eine unverschlüsselte SQLite-Datei" in out
    assert "Die verschlüsselte Kopie wurde gelöscht." in out
    with pytest.raises(SystemExit) as ended:
        main(["decrypt"])
    assert "ist nicht verschlüsselt; nichts wurde geändert." in str(ended.value.code)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    with pytest.raises(SystemExit) as ended:
        main(["--passphrase-file", str(empty), "encrypt"])
    assert "enthält keine Passphrase" in str(ended.value.code)
