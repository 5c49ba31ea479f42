"""Re-take every screenshot in docs/screenshots/, English and German, each area in its own
process (one QApplication and one set of translators per process).

    python docs/screens/all.py [en de]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = ("first_run", "today", "contacts", "common_ground", "dashboard", "drafts", "import_export",
         "settings", "sync", "encryption", "accessibility")


def main(languages: list[str]) -> int:
    failed = []
    for area in AREAS:
        for language in languages:
            result = subprocess.run([sys.executable, str(HERE / f"{area}.py"), language])
            if result.returncode:
                failed.append(f"{area} ({language})")
    if failed:
        print("failed:", ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["en", "de"]))
