"""relationships, photos, searchable addresses

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-30

relationship: how two contacts are related (knows, works with, introduced by, family,
partner). contact_photo: a small thumbnail per contact. The search index also reads the
addresses (street, city, country…), so a contact is found by the city they live in.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# A frozen copy of the search document (migrations never import app code that may change):
# 0009's view (past jobs in "org", meetings with several in "notes") with the addresses'
# one-line forms added to "org".
ADDRESSES = ("coalesce((SELECT group_concat(json_extract(a.value, '$.value'), ' ') "
             "FROM json_each(c.addresses) a), '')")
VIEW = """
CREATE VIEW contact_search_doc AS
SELECT c.id AS id,
       trim(c.given_name || ' ' || c.family_name || ' ' || c.nickname) AS name,
       trim(c.company || ' ' || c.position || ' ' ||
            coalesce((SELECT group_concat(p.company || ' ' || p.position, ' | ')
                        FROM past_job p WHERE p.contact_id = c.id), '') || ' ' ||
            {addresses}) AS org,
       coalesce((SELECT group_concat(t.label, ' | ')
                   FROM contact_topic ct JOIN topic t ON t.id = ct.topic_id
                  WHERE ct.contact_id = c.id), '') AS topics,
       trim(c.about || ' ' || coalesce((SELECT group_concat(i.summary || ' ' || i.notes, ' | ')
                                          FROM interaction i
                                         WHERE i.contact_id = c.id), '') || ' ' ||
            coalesce((SELECT group_concat(i.summary || ' ' || i.notes, ' | ')
                        FROM interaction_participant ip JOIN interaction i
                          ON i.id = ip.interaction_id
                       WHERE ip.contact_id = c.id), '')) AS notes
  FROM contact c
"""
REFRESH = """
    DELETE FROM contact_fts WHERE rowid = NEW.id;
    INSERT INTO contact_fts(rowid, name, org, topics, notes)
        SELECT id, name, org, topics, notes FROM contact_search_doc WHERE id = NEW.id;
"""
ACTIVE = "(SELECT paused FROM fts_control) = 0"
UPDATE_TRIGGER = (
    "CREATE TRIGGER contact_fts_au AFTER UPDATE OF {columns} ON contact "
    f"WHEN {ACTIVE} BEGIN {REFRESH} END"
)
COLUMNS = "given_name, family_name, nickname, company, position, about"
REBUILD = ("DELETE FROM contact_fts; INSERT INTO contact_fts(rowid, name, org, topics, notes) "
           "SELECT id, name, org, topics, notes FROM contact_search_doc")


def _search(addresses: str, columns: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS contact_fts_au")
    op.execute("DROP VIEW IF EXISTS contact_search_doc")
    op.execute(VIEW.format(addresses=addresses))
    op.execute(UPDATE_TRIGGER.format(columns=columns))
    for statement in REBUILD.split("; "):
        op.execute(statement)


def upgrade() -> None:
    op.create_table('relationship',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('other_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['other_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_other_id'), ['other_id'], unique=False)
        batch_op.create_index('ux_relationship', ['contact_id', 'other_id', 'kind'], unique=True)
    op.create_table('contact_photo',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('mime', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('data', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id')
    )
    _search(ADDRESSES, COLUMNS + ", addresses")


def downgrade() -> None:
    _search("''", COLUMNS)
    op.drop_table('contact_photo')
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.drop_index('ux_relationship')
        batch_op.drop_index(batch_op.f('ix_relationship_other_id'))
    op.drop_table('relationship')
