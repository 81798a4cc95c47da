"""GET /api/export/claimreview (JSON-LD), /api/export/conflicts.csv, /api/export/clusters.json."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlmodel import col, select

from app.api.conflicts import ORDER, ConflictFilters
from app.api.deps import Config, Store
from app.api.params import Answer
from app.db.models import ClaimRow, ConflictRow
from app.exports import claim_review, conflicts_csv
from app.store.views import claim_sources, conflict_items, every_cluster

router = APIRouter(prefix="/api/export", tags=["exports"])


@router.get("/claimreview", summary="schema.org ClaimReview JSON-LD for every reviewed conflict")
def export_claimreview(request: Request, db: Store, settings: Config) -> Response:
    base = (settings.public_url or str(request.base_url)).rstrip("/")
    reviews = []
    with db.read() as session:
        rows = list(
            session.scalars(
                select(ConflictRow)
                .where(col(ConflictRow.status).in_(("confirmed", "dismissed")))
                .order_by(col(ConflictRow.reviewed_at), col(ConflictRow.num))
            )
        )
        for conflict in conflict_items(rows):
            claim = session.scalar(select(ClaimRow).where(col(ClaimRow.id) == conflict["claim_ids"][0]))
            if claim is None or not conflict["sides"]:
                continue  # a stale review whose claims were re-extracted away
            cluster, sources = claim_sources(session, claim)
            first = cluster["first_appearance"] if cluster else (sources[0] if sources else None)
            reviews.append(
                claim_review(
                    conflict, sources, first, f"{base}/api/conflicts/{conflict['id']}", settings.publisher
                )
            )
    return Answer(reviews, media_type="application/ld+json")


@router.get("/conflicts.csv", summary="Conflicts as CSV (same filters as GET /api/conflicts)")
def export_conflicts_csv(db: Store, filters: Annotated[ConflictFilters, Query()]) -> Response:
    with db.read() as session:
        rows = list(session.scalars(select(ConflictRow).where(*filters.conditions()).order_by(*ORDER)))
        text = conflicts_csv(conflict_items(rows))
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="conflicts.csv"'},
    )


@router.get("/clusters.json", summary="Every cluster with its sources in order of publication")
def export_clusters(db: Store) -> Answer:
    with db.read() as session:
        return Answer(every_cluster(session))
