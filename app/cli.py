"""Headless commands over services/: demo, import, export, restore, today, ask and more.

`rapport` alone opens the window; `rapport COMMAND` runs a command; a word that is no
command is an error (exit 2), never the window. The commands themselves live in
cli_commands.py and register themselves there with @command.
"""

from __future__ import annotations

import argparse
import os
import sys

from app import __version__, cli_commands

GUI_HELP = ("Without a command, Rapport opens its window (options --data-dir, --no-first-run, "
            "--self-test).\nEvery command also takes --data-dir, before or after its name.")
# Options (ours and Qt's) whose value is a separate word that is not a command.
OPTIONS_WITH_VALUE = {"--data-dir", "--passphrase-file", "-platform", "-platformpluginpath", "-platformtheme", "-plugin",
                      "-qmljsdebugger", "-style", "-stylesheet", "-session", "-display", "-geometry",
                      "-title", "-name", "-qwindowgeometry", "-qwindowicon", "-qwindowtitle",
                      "-qwindowscreen", "-visual", "-fn", "-font", "-bg", "-fg", "-btn"}


def command_word(argv: list[str]) -> str | None:
    """The first word that is neither an option nor an option's value: the command."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--":
            continue
        elif arg.startswith("-"):
            name = arg.split("=", 1)[0]
            skip = "=" not in arg and (name in OPTIONS_WITH_VALUE or "-" + name in OPTIONS_WITH_VALUE)
        else:
            return arg
    return None


def is_cli_command(argv: list[str]) -> bool:
    """True unless argv asks for the window: a command word (known or not) or --help/--version."""
    return command_word(argv) is not None or any(a in ("-h", "--help", "--version") for a in argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rapport", description="Rapport, a networking CRM.",
                                     epilog=GUI_HELP,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument("--data-dir", help="folder for the database (default: your data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="an encrypted database's passphrase, on the file's first line")
    common = argparse.ArgumentParser(add_help=False)  # so that --data-dir may follow the command
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="folder for the database (default: your data folder)")
    sub = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")
    for name, (help_text, arguments, _run) in cli_commands.COMMANDS.items():
        arguments(sub.add_parser(name, help=help_text, description=help_text, parents=[common]))
    return parser


def main(argv: list[str]) -> int:
    """Run a command. Output cut short by a closed pipe (`rapport today | head`) or Ctrl+C
    ends quietly, as the Python docs advise for SIGPIPE."""
    try:
        code = _run(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # Python flushes stdout once more at exit; point it at devnull so that is quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130


def _run(argv: list[str]) -> int:
    parser = build_parser()
    word = command_word(argv)
    if word is not None and word not in cli_commands.COMMANDS:
        from app.cli_text import CliText, system_language

        parser.print_usage(sys.stderr)
        print(CliText(system_language()).unknown_command(word, ", ".join(cli_commands.COMMANDS)), file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    cli_commands.PASSPHRASE_FILE[0] = getattr(args, "passphrase_file", None)
    from app.storage.errors import StorageError

    try:
        return cli_commands.COMMANDS[args.command][2](args)
    except StorageError as error:  # a full disk, a failed backup, a busy database: words
        print(f"rapport: {error}", file=sys.stderr)
        return 2
