"""Reasons for Today rows of the newer kinds, in the user's language (the page's own
reason() covers the rest)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.today import TodayItem, is_open_decision


def decision_reason(item: TodayItem) -> str:
    """A decision note on its review day: still to decide, or look again at what was."""
    mine = item.owner != "them"
    if is_open_decision(item) and mine:
        text = QCoreApplication.translate("TodayPage", "Still to decide (mine): %1")
    elif is_open_decision(item):
        text = QCoreApplication.translate("TodayPage", "Waiting for their decision: %1")
    elif mine:
        text = QCoreApplication.translate("TodayPage", "Review my decision: %1")
    else:
        text = QCoreApplication.translate("TodayPage", "Review their decision: %1")
    return text.replace("%1", item.text)
