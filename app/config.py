"""Where Rapport keeps its files. platformdirs by default; --data-dir or RAPPORT_DATA_DIR win."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from app import APP_NAME

ENV_DATA_DIR = "RAPPORT_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "rapport.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "rapport.log"


def resolve_paths(data_dir: str | Path | None = None) -> Paths:
    dirs = PlatformDirs(APP_NAME, appauthor=False)
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return Paths(data_dir=base, log_dir=base / "logs")
    return Paths(data_dir=Path(dirs.user_data_dir), log_dir=Path(dirs.user_log_dir))
