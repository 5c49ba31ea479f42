"""The progress bar of Settings → Encryption moves during the copy, which is one
sqlcipher_export call: SQLite's progress handler turns VM steps into a fraction."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from app.storage import encryption
from app.storage.database import Database
from app.storage.tables import Contact

pytest.importorskip("sqlcipher3")


def test_progress_rises_during_the_copy_and_ends_at_one(tmp_path, clock):
    path = tmp_path / "rapport.db"
    db = Database.open(path)
    now = clock.now()
    with db.bulk_write() as (conn, _touched):
        conn.execute(insert(Contact), [{"given_name": f"P{i}", "family_name": "Müller",
                                        "about": "x" * 400, "created_at": now,
                                        "updated_at": now} for i in range(3000)])
    db.close()
    seen = []
    encryption.encrypt_file(path, encryption.new_key(), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    during_copy = [f for f in seen if 0 < f < encryption.COPY_SHARE]
    assert len(during_copy) >= 3  # the bar moves while the one long call runs
