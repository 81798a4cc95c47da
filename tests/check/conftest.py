"""Fixtures of the `claims check` tests: a temporary git repository with two commits. The
repository root is made importable, for `bench.check_store`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from check_support import ROOT, copy_repo, make_repo

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="module")
def shared_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository the tests of a module only read."""
    return make_repo(tmp_path_factory.mktemp("newsroom"))


@pytest.fixture
def repo(shared_repo: Path, tmp_path: Path) -> Path:
    """A repository of the test's own, to change."""
    return copy_repo(shared_repo, tmp_path / "newsroom")
