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


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    from app.services.importers import FORMATS

    parser.add_argument("file", help="a .vcf, LinkedIn Connections.csv/messages.csv, Google or other CSV")
    parser.add_argument("--format", choices=FORMATS, help="skip detection and read the file as this")
    parser.add_argument("--owner", help="LinkedIn messages.csv: your own name as it appears in FROM")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")


@command("import", "import contacts (duplicates are merged; nothing is written on error)",
         _import_arguments)  # fmt: skip
def _import(args) -> int:
    from app.services.importers.plan import ImportFormatError

    services = open_services(args.data_dir)
    try:
        parsed = services.imports.read(args.file, args.format, owner=args.owner)
        plan = services.imports.plan(parsed)
        if args.dry_run:
            from app.services.importers import dry_run_report

            report = dry_run_report(plan)
        else:
            report = services.imports.write(plan)
    except ImportFormatError as error:
        print(f"rapport: {error}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(("rejected: " if problem.rejected else "note: ") + str(problem), file=sys.stderr)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    verb = "Would import" if report.dry_run else "Imported"
    print(f"{verb} {report.created} new, {report.merged} merged, {report.skipped} skipped, "
          f"{report.interactions} interactions; {len(report.rejected)} rejected.")  # fmt: skip
    return 1 if report.rejected else 0


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("vcard", "vcard4", "csv", "json"), required=True,
                        help="vcard (3.0), vcard4, csv, or json (a full backup for restore)")
    parser.add_argument("--out", help="file to write (default: rapport-export.<suffix> here)")


@command("export", "export contacts as vCard or CSV, or everything as a JSON backup",
         _export_arguments)  # fmt: skip
def _export(args) -> int:
    from pathlib import Path

    from app.services.exporters import SUFFIX

    services = open_services(args.data_dir)
    out = Path(args.out or f"rapport-export{SUFFIX[args.format]}")
    try:
        result = services.exports.export(out, args.format)
    except OSError as error:
        print(f"rapport: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Wrote {result.contacts} contacts ({result.rows} rows) to {result.path}")
    return 0


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a JSON backup made with `rapport export --format json`")
    parser.add_argument("--force", action="store_true", help="replace a database that holds data")


@command("restore", "restore a JSON backup into an empty database", _restore_arguments)
def _restore(args) -> int:
    from app.services.exporters.backup import RestoreError

    services = open_services(args.data_dir)
    try:
        counts = services.exports.restore(args.file, force=args.force)
    except RestoreError as error:
        print(f"rapport: {error}. Nothing was changed.", file=sys.stderr)
        return 2
    print(f"Restored {counts.get('contact', 0)} contacts and {sum(counts.values())} rows "
          f"into {services.db.path}")  # fmt: skip
    return 0


def _today_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--limit", type=int, default=50, help="items listed per kind and group")


@command("today", "print today's follow-up list (overdue, today, next 7 days)", _today_arguments)
def _today(args) -> int:
    import json

    from app.domain.today import reason_en

    services = open_services(args.data_dir)
    today = services.today.build(cap=max(1, args.limit))
    if args.json:
        print(json.dumps({"today": today.today.isoformat(), "groups": [
            {"group": group.bucket.value, "total": group.total, "items": [
                {"kind": i.kind.value, "id": i.ref_id, "contact_id": i.contact_id,
                 "name": i.name, "due": i.due.isoformat(),
                 "since": i.since.isoformat() if i.since else None, "text": i.text,
                 "count": i.count, "reason": reason_en(i)} for i in group.items]}
            for group in today.groups]}, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    titles = {"overdue": "Overdue", "today": "Today", "upcoming": "Coming up"}
    for group in today.groups:
        more = "+" if group.at_least else ""
        print(f"{titles[group.bucket.value]} ({group.total}{more})")
        for i in group.items:
            print(f"  {i.due.isoformat()}  {i.name or '-'}: {reason_en(i)}")
        if group.hidden > 0:
            print(f"  ... and {group.hidden}{more} more")
    return 0


def _export_ics_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the .ics file to write")


@command("export-ics", "export birthdays, reminders and promises as an iCalendar file",
         _export_ics_arguments)  # fmt: skip
def _export_ics(args) -> int:
    from app.services.calendar_export import CalendarExport

    services = open_services(args.data_dir)
    try:
        summary = CalendarExport(services.db, services.clock, services.events).export(args.path)
    except OSError as error:
        print(f"rapport: cannot write {args.path}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"Wrote {summary.birthdays} birthdays, {summary.reminders} reminders and "
          f"{summary.promises} promises to {summary.path}")  # fmt: skip
    return 0


def _ask_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("topic", help="a topic, in any spelling or language (e.g. KI, ML)")


@command("ask", "who do I know who looks for, offers, wants or likes a topic", _ask_arguments)
def _ask(args) -> int:
    answer = open_services(args.data_dir).matching.ask_network(args.topic)
    if not answer.topics:
        print(f"Nobody in your network has “{args.topic}” yet.")
        return 1
    print("Topics: " + ", ".join(answer.topics))
    for kind, hits, total in answer.by_kind:
        if total:
            more = f" (first {len(hits)})" if total > len(hits) else ""
            print(f"\n{kind.replace('_', ' ')}: {total}{more}")
            for hit in hits:
                print(f"  {hit.name} — {hit.topic}")
    return 0


def _sync_arguments(parser: argparse.ArgumentParser) -> None:
    from app.sync.command import add_arguments

    add_arguments(parser)


@command("sync", "sync contacts two-way with a CardDAV server (and dates into its calendar)",
         _sync_arguments)  # fmt: skip
def _sync(args) -> int:
    from app.sync.command import run

    return run(args, open_services)


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command][2](args)
