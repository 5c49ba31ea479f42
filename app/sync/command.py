"""`rapport sync`: one-shot with --url/--user/--password-file, or the account kept with --save
(password in the system keyring). Exit 0 only when everything synced; 1 when single cards or
events had problems (each printed); 2 when the sync could not run (wrong password, wrong URL,
no address book, server down, timeout, TLS)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.sync.dav import SyncError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="the CardDAV server or address book URL (default: the saved account)")
    parser.add_argument("--user", help="the account's user name")
    parser.add_argument("--password-file",
                        help="a file whose first line is the password (never on the command line)")
    parser.add_argument("--save", action="store_true",
                        help="keep this account for `rapport sync` (password in the system keyring)")
    parser.add_argument("--forget", action="store_true", help="forget the saved account and stop")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    parser.add_argument("--calendar", action="store_true",
                        help="also write birthdays, reminders and dated promises into the "
                             "account's first CalDAV calendar")


def _fail(message: str) -> int:
    print(f"rapport: {message}", file=sys.stderr)
    return 2


def run(args, open_services) -> int:
    from app.sync.account import forget_account, load_account, save_account
    from app.sync.engine import sync_contacts

    if args.url and not (args.user and args.password_file):
        return _fail("--url needs --user and --password-file")
    password = ""
    if args.password_file:
        try:
            password = Path(args.password_file).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError):
            return _fail(f"cannot read a password from {args.password_file}")
    services = open_services(args.data_dir)
    reports = []
    try:
        if args.forget:
            forget_account(services.db)
            print("The saved sync account was forgotten.")
            return 0
        if args.url:
            url, user = args.url, args.user
        else:
            account = load_account(services.db)
            url, user, password = account.url, account.user, account.password
        reports.append(sync_contacts(services.db, services.clock, services.events, url, user,
                                     password, timeout=args.timeout))
        if args.calendar:
            from app.sync.calendar import sync_calendar

            reports.append(sync_calendar(services.db, services.clock, services.events, url,
                                         user, password, timeout=args.timeout))
    except SyncError as error:
        return _fail(f"sync failed: {error}")
    if args.save and args.url:  # only an account that just worked is kept
        try:
            save_account(services.db, url, user, password)
        except SyncError as error:
            return _fail(f"synced, but the account was not saved: {error}")
    for problem in (p for report in reports for p in report.problems):
        print(f"problem: {problem}", file=sys.stderr)
    for warning in (w for report in reports for w in getattr(report, "warnings", ())):
        print(f"note: {warning}", file=sys.stderr)
    print("; ".join(report.summary() for report in reports).capitalize())
    return 0 if all(report.ok for report in reports) else 1
