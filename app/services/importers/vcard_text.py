"""The text layer of a vCard file: cut into cards (unfolding continued lines), values
split at unescaped separators and unescaped. No record building here (that is vcard.py).
"""

from __future__ import annotations

import re

# A separator counts unless escaped. An escaped backslash before it (two backslashes, then
# the separator) leaves it a separator, which a lookbehind for one backslash gets wrong.
_ESCAPE_OR_SEPARATOR = {sep: re.compile(r"\\.|" + sep, re.DOTALL) for sep in ";,"}
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n"}


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _UNESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)


def param_value(line, name: str) -> str:
    """A parameter's value with RFC 6868 escapes (^n, ^', ^^) decoded."""
    values = line.params.get(name)
    if not values:
        return ""
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "'": '"', "^": "^"}.get(m.group(1), m.group(0)),
                  values[0])


def split_unescaped(value: str, separator: str = ";") -> list[str]:
    """Split at separators that are not escaped; the parts keep their escapes."""
    parts, start = [], 0
    for match in _ESCAPE_OR_SEPARATOR[separator].finditer(value):
        if match.group() == separator:
            parts.append(value[start : match.start()])
            start = match.end()
    parts.append(value[start:])
    return parts


def structured(value: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped semicolons, each part unescaped."""
    return [unescape(part).strip() for part in split_unescaped(value)]


def split_cards(text: str) -> tuple[list[tuple[int, list[tuple[int, str]]]], list[tuple[int, str]]]:
    """Cards as (start line, [(line number, unfolded logical line), ...]), and (line, reason)
    for text that belongs to no whole card. Unfolds vCard 3/4 folding (a leading space or
    tab) and vCard 2.1 QUOTED-PRINTABLE soft line breaks (a trailing "=")."""
    cards: list[tuple[int, list[tuple[int, str]]]] = []
    stray: list[tuple[int, str]] = []
    current: list[tuple[int, str]] | None = None
    start = 0
    soft_break = False
    for number, line in enumerate(text.splitlines(), start=1):
        if current is not None and current and (soft_break or line[:1] in (" ", "\t")):
            at, previous = current[-1]
            current[-1] = (at, previous[:-1] + line if soft_break else previous + line[1:])
            soft_break = soft_break and line.endswith("=")
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is not None:
                stray.append((start, "the card has no END:VCARD before the next card begins"))
            current, start = [], number
        elif current is None:
            if line.strip():
                stray.append((number, "text outside any BEGIN:VCARD … END:VCARD card"))
        elif upper == "END:VCARD":
            cards.append((start, current))
            current = None
        elif line.strip():
            current.append((number, line))
            soft_break = line.endswith("=") and "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
    if current is not None:
        stray.append((start, "the card has no END:VCARD (the file ends inside it)"))
    return cards, stray
