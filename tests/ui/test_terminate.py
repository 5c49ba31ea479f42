"""SIGTERM (logout, `kill`) ends the app cleanly, also while the first-run question is open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("args, shown", [
    ([], "first run: offering the sample network"),  # the modal question is open
    (["--no-first-run"], "main window shown"),  # the main event loop, idle
])
def test_sigterm_ends_the_app_while_the_first_run_dialog_is_open(tmp_path, args, shown):
    data = tmp_path / "fresh"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RAPPORT_DATA_DIR=str(data),
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_RUNTIME_DIR=str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    log = data / "logs" / "rapport.log"
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as stderr:
        app = subprocess.Popen([sys.executable, "-m", "app", *args], env=env,
                               cwd=Path(__file__).resolve().parents[2],
                               stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        assert wait_for(lambda: log.exists() and shown in log.read_text("utf-8"), 90), \
            "the app did not reach the first-run question"
        time.sleep(0.5)  # the dialog's event loop is running
        app.send_signal(signal.SIGTERM)
        code = app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 0, errors.read_text("utf-8", errors="replace")  # not killed by the signal
    assert "signal SIGTERM: quitting" in log.read_text("utf-8")
