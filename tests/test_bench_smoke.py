"""The benchmark's parts at tiny size: the generator writes what SQLAlchemy would, the same
data in every process, and the harness measures, compares with floors and reports.
No speed is asserted here (bench/ reports figures, it does not pass or fail them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services.sample import SampleNetwork, encoders_agree_with_sqlalchemy
from app.storage.tables import Contact, Interaction, Promise
from bench import dataset
from bench.harness import Figure, Stats, markdown_table, not_built, plain_table

ROOT = Path(__file__).resolve().parent.parent
FINGERPRINT = """
import hashlib, sqlite3, sys, tempfile
from pathlib import Path
from bench.dataset import bench_clock
from app.services.events import Events
from app.services.sample import SampleNetwork
from app.storage.database import Database
path = Path(tempfile.mkdtemp()) / "r.db"
db = Database.open(path)
SampleNetwork(db, bench_clock(), Events()).generate(40, seed=3)
db.close()
conn = sqlite3.connect(path)
digest = hashlib.sha256()
for table in ("contact", "contact_topic", "membership", "interaction", "promise"):
    for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
        digest.update(repr(row).encode())
print(digest.hexdigest())
"""


def test_hand_encoded_rows_match_sqlalchemy_and_read_back(services, clock):
    assert encoders_agree_with_sqlalchemy()
    size = SampleNetwork(services.db, clock, services.events).generate(30, seed=5)
    with services.db.read() as conn:
        contacts = conn.execute(select(func.count()).select_from(Contact)
                                .where(Contact.is_me.is_(False))).scalar()
        interactions = conn.execute(select(func.count()).select_from(Interaction)).scalar()
        promises = conn.execute(select(func.count()).select_from(Promise)).scalar()
    assert (contacts, interactions, promises) == (size.contacts, size.interactions, size.promises)
    row = services.contacts.list_rows(limit=1)[0]
    contact = services.contacts.get(row.id)
    # Datetimes come back aware and in UTC, dates as dates, JSON as lists: the ORM reads
    # the raw-written rows exactly like rows it wrote itself.
    assert contact.created_at.tzinfo is not None
    assert contact.created_at.astimezone(timezone.utc) <= clock.now()
    assert contact.met_on == contact.created_at.astimezone(timezone.utc).date()
    assert contact.emails[0]["value"].endswith(f"{contact.id}@example.org")
    assert contact.phones == [] and contact.nickname == ""
    history = services.interactions.of_contact(row.id)
    if history:
        assert contact.last_interaction_at == max(i.occurred_at for i in history)


@pytest.mark.slow
def test_same_seed_gives_the_same_network_in_every_process():
    """Python randomises str hashes per process; the generator must not depend on them."""
    digests = set()
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        done = subprocess.run([sys.executable, "-c", FINGERPRINT], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
        digests.add(done.stdout.strip())
    assert len(digests) == 1


def test_figures_compare_with_their_floor_and_say_when_a_goal_is_missed():
    fast = Figure("a", "Search", value=Stats.of([3.0, 2.0, 9.0]), floor_label="bare",
                  floor=Stats.of([1.0, 1.0, 2.0]), goal_ratio=2.0)
    slow = Figure("b", "Today", value=Stats.of([45.0]), goal_value=30)
    missing = not_built("c", "Contact page")
    assert fast.value.median == 3.0 and fast.ratio == 3.0 and fast.verdict == "missed by 50%"
    assert slow.verdict == "missed by 50%"
    assert Figure("c", "x", value=Stats.of([1.0]), floor=Stats.of([1.0]), goal_ratio=2).verdict == "met"
    table = plain_table([fast, slow, missing])
    assert "3.00×" in table and "3.00 ms (2.00–9.00)" in table and "n/a (not built yet)" in table
    assert markdown_table([fast]).count("|") > 8


def test_bench_runs_end_to_end_at_tiny_size(tmp_path, qapp, capsys):
    from bench.__main__ import main

    code = main(["--contacts", "40", "--peer-contacts", "20", "--runs", "1",
                 "--only", "search,Today,logging", "--results", str(tmp_path)])
    assert code == 0
    report = json.loads((tmp_path / "latest.json").read_text())
    figures = {f["key"]: f for f in report["figures"]}
    search = [f for key, f in figures.items() if key.startswith("search:")]
    assert search and all(f["value"] and f["floor"] and f["ratio"] > 0 for f in search)
    assert figures["search-paint"]["value"]["median"] > 0, "the paint is measured on its own too"
    assert figures["log"]["floor"]["runs"] == 1
    assert "today" in figures
    assert (tmp_path / "cache").is_dir() and list((tmp_path / "cache").glob("40-*/rapport.db"))
    printed = capsys.readouterr().out
    assert "bare FTS5 MATCH" in printed and "Search keystroke" in printed
    # The cache is reused: a second run generates nothing.
    assert dataset.cached_db(40, tmp_path / "cache").seconds is None


@pytest.mark.slow
def test_paint_probe_reports_the_first_paint_of_a_bare_window(tmp_path):
    from bench.figures_ui import probe

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    milliseconds, peak_mib = probe("bare", [], env)
    assert 0 < milliseconds < 120_000 and peak_mib > 10
