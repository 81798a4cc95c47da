"""Claims get an index on (article, cluster, source). When an ingest merges clusters, the
largest takes in the others (`app.store.clusters._absorb`) and must know which of the joining
articles' sources it already holds: the first row of each in the cluster. By the article index
alone that read every claim of those articles, row by row (thousands of articles while a
corpus' stock phrases chain clusters together); this index answers it from its own entries.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21 12:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claims_article_cluster", "claims", ["article_id", "cluster_id", "source_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_claims_article_cluster", table_name="claims")
