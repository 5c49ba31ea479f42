"""Everything Rapport writes is the user's alone: exports 0600, data and log folders 0700,
rapport.log 0600, from the window and from the command line, even under umask 022."""

from __future__ import annotations

import logging
import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from app.__main__ import main
from app.config import resolve_paths
from app.logs import setup_logging
from app.services.calendar_export import CalendarExport


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def usual_umask():
    previous = os.umask(0o022)  # what most desktops use: new files 0644 unless told otherwise
    yield
    os.umask(previous)


@pytest.fixture
def root_log_handlers():
    """setup_logging() adds a handler to the root logger; take it away again."""
    before = list(logging.getLogger().handlers)
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.mark.parametrize("format", ["vcard", "vcard4", "csv", "json"])
def test_every_export_format_is_private(services, person, tmp_path, usual_umask, format):
    out = tmp_path / f"out.{format}"
    services.exports.export(out, format)
    assert mode(out) == 0o600
    out.chmod(0o644)  # an earlier export, written by an older version
    services.exports.export(out, format)
    assert mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []  # no leftovers


def test_the_calendar_export_is_private(services, person, clock, tmp_path, usual_umask):
    CalendarExport(services.db, clock, services.events).export(tmp_path / "a.ics")
    assert mode(tmp_path / "a.ics") == 0o600


def test_the_log_and_its_folder_are_private(tmp_path, usual_umask, root_log_handlers):
    log_file = setup_logging(tmp_path / "state" / "logs" / "rapport.log")
    logging.getLogger("test").warning("hello")
    assert mode(log_file.parent) == 0o700 and mode(log_file) == 0o600


def test_a_log_left_world_readable_by_an_older_version_is_made_private(tmp_path, usual_umask,
                                                                       root_log_handlers):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    (folder / "rapport.log").write_text("old\n")
    (folder / "rapport.log").chmod(0o644)
    setup_logging(folder / "rapport.log")
    assert mode(folder) == 0o700 and mode(folder / "rapport.log") == 0o600
    assert (folder / "rapport.log").read_text().startswith("old\n")  # appended, not replaced


def test_the_cli_makes_its_folders_private(tmp_path, usual_umask, capsys, monkeypatch):
    monkeypatch.setenv("RAPPORT_DOCUMENTS_DIR", str(tmp_path / "docs"))
    data = tmp_path / "new"
    assert main(["--data-dir", str(data), "export", "--format", "json"]) == 0
    assert mode(data) == 0o700 and mode(data / "backups") == 0o700 and mode(data / "logs") == 0o700
    assert mode(data / "rapport.db") == 0o600
    (written,) = (tmp_path / "docs").iterdir()
    assert mode(written) == 0o600


def test_default_folders_of_an_older_version_are_tightened(tmp_path, usual_umask, monkeypatch):
    monkeypatch.delenv("RAPPORT_DATA_DIR")
    paths = resolve_paths()
    for folder in (paths.data_dir, paths.log_dir):
        folder.mkdir(parents=True, mode=0o755)
        folder.chmod(0o755)
    paths.prepare()
    assert mode(paths.data_dir) == 0o700 and mode(paths.log_dir) == 0o700
    assert mode(paths.backups) == 0o700


def test_a_folder_the_user_chose_keeps_its_mode(tmp_path, usual_umask):
    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)
    paths = resolve_paths(chosen).prepare()
    assert mode(chosen) == 0o755  # not ours to change; everything Rapport puts inside is private
    assert mode(paths.backups) == 0o700 and mode(paths.log_dir) == 0o700


@pytest.mark.slow
def test_the_window_creates_private_folders_and_log(tmp_path):
    """The real start: `rapport --data-dir X` under the offscreen platform, ended by SIGTERM."""
    data = tmp_path / "fresh"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), "--no-first-run"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: os.umask(0o022))
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            log = data / "logs" / "rapport.log"
            if log.exists() and "main window shown" in log.read_text(encoding="utf-8"):
                break  # the database is open and the window has its pages
            time.sleep(0.2)
        assert process.poll() is None, process.communicate()[1].decode()
        assert mode(data) == 0o700 and mode(data / "logs") == 0o700
        assert mode(data / "backups") == 0o700
        assert mode(data / "logs" / "rapport.log") == 0o600
        assert mode(data / "rapport.db") == 0o600
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)


def test_every_export_goes_through_storage_s_one_durable_writer(
        services, person, clock, tmp_path, monkeypatch):
    """One atomic writer (app/storage/sealed_backup.write_atomically): each export is on disk
    (fsync) before it replaces the old file, and nothing else in app/ makes its own temp file."""
    from pathlib import Path

    synced: list[str] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(os.readlink(
        f"/proc/self/fd/{fd}")) or real(fd))
    for format in ("vcard", "csv", "json"):
        services.exports.export(tmp_path / f"out.{format}", format)
    CalendarExport(services.db, clock, services.events).export(tmp_path / "a.ics")
    for name in ("out.vcard", "out.csv", "out.json", "a.ics"):
        assert any(f"/.{name}." in path for path in synced), name
    assert (tmp_path / "out.csv").read_bytes().startswith("\ufeff".encode())  # Excel's BOM
    app = Path(__file__).parents[1] / "app"
    makers = sorted(str(p.relative_to(app)) for p in app.rglob("*.py")
                    if "mkstemp(" in p.read_text(encoding="utf-8"))
    assert makers == ["storage/sealed_backup.py"]
