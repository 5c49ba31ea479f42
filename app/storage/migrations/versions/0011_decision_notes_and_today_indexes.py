"""decision notes and the Today indexes

Revision ID: 0011
Revises: 0008
Create Date: 2026-11-30

decision: a note of what was decided with a contact (or is still to decide), whose it is,
and the day to look at it again (it then shows on Today); optionally about one promise.
ix_promise_resolved and ix_today_mark_created: every Today build counts what was handled
since midnight (promises resolved, marks written); both counts scanned their tables.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("context", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decided", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("reviewed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["promise_id"], ["promise.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_decision_contact_id", "decision", ["contact_id"])
    op.create_index("ix_decision_promise_id", "decision", ["promise_id"])
    op.execute("CREATE INDEX ix_decision_review ON decision (review_on, contact_id) "
               "WHERE reviewed_at IS NULL")
    op.execute("CREATE INDEX ix_promise_resolved ON promise (resolved_at) "
               "WHERE resolved_at IS NOT NULL")
    op.create_index("ix_today_mark_created", "today_mark", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_today_mark_created", "today_mark")
    op.execute("DROP INDEX ix_promise_resolved")
    op.drop_table("decision")
