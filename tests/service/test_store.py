"""The store itself: migrations on start, WAL on SQLite, URLs, and all-or-nothing writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from service_support import EXAMPLES, HEAD, api_client, post_file, snapshot, stale_renderings
from sqlalchemy import text

from alembic import command
from app.db.engine import Database, StoreError, parse_url
from app.db.migrate import alembic_config, current_revision, include_object, upgrade
from app.db.models import SQLModel
from app.ingest import ingest_article
from app.settings import Settings
from claims.readers import read_articles

FIRE = sorted((EXAMPLES / "port-meridian-plant-fire").glob("0*"))


def test_migrations_build_exactly_the_models_and_run_again_harmlessly(store_url: str) -> None:
    db = Database(store_url)
    try:
        upgrade(db)
        ingest_article(db, read_articles([FIRE[0]])[0])
        upgrade(db)  # every start runs the migrations: a current store is left alone
        assert current_revision(db) == HEAD
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": include_object})
            assert compare_metadata(context, SQLModel.metadata) == []
            assert connection.execute(text("SELECT count(*) FROM articles")).scalar() == 1
    finally:
        db.dispose()


def test_downgrade_and_upgrade_again(store_url: str) -> None:
    db = Database(store_url)
    try:
        upgrade(db)
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert current_revision(db) is None
        upgrade(db)
        assert current_revision(db) == HEAD
    finally:
        db.dispose()


CLUSTER_STATISTICS = (
    "SELECT id, size, sources, independent_sources, first_claim_id, outlets, openers, first_of_outlet"
    " FROM clusters ORDER BY id"
)
CLUSTER_MEMBERS = (
    "SELECT m.claim_seq, m.claim_id, m.cluster_id, m.article_id, m.source_id, m.reported_at, c.id, c.article_id,"
    " c.source_id, c.reported_at FROM cluster_members AS m JOIN claims AS c ON c.seq = m.claim_seq ORDER BY m.claim_seq"
)


def test_an_old_store_is_brought_to_the_current_schema_with_its_data(store_url: str) -> None:
    db = Database(store_url)
    try:
        upgrade(db)
        for path in FIRE[:2]:
            ingest_article(db, read_articles([path])[0])
        with db.read() as session:
            conflicts = session.scalars(text("SELECT id FROM conflicts ORDER BY id")).all()
            clusters = session.execute(text(CLUSTER_STATISTICS)).all()
            members = session.execute(text(CLUSTER_MEMBERS)).all()
        config = alembic_config()
        with db.engine.begin() as connection:  # the store as the first schema held it
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        assert current_revision(db) == "0001"
    finally:
        db.dispose()
    with api_client(store_url) as client:  # the app migrates on start
        assert client.get("/healthz").json()["schema"] == HEAD
        assert [a["id"] for a in client.get("/api/articles").json()["items"]] == ["a2", "a1"]
        listed = client.get("/api/conflicts", params={"severity": "medium", "limit": 500}).json()["items"]
        assert {x["id"] for x in listed} <= set(conflicts) and conflicts
        assert stale_renderings(store_url) == {}  # conflicts stored before 0006 are rendered by it
    db = Database(store_url)
    try:  # statistics added since are computed from the clusters' members
        with db.read() as session:
            again = session.execute(text(CLUSTER_STATISTICS)).all()
            assert session.execute(text(CLUSTER_MEMBERS)).all() == members and members  # moved back and forth
    finally:
        db.dispose()

    def decoded(value: object) -> object:
        return json.loads(value) if isinstance(value, str) else value

    def outlets_as_sets(rows: list) -> list:
        return [(*r[:5], set(decoded(r[5])), decoded(r[6]), decoded(r[7])) for r in rows]

    assert clusters and outlets_as_sets(again) == outlets_as_sets(clusters)


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    upgrade(db)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.dispose()


def test_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMS_DATABASE_URL", raising=False)
    assert Settings(_env_file=None).database_url == "sqlite:///claims.db"  # type: ignore[call-arg]
    monkeypatch.setenv("CLAIMS_DATABASE_URL", "postgresql://me@db/claims")
    assert Settings(_env_file=None).database_url == "postgresql://me@db/claims"  # type: ignore[call-arg]
    assert parse_url("postgresql://me@db/claims").drivername == "postgresql+psycopg"
    for bad in ("claims.db", "mysql://me@db/claims", "::"):
        with pytest.raises(StoreError):
            parse_url(bad)


def test_unreachable_stores_are_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open the store"):
        upgrade(Database("postgresql+psycopg://nobody@127.0.0.1:1/none"))


def test_a_failed_ingest_leaves_nothing_behind(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure halfway through writing (here: while refreshing the conflicts, after the claims,
    links and reuse are written; every ingest gets there) rolls the whole ingest back."""
    with api_client(store_url) as client:
        post_file(client, FIRE[0])
        before = snapshot(client)

        def broken(*args: object) -> None:
            raise RuntimeError("disk full")

        monkeypatch.setattr("app.store.write.refresh_conflicts", broken)
        with pytest.raises(RuntimeError):
            client.post("/api/articles", content=FIRE[1].read_bytes(), headers={"Content-Type": "text/markdown"})
        monkeypatch.undo()
        assert snapshot(client) == before
        assert post_file(client, FIRE[1])["id"] == "a2"  # the id was not used up either


def test_processes_sharing_a_store_see_each_others_writes(store_url: str) -> None:
    """Each process keeps recent answers per store version: a write anywhere shows everywhere."""
    with api_client(store_url) as one, api_client(store_url) as other:
        post_file(one, FIRE[0])
        post_file(one, FIRE[1])
        seen = other.get("/api/conflicts").json()
        assert other.get("/api/conflicts").json() == seen  # answered again, from what it kept
        target = seen["items"][0]["id"]
        one.patch(f"/api/conflicts/{target}", json={"status": "confirmed"})
        assert other.get(f"/api/conflicts/{target}").json()["status"] == "confirmed"
        assert [x["status"] for x in other.get("/api/conflicts").json()["items"] if x["id"] == target] == ["confirmed"]
        post_file(one, FIRE[2])
        assert other.get("/api/articles").json()["total"] == 3


def test_kept_answers_follow_writes_when_the_version_cannot_be_read_asynchronously(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL the version and pages are read on asynchronous connections; when they
    cannot be had, they are read in a thread as before, and answers still follow every write."""
    import psycopg

    async def refused(*args: object, **kwargs: object) -> None:
        raise psycopg.OperationalError("refused")

    monkeypatch.setattr(psycopg.AsyncConnection, "connect", refused)
    with api_client(store_url) as one, api_client(store_url) as other:
        post_file(one, FIRE[0])
        post_file(one, FIRE[1])
        seen = other.get("/api/conflicts").json()
        assert other.get("/api/conflicts").json() == seen and seen["items"]
        target = seen["items"][0]["id"]
        one.patch(f"/api/conflicts/{target}", json={"status": "dismissed"})
        assert [x["status"] for x in other.get("/api/conflicts").json()["items"] if x["id"] == target] == ["dismissed"]


def test_an_article_with_many_keys_reads_its_candidates_in_one_go(store_url: str) -> None:
    """Keys are probed in batches: an article with more keys than SQLite allows terms in one
    compound query still gets every stored claim under its keys, and nothing else."""
    from sqlalchemy import insert

    from app.db.models import ClaimKeyRow
    from app.store.corpus import SqlCorpus

    db = Database(store_url)
    try:
        upgrade(db)
        with api_client(store_url) as client:
            post_file(client, EXAMPLES / "port-meridian-plant-fire" / "01_gulf-coast-wire.md")
        with db.engine.begin() as connection:
            _, second = [r[0] for r in connection.execute(text("SELECT id FROM claims ORDER BY seq LIMIT 2"))]
            connection.execute(insert(ClaimKeyRow), [{"key": f"rare{n}", "claim_id": second} for n in range(700)])
        with db.read() as session:
            by_key = SqlCorpus(session).claims_by_key({f"rare{n}" for n in range(700)} | {"absent"})
        assert set(by_key) == {f"rare{n}" for n in range(700)}
        assert {c.id for members in by_key.values() for c in members} == {second}
    finally:
        db.dispose()
