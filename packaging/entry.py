"""PyInstaller's entry script: the same as `python -m app` / the `rapport` command."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
