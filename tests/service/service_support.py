"""Helpers of the service tests: throwaway stores on SQLite and PostgreSQL, API clients on them,
posting article files, reading whole paginated lists."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.api import create_app
from app.db.engine import Database
from app.db.migrate import alembic_config
from app.db.models import ConflictRow
from app.settings import Settings
from app.store.views import appearances, rendered_conflict

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"
IRAQ = ROOT.parent / "shared" / "corpus" / "iraq-drone-2024"  # read in place, never copied into the repo
PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
START_POSTGRES = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]
MEDIA = {".md": "text/markdown", ".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}


def _admin() -> psycopg.Connection:
    try:
        return psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as err:
        pytest.fail(f"PostgreSQL is not running on 127.0.0.1:5432 ({err}); start it: {START_POSTGRES}")


@contextmanager
def throwaway_store(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty store that disappears afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'claims.db'}"
        return
    with postgres_database("claims_test") as url:
        yield url


@contextmanager
def postgres_database(prefix: str, template: str | None = None) -> Iterator[str]:
    """The URL of a new database on the local server (a copy of `template` if given), dropped
    afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with _admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield PG_URL.format(name=name)
    finally:
        with _admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def api_client(url: str, **settings: object) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=url, **settings))  # type: ignore[arg-type]
    try:
        with TestClient(app) as client:
            yield client
    finally:
        app.state.db.dispose()


def article_files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.iterdir() if p.suffix in MEDIA)


def post_file(client: TestClient, path: Path) -> dict:
    """Post an article file as its raw body, the way `curl --data-binary @file` does."""
    response = client.post(
        "/api/articles",
        content=path.read_bytes(),
        headers={"Content-Type": MEDIA[path.suffix]},
        params={"path": str(path)},
    )
    assert response.status_code in (200, 201), response.text
    return response.json()


def everything(client: TestClient, path: str, **params: object) -> list[dict]:
    """Every item of a paginated list."""
    items: list[dict] = []
    while True:
        page = client.get(path, params={**params, "limit": 500, "offset": len(items)})
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["items"] or len(items) >= body["total"], f"{path}: total {body['total']}, items end at {len(items)}"
        items += body["items"]
        if len(items) >= body["total"]:
            return items


def snapshot(client: TestClient) -> tuple:
    """What the store holds, to check that a refused request changed nothing."""
    return (
        [a["id"] for a in everything(client, "/api/articles")],
        [(x["id"], x["status"], x["note"], x["severity"]) for x in everything(client, "/api/conflicts", include_stale=True)],
        len(everything(client, "/api/claims")),
        client.get("/api/export/clusters.json").json(),
    )


def stale_renderings(url: str) -> dict[str, tuple[str, str]]:
    """The conflicts whose stored rendering (`item`, what lists send) differs from rendering
    them afresh from the store as it is now: id -> (stored, fresh). Empty when all are right."""
    db = Database(url)
    try:
        with db.read() as session:
            return stale_renderings_in(session)
    finally:
        db.dispose()


def stale_renderings_in(session: Session) -> dict[str, tuple[str, str]]:
    rows = list(session.scalars(select(ConflictRow)))
    found = appearances(session, [i for r in rows for i in (r.claim_a, r.claim_b)])
    fresh = {r.id: rendered_conflict(r, found) for r in rows}
    return {r.id: (r.item, fresh[r.id]) for r in rows if r.item != fresh[r.id]}
