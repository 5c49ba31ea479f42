"""Where the time goes, for figures that miss their goal: a cProfile summary in one line."""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path
from typing import Callable

ROOT = str(Path(__file__).resolve().parent.parent)


def summarize(stats: pstats.Stats, top: int = 5) -> str:
    """The app functions with the most cumulative time and the hottest functions by own
    time anywhere, each as a share of the total."""
    raw = stats.stats  # {(file, line, name): (cc, nc, tottime, cumtime, callers)}
    total = max((cum for (_cc, _nc, _tt, cum, _callers) in raw.values()), default=0) or 1e-9
    ours = sorted(((cum, key) for key, (_cc, _nc, _tt, cum, _c) in raw.items()
                   if key[0].startswith(ROOT + "/app/")), reverse=True)
    hot = sorted(((tt, key) for key, (_cc, _nc, tt, _cum, _c) in raw.items()), reverse=True)
    return (f"profile ({total * 1000:.0f} ms profiled) — in app/ (cumulative): "
            + ", ".join(f"{_name(k)} {cum / total:.0%}" for cum, k in ours[:top])
            + "; hottest (own time): "
            + ", ".join(f"{_name(k)} {tt / total:.0%}" for tt, k in hot[:top]))


def profile_call(fn: Callable[[], object], top: int = 5) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        fn()
    finally:
        profiler.disable()
    return summarize(pstats.Stats(profiler), top)


def profile_file(path: Path, top: int = 5) -> str:
    return summarize(pstats.Stats(str(path)), top)


def _name(key: tuple) -> str:
    file, line, name = key
    if file == "~":
        return name.strip("<>")
    short = file[len(ROOT) + 1:] if file.startswith(ROOT) else Path(file).name
    return f"{short}:{line}({name})"


def explain(figure, fn: Callable[[], object]):
    """Attach a profile of one more call to a figure that missed its goal."""
    if figure.verdict.startswith("missed"):
        figure.note = profile_call(fn)
    return figure
