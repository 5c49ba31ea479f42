"""sync state: CardDAV collections and the contact <-> vCard mapping

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

sync_card maps a contact to its vCard on a server (href, UID, ETag, the server text as last
synced, the contact's fields as last synced), so a second sync neither duplicates nor loses a
contact; sync_collection keeps each address book's RFC 6578 sync token.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_collection',
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sync_token', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('synced_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('url')
    )
    op.create_table('sync_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collection', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('href', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('uid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('etag', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('vcard', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=True),
    sa.Column('synced_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ux_sync_card_href', 'sync_card', ['collection', 'href'], unique=True)
    op.create_index('ix_sync_card_contact', 'sync_card', ['contact_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_sync_card_contact', 'sync_card')
    op.drop_index('ux_sync_card_href', 'sync_card')
    op.drop_table('sync_card')
    op.drop_table('sync_collection')
