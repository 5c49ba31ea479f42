"""Importing an Outlook CSV export (German headers, Windows-1252) of N rows into an empty
database, next to the csv module's bare parse of the same file in the same run.

    python -m bench.outlook_bench --rows 10000 [--runs 3]

Each row has three e-mails, five phones, two addresses, a birthday, an empty anniversary
("0.0.00"), categories and notes: what a real Outlook export carries.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import tempfile
import time
from pathlib import Path

from bench.dataset import empty_services

HEADER = ["Anrede", "Vorname", "Nachname", "Firma", "Abteilung", "Position", "Straße geschäftlich",
          "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat",
          "Ort privat", "Postleitzahl privat", "Telefon geschäftlich", "Telefon geschäftlich 2",
          "Telefon privat", "Mobiltelefon", "Fax geschäftlich", "Geburtstag", "Jahrestag",
          "E-Mail-Adresse", "E-Mail-Typ", "E-Mail 2: Adresse", "E-Mail 3: Adresse", "Kategorien",
          "Notizen", "Priorität", "Privat", "Vertraulichkeit", "Webseite"]


def outlook_file(path: Path, rows: int) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for i in range(rows):
        writer.writerow([
            "Frau" if i % 2 else "Herr", f"Jörg{i}", f"Weiß{i}", f"Müller {i % 500} GmbH", "Einkauf",
            "Leitung", f"Königstraße {i % 200}", "Stuttgart", f"{70000 + i % 999}", "Deutschland",
            f"Gartenweg {i % 90}", "Esslingen", "73728", f"0711 {100000 + i}", f"0711 {200000 + i}",
            f"0711 {300000 + i}", f"0170 {1000000 + i}", f"0711 {400000 + i}",
            f"{1 + i % 28}.{1 + i % 12}.{1950 + i % 50}", "0.0.00", f"joerg{i}@firma{i % 500}.example",
            "SMTP", f"joerg{i}@privat.example", f"j{i}@verein.example", "Kunden;VDI",
            f"Trifft man auf der Messe {i}.", "Normal", "Aus", "Normal", f"https://firma{i % 500}.example",
        ])
    path.write_bytes(buffer.getvalue().encode("cp1252"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.outlook_bench")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = work / "outlook.csv"
        outlook_file(path, args.rows)
        bare, full = [], []
        for run in range(args.runs):
            start = time.perf_counter()
            with open(path, encoding="cp1252", newline="") as handle:
                parsed = sum(1 for _row in csv.reader(handle))
            bare.append(time.perf_counter() - start)
            services = empty_services(work / f"db{run}")
            start = time.perf_counter()
            report = services.imports.import_file(path)
            full.append(time.perf_counter() - start)
            services.db.close()
            assert report.created == args.rows and parsed == args.rows + 1, (report.created, parsed)
        size = path.stat().st_size / 1e6
        bare_s, full_s = statistics.median(bare), statistics.median(full)
        print(f"Outlook CSV, {args.rows} rows, {size:.1f} MB, median of {args.runs}:")
        print(f"  csv.reader parse          {bare_s * 1000:8.0f} ms")
        print(f"  Rapport import (empty DB) {full_s * 1000:8.0f} ms  ({full_s / bare_s:.0f}x the bare parse)")


if __name__ == "__main__":
    main()
