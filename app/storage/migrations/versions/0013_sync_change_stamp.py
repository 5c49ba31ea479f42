"""sync change stamp

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30

contact.change_seq: a per-contact counter that SQL triggers raise on every edit of what
travels in the contact's vCard (its own fields, the trash, topics and their details, a
topic renamed, group memberships, a group renamed, important dates). No writer can forget
it, and a sync finds local changes by comparing it with sync_card.pushed_seq (the stamp of
the contact when its card was last sent or pulled) instead of re-reading every contact.
pushed_seq -1 means "not known": such rows are compared field by field once (the rows of
databases synced before this revision, and merges that left something to send).
"""
from alembic import op
import sqlalchemy as sa

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

BUMP = "UPDATE contact SET change_seq = change_seq + 1 WHERE id = {id};"
CARD_COLUMNS = ("given_name, family_name, nickname, company, position, emails, phones, links, "
                "addresses, birthday_month, birthday_day, birthday_year, met_how, met_where, "
                "met_on, about, language, formality, cadence_days, deleted_at")
TRIGGERS = {
    # change_seq is not among the columns, so the bump does not fire this trigger again
    "contact_seq_au": f"AFTER UPDATE OF {CARD_COLUMNS} ON contact BEGIN {BUMP.format(id='NEW.id')} END",
    "contact_topic_seq_ai": f"AFTER INSERT ON contact_topic BEGIN {BUMP.format(id='NEW.contact_id')} END",
    "contact_topic_seq_ad": f"AFTER DELETE ON contact_topic BEGIN {BUMP.format(id='OLD.contact_id')} END",
    "contact_topic_seq_au": ("AFTER UPDATE ON contact_topic BEGIN "
                             f"{BUMP.format(id='OLD.contact_id')} {BUMP.format(id='NEW.contact_id')} END"),
    "topic_seq_au": ("AFTER UPDATE OF label ON topic BEGIN UPDATE contact SET change_seq = "
                     "change_seq + 1 WHERE id IN (SELECT contact_id FROM contact_topic "
                     "WHERE topic_id = NEW.id); END"),
    "membership_seq_ai": f"AFTER INSERT ON membership BEGIN {BUMP.format(id='NEW.contact_id')} END",
    "membership_seq_ad": f"AFTER DELETE ON membership BEGIN {BUMP.format(id='OLD.contact_id')} END",
    "group_seq_au": ('AFTER UPDATE OF name ON "group" BEGIN UPDATE contact SET change_seq = '
                     "change_seq + 1 WHERE id IN (SELECT contact_id FROM membership "
                     "WHERE group_id = NEW.id); END"),
    "important_date_seq_ai": f"AFTER INSERT ON important_date BEGIN {BUMP.format(id='NEW.contact_id')} END",
    "important_date_seq_ad": f"AFTER DELETE ON important_date BEGIN {BUMP.format(id='OLD.contact_id')} END",
    "important_date_seq_au": ("AFTER UPDATE ON important_date BEGIN "
                              f"{BUMP.format(id='OLD.contact_id')} {BUMP.format(id='NEW.contact_id')} END"),
}


def upgrade() -> None:
    op.add_column("contact", sa.Column("change_seq", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("sync_card", sa.Column("pushed_seq", sa.Integer(), nullable=False,
                                         server_default="-1"))
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("sync_card", schema=None) as batch_op:
        batch_op.drop_column("pushed_seq")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("change_seq")
