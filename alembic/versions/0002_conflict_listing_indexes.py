"""Indexes for listing conflicts: the list's order after each of its filters, so that any page,
however deep, is read from an index (the single-column indexes they replace go).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 00:09:50.199243
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_kind"))
        batch_op.drop_index(batch_op.f("ix_conflicts_order"))
        batch_op.drop_index(batch_op.f("ix_conflicts_severity"))
        batch_op.drop_index(batch_op.f("ix_conflicts_status"))
        batch_op.create_index(
            "ix_conflicts_kind_listing", ["kind", "stale", "severity_rank", "strength", "num"], unique=False
        )
        batch_op.create_index(
            "ix_conflicts_listing", ["stale", "severity_rank", "strength", "num"], unique=False
        )
        batch_op.create_index(
            "ix_conflicts_severity_listing",
            ["severity", "stale", "severity_rank", "strength", "num"],
            unique=False,
        )
        batch_op.create_index(
            "ix_conflicts_status_listing",
            ["status", "stale", "severity_rank", "strength", "num"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_status_listing")
        batch_op.drop_index("ix_conflicts_severity_listing")
        batch_op.drop_index("ix_conflicts_listing")
        batch_op.drop_index("ix_conflicts_kind_listing")
        batch_op.create_index(batch_op.f("ix_conflicts_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_severity"), ["severity"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_order"), ["severity_rank", "strength"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_kind"), ["kind"], unique=False)
