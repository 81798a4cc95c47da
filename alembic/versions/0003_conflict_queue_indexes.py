"""Indexes for the review queue: its order (severity, then newest) after the status and kind
filters, which also hold every column its counts group on, so a count is read from an index
alone. The listing indexes of 0002 order by strength too, as the API does, so the queue sorted
every matching row and its counts read the table (75 ms each on 56,000 conflicts).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 04:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_queue", ["stale", "status", "severity_rank", "num"], unique=False)
        batch_op.create_index(
            "ix_conflicts_kind_queue", ["kind", "stale", "status", "severity_rank", "num"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_kind_queue")
        batch_op.drop_index("ix_conflicts_queue")
