"""The machine a run measured: what the README's Performance section states beside the table."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from pathlib import Path


def describe() -> dict:
    import PySide6
    import sqlalchemy

    return {
        "cpus": os.cpu_count(),
        "cpu": _cpu_model(),
        "ram_gib": _ram_gib(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "load_average_at_start": _load(),
        "executable": sys.executable,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def one_line(info: dict) -> str:
    return (f"{info['cpus']} × {info['cpu']}, {info['ram_gib']} GiB RAM, {info['os']}; "
            f"Python {info['python']}, SQLite {info['sqlite']}, PySide6 {info['pyside6']}, "
            f"SQLAlchemy {info['sqlalchemy']}; load average at start "
            f"{', '.join(str(x) for x in info['load_average_at_start'] or [])}")
