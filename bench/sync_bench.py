"""CardDAV sync against a real Radicale, next to the floor of plain HTTP loops over the same
cards in the same run.

    python -m bench.sync_bench --contacts 2000

Figures: first sync of N contacts to an empty address book vs a plain PUT loop of the same
vCards; first sync of a full address book into an empty Rapport vs a plain GET loop; an
incremental sync with 10 changed contacts; a sync with nothing to do.
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
MKCOL = ('<?xml version="1.0"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
         "<d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
         "</d:prop></d:set></d:mkcol>")  # fmt: skip


def start_radicale(folder: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (folder / "users").write_text("".join(f"u{n}:{PASSWORD}\n" for n in range(4)))
    (folder / "config").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
        f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\ndelay = 0\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n[web]\ntype = none\n"
        "[logging]\nlevel = warning\n"
    )
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(folder / "config")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    for _ in range(300):
        try:
            requests.get(url, timeout=1).close()
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    for n in range(4):
        requests.request("MKCOL", f"{url}u{n}/contacts/", data=MKCOL.encode(), timeout=30,
                         auth=(f"u{n}", PASSWORD)).close()  # fmt: skip
    return process, url


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--storage", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None,
                        help="where Radicale keeps its files (default: tmpfs when there is one)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rapport-sync-bench-"))
    storage = Path(tempfile.mkdtemp(prefix="rapport-radicale-", dir=args.storage))
    process, url = start_radicale(storage)
    try:
        clock = FixedClock(datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))
        db = Database.open(work / "a" / "rapport.db")
        services = Services(db, clock)
        SampleNetwork(db, clock, services.events).generate(args.contacts, seed=7)
        with db.read() as conn:
            cards = [render(contact_fields(c), f"floor-{c.id}", clock.now(), None)
                     for c in load_contacts(conn)]  # fmt: skip
        rows = []
        session = requests.Session()
        session.auth = ("u0", PASSWORD)
        book0 = f"{url}u0/contacts/"

        def put_loop(book=book0):
            for number, text in enumerate(cards):
                session.put(f"{book}floor-{number}.vcf", data=text.encode("utf-8"),
                            headers={"Content-Type": "text/vcard; charset=utf-8",
                                     "If-None-Match": "*"}, timeout=60).raise_for_status()  # fmt: skip

        floor_put, _ = timed(put_loop)
        push, report = timed(lambda: sync_contacts(db, clock, services.events, url, "u1", PASSWORD, 60))
        assert report.ok and report.pushed == len(cards), report.summary()
        # the floor again after the sync (into a third empty book, u2's password is the
        # same), so a change of machine load during the run shows as a spread
        session.auth = ("u2", PASSWORD)
        floor_after, _ = timed(lambda: put_loop(f"{url}u2/contacts/"))
        session.auth = ("u0", PASSWORD)
        rows.append((f"first sync of {len(cards):,} contacts to an empty address book", push,
                     "plain PUT loop, same cards (before / after)", (floor_put, floor_after)))  # fmt: skip

        def get_loop():
            with CardDavClient(url, "u1", PASSWORD) as client:
                client.discover()
                for href in client.list_etags():
                    session.get(client.url_of(href), auth=("u1", PASSWORD), timeout=60).raise_for_status()

        floor_get, _ = timed(get_loop)
        db_b = Database.open(work / "b" / "rapport.db")
        services_b = Services(db_b, clock)
        pull, report = timed(lambda: sync_contacts(db_b, clock, services_b.events, url, "u1", PASSWORD, 60))
        assert report.ok and report.pulled == len(cards), report.summary()
        rows.append((f"first sync of a full address book ({len(cards):,}) into an empty Rapport", pull,
                     "PROPFIND + plain GET loop", floor_get))  # fmt: skip
        ids = [r.id for r in services.contacts.list_rows()][:10]
        clock.advance(__import__("datetime").timedelta(minutes=5))
        for contact_id in ids:
            services.contacts.update(contact_id, position="Changed for the bench")
        push10, report = timed(lambda: sync_contacts(db, clock, services.events, url, "u1", PASSWORD, 60))
        assert report.pushed == 10, report.summary()
        pull10, report = timed(lambda: sync_contacts(db_b, clock, services_b.events, url, "u1", PASSWORD, 60))
        assert report.pulled == 10, report.summary()
        idle, report = timed(lambda: sync_contacts(db_b, clock, services_b.events, url, "u1", PASSWORD, 60))
        rows.append((f"incremental: 10 of {len(cards):,} changed, pushed from A", push10, "", None))
        rows.append((f"incremental: 10 of {len(cards):,} changed, pulled into B", pull10, "", None))
        rows.append((f"nothing changed ({len(cards):,} contacts)", idle, "", None))
        print(f"Radicale {__import__('radicale').VERSION} on {storage.parent}; "
              f"load average {os.getloadavg()[0]:.1f}; {len(cards):,} contacts")
        print("| Figure | Rapport | Floor | Floor time | Ratio |\n|---|---|---|---|---|")
        for name, took, floor_name, floor in rows:
            floors = floor if isinstance(floor, tuple) else (floor,) if floor else ()
            ratio = " / ".join(f"{took / f:.2f}×" for f in floors)
            floor_text = " / ".join(f"{f:.1f} s" for f in floors)
            print(f"| {name} | {took:.2f} s | {floor_name} | {floor_text} | {ratio} |")
        session.close()
        db.close()
        db_b.close()
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(storage, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
