"""Tests that need a resource besides Python: the local PostgreSQL server (marker `postgres`)
and Debian's Chromium (marker `browser`).

Where the resource is missing they are skipped with the reason, so the README's test command
passes on a machine with only Python; CI (`.ci/run`) starts PostgreSQL, installs Chromium and
sets `CLAIMS_REQUIRE_POSTGRES=1` and `CLAIMS_REQUIRE_BROWSER=1`, so there a missing resource
fails these tests instead of silently skipping them."""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path

import psycopg
import pytest

PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
START_POSTGRES = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
CHROMIUM = Path("/usr/bin/chromium")


@functools.cache
def postgres_missing() -> str | None:
    try:
        psycopg.connect(PG_ADMIN, connect_timeout=5).close()
    except psycopg.OperationalError as err:
        return f"PostgreSQL is not running on 127.0.0.1:5432 ({str(err).strip()}); start it: {START_POSTGRES}"
    return None


@functools.cache
def browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: apt-get install -y chromium"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed: pip install -e '.[dev]'"
    return None


NEEDS = {
    "postgres": (postgres_missing, "CLAIMS_REQUIRE_POSTGRES"),
    "browser": (browser_missing, "CLAIMS_REQUIRE_BROWSER"),
}


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker, (missing, required_by) in NEEDS.items():
        if item.get_closest_marker(marker) is None or (reason := missing()) is None:
            continue
        if os.environ.get(required_by) == "1":
            pytest.fail(f"{reason} ({required_by}=1)", pytrace=False)
        pytest.skip(reason)
