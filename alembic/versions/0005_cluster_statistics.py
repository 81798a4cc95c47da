"""Cluster statistics kept with the cluster: `sources` (distinct sources of its members) and
`outlets` (the outlets speaking in it in their own voice), so a growing cluster's statistics
follow from the stored ones instead of being recomputed over every member on each ingest, and
pages read a cluster's source count without counting it. Claims get an index on (cluster,
publication date, row), from which a cluster's first sources are read in order without sorting
the cluster; it replaces the index on the cluster alone.

Existing clusters get their statistics computed here, from their members.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 06:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SOURCES = "(SELECT count(DISTINCT claims.source_id) FROM claims WHERE claims.cluster_id = clusters.id)"
# own voice: the article speaking, not a post embedded in it (source ids `a<n>.p<m>`)
OWN_OUTLETS = """(SELECT {aggregate} FROM claims JOIN articles ON articles.id = claims.article_id
    WHERE claims.cluster_id = clusters.id AND claims.source_id NOT LIKE '%.p%'
    AND articles.outlet IS NOT NULL AND articles.outlet <> '')"""
AGGREGATE = {
    "sqlite": "json_group_array(DISTINCT articles.outlet)",
    "postgresql": "coalesce(json_agg(DISTINCT articles.outlet), '[]'::json)",
}


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(
            "ix_claims_cluster_timeline", ["cluster_id", "reported_at", "seq"], unique=False
        )
        batch_op.drop_index(batch_op.f("ix_claims_cluster_id"))
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sources", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("outlets", sa.JSON(), nullable=True))
    aggregate = AGGREGATE[op.get_bind().dialect.name]
    op.execute(f"UPDATE clusters SET sources = {SOURCES}, outlets = {OWN_OUTLETS.format(aggregate=aggregate)}")
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.alter_column("sources", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("outlets", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_column("outlets")
        batch_op.drop_column("sources")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_cluster_id"), ["cluster_id"], unique=False)
        batch_op.drop_index("ix_claims_cluster_timeline")
