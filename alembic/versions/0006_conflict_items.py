"""Conflicts keep their rendering (`conflicts.item`: the conflict as the API lists it, with
both sides, as JSON text), so a page of conflicts is read from the conflict rows alone, without
joining claims, articles and sources for every item. Written with the row, and again whenever
the row, its review or the claims of its articles change (`app.store.conflicts`, reviews).

Existing rows are rendered here, by the service's own rendering.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 07:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from alembic import op
from app.store.conflicts import render_every_conflict

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item", sa.Text(), nullable=True))
    with Session(bind=op.get_bind()) as session:
        render_every_conflict(session)
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.alter_column("item", existing_type=sa.Text(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_column("item")
