"""name sort keys

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30

Names sorted by byte value: "Böhm" after "Brown", "Özlem" after "Zoë". contact gets the
generated VIRTUAL columns family_key and given_key (lower case, ä as a, ß as ss, ...: the
fold of app.domain.names, written in plain SQL by app.storage.name_keys, each in two steps
because SQLite parses only ~25 nested calls: family_fold, given_fold), and
ix_contact_listing is rebuilt on them, so the contacts list still walks one index in name
order. SQLite adds VIRTUAL columns in place: no table copy, the rows are untouched; only
the index is built. The fold is copied here as it was at this revision.
"""
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

FIRST = "ä a ö o ü u ß ss Ä a Ö o Ü u é e è e ê e ë e É e á a à a â a å a ç c ñ n ø o ł l ş s š s"
THEN = ("Å a Á a Ç c Č c č c ć c Ø o Ó o ó o Ş s Š s Ñ n ś s Ł l ğ g í i ı i İ i æ ae ń n "
        "ú u ž z ź z ż z Ž z")
SORT_FAMILY = "coalesce(nullif(family_name, ''), nullif(given_name, ''), nickname)"


def _folded(name: str, source: str, pairs: str) -> str:
    replaced, words = source, pairs.split()
    for char, ascii_form in zip(words[::2], words[1::2]):
        replaced = f"replace({replaced}, '{char}', '{ascii_form}')"
    return f"CASE WHEN {name} GLOB '*[{''.join(words[::2])}]*' THEN {replaced} ELSE {source} END"


COLUMNS = {
    "family_fold": _folded(SORT_FAMILY, f"lower({SORT_FAMILY})", FIRST),
    "given_fold": _folded("given_name", "lower(given_name)", FIRST),
    "family_key": _folded(SORT_FAMILY, "family_fold", THEN),
    "given_key": _folded("given_name", "given_fold", THEN),
}


def upgrade() -> None:
    op.execute("DROP INDEX ix_contact_listing")
    for name, expression in COLUMNS.items():
        op.execute(f"ALTER TABLE contact ADD COLUMN {name} VARCHAR GENERATED ALWAYS AS ({expression})")
    op.execute("CREATE INDEX ix_contact_listing ON contact "
               "(archived, deleted_at, family_key, given_key)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_contact_listing")
    for name in reversed(COLUMNS):
        op.execute(f"ALTER TABLE contact DROP COLUMN {name}")
    op.execute("CREATE INDEX ix_contact_listing ON contact "
               "(archived, deleted_at, family_name, given_name)")
