"""`rapport import`, `rapport export` and `rapport restore` from the command line."""

import json
from pathlib import Path

from app.__main__ import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_import_dry_run_then_import_reports_rejected_records(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "import", str(FIXTURES / "one_broken_card.vcf"), "--dry-run"]) == 1
    out = capsys.readouterr()
    assert "Would import 2 new" in out.out
    assert "rejected: " in out.err and "card 2 (line 6)" in out.err
    assert main([*data, "export", "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 0
    assert "Wrote 0 contacts" in capsys.readouterr().out  # the dry run wrote nothing
    assert main([*data, "import", str(FIXTURES / "apple_contacts.vcf")]) == 0
    assert "Imported 3 new, 0 merged" in capsys.readouterr().out


def test_export_json_and_restore_into_an_empty_folder_only(tmp_path, capsys):
    source, target = ["--data-dir", str(tmp_path / "a")], ["--data-dir", str(tmp_path / "b")]
    main([*source, "import", str(FIXTURES / "Connections.csv")])
    backup = tmp_path / "backup.json"
    assert main([*source, "export", "--format", "json", "--out", str(backup)]) == 0
    assert json.loads(backup.read_text(encoding="utf-8"))["format"] == "rapport-backup"
    assert main([*target, "restore", str(backup)]) == 0
    assert "Restored 4 contacts" in capsys.readouterr().out
    assert main([*target, "restore", str(backup)]) == 2
    err = capsys.readouterr().err
    assert "not empty" in err and "Nothing was changed" in err and "Traceback" not in err
    assert main([*target, "restore", str(backup), "--force"]) == 0


def test_a_file_rapport_cannot_read_is_refused_with_its_name(tmp_path, capsys):
    bad = tmp_path / "notes.md"
    bad.write_text("# not contacts\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "import", str(bad)]) == 2
    assert "notes.md" in capsys.readouterr().err


def test_restore_refusals_speak_german(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "de_DE.UTF-8")
    data = ["--data-dir", str(tmp_path / "a")]
    main([*data, "import", str(FIXTURES / "Connections.csv")])
    backup = tmp_path / "backup.json"
    assert main([*data, "export", "--format", "json", "--out", str(backup)]) == 0
    assert main([*data, "restore", str(backup)]) == 2  # not empty
    err = capsys.readouterr().err
    assert "Die Datenbank ist nicht leer" in err and "--force" in err
    assert "Es wurde nichts geändert." in err and "Nothing" not in err
    broken = json.loads(backup.read_text(encoding="utf-8"))
    broken["format"] = "something-else"
    backup.write_text(json.dumps(broken), encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "b"), "restore", str(backup)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rapport: ") and "Es wurde nichts geändert." in err
    assert "Nothing was changed" not in err
