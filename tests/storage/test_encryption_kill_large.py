"""kill -9 while a 50,000-contact database is being encrypted: afterwards the path holds
the complete plain file or the complete encrypted one (issue 23's acceptance figure).

Bounded: one full encryption is timed first, then eight kills land at fractions of that
time (copy, check, swap), each on a fresh copy. Minutes on 2 cores, so only with
RAPPORT_LARGE_TESTS=1 (`RAPPORT_LARGE_TESTS=1 pytest -m large`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import insert

from app.storage import encryption
from app.storage.database import Database
from app.storage.tables import Contact
from tests.storage.test_encryption_kill import CHILD, count_contacts

pytest.importorskip("sqlcipher3")
pytestmark = [pytest.mark.slow, pytest.mark.reliability, pytest.mark.large,
              pytest.mark.skipif(os.environ.get("RAPPORT_LARGE_TESTS") != "1",
                                 reason="50,000 contacts take minutes: RAPPORT_LARGE_TESTS=1")]

CONTACTS = 50_000
FRACTIONS = (0.05, 0.4, 0.8, 0.95, 1.05, 1.1, 1.15, 1.25, 1.5)  # the child also imports first


def test_kill_during_encryption_of_50000_contacts(tmp_path):
    template = tmp_path / "template.db"
    db = Database.open(template)
    stamp = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with db.bulk_write() as (conn, touched):
        for start in range(0, CONTACTS, 5000):
            conn.execute(insert(Contact), [
                {"given_name": f"Person{i}", "family_name": "Müller", "company": f"Firma {i % 700}",
                 "about": f"vertraulich {i} " * 30, "created_at": stamp, "updated_at": stamp}
                for i in range(start, start + 5000)])
            touched.update(range(start + 1, start + 5001))
    db.checkpoint()
    db.close()
    key = encryption.new_key()

    timing = tmp_path / "timing" / "rapport.db"
    timing.parent.mkdir()
    shutil.copy(template, timing)
    started = time.perf_counter()
    encryption.encrypt_file(timing, key)
    full = time.perf_counter() - started
    assert count_contacts(timing, key) == CONTACTS

    outcomes = []
    for fraction in FRACTIONS:
        path = tmp_path / f"kill-{fraction}" / "rapport.db"
        path.parent.mkdir()
        shutil.copy(template, path)
        with subprocess.Popen([sys.executable, "-c", CHILD, str(path), key.hex],
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout.readline().strip() == "start"
            time.sleep(full * fraction)
            child.kill()
        encrypted = encryption.looks_encrypted(path)
        outcomes.append(encrypted)
        assert count_contacts(path, key if encrypted else None) == CONTACTS, fraction
        shutil.rmtree(path.parent)  # 2 x 60 MB per run: keep the disk use bounded
    print(f"\n{CONTACTS:,} contacts, {template.stat().st_size / 1e6:.0f} MB, encrypting took "
          f"{full:.1f} s; kills at {FRACTIONS} x that: encrypted afterwards {outcomes}")
    assert False in outcomes  # at least one kill landed before the swap
