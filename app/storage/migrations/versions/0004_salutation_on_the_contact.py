"""salutation on the contact

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Drafts greet a person properly: an Anrede (Frau/Herr, or none), an academic title (Dr.,
Prof.) and a greeting style (Hallo, Liebe·r, Guten Tag, Sehr geehrte·r, Hi, Dear; empty
means "by formality"). Plain ADD COLUMNs with defaults: no table copy.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

COLUMNS = ("anrede", "title", "greeting_style")


def upgrade() -> None:
    for name in COLUMNS:
        op.add_column(
            "contact",
            sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""),
        )


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.drop_column(name)
