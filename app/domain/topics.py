"""Topic folding: the key under which spellings of one concept meet.

"Industrie 4.0", "industrie-4.0" and "INDUSTRIE 4.0" fold to the same key.
Stemming and the curated alias list build on this (see the Common ground work).
"""

from __future__ import annotations

import re
import unicodedata

FOLD_VERSION = 1  # bump when fold() changes; stored keys are then recomputed

_SEPARATORS = re.compile(r"[^\w.+#]+|_")
_LONE_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)")


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(label: str) -> str:
    """Case, diacritics, hyphens and punctuation folded; words joined by one space.
    A dot survives only between digits ("4.0")."""
    text = strip_diacritics(label.casefold())
    text = _LONE_DOTS.sub(" ", text)
    return " ".join(_SEPARATORS.sub(" ", text).split())


def clean_label(label: str) -> str:
    """The label as the user typed it, with whitespace tidied."""
    return " ".join(label.split())
