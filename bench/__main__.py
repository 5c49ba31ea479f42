"""python -m bench [--contacts 50000] [--quick] [--publish]

Builds (or reuses) the sample databases, measures every figure against its floor in this
run, prints the table, writes bench/results/latest.json and latest.md; --publish also
copies the table to bench/RESULTS.md (committed, quoted in the README).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # in-process UI figures, before Qt loads

from bench import dataset, figures_core, figures_files, figures_people, figures_ui, machine  # noqa: E402
from bench.context import Context  # noqa: E402
from bench.harness import Figure, markdown_table, notes_markdown, plain_table  # noqa: E402

PUBLISHED = Path(__file__).with_name("RESULTS.md")
# In table order. Each returns Figures; a figure whose feature is missing says so.
FIGURES = (
    ("startup and memory", figures_ui.startup),
    ("search", figures_core.search),
    ("Today", figures_core.today),
    ("matching", figures_core.matching),
    ("contact page", figures_ui.contact_page),
    ("logging", figures_core.log_interaction),
    ("dashboard", figures_core.dashboard),
    ("imports", figures_files.imports),
    ("peer", figures_files.peer),
    ("photos", figures_people.photos),  # last: it adds photos (and removes them again)
)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    parser.add_argument("--contacts", type=int, default=50_000, help="size of the big database")
    parser.add_argument("--peer-contacts", type=int, default=10_000,
                        help="contacts for the import and khard figures (default 10,000)")
    parser.add_argument("--quick", action="store_true", help="fewer runs per figure")
    parser.add_argument("--runs", type=int, help="timed runs of fast figures (default 9, quick 3)")
    parser.add_argument("--only", help="comma-separated figure groups, e.g. search,peer")
    parser.add_argument("--results", type=Path, default=dataset.RESULTS, help="output folder")
    parser.add_argument("--publish", action="store_true", help="also write bench/RESULTS.md")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    runs = args.runs or (3 if args.quick else 9)
    results = args.results
    work = results / "work"
    info = machine.describe()

    def log(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", file=sys.stderr, flush=True)

    big = dataset.cached_db(args.contacts, results / "cache", log)
    peer = dataset.cached_db(args.peer_contacts, results / "cache", log)
    log("copying the databases to a scratch folder, writing the import and vdir files")
    ctx = Context(
        contacts=args.contacts, runs=runs, few=max(2, runs // 3), work=work,
        db_path=dataset.work_copy(big.path, work / "big"), services=None,
        peer_contacts=args.peer_contacts, peer_db_path=dataset.work_copy(peer.path, work / "peer"),
        peer_services=None, log=log,
    )
    ctx.services = dataset.open_services(ctx.db_path)
    ctx.peer_services = dataset.open_services(ctx.peer_db_path)
    figures_files.prepare(ctx, peer.path.parent)

    only = set(args.only.split(",")) if args.only else None
    figures: list[Figure] = []
    for name, measure in FIGURES:
        if only and not any(word in name for word in only):
            continue
        log(f"measuring {name}")
        try:
            figures.extend(measure(ctx))
        except Exception as error:  # one broken figure must not lose the others
            traceback.print_exc()
            figures.append(Figure(f"error:{name}", name.capitalize(),
                                  note=f"error: {type(error).__name__}: {error}"[:300]))
    ctx.services.db.close()
    ctx.peer_services.db.close()
    elapsed = time.perf_counter() - started

    header = (f"{args.contacts:,} contacts, {big.interactions:,} interactions "
              f"(peer and imports: {args.peer_contacts:,} contacts); {runs} runs per fast figure, "
              f"{ctx.few} per slow one; whole bench {elapsed:.0f} s"
              + (f", generating the {args.contacts:,} took {big.seconds:.0f} s" if big.seconds else ""))
    print(header)
    print(machine.one_line(info))
    print()
    print(plain_table(figures))
    notes = notes_markdown(figures)
    if notes:
        print("\nNotes:\n" + notes)
    report = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "contacts": args.contacts, "interactions": big.interactions,
        "peer_contacts": args.peer_contacts, "runs": runs, "few": ctx.few,
        "seconds": round(elapsed, 1), "generate_seconds": big.seconds, "machine": info,
        "figures": [f.as_json() for f in figures],
    }
    results.mkdir(parents=True, exist_ok=True)
    (results / "latest.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    markdown = "\n\n".join(part for part in (
        f"Measured {report['when']}: {header}.", f"Machine: {machine.one_line(info)}.",
        markdown_table(figures), notes) if part) + "\n"
    (results / "latest.md").write_text(markdown, encoding="utf-8")
    if args.publish:
        PUBLISHED.write_text("# Benchmark results\n\nWritten by `python -m bench --publish`.\n\n"
                             + markdown, encoding="utf-8")
    log(f"wrote {results / 'latest.json'}" + (f" and {PUBLISHED}" if args.publish else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
