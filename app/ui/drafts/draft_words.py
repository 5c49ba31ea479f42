"""The words of the draft dialog and the template editor: occasions, languages, tones,
channels, and the sandbox's problems in the user's language. Their own module, so that the
template editor (opened from the draft dialog) need not import the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.draft_templates import ONLY_FIELDS as _ONLY_FIELDS
from app.services.template_sandbox import MESSAGES


def occasion_label(occasion: str) -> str:
    labels = {
        "birthday": QCoreApplication.translate("Drafts", "Birthday"),
        "follow_up": QCoreApplication.translate("Drafts", "Follow-up after we met"),
        "reconnect": QCoreApplication.translate("Drafts", "Reconnect after a long silence"),
        "nudge": QCoreApplication.translate("Drafts", "Kind nudge (no reply yet)"),
        "apology": QCoreApplication.translate("Drafts", "Apology"),
        "thank_you": QCoreApplication.translate("Drafts", "Thank you"),
        "congratulations": QCoreApplication.translate("Drafts", "Congratulations"),
        "share_resource": QCoreApplication.translate("Drafts", "Share a resource"),
        "introduction_ask": QCoreApplication.translate("Drafts", "Ask before introducing"),
        "introduction": QCoreApplication.translate("Drafts", "Introduction to both"),
        "feedback": QCoreApplication.translate(
            "Drafts", "Feedback (what I noticed, its effect, a proposal)"),
        "change_approach": QCoreApplication.translate(
            "Drafts", "Change approach (3 unanswered: call, LinkedIn/Xing or pause)"),
    }
    return labels.get(occasion, occasion)


def language_choices() -> list[tuple[str, str]]:
    return [("de", QCoreApplication.translate("Drafts", "German")),
            ("en", QCoreApplication.translate("Drafts", "English"))]


def formality_choices(language: str = "de") -> list[tuple[str, str]]:
    """The tone choices in the draft's own terms: du/Sie only for a German draft."""
    if language == "en":
        return [("du", QCoreApplication.translate("Drafts", "Informal (first name)")),
                ("sie", QCoreApplication.translate("Drafts", "Formal (title and surname)"))]
    return [("du", QCoreApplication.translate("Drafts", "Informal (du, first name)")),
            ("sie", QCoreApplication.translate("Drafts", "Formal (Sie, Frau/Herr and surname)"))]


def _problem_words() -> dict[str, str]:
    """The sandbox's fixed sentences, written out so that lupdate sees them."""
    return {
        MESSAGES[0]: QCoreApplication.translate(
            "TemplateProblem", "The template takes too long to render (a loop that is too big?)."),
        MESSAGES[1]: QCoreApplication.translate(
            "TemplateProblem", "The template builds a text that is too long."),
        MESSAGES[2]: QCoreApplication.translate(
            "TemplateProblem", "The template computes a number that is too big."),
        MESSAGES[3]: QCoreApplication.translate(
            "TemplateProblem", "A format width in the template is too big."),
        MESSAGES[4]: QCoreApplication.translate("TemplateProblem", "The template is too long."),
        MESSAGES[5]: QCoreApplication.translate("TemplateProblem", "The template is nested too deeply."),
        "unknown field:": QCoreApplication.translate("TemplateProblem", "unknown field:"),
        "not allowed:": QCoreApplication.translate("TemplateProblem", "not allowed:"),
        _ONLY_FIELDS: QCoreApplication.translate(
            "TemplateProblem", "Templates may only use the draft's fields, not Python internals."),
    }


def problem_message(message: str) -> str:
    """A TemplateProblem's words in the user's language: the sandbox's limits are fixed
    sentences; Jinja's own messages keep their detail after a translated lead."""
    words = _problem_words()
    if message in words:
        return words[message]
    for lead in ("unknown field:", "not allowed:"):
        if message.startswith(lead):
            rest = message[len(lead):].replace(_ONLY_FIELDS, "").strip()
            if lead == "not allowed:":
                rest = f"{rest} {words[_ONLY_FIELDS]}"
            return f"{words[lead]} {rest}"
    return message


def channel_label(channel: str) -> str:
    """What a draft goes out as, for the "To:" line when it is not an e-mail."""
    labels = {
        "social": QCoreApplication.translate("Drafts", "a short message on LinkedIn or Xing"),
        "phone": QCoreApplication.translate("Drafts", "a phone call: talking points for you"),
        "": QCoreApplication.translate("Drafts", "a note for you: pause, then try again"),
    }
    return labels.get(channel, channel)
