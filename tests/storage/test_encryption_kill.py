"""kill -9 while a database is being encrypted: the path holds the complete plain file or
the complete encrypted one, never neither (README's data promise, issue 23)."""

from __future__ import annotations

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

pytest.importorskip("sqlcipher3")
pytestmark = [pytest.mark.slow, pytest.mark.reliability]

CONTACTS = 8000
CHILD = """
import sys
from pathlib import Path
from app.storage import encryption
print("start", flush=True)
encryption.encrypt_file(Path(sys.argv[1]), encryption.Key.from_hex(sys.argv[2]))
print("done", flush=True)
"""


def count_contacts(path, key):
    db = Database.open(path, key=key)
    try:
        with db.read() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM contact").scalar()
    finally:
        db.close()


def test_kill_during_encryption_leaves_one_complete_database(tmp_path):
    template = tmp_path / "template.db"
    db = Database.open(template)
    with db.bulk_write() as (conn, touched):
        conn.execute(insert(Contact), [
            {"given_name": f"Person{i}", "family_name": "Müller", "about": "vertraulich " * 40,
             "created_at": datetime(2026, 1, 1, tzinfo=timezone.utc), "updated_at": datetime(2026, 1, 1, tzinfo=timezone.utc)}
            for i in range(CONTACTS)])
    db.checkpoint()
    db.close()
    key = encryption.new_key()
    outcomes = set()
    for delay in (0.0, 0.02, 0.03, 0.04, 0.05, 0.07, 0.1, 0.2, 0.5, 1.0, 2.0, 4.0):
        path = tmp_path / f"run-{delay}" / "rapport.db"
        path.parent.mkdir()
        shutil.copy(template, path)
        with subprocess.Popen([sys.executable, "-c", CHILD, str(path), key.hex],
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout.readline().strip() == "start"
            time.sleep(delay)
            child.kill()
        encrypted = encryption.looks_encrypted(path)
        outcomes.add(encrypted)
        assert count_contacts(path, key if encrypted else None) == CONTACTS
    assert False in outcomes  # at least one kill landed before the swap
    # a later attempt finishes cleanly over whatever the kill left behind
    again = tmp_path / "run-0.1" / "rapport.db"
    if not encryption.looks_encrypted(again):
        encryption.encrypt_file(again, key)
    assert count_contacts(again, key) == CONTACTS
