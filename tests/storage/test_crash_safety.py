"""kill -9 during a burst of writes loses no committed row."""

import os
import shutil
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import select

from app.storage.database import Database
from app.storage.tables import Interaction

WRITER = textwrap.dedent(
    """
    import sys
    from app.domain.clock import SystemClock
    from app.services import Services
    from app.storage.database import Database

    services = Services(Database.open(sys.argv[1]), SystemClock())
    contact = services.contacts.create(given_name="Crash", family_name="Test")
    for index in range(100_000):
        interaction = services.interactions.log(contact, "email", "outbound", summary=f"note {index}")
        print(interaction, flush=True)  # printed only after the commit returned
    """
)


def test_kill_9_during_writes_loses_no_committed_row(tmp_path):
    path = tmp_path / "rapport.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE, text=True, cwd=os.getcwd(),
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    committed = []
    try:
        for line in writer.stdout:
            committed.append(int(line))
            if len(committed) >= 150:
                break
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
    assert len(committed) >= 150, "the writer died before writing"
    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if (tmp_path / f"rapport.db{suffix}").exists():
            shutil.copy(tmp_path / f"rapport.db{suffix}", copy / f"rapport.db{suffix}")
    db = Database.open(copy / "rapport.db")
    with db.read() as conn:
        stored = set(conn.execute(select(Interaction.id)).scalars())
    db.close()
    assert set(committed) <= stored
