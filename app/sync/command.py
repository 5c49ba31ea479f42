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
                        help="also write birthdays, dates, reminders and dated promises into the "
                             "account's first CalDAV calendar (a saved account does when its "
                             "calendar box is ticked; --save --calendar ticks it)")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def run(args, open_services) -> int:
    from app.cli_text import CliText, language_for
    from app.sync.account import forget_account, load_account, save_account
    from app.sync.engine import sync_contacts

    say = CliText(language_for(None))  # the locale's, until the settings are open
    if args.url and not (args.user and args.password_file):
        return _fail(say.sync_needs_user())
    password = ""
    if args.password_file:
        try:
            password = Path(args.password_file).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError):
            return _fail(say.sync_no_password(args.password_file))
    services = open_services(args.data_dir)
    say = CliText(language_for(services.settings.load().language))
    reports = []
    try:
        if args.forget:
            forget_account(services.db)
            print(say.sync_forgotten())
            return 0
        calendar = args.calendar
        if args.url:
            url, user = args.url, args.user
        else:
            account = load_account(services.db)
            url, user, password = account.url, account.user, account.password
            calendar = calendar or account.calendar  # the account's setting (Settings → Sync account)
        reports.append(sync_contacts(services.db, services.clock, services.events, url, user,
                                     password, timeout=args.timeout))
        if calendar:
            from app.sync.calendar import sync_calendar

            reports.append(sync_calendar(services.db, services.clock, services.events, url,
                                         user, password, timeout=args.timeout))
    except SyncError as error:
        return _fail(say.sync_failed(str(error)))
    if args.save and args.url:  # only an account that just worked is kept
        try:
            save_account(services.db, url, user, password, calendar=args.calendar)
        except SyncError as error:
            return _fail(say.sync_not_saved(str(error)))
    for problem in (p for report in reports for p in report.problems):
        print(say.sync_problem(problem), file=sys.stderr)
    for warning in (w for report in reports for w in getattr(report, "warnings", ())):
        print(say.sync_note(warning), file=sys.stderr)
    print(say.sync_summary(reports[0], reports[1] if len(reports) > 1 else None))
    return 0 if all(report.ok for report in reports) else 1
