"""The store's tables. Analysed articles and claims are kept whole as JSON (`data`, the core's
lossless serialisation) so new articles can be compared with them without re-extraction; the
columns beside them are what queries filter, join and sort on."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Index, Integer, String, Text
from sqlmodel import Field, SQLModel

# Constraint names Alembic can find again on every backend (SQLite batch mode needs them).
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _json() -> Any:
    # JSON, not JSONB, on PostgreSQL: nothing queries inside these documents, and JSONB refuses
    # strings with NUL characters, which the core's values may hold
    return Field(sa_column=Column(JSON, nullable=False))


def _text(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(Text, nullable=nullable))


def _ref(target: str, *, index: bool = True, primary_key: bool = False) -> Any:
    """A reference to another table's id, deleted with it."""
    return Field(
        sa_column=Column(
            String,
            ForeignKey(target, ondelete="CASCADE"),
            nullable=False,
            index=index,
            primary_key=primary_key,
        )
    )


class StoreState(SQLModel, table=True):
    """One row. Every write starts by updating it: the row lock serialises writers on both
    backends, and its counters hand out article and conflict ids that are never reused."""

    __tablename__ = "store_state"
    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    version: int = 0
    next_article: int = 1
    next_conflict: int = 1


class ArticleRow(SQLModel, table=True):
    __tablename__ = "articles"
    id: str = Field(primary_key=True)
    seq: int = Field(unique=True)
    content_hash: str = Field(unique=True)
    path: str | None = _text()
    title: str | None = _text()
    outlet: str | None = Field(default=None, index=True)
    url: str | None = _text()
    author: str | None = _text()
    published_at: date | None = Field(default=None, index=True)
    published_at_source: str = "none"
    created_at: datetime
    data: dict[str, Any] = _json()


class SourceRow(SQLModel, table=True):
    """Who speaks: an article itself (`<article>.s0`) or a post embedded in it (`<article>.p<n>`)."""

    __tablename__ = "sources"
    id: str = Field(primary_key=True)
    article_id: str = _ref("articles.id")
    kind: str
    name: str | None = None
    handle: str | None = None
    published_at: date | None = None
    start: int | None = None
    end: int | None = None


class ClaimRow(SQLModel, table=True):
    __tablename__ = "claims"
    seq: int | None = Field(default=None, primary_key=True)  # integer row id, for the full-text index
    id: str = Field(unique=True)
    article_id: str = _ref("articles.id")
    source_id: str
    text: str = _text(nullable=False)
    sentence: str = _text(nullable=False)
    start: int
    end: int
    speaker: str | None = None
    modality: str
    derived: bool = False
    reported_at: date | None = None
    data: dict[str, Any] = _json()


class ClusterMemberRow(SQLModel, table=True):
    """A clustered claim's cluster (claims in none have no row), with the claim's columns that
    cluster reads need. Kept apart from `claims`, whose rows hold the claim's whole JSON (about
    1.4 KB): when clusters merge, thousands of claims can change cluster in one ingest, and each
    move rewrote its claim's row and the page around it (most of an ingest's writes, and of its
    commit, while a corpus' stock phrases chain clusters together); here a move rewrites some
    60 bytes beside the cluster's other members."""

    __tablename__ = "cluster_members"
    # a cluster's members in order of publication (undated last: read apart), then of rows: the
    # first sources of a cluster's timeline are read from it without sorting the cluster;
    # and an article's clustered claims, what a merge reads (`clusters._absorb`). (Not on
    # (article, cluster, source), as on claims before: a move then also rewrote an entry among
    # each article's, and that index cost more than the table and the timeline together.)
    __table_args__ = (
        Index("ix_cluster_members_timeline", "cluster_id", "reported_at", "claim_seq"),
        Index("ix_cluster_members_article_id", "article_id"),
    )
    claim_seq: int = Field(
        sa_column=Column(Integer, ForeignKey("claims.seq", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    )
    claim_id: str
    cluster_id: str
    article_id: str  # (the claim's, as are the source and the date)
    source_id: str
    reported_at: date | None = None


class ClaimKeyRow(SQLModel, table=True):
    """The blocking-key index: an exact inverted index, so candidates equal the batch analysis'."""

    __tablename__ = "claim_keys"
    key: str = Field(primary_key=True)
    claim_id: str = _ref("claims.id", primary_key=True)


class ShingleRow(SQLModel, table=True):
    """Word 6-gram hashes of article texts, for finding copies. A hash is posted for at most
    `claims.reuse.MAX_SPREAD + 1` articles: beyond that it is boilerplate and never used."""

    __tablename__ = "shingles"
    hash: int = Field(sa_column=Column(BigInteger, primary_key=True))
    article_id: str = _ref("articles.id", primary_key=True, index=False)


class LinkRow(SQLModel, table=True):
    """A scored pair of claims (the core's `PairScore`); confirmed links make clusters."""

    __tablename__ = "links"
    a: str = _ref("claims.id", primary_key=True, index=False)  # the primary key's first column
    b: str = _ref("claims.id", primary_key=True)
    score: float
    topic: float
    confirmed: bool  # not indexed: queries name claims (see migration 0004)
    suggested: bool
    detail: dict[str, Any] = _json()


class FindingRow(SQLModel, table=True):
    """Every finding of the conflict detectors, before deduplication by key."""

    __tablename__ = "findings"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True)
    claim_a: str = _ref("claims.id")
    claim_b: str = _ref("claims.id")
    kind: str
    severity: str
    temporal: str
    explanation: str = _text(nullable=False)
    detector: str
    score: float
    rank: list[Any] = _json()


class ConflictRow(SQLModel, table=True):
    """One row per finding key: the best-ranked finding of the key, and the review of it. A
    reviewed row outlives its findings (`stale`) so a decision is never lost."""

    __tablename__ = "conflicts"
    # the API list's order (most urgent first, then newest) after each filter it offers: any page
    # of the list, however deep, is read from one of these indexes without touching the table
    __table_args__ = (
        Index("ix_conflicts_listing", "stale", "severity_rank", "strength", "num"),
        Index("ix_conflicts_status_listing", "status", "stale", "severity_rank", "strength", "num"),
        Index("ix_conflicts_severity_listing", "severity", "stale", "severity_rank", "strength", "num"),
        Index("ix_conflicts_kind_listing", "kind", "stale", "severity_rank", "strength", "num"),
        # the review queue's order (without strength) after its status and kind filters; they
        # hold every column the queue's counts group on, so counting reads no table rows
        Index("ix_conflicts_queue", "stale", "status", "severity_rank", "num"),
        Index("ix_conflicts_kind_queue", "kind", "stale", "status", "severity_rank", "num"),
    )
    num: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    id: str = Field(unique=True)
    key: str = Field(unique=True)
    kind: str
    severity: str
    severity_rank: int
    strength: float
    temporal: str
    claim_a: str
    claim_b: str
    article_a: str = Field(index=True)
    article_b: str = Field(index=True)
    explanation: str = _text(nullable=False)
    detector: str
    status: str = "open"
    note: str | None = _text()
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    stale: bool = False
    created_at: datetime
    updated_at: datetime
    # the conflict as the API lists it, with both sides (`app.store.views.rendered_conflict`):
    # JSON text, rendered again whenever the row or the claims of its articles change
    item: str = _text(nullable=False)


class ReviewRow(SQLModel, table=True):
    """The history of reviews: one row per change of a conflict's status or note."""

    __tablename__ = "reviews"
    id: int | None = Field(default=None, primary_key=True)
    conflict_id: str = _ref("conflicts.id")
    key: str
    status: str
    note: str | None = _text()
    reviewer: str | None = None
    created_at: datetime


class ClusterRow(SQLModel, table=True):
    """Claims that state the same thing (connected components of confirmed links); members
    are listed in `cluster_members`. The statistics are kept up to date on every write
    (`app.store.clusters`), so reading them never walks a cluster, however large."""

    __tablename__ = "clusters"
    id: str = Field(primary_key=True)
    size: int = Field(index=True)
    sources: int  # distinct sources (articles' own voices and embedded posts) of the members
    independent_sources: int
    first_claim_id: str
    # outlets whose articles speak in the cluster in their own voice: what a new member needs
    # to know to tell whether it is an independent source
    outlets: list[str] = _json()
    # what a merge needs to know of the cluster without reading its members (claim ids): the
    # members that count as an independent source, in row order, and the first member in each
    # speaking outlet's own voice
    openers: list[str] = _json()
    first_of_outlet: dict[str, str] = _json()


class ReuseRow(SQLModel, table=True):
    __tablename__ = "reuse"
    copy_id: str = _ref("articles.id", primary_key=True, index=False)
    source_id: str = _ref("articles.id", primary_key=True)
    overlap: float
    direction_known: bool
