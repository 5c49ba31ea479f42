"""Start at login writes and removes an XDG autostart entry under XDG_CONFIG_HOME."""

import configparser
import os
from pathlib import Path

from app.services.autostart import is_start_at_login, set_start_at_login


def test_start_at_login_writes_and_removes_the_desktop_file():
    path = set_start_at_login(True)
    assert path == Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "rapport.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path, encoding="utf-8")
    assert entry["Desktop Entry"]["Type"] == "Application"
    assert "app" in entry["Desktop Entry"]["Exec"] or "rapport" in entry["Desktop Entry"]["Exec"]
    assert is_start_at_login()
    assert set_start_at_login(False) == path and not path.exists() and not is_start_at_login()
    set_start_at_login(False)  # removing twice is fine
