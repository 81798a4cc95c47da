"""Clusters are the connected components of confirmed links. After an ingest only the
components around the claims it touched change. When the ingest only added confirmed links
(the usual case: a new article), components merge along the new links and nothing else needs
reading; when it removed some (an article re-timed), the components around the touched claims
are walked again through the links in the database, since a removed link can split one."""

from __future__ import annotations

from sqlalchemy import delete, insert, or_, update
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClaimRow, ClusterRow, LinkRow, ReuseRow
from app.store import chunked
from claims.analysis import _cluster as describe_cluster  # see docs/service.md: a request for the core
from claims.linking import clusters
from claims.model import Article, Claim, Reuse

Link = tuple[str, str]
MEMBER_COLUMNS = ("id", "seq", "article_id", "source_id", "reported_at")


def refresh_clusters(session: Session, touched: set[str], before: set[Link], after: set[Link]) -> None:
    """Bring the clusters up to date after the confirmed links among `touched` claims went from
    `before` to `after`."""
    if before <= after:  # clusters only merged: every claim of the old ones is in a group
        groups, old = _merged(session, after - before)
        alone: list[str] = []
    else:
        groups, old, alone = _recomputed(session, touched)
    _replace(session, groups, old, alone)


def _cluster_of(session: Session, claim_ids: set[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for part in chunked(sorted(claim_ids)):
        found.update(session.exec(select(ClaimRow.id, ClaimRow.cluster_id).where(col(ClaimRow.id).in_(part))).all())
    return found


def _members(session: Session, cluster_ids: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {c: [] for c in cluster_ids}
    for part in chunked(sorted(cluster_ids)):
        for claim_id, cluster_id in session.exec(
            select(ClaimRow.id, ClaimRow.cluster_id).where(col(ClaimRow.cluster_id).in_(part))
        ):
            found[str(cluster_id)].append(claim_id)
    return found


def _merged(session: Session, added: set[Link]) -> tuple[list[set[str]], set[str]]:
    """Components joined by the added links: each stored cluster (or lone claim) is one node."""
    cluster_of = _cluster_of(session, {i for link in added for i in link})
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in added:
        parent[root(cluster_of.get(a) or a)] = root(cluster_of.get(b) or b)
    joined: dict[str, set[str]] = {}
    for node in parent:
        joined.setdefault(root(node), set()).add(node)
    joined = {r: nodes for r, nodes in joined.items() if len(nodes) > 1}
    clustered = set(cluster_of.values())
    old = {n for nodes in joined.values() for n in nodes if n in clustered}
    members = _members(session, old)
    return [{m for n in nodes for m in members.get(n, [n])} for nodes in joined.values()], old


def _recomputed(session: Session, touched: set[str]) -> tuple[list[set[str]], set[str], list[str]]:
    """Components around the touched claims and the claims they were clustered with, found by
    walking the confirmed links; and the clustered claims a split left alone."""
    old = {c for c in _cluster_of(session, touched).values() if c}
    reached = set(touched) | {m for ids in _members(session, old).values() for m in ids}
    frontier, links = set(reached), set()
    while frontier:
        found: set[Link] = set()
        for part in chunked(sorted(frontier)):
            touching = or_(col(LinkRow.a).in_(part), col(LinkRow.b).in_(part))
            found.update(session.exec(select(LinkRow.a, LinkRow.b).where(col(LinkRow.confirmed), touching)).all())
        links |= found
        frontier = {i for link in found for i in link} - reached
        reached |= frontier
    cluster_of = _cluster_of(session, reached)
    old |= {c for c in cluster_of.values() if c}
    groups = clusters(sorted(cluster_of), sorted(links))  # claims deleted meanwhile are not in cluster_of
    grouped = {i for g in groups for i in g}
    return [set(g) for g in groups], old, [i for i, c in cluster_of.items() if c and i not in grouped]


def _replace(session: Session, groups: list[set[str]], old: set[str], alone: list[str]) -> None:
    """Replace the clusters `old` by `groups`; a cluster is named after its oldest claim row,
    so it keeps its id while it grows, and only the claims whose cluster changes are written
    (a new article joining a large cluster rewrites its own claims, not the cluster's)."""
    members: dict[str, Claim] = {}
    seq: dict[str, int] = {}
    current: dict[str, str | None] = {}
    for part in chunked(sorted(set().union(*groups))) if groups else ():
        query = sa_select(*(col(getattr(ClaimRow, name)) for name in MEMBER_COLUMNS), col(ClaimRow.cluster_id)).where(
            col(ClaimRow.id).in_(part)
        )
        for claim_id, number, article_id, source_id, reported_at, cluster_id in session.execute(query):
            members[claim_id] = Claim(claim_id, article_id, source_id, "", 0, 0, "", reported_at=reported_at)
            seq[claim_id] = number
            current[claim_id] = cluster_id
    grouped = [sorted((i for i in group if i in members), key=seq.__getitem__) for group in groups]
    targets = {f"k{seq[ordered[0]]}" for ordered in grouped if ordered}
    for part in chunked(alone):  # claims a split left alone leave their cluster
        session.execute(update(ClaimRow).where(col(ClaimRow.id).in_(part)).values(cluster_id=None))
    for part in chunked(sorted(old | targets)):
        session.execute(delete(ClusterRow).where(col(ClusterRow.id).in_(part)))
    if not grouped:
        return
    articles = _outlets(session, {c.article_id for c in members.values()})
    reuse = reuse_among(session, set(articles))
    rows = []
    for ordered in grouped:
        cluster = describe_cluster(f"k{seq[ordered[0]]}", [members[i] for i in ordered], articles, reuse)
        rows.append({"id": cluster.id, "size": len(ordered), "independent_sources": cluster.independent_sources,
                     "first_claim_id": cluster.first_claim_id})  # fmt: skip
        moved = [i for i in ordered if current[i] != cluster.id]
        for part in chunked(moved):
            session.execute(update(ClaimRow).where(col(ClaimRow.id).in_(part)).values(cluster_id=cluster.id))
    session.execute(insert(ClusterRow), rows)


def _outlets(session: Session, article_ids: set[str]) -> dict[str, Article]:
    """The articles' outlets, which is all `describe_cluster` reads of them."""
    out: dict[str, Article] = {}
    for part in chunked(sorted(article_ids)):
        for article_id, outlet in session.exec(select(ArticleRow.id, ArticleRow.outlet).where(col(ArticleRow.id).in_(part))):
            out[article_id] = Article(article_id, "", outlet=outlet)
    return out


def reuse_among(session: Session, article_ids: set[str]) -> list[Reuse]:
    found: list[Reuse] = []
    for part in chunked(sorted(article_ids)):
        for r in session.exec(select(ReuseRow).where(col(ReuseRow.copy_id).in_(part))):
            if r.source_id in article_ids:
                found.append(Reuse(r.copy_id, r.source_id, r.overlap, r.direction_known))
    return found
