"""A second launch on the same data folder hands over to the first instead of opening the DB."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from app.ui.shell.single_instance import SingleInstance, server_name

START_TIMEOUT_MS = 30_000


def launch(data_dir, name: str) -> subprocess.Popen:
    """`python -m app` on data_dir; its output goes to <data_dir>/../<name>.out."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with open(data_dir.parent / f"{name}.out", "w", encoding="utf-8") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--no-first-run"],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )


def output_of(data_dir, name: str) -> str:
    return (data_dir.parent / f"{name}.out").read_text(encoding="utf-8")


def log_text(data_dir) -> str:
    path = data_dir / "logs" / "rapport.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_each_data_folder_has_its_own_name(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")


def test_only_one_instance_claims_a_folder_until_it_releases(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.claim()
    assert not second.claim()
    first.release()
    assert second.claim()
    second.release()


@pytest.mark.slow
def test_a_second_launch_activates_the_first_and_never_opens_the_database(qtbot, tmp_path):
    data_dir = tmp_path / "network"
    running = SingleInstance(data_dir)
    assert running.claim()
    with qtbot.waitSignal(running.activation_requested, timeout=START_TIMEOUT_MS):
        second = launch(data_dir, "second")
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=START_TIMEOUT_MS)
    assert second.returncode == 0, output_of(data_dir, "second")
    assert not (data_dir / "rapport.db").exists()  # the second process did not open a writer
    running.release()


@pytest.mark.slow
def test_two_real_app_processes(qtbot, tmp_path):
    data_dir = tmp_path / "network"
    first = launch(data_dir, "first")
    try:
        qtbot.waitUntil(lambda: "listening on" in log_text(data_dir), timeout=START_TIMEOUT_MS)
        second = launch(data_dir, "second")
        assert second.wait(timeout=START_TIMEOUT_MS / 1000) == 0, output_of(data_dir, "second")
        qtbot.waitUntil(lambda: "bring the window to the front" in log_text(data_dir),
                        timeout=START_TIMEOUT_MS)
        assert first.poll() is None  # the first keeps running
    finally:
        first.send_signal(signal.SIGTERM)
        code = first.wait(timeout=START_TIMEOUT_MS / 1000)
    assert code == 0, output_of(data_dir, "first")  # SIGTERM quits cleanly (database closed)


@pytest.mark.slow
def test_a_killed_instance_does_not_block_the_next_start(qtbot, tmp_path):
    data_dir = tmp_path / "network"
    first = launch(data_dir, "first")
    qtbot.waitUntil(lambda: "listening on" in log_text(data_dir), timeout=START_TIMEOUT_MS)
    first.kill()
    first.wait()
    after_crash = SingleInstance(data_dir)
    assert after_crash.claim()  # the dead process's lock file and socket are taken over
    after_crash.release()
