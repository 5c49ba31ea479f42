"""Figures of the running app: cold start to the first painted window and peak memory
(each in a fresh process, against a bare PySide6 window), and opening a contact page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from itertools import count
from pathlib import Path

from bench.context import Context, feature
from bench.harness import Figure, Stats, measure_pair, not_built
from bench.profiling import profile_file

PROBE = Path(__file__).with_name("paint_probe.py")
ROOT = PROBE.parent.parent


def probe(mode: str, args: list[str], env: dict, python_flags: tuple[str, ...] = ()
          ) -> tuple[float, float]:
    """One fresh process to its first painted main window: (milliseconds, peak RSS MiB);
    probe.usable is the same pair for the first paint of the Today page (the data in view)."""
    start = time.time()
    done = subprocess.run([sys.executable, *python_flags, str(PROBE), mode, *args], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    probe.stderr = done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{mode} did not paint (exit {done.returncode}): {done.stderr[-800:]}")
    report = json.loads(lines[-1])
    probe.usable = ((report["usable_at"] - start) * 1000, report["usable_rss_kib"] / 1024)
    return (report["painted_at"] - start) * 1000, report["painted_rss_kib"] / 1024


def startup(ctx: Context) -> list[Figure]:
    """Interleaved: bare, app, bare, app… A warm-up pair first fills the OS file cache,
    so this is a new process on a warm disk cache (a reboot-cold start is not measured)."""
    home = ctx.work / "startup-home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    # An installed app has its bytecode cached; without this, a shell that sets
    # PYTHONDONTWRITEBYTECODE (this one does) recompiles ~90 modules on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_args = ["--data-dir", str(ctx.db_path.parent), "--no-first-run"]
    probe("bare", [], env)
    probe("app", app_args, env)
    times = {"bare": [], "app": [], "today": []}
    memory = {"bare": [], "app": [], "today": []}
    for _ in range(ctx.few):
        for mode, args in (("bare", []), ("app", app_args)):
            ms, mib = probe(mode, args, env)
            times[mode].append(ms)
            memory[mode].append(mib)
        times["today"].append(probe.usable[0])
        memory["today"].append(probe.usable[1])
    figures = [
        Figure("startup", f"Cold start to first painted window ({ctx.contacts:,} contacts)",
               value=Stats.of(times["app"]), floor_label="bare QMainWindow",
               floor=Stats.of(times["bare"]), goal_ratio=2.0),
        Figure("memory", "Peak RSS at first paint", unit="MiB", value=Stats.of(memory["app"]),
               floor_label="bare QMainWindow", floor=Stats.of(memory["bare"]), goal_ratio=2.0),
        Figure("startup_today", "Cold start until the Today list is painted (data in view)",
               value=Stats.of(times["today"]), floor_label="bare QMainWindow",
               floor=Stats.of(times["bare"])),
        Figure("memory_today", "Peak RSS when the Today list is painted", unit="MiB",
               value=Stats.of(memory["today"]), floor_label="bare QMainWindow",
               floor=Stats.of(memory["bare"])),
    ]
    if figures[0].verdict.startswith("missed"):
        profile = ctx.work / "startup.prof"
        first = dict(env, BENCH_STOP_AT="painted")  # the profile of the first paint only
        probe("app", app_args, dict(first, BENCH_PROFILE=str(profile)))
        probe("app", app_args, first, python_flags=("-X", "importtime"))
        figures[0].note = f"{import_summary(probe.stderr)}; {profile_file(profile, top=6)}"
    return figures


def import_summary(stderr: str, top: int = 6) -> str:
    """`python -X importtime` output → the total, and the packages that cost most (each
    module is imported once, so its cumulative time is where it was first needed)."""
    total, packages = 0, []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line[len("import time:"):].split("|")
        if not name.startswith("  "):  # top level: one space after the bar
            total += int(cumulative)
        name = name.strip()
        if "." not in name and not name.startswith("_") and name != "app":
            packages.append((int(cumulative), name))
    packages.sort(reverse=True)
    return (f"imports before the first paint {total / 1000:.0f} ms, the heaviest packages: "
            + ", ".join(f"{name} {c / 1000:.0f} ms" for c, name in packages[:top]))


def close_for_good(ctx: Context, window) -> None:
    """Close and delete a window now: a window left alive would go on refreshing on every
    change notice and be timed as part of the next figure (it was: the log figure)."""
    from PySide6.QtCore import QEvent

    window.close()
    window.deleteLater()
    ctx.qt().sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    ctx.qt().processEvents()


def contact_page(ctx: Context) -> list[Figure]:
    """The main window's open_contact(id) (the Navigator call every list uses) until the
    page is painted; lights up once app.ui.contacts.contact_page exists."""
    label = "Open a contact page"
    if feature("app.ui.contacts.contact_page") is None:
        return [not_built("contact-page", label)]
    ctx.qt()
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(ctx.services)
    window.resize(1280, 800)
    window.show()
    ids = [row.id for row in ctx.services.contacts.list_rows(limit=300)][::13]
    turn = count()  # a different contact each call

    def open_one() -> None:
        window.open_contact(ids[next(turn) % len(ids)])
        ctx.qt().processEvents()
        window.repaint()

    def paint_only() -> None:  # the floor: the page just opened, its data in memory
        ctx.qt().processEvents()
        window.repaint()

    try:
        value, floor = measure_pair(open_one, paint_only, ctx.runs)
    finally:
        close_for_good(ctx, window)
    return [Figure("contact-page", f"{label} (open_contact + paint)", value=value,
                   floor_label="paint of the open page, data in memory", floor=floor,
                   goal_ratio=1.5)]
