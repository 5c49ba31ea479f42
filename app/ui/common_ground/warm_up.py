"""Build the network index while the user reads Today, so that the Common ground page's
first open reads it instead of computing it (about 1 s of CPU at 50,000 contacts).

Started once from start_window, a few seconds after the window is up (the start itself
keeps both cores), as one read job of the TaskManager. The service keeps what it computed
until topics, contacts or groups change; a change meanwhile makes it drop the result.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from app.ui.widgets.tasks import task_manager

DELAY_MS = 3000  # after the window is shown: Today's own reads come first


def warm_common_ground(window, services, delay_ms: int = DELAY_MS) -> None:
    def start() -> None:
        from app.ui.common_ground.common_ground_page import SUGGESTIONS  # the page's own size

        matching = services.matching

        def work(_progress, cancelled):
            if not cancelled():
                matching.network_introductions(SUGGESTIONS)  # kept by the service
                matching.top_topics(12)

        task_manager(services).read(work, owner=window)

    QTimer.singleShot(delay_ms, window, start)  # dropped with the window
