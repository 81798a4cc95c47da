"""Helpers of the UI tests: stores holding the example corpus (built once, then cloned for each
test that writes), the app with the UI installed, a live server for the browser, and reading
pages with lxml.

Stores are cloned rather than rebuilt: ingesting the examples takes seconds, copying a SQLite
file or a PostgreSQL template database a fraction of one."""

from __future__ import annotations

import socket
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import lxml.html
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.api import create_app
from app.db.engine import Database
from app.db.migrate import upgrade
from app.ingest import ingest_article
from app.settings import Settings
from app.ui import install
from claims.readers import read_articles

# the service tests' PostgreSQL helpers (not a package: their folder goes on the path, as pytest
# puts it there when it collects them)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "service"))
from service_support import EXAMPLES, postgres_database, throwaway_store

CHROMIUM = Path("/usr/bin/chromium")
SAME_ORIGIN = {"Origin": "http://testserver"}  # what a browser sends with a form of our own


# The example events the tests read (a fixed set, so the store and the time to build it do not
# change as examples are added): between them, conflicts of every severity, embedded posts,
# copies with and without a known direction, hedges and speakers.
EVENTS = (
    "carrow-springs-mayoral-count",
    "northvale-hospital-ransomware",
    "port-meridian-plant-fire",
    "santa-lucia-ferry-capsizing",
    "serrat-rail-bridge-strike",
    "tambocancha-earthquake",
)


def fill_with_examples(url: str) -> None:
    """Ingest the example events' articles, event by event, as `claims ingest` does."""
    db = Database(url)
    try:
        upgrade(db)
        for event in EVENTS:
            for article in read_articles([EXAMPLES / event]):
                ingest_article(db, article)
    finally:
        db.dispose()


@contextmanager
def template_store(backend: str, folder: Path) -> Iterator[str]:
    """A store holding the examples, to clone (never to use directly)."""
    with throwaway_store(backend, folder) as url:
        fill_with_examples(url)
        yield url


@contextmanager
def cloned_store(template_url: str, folder: Path) -> Iterator[str]:
    """A store of its own, with the template's content, dropped afterwards."""
    if template_url.startswith("sqlite:///"):
        target = folder / f"clone-{uuid.uuid4().hex[:8]}.db"
        with (
            sqlite3.connect(template_url.removeprefix("sqlite:///")) as source,
            sqlite3.connect(target) as copy,
        ):
            source.backup(copy)
        yield f"sqlite:///{target}"
        return
    # PostgreSQL copies a database from a template itself; like `throwaway_store`, the copy is
    # dropped afterwards
    with postgres_database("claims_ui_test", template=template_url.rsplit("/", 1)[1]) as url:
        yield url


def ui_app(url: str, **settings: object) -> FastAPI:
    """The app as `claims serve` builds it, with the UI installed."""
    app = create_app(Settings(database_url=url, **settings))  # type: ignore[arg-type]
    install(app)
    return app


@contextmanager
def ui_client(url: str, **settings: object) -> Iterator[TestClient]:
    app = ui_app(url, **settings)
    try:
        with TestClient(app) as client:
            yield client
    finally:
        app.state.db.dispose()


def html(response: object) -> lxml.html.HtmlElement:
    """The page of a response, parsed."""
    return lxml.html.fromstring(response.text)  # type: ignore[attr-defined]


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def queue_ids(client: TestClient, query: str = "") -> list[str]:
    """The conflicts the queue page lists, in its order."""
    response = client.get(f"/?{query}")
    assert response.status_code == 200, response.text
    links = html(response).xpath("//a[@class='queue-link']/@href")
    return [link.split("?")[0].rsplit("/", 1)[1] for link in links]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(url: str) -> Iterator[str]:
    """The app served over HTTP in a thread of this process; yields its base URL."""
    app = ui_app(url)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the UI server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.db.dispose()
