"""The name sort keys in SQL: app.domain.names.fold written as nested replace() over lower(),
so SQLite computes the generated columns of contact itself (migration 0014).

Plain SQL on purpose: no Python function is registered, so any connection (SQLCipher, the
sqlite3 shell, a backup tool) can still write the contact table and read the index. SQLite
parses only ~25 nested calls in one expression, so each key is folded in two steps: a
virtual column (family_fold, given_fold) with the first FOLD_STAGE replacements, and the
key (family_key, given_key) with the rest, over it. A plain-ASCII name (its UTF-8 as long
as its text) skips the replacements: they are what makes a write of 50,000 contacts slow.
"""

from __future__ import annotations

from app.domain.names import FOLD_STAGE, FOLDS

# What a person sorts under first (app.domain.names.sort_family).
SORT_FAMILY = "coalesce(nullif(family_name, ''), nullif(given_name, ''), nickname)"


def folded(expression: str, folds: tuple[tuple[str, str], ...], lower: bool) -> str:
    """expression with these replacements (after lower() when asked), if not plain ASCII."""
    plain = f"lower({expression})" if lower else expression
    replaced = plain
    for char, ascii_form in folds:
        replaced = f"replace({replaced}, '{char}', '{ascii_form}')"
    return (f"CASE WHEN length(CAST({expression} AS BLOB)) = length({expression}) "
            f"THEN {plain} ELSE {replaced} END")


FAMILY_FOLD = folded(SORT_FAMILY, FOLDS[:FOLD_STAGE], lower=True)
GIVEN_FOLD = folded("given_name", FOLDS[:FOLD_STAGE], lower=True)
FAMILY_KEY = folded("family_fold", FOLDS[FOLD_STAGE:], lower=False)
GIVEN_KEY = folded("given_fold", FOLDS[FOLD_STAGE:], lower=False)
# In the order they must be added (a key reads its fold).
COLUMNS = {"family_fold": FAMILY_FOLD, "given_fold": GIVEN_FOLD,
           "family_key": FAMILY_KEY, "given_key": GIVEN_KEY}
