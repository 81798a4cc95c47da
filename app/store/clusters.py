"""Clusters are the connected components of confirmed links. After an ingest only the
components around the claims it touched change. When the ingest only added confirmed links
(the usual case: a new article), components merge along the new links and nothing else needs
reading; when it removed some (an article re-timed), the components around the touched claims
are walked again through the links in the database, since a removed link can split one.

Each cluster row keeps its statistics (size, sources, independent sources, first claim, and the
outlets speaking in it in their own voice). When the new article's claims join one stored
cluster, the statistics are brought up to date from the new claims and a few index lookups
(`_grown`), not recomputed over the whole cluster: a cluster of the whole corpus' boilerplate
("the death toll rose to ...") can hold tens of thousands of claims and is joined by almost
every article. Other changes (clusters merging, a split) describe the new clusters whole."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, or_, update
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClaimRow, ClusterRow, LinkRow, ReuseRow
from app.store import chunked, rows
from claims.analysis import _cluster as describe_cluster  # see docs/service.md: a request for the core
from claims.linking import clusters
from claims.model import Reuse

Link = tuple[str, str]
UNDATED = 10**7  # as `describe_cluster` orders undated claims: after every dated one


@dataclass
class Group:
    """A component after the ingest: the stored clusters it joins and the claims in none."""

    clusters: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)


def refresh_clusters(
    session: Session, touched: set[str], before: set[Link], after: set[Link], fresh: AbstractSet[str] = frozenset()
) -> None:
    """Bring the clusters up to date after the confirmed links among `touched` claims went from
    `before` to `after`; `fresh` are the claims of the article just stored (the newest rows)."""
    if before <= after:  # clusters only merged: every claim of the old ones is in a group
        joined = _merged(session, after - before)
        grown = [g for g in joined if len(g.clusters) == 1 and g.claims <= fresh]
        whole = [g for g in joined if g not in grown]
        old = {c for g in whole for c in g.clusters}
        # the merged clusters' members are read once, whole (ids and what describing them needs)
        known = _read_members(session, cluster_ids=old)
        by_cluster: dict[str | None, set[str]] = {}
        for m in known.values():
            by_cluster.setdefault(m.cluster_id, set()).add(m.id)
        groups = [g.claims.union(*(by_cluster.get(c, set()) for c in g.clusters)) for g in whole]
        alone: list[str] = []
        for g in grown:
            _grown(session, next(iter(g.clusters)), g.claims)
    else:
        groups, old, alone = _recomputed(session, touched)
        known = {}
    _replace(session, groups, old, alone, known)


def _cluster_of(session: Session, claim_ids: set[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for part in chunked(sorted(claim_ids)):
        found.update(rows(session, select(ClaimRow.id, ClaimRow.cluster_id).where(col(ClaimRow.id).in_(part))).all())
    return found


def _members(session: Session, cluster_ids: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {c: [] for c in cluster_ids}
    for part in chunked(sorted(cluster_ids)):
        for claim_id, cluster_id in rows(
            session,
            select(ClaimRow.id, ClaimRow.cluster_id).where(col(ClaimRow.cluster_id).in_(part)),
        ):
            found[str(cluster_id)].append(claim_id)
    return found


def _merged(session: Session, added: set[Link]) -> list[Group]:
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
    clustered = set(cluster_of.values())
    return [
        Group({n for n in nodes if n in clustered}, {n for n in nodes if n not in clustered})
        for nodes in joined.values()
        if len(nodes) > 1
    ]


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
            found.update(rows(session, select(LinkRow.a, LinkRow.b).where(touching, col(LinkRow.confirmed))).all())
        links |= found
        frontier = {i for link in found for i in link} - reached
        reached |= frontier
    cluster_of = _cluster_of(session, reached)
    old |= {c for c in cluster_of.values() if c}
    groups = clusters(sorted(cluster_of), sorted(links))  # claims deleted meanwhile are not in cluster_of
    grouped = {i for g in groups for i in g}
    return [set(g) for g in groups], old, [i for i, c in cluster_of.items() if c and i not in grouped]


def own_voice(source_id: str) -> bool:
    """The article speaking, not a post embedded in it (`describe_cluster`'s key)."""
    return not source_id.split(".")[1].startswith("p")


@dataclass
class Member:
    """What a cluster's statistics read of a claim."""

    id: str
    seq: int
    article_id: str
    source_id: str
    reported_at: date | None
    outlet: str | None
    cluster_id: str | None

    @property
    def own_voice(self) -> bool:
        return own_voice(self.source_id)

    @property
    def published(self) -> tuple[int, str]:
        """`describe_cluster`'s order for the first appearance."""
        return (self.reported_at.toordinal() if self.reported_at else UNDATED, self.id)


def _read_members(
    session: Session, claim_ids: AbstractSet[str] = frozenset(), cluster_ids: AbstractSet[str] = frozenset()
) -> dict[str, Member]:
    """These claims, or the members of these clusters."""
    found: dict[str, Member] = {}
    columns = (ClaimRow.id, ClaimRow.seq, ClaimRow.article_id, ClaimRow.source_id, ClaimRow.reported_at,
               ArticleRow.outlet, ClaimRow.cluster_id)  # fmt: skip
    for column, values in ((ClaimRow.id, claim_ids), (ClaimRow.cluster_id, cluster_ids)):
        for part in chunked(sorted(values)):
            query = (
                sa_select(*(col(c) for c in columns))
                .join(ArticleRow, col(ArticleRow.id) == col(ClaimRow.article_id))
                .where(col(column).in_(part))
            )
            for row in rows(session, query):
                found[row[0]] = Member(*row)
    return found


def _partners(session: Session, article_ids: set[str]) -> dict[str, set[str]]:
    """The articles each of these copies or is copied by."""
    found: dict[str, set[str]] = {}
    for part in chunked(sorted(article_ids)):
        either = or_(col(ReuseRow.copy_id).in_(part), col(ReuseRow.source_id).in_(part))
        for copy_id, source_id in session.exec(select(ReuseRow.copy_id, ReuseRow.source_id).where(either)):
            found.setdefault(copy_id, set()).add(source_id)
            found.setdefault(source_id, set()).add(copy_id)
    return found


def _grown(session: Session, cluster_id: str, new: set[str]) -> None:
    """The stored cluster joined by claims newer than all of its own: its statistics follow from
    the stored ones. `describe_cluster` counts independent sources by walking the members in row
    order: a source (an article's own voice, or an embedded post) starts a new group unless it was
    met before, or an earlier own-voice member shares its outlet or its article copies (or is
    copied by) its article; so the new claims, walked after the others, need to know only which
    outlets speak in the cluster and whether their articles' partners do."""
    cluster = session.get(ClusterRow, cluster_id)
    assert cluster is not None, cluster_id
    joining = sorted(_read_members(session, new).values(), key=lambda m: m.seq)
    partners = _partners(session, {m.article_id for m in joining})
    present: set[str] = set()  # partner articles speaking in the cluster in their own voice
    for part in chunked(sorted({p for ps in partners.values() for p in ps})):
        speaking = session.exec(
            select(ClaimRow.article_id, ClaimRow.source_id).where(
                col(ClaimRow.article_id).in_(part), col(ClaimRow.cluster_id) == cluster_id
            )
        )
        present.update(article_id for article_id, source_id in speaking if own_voice(source_id))
    outlets = set(cluster.outlets)
    seen: set[str] = set()  # sources met among the new claims (none of them is in the cluster yet)
    independent = cluster.independent_sources
    for m in joining:
        key = m.article_id if m.own_voice else m.source_id
        if key not in seen:
            blocked = (m.outlet and m.outlet in outlets) or partners.get(m.article_id, set()) & present
            independent += not blocked
            seen.add(key)
        if m.own_voice:
            present.add(m.article_id)
            if m.outlet:
                outlets.add(m.outlet)
    first = cluster.first_claim_id
    stored_first = session.scalar(sa_select(col(ClaimRow.reported_at)).where(col(ClaimRow.id) == first))
    earliest = min(joining, key=lambda m: m.published)
    if earliest.published < Member(first, 0, "", "", stored_first, None, None).published:
        first = earliest.id
    session.execute(
        update(ClusterRow)
        .where(col(ClusterRow.id) == cluster_id)
        .values(
            size=cluster.size + len(joining),
            sources=cluster.sources + len({m.source_id for m in joining}),
            independent_sources=independent,
            first_claim_id=first,
            outlets=sorted(outlets),
        )
    )
    for part in chunked([m.id for m in joining]):
        rows(session, update(ClaimRow).where(col(ClaimRow.id).in_(part)).values(cluster_id=cluster_id))


def _replace(
    session: Session, groups: list[set[str]], old: set[str], alone: list[str], known: dict[str, Member]
) -> None:
    """Replace the clusters `old` by `groups`, described whole; a cluster is named after its
    oldest claim row, so it keeps its id while it grows, and only the claims whose cluster
    changes are written. `known`: members already read."""
    members = known | _read_members(session, set().union(*groups) - known.keys()) if groups else {}
    grouped = [sorted((members[i] for i in group if i in members), key=lambda m: m.seq) for group in groups]
    targets = {f"k{ordered[0].seq}" for ordered in grouped if ordered}
    for part in chunked(alone):  # claims a split left alone leave their cluster
        rows(session, update(ClaimRow).where(col(ClaimRow.id).in_(part)).values(cluster_id=None))
    for part in chunked(sorted(old | targets)):
        session.execute(delete(ClusterRow).where(col(ClusterRow.id).in_(part)))
    if not grouped:
        return
    described = []
    for ordered in (g for g in grouped if g):
        row = describe(f"k{ordered[0].seq}", ordered, reuse_among(session, {m.article_id for m in ordered}))
        described.append(row)
        moved = [m.id for m in ordered if m.cluster_id != row["id"]]
        for part in chunked(moved):
            rows(session, update(ClaimRow).where(col(ClaimRow.id).in_(part)).values(cluster_id=row["id"]))
    session.execute(insert(ClusterRow), described)


@dataclass
class _Outlet:
    outlet: str | None


def describe(cluster_id: str, ordered: list[Member], reuse: list[Reuse]) -> dict[str, Any]:
    """A cluster row for these members (in row order), described by the core. The members stand
    in for claims, and their outlets for articles: that is all the core reads of them (building
    a whole `Claim` per member took most of the time on a cluster of thousands)."""
    articles: dict[str, Any] = {m.article_id: _Outlet(m.outlet) for m in ordered}
    claims: list[Any] = ordered
    cluster = describe_cluster(cluster_id, claims, articles, reuse)
    return {
        "id": cluster.id,
        "size": len(ordered),
        "sources": len({m.source_id for m in ordered}),
        "independent_sources": cluster.independent_sources,
        "first_claim_id": cluster.first_claim_id,
        "outlets": sorted({m.outlet for m in ordered if m.own_voice and m.outlet}),
    }


def reuse_among(session: Session, article_ids: set[str]) -> list[Reuse]:
    found: list[Reuse] = []
    for part in chunked(sorted(article_ids)):
        for r in session.exec(select(ReuseRow).where(col(ReuseRow.copy_id).in_(part))):
            if r.source_id in article_ids:
                found.append(Reuse(r.copy_id, r.source_id, r.overlap, r.direction_known))
    return found
