"""kept vcard properties

Revision ID: 0012
Revises: 0008
Create Date: 2026-11-30

contact.vcard_properties: the vCard lines an import met that Rapport has no field for
(GENDER, X-SOCIALPROFILE, IMPP, any other X-…), kept per contact as {"value": the unfolded
line without its group, "label": the property name} and written back on vCard export, so an
import drops nothing silently. A plain ADD COLUMN with a default: no table copy.
"""
from alembic import op
import sqlalchemy as sa

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("vcard_properties", sa.JSON(), nullable=False,
                                       server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("vcard_properties")
