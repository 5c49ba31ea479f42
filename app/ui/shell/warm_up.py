"""Compute what the Common ground and Dashboard pages show first while the user reads
Today, so that their first open reads it instead of computing it (at 50,000 contacts about
1 s of CPU for the introductions, 1-4 s of SQLite for the 12-week habits).

Started once from start_window, a few seconds after the window is up (the start itself
keeps both cores busy), as read jobs of the TaskManager. The services keep what they
computed until the data it came from changes; a change meanwhile makes them drop it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from app.ui.widgets.tasks import task_manager

DELAY_MS = 3000  # after the window is shown: Today's own reads come first


def warm_pages(window, services, delay_ms: int = DELAY_MS) -> None:
    def start() -> None:
        from app.ui.common_ground.common_ground_page import SUGGESTIONS  # the page's own size

        matching, dashboard = services.matching, services.dashboard

        def introductions(_progress, cancelled):
            if not cancelled():
                matching.network_introductions(SUGGESTIONS)  # kept by the service
                matching.top_topics(12)

        def habits(_progress, cancelled):
            if not cancelled():
                dashboard.habits()  # kept by the service (the page reads cached_habits())

        tasks = task_manager(services)
        tasks.read(habits, owner=window)  # mostly inside SQLite: leaves the UI thread be
        tasks.read(introductions, owner=window)

    QTimer.singleShot(delay_ms, window, start)  # dropped with the window
