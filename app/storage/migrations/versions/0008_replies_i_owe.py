"""replies I owe

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-30

contact.reply_owed_since: the first of their messages I have not answered yet (no outbound
message, call or meeting after it), kept current by the interactions service like the other
derived stats, indexed for the Today list's "replies I owe".
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0008'
down_revision = '0006'
branch_labels = None
depends_on = None

TODAY_CONTACTS = "archived = 0 AND deleted_at IS NULL AND is_me = 0"

# The first inbound interaction after the last outbound or mutual one. Datetimes are stored
# as ISO text of one width, so text comparison is time order.
BACKFILL = """
UPDATE contact SET reply_owed_since = (
    SELECT min(i.occurred_at) FROM interaction i
    WHERE i.contact_id = contact.id AND i.direction = 'inbound'
      AND i.occurred_at > coalesce((
          SELECT max(j.occurred_at) FROM interaction j
          WHERE j.contact_id = contact.id AND j.direction IN ('outbound', 'mutual')), '')
)
WHERE last_interaction_at IS NOT NULL
"""


def upgrade() -> None:
    op.add_column("contact", sa.Column(
        "reply_owed_since", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.execute(BACKFILL)
    op.execute(
        "CREATE INDEX ix_contact_reply_owed ON contact (reply_owed_since) "
        f"WHERE reply_owed_since IS NOT NULL AND {TODAY_CONTACTS}"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_contact_reply_owed")
    op.execute("ALTER TABLE contact DROP COLUMN reply_owed_since")
