"""Work that must wait for the write transaction the current thread is in: run after its
commit, dropped if it rolls back. Outside a write transaction it runs at once.

The change notices use it (app/services/events.py): a notice sent from inside
`db.write()` reaches the screens only once the data is committed, and never when the
block raised. Per thread: a worker's import does not hold back the UI thread's notices.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator

# The execution option marking a connection that will write (Database begins those with
# BEGIN IMMEDIATE). Here rather than in database.py so that migrate.py can use it without
# importing the module that imports it.
WRITE = "rapport_write"
_local = threading.local()


def in_write() -> bool:
    return getattr(_local, "depth", 0) > 0


def after_commit(callback: Callable[[], None]) -> None:
    if in_write():
        _local.pending.append(callback)
    else:
        callback()


@contextmanager
def tracked() -> Iterator[None]:
    """Wraps a write transaction (Database.write, session, bulk_write). The outermost one
    runs the waiting callbacks after it committed, and drops them if it raised."""
    depth = getattr(_local, "depth", 0)
    if depth == 0:
        _local.pending = []
    _local.depth = depth + 1
    try:
        yield
    except BaseException:
        _local.depth = depth
        if depth == 0:
            _local.pending = []
        raise
    _local.depth = depth
    if depth == 0:
        pending, _local.pending = _local.pending, []
        for callback in pending:
            callback()
