"""Cluster membership moves out of `claims` into a narrow table of its own, `cluster_members`
(claim row, claim id, cluster, and the claim's article, source and date that cluster reads
need), with a cluster's timeline index as it was on claims, and an index of each article's
clustered claims (on the article alone, so a move leaves it as it is). A claim that changes cluster (thousands in one ingest while clusters merge) rewrote
its whole claims row, about 1.4 KB with the claim's JSON, and the page around it; now it
rewrites some 60 bytes beside its cluster's other members.

On SQLite the column is dropped in place (`ALTER TABLE ... DROP COLUMN`, SQLite 3.35 or later:
batch mode without recreating the table): recreating `claims` would drop the full-text index's
triggers with it, and with foreign keys on, dropping the old table would delete the claims'
keys, links and findings along.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21 14:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = "claim_seq, claim_id, cluster_id, article_id, source_id, reported_at"


def upgrade() -> None:
    op.create_table(
        "cluster_members",
        sa.Column("claim_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("claim_id", sa.String(), nullable=False),
        sa.Column("cluster_id", sa.String(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("source_id", sa.String(), nullable=False),
        sa.Column("reported_at", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_seq"], ["claims.seq"], name="fk_cluster_members_claim_seq_claims", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("claim_seq", name="pk_cluster_members"),
    )
    op.execute(
        f"INSERT INTO cluster_members ({COLUMNS}) "
        "SELECT seq, id, cluster_id, article_id, source_id, reported_at FROM claims WHERE cluster_id IS NOT NULL"
    )
    op.create_index("ix_cluster_members_timeline", "cluster_members", ["cluster_id", "reported_at", "claim_seq"])
    op.create_index("ix_cluster_members_article_id", "cluster_members", ["article_id"])
    op.drop_index("ix_claims_article_cluster", table_name="claims")
    op.drop_index("ix_claims_cluster_timeline", table_name="claims")
    with op.batch_alter_table("claims", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("cluster_id")


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("cluster_id", sa.String(), nullable=True))
    op.execute(
        "UPDATE claims SET cluster_id = "
        "(SELECT m.cluster_id FROM cluster_members AS m WHERE m.claim_seq = claims.seq)"
    )
    op.create_index("ix_claims_cluster_timeline", "claims", ["cluster_id", "reported_at", "seq"])
    op.create_index("ix_claims_article_cluster", "claims", ["article_id", "cluster_id", "source_id"])
    op.drop_index("ix_cluster_members_article_id", table_name="cluster_members")
    op.drop_index("ix_cluster_members_timeline", table_name="cluster_members")
    op.drop_table("cluster_members")
