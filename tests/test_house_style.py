"""The house style, enforced by tools (issue 15): ruff lints, vulture finds no dead code,
mypy type-checks the Qt-free core, and no file in app/ grows past 400 lines (the guide's
"small rooms"). The tools are pinned in pyproject's `test` extra."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 400


def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.slow
def test_ruff_finds_nothing():
    done = run("ruff", "check", "app", "tests", "bench", "docs")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_vulture_finds_no_dead_code():
    """A name only a framework uses goes into tests/vulture_allow.py, with why."""
    done = run("vulture", "app", "tests", "tests/vulture_allow.py", "--min-confidence", "60",
               "--exclude", "app/storage/migrations/versions")
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_checks_domain_and_services():
    """The files and the SQLAlchemy-only exceptions are in pyproject's [tool.mypy]."""
    done = run("mypy", timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_file_in_app_is_over_400_lines():
    long = {str(path.relative_to(ROOT)): lines for path in sorted((ROOT / "app").rglob("*.py"))
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}, f"split these (the guide: files under ~{MAX_LINES} lines): {long}"
