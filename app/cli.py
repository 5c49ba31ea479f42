"""Headless commands over services/: demo, and more as features land (today, import, export)."""

from __future__ import annotations

import argparse
import sys
from typing import Callable

from app import __version__

# name -> (help, function that adds its arguments, function that runs it)
COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}


def command(name: str, help_text: str, arguments: Callable = lambda parser: None):
    def register(run: Callable) -> Callable:
        COMMANDS[name] = (help_text, arguments, run)
        return run

    return register


def is_cli_command(argv: list[str]) -> bool:
    words = [a for a in argv if not a.startswith("-")]
    return any(word in COMMANDS for word in words) or "--version" in argv


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rapport", description="Rapport, a networking CRM.")
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument("--data-dir", help="folder for the database (default: your data folder)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, arguments, _run) in COMMANDS.items():
        arguments(sub.add_parser(name, help=help_text))
    return parser


def open_services(data_dir):
    """The DB and services for a CLI command; a storage problem exits with its message."""
    from app.config import resolve_paths
    from app.domain.clock import SystemClock
    from app.services import Services
    from app.storage.database import Database
    from app.storage.errors import StorageError

    paths = resolve_paths(data_dir)
    try:
        db = Database.open(paths.database, backup_dir=paths.backups)
    except StorageError as error:
        print(f"rapport: {error}", file=sys.stderr)
        raise SystemExit(2) from error
    return Services(db, SystemClock())


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--contacts", type=int, default=200, help="how many contacts (default 200)")
    parser.add_argument("--seed", type=int, default=7)


@command("demo", "fill the database with a sample network", _demo_arguments)
def _demo(args) -> int:
    from app.services.sample import SampleNetwork

    services = open_services(args.data_dir)

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} contacts", end="", file=sys.stderr, flush=True)

    size = SampleNetwork(services.db, services.clock, services.events).generate(
        args.contacts, seed=args.seed, progress=progress
    )
    print(file=sys.stderr)
    print(f"Added {size.contacts} contacts, {size.interactions} interactions, "
          f"{size.promises} promises to {services.db.path}")  # fmt: skip
    return 0


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command][2](args)
