"""Child processes for the reliability suite: they write, print what they committed, and
are killed with SIGKILL at chosen moments."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def spawn(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def read_until(child: subprocess.Popen, lines: int, then_wait: float = 0.0) -> list[str]:
    """Read `lines` lines from the child, optionally wait a moment more, then kill -9 it.
    Returns every line read (each one is a fact the child had committed)."""
    seen: list[str] = []
    try:
        for line in child.stdout:
            seen.append(line.strip())
            if len(seen) >= lines:
                break
        time.sleep(then_wait)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        rest = child.stdout.read()
        seen.extend(line.strip() for line in rest.splitlines())  # printed before the kill
        child.stdout.close()
        child.stderr.close()
    return seen
