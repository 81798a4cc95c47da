"""Cluster statistics kept on write: a cluster joined by a new article's claims has its
statistics brought up to date from the stored ones (`app.store.clusters._grown`), and they must
be what the core's `describe_cluster` gives for the whole cluster, read again from scratch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from service_support import EXAMPLES, article_files
from sqlmodel import select

import app.store.clusters as store_clusters
from app.db.engine import Database
from app.db.migrate import upgrade
from app.db.models import ClusterRow
from app.ingest import ingest_article
from app.store.views import members_of
from claims.readers import article_from_text, read_articles

FIRE = EXAMPLES / "port-meridian-plant-fire"


def described_again(db: Database) -> dict[str, dict[str, Any]]:
    """Every cluster's statistics computed over all its members, as a full rewrite would."""
    out = {}
    with db.read() as session:
        for cluster_id in session.scalars(select(ClusterRow.id)):
            ids = set(members_of(session, cluster_id))
            members = sorted(store_clusters._read_members(session, ids).values(), key=lambda m: m.seq)
            reuse = store_clusters.reuse_among(session, {m.article_id for m in members})
            out[cluster_id] = store_clusters.describe(cluster_id, members, reuse)
    return out


def stored(db: Database) -> dict[str, dict[str, Any]]:
    with db.read() as session:
        return {
            c.id: {"id": c.id, "size": c.size, "sources": c.sources, "independent_sources": c.independent_sources,
                   "first_claim_id": c.first_claim_id, "outlets": sorted(c.outlets), "openers": c.openers,
                   "first_of_outlet": c.first_of_outlet}
            for c in session.scalars(select(ClusterRow))
        }  # fmt: skip


def variant(path: Path, outlet: str | None, n: int) -> Any:
    """The article again, a little changed (so it is new), under this outlet: a follow-up of
    the same outlet, or a copy published elsewhere."""
    text = path.read_text()
    if outlet is not None:
        text = text.replace("outlet: Gulf Coast Wire", f"outlet: {outlet}", 1)
    text += f"\n\nThis story was updated {n} times.\n"
    return article_from_text(text, article_id="new", kind="md", name=f"variant {n}", path=f"variant-{n}.md")


def test_grown_clusters_keep_the_statistics_of_a_full_description(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    grown: list[str] = []
    real = store_clusters._absorb

    def spy(session: Any, cluster: ClusterRow, joining: list[store_clusters.Member]) -> None:
        grown.append(cluster.id)
        real(session, cluster, joining)

    monkeypatch.setattr(store_clusters, "_absorb", spy)
    db = Database(store_url)
    try:
        upgrade(db)
        for path in article_files(FIRE):
            ingest_article(db, read_articles([path])[0])
        wire = FIRE / "01_gulf-coast-wire.md"
        # the same outlet again (not independent), a copy elsewhere (not independent either: its
        # article copies one already there), and again later
        for n, outlet in enumerate([None, "Bayou Daily", None, "Lakeside Courier"], start=1):
            ingest_article(db, variant(wire, outlet, n))
        assert grown, "new articles joining stored clusters should grow them in place"
        kept, again = stored(db), described_again(db)
        assert kept == again
        wire_clusters = [c for c in kept.values() if c["size"] >= 5 and "Gulf Coast Wire" in c["outlets"]]
        assert any(c["independent_sources"] < c["sources"] for c in wire_clusters), (
            "the follow-ups and copies should not count as independent sources"
        )
    finally:
        db.dispose()


def test_merged_clusters_keep_the_statistics_of_a_full_description(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cluster that takes in other clusters (`_absorb`) keeps its id and works out the merged
    statistics without reading its own members; they must be those of a full description."""
    merges: list[tuple[str, int]] = []
    real = store_clusters._absorb

    def spy(session: Any, cluster: ClusterRow, joining: list[store_clusters.Member]) -> None:
        taken = [m for m in joining if m.cluster_id is not None]
        if taken:
            merges.append((cluster.id, len(taken)))
        real(session, cluster, joining)

    monkeypatch.setattr(store_clusters, "_absorb", spy)
    db = Database(store_url)
    try:
        upgrade(db)
        for path in article_files(EXAMPLES / "tambocancha-earthquake", EXAMPLES / "hollins-ford-ammonia-derailment"):
            ingest_article(db, read_articles([path])[0])
        assert merges, "these reports link clusters stored apart: the largest should take in the others"
        kept = stored(db)
        assert kept == described_again(db)
        assert all(cluster_id in kept for cluster_id, _ in merges[-1:]), "the cluster that took in others keeps its id"
    finally:
        db.dispose()

