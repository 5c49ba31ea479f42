"""today marks and the follow-up index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The Today list reads keep-in-touch due dates from an index on a virtual generated column
(SQLite computes it on every write; nothing can forget to update it); unanswered
outreach and upcoming birthdays from partial indexes over the contacts Today can show.
Snoozed or done Today items live in today_mark.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

TODAY_CONTACTS = "archived = 0 AND deleted_at IS NULL AND is_me = 0"
FOLLOW_UP_JD = "julianday(coalesce(last_two_way_at, created_at)) + cadence_days"


def _existing(kind: str) -> set[str]:
    rows = op.get_bind().exec_driver_sql(f"SELECT name FROM sqlite_master WHERE type = '{kind}'")
    return {row[0] for row in rows}


def upgrade() -> None:
    # Rapport before 2026-11 ran this without a transaction: a kill part-way left some of
    # these steps done under revision 0002. Each step is skipped when already there, so such
    # a file completes instead of failing with "duplicate column name" at every start.
    columns = {row[1] for row in op.get_bind().exec_driver_sql("PRAGMA table_xinfo(contact)")}
    # SQLite can ADD a VIRTUAL generated column in place; no table copy for 50,000 rows.
    if "follow_up_jd" not in columns:
        op.execute(
            f"ALTER TABLE contact ADD COLUMN follow_up_jd FLOAT GENERATED ALWAYS AS ({FOLLOW_UP_JD})"
        )
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_contact_follow_up ON contact (follow_up_jd) "
               f"WHERE {TODAY_CONTACTS}")
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_contact_unanswered ON contact "
        f"(unanswered_outbound, first_unanswered_at) WHERE unanswered_outbound >= 2 AND {TODAY_CONTACTS}"
    )
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_contact_upcoming_birthday ON contact "
        f"(birthday_month, birthday_day) WHERE {TODAY_CONTACTS}"
    )
    if "ix_promise_today" not in _existing("index"):
        op.create_index("ix_promise_today", "promise", ["state", "owner", "due", "contact_id"])
    if "today_mark" in _existing("table"):
        op.execute("CREATE INDEX IF NOT EXISTS ix_today_mark_contact_id ON today_mark (contact_id)")
        return
    op.create_table('today_mark',
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('occurrence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kind', 'ref_id', 'occurrence')
    )
    with op.batch_alter_table('today_mark', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_today_mark_contact_id'), ['contact_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('today_mark', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_today_mark_contact_id'))
    op.drop_table('today_mark')
    op.drop_index("ix_promise_today", "promise")
    op.execute("DROP INDEX ix_contact_upcoming_birthday")
    op.execute("DROP INDEX ix_contact_unanswered")
    op.execute("DROP INDEX ix_contact_follow_up")
    op.execute("ALTER TABLE contact DROP COLUMN follow_up_jd")
