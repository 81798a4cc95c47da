"""Links lose their index on `confirmed`: every query on links names claims, whose indexes
find a handful of rows, but planners took the boolean index instead (SQLite scanned every
confirmed link, millions on a large store, to drop the links of one re-dated article), and
each ingest paid for keeping it up to date.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 05:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_confirmed"))


def downgrade() -> None:
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_confirmed"), ["confirmed"], unique=False)
