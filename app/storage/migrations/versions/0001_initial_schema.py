"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

The tables, their indexes, and the FTS5 contact index with the triggers that keep it in
sync on every write. The SQL is spelled out here, not imported, so this revision never changes.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('is_me', sa.Boolean(), nullable=False),
    sa.Column('given_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('family_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('nickname', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('company', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('emails', sa.JSON(), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('links', sa.JSON(), nullable=False),
    sa.Column('addresses', sa.JSON(), nullable=False),
    sa.Column('birthday_month', sa.Integer(), nullable=True),
    sa.Column('birthday_day', sa.Integer(), nullable=True),
    sa.Column('birthday_year', sa.Integer(), nullable=True),
    sa.Column('met_how', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('met_where', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('met_on', sa.Date(), nullable=True),
    sa.Column('about', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('formality', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cadence_days', sa.Integer(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('last_interaction_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('last_two_way_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('unanswered_outbound', sa.Integer(), nullable=False),
    sa.Column('first_unanswered_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_birthday', ['birthday_month', 'birthday_day'], unique=False)
        batch_op.create_index('ix_contact_listing', ['archived', 'deleted_at', 'family_name', 'given_name'], unique=False)
        batch_op.create_index('ux_contact_me', ['is_me'], unique=True, sqlite_where=sa.text('is_me = 1'))

    op.create_table('group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('i_am_member', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occasion', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('variant', sa.Integer(), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('template', schema=None) as batch_op:
        batch_op.create_index('ux_template', ['occasion', 'language', 'variant'], unique=True)

    op.create_table('topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('contact_topic',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'topic_id', 'kind')
    )
    with op.batch_alter_table('contact_topic', schema=None) as batch_op:
        batch_op.create_index('ix_contact_topic_topic', ['topic_id', 'kind'], unique=False)

    op.create_table('group_topic',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'topic_id')
    )
    with op.batch_alter_table('group_topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_topic_topic_id'), ['topic_id'], unique=False)

    op.create_table('interaction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('related_contact_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['related_contact_id'], ['contact.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index('ix_interaction_contact_time', ['contact_id', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_related_contact_id'), ['related_contact_id'], unique=False)

    op.create_table('membership',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'group_id')
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_group_id'), ['group_id'], unique=False)

    op.create_table('reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('due_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('rrule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('snoozed_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('last_fired_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_reminder_pending', ['done', 'due_at'], unique=False)

    op.create_table('topic_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('alias', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('topic_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_topic_alias_topic_id'), ['topic_id'], unique=False)

    op.create_table('promise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('interaction_id', sa.Integer(), nullable=True),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('original_due', sa.Date(), nullable=True),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interaction_id'], ['interaction.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promise_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_promise_open_due', ['state', 'due'], unique=False)

    create_search_index()



def downgrade() -> None:
    drop_search_index()
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.drop_index('ix_promise_open_due')
        batch_op.drop_index(batch_op.f('ix_promise_contact_id'))

    op.drop_table('promise')
    with op.batch_alter_table('topic_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_topic_alias_topic_id'))

    op.drop_table('topic_alias')
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.drop_index('ix_reminder_pending')
        batch_op.drop_index(batch_op.f('ix_reminder_contact_id'))

    op.drop_table('reminder')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_group_id'))

    op.drop_table('membership')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interaction_related_contact_id'))
        batch_op.drop_index('ix_interaction_contact_time')

    op.drop_table('interaction')
    with op.batch_alter_table('group_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_topic_topic_id'))

    op.drop_table('group_topic')
    with op.batch_alter_table('contact_topic', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_topic_topic')

    op.drop_table('contact_topic')
    op.drop_table('topic')
    with op.batch_alter_table('template', schema=None) as batch_op:
        batch_op.drop_index('ux_template')

    op.drop_table('template')
    op.drop_table('setting')
    op.drop_table('group')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ux_contact_me', sqlite_where=sa.text('is_me = 1'))
        batch_op.drop_index('ix_contact_listing')
        batch_op.drop_index('ix_contact_birthday')

    op.drop_table('contact')


# --- the FTS5 contact index ------------------------------------------------------------

SEARCH_DOC_VIEW = """
CREATE VIEW contact_search_doc AS
SELECT c.id AS id,
       trim(c.given_name || ' ' || c.family_name || ' ' || c.nickname) AS name,
       trim(c.company || ' ' || c.position) AS org,
       coalesce((SELECT group_concat(t.label, ' | ')
                   FROM contact_topic ct JOIN topic t ON t.id = ct.topic_id
                  WHERE ct.contact_id = c.id), '') AS topics,
       trim(c.about || ' ' || coalesce((SELECT group_concat(i.summary || ' ' || i.notes, ' | ')
                                          FROM interaction i
                                         WHERE i.contact_id = c.id), '')) AS notes
  FROM contact c
"""

# One statement pair re-indexes one contact; {id} is an expression such as NEW.contact_id.
REFRESH = """
    DELETE FROM contact_fts WHERE rowid = {id};
    INSERT INTO contact_fts(rowid, name, org, topics, notes)
        SELECT id, name, org, topics, notes FROM contact_search_doc WHERE id = {id};
"""
ACTIVE = "(SELECT paused FROM fts_control) = 0"

TRIGGERS = {
    "contact_fts_ai": f"AFTER INSERT ON contact WHEN {ACTIVE} BEGIN {REFRESH.format(id='NEW.id')} END",
    "contact_fts_au": (
        "AFTER UPDATE OF given_name, family_name, nickname, company, position, about ON contact "
        f"WHEN {ACTIVE} BEGIN {REFRESH.format(id='NEW.id')} END"
    ),
    "contact_fts_ad": "AFTER DELETE ON contact BEGIN DELETE FROM contact_fts WHERE rowid = OLD.id; END",
    "contact_topic_fts_ai": (
        f"AFTER INSERT ON contact_topic WHEN {ACTIVE} BEGIN {REFRESH.format(id='NEW.contact_id')} END"
    ),
    "contact_topic_fts_ad": (
        f"AFTER DELETE ON contact_topic WHEN {ACTIVE} BEGIN {REFRESH.format(id='OLD.contact_id')} END"
    ),
    "topic_fts_au": (
        f"AFTER UPDATE OF label ON topic WHEN {ACTIVE} BEGIN "
        "DELETE FROM contact_fts WHERE rowid IN "
        "(SELECT contact_id FROM contact_topic WHERE topic_id = NEW.id); "
        "INSERT INTO contact_fts(rowid, name, org, topics, notes) "
        "SELECT id, name, org, topics, notes FROM contact_search_doc WHERE id IN "
        "(SELECT contact_id FROM contact_topic WHERE topic_id = NEW.id); END"
    ),
    "interaction_fts_ai": (
        f"AFTER INSERT ON interaction WHEN {ACTIVE} BEGIN {REFRESH.format(id='NEW.contact_id')} END"
    ),
    "interaction_fts_au": (
        "AFTER UPDATE OF summary, notes, contact_id ON interaction "
        f"WHEN {ACTIVE} BEGIN {REFRESH.format(id='OLD.contact_id')} "
        f"{REFRESH.format(id='NEW.contact_id')} END"
    ),
    "interaction_fts_ad": (
        f"AFTER DELETE ON interaction WHEN {ACTIVE} BEGIN {REFRESH.format(id='OLD.contact_id')} END"
    ),
}


def create_search_index() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE contact_fts USING fts5(name, org, topics, notes, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    op.execute("CREATE TABLE fts_control (paused INTEGER NOT NULL)")
    op.execute("INSERT INTO fts_control (paused) VALUES (0)")
    op.execute(SEARCH_DOC_VIEW)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def drop_search_index() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS contact_search_doc")
    op.execute("DROP TABLE IF EXISTS fts_control")
    op.execute("DROP TABLE IF EXISTS contact_fts")
