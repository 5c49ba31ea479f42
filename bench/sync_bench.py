"""CardDAV sync against a real Radicale, next to the floor of plain HTTP loops over the same
cards in the same run.

    python -m bench.sync_bench --contacts 10000 --push 600

Figures:
- first sync of --push contacts to an empty address book vs a plain PUT loop of the same
  vCards, with the cost of one PUT as the book grows (the growth curve);
- what one new card's PUT costs in a book that already holds 2,500 / 5,000 / --contacts
  cards (the books are filled by writing the .vcf files into Radicale's folder, as a
  server-side import would), and the first push of --contacts extrapolated from that curve;
- first sync of a full address book (--contacts) into an empty Rapport vs PROPFIND + a
  plain GET loop;
- incremental: 10 of --contacts changed, pushed from one device, pulled into another;
  nothing changed; each split into the time spent waiting for the server (measured around
  every request, by method) and Rapport's own; `--profile` prints where Rapport's goes.

Radicale checks a new card's UID against every card of the book (`has_uid` in its PUT), so a
PUT of a new card costs more the fuller the book is, and a first push of N cards grows with
N squared: that is the server's time, and the plain PUT loop pays it too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import requests

from app.domain.clock import FixedClock
from app.services import Services
from app.services.exporters.rows import load_contacts
from app.services.sample import SampleNetwork
from app.storage.database import Database
from app.sync.dav import CardDavClient
from app.sync.engine import sync_contacts
from app.sync.vcard_map import contact_fields, render

PASSWORD = "bench"
# As in tests/sync/conftest.py: an item cache that trusts a card file's mtime and size
# instead of reading and hashing every card file on every listing.
FAST_STORAGE = "use_mtime_and_size_for_item_cache = True\n"
USERS = 8
PROBE_PUTS = 10
SLOW = 3600  # seconds: Radicale's first listing of 10,000 new files takes minutes
MKCOL = ('<?xml version="1.0"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
         "<d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
         "</d:prop></d:set></d:mkcol>")


def start_radicale(folder: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (folder / "users").write_text("".join(f"u{n}:{PASSWORD}\n" for n in range(USERS)))
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
        f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\ndelay = 0\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n{FAST_STORAGE}"
        "[web]\ntype = none\n"
        "[logging]\nlevel = warning\n"
    )
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(folder / "config")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(300):
        try:
            requests.get(url, timeout=1).close()
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    for n in range(USERS):
        requests.request("MKCOL", f"{url}u{n}/contacts/", data=MKCOL.encode(), timeout=30,
                         auth=(f"u{n}", PASSWORD)).close()
    return process, url


class ServerTime:
    """While active: the wall time Rapport's client waits for each HTTP request (Radicale's
    time plus loopback), by method, so a sync's figure splits into server and Rapport."""

    def __init__(self) -> None:
        self.spent: dict[str, list[float]] = {}

    def __enter__(self) -> "ServerTime":
        self.original = original = CardDavClient.request
        spent = self.spent

        def request(client, method, url, *args, **kwargs):
            began = time.perf_counter()
            try:
                return original(client, method, url, *args, **kwargs)
            finally:
                spent.setdefault(method, []).append(time.perf_counter() - began)

        CardDavClient.request = request  # type: ignore[method-assign]
        return self

    def __exit__(self, *_exc) -> None:
        CardDavClient.request = self.original  # type: ignore[method-assign]

    def total(self) -> float:
        return sum(sum(times) for times in self.spent.values())

    def text(self) -> str:
        parts = ", ".join(f"{len(t)} {m} {sum(t):.2f} s" for m, t in sorted(self.spent.items()))
        return f"server {self.total():.2f} s ({parts})"


PROFILE = "--profile" in sys.argv  # print where Rapport's own time goes in the incremental syncs


def timed_sync(function) -> tuple[float, object, ServerTime]:
    import cProfile
    import pstats

    profile = cProfile.Profile() if PROFILE else None
    with ServerTime() as server:
        if profile:
            profile.enable()
        took, result = timed(function)
        if profile:
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(r"app/", 25)
    return took, result, server


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def generate(db, clock, events, contacts: int, seed: int) -> None:
    """Made-up contacts, no longer marked as the sample network (which never syncs)."""
    from sqlalchemy import delete

    from app.services.sample_removal import SAMPLE_KEY
    from app.storage.tables import Setting

    SampleNetwork(db, clock, events).generate(contacts, seed=seed, owner=False)
    with db.write() as conn:
        conn.execute(delete(Setting).where(Setting.key == SAMPLE_KEY))


def fill_book(storage: Path, user: str, cards: list[str], prefix: str) -> None:
    """Write cards straight into Radicale's folder for user's (existing, empty) book."""
    book = storage / "collections" / "collection-root" / user / "contacts"
    assert book.is_dir(), book
    for number, text in enumerate(cards):
        (book / f"{prefix}-{number}.vcf").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10000,
                        help="size of the full address book (pull, incremental, PUT probe)")
    parser.add_argument("--push", type=int, default=600,
                        help="contacts pushed by a real first sync (the server's PUT cost "
                             "grows with the book, see above)")
    parser.add_argument("--probe-sizes", default="2500,5000",
                        help="book sizes (filled from files) to time one new card's PUT in; "
                             "the full book is probed too, after the pull")
    parser.add_argument("--storage", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None,
                        help="where Radicale keeps its files (default: tmpfs when there is one)")
    parser.add_argument("--profile", action="store_true",
                        help="profile the incremental syncs (Rapport's own time, by function)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rapport-sync-bench-"))
    storage = Path(tempfile.mkdtemp(prefix="rapport-radicale-", dir=args.storage))
    process, url = start_radicale(storage)
    started = time.perf_counter()

    def say(text: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {text}", flush=True)

    try:
        clock = FixedClock(datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))
        rows = []
        session = requests.Session()
        headers = {"Content-Type": "text/vcard; charset=utf-8", "If-None-Match": "*"}

        # --- first push: Rapport against a plain PUT loop, same cards, same run ----------------
        db = Database.open(work / "a" / "rapport.db")
        services = Services(db, clock)
        generate(db, clock, services.events, args.push, seed=7)
        with db.read() as conn:
            cards = [render(contact_fields(c), f"floor-{c.id}", clock.now(), None)
                     for c in load_contacts(conn)]
        curve: list[tuple[int, float]] = []  # (book size, seconds per PUT over the last 100)

        def put_loop(user: str, texts: list[str], prefix: str = "floor") -> None:
            mark = time.perf_counter()
            for number, text in enumerate(texts):
                session.put(f"{url}{user}/contacts/{prefix}-{number}.vcf", data=text.encode("utf-8"),
                            headers=headers, auth=(user, PASSWORD), timeout=SLOW).raise_for_status()
                if (number + 1) % 100 == 0:
                    now = time.perf_counter()
                    curve.append((number + 1, (now - mark) / 100))
                    mark = now

        floor_put, _ = timed(lambda: put_loop("u0", cards))
        say(f"floor: PUT loop of {len(cards):,} cards {floor_put:.1f} s")
        sync_curve: list[tuple[int, float]] = []

        def progress(done: int, total: int) -> None:
            sync_curve.append((done, time.perf_counter()))

        push, report = timed(lambda: sync_contacts(db, clock, services.events, url, "u1", PASSWORD, SLOW,
                                                   progress))
        assert report.ok and report.pushed == len(cards), report.summary()
        say(f"Rapport: first push of {len(cards):,} {push:.1f} s")
        rows.append((f"first sync of {len(cards):,} contacts to an empty address book", push,
                     "plain PUT loop, same cards", floor_put))
        db.close()

        # --- the PUT of one new card into a fuller book ------------------------------------
        db_full = Database.open(work / "full" / "rapport.db")
        services_full = Services(db_full, clock)
        generate(db_full, clock, services_full.events, args.contacts, seed=11)
        with db_full.read() as conn:
            full_cards = [render(contact_fields(c), f"full-{c.id}", clock.now(), None)
                          for c in load_contacts(conn)]
        db_full.close()
        say(f"{len(full_cards):,} cards rendered")
        probe_cards = [text.replace("UID:full-", "UID:probe-") for text in full_cards[:PROBE_PUTS]]
        probes = []
        sizes = [int(size) for size in args.probe_sizes.split(",") if size.strip()]
        for user, size in zip(("u3", "u4", "u5"), sizes):
            if size >= args.contacts:
                continue
            fill_book(storage, user, full_cards[:size], "full")
            with CardDavClient(url, user, PASSWORD, SLOW) as client:
                client.discover()
                warm, _ = timed(client.list_etags)  # Radicale reads and caches the new files
            curve_before = len(curve)
            took, _ = timed(lambda user=user: put_loop(user, probe_cards, "probe"))
            del curve[curve_before:]
            probes.append((size, took / PROBE_PUTS))
            say(f"book of {size:,}: first listing {warm:.1f} s, one new card's PUT {took / PROBE_PUTS * 1000:.0f} ms")

        # --- first pull of the full book into an empty Rapport ------------------------------
        fill_book(storage, "u2", full_cards, "full")
        with CardDavClient(url, "u2", PASSWORD, SLOW) as client:
            client.discover()
            warm, _ = timed(client.list_etags)
        say(f"full book of {len(full_cards):,}: Radicale's first listing (cache) {warm:.1f} s")

        def get_loop():
            with CardDavClient(url, "u2", PASSWORD, SLOW) as client:
                client.discover()
                for href in client.list_etags():
                    session.get(client.url_of(href), auth=("u2", PASSWORD), timeout=SLOW).raise_for_status()

        floor_get, _ = timed(get_loop)
        say(f"floor: PROPFIND + GET loop {floor_get:.1f} s")
        db_b = Database.open(work / "b" / "rapport.db")
        services_b = Services(db_b, clock)
        pull, report = timed(lambda: sync_contacts(db_b, clock, services_b.events, url, "u2", PASSWORD, SLOW))
        assert report.ok and report.pulled == len(full_cards), report.summary()
        say(f"Rapport: first pull {pull:.1f} s")
        rows.append((f"first sync of a full address book ({len(full_cards):,}) into an empty Rapport",
                     pull, "PROPFIND + plain GET loop", floor_get))

        # --- incremental: 10 changed on B, pushed; pulled into C (a copy of B) --------------
        db_b.checkpoint()
        db_b.close()
        (work / "c").mkdir()
        shutil.copy(work / "b" / "rapport.db", work / "c" / "rapport.db")
        db_b = Database.open(work / "b" / "rapport.db")
        services_b = Services(db_b, clock)
        db_c = Database.open(work / "c" / "rapport.db")
        services_c = Services(db_c, clock)
        ids = [r.id for r in services_b.contacts.list_rows()][:10]
        clock.advance(__import__("datetime").timedelta(minutes=5))
        for contact_id in ids:
            services_b.contacts.update(contact_id, position="Changed for the bench")
        push10, report, push_server = timed_sync(
            lambda: sync_contacts(db_b, clock, services_b.events, url, "u2", PASSWORD, SLOW))
        assert report.pushed == 10, report.summary()
        pull10, report, pull_server = timed_sync(
            lambda: sync_contacts(db_c, clock, services_c.events, url, "u2", PASSWORD, SLOW))
        assert report.pulled == 10, report.summary()
        idle, report, idle_server = timed_sync(
            lambda: sync_contacts(db_c, clock, services_c.events, url, "u2", PASSWORD, SLOW))
        assert (report.pulled, report.pushed) == (0, 0), report.summary()
        n = len(full_cards)
        say(f"incremental: push {push10:.2f} s, {push_server.text()}")
        say(f"incremental: pull {pull10:.2f} s, {pull_server.text()}")
        say(f"incremental: nothing changed {idle:.2f} s, {idle_server.text()}")
        curve_before = len(curve)  # the full book: one new card's PUT
        took, _ = timed(lambda: put_loop("u2", probe_cards, "probe"))
        del curve[curve_before:]
        probes.append((n, took / PROBE_PUTS))
        say(f"book of {n:,}: one new card's PUT {took / PROBE_PUTS * 1000:.0f} ms")
        rows.append((f"incremental: 10 of {n:,} changed, pushed from B", push10,
                     "of which waiting for the server", push_server.total()))
        rows.append((f"incremental: 10 of {n:,} changed, pulled into C", pull10,
                     "of which waiting for the server", pull_server.total()))
        rows.append((f"nothing changed ({n:,} contacts)", idle, "of which waiting for the server",
                     idle_server.total()))

        print(f"\nRadicale {__import__('radicale').VERSION} on {storage.parent}; "
              f"load average {os.getloadavg()[0]:.1f}; {args.push:,} pushed, {n:,} in the full book")
        print("| Figure | Rapport | Floor | Floor time | Ratio |\n|---|---|---|---|---|")
        for name, took, floor_name, floor in rows:
            ratio = f"{took / floor:.2f}×" if floor else ""
            floor_text = f"{floor:.1f} s" if floor else ""
            print(f"| {name} | {took:.2f} s | {floor_name} | {floor_text} | {ratio} |")
        print("\nOne PUT of a new card, by the size of the book it goes into (plain loop):")
        points = [(size, cost) for size, cost in curve if size % 200 == 0 or size == 100]
        points += [(size, cost) for size, cost in probes]
        print("| Cards in the book | ms per PUT |\n|---|---|")
        for size, cost in points:
            print(f"| {size:,} | {cost * 1000:.0f} |")
        if sync_curve:
            print("\nRapport's first push, seconds per 100 cards, by cards sent:")
            last = None
            for done, when in sync_curve:
                if done % 100 == 0:
                    if last is not None:
                        print(f"  {done:>6,}: {(when - last[1]) / (done - last[0]) * 100:.1f} s")
                    last = (done, when)
        if len(probes) >= 1:
            # cost(size) ~ a + b*size from the probes: the whole first push of n is the sum
            (s0, c0), (s1, c1) = (0, curve[0][1] if curve else 0.0), probes[-1]
            slope = (c1 - c0) / (s1 - s0)
            estimate = n * c0 + slope * n * n / 2
            print(f"\nExtrapolated plain PUT loop of {n:,} new cards into an empty book: "
                  f"{estimate / 3600:.1f} h (linear cost per PUT, {slope * 1e6:.1f} µs per card already there)")
        session.close()
        db_b.close()
        db_c.close()
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:  # busy building its cache
            process.kill()
            process.wait()
        shutil.rmtree(storage, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
