"""Timing, the Figure record, and the table: every figure a median with min and max, next to
its floor measured in the same run, as a ratio."""

from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass, field
from typing import Callable

NOT_BUILT = "n/a (not built yet)"
# A figure stops taking runs once it has spent this long and has at least MIN_RUNS (only
# SLOW_MIN_RUNS when one call takes longer than SLOW_MS): a slow path gets fewer runs
# instead of pushing the whole bench past ten minutes.
BUDGET_MS = 25_000
MIN_RUNS = 3
SLOW_MS, SLOW_MIN_RUNS = 8_000, 2


@dataclass(frozen=True)
class Stats:
    median: float
    min: float
    max: float
    runs: int

    @classmethod
    def of(cls, values: list[float]) -> "Stats":
        return cls(statistics.median(values), min(values), max(values), len(values))

    def text(self, unit: str) -> str:
        return f"{_num(self.median)} {unit} ({_num(self.min)}–{_num(self.max)})"


@dataclass
class Figure:
    key: str
    label: str
    unit: str = "ms"
    value: Stats | None = None
    floor_label: str = ""
    floor: Stats | None = None
    goal_ratio: float | None = None  # value/floor must stay at or below this
    goal_value: float | None = None  # or an absolute goal in `unit`
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.floor is None or self.floor.median <= 0:
            return None
        return self.value.median / self.floor.median

    @property
    def verdict(self) -> str:
        if self.value is None:
            return ""
        if self.goal_ratio is not None and self.ratio is not None:
            over = self.ratio / self.goal_ratio
        elif self.goal_value is not None:
            over = self.value.median / self.goal_value
        else:
            return ""
        return "met" if over <= 1 else f"missed by {over - 1:.0%}"

    def goal_text(self) -> str:
        if self.goal_ratio is not None:
            return f"≤ {_num(self.goal_ratio)}×"
        if self.goal_value is not None:
            return f"≤ {_num(self.goal_value)} {self.unit}"
        return ""

    def as_json(self) -> dict:
        data = asdict(self)
        data.update(ratio=self.ratio, verdict=self.verdict, goal=self.goal_text())
        return data


def not_built(key: str, label: str, **kwargs) -> Figure:
    return Figure(key, label, note=NOT_BUILT, **kwargs)


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def measure(fn: Callable[[], object], runs: int, warmup: int = 1,
            setup: Callable[[], object] | None = None) -> Stats:
    """fn timed `runs` times after `warmup` untimed calls; setup (untimed) before each."""
    for _ in range(warmup):
        if setup:
            setup()
        fn()
    values: list[float] = []
    for _ in range(runs):
        if setup:
            setup()
        values.append(timed_ms(fn))
        if _spent(values):
            break
    return Stats.of(values)


def _spent(*series: list[float]) -> bool:
    enough = SLOW_MIN_RUNS if series[0][0] > SLOW_MS else MIN_RUNS
    return len(series[0]) >= enough and sum(sum(s) for s in series) > BUDGET_MS


def measure_pair(value: Callable[[], object], floor: Callable[[], object], runs: int,
                 warmup: int = 1, setup: Callable[[], object] | None = None,
                 ) -> tuple[Stats, Stats]:
    """A figure and its floor, interleaved run by run, so that a load spike on this shared
    machine hits both rather than one."""
    for _ in range(warmup):
        floor()
        if setup:
            setup()
        value()
    values, floors = [], []
    for _ in range(runs):
        floors.append(timed_ms(floor))
        if setup:
            setup()
        values.append(timed_ms(value))
        if _spent(values, floors):
            break
    return Stats.of(values), Stats.of(floors)


# --- the table ------------------------------------------------------------------------------
HEADER = ("Figure", "Rapport: median (min–max)", "Floor", "Floor: median (min–max)", "Ratio",
          "Goal", "Verdict")


def table_rows(figures: list[Figure]) -> list[tuple[str, ...]]:
    rows = []
    for f in figures:
        if f.value is None:
            rows.append((f.label, f.note or NOT_BUILT, f.floor_label, "", "", f.goal_text(), ""))
            continue
        rows.append((
            f.label, f.value.text(f.unit), f.floor_label,
            f.floor.text(f.unit) if f.floor else "",
            _ratio(f.ratio), f.goal_text(), f.verdict,
        ))
    return rows


def plain_table(figures: list[Figure]) -> str:
    rows = [HEADER, *table_rows(figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(figures: list[Figure]) -> str:
    rows = table_rows(figures)
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def notes_markdown(figures: list[Figure]) -> str:
    """The notes under the table: where the time goes for every missed goal, and more."""
    lines = []
    for f in figures:
        if f.value is not None and f.note:
            lines.append(f"- **{f.label}**: {f.note}")
    return "\n".join(lines)


def _ratio(ratio: float | None) -> str:
    """2.50×; a tiny ratio (a much slower peer) as 1/N×, which reads better than 0.00×."""
    if ratio is None:
        return ""
    return f"{ratio:.2f}×" if ratio >= 0.1 else f"1/{1 / ratio:,.0f}×"


def _num(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"
