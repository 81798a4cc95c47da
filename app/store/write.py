"""Write the result of analysing one new article (`claims.incremental.Delta`) into the store,
then bring the derived conflicts and clusters up to date for what it touched."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, update
from sqlmodel import Session, col, select

from app.db.models import (
    ArticleRow,
    ClaimKeyRow,
    ClaimRow,
    ClusterMemberRow,
    FindingRow,
    LinkRow,
    ReuseRow,
    ShingleRow,
    SourceRow,
    StoreState,
)
from app.store import chunked, insert_rows
from app.store.clusters import PendingMerges, refresh_clusters
from app.store.conflicts import refresh_conflicts
from claims.incremental import Delta, index_keys, shingle_hashes
from claims.linking import SUGGEST
from claims.model import Article, Claim
from claims.reuse import MAX_SPREAD
from claims.serialize import article_to_dict, claim_to_dict


def now() -> datetime:
    return datetime.now(UTC)


def store_delta(
    session: Session, state: StoreState, delta: Delta, content_hash: str, merges: PendingMerges | None = None
) -> set[str]:
    """Store the new article (the first of `delta.articles`, numbered `state.next_article - 1`)
    and replace what the analysis redid; returns the ids of the conflicts it created or changed.
    With `merges` (a batch of ingests), the clusters of an ingest that re-dates no stored article
    (so only adds links) are merged later, with the batch's others: the analysis reads no
    clusters. One that re-dates articles first has the merges before it done (they read the
    claims' dates as they were), and its own clusters brought up to date at once."""
    new, *retimed = delta.articles
    if merges is not None and retimed:
        merges.flush(session)
    _insert_article(session, new, state.next_article - 1, content_hash)
    for article in retimed:
        session.execute(
            update(ArticleRow)
            .where(col(ArticleRow.id) == article.id)
            .values(
                # (re-dating its event can date a report datelined without a year: claims.pubdate)
                published_at=article.published_at,
                published_at_source=article.published_at_source,
                data=article_to_dict(article),
            )
        )
    # everything that touched the claims being replaced goes, then comes back as analysed now
    # (the new article's claims are new ids: only stored ones can have links and findings)
    stored = set(session.scalars(select(ClaimRow.id).where(col(ClaimRow.article_id).in_(list(delta.claims)))))
    touched = delta.claim_ids | stored
    old_keys, confirmed_before = _drop_findings_and_links(session, stored)
    for article_id, claims in delta.claims.items():
        _replace_claims(session, article_id, claims)
    _insert_findings_and_links(session, delta)
    _add_shingles(session, new)
    for r in delta.reuse:
        session.execute(
            delete(ReuseRow).where(col(ReuseRow.copy_id) == r.copy, col(ReuseRow.source_id) == r.source)
        )
        session.execute(
            insert(ReuseRow).values(
                copy_id=r.copy, source_id=r.source, overlap=r.overlap, direction_known=r.direction_known
            )
        )
    changed = refresh_conflicts(session, state, old_keys | {f.key for f in delta.findings}, now(), delta.claims)
    confirmed = {(p.a, p.b) for p in delta.pairs if p.confirmed}
    if merges is not None and not retimed:
        merges.add(confirmed)  # (nothing stored was touched: no link was removed)
    else:
        refresh_clusters(session, touched, confirmed_before, confirmed)
    return changed


def _insert_article(session: Session, article: Article, seq: int, content_hash: str) -> None:
    session.execute(
        insert(ArticleRow).values(
            id=article.id,
            seq=seq,
            content_hash=content_hash,
            path=article.path,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            author=article.author,
            published_at=article.published_at,
            published_at_source=article.published_at_source,
            created_at=now(),
            data=article_to_dict(article),
        )
    )
    insert_rows(
        session,
        SourceRow,
        [
            {
                "id": s.id,
                "article_id": s.article_id,
                "kind": s.kind,
                "name": s.name,
                "handle": s.handle,
                "published_at": s.published_at,
                "start": s.start,
                "end": s.end,
            }
            for s in article.sources
        ],
    )


def _claim_columns(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id, "article_id": claim.article_id, "source_id": claim.source_id, "text": claim.text,
        "sentence": claim.sentence, "start": claim.start, "end": claim.end, "speaker": claim.speaker,
        "modality": claim.modality, "derived": claim.derived, "reported_at": claim.reported_at,
        "data": claim_to_dict(claim),
    }  # fmt: skip


def _replace_claims(session: Session, article_id: str, claims: list[Claim]) -> None:
    """Insert an article's claims, or update them in place when the article was re-timed (a
    claim keeps its row and so its number, which names its cluster)."""
    stored = dict(
        session.execute(select(ClaimRow.id, ClaimRow.seq).where(col(ClaimRow.article_id) == article_id)).all()
    )
    fresh = [_claim_columns(c) for c in claims if c.id not in stored]
    kept = [{**_claim_columns(c), "seq": stored[c.id]} for c in claims if c.id in stored]
    gone = set(stored) - {c.id for c in claims}
    if gone:
        session.execute(delete(ClaimRow).where(col(ClaimRow.id).in_(gone)))
    if kept:
        session.execute(update(ClaimRow), kept)
        # (a clustered claim's date is also its membership's, which the cluster's timeline sorts by)
        members = ClusterMemberRow.__table__  # type: ignore[attr-defined]
        session.connection().execute(
            update(members).where(members.c.claim_seq == bindparam("s")).values(reported_at=bindparam("r")),
            [{"s": c["seq"], "r": c["reported_at"]} for c in kept],
        )
        for part in chunked([c["id"] for c in kept]):
            session.execute(delete(ClaimKeyRow).where(col(ClaimKeyRow.claim_id).in_(part)))
    insert_rows(session, ClaimRow, fresh)
    insert_rows(session, ClaimKeyRow, [{"key": k, "claim_id": c.id} for c in claims for k in sorted(index_keys(c))])


def _drop_findings_and_links(session: Session, claim_ids: set[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """Delete every finding and link touching the claims; returns the keys of those findings
    and the confirmed links among those links."""
    keys: set[str] = set()
    confirmed: set[tuple[str, str]] = set()
    for part in chunked(sorted(claim_ids)):
        touching = or_(col(FindingRow.claim_a).in_(part), col(FindingRow.claim_b).in_(part))
        keys.update(session.scalars(select(FindingRow.key).where(touching).distinct()))
        session.execute(delete(FindingRow).where(touching))
        linked = or_(col(LinkRow.a).in_(part), col(LinkRow.b).in_(part))
        confirmed.update(session.exec(select(LinkRow.a, LinkRow.b).where(linked, col(LinkRow.confirmed))))
        session.execute(delete(LinkRow).where(linked))
    return keys, confirmed


def _insert_findings_and_links(session: Session, delta: Delta) -> None:
    """The findings, and the links a reader or the clusters use: confirmed and suggested ones.
    A pair below SUGGEST was kept by the analysis only to be compared (its findings are stored)
    and is scored again whenever its claims are (a re-dating): a row for it would never be
    read, and an ingest into a large store scores hundreds of them."""
    insert_rows(
        session,
        LinkRow,
        [
            {
                "a": p.a,
                "b": p.b,
                "score": p.score,
                "topic": p.topic,
                "confirmed": p.confirmed,
                "suggested": p.suggested,
                "detail": {
                    "lexical": p.lexical,
                    "entity": p.entity,
                    "slot": p.slot,
                    "time": p.time,
                    "shared": sorted(p.shared),
                },
            }
            for p in delta.pairs
            if p.score >= SUGGEST
        ],
    )
    insert_rows(
        session,
        FindingRow,
        [
            {
                "key": f.key,
                "claim_a": f.claim_ids[0],
                "claim_b": f.claim_ids[1],
                "kind": f.kind,
                "severity": f.severity,
                "temporal": f.temporal,
                "explanation": f.explanation,
                "detector": f.detector,
                "score": f.score,
                "rank": list(f.rank),
            }
            for f in delta.findings
        ],
    )


def _add_shingles(session: Session, article: Article) -> None:
    """Post the article under its shingles, except shingles already posted for MAX_SPREAD
    articles: those are boilerplate, never used again (`SqlCorpus.articles_with_shingles`)."""
    hashes = shingle_hashes(article)
    full: set[int] = set()
    for part in chunked(sorted(hashes)):
        full.update(
            session.scalars(
                select(ShingleRow.hash)
                .where(col(ShingleRow.hash).in_(part))
                .group_by(col(ShingleRow.hash))
                .having(func.count() >= MAX_SPREAD)
            )
        )
    insert_rows(session, ShingleRow, [{"hash": h, "article_id": article.id} for h in sorted(hashes - full)])
