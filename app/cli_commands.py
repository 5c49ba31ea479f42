"""The headless commands: each registers itself with @command (name, help, arguments, run).

app/cli.py parses the command line and runs what is registered here; a new command appears
in --help and is recognised without touching anything else.
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable

PASSPHRASE_FILE: list[str | None] = [None]  # --passphrase-file, for open_services
# name -> (help, function that adds its arguments, function that runs it)
COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}


def command(name: str, help_text: str, arguments: Callable = lambda parser: None):
    def register(run: Callable) -> Callable:
        COMMANDS[name] = (help_text, arguments, run)
        return run

    return register



def open_services(data_dir):
    """The DB and services for a CLI command; a storage problem exits with its message."""
    from app.config import resolve_paths
    from app.domain.clock import SystemClock
    from app.services import Services
    from app.storage.database import Database
    from app.storage.errors import StorageError

    try:
        paths = resolve_paths(data_dir).prepare()  # folders 0700, as the window makes them
        from app.cli_encryption import key_for

        key = key_for(paths.database, PASSPHRASE_FILE[0])  # None: a plain database
        db = Database.open(paths.database, backup_dir=paths.backups, key=key)
    except StorageError as error:
        print(f"rapport: {error}", file=sys.stderr)
        raise SystemExit(2) from error
    except OSError as error:
        print(f"rapport: {error.filename or data_dir}: {error.strerror or error}", file=sys.stderr)
        raise SystemExit(2) from error
    return Services(db, SystemClock())


def text_for(services):
    """The CLI's sentences in the language of the settings, else of the locale."""
    from app.cli_text import CliText, language_for

    return CliText(language_for(services.settings.load().language))


def default_export_path(kind: str, suffix: str, services):
    """A new file in the user's documents folder (never overwriting an earlier export)."""
    from app.config import documents_dir
    from app.domain.clock import local_today

    folder = documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"rapport-{kind}-{local_today(services.clock).isoformat()}"
    path, number = folder / f"{stem}{suffix}", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}{suffix}"
    return path


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--contacts", type=int, default=200, help="how many contacts (default 200)")
    parser.add_argument("--seed", type=int, default=7)


@command("demo", "fill the database with a sample network", _demo_arguments)
def _demo(args) -> int:
    from app.services.sample import SampleNetwork

    services = open_services(args.data_dir)
    services.db.daily_backup_if_due()  # a writing command: the day's backup first

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} contacts", end="", file=sys.stderr, flush=True)

    size = SampleNetwork(services.db, services.clock, services.events).generate(
        args.contacts, seed=args.seed, progress=progress
    )
    print(file=sys.stderr)
    print(f"Added {size.contacts} contacts, {size.interactions} interactions, "
          f"{size.promises} promises to {services.db.path}")
    return 0


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    from app.services.importers import FORMATS

    parser.add_argument("file", help="a .vcf, LinkedIn Connections.csv/messages.csv, Google or other CSV")
    parser.add_argument("--format", choices=FORMATS, help="skip detection and read the file as this")
    parser.add_argument("--owner", help="LinkedIn messages.csv: your own name as it appears in FROM")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")


@command("import", "import contacts (duplicates are merged; nothing is written on error)",
         _import_arguments)
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
    print(text_for(services).imported(report.dry_run, report.created, report.merged,
                                      report.skipped, report.interactions, len(report.rejected)))
    return 1 if report.rejected else 0


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("vcard", "vcard4", "csv", "json"), required=True,
                        help="vcard (3.0), vcard4, csv, or json (a full backup for restore)")
    parser.add_argument("--out", help="file to write (default: a new rapport-contacts-<date> "
                                      "file in your documents folder)")
    _backup_passphrase_argument(parser, "json of an encrypted database: the passphrase the "
                                        "backup is sealed with")


def _backup_passphrase_argument(parser: argparse.ArgumentParser, what: str) -> None:
    # Its own dest: the global --passphrase-file (before the command) opens the database.
    parser.add_argument("--passphrase-file", dest="backup_passphrase_file", metavar="FILE",
                        help=f"{what}, on the file's first line (default: the global "
                             "--passphrase-file, else a prompt)")


def _backup_passphrase(args, say, prompt: str, confirm: bool) -> str:
    from app.cli_encryption import read_passphrase

    file = getattr(args, "backup_passphrase_file", None) or PASSPHRASE_FILE[0]
    if not file and confirm and not sys.stdin.isatty():  # a new backup, unattended (cron)
        raise SystemExit(say.backup_passphrase_needed())
    return read_passphrase(file, prompt, confirm=confirm).text or ""


@command("export", "export contacts as vCard or CSV, or everything as a JSON backup",
         _export_arguments)
def _export(args) -> int:
    from pathlib import Path

    from app.services.exporters import SUFFIX

    services = open_services(args.data_dir)
    say = text_for(services)
    kind = "backup" if args.format == "json" else "contacts"
    out = Path(args.out) if args.out else default_export_path(kind, SUFFIX[args.format], services)
    sealed = args.format == "json" and services.exports.backup_needs_passphrase()
    passphrase = _backup_passphrase(args, say, say.prompt("new_backup"), confirm=True) if sealed else None
    try:
        result = services.exports.export(out, args.format, passphrase=passphrase)
    except OSError as error:
        print(say.cannot_write(str(out), error.strerror or str(error)), file=sys.stderr)
        return 2
    if services.db.key is not None and not sealed:  # the database is encrypted, this file is not
        print(say.export_not_encrypted(str(result.path)), file=sys.stderr)
    if args.format == "json":
        print(say.wrote_backup(result.contacts, result.archived, result.rows, result.path))
        if sealed:
            print(say.backup_sealed())
    else:
        print(say.wrote_contacts(result.contacts, result.archived, result.path))
    return 0


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a JSON backup made with `rapport export --format json`")
    parser.add_argument("--force", action="store_true", help="replace a database that holds data")
    _backup_passphrase_argument(parser, "a sealed backup's passphrase")


@command("restore", "restore a JSON backup into an empty database", _restore_arguments)
def _restore(args) -> int:
    from app.services.exporters import SealedDamaged, WrongPassphrase
    from app.services.exporters.backup import RestoreError

    services = open_services(args.data_dir)
    say = text_for(services)
    passphrase = None
    if services.exports.is_sealed(args.file):
        passphrase = _backup_passphrase(args, say, say.prompt("backup", args.file), confirm=False)
    try:
        counts = services.exports.restore(args.file, force=args.force, passphrase=passphrase)
    except WrongPassphrase:
        print(say.backup_wrong_passphrase(args.file), file=sys.stderr)
        return 2
    except SealedDamaged as error:
        print(say.backup_damaged(args.file, newer=error.reason == "version"), file=sys.stderr)
        return 2
    except RestoreError as error:
        print(say.restore_refused(str(error), not_empty=error.kind == "not-empty"),
              file=sys.stderr)
        return 2
    print(text_for(services).restored(counts.get("contact", 0), sum(counts.values()),
                                      str(services.db.path)))
    return 0


def _today_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--limit", type=int, default=50, help="items listed per kind and group")


@command("today", "print today's follow-up list (overdue, today, next 7 days)", _today_arguments)
def _today(args) -> int:
    import json

    from app.domain.today import reason_en  # JSON keeps the stable English for scripts

    services = open_services(args.data_dir)
    today = services.today.build(cap=max(1, args.limit))
    if args.json:
        def as_json(i):
            return {"kind": i.kind.value, "id": i.ref_id, "contact_id": i.contact_id,
                    "name": i.name, "due": i.due.isoformat(),
                    "since": i.since.isoformat() if i.since else None, "text": i.text,
                    "count": i.count, "owner": i.owner or None, "reason": reason_en(i)}

        print(json.dumps({"today": today.today.isoformat(),
                          "focus": [as_json(i) for i in today.focus],
                          "later": today.later_count, "groups": [
            {"group": group.bucket.value, "total": group.total,
             "items": [as_json(i) for i in group.items]} for group in today.groups]},
            ensure_ascii=False, indent=2))
        return 0
    say = text_for(services)
    shown = [group for group in today.groups if group.total]
    if not shown:
        print(say.nothing_due())
    # The focus first (the few things to do this morning), then everything else by bucket.
    in_focus = set(today.focus)
    if today.focus:
        print(say.focus(len(today.focus)))
        for i in today.focus:
            print(f"  {i.due.isoformat()}  {i.name or say.no_contact()} — {say.reason(i)}")
        if today.later_count:
            print(say.later(today.later_count))
    for group in shown:
        rest = [i for i in group.items if i not in in_focus]
        left = group.total - (len(group.items) - len(rest))
        if left <= 0:
            continue
        more = "+" if group.at_least else ""
        print(say.bucket(group.bucket.value, f"{left}{more}"))
        for i in rest:
            print(f"  {i.due.isoformat()}  {i.name or say.no_contact()} — {say.reason(i)}")
        if group.hidden > 0:
            print("  " + say.more(group.hidden, more))
    return 0


def _export_ics_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="the .ics file to write (default: a new "
                                                "rapport-calendar-<date>.ics in your documents folder)")


@command("export-ics", "export birthdays, reminders and promises as an iCalendar file",
         _export_ics_arguments)
def _export_ics(args) -> int:
    from app.services.calendar_export import CalendarExport

    services = open_services(args.data_dir)
    say = text_for(services)
    path = args.path or default_export_path("calendar", ".ics", services)
    try:
        summary = CalendarExport(services.db, services.clock, services.events).export(path)
    except OSError as error:
        print(say.cannot_write(str(path), error.strerror or str(error)), file=sys.stderr)
        return 2
    print(say.wrote_calendar(summary.birthdays, summary.reminders, summary.promises,
                             str(summary.path)))
    return 0


def _ask_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("topic", help="a topic, in any spelling or language (e.g. KI, ML)")


@command("ask", "who do I know who looks for, offers, wants or likes a topic", _ask_arguments)
def _ask(args) -> int:
    services = open_services(args.data_dir)
    say = text_for(services)
    answer = services.matching.ask_network(args.topic)
    if not answer.topics:
        print(say.nobody(args.topic))
        return 1
    print(say.topics(", ".join(answer.topics)))
    for kind, hits, total in answer.by_kind:
        if total:
            more = f" ({say.first(len(hits))})" if total > len(hits) else ""
            print(f"\n{say.kind(str(kind))}: {total}{more}")
            for hit in hits:
                print(f"  {hit.name} — {hit.topic}")
    return 0


@command("remove-sample", "remove the sample network (its contacts and what hangs on them)")
def _remove_sample(args) -> int:
    from app.services.sample_removal import SampleRemoval

    services = open_services(args.data_dir)
    removed = SampleRemoval(services.db, services.clock, services.events).remove()
    if not removed.contacts:
        print("There is no sample network to remove.")
        return 0
    print(f"Removed {removed.contacts} sample contacts from {services.db.path}; "
          "your own contacts and your profile are untouched.")
    return 0


def _remind_arguments(parser: argparse.ArgumentParser) -> None:
    from app.cli_remind import add_arguments

    add_arguments(parser)


@command("remind", "add (one-off or repeating), list or delete reminders", _remind_arguments)
def _remind(args) -> int:
    from app.cli_remind import run

    return run(args, open_services)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.cli_contacts import add_arguments

    add_arguments(parser)


@command("add", "add a contact (e-mail, phone and web address are checked)", _add_arguments)
def _add(args) -> int:
    from app.cli_contacts import run

    return run(args, open_services)


def _sync_arguments(parser: argparse.ArgumentParser) -> None:
    from app.sync.command import add_arguments

    add_arguments(parser)


@command("sync", "sync contacts two-way with a CardDAV server (and dates into its calendar)",
         _sync_arguments)
def _sync(args) -> int:
    from app.sync.command import run

    return run(args, open_services)


def _paths(args):
    from app.config import resolve_paths

    return resolve_paths(args.data_dir).prepare()


@command("encrypt", "encrypt the database (key in the system keyring, or --passphrase-file)",
         lambda parser: __import__("app.cli_encryption").cli_encryption.arguments(parser))
def _encrypt(args) -> int:
    from app.cli_encryption import encrypt

    return encrypt(args, _paths(args), PASSPHRASE_FILE[0])


@command("decrypt", "turn an encrypted database back into a plain SQLite file",
         lambda parser: __import__("app.cli_encryption").cli_encryption.arguments(parser))
def _decrypt(args) -> int:
    from app.cli_encryption import decrypt

    return decrypt(args, _paths(args), PASSPHRASE_FILE[0])


@command("change-key", "a new passphrase (or a keyring key) for an encrypted database",
         lambda parser: __import__("app.cli_encryption").cli_encryption.key_arguments(parser))
def _change_key(args) -> int:
    from app.cli_encryption import change_key

    return change_key(args, _paths(args), PASSPHRASE_FILE[0])
