"""The name sort keys in SQL: app.domain.names.fold written as nested replace() over lower(),
so SQLite computes the generated columns of contact itself (migration 0014).

Plain SQL on purpose: no Python function is registered, so any connection (SQLCipher, the
sqlite3 shell, a backup tool) can still write the contact table and read the index. SQLite
parses only ~25 nested calls in one expression, so each key is folded in two steps: a
virtual column (family_fold, given_fold) with the first FOLD_STAGE replacements, and the
key (family_key, given_key) with the rest, over it.

Each step runs its replacements only when the name holds one of its letters (one GLOB
over the name: "Müller" skips the second step, "Schmidt" both), and tests the name itself,
not the column before: a virtual column is computed again wherever it is named. SQLite's
replace() costs ~0.7 us a call here, and a search's few hundred matches are sorted by
computing their keys (measured at 50,000 contacts, see contact_list.FEW_MATCHES).
"""

from __future__ import annotations

from app.domain.names import FOLD_STAGE, FOLDS

# What a person sorts under first (app.domain.names.sort_family).
SORT_FAMILY = "coalesce(nullif(family_name, ''), nullif(given_name, ''), nickname)"


def folded(name: str, source: str, folds: tuple[tuple[str, str], ...]) -> str:
    """source with these replacements if name holds one of their letters, else source."""
    replaced = source
    for char, ascii_form in folds:
        replaced = f"replace({replaced}, '{char}', '{ascii_form}')"
    letters = "".join(char for char, _ in folds)
    return f"CASE WHEN {name} GLOB '*[{letters}]*' THEN {replaced} ELSE {source} END"


FAMILY_FOLD = folded(SORT_FAMILY, f"lower({SORT_FAMILY})", FOLDS[:FOLD_STAGE])
GIVEN_FOLD = folded("given_name", "lower(given_name)", FOLDS[:FOLD_STAGE])
FAMILY_KEY = folded(SORT_FAMILY, "family_fold", FOLDS[FOLD_STAGE:])
GIVEN_KEY = folded("given_name", "given_fold", FOLDS[FOLD_STAGE:])
# In the order they must be added (a key reads its fold).
COLUMNS = {"family_fold": FAMILY_FOLD, "given_fold": GIVEN_FOLD,
           "family_key": FAMILY_KEY, "given_key": GIVEN_KEY}
