"""GET /articles (newest first), GET /articles/{id} (the text with its claims marked, embedded
posts, reuse), GET /clusters/{id} (the provenance of one claim)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from app.api.deps import Store
from app.api.params import found, known_id
from app.db.models import ArticleRow, ClusterRow, ConflictRow
from app.store.codec import load_article
from app.store.views import article_detail, conflict_items, conflicts_touching, members_of
from app.ui.reads import article_labels, live_conflicts, sources_per_cluster, timeline
from app.ui.render import PageRoute, page
from app.ui.text import CLAIM_STATES, Mark, paragraphs

router = APIRouter(route_class=PageRoute, include_in_schema=False)
ARTICLES_PER_PAGE = 50
TIMELINE_SOURCES = 200  # the cluster page's timeline; larger clusters say how many are left out
CLUSTER_CONFLICTS = 30


@router.get("/articles")
def list_articles(
    request: Request, db: Store, page_number: int = Query(1, alias="page", ge=1, le=100_000)
) -> Response:
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
        rows = session.execute(
            select(
                col(ArticleRow.id),
                col(ArticleRow.title),
                col(ArticleRow.outlet),
                col(ArticleRow.published_at),
            )
            .order_by(col(ArticleRow.seq).desc())
            .limit(ARTICLES_PER_PAGE)
            .offset((page_number - 1) * ARTICLES_PER_PAGE)
        ).all()
    return page(
        request,
        "articles.html",
        articles=[{"id": i, "title": t, "outlet": o, "published_at": p} for i, t, o, p in rows],
        total=total,
        page_number=page_number,
        last_page=max(1, -(-total // ARTICLES_PER_PAGE)),
    )


def _claim_marks(
    session: Session, claims: list[dict[str, Any]], conflicts: list[ConflictRow]
) -> tuple[list[tuple[int, int, Mark]], dict[str, int]]:
    """One mark per sentence that holds claims, in the most telling state of its claims: in
    conflict (with a finding not dismissed), agrees (other sources state it), or only here."""
    conflict_of: dict[str, ConflictRow] = {}
    for row in live_conflicts(conflicts):
        for claim_id in (row.claim_a, row.claim_b):
            conflict_of.setdefault(claim_id, row)
    sources = sources_per_cluster(session, {c["cluster_id"] for c in claims if c["cluster_id"]})
    by_sentence: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim["start"], claim["end"])].append(claim)
    marks, counts = [], dict.fromkeys(CLAIM_STATES, 0)
    for (start, end), stated in by_sentence.items():
        clash = next((conflict_of[c["id"]] for c in stated if c["id"] in conflict_of), None)
        shared = next((c for c in stated if sources.get(c["cluster_id"] or "", 0) > 1), None)
        anchor, *others = (f"claim-{c['id']}" for c in stated)
        if clash:
            about = f"{clash.severity} {clash.kind}, {clash.status}"
            mark = Mark(
                "conflict", f"/conflicts/{clash.id}", f"In conflict ({about}): see {clash.id}", anchor
            )
        elif shared:
            n, cluster = sources[shared["cluster_id"]], shared["cluster_id"]
            mark = Mark(
                "agrees", f"/clusters/{cluster}", f"Stated by {n} sources: see where it appeared", anchor
            )
        else:
            mark = Mark("alone", None, "Only in this article")
        mark.anchor, mark.other_anchors = anchor, tuple(others)
        counts[mark.state] += 1
        marks.append((start, end, mark))
    return marks, counts


def _conflicts_of(session: Session, article_id: str) -> list[ConflictRow]:
    """The article's conflicts, most urgent first (through the article columns, which are
    indexed, rather than the claims, which are not)."""
    return list(
        session.scalars(
            select(ConflictRow)
            .where(or_(col(ConflictRow.article_a) == article_id, col(ConflictRow.article_b) == article_id))
            .order_by(
                col(ConflictRow.severity_rank).desc(), col(ConflictRow.strength).desc(), col(ConflictRow.num)
            )
        )
    )


ReuseRole = Literal["copied_from", "copied_by", "shares_text_with"]


def _reuse(session: Session, article_id: str, reuse: list[dict[str, Any]]) -> list[dict[str, Any]]:
    labels = article_labels(session, {r["source"] for r in reuse} | {r["copy"] for r in reuse})
    shown = []
    for r in reuse:
        mine_is_copy = r["copy"] == article_id
        other = labels.get(r["source"] if mine_is_copy else r["copy"])
        if other is None:
            continue
        role: ReuseRole = (
            "shares_text_with" if not r["direction_known"] else "copied_from" if mine_is_copy else "copied_by"
        )
        shown.append({"role": role, "article": other, "overlap": r["overlap"]})
    return shown


@router.get("/articles/{article_id}")
def show_article(
    article_id: str, request: Request, db: Store, stored: Literal["new", "again"] | None = None
) -> Response:
    with db.read() as session:
        row = found(session.get(ArticleRow, known_id(article_id, "article")), "article", article_id)
        detail = article_detail(session, row)
        conflicts = _conflicts_of(session, row.id)
        marks, counts = _claim_marks(session, detail["claims"], conflicts)
        text = paragraphs(load_article(row.data), marks)
        reuse = _reuse(session, row.id, detail["reuse"])
        listed = conflict_items([c for c in conflicts if not c.stale])
    return page(
        request,
        "article.html",
        article=detail,
        text=text,
        counts=counts,
        reuse=reuse,
        conflicts=listed,
        stored=stored,
    )


@router.get("/clusters/{cluster_id}")
def show_cluster(cluster_id: str, request: Request, db: Store) -> Response:
    with db.read() as session:
        cluster = found(session.get(ClusterRow, known_id(cluster_id, "cluster")), "cluster", cluster_id)
        line = timeline(session, cluster, TIMELINE_SOURCES)
        members = members_of(session, cluster.id)
        conflicts = conflict_items([c for c in conflicts_touching(session, members) if not c.stale][:CLUSTER_CONFLICTS])
    return page(request, "cluster.html", line=line, conflicts=conflicts)
