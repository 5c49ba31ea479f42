"""Where Rapport keeps its files. platformdirs by default; --data-dir or RAPPORT_DATA_DIR win."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from app import APP_NAME

ENV_DATA_DIR = "RAPPORT_DATA_DIR"
ENV_DOCUMENTS_DIR = "RAPPORT_DOCUMENTS_DIR"  # where exports go by default (tests point it away)


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    chosen: bool = False  # data_dir came from --data-dir or RAPPORT_DATA_DIR

    @property
    def database(self) -> Path:
        return self.data_dir / "rapport.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "rapport.log"

    def prepare(self) -> "Paths":
        """Create the data, backup and log folders private to the user (0700). Rapport's own
        folders left 0755 by an older version are tightened; a folder the user chose with
        --data-dir that already exists keeps its mode (its files are 0600 all the same)."""
        from app.logs import private_dir

        private_dir(self.data_dir, tighten=not self.chosen)
        private_dir(self.backups)
        private_dir(self.log_dir)
        return self


def resolve_paths(data_dir: str | Path | None = None) -> Paths:
    dirs = PlatformDirs(APP_NAME, appauthor=False)
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return Paths(data_dir=base, log_dir=base / "logs", chosen=True)
    return Paths(data_dir=Path(dirs.user_data_dir), log_dir=Path(dirs.user_log_dir))


def documents_dir() -> Path:
    """The user's documents folder (exports go there unless told otherwise)."""
    chosen = os.environ.get(ENV_DOCUMENTS_DIR)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())
