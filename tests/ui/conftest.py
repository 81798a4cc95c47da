"""Fixtures of the UI tests. Tests that take `client` or `reader` run once on SQLite and once on
the local PostgreSQL server; `client` is a store of the test's own (it may write), `reader` one
store per module (for tests that only read)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from ui_support import cloned_store, template_store, ui_client

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with template_store("sqlite", tmp_path_factory.mktemp("ui-template")) as url:
        yield url


@pytest.fixture(scope="session")
def postgres_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with template_store("postgres", tmp_path_factory.mktemp("ui-template-pg")) as url:
        yield url


@pytest.fixture(scope="session", params=BACKENDS)
def template_url(request: pytest.FixtureRequest) -> str:
    """The examples in a store of the backend, built once per session."""
    return str(request.getfixturevalue(f"{request.param}_template"))


@pytest.fixture
def store_url(template_url: str, tmp_path: Path) -> Iterator[str]:
    with cloned_store(template_url, tmp_path) as url:
        yield url


@pytest.fixture
def client(store_url: str) -> Iterator[TestClient]:
    with ui_client(store_url) as c:
        yield c


@pytest.fixture(scope="module")
def reader(template_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with cloned_store(template_url, tmp_path_factory.mktemp("ui-reader")) as url, ui_client(url) as c:
        yield c
