"""important dates, past jobs, interactions with several people

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30

important_date: anniversaries, work anniversaries, "met on" and the user's own dated events,
yearly or once, each with an alert N days before (Today shows it from then).
past_job: the company and position a contact had before, written by a trigger whenever
either is replaced or cleared (the contact page, an import merge or a sync: no writer can
forget it); filling in an empty one is no change. An edit session counts once: within
an hour of the last recorded change no second row is written (company, then position),
and going back to the recorded job removes it again.
interaction_participant: the further people at one interaction (interaction.contact_id is
the first); their timelines show it and their derived stats count it.
Search: a past company or position finds the contact ("Alte Firma" finds who worked there),
and a meeting's summary and notes find everyone who was at it.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# When the change was saved: the writer's updated_at (every writer of company and position
# sets it from its injected clock: the contacts service, import merge, contact merge, sync).
WHEN = "NEW.updated_at"
RECENT = f"contact_id = OLD.id AND ended_at > datetime({WHEN}, '-1 hour')"
PAST_JOB_TRIGGER = f"""
CREATE TRIGGER past_job_on_change AFTER UPDATE OF company, position ON contact
WHEN NEW.is_me = 0 AND ((OLD.company != '' AND OLD.company IS NOT NEW.company)
                      OR (OLD.position != '' AND OLD.position IS NOT NEW.position))
BEGIN
    INSERT INTO past_job (contact_id, company, position, ended_at)
        SELECT OLD.id, OLD.company, OLD.position, {WHEN}
        WHERE NOT EXISTS (SELECT 1 FROM past_job WHERE {RECENT});
    DELETE FROM past_job WHERE {RECENT}
        AND company = NEW.company AND position = NEW.position;
END
"""

# The search document (0001's view, frozen here: migrations never import app code), with
# past jobs in "org" and the interactions one was at among several in "notes".
OLD_VIEW = """
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
NEW_VIEW = """
CREATE VIEW contact_search_doc AS
SELECT c.id AS id,
       trim(c.given_name || ' ' || c.family_name || ' ' || c.nickname) AS name,
       trim(c.company || ' ' || c.position || ' ' ||
            coalesce((SELECT group_concat(p.company || ' ' || p.position, ' | ')
                        FROM past_job p WHERE p.contact_id = c.id), '')) AS org,
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
    DELETE FROM contact_fts WHERE rowid = {id};
    INSERT INTO contact_fts(rowid, name, org, topics, notes)
        SELECT id, name, org, topics, notes FROM contact_search_doc WHERE id = {id};
"""
ACTIVE = "(SELECT paused FROM fts_control) = 0"
SEARCH_TRIGGERS = {
    "past_job_fts_ai": f"AFTER INSERT ON past_job WHEN {ACTIVE} BEGIN "
                       f"{REFRESH.format(id='NEW.contact_id')} END",
    "past_job_fts_ad": f"AFTER DELETE ON past_job WHEN {ACTIVE} BEGIN "
                       f"{REFRESH.format(id='OLD.contact_id')} END",
    "participant_fts_ai": f"AFTER INSERT ON interaction_participant WHEN {ACTIVE} BEGIN "
                          f"{REFRESH.format(id='NEW.contact_id')} END",
    "participant_fts_ad": f"AFTER DELETE ON interaction_participant WHEN {ACTIVE} BEGIN "
                          f"{REFRESH.format(id='OLD.contact_id')} END",
}


def upgrade() -> None:
    op.create_table('important_date',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('day', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('yearly', sa.Boolean(), nullable=False),
    sa.Column('alert_days', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_important_date_contact_id', 'important_date', ['contact_id'], unique=False)
    op.create_index('ix_important_date_day', 'important_date', ['month', 'day', 'alert_days'],
                    unique=False)
    op.create_table('past_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('company', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ended_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_past_job_contact_id', 'past_job', ['contact_id'], unique=False)
    op.create_table('interaction_participant',
    sa.Column('interaction_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interaction_id'], ['interaction.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interaction_id', 'contact_id')
    )
    op.create_index('ix_interaction_participant_contact_id', 'interaction_participant',
                    ['contact_id'], unique=False)
    op.execute(PAST_JOB_TRIGGER)
    op.execute("DROP VIEW contact_search_doc")
    op.execute(NEW_VIEW)
    for name, body in SEARCH_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in SEARCH_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP VIEW contact_search_doc")
    op.execute(OLD_VIEW)
    op.execute("DROP TRIGGER past_job_on_change")
    op.drop_index('ix_interaction_participant_contact_id', 'interaction_participant')
    op.drop_table('interaction_participant')
    op.drop_index('ix_past_job_contact_id', 'past_job')
    op.drop_table('past_job')
    op.drop_index('ix_important_date_day', 'important_date')
    op.drop_index('ix_important_date_contact_id', 'important_date')
    op.drop_table('important_date')
