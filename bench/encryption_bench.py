"""Encrypted vs plain, same data, same run, interleaved (plain, encrypted, plain, …) so
that the shared machine's load falls on both alike. Issue 23's goal: encrypted at most
1.3x plain for the search keystroke, the Today build and the cold start.

    python -m bench.encryption_bench --contacts 50000

In process, both forms open side by side and each figure taken from both in turn: open +
first list, the first Today build after opening, Today build, three searches (what a
keystroke runs), quick_check and (encrypted) cipher_integrity_check, the day's check.
Cold start: the real app in a fresh process to its first painted window
(bench/paint_probe.py, as figures_ui.py), the key coming from a keyring
(bench/env_keyring.py) as it does on a desktop: a normal start, and the day's first (the
daily check due), each to the frame's first paint and to the Today page shown with data.
Prints `uptime` with the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from app.services import Services
from app.storage import encryption
from app.storage.database import Database
from app.storage.opening import check_file_pages, inspect_file
from bench.dataset import bench_clock, cached_db, work_copy
from bench.figures_ui import ROOT, probe

QUERIES = ("mül", "anna", "industrie")
PAGE = 50  # the contacts list reads its first page of rows per keystroke (contacts_model.PAGE_SIZE)
GOAL = 1.3


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def one_round(forms: dict[str, tuple[Path, object]], runs: int,
              into: dict[str, dict[str, list[float]]]) -> None:
    """Both forms open side by side; every figure is taken plain, encrypted, plain, … so
    that a load change on the shared machine falls on both alike."""
    services: dict[str, Services] = {}

    def sample(name: str, action) -> None:
        for form in forms:
            into[form].setdefault(name, []).append(timed(lambda f=form: action(f)))

    def open_first_list(form: str) -> None:
        path, key = forms[form]
        services[form] = Services(Database.open(path, key=key), bench_clock())
        services[form].contacts.list_rows("", limit=PAGE)  # the first screen

    sample("open + first list", open_first_list)
    try:
        # the window's first Today after opening: every page it reads is read (and, in
        # the encrypted file, decrypted and its HMAC checked) for the first time
        sample("Today build, 1st after open", lambda f: services[f].today.build())
        for _ in range(runs):
            sample("Today build", lambda f: services[f].today.build())
            for query in QUERIES:
                sample(f"search “{query}”",
                       lambda f, q=query: services[f].contacts.list_rows(q, limit=PAGE))
        # the day's first start and a start after a crash also check every page
        sample("quick_check (1st start a day)",
               lambda f: inspect_file(forms[f][0], None, quick=True, key=forms[f][1]))
        # the day's check of an encrypted file since then (Database.check_pages)
        into["encrypted"].setdefault("cipher_integrity_check", []).append(timed(
            lambda: check_file_pages(forms["encrypted"][0], None, forms["encrypted"][1])))
    finally:
        for service in services.values():
            service.db.close()


def settle(path: Path, key) -> None:
    """A normal start, not the day's first: no WAL (a clean quit) and today's backup made.
    The probe ends each app with os._exit right after the first paint, before the daily
    backup is written; without this every measured start would be a start after a crash
    and the day's first, with the full quick_check (measured on its own as "quick_check")."""
    db = Database.open(path, backup_dir=path.parent / "backups", key=key)
    try:
        db.daily_backup_if_due()
        db.checkpoint()  # a read-only check alone leaves the crashed run's WAL in place
    finally:
        db.close()


def first_of_day(path: Path, key) -> None:
    """The day's first start after a clean quit: no WAL, and no backup yet today (so the
    daily check is due)."""
    settle(path, key)
    shutil.rmtree(path.parent / "backups", ignore_errors=True)


def cold_starts(folders: dict[str, Path], key, rounds: int, into: dict) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="bench.env_keyring.EnvKeyring",
               RAPPORT_BENCH_KEY=key.hex)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for form, folder in folders.items():  # warm-up: the OS file cache, today's backup
        home = folder.parent / f"home-{form}"
        probe("app", ["--data-dir", str(folder), "--no-first-run"],
              dict(env, XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
                   XDG_CACHE_HOME=str(home / "cache")))
    # The frame paints before the database opens: "Today shown" (the Today page painted
    # with the data) is where a check at open would show.
    starts = {"cold start": settle, "cold start, day's 1st": first_of_day}
    for _ in range(rounds):
        for name, prepare in starts.items():
            for form, folder in folders.items():
                prepare(folder / "rapport.db", key if form == "encrypted" else None)
                home = folder.parent / f"home-{form}"
                ms, _mib = probe("app", ["--data-dir", str(folder), "--no-first-run"],
                                 dict(env, XDG_CONFIG_HOME=str(home / "config"),
                                      XDG_STATE_HOME=str(home / "state"),
                                      XDG_CACHE_HOME=str(home / "cache")))
                into[form].setdefault(f"{name}: 1st paint", []).append(ms)
                into[form].setdefault(f"{name}: Today shown", []).append(probe.usable[0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5, help="per round, in process")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-cold-start", action="store_true")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "rapport-bench"))
    args = parser.parse_args()
    built = cached_db(args.contacts, Path(args.cache))
    with tempfile.TemporaryDirectory() as folder:
        plain = work_copy(built.path, Path(folder) / "plain")
        secret = work_copy(built.path, Path(folder) / "encrypted")
        key = encryption.new_key()
        start = time.perf_counter()
        encryption.remove_kept_copy(encryption.encrypt_file(secret, key))
        switch = time.perf_counter() - start
        figures: dict[str, dict[str, list[float]]] = {"plain": {}, "encrypted": {}}
        forms = {"plain": (plain, None), "encrypted": (secret, key)}
        one_round(forms, 1, {"plain": {}, "encrypted": {}})  # first-use costs
        for _ in range(args.rounds):
            one_round(forms, args.runs, figures)
        if not args.no_cold_start:
            cold_starts({"plain": plain.parent, "encrypted": secret.parent}, key, args.rounds,
                        figures)
        print(f"{args.contacts:,} contacts, {plain.stat().st_size / 1e6:.1f} MB; "
              f"encrypting took {switch:.1f} s; medians (ms), goal ≤ {GOAL}x")
        print(f"{'':<36}{'plain':>10}{'encrypted':>12}{'ratio':>8}")
        for name, values in figures["plain"].items():
            a, b = statistics.median(values), statistics.median(figures["encrypted"][name])
            verdict = "" if b / a <= GOAL else "  over the goal"
            print(f"{name:<36}{a:>10.1f}{b:>12.1f}{b / a:>7.2f}x{verdict}")
        check = statistics.median(figures["encrypted"]["cipher_integrity_check"])
        print(f"{'cipher_integrity_check (day check)':<36}{'':>10}{check:>12.1f}"
              "   (in the background, before the daily backup)")
        print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
