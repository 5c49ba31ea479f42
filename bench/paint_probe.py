"""Start a window, and exit right after its first paint, printing when that was.

    python bench/paint_probe.py bare                     # QApplication + QMainWindow, the floor
    python bench/paint_probe.py app --data-dir D --no-first-run   # Rapport, as `python -m app`

Prints one JSON line: the wall-clock time of the first completed paint of a main window and
the peak RSS then, and (app) of the first paint of the Today page, the home page with the
user's data on it, and the peak RSS then. A bench-only wrapper, so that the app carries no bench hooks: it creates
the QApplication first (run_gui reuses an existing one) and filters its events.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def main(argv: list[str]) -> int:
    mode, rest = argv[0], argv[1:]
    profile_to = os.environ.get("BENCH_PROFILE")  # where the time goes, when a goal is missed
    stop_at_first_paint = os.environ.get("BENCH_STOP_AT") == "painted"
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False
            self.usable = False
            self.times: dict[str, float] = {}

        def eventFilter(self, watched, event) -> bool:
            if event.type() != QEvent.Type.Paint or not hasattr(watched, "window"):
                return False
            if not self.seen and isinstance(watched.window(), QMainWindow):
                self.seen = True
                # After this paint and its siblings in the same flush are done:
                QTimer.singleShot(0, lambda: self.mark("painted", done=stop_at_first_paint))
            if not self.usable and (mode == "bare" or on_today_page(watched)):
                self.usable = True
                QTimer.singleShot(0, lambda: self.mark("usable", done=True))
            return False

        def mark(self, what: str, done: bool = False) -> None:
            self.times[f"{what}_at"] = time.time()
            self.times[f"{what}_rss_kib"] = peak_rss_kib()
            if done:
                report(self.times)

    def on_today_page(widget) -> bool:
        while widget is not None:
            if type(widget).__name__ == "TodayPage":
                return True
            widget = widget.parentWidget()
        return False

    def report(times: dict) -> None:
        times.setdefault("usable_at", times["painted_at"])  # BENCH_STOP_AT=painted
        times.setdefault("usable_rss_kib", times["painted_rss_kib"])
        times["peak_rss_kib"] = times["painted_rss_kib"]
        print(json.dumps(times), flush=True)
        if profile_to:
            profiler.disable()
            profiler.dump_stats(profile_to)
        os._exit(0)  # the measurement ends here; tear-down is not part of it

    app = QApplication([sys.argv[0], *rest])
    probe = FirstPaint()
    app.installEventFilter(probe)
    if mode == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from app.__main__ import main as rapport_main

    return rapport_main(rest)


def peak_rss_kib() -> int:
    """This process's peak resident set. VmHWM belongs to the memory map made at exec;
    ru_maxrss would also count the parent's size at fork (on Linux it survives exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
