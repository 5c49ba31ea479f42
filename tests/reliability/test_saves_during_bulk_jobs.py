"""A save while another process runs a bulk job (demo, import, restore: one long write
transaction) waits for it instead of failing after 5 s with "database is locked"; the
wait is announced (the window says "waiting…"); only after WRITE_WAIT_S does it give up,
with a sentence and no SQL."""

import time

import pytest

from app.storage.errors import DatabaseBusyError
from tests.reliability.helpers import read_until, spawn

pytestmark = pytest.mark.reliability

HOLD_S = 7  # longer than the old 5 s busy timeout

BULK = f"""
import sys, time
from sqlalchemy import text
from app.storage.database import Database
db = Database.open(sys.argv[1])
with db.bulk_write() as (conn, touched):
    conn.execute(text("INSERT INTO setting (key, value) VALUES ('bulk', '1')"))
    print("holding", flush=True)
    time.sleep({HOLD_S})
print("done", flush=True)
"""


def test_a_note_saved_during_a_bulk_job_waits_and_is_kept(services, db):
    contact = services.contacts.create(given_name="Maxi")
    child = spawn(BULK, db.path)
    try:
        assert child.stdout.readline().strip() == "holding"
        started = time.monotonic()
        waits: list[float | None] = []
        db.on_wait = waits.append
        db.write_wait = 1.0  # first: give up quickly, with words, not SQL
        with pytest.raises(DatabaseBusyError) as busy:
            services.contacts.update(contact, about="Diagnose: Burnout, bitte vertraulich")
        assert "Try again" in str(busy.value) and "UPDATE" not in str(busy.value)
        db.write_wait = 600.0  # then: the real default waits for the job
        services.contacts.update(contact, about="Diagnose: Burnout, bitte vertraulich")
        waited = time.monotonic() - started
    finally:
        rest = read_until(child, 1)
    assert "done" in rest
    assert services.contacts.get(contact).about == "Diagnose: Burnout, bitte vertraulich"
    assert waited >= HOLD_S - 2  # it really waited for the bulk job to commit
    assert [w for w in waits if w is not None] and waits[-1] is None  # "waiting…", then done
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'bulk'").scalar() == 1
