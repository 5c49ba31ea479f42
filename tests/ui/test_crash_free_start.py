"""`rapport --self-test` (what CI runs inside the PyInstaller bundle) passes from the source tree:
a fresh database, German, icons and every page of the main window, with no error logged."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_self_test_passes_and_leaves_the_users_folders_alone(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RAPPORT_DATA_DIR", None)  # it must not need one: it works in a temp folder
    done = subprocess.run([sys.executable, "-m", "app", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test ok" in done.stdout
    assert "FAIL" not in done.stdout
    home = tmp_path / "home"  # conftest points HOME and the XDG folders here
    written = [p for p in home.rglob("*") if p.is_file()] if home.exists() else []
    assert written == []


def test_version_is_printed():
    done = subprocess.run([sys.executable, "-m", "app", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("Rapport ")
