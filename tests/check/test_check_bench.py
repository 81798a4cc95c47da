"""bench/check_store.py runs end to end (on a small store, so it stays quick)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.check_store import main


def test_bench_builds_a_store_and_times_a_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "store.db")
    small = ["--articles", "24", "--words", "200", "--runs", "1", "--db", db, "--json"]
    assert main([*small, "--cli-runs", "2"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["stored_articles"] == 24 and figures["store_build_seconds"] is not None
    assert figures["store_unchanged"] is True
    assert figures["check_seconds_first"] > 0 and figures["cli_seconds"] > 0
    assert figures["cli_exit_code"] in (0, 1) and figures["cli_conflicts"] == figures["conflicts"]
    # the whole command, twice: wall and CPU times, with the load they were measured under
    assert len(figures["cli_seconds_all"]) == 2 and figures["cli_cpu_seconds"] > 0
    assert len(figures["load_average"]) == 3
    # the store is reused the next time
    assert main([*small, "--cli-runs", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["store_build_seconds"] is None
