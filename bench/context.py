"""What every figure function gets: the run settings, the databases and a log line."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from app.services import Services


@dataclass
class Context:
    contacts: int
    runs: int  # timed runs for quick figures; slow ones use `few`
    few: int
    work: Path  # scratch folder for this run
    db_path: Path  # private copy of the big sample DB
    services: Services  # over db_path, with the bench clock
    peer_contacts: int
    peer_db_path: Path
    peer_services: Services
    log: Callable[[str], None] = print
    files: dict[str, Path] = field(default_factory=dict)
    qt_app: object = None

    def qt(self):
        """The QApplication for in-process UI figures (offscreen), made on first use."""
        if self.qt_app is None:
            from PySide6.QtWidgets import QApplication

            self.qt_app = QApplication.instance() or QApplication(["rapport-bench"])
        return self.qt_app


def feature(module: str, *attributes: str):
    """The named attribute path of a module if the feature has landed, else None. Figures
    look their feature up lazily so that they light up as other work is merged."""
    if importlib.util.find_spec(module) is None:
        return None
    target = importlib.import_module(module)
    for name in attributes:
        target = getattr(target, name, None)
        if target is None:
            return None
    return target
