"""Clusters are the connected components of confirmed links. After an ingest only the
components around the claims it touched change. When the ingest only added confirmed links
(the usual case: a new article), components merge along the new links and nothing else needs
reading; when it removed some (an article re-timed), the components around the touched claims
are walked again through the links in the database, since a removed link can split one.

Each cluster row keeps its statistics (size, sources, independent sources, first claim, and the
outlets speaking in it in their own voice), and what merging it needs: the members that count as
independent sources and each outlet's first member. When the new article's claims join stored
clusters, the largest of them takes in the others and the new claims (`_absorb`): its statistics
follow from the stored ones, the members of the others and a few index lookups, and its own
members are neither read nor written. A cluster of the whole corpus' boilerplate ("the death
toll rose to ...") can hold tens of thousands of claims and is joined, and merged with other
clusters, by almost every article. Splits and new clusters are described whole."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, delete, insert, or_, text, update
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlmodel import Session, col, select

from app.db.models import ClaimRow, ClusterMemberRow, ClusterRow, LinkRow, ReuseRow
from app.store import chunked, date_of, driver_rows, insert_rows, one_of, rows
from claims.analysis import _cluster as describe_cluster  # see docs/service.md: a request for the core
from claims.linking import clusters
from claims.model import Reuse

Link = tuple[str, str]
StoredCluster = Any  # a `clusters` row as read (its columns as attributes), standing for a ClusterRow
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
        merge_clusters(session, [after - before])
    else:
        groups, old, alone = _recomputed(session, touched)
        _replace(session, groups, old, alone, {})


def merge_clusters(session: Session, steps: list[set[Link]]) -> None:
    """Merge the clusters along confirmed links added by ingests that removed none, given in the
    order they were stored: the clusters (ids included) are those of merging after each ingest
    in turn, and each claim that changes cluster is written once (a batch of ingests, see
    `PendingMerges`)."""
    final = _merged(session, steps)
    # (rows as read, not the session's objects: the updates below need not be matched against
    # them, and a large cluster's `openers` list took milliseconds to validate into a model)
    stored: dict[str, StoredCluster] = {
        row.id: row
        for part in chunked(sorted({c for g in final.values() for c in g.clusters} | final.keys()))
        for row in rows(session, select(ClusterRow).where(col(ClusterRow.id).in_(part)))
    }
    # a group that ends in a stored cluster is taken in by it; one that ends in a cluster the
    # steps made is described whole under that cluster's name
    absorbing = [(stored[name], g) for name, g in final.items() if name in stored]
    whole = [(name, g) for name, g in final.items() if name not in stored]
    old = {c for _, g in whole for c in g.clusters}
    taken = {c for _, g in absorbing for c in g.clusters}
    # the members of the clusters described whole or taken in are read once (ids and what
    # describing them needs), and so are the claims in none that the groups join
    known = _read_members(session, {i for _, g in final.items() for i in g.claims}, old | taken)
    by_cluster: dict[str | None, set[str]] = {}
    for m in known.values():
        by_cluster.setdefault(m.cluster_id, set()).add(m.id)
    for row, g in absorbing:
        joining = g.claims.union(*(by_cluster.get(c, set()) for c in g.clusters))
        _absorb(session, row, [known[i] for i in joining if i in known])
    for part in chunked(sorted(taken)):
        rows(session, delete(ClusterRow).where(col(ClusterRow.id).in_(part)))
    groups = [g.claims.union(*(by_cluster.get(c, set()) for c in g.clusters)) for _, g in whole]
    _replace(session, groups, old, [], known, names=[name for name, _ in whole])


class PendingMerges:
    """The links of ingests whose clusters only merge, kept to be merged at once
    (`merge_clusters`) when a batch of ingests ends, or before an ingest that must walk the
    clusters in the database (one that removes links)."""

    def __init__(self) -> None:
        self.steps: list[set[Link]] = []

    def add(self, links: set[Link]) -> None:
        self.steps.append(links)

    def flush(self, session: Session) -> None:
        if any(self.steps):
            merge_clusters(session, self.steps)
        self.steps = []


CLUSTER_OF = "SELECT c.id, m.cluster_id{more} FROM claims AS c LEFT JOIN cluster_members AS m ON m.claim_seq = c.seq "


def _cluster_of(session: Session, claim_ids: set[str]) -> dict[str, str | None]:
    condition, values = one_of(session, sorted(claim_ids))
    return dict(driver_rows(session, CLUSTER_OF.format(more="") + f"WHERE c.id {condition}", values))


def _relabel(session: Session, members: list[Member], cluster_id: str) -> None:
    """Move the claims to another cluster: those in one change their row, the others get one
    (a statement each, whatever their number)."""
    moved = [m.seq for m in members if m.cluster_id is not None]
    if moved:
        condition, values = one_of(session, moved)
        driver_rows(session, f"UPDATE cluster_members SET cluster_id = ? WHERE claim_seq {condition}", cluster_id, values)
    insert_rows(session, ClusterMemberRow, [
        {"claim_seq": m.seq, "claim_id": m.id, "cluster_id": cluster_id, "article_id": m.article_id,
         "source_id": m.source_id, "reported_at": m.reported_at}
        for m in members if m.cluster_id is None
    ])  # fmt: skip


def _unclustered(session: Session, claim_ids: list[str]) -> None:
    """The claims leave their clusters (a split left them alone)."""
    if claim_ids:
        condition, values = one_of(session, claim_ids)
        driver_rows(session, f"DELETE FROM cluster_members WHERE claim_id {condition}", values)


def _members(session: Session, cluster_ids: set[str]) -> list[str]:
    condition, values = one_of(session, sorted(cluster_ids))
    return [i for (i,) in driver_rows(session, f"SELECT claim_id FROM cluster_members WHERE cluster_id {condition}", values)]


def _components(edges: list[tuple[str, str]]) -> list[set[str]]:
    """The connected components of more than one node."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        parent[root(a)] = root(b)
    joined: dict[str, set[str]] = {}
    for node in parent:
        joined.setdefault(root(node), set()).add(node)
    return [nodes for nodes in joined.values() if len(nodes) > 1]


def _merged(session: Session, steps: list[set[Link]]) -> dict[str, Group]:
    """The clusters that the links of each step join, as merging after every step would leave
    them: each stored cluster (or claim in none) is one node; a step's component keeps its
    largest cluster (the oldest of equals) or, of claims in none, is named after its oldest
    claim. Returns each resulting cluster that changed, by name, with the stored clusters and
    the claims in none it holds now (its own stored self left out)."""
    ends = {i for links in steps for link in links for i in link}
    cluster_of: dict[str, str | None] = {}
    seq_of: dict[str, int] = {}
    condition, values = one_of(session, sorted(ends))
    for claim_id, cluster_id, seq in driver_rows(session, CLUSTER_OF.format(more=", c.seq") + f"WHERE c.id {condition}", values):
        cluster_of[claim_id], seq_of[claim_id] = cluster_id, seq
    sizes: dict[str, int] = {}
    for part in chunked(sorted({c for c in cluster_of.values() if c})):
        sizes.update(rows(session, sa_select(col(ClusterRow.id), col(ClusterRow.size)).where(col(ClusterRow.id).in_(part))).all())
    into: dict[str, str] = {}  # a cluster -> the one that took it in (or a claim -> its new cluster)

    def now(name: str) -> str:
        while name in into:
            name = into[name]
        return name

    for links in steps:
        for nodes in _components([(now(cluster_of.get(a) or a), now(cluster_of.get(b) or b)) for a, b in links]):
            clustered = [n for n in nodes if n in sizes]
            if clustered:
                name = max(clustered, key=lambda c: (sizes[c], -int(c[1:])))
            else:
                name = f"k{min(seq_of[i] for i in nodes)}"
                sizes[name] = 0
            for n in nodes:
                if n != name:
                    into[n] = name
                    sizes[name] += sizes.pop(n, 1)
    held = {c for c in cluster_of.values() if c}
    final: dict[str, Group] = {}
    for node in into:  # (a cluster made by one step and taken in by a later one holds no row)
        group = final.setdefault(now(node), Group())
        if node in held:
            group.clusters.add(node)
        elif node in seq_of:
            group.claims.add(node)
    return final


def _recomputed(session: Session, touched: set[str]) -> tuple[list[set[str]], set[str], list[str]]:
    """Components around the touched claims and the claims they were clustered with, found by
    walking the confirmed links; and the clustered claims a split left alone."""
    old = {c for c in _cluster_of(session, touched).values() if c}
    reached = set(touched) | set(_members(session, old))
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


MEMBERS = (  # the claims as `Member`s (from their rows, or the members' rows alone)
    "SELECT c.id, c.seq, c.article_id, c.source_id, c.reported_at, a.outlet, m.cluster_id FROM claims AS c "
    "JOIN articles AS a ON a.id = c.article_id LEFT JOIN cluster_members AS m ON m.claim_seq = c.seq WHERE c.id ",
    "SELECT m.claim_id, m.claim_seq, m.article_id, m.source_id, m.reported_at, a.outlet, m.cluster_id "
    "FROM cluster_members AS m JOIN articles AS a ON a.id = m.article_id WHERE m.cluster_id ",
)


def _read_members(
    session: Session, claim_ids: AbstractSet[str] = frozenset(), cluster_ids: AbstractSet[str] = frozenset()
) -> dict[str, Member]:
    """These claims, or the members of these clusters."""
    found: dict[str, Member] = {}
    for query, values in zip(MEMBERS, (claim_ids, cluster_ids), strict=True):
        if not values:
            continue
        condition, param = one_of(session, sorted(values))
        for claim_id, seq, article_id, source_id, reported_at, outlet, cluster_id in driver_rows(
            session, query + condition, param
        ):
            found[claim_id] = Member(claim_id, seq, article_id, source_id, date_of(reported_at), outlet, cluster_id)
    return found


def _partners(session: Session, article_ids: set[str]) -> dict[str, set[str]]:
    """The articles each of these copies or is copied by."""
    found: dict[str, set[str]] = {}
    if not article_ids:
        return found
    condition, values = one_of(session, sorted(article_ids))
    sql = f"SELECT copy_id, source_id FROM reuse WHERE copy_id {condition} OR source_id {condition}"
    for copy_id, source_id in driver_rows(session, sql, values, values):
        found.setdefault(copy_id, set()).add(source_id)
        found.setdefault(source_id, set()).add(copy_id)
    return found


def source_key(m: Member) -> str:
    """What `describe_cluster` counts a member's source by: its article (the article's own voice)
    or its embedded post."""
    return m.article_id if m.own_voice else m.source_id


def _openers(ordered: list[Member], partners: dict[str, set[str]]) -> tuple[list[str], dict[str, str]]:
    """The members that count as an independent source, as `describe_cluster` counts them (a
    source counts unless an earlier member has its source, or an earlier own-voice member its
    outlet, or is an article its article copies or is copied by), and each outlet's first
    own-voice member: what `_absorb` needs to merge the cluster without reading it. `partners`:
    the articles each article copies or is copied by."""
    seen: set[str] = set()
    first_of_outlet: dict[str, str] = {}
    openers = []
    for m in ordered:
        key = source_key(m)
        if not (
            key in seen
            or (m.outlet and m.outlet in first_of_outlet)
            or not seen.isdisjoint(partners.get(m.article_id, ()))
        ):
            openers.append(m.id)
        seen.add(key)
        if m.own_voice and m.outlet:
            first_of_outlet.setdefault(m.outlet, m.id)
    return openers, first_of_outlet


def _reuse_partners(reuse: list[Reuse]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for r in reuse:
        found.setdefault(r.copy, set()).add(r.source)
        found.setdefault(r.source, set()).add(r.copy)
    return found


def _absorb(session: Session, cluster: StoredCluster, joining: list[Member]) -> None:
    """The stored cluster takes in `joining`: the members of the clusters merged into it and
    claims in no cluster (the new article's, or stored ones). Its statistics follow from the
    stored ones, the joining members and a few index lookups, without reading its own members:
    a cluster of the whole corpus' boilerplate ("the death toll rose to ...") can hold tens of
    thousands of claims, and an ingest that links it to another cluster is common.

    Independent sources are counted as `describe_cluster` counts them, walking the members in
    row order (see `_openers`): a joining member counts unless an earlier member, joining or of
    the cluster, has its source, its outlet or a partner article; a member that counted in the
    cluster (`openers`) still counts unless an earlier joining member blocks it. The cluster's
    earlier members that matter are found by index: the first row of each joining source and
    partner article in the cluster, and its first row of each outlet (`first_of_outlet`)."""
    joining = sorted(joining, key=lambda m: m.seq)
    mine = _read_members(session, set(cluster.openers) | set(cluster.first_of_outlet.values()))
    openers = [mine[i] for i in cluster.openers]
    partners = _partners(session, {m.article_id for m in [*joining, *openers]})
    first: dict[str, int] = {}  # source key or partner article -> the cluster's first row of it
    present: set[str] = set()  # the joining members' sources that the cluster already holds
    wanted = {m.article_id for m in joining} | {p for m in joining for p in partners.get(m.article_id, ())}
    condition, param = one_of(session, sorted(wanted))
    query = (
        "SELECT article_id, source_id, min(claim_seq) FROM cluster_members "
        # (by the articles' index, the cluster compared as an expression so that no planner
        # walks the whole cluster by its index instead: it can hold tens of thousands)
        f"WHERE article_id {condition} AND cluster_id || '' = ? GROUP BY article_id, source_id"
    )
    for article_id, source_id, seq in driver_rows(session, query, param, cluster.id):
        present.add(source_id)
        key = article_id if own_voice(source_id) else source_id
        first[key] = min(first.get(key, seq), seq)
    outlet_at = {outlet: mine[i].seq for outlet, i in cluster.first_of_outlet.items()}

    def earlier(at: dict[str, int], key: str | None, seq: int) -> bool:
        return key is not None and key in at and at[key] < seq

    seen: dict[str, int] = {}  # source key -> the first joining row of it
    spoke: dict[str, Member] = {}  # outlet -> its first joining member in its own voice
    counted: list[Member] = []
    for m in joining:
        key, allied = source_key(m), partners.get(m.article_id, set())
        blocked = (
            key in seen
            or earlier(first, key, m.seq)
            or bool(m.outlet and (m.outlet in spoke or earlier(outlet_at, m.outlet, m.seq)))
            or any(p in seen or earlier(first, p, m.seq) for p in allied)
        )
        if not blocked:
            counted.append(m)
        seen.setdefault(key, m.seq)
        if m.own_voice and m.outlet:
            spoke.setdefault(m.outlet, m)
    spoke_at = {outlet: m.seq for outlet, m in spoke.items()}
    still = [
        o
        for o in openers
        if not (
            earlier(seen, source_key(o), o.seq)
            or earlier(spoke_at, o.outlet, o.seq)
            or any(earlier(seen, p, o.seq) for p in partners.get(o.article_id, ()))
        )
    ]
    firsts = dict(cluster.first_of_outlet)
    for outlet, m in spoke.items():
        if not earlier(outlet_at, outlet, m.seq):
            firsts[outlet] = m.id
    values: dict[str, Any] = {
        "size": cluster.size + len(joining),
        "sources": cluster.sources + len({m.source_id for m in joining} - present),
        "independent_sources": len(still) + len(counted),
        "openers": [m.id for m in sorted([*still, *counted], key=lambda m: m.seq)],
        "first_of_outlet": firsts,
        "outlets": sorted(set(cluster.outlets) | set(spoke)),
    }
    first_id = cluster.first_claim_id
    stored_first = session.scalar(sa_select(col(ClaimRow.reported_at)).where(col(ClaimRow.id) == first_id))
    earliest = min(joining, key=lambda m: m.published)
    if earliest.published < Member(first_id, 0, "", "", stored_first, None, None).published:
        first_id = earliest.id
    values["first_claim_id"] = first_id
    rows(session, update(ClusterRow).where(col(ClusterRow.id) == cluster.id).values(**values))
    _relabel(session, joining, cluster.id)


def _replace(
    session: Session,
    groups: list[set[str]],
    old: set[str],
    alone: list[str],
    known: dict[str, Member],
    names: list[str] | None = None,
) -> None:
    """Replace the clusters `old` by `groups`, described whole; a cluster is named after its
    oldest claim row (unless `names` name them), so it keeps its id while it grows, and only the
    claims whose cluster changes are written. `known`: members already read."""
    members = known | _read_members(session, set().union(*groups) - known.keys()) if groups else {}
    grouped = [sorted((members[i] for i in group if i in members), key=lambda m: m.seq) for group in groups]
    named = [names[n] if names else f"k{ordered[0].seq}" for n, ordered in enumerate(grouped) if ordered]
    _unclustered(session, alone)  # claims a split left alone leave their cluster
    for part in chunked(sorted(old | set(named))):
        session.execute(delete(ClusterRow).where(col(ClusterRow.id).in_(part)))
    described = []
    for name, ordered in zip(named, (g for g in grouped if g), strict=True):
        row = describe(name, ordered, reuse_among(session, {m.article_id for m in ordered}))
        described.append(row)
        _relabel(session, [m for m in ordered if m.cluster_id != row["id"]], row["id"])
    if described:
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
    openers, first_of_outlet = _openers(ordered, _reuse_partners(reuse))
    return {
        "id": cluster.id,
        "size": len(ordered),
        "sources": len({m.source_id for m in ordered}),
        "independent_sources": cluster.independent_sources,
        "first_claim_id": cluster.first_claim_id,
        "outlets": sorted({m.outlet for m in ordered if m.own_voice and m.outlet}),
        "openers": openers,
        "first_of_outlet": first_of_outlet,
    }


def describe_every_cluster(session: Session) -> None:
    """Work out every stored cluster's `openers` and `first_of_outlet` from its members (the work
    of migration 0007, so on the store as it left it: membership in `claims.cluster_id`, which
    0009 moves to `cluster_members`): one pass over the clustered claims in cluster and row order."""
    reuse = rows(session, sa_select(col(ReuseRow.copy_id), col(ReuseRow.source_id)))
    partners = _reuse_partners([Reuse(copy, source, 0.0, False) for copy, source in reuse])
    query = text(
        "SELECT c.id, c.seq, c.article_id, c.source_id, c.reported_at, a.outlet, c.cluster_id FROM claims AS c "
        "JOIN articles AS a ON a.id = c.article_id WHERE c.cluster_id IS NOT NULL ORDER BY c.cluster_id, c.seq"
    )
    by_cluster: dict[str, list[Member]] = {}
    for claim_id, seq, article_id, source_id, reported_at, outlet, cluster_id in rows(session, query):
        member = Member(claim_id, seq, article_id, source_id, date_of(reported_at), outlet, cluster_id)
        by_cluster.setdefault(cluster_id, []).append(member)
    table = ClusterRow.__table__  # type: ignore[attr-defined]
    statement = update(table).where(table.c.id == bindparam("cluster")).values(
        openers=bindparam("openers"), first_of_outlet=bindparam("firsts")
    )
    found = []
    for cluster_id, ordered in by_cluster.items():
        openers, firsts = _openers(ordered, partners)
        found.append({"cluster": cluster_id, "openers": openers, "firsts": firsts})
    for part in chunked(found, 5000):
        session.connection().execute(statement, part)


def reuse_among(session: Session, article_ids: set[str]) -> list[Reuse]:
    found: list[Reuse] = []
    for part in chunked(sorted(article_ids)):
        for r in session.exec(select(ReuseRow).where(col(ReuseRow.copy_id).in_(part))):
            if r.source_id in article_ids:
                found.append(Reuse(r.copy_id, r.source_id, r.overlap, r.direction_known))
    return found
