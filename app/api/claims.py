"""GET /api/claims (search and filters), GET /api/claims/{id}, GET /api/clusters[/{id}]."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from pydantic import Field
from sqlmodel import col, select

from app.api.deps import Store
from app.api.params import ID, TOTALS, Answer, Page, SafeStr, found, known_id, page_of
from app.db.models import ClaimRow, ClusterMemberRow, ClusterRow
from app.store.search import sentence_matches
from app.store.views import claim_detail, claim_items, cluster_view

router = APIRouter(prefix="/api", tags=["claims"])


class ClaimFilters(Page):
    q: SafeStr | None = Field(default=None, max_length=500, description="Words the sentence must contain.")
    article_id: str | None = Field(default=None, pattern=ID.pattern, max_length=100)
    cluster_id: str | None = Field(default=None, pattern=ID.pattern, max_length=100)


class ClusterFilters(Page):
    min_size: int = Field(default=2, ge=2, le=100_000)


@router.get("/claims", summary="Claims, in the order they were stored; `q` searches their sentences")
def list_claims(db: Store, page: Annotated[ClaimFilters, Query()]) -> Answer:
    conditions = []
    if page.q is not None:
        try:
            conditions.append(sentence_matches(db.backend, page.q))
        except ValueError as err:
            raise HTTPException(422, str(err)) from None
    if page.article_id:
        conditions.append(col(ClaimRow.article_id) == page.article_id)
    if page.cluster_id:
        members = select(ClusterMemberRow.claim_seq).where(col(ClusterMemberRow.cluster_id) == page.cluster_id)
        conditions.append(col(ClaimRow.seq).in_(members))
    with db.read() as session:
        total = TOTALS.count(session, ClaimRow, conditions, page)
        rows = session.scalars(
            select(ClaimRow)
            .where(*conditions)
            .order_by(col(ClaimRow.seq))
            .limit(page.limit)
            .offset(page.offset)
        )
        return Answer(page_of(claim_items(session, list(rows)), total, page))


@router.get(
    "/claims/{claim_id}",
    summary="A claim with its cluster, its sources in order of publication and its conflicts",
)
def get_claim(claim_id: str, db: Store) -> Answer:
    with db.read() as session:
        row = session.scalar(select(ClaimRow).where(col(ClaimRow.id) == known_id(claim_id, "claim")))
        return Answer(claim_detail(session, found(row, "claim", claim_id)))


@router.get("/clusters", summary="Clusters of claims that state the same thing, largest first")
def list_clusters(db: Store, page: Annotated[ClusterFilters, Query()]) -> Answer:
    condition = col(ClusterRow.size) >= page.min_size
    with db.read() as session:
        total = TOTALS.count(session, ClusterRow, [condition], page)
        rows = session.scalars(
            select(ClusterRow)
            .where(condition)
            .order_by(col(ClusterRow.size).desc(), col(ClusterRow.id))
            .limit(page.limit)
            .offset(page.offset)
        )
        return Answer(page_of([cluster_view(session, r) for r in rows], total, page))


@router.get("/clusters/{cluster_id}", summary="A cluster with every source in order of publication")
def get_cluster(cluster_id: str, db: Store) -> Answer:
    with db.read() as session:
        row = found(session.get(ClusterRow, known_id(cluster_id, "cluster")), "cluster", cluster_id)
        return Answer(cluster_view(session, row))
