"""Encrypted vs plain, same data, same run: open, Today build, search (issue 23's goal:
encrypted at most 1.3x plain). python -m bench.encryption_bench --contacts 3000"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.services import Services
from app.storage import encryption
from app.storage.database import Database
from bench.dataset import bench_clock, cached_db, work_copy

QUERIES = ("mül", "anna", "industrie")


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def figures(path: Path, key, runs: int) -> dict[str, float]:
    start = time.perf_counter()
    db = Database.open(path, key=key)
    services = Services(db, bench_clock())
    services.contacts.list_rows("")  # the first screen: the cold start's last step
    opened = (time.perf_counter() - start) * 1000
    try:
        result = {"open + first list (ms)": opened,
                  "Today build (ms)": median_ms(services.today.build, runs)}  # fmt: skip
        for query in QUERIES:
            result[f"search “{query}” (ms)"] = median_ms(
                lambda q=query: services.contacts.list_rows(q), runs)
        return result
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "rapport-bench"))
    args = parser.parse_args()
    built = cached_db(args.contacts, Path(args.cache))
    with tempfile.TemporaryDirectory() as folder:
        plain = work_copy(built.path, Path(folder) / "plain")
        secret = work_copy(built.path, Path(folder) / "encrypted")
        key = encryption.new_key()
        start = time.perf_counter()
        encryption.encrypt_file(secret, key)
        switch = time.perf_counter() - start
        rows = [("", "plain", "encrypted", "ratio")]
        figures(plain, None, 1), figures(secret, key, 1)  # imports and first-use costs, once
        a, b = figures(plain, None, args.runs), figures(secret, key, args.runs)
        for name in a:
            rows.append((name, f"{a[name]:.1f}", f"{b[name]:.1f}", f"{b[name] / a[name]:.2f}x"))
        print(f"{args.contacts:,} contacts, {plain.stat().st_size / 1e6:.1f} MB; "
              f"encrypting took {switch:.2f} s")  # fmt: skip
        for row in rows:
            print(f"{row[0]:<28}{row[1]:>10}{row[2]:>12}{row[3]:>8}")


if __name__ == "__main__":
    main()
