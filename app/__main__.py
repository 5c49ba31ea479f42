"""`python -m app` and the `rapport` entry point: the GUI, or a CLI subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from app import cli

    if cli.is_cli_command(argv):
        return cli.main(argv)
    from app.ui.shell.launch import parse_gui_args, run_gui

    if parse_gui_args(argv).self_test:  # here, not in launch: self_test uses launch
        from app.ui.shell.self_test import run_self_test

        return run_self_test()
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
