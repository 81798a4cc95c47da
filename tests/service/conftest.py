"""Fixtures for the service tests: a throwaway store on SQLite (a temporary file) and on the
local PostgreSQL server (a database created for the test and dropped after), and API clients
on them. Tests that take `store_url` or `client` run once per backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from service_support import BACKENDS, EXAMPLES, api_client, article_files, post_file, throwaway_store


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with throwaway_store(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def client(store_url: str) -> Iterator[TestClient]:
    with api_client(store_url) as c:
        yield c


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client on a store holding two example events, for tests that only read."""
    with throwaway_store(request.param, tmp_path_factory.mktemp("corpus")) as url, api_client(url) as c:
        for path in article_files(EXAMPLES / "port-meridian-plant-fire", EXAMPLES / "santa-lucia-ferry-capsizing"):
            post_file(c, path)
        yield c
