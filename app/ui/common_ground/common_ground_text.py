"""One translated line per reason: shared by the "What we share" section and the page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.matching import GroupSuggestion, Introduction, Reason


def fill(template: str, *values: str) -> str:
    # Highest placeholder first, so "%1" never eats the start of "%10".
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template


def introduction_line(intro: Introduction, reason: Reason | None = None) -> str:
    """Why A and B should meet, e.g. "Anna looks for Venture Capital, which Ben offers"."""
    reason = reason or intro.reason
    templates = {
        "seeks_offers": QCoreApplication.translate("CommonGround", "%1 looks for %3, which %2 offers"),
        "offers_seeks": QCoreApplication.translate("CommonGround", "%1 offers %3, which %2 looks for"),
        "shared_goal": QCoreApplication.translate("CommonGround", "%1 and %2 both want: %3"),
        "shared_interest": QCoreApplication.translate("CommonGround", "%1 and %2 both like: %3"),
    }
    return fill(templates[str(reason.link)], intro.a_name, intro.b_name, reason.topic)


def shared_line(reason: Reason) -> str:
    """Why I and a contact fit, seen from me ("you")."""
    templates = {
        "shared_interest": QCoreApplication.translate("CommonGround", "You both: %1"),
        "shared_goal": QCoreApplication.translate("CommonGround", "You both want: %1"),
        "offers_seeks": QCoreApplication.translate("CommonGround", "They look for %1 — you offer it"),
        "seeks_offers": QCoreApplication.translate("CommonGround", "You look for %1 — they offer it"),
        "group_covers": QCoreApplication.translate("CommonGround", "They look for %1 — your group %2 covers it"),
        "shared_group": QCoreApplication.translate("CommonGround", "You are both in %2"),
        "met_where": QCoreApplication.translate("CommonGround", "You met at: %3"),
    }
    return fill(templates[str(reason.link)], reason.topic, reason.group, reason.place)


def group_line(suggestion: GroupSuggestion) -> str:
    templates = {
        "looking_for": QCoreApplication.translate("CommonGround", "%1 — covers %2, which they look for"),
        "goal": QCoreApplication.translate("CommonGround", "%1 — works on %2, one of their goals"),
        "interest": QCoreApplication.translate("CommonGround", "%1 — about %2, which they like"),
    }
    return fill(templates[suggestion.reason.link], suggestion.name, suggestion.reason.topic)
