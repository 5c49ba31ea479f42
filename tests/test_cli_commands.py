"""The command line as a person meets it: --help, where --data-dir goes, `| head`, unknown
words, `rapport today` that reads well, exports that land in the documents folder, German."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from app import cli_commands
from app.__main__ import main
from app.domain.birthdays import Birthday
from app.domain.clock import SystemClock
from app.services import Services
from app.storage.database import Database


def _fill(data_dir, language: str | None = None) -> None:
    """A promise each way, a birthday next week and a reminder: every kind of dated line."""
    db = Database.open(data_dir / "rapport.db")
    services = Services(db, SystemClock())
    today = datetime.now(timezone.utc).date()
    maxi = services.contacts.create(given_name="Maxi", family_name="Müller")
    ben = services.contacts.create(given_name="Ben", family_name="Schmidt",
                                   birthday=Birthday(month=(today + timedelta(days=3)).month,
                                                     day=(today + timedelta(days=3)).day,
                                                     year=1990))
    services.promises.add(maxi, "me", "Folien schicken", due=today - timedelta(days=3))
    services.promises.add(ben, "them", "Intro zu Lea", due=today - timedelta(days=1))
    if language:
        services.settings.save(dataclasses.replace(services.settings.load(), language=language))
    db.close()


def test_help_lists_every_command_with_its_description(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name, (help_text, _arguments, _run) in cli_commands.COMMANDS.items():
        line = next((line for line in out.splitlines() if line.strip().startswith(name + " ")), "")
        assert help_text.split()[0] in line, f"{name} is not listed with its description:\n{out}"
    assert "opens its window" in out


@pytest.mark.parametrize("order", ["before", "after"])
def test_data_dir_works_before_or_after_the_command(tmp_path, capsys, order, monkeypatch):
    monkeypatch.delenv("RAPPORT_DATA_DIR")
    data = tmp_path / "mine"
    _fill(data)
    argv = ["--data-dir", str(data), "today"] if order == "before" else ["today", "--data-dir", str(data)]
    assert main(argv) == 0
    assert "Maxi Müller" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["today"], ["ask", "KI"]])
def test_a_pipe_closed_early_ends_quietly(tmp_path, command):
    """`rapport today | head`: the reader goes away before Rapport writes a line."""
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo", "--contacts", "40"]) == 0
    process = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), *command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # like `head` that has read enough
    _out, err = process.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert process.returncode in (0, 1)


def test_today_prints_each_date_once_and_reads_well(tmp_path, capsys):
    data = tmp_path / "d"
    _fill(data)
    assert main(["--data-dir", str(data), "today"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert len(lines) == 3, lines
    for line in lines:
        due = re.match(r"  (\d{4}-\d\d-\d\d)  ", line).group(1)
        assert line.count(due) == 1, line
    assert any(line.endswith("Maxi Müller — I promised: Folien schicken") for line in lines)
    assert any("Ben Schmidt — birthday, turns" in line for line in lines)
    assert any(line.endswith("Ben Schmidt — they promised: Intro zu Lea (a gentle nudge?)") for line in lines)


@pytest.mark.parametrize("word", ["synch", "foo"])  # "sync" is a real command now
def test_an_unknown_command_is_an_error_and_never_opens_the_window(word, capsys, monkeypatch,
                                                                   tmp_path):
    import app.ui.shell.launch

    monkeypatch.setattr(app.ui.shell.launch, "run_gui", lambda argv: pytest.fail("the GUI started"))
    data = tmp_path / "x"
    assert main(["--data-dir", str(data), word]) == 2
    assert not data.exists()  # nothing written for a command that does not exist
    err = capsys.readouterr().err
    assert f"unknown command “{word}”" in err
    assert all(name in err for name in cli_commands.COMMANDS)


def test_a_new_command_is_recognised_by_registering_it(capsys, monkeypatch):
    monkeypatch.setattr(cli_commands, "COMMANDS", dict(cli_commands.COMMANDS))
    cli_commands.command("sync", "synchronise with CardDAV")(lambda args: print("synced") or 0)
    assert main(["sync"]) == 0
    assert capsys.readouterr().out == "synced\n"


def test_window_options_still_open_the_window(monkeypatch):
    import app.ui.shell.launch

    started = []
    monkeypatch.setattr(app.ui.shell.launch, "run_gui", lambda argv: started.append(argv) or 0)
    for argv in ([], ["--no-first-run"], ["--data-dir", "x"], ["-platform", "offscreen"]):
        assert main(argv) == 0
    assert len(started) == 4


def test_export_without_out_goes_to_the_documents_folder_and_says_where(tmp_path, capsys,
                                                                         monkeypatch):
    documents, here = tmp_path / "Documents", tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setenv("RAPPORT_DOCUMENTS_DIR", str(documents))
    _fill(tmp_path / "d")
    for kind in ("csv", "json", "csv"):
        assert main(["--data-dir", str(tmp_path / "d"), "export", "--format", kind]) == 0
    assert main(["--data-dir", str(tmp_path / "d"), "export-ics"]) == 0
    out = capsys.readouterr().out
    written = sorted(p.name for p in documents.iterdir())
    assert len(written) == 4  # the second CSV did not overwrite the first
    assert all(str(documents / name) in out for name in written)
    assert list(here.iterdir()) == []


def test_today_speaks_german_when_the_settings_say_so(tmp_path, capsys):
    _fill(tmp_path / "d", language="de")
    assert main(["--data-dir", str(tmp_path / "d"), "today"]) == 0
    out = capsys.readouterr().out
    assert "Fokus: 2 Sachen zuerst" in out and "Später (1)" in out and "Demnächst (1)" in out
    assert "Maxi Müller — Ich habe zugesagt: Folien schicken" in out
    assert "Overdue" not in out


def test_the_locale_picks_german_when_the_settings_leave_it_to_the_system(tmp_path):
    _fill(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="de_DE.UTF-8", LANGUAGE="de")
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "d"), "today"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Fokus: 2 Sachen zuerst" in done.stdout and "Demnächst (1)" in done.stdout


def test_the_cli_speaks_german_without_loading_qt():
    code = subprocess.run([sys.executable, "-c", "import sys, app.cli, app.config, app.logs\n"
                           "from app.cli_text import CliText\n"
                           "print(CliText('de').bucket('overdue', '3'))\n"
                           "print(any(name.startswith('PySide6') for name in sys.modules))"],
                          capture_output=True, text=True, timeout=60)
    assert code.stdout.split("\n")[:2] == ["Überfällig (3)", "False"], code.stderr


@pytest.mark.parametrize("environ, language", [
    ({"LANG": "de_DE.UTF-8"}, "de"), ({"LANG": "de_AT.UTF-8"}, "de"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({}, "en"),
    ({"LANGUAGE": "de:en", "LANG": "en_US.UTF-8"}, "de"), ({"LC_MESSAGES": "de_CH.UTF-8"}, "de"),
])
def test_the_locale_decides_when_the_settings_say_system(environ, language):
    from app.cli_text import system_language

    assert system_language(environ) == language


def test_the_cli_reads_the_word_lists_as_the_build_does():
    from app import i18n_build
    from app.cli_text import CONTEXT, _english_forms, read_forms

    words = i18n_build.read_word_lists(i18n_build.TRANSLATIONS / "de")
    built = {source: entry.forms for (context, source), entry in words.items() if context == CONTEXT}
    assert read_forms(i18n_build.TRANSLATIONS / "de") == built and built
    for source in built:
        assert _english_forms(source) == i18n_build.english_plural(source)


def test_import_and_export_report_in_german_too(tmp_path, capsys):
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "import" / "apple_contacts.vcf"
    data = ["--data-dir", str(tmp_path / "d")]
    _fill(tmp_path / "d", language="de")
    assert main([*data, "import", str(fixture), "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("Würde importieren: 2 neu, 1 zusammengeführt")
    assert main([*data, "export", "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 0
    assert capsys.readouterr().out.startswith("2 Kontakte nach ")
