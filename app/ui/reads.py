"""Read queries the pages need beyond `app.store.views`: a cluster's timeline cut to a length a
page can show, which of its articles copy which, and the state of an article's claims."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlalchemy import tuple_
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClusterMemberRow, ClusterRow, ConflictRow
from app.store import chunked
from app.store.clusters import reuse_among as reuse_among
from app.store.views import appearances, public, sources_of

Json = dict[str, Any]
MAX_CLAIMS_READ = 5000  # of one cluster, for its first sources: bounds a page on a huge cluster
READ_PAGE = 200  # claims per query while reading a cluster in order


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


def _in_order(session: Session, cluster_id: str) -> Iterator[tuple[str, str, date | None]]:
    """The cluster's claims (id, source, date) in order of publication, undated ones last, read
    in pages from the index on (cluster, date, row) without sorting the cluster."""
    for dated in (True, False):
        after: tuple[Any, ...] | None = None
        while True:
            m = ClusterMemberRow
            columns = (m.claim_id, m.source_id, m.reported_at, m.claim_seq)
            query = sa_select(*(col(c) for c in columns)).where(
                col(m.cluster_id) == cluster_id,
                col(m.reported_at).is_not(None) if dated else col(m.reported_at).is_(None),
            )
            if after is not None:
                query = query.where(tuple_(col(m.reported_at), col(m.claim_seq)) > after if dated
                                    else col(m.claim_seq) > after[1])  # fmt: skip
            order = (col(m.reported_at), col(m.claim_seq)) if dated else (col(m.claim_seq),)
            rows = session.execute(query.order_by(*order).limit(READ_PAGE)).all()
            for claim_id, source_id, reported_at, seq in rows:
                yield claim_id, source_id, reported_at
                after = (reported_at, seq)
            if len(rows) < READ_PAGE:
                break


def timeline(session: Session, cluster: ClusterRow, limit: int) -> Timeline:
    """The cluster's first `limit` sources in order of publication (undated ones last), each with
    the claims it makes there (one per sentence), and the first appearance. A source's claims
    share its date, so the reading stops at the first date past the last source shown."""
    shown: set[str] = set()
    ids = []
    last_date: date | None = None
    for read, (claim_id, source_id, reported_at) in enumerate(_in_order(session, cluster.id)):
        if read >= MAX_CLAIMS_READ or (len(shown) == limit and reported_at != last_date):
            break
        if source_id not in shown and len(shown) == limit:
            continue
        if source_id not in shown:
            shown.add(source_id)
            last_date = reported_at
        ids.append(claim_id)
    found = appearances(session, [*ids, cluster.first_claim_id])
    sources = sources_of(found)
    for source in sources:  # derived claims repeat their sentence
        source["claims"] = list({(c["start"], c["end"]): c for c in reversed(source["claims"])}.values())[
            ::-1
        ]
    mark_copies(session, sources)
    first = found.get(cluster.first_claim_id)
    speakers = [c["speaker"] for s in sources for c in s["claims"] if c["speaker"]]
    return Timeline(
        cluster,
        sources,
        public(first) if first else None,
        cluster.sources or len(sources),
        list(dict.fromkeys(speakers)),
    )


def sources_per_cluster(session: Session, cluster_ids: set[str]) -> dict[str, int]:
    """How many sources (articles and embedded posts) state each cluster's claim (kept with
    the cluster)."""
    counts: dict[str, int] = {}
    for part in chunked(sorted(cluster_ids)):
        counts.update(session.execute(select(ClusterRow.id, ClusterRow.sources).where(col(ClusterRow.id).in_(part))).all())
    return counts


def live_conflicts(rows: list[ConflictRow]) -> list[ConflictRow]:
    """Conflicts a reader should still see: found by the latest analysis and not dismissed."""
    return [r for r in rows if not r.stale and r.status != "dismissed"]
