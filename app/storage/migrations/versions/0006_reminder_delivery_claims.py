"""reminder delivery claims

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Reminders are delivered by claim, show, confirm: the claim (occurrence and session) is kept
until the message was shown, so a crash in between delivers it again at the next start.
fired_wall names the last delivered occurrence by its local wall time, so a time-zone
change cannot deliver it twice.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_occurrence', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('claimed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('fired_wall', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    # A snooze that was delivered used to stay set, and a recurring reminder never fired
    # again: end such snoozes (a one-off is due at its snooze time, as it was shown).
    op.execute(
        "UPDATE reminder SET due_at = CASE WHEN rrule = '' THEN snoozed_until ELSE due_at END, "
        "snoozed_until = NULL WHERE snoozed_until IS NOT NULL AND last_fired_at >= snoozed_until"
    )


def downgrade() -> None:
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.drop_column('fired_wall')
        batch_op.drop_column('claimed_by')
        batch_op.drop_column('claimed_occurrence')
