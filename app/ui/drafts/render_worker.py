"""Template work off the GUI thread, with a deadline.

A user's template runs in the bounded sandbox (app/services/template_sandbox.py), whose
loops, calls and operators check a deadline and end in a TemplateLimit, so the worker thread
stops by itself: a Python thread cannot be killed from outside. Meanwhile the GUI thread keeps
running its event loop (painting, timers, input), and gives up waiting at DEADLINE: should a
render ever overrun (a C-level call between two checks), the dialog says "too slow" at once
and the stray thread's result is dropped when it ends.
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from PySide6.QtCore import QEventLoop, QTimer

from app.services.draft_templates import TemplateProblem
from app.services.template_sandbox import TOO_SLOW

T = TypeVar("T")
DEADLINE = 2.0  # seconds the GUI waits for one render (the sandbox's own limit is lower)
_QUICK = 0.03  # most renders take a few milliseconds: wait that long without a nested loop


def render_off_thread(work: Callable[[], T], deadline: float = DEADLINE, part: str = "body") -> T:
    """Run work() on a worker thread and return its result (or raise its exception) here;
    a TemplateProblem naming the part when it does not finish before the deadline."""
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed back to the GUI thread, raised there
            outcome["error"] = error
        finally:
            finished.set()

    threading.Thread(target=run, name="template-render", daemon=True).start()
    if not finished.wait(_QUICK):
        loop = QEventLoop()
        poll = QTimer(interval=10)
        poll.timeout.connect(lambda: finished.is_set() and loop.quit())
        limit = QTimer(singleShot=True, interval=int(deadline * 1000))
        limit.timeout.connect(loop.quit)
        poll.start()
        limit.start()
        loop.exec()  # the window repaints and takes input while the template runs
        poll.stop()
        limit.stop()
    if not finished.is_set():
        raise TemplateProblem(part, 0, TOO_SLOW)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
