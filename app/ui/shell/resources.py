"""Where the bundled resources (translations, icons, templates) are on disk.

A wheel installs resources/ as app/resources, a PyInstaller bundle puts it at the same place,
and a source checkout (also an editable install) keeps it at the top of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import app


@cache
def resources_dir() -> Path:
    package = Path(app.__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError(f"Rapport's resources folder is missing (looked beside {package})")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
