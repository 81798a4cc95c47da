"""What `claims check` loads: a CI job starts a new process for every check, so the command
imports only what checking uses (not the web service's stack, not Alembic), and the other
commands still work from the same entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from check_support import claims, clean_env

# the web service, page fetching and migrations: never needed to check an article
NOT_FOR_CHECKING = ["fastapi", "starlette", "uvicorn", "jinja2", "httpx", "trafilatura", "alembic"]

# runs the command in a process of its own and reports, at exit, which of the modules it loaded
REPORTING = """
import atexit, json, sys
watched = json.loads(sys.argv[1])
atexit.register(lambda: print("LOADED " + json.dumps(sorted(m for m in watched if m in sys.modules)), file=sys.stderr))
sys.argv = ["claims", *sys.argv[2:]]
from app.cli import main
main()
"""


def loaded(args: list[str], cwd: Path, watched: list[str]) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", REPORTING, json.dumps(watched), *args],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("LOADED "))
    return done.returncode, json.loads(line.removeprefix("LOADED "))


def test_checking_against_a_store_loads_no_web_stack(repo: Path) -> None:
    done = claims("ingest", "articles/orlen/01_valley-post.md", "--db", "sqlite:///claims.db", cwd=repo)
    assert done.returncode == 0, done.stderr
    code, found = loaded(
        ["check", "articles/orlen/03_river-daily.md", "--against", "sqlite:///claims.db", "--format", "json"],
        repo,
        [*NOT_FOR_CHECKING, "pydantic_settings"],
    )
    assert code == 1  # seven dead against three: the check ran
    assert found == []


def test_checking_against_a_folder_loads_no_web_stack(repo: Path) -> None:
    code, found = loaded(
        ["check", "articles/orlen/03_river-daily.md", "--against", "articles", "-f", "junit"],
        repo,
        [m for m in NOT_FOR_CHECKING if m != "trafilatura"],  # (the folder holds a web page: read by it)
    )
    assert code == 1
    assert found == []


def test_the_other_commands_still_run(repo: Path) -> None:
    done = claims("analyze", "articles/orlen", "--format", "json", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"]
    done = claims("serve", "--help", cwd=repo)
    assert done.returncode == 0 and "--port" in done.stdout
    done = claims("ingest", "articles/misc/04_garden.txt", "--db", "sqlite:///other.db", cwd=repo)
    assert done.returncode == 0, done.stderr
