"""How a person is named in lists and rows: given and family name, else the nickname; and
how names sort.

Names sort as a German (or French, Spanish, Polish, Turkish, Nordic) reader expects: case
does not count, ä with a, ö with o, ü with u, ß as ss, é/è/ê with e, ñ with n, ç with c, ø
with o, å with a, ł with l, ş with s. SQLite compares bytes ("Böhm" after "Brown", "Özlem"
after "Zoë"), so the contacts list sorts by generated columns folded in plain SQL from
FOLDS (storage: tables.py, migration 0014) and in-memory sorts use fold() below; both
give the same key for every string (a test checks a list of tricky names).
"""

from __future__ import annotations

# Each letter and what it sorts as. SQLite's lower() folds ASCII only, so the upper-case
# forms a name starts with are listed too. Every replacement is plain ASCII, so the order
# in which they run does not matter for the result; the most frequent come first because
# the SQL fold skips its second step once a name is plain ASCII. The list is bounded:
# SQLite (3.40) parses at most 24 and 27 nested calls in the two generated columns.
_FIRST = "ä a ö o ü u ß ss Ä a Ö o Ü u é e è e ê e ë e É e á a à a â a å a ç c ñ n ø o ł l ş s š s"
_THEN = ("Å a Á a Ç c Č c č c ć c Ø o Ó o ó o Ş s Š s Ñ n ś s Ł l ğ g í i ı i İ i æ ae ń n "
         "ú u ž z ź z ż z Ž z")


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    words = text.split()
    return tuple(zip(words[::2], words[1::2]))


# (character, what it sorts as), for the SQL fold (app.storage.name_keys) and fold().
FOLDS = _pairs(_FIRST) + _pairs(_THEN)
FOLD_STAGE = len(_pairs(_FIRST))  # replacements in the first generated column
_ASCII_LOWER = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_TABLE = str.maketrans({**_ASCII_LOWER, **{ord(char): plain for char, plain in FOLDS}})


def display_name(given: str, family: str, nickname: str = "") -> str:
    return " ".join(part for part in (given, family) if part) or nickname or "?"


def fold(text: str) -> str:
    """The sort form of a name: exactly what SQLite's lower() followed by the FOLDS
    replacements makes of it ("Böhm" -> "bohm", "Groß" -> "gross")."""
    return text.translate(_TABLE)


def sort_family(given: str, family: str, nickname: str = "") -> str:
    """What a person sorts under first: the family name, else the given name, else the
    nickname (someone known only as "Madonna" stands with the M's, not before the A's)."""
    return family or given or nickname


def name_key(given: str, family: str, nickname: str = "") -> tuple[str, str]:
    """The contacts list's order for an in-memory list: (family_key, given_key) as the
    generated columns hold them."""
    return fold(sort_family(given, family, nickname)), fold(given)
