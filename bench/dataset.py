"""The sample databases the bench measures, built once and cached under bench/results/cache/
(keyed by size, seed, schema revision and the generator's source), plus the files derived
from them: a vCard file, a vdir for khard and a LinkedIn Connections.csv."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.domain.clock import FixedClock
from app.services import Services
from app.services import sample, sample_data, sample_times, sample_today
from app.services.events import Events
from app.storage import migrate
from app.storage.database import Database

RESULTS = Path(__file__).with_name("results")
BERLIN = ZoneInfo("Europe/Berlin")
# The data is generated relative to this instant and measured with the same clock, so a
# cached database shows the same Today list whatever day the bench runs.
BENCH_NOW = datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)
SEED = 7


def bench_clock() -> FixedClock:
    return FixedClock(BENCH_NOW, tz=BERLIN)


def cache_key(contacts: int, seed: int = SEED) -> str:
    # Every module whose code shapes the rows: a change in any of them makes a new cache.
    digest = source_digest(sample, sample_data, sample_times, sample_today)
    return f"{contacts}-seed{seed}-rev{migrate.HEAD}-{digest}"


def source_digest(*modules) -> str:
    """A short hash of modules' source (a package: all its .py files), for cache keys."""
    digest = hashlib.sha256()
    for module in modules:
        path = Path(module.__file__)
        files = sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]
        for file in files:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:10]


@dataclass(frozen=True)
class Built:
    path: Path
    seconds: float | None  # generation time, None when it came from the cache
    interactions: int


def cached_db(contacts: int, cache_dir: Path, log=print) -> Built:
    """The sample DB of this size, generated on first use. Built under a temp name and
    renamed, so an interrupted build never leaves a half-written cache entry."""
    folder = cache_dir / cache_key(contacts)
    path = folder / "rapport.db"
    if path.exists():
        return Built(path, None, _count(path))
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / "building.db"
    for leftover in folder.glob("building.db*"):
        leftover.unlink()
    log(f"generating {contacts:,} contacts into {folder} (cached for later runs)…")
    db = Database.open(partial)
    start = time.perf_counter()
    size = sample.SampleNetwork(db, bench_clock(), Events()).generate(contacts)
    seconds = time.perf_counter() - start
    db.checkpoint()  # fold the WAL back in: the file must be whole on its own
    db.close()
    os.replace(partial, path)
    return Built(path, seconds, size.interactions)


def _count(path: Path) -> int:
    import sqlite3

    from app.storage.uris import sqlite_uri

    with sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True) as conn:
        return conn.execute("SELECT count(*) FROM interaction").fetchone()[0]


def work_copy(source: Path, folder: Path) -> Path:
    """A private copy to measure on: the app and the write figures may change it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "rapport.db"
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return target


def open_services(path: Path) -> Services:
    return Services(Database.open(path), bench_clock())


def empty_services(folder: Path) -> Services:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("rapport.db*"):
        old.unlink()
    return open_services(folder / "rapport.db")


# --- derived files ------------------------------------------------------------------------
def vcard_cards(services: Services, limit: int) -> list[str] | None:
    """One vCard text per contact (the app's own exporter), or None before it exists."""
    exports = getattr(services, "exports", None)
    if exports is None or not hasattr(exports, "vcard_text"):
        return None
    ids = [row.id for row in services.contacts.list_rows(limit=limit)]
    text = exports.vcard_text(ids, version="3.0")
    text = text[0] if isinstance(text, tuple) else text  # (text, count)
    cards = [("BEGIN:VCARD" + chunk).strip() + "\r\n" for chunk in text.split("BEGIN:VCARD")[1:]]
    return cards


def write_vdir(cards: list[str], folder: Path) -> Path:
    """One .vcf per contact, as vdirsyncer and khard keep them. khard skips cards without
    a UID (Rapport's export writes none), so one is added here."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, card in enumerate(cards):
        if "\nUID:" not in card:
            card = card.replace("\nVERSION:3.0\r\n", f"\nVERSION:3.0\r\nUID:rapport-{index}\r\n", 1)
        (folder / f"contact-{index:05d}.vcf").write_text(card, encoding="utf-8", newline="")
    return folder


def khard_config(vdir: Path, config_home: Path) -> Path:
    folder = config_home / "khard"
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "khard.conf"
    config.write_text(
        "[addressbooks]\n[[rapport]]\npath = " + str(vdir) + "\n\n"
        "[general]\ndefault_action = list\n\n[contact table]\nshow_uids = no\n",
        encoding="utf-8",
    )
    return config


def linkedin_connections(services: Services, limit: int, path: Path) -> Path:
    """A LinkedIn Connections.csv with the real export's preamble and header."""
    import csv
    import io

    from sqlalchemy import select

    from app.storage.tables import Contact

    with services.db.read() as conn:
        rows = conn.execute(
            select(Contact.id, Contact.given_name, Contact.family_name, Contact.emails,
                   Contact.company, Contact.position, Contact.created_at)
            .where(Contact.is_me.is_(False)).order_by(Contact.id).limit(limit)
        ).all()
    out = io.StringIO()
    out.write("Notes:\n\"When exporting your connection data, you may notice that some of the "
              "email addresses are missing.\"\n\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"])
    for cid, given, family, emails, company, position, created in rows:
        writer.writerow([given, family, f"https://www.linkedin.com/in/sample-{cid}",
                         emails[0]["value"] if emails else "", company, position,
                         created.strftime("%d %b %Y")])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path
