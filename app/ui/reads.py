"""Read queries the pages need beyond `app.store.views`: a cluster's timeline cut to a length a
page can show, which of its articles copy which, and the state of an article's claims."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClaimRow, ClusterRow, ConflictRow
from app.store import chunked
from app.store.clusters import reuse_among as reuse_among
from app.store.views import appearances, public, sources_of

Json = dict[str, Any]
MAX_CLAIMS_READ = 5000  # of one cluster, for its first sources: bounds a page on a huge cluster


@dataclass
class Timeline:
    """A cluster's sources in order of publication (the first `limit` of them), each marked
    when its article copies another article of the cluster."""

    cluster: ClusterRow
    sources: list[Json]
    first: Json | None  # the first appearance
    source_count: int  # in the whole cluster, shown or not
    speakers: list[str]

    @property
    def hidden(self) -> int:
        return max(0, self.source_count - len(self.sources))


def article_labels(session: Session, article_ids: set[str]) -> dict[str, Json]:
    """Enough of each article to name it in a link: title, outlet, date."""
    found: dict[str, Json] = {}
    for part in chunked(sorted(article_ids)):
        for aid, title, outlet, published in session.execute(
            select(
                col(ArticleRow.id),
                col(ArticleRow.title),
                col(ArticleRow.outlet),
                col(ArticleRow.published_at),
            ).where(col(ArticleRow.id).in_(part))
        ):
            found[aid] = {"id": aid, "title": title, "outlet": outlet, "published_at": published}
    return found


def mark_copies(session: Session, sources: list[Json]) -> None:
    """Add `copy_of` to each source whose article copies another listed article: that
    article's label, and whether the direction of the copy is known."""
    article_ids = {s["article_id"] for s in sources}
    copied: dict[str, list[Json]] = defaultdict(list)
    reuse = reuse_among(session, article_ids)
    labels = article_labels(session, {r.source for r in reuse})
    for r in reuse:
        copied[r.copy].append(
            {**labels[r.source], "direction_known": r.direction_known, "overlap": r.overlap}
        )
    for source in sources:
        source["copy_of"] = copied.get(source["article_id"], [])


def timeline(session: Session, cluster: ClusterRow, limit: int) -> Timeline:
    """The cluster's first `limit` sources in order of publication (undated ones last), each with
    the claims it makes there (one per sentence), and the first appearance."""
    ordered = session.execute(
        select(ClaimRow.id, ClaimRow.source_id)
        .where(col(ClaimRow.cluster_id) == cluster.id)
        .order_by(col(ClaimRow.reported_at).is_(None), col(ClaimRow.reported_at), col(ClaimRow.seq))
        .limit(MAX_CLAIMS_READ)
    ).all()
    shown: set[str] = set()
    ids = []
    for claim_id, source_id in ordered:
        if source_id not in shown and len(shown) == limit:
            continue
        shown.add(source_id)
        ids.append(claim_id)
    found = appearances(session, [*ids, cluster.first_claim_id])
    sources = sources_of(found)
    for source in sources:  # derived claims repeat their sentence
        source["claims"] = list({(c["start"], c["end"]): c for c in reversed(source["claims"])}.values())[
            ::-1
        ]
    mark_copies(session, sources)
    source_count = session.scalar(
        select(func.count(func.distinct(ClaimRow.source_id))).where(col(ClaimRow.cluster_id) == cluster.id)
    )
    first = found.get(cluster.first_claim_id)
    speakers = [c["speaker"] for s in sources for c in s["claims"] if c["speaker"]]
    return Timeline(
        cluster,
        sources,
        public(first) if first else None,
        source_count or len(sources),
        list(dict.fromkeys(speakers)),
    )


def sources_per_cluster(session: Session, cluster_ids: set[str]) -> dict[str, int]:
    """How many sources (articles and embedded posts) state each cluster's claim."""
    counts: dict[str, int] = {}
    for part in chunked(sorted(cluster_ids)):
        counts.update(
            session.execute(
                select(ClaimRow.cluster_id, func.count(func.distinct(ClaimRow.source_id)))
                .where(col(ClaimRow.cluster_id).in_(part))
                .group_by(col(ClaimRow.cluster_id))
            ).all()
        )
    return counts


def live_conflicts(rows: list[ConflictRow]) -> list[ConflictRow]:
    """Conflicts a reader should still see: found by the latest analysis and not dismissed."""
    return [r for r in rows if not r.stale and r.status != "dismissed"]
