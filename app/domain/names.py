"""How a person is named in lists and rows: given and family name, else the nickname."""

from __future__ import annotations


def display_name(given: str, family: str, nickname: str = "") -> str:
    return " ".join(part for part in (given, family) if part) or nickname or "?"
