"""Lets one job (encrypting, decrypting or re-keying the open database) run with no
connection to the file open, while the app stays running.

Every use of a Database (a read, a write, a backup) passes the gate; `closed()` waits for
the uses under way to end, holds new ones back until the job is done, then lets them in
again, on the engine the job left (a keyed one after encrypting). A held-back use simply
waits: the GUI shows the job's progress meanwhile, and nothing is written to the old file
after it was copied (which would be lost at the swap).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator


class Gate:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._users = 0
        self._holder: int | None = None  # the thread that closed the gate

    @contextmanager
    def use(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._condition:
            while self._holder is not None and self._holder != me:
                self._condition.wait()
            self._users += 1
        try:
            yield
        finally:
            with self._condition:
                self._users -= 1
                self._condition.notify_all()

    @contextmanager
    def closed(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._condition:
            while self._holder is not None:
                self._condition.wait()
            self._holder = me
            while self._users:
                self._condition.wait()
        try:
            yield
        finally:
            with self._condition:
                self._holder = None
                self._condition.notify_all()
