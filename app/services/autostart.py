"""Start at login: an XDG autostart .desktop file ($XDG_CONFIG_HOME/autostart). Qt-free.

Only Linux and other XDG desktops read this folder; elsewhere the file is harmless.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

FILE_NAME = "rapport.desktop"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def launch_command() -> str:
    """The installed `rapport` script if there is one beside this Python, else -m app."""
    script = Path(sys.executable).with_name("rapport")
    if script.exists():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m app"


def desktop_entry(command: str) -> str:
    return "\n".join((
        "[Desktop Entry]",
        "Type=Application",
        "Name=Rapport",
        "Comment=Networking CRM: today's follow-ups",
        f"Exec={command}",
        "Icon=rapport",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ))


def set_start_at_login(enabled: bool) -> Path:
    """Write (or remove) the autostart entry; returns its path either way."""
    path = autostart_dir() / FILE_NAME
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    temp.write_text(desktop_entry(launch_command()), encoding="utf-8")
    os.replace(temp, path)
    return path


def is_start_at_login() -> bool:
    return (autostart_dir() / FILE_NAME).exists()
