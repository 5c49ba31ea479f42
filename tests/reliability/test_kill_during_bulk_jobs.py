"""kill -9 during a bulk job (sample data like `demo`, a JSON restore) at several moments:
the next start opens the file (no false "truncated"), and the job is all or nothing."""

import pytest
from sqlalchemy import text

from app.services import Services
from app.storage.database import Database
from tests.reliability.helpers import read_until, spawn

pytestmark = pytest.mark.reliability

DEMO = """
import sys
from app.domain.clock import SystemClock
from app.services import Services
from app.services.sample import SampleNetwork
from app.storage.database import Database
services = Services(Database.open(sys.argv[1]), SystemClock())
print("start", flush=True)
SampleNetwork(services.db, services.clock, services.events).generate(2000, chunk=400)
print("done", flush=True)
"""

RESTORE = """
import sys
from app.domain.clock import SystemClock
from app.services import Services
from app.storage.database import Database
services = Services(Database.open(sys.argv[1]), SystemClock())
print("start", flush=True)
services.exports.restore(sys.argv[2], force=True)
print("done", flush=True)
"""


def people(path) -> int:
    db = Database.open(path)  # must open, whatever the kill left
    with db.read() as conn:
        count = conn.execute(text("SELECT count(*) FROM contact WHERE NOT is_me")).scalar()
        assert conn.execute(text("PRAGMA quick_check")).scalar() == "ok"
    db.close()
    return count


@pytest.mark.parametrize("moment", [0.3, 1.0])
def test_kill_9_during_sample_data(tmp_path, moment):
    path = tmp_path / "rapport.db"
    Database.open(path).close()
    lines = read_until(spawn(DEMO, path), 1, then_wait=moment)
    assert people(path) in ({0, 2000} if "done" not in lines else {2000})


@pytest.mark.parametrize("moment", [0.2, 0.8])
def test_kill_9_during_a_restore(tmp_path, services, db, moment):
    from app.services.sample import SampleNetwork

    SampleNetwork(db, services.clock, services.events).generate(600)
    dump = tmp_path / "all.json"
    services.exports.export(dump, "json")
    target = tmp_path / "target" / "rapport.db"
    mine = Database.open(target)
    Services(mine, services.clock).contacts.create(given_name="Ada")
    mine.close()
    lines = read_until(spawn(RESTORE, target, dump), 1, then_wait=moment)
    assert people(target) in ({1, 600} if "done" not in lines else {600})
