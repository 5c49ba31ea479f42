"""The core (domain/, storage/, services/) must never import Qt."""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"
CORE = ("domain", "storage", "services", "sync")  # sync: Qt-free too


def imported_modules(path: Path, package: str = "app") -> set[str]:
    """Absolute names of what a file imports; relative imports are resolved against
    package (the file's own package), so "from ..ui import x" counts as app.ui."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base)
                module = f"{prefix}.{node.module}" if node.module else prefix
                names.update([module] if node.module else
                             [f"{prefix}.{alias.name}" for alias in node.names])
            elif node.module:
                names.add(node.module)
    return names


def package_of(path: Path) -> str:
    return ".".join(("app", *path.relative_to(APP).parent.parts))


@pytest.mark.parametrize("package", CORE)
def test_core_does_not_import_qt_or_ui(package):
    files = sorted((APP / package).rglob("*.py"))
    assert files, f"no python files found under app/{package}"
    offenders = {
        str(path.relative_to(APP)): sorted(
            name for name in imported_modules(path, package_of(path)) if name.split(".")[0] == "PySide6"
            or name.startswith("app.ui")
        )
        for path in files
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_check_sees_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport app.ui.widgets.bridge\n")
    assert {"PySide6.QtCore", "app.ui.widgets.bridge"} <= imported_modules(sample)


def test_the_check_resolves_relative_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from ..ui import bridge\nfrom ..ui.icons import icon\nfrom . import base\n")
    found = imported_modules(sample, "app.services")
    assert {"app.ui", "app.ui.icons", "app.services.base"} <= found


def test_domain_knows_no_sql():
    """Domain rules are plain Python: no SQLAlchemy, no SQLModel (issue 15)."""
    offenders = {
        str(path.relative_to(APP)): sorted(
            name for name in imported_modules(path, package_of(path))
            if name.split(".")[0] in ("sqlalchemy", "sqlmodel") or name.startswith("app.storage")
        )
        for path in sorted((APP / "domain").rglob("*.py"))
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_only_the_shell_reaches_storage_from_the_ui():
    """Screens go through services; only ui/shell (opening the database, restore, unlock)
    touches app.storage directly (issue 15)."""
    files = [p for p in sorted((APP / "ui").rglob("*.py")) if "shell" not in p.relative_to(APP / "ui").parts[:1]]
    assert files
    offenders = {
        str(path.relative_to(APP)): sorted(
            name for name in imported_modules(path, package_of(path)) if name.startswith("app.storage")
        )
        for path in files
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_storage_check_sees_a_storage_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from app.storage.tables import Contact\n")
    assert "app.storage.tables" in imported_modules(sample)
