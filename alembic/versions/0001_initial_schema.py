"""Initial schema: articles, sources, claims with their blocking keys and full-text index,
links, findings, conflicts with reviews, clusters, reuse, shingles.

Revision ID: 0001
Revises:
Create Date: 2026-11-20 22:17:16.282268
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# SQLite: an FTS5 index over claim sentences, kept in step with `claims` by triggers.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5(sentence, content='claims', content_rowid='seq')",
    "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, sentence) VALUES (new.seq, new.sentence); END",
    "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.seq, old.sentence); END",
    "CREATE TRIGGER claims_fts_update AFTER UPDATE OF sentence ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, sentence) VALUES ('delete', old.seq, old.sentence); "
    "INSERT INTO claims_fts(rowid, sentence) VALUES (new.seq, new.sentence); END",
]
# PostgreSQL: a generated tsvector column with a GIN index.
POSTGRES_FTS = [
    "ALTER TABLE claims ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', sentence)) STORED",
    "CREATE INDEX ix_claims_search_vector ON claims USING gin (search_vector)",
]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("content_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("published_at", sa.Date(), nullable=True),
        sa.Column("published_at_source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_articles_content_hash")),
        sa.UniqueConstraint("seq", name=op.f("uq_articles_seq")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_outlet"), ["outlet"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_published_at"), ["published_at"], unique=False)

    op.create_table(
        "clusters",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("independent_sources", sa.Integer(), nullable=False),
        sa.Column("first_claim_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clusters")),
    )
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clusters_size"), ["size"], unique=False)

    op.create_table(
        "conflicts",
        sa.Column("num", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("severity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("severity_rank", sa.Integer(), nullable=False),
        sa.Column("strength", sa.Float(), nullable=False),
        sa.Column("temporal", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("claim_a", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("claim_b", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("article_a", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("article_b", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("detector", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("reviewed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("num", name=op.f("pk_conflicts")),
        sa.UniqueConstraint("id", name=op.f("uq_conflicts_id")),
        sa.UniqueConstraint("key", name=op.f("uq_conflicts_key")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_article_a"), ["article_a"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_article_b"), ["article_b"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_conflicts_order", ["severity_rank", "strength"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_severity"), ["severity"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflicts_status"), ["status"], unique=False)

    op.create_table(
        "store_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("next_article", sa.Integer(), nullable=False),
        sa.Column("next_conflict", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_state")),
    )
    op.create_table(
        "claims",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("speaker", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("modality", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("derived", sa.Boolean(), nullable=False),
        sa.Column("reported_at", sa.Date(), nullable=True),
        sa.Column("cluster_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_claims_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_claims")),
        sa.UniqueConstraint("id", name=op.f("uq_claims_id")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_cluster_id"), ["cluster_id"], unique=False)

    op.create_table(
        "reuse",
        sa.Column("copy_id", sa.String(), nullable=False),
        sa.Column("source_id", sa.String(), nullable=False),
        sa.Column("overlap", sa.Float(), nullable=False),
        sa.Column("direction_known", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_id"], ["articles.id"], name=op.f("fk_reuse_copy_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["articles.id"], name=op.f("fk_reuse_source_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("copy_id", "source_id", name=op.f("pk_reuse")),
    )
    with op.batch_alter_table("reuse", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reuse_source_id"), ["source_id"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conflict_id", sa.String(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conflict_id"],
            ["conflicts.id"],
            name=op.f("fk_reviews_conflict_id_conflicts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_conflict_id"), ["conflict_id"], unique=False)

    op.create_table(
        "shingles",
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_shingles_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("hash", "article_id", name=op.f("pk_shingles")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("handle", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("published_at", sa.Date(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_sources_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_article_id"), ["article_id"], unique=False)

    op.create_table(
        "claim_keys",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("claim_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_keys_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("key", "claim_id", name=op.f("pk_claim_keys")),
    )
    with op.batch_alter_table("claim_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_keys_claim_id"), ["claim_id"], unique=False)

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("claim_a", sa.String(), nullable=False),
        sa.Column("claim_b", sa.String(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("severity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("temporal", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("detector", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("rank", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_a"], ["claims.id"], name=op.f("fk_findings_claim_a_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["claim_b"], ["claims.id"], name=op.f("fk_findings_claim_b_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
    )
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_findings_claim_a"), ["claim_a"], unique=False)
        batch_op.create_index(batch_op.f("ix_findings_claim_b"), ["claim_b"], unique=False)
        batch_op.create_index(batch_op.f("ix_findings_key"), ["key"], unique=False)

    op.create_table(
        "links",
        sa.Column("a", sa.String(), nullable=False),
        sa.Column("b", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("topic", sa.Float(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("suggested", sa.Boolean(), nullable=False),
        sa.Column(
            "detail",
            sa.JSON(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["a"], ["claims.id"], name=op.f("fk_links_a_claims"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["b"], ["claims.id"], name=op.f("fk_links_b_claims"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("a", "b", name=op.f("pk_links")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_b"), ["b"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_confirmed"), ["confirmed"], unique=False)

    for statement in SQLITE_FTS if op.get_bind().dialect.name == "sqlite" else POSTGRES_FTS:
        op.execute(statement)
    state = sa.table(
        "store_state",
        sa.column("id", sa.Integer),
        sa.column("version", sa.Integer),
        sa.column("next_article", sa.Integer),
        sa.column("next_conflict", sa.Integer),
    )
    op.bulk_insert(state, [{"id": 1, "version": 0, "next_article": 1, "next_conflict": 1}])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE claims_fts")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_confirmed"))
        batch_op.drop_index(batch_op.f("ix_links_b"))

    op.drop_table("links")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_key"))
        batch_op.drop_index(batch_op.f("ix_findings_claim_b"))
        batch_op.drop_index(batch_op.f("ix_findings_claim_a"))

    op.drop_table("findings")
    with op.batch_alter_table("claim_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_keys_claim_id"))

    op.drop_table("claim_keys")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_article_id"))

    op.drop_table("sources")
    op.drop_table("shingles")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_conflict_id"))

    op.drop_table("reviews")
    with op.batch_alter_table("reuse", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reuse_source_id"))

    op.drop_table("reuse")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_cluster_id"))
        batch_op.drop_index(batch_op.f("ix_claims_article_id"))

    op.drop_table("claims")
    op.drop_table("store_state")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_status"))
        batch_op.drop_index(batch_op.f("ix_conflicts_severity"))
        batch_op.drop_index("ix_conflicts_order")
        batch_op.drop_index(batch_op.f("ix_conflicts_kind"))
        batch_op.drop_index(batch_op.f("ix_conflicts_article_b"))
        batch_op.drop_index(batch_op.f("ix_conflicts_article_a"))

    op.drop_table("conflicts")
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clusters_size"))

    op.drop_table("clusters")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_published_at"))
        batch_op.drop_index(batch_op.f("ix_articles_outlet"))

    op.drop_table("articles")
