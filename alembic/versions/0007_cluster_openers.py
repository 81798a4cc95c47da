"""Clusters keep what merging them needs: the members that count as an independent source
(`openers`) and each speaking outlet's first member (`first_of_outlet`), so that when an ingest
merges a large cluster with others, the merged statistics follow from the stored ones and the
other clusters' members, without reading the large one's members.

Existing clusters get them here, from their members (`app.store.clusters.describe_every_cluster`).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from alembic import op
from app.store.clusters import describe_every_cluster

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("openers", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("first_of_outlet", sa.JSON(), nullable=True))
    with Session(bind=op.get_bind()) as session:
        describe_every_cluster(session)
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.alter_column("openers", existing_type=sa.JSON(), nullable=False)
        batch_op.alter_column("first_of_outlet", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_column("first_of_outlet")
        batch_op.drop_column("openers")
