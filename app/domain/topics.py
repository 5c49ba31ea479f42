"""Topic folding: the key under which spellings of one concept meet.

Three layers, all pure and deterministic:
1. normalise: case, diacritics, hyphens and punctuation ("Industrie-4.0" = "industrie 4.0");
2. stem each word, but only inflection ("Markets" = "Market", "Italienische" = "Italienischen",
   "Industry" = "Industrie"), never derivation: Snowball alone would make "Marketing" meet
   "Markets" and "Wandern" meet "Wand", so a Snowball stem is used only to confirm that
   cutting an inflectional ending keeps the word's stem (see _inflection_stem);
3. aliases: an AliasTable (the curated de↔en list in resources/, parsed here, loaded by the
   topics service) maps an alias's key to its canonical key ("ML" → "Machine Learning").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache


# Bump when normalise/stem change: stored keys are then recomputed (TopicsService.rekey).
FOLD_VERSION = 2

_SEPARATORS = re.compile(r"[^\w.+#]+|_")
_LONE_DOTS = re.compile(r"(?<!\d)\.|\.(?!\d)")
_PLAIN_WORD = re.compile(r"[a-z]+")
MIN_STEM = 4  # "Go", "Java", "Data" stay whole; shorter stems meet too much by chance
_ENDINGS = {  # inflectional endings only, longest first
    "english": ("es", "s"),
    "german": ("en", "es", "em", "e", "s"),
}


@lru_cache(maxsize=None)
def _stemmer(language: str):
    # Imported on first use: snowballstemmer costs ~50 ms, and a start needs no folding.
    import snowballstemmer

    return snowballstemmer.stemmer(language)


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise(label: str) -> str:
    """Case, diacritics, hyphens and punctuation folded; words joined by one space.
    A dot survives only between digits ("4.0"), + and # stay ("C++", "C#")."""
    text = strip_diacritics(label.casefold())
    text = _LONE_DOTS.sub(" ", text)
    return " ".join(_SEPARATORS.sub(" ", text).split())


@lru_cache(maxsize=4096)
def stem_word(word: str) -> str:
    """The shortest form reached by cutting inflectional endings (English or German) while
    the Snowball stem stays the same; words with digits or symbols are left alone."""
    if not _PLAIN_WORD.fullmatch(word):
        return word
    current = word
    for _ in range(3):  # "computers" → "computer" → "comput"
        shorter = min(_inflection_stems(current), key=lambda w: (len(w), w), default=current)
        if shorter == current:
            break
        current = shorter
    return current


def _inflection_stems(word: str):
    for language, endings in _ENDINGS.items():
        stemmer = _stemmer(language)
        stem = stemmer.stemWord(word)
        candidates = [word[: -len(e)] for e in endings if word.endswith(e)]
        if language == "english" and word.endswith("y"):
            candidates.append(word[:-1] + "i")  # "industry" → "industri" (= "industrie")
        for candidate in candidates:
            if len(candidate) >= MIN_STEM and stemmer.stemWord(candidate) == stem:
                yield candidate


def stem(text: str) -> str:
    """Each word of already normalised text stemmed."""
    return " ".join(stem_word(word) for word in text.split())


@dataclass(frozen=True)
class AliasTable:
    """Stemmed keys of aliases → the stemmed key of their canonical label."""

    canonical: dict[str, str] = field(default_factory=dict)

    def resolve(self, key: str) -> str:
        return self.canonical.get(key, key)

    def digest(self) -> str:
        """Changes whenever the table does: stored keys must then be recomputed."""
        text = "\n".join(f"{a}\t{c}" for a, c in sorted(self.canonical.items()))
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    def __len__(self) -> int:
        return len(self.canonical)


NO_ALIASES = AliasTable()


def parse_aliases(text: str, source: str = "aliases") -> AliasTable:
    """Tab-separated lines: the canonical label first, then its aliases. '#' starts a
    comment line. A label claimed by two lines is an error naming both lines."""
    canonical: dict[str, str] = {}
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        labels = [cell.strip() for cell in line.split("\t") if cell.strip()]
        if len(labels) < 2:
            raise ValueError(f"{source}, line {number}: needs a label and at least one alias")
        target = fold(labels[0])
        for label in labels:
            key = fold(label)
            if key in seen and canonical[key] != target:
                raise ValueError(
                    f"{source}, line {number}: “{label}” is already on line {seen[key]}"
                )
            seen.setdefault(key, number)
            canonical[key] = target
    return AliasTable(canonical)


def fold(label: str, aliases: AliasTable = NO_ALIASES) -> str:
    """The key of a label: normalised, stemmed, then resolved through the alias table."""
    return aliases.resolve(stem(normalise(label)))


def fold_version(aliases: AliasTable = NO_ALIASES) -> str:
    """What stored keys were computed with; when it differs, keys are recomputed."""
    return f"{FOLD_VERSION}:{aliases.digest()}"


def clean_label(label: str) -> str:
    """The label as the user typed it, with whitespace tidied."""
    return " ".join(label.split())
