"""What the API and the exports show of stored rows. Articles and claims carry the same fields
as `claims analyze --format json` (built by `claims.report` from the stored analysis); the rest
is added beside them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import orjson
from sqlalchemy import or_
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlmodel import Session, col, select

from app.db.models import (
    ArticleRow,
    ClaimRow,
    ClusterMemberRow,
    ClusterRow,
    ConflictRow,
    ReuseRow,
    ReviewRow,
    SourceRow,
)
from app.store import chunked
from app.store.codec import load_article, load_claim
from claims.report import article_json, claim_json, source_json

Json = dict[str, Any]
UNDATED = date.max


def iso(value: datetime | date | None) -> str | None:
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)  # SQLite keeps no time zone; every stored time is UTC
    return value.isoformat() if value else None


def article_item(row: ArticleRow) -> Json:
    return {**article_json(load_article(row.data)), "created_at": iso(row.created_at)}


def article_detail(session: Session, row: ArticleRow) -> Json:
    article = load_article(row.data)
    claims = list(
        session.scalars(select(ClaimRow).where(col(ClaimRow.article_id) == row.id).order_by(col(ClaimRow.seq)))
    )
    reuse = session.scalars(
        select(ReuseRow).where(or_(col(ReuseRow.copy_id) == row.id, col(ReuseRow.source_id) == row.id))
    )
    return {
        **article_item(row),
        "body": article.body,
        "sources": [source_json(s) for s in article.sources],
        "claims": claim_items(session, claims),
        "reuse": [reuse_item(r) for r in reuse],
    }


def reuse_item(row: ReuseRow) -> Json:
    return {
        "copy": row.copy_id,
        "source": row.source_id,
        "overlap": row.overlap,
        "direction_known": row.direction_known,
    }


def claim_item(row: ClaimRow, cluster_id: str | None) -> Json:
    return {**claim_json(load_claim(row.data)), "cluster_id": cluster_id}


def clusters_of(session: Session, claim_seqs: list[int]) -> dict[int, str]:
    """The cluster of each of these claims (by row) that is in one."""
    found: dict[int, str] = {}
    for part in chunked(claim_seqs):
        found.update(
            session.execute(
                select(ClusterMemberRow.claim_seq, ClusterMemberRow.cluster_id).where(
                    col(ClusterMemberRow.claim_seq).in_(part)
                )
            ).all()
        )
    return found


def claim_items(session: Session, rows: list[ClaimRow]) -> list[Json]:
    clustered = clusters_of(session, [r.seq for r in rows if r.seq is not None])
    return [claim_item(r, clustered.get(r.seq or 0)) for r in rows]


def members_of(session: Session, cluster_id: str) -> list[str]:
    """A cluster's claims, in row order."""
    return list(
        session.scalars(
            select(ClusterMemberRow.claim_id)
            .where(col(ClusterMemberRow.cluster_id) == cluster_id)
            .order_by(col(ClusterMemberRow.claim_seq))
        )
    )


APPEARANCE_COLUMNS = (
    ClaimRow.id, ClaimRow.article_id, ClaimRow.source_id, ClaimRow.reported_at, ClaimRow.speaker,
    ClaimRow.sentence, ClaimRow.start, ClaimRow.end, ArticleRow.outlet, ArticleRow.title, ArticleRow.url,
    ArticleRow.seq, SourceRow.kind, SourceRow.name, SourceRow.handle,
)  # fmt: skip


def appearances(session: Session, claim_ids: list[str]) -> dict[str, Json]:
    """Where each claim appears: its source, article and outlet, and when that was published
    (an embedded post's own date, else the article's). `_order` sorts them by publication."""
    found: dict[str, Json] = {}
    for part in chunked(sorted(set(claim_ids))):
        rows = session.execute(
            sa_select(*(col(c) for c in APPEARANCE_COLUMNS))
            .join(ArticleRow, col(ArticleRow.id) == col(ClaimRow.article_id))
            .outerjoin(SourceRow, col(SourceRow.id) == col(ClaimRow.source_id))
            .where(col(ClaimRow.id).in_(part))
        )
        for claim_id, article_id, source_id, reported, speaker, sentence, start, end, outlet, title, url, seq, kind, name, handle in rows:
            found[claim_id] = {
                "claim_id": claim_id, "article_id": article_id, "source_id": source_id, "source_kind": kind,
                "source_name": name, "handle": handle, "outlet": outlet, "title": title, "url": url,
                "published_at": iso(reported), "speaker": speaker, "sentence": sentence, "start": start, "end": end,
                "_order": (reported or UNDATED, seq, start),
            }  # fmt: skip
    return found


def public(appearance: Json) -> Json:
    return {k: v for k, v in appearance.items() if k != "_order"}


SOURCE_FIELDS = (
    "source_id",
    "source_kind",
    "source_name",
    "handle",
    "article_id",
    "outlet",
    "title",
    "url",
    "published_at",
)
CLAIM_FIELDS = ("claim_id", "sentence", "speaker", "start", "end")


def in_publication_order(found: dict[str, Json]) -> list[Json]:
    return [public(a) for a in sorted(found.values(), key=lambda a: a["_order"])]


def sources_of(found: dict[str, Json]) -> list[Json]:
    """Every source the claims appear in, once, in order of publication, with its claims."""
    grouped: dict[str, Json] = {}
    for a in in_publication_order(found):
        entry = grouped.setdefault(a["source_id"], {**{k: a[k] for k in SOURCE_FIELDS}, "claims": []})
        entry["claims"].append({k: a[k] for k in CLAIM_FIELDS})
    return list(grouped.values())


def rendered_conflict(row: Any, found: dict[str, Json]) -> str:
    """A conflict as the API lists it, as JSON text: the row's finding and review, and both
    sides (where each of its claims appears, from `found`, as `appearances` gives it; a claim no
    longer stored is left out). Kept in the row (`conflicts.item`), rendered again by every
    write that changes the row or the claims of its articles (`app.store.conflicts`, reviews),
    so lists of conflicts read nothing else. A change to what this renders needs a migration
    that renders every row again (as 0006 does, with `render_every_conflict`)."""
    sides = [public(found[i]) for i in (row.claim_a, row.claim_b) if i in found]
    return orjson.dumps({
        "id": row.id, "kind": row.kind, "severity": row.severity, "temporal": row.temporal,
        "claim_ids": [row.claim_a, row.claim_b], "explanation": row.explanation,
        "status": row.status, "note": row.note, "reviewer": row.reviewer, "reviewed_at": iso(row.reviewed_at),
        "stale": row.stale, "key": row.key, "article_ids": [row.article_a, row.article_b], "sides": sides,
        "updated_at": iso(row.updated_at),
    }).decode()  # fmt: skip


def conflict_items(rows: Sequence[Any]) -> list[Json]:
    """Conflicts (`ConflictRow`s, or plain rows with their `item`) with both sides."""
    return [orjson.loads(r.item) for r in rows]


def conflict_detail(session: Session, row: ConflictRow) -> Json:
    history = session.scalars(
        select(ReviewRow).where(col(ReviewRow.conflict_id) == row.id).order_by(col(ReviewRow.id))
    )
    return {
        **orjson.loads(row.item),
        "history": [
            {"status": h.status, "note": h.note, "reviewer": h.reviewer, "at": iso(h.created_at)}
            for h in history
        ],
    }


def conflicts_touching(session: Session, claim_ids: list[str]) -> list[ConflictRow]:
    found: dict[str, ConflictRow] = {}
    for part in chunked(sorted(claim_ids)):
        for row in session.scalars(
            select(ConflictRow).where(
                or_(col(ConflictRow.claim_a).in_(part), col(ConflictRow.claim_b).in_(part))
            )
        ):
            found[row.id] = row
    return sorted(found.values(), key=lambda r: (-r.severity_rank, -r.strength, -r.num))


def cluster_json(cluster: ClusterRow, claim_ids: list[str], found: dict[str, Json]) -> Json:
    """A cluster with every source its claim appears in (in order of publication), its speakers,
    its first appearance and its number of independent sources."""
    mine = {i: found[i] for i in claim_ids if i in found}
    sources = sources_of(mine)
    first = found.get(cluster.first_claim_id)
    return {
        "id": cluster.id,
        "claim_ids": claim_ids,
        "size": cluster.size,
        "independent_sources": cluster.independent_sources,
        "first_claim_id": cluster.first_claim_id,
        "first_appearance": public(first) if first else None,
        "speakers": list(dict.fromkeys(a["speaker"] for a in in_publication_order(mine) if a["speaker"])),
        "sources": sources,
    }


def cluster_view(session: Session, cluster: ClusterRow) -> Json:
    ids = members_of(session, cluster.id)
    return cluster_json(cluster, ids, appearances(session, ids))


def every_cluster(session: Session) -> list[Json]:
    """All clusters, largest first, read in a few queries (for the export)."""
    members: dict[str, list[str]] = {}
    for claim_id, cluster_id in session.execute(
        select(ClusterMemberRow.claim_id, ClusterMemberRow.cluster_id).order_by(col(ClusterMemberRow.claim_seq))
    ):
        members.setdefault(cluster_id, []).append(claim_id)
    found = appearances(session, [i for ids in members.values() for i in ids])
    clusters = session.scalars(select(ClusterRow).order_by(col(ClusterRow.size).desc(), col(ClusterRow.id)))
    return [cluster_json(c, members.get(c.id, []), found) for c in clusters]


def claim_sources(session: Session, row: ClaimRow) -> tuple[Json | None, list[Json]]:
    """A claim's cluster (without its sources) and every source the claim appears in, in order
    of publication: the cluster's, or the claim's own when it is in no cluster."""
    cluster_id = clusters_of(session, [row.seq]).get(row.seq) if row.seq is not None else None
    cluster = session.get(ClusterRow, cluster_id) if cluster_id else None
    if cluster is None:
        return None, sources_of(appearances(session, [row.id]))
    view = cluster_view(session, cluster)
    return view, view.pop("sources")


def claim_detail(session: Session, row: ClaimRow) -> Json:
    """A claim with its cluster, its sources in order of publication and the conflicts of the
    claims it is clustered with."""
    cluster, sources = claim_sources(session, row)
    claim_ids = cluster["claim_ids"] if cluster else [row.id]
    return {
        **claim_item(row, cluster["id"] if cluster else None),
        "cluster": cluster,
        "sources": sources,
        "conflicts": conflict_items(conflicts_touching(session, claim_ids)),
    }
